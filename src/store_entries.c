/*
 * Time entries (stride log --list, --edit, --delete): the log events not
 * undone nor taken out, and taking one out. See "time entries" in
 * stride/store.h and STORE_EV_UNLOG.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_SQL                                                                     \
	"SELECT e.id, e.plan_id, e.item_id, e.uid, p.slug, i.key, i.title, i.ref, e.day, " \
	"e.minutes, e.text FROM events e JOIN plans p ON p.id = e.plan_id "              \
	"LEFT JOIN items i ON i.id = e.item_id WHERE e.type = 2 AND "                    \
	"NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) AND "                 \
	"NOT " STORE_UNLOGGED("e") " "

static const char *col(sqlite3_stmt *q, int i)
{
	return (const char *)sqlite3_column_text(q, i);
}

static void row_entry(sqlite3_stmt *q, struct store_entry *e)
{
	*e = (struct store_entry){
		.id = sqlite3_column_int64(q, 0),
		.plan_id = sqlite3_column_int64(q, 1),
		.item_id = sqlite3_column_int64(q, 2),
		.uid = col(q, 3),
		.plan = col(q, 4),
		.key = col(q, 5),
		.title = col(q, 6),
		.ref = sqlite3_column_int(q, 7),
		.day = sqlite3_column_int(q, 8),
		.minutes = sqlite3_column_int(q, 9),
		.text = col(q, 10),
	};
}

static char *dup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void store_entry_done(struct store_entry *e)
{
	if (e->owned) {
		free((char *)e->uid);
		free((char *)e->plan);
		free((char *)e->key);
		free((char *)e->title);
		free((char *)e->text);
	}
	*e = (struct store_entry){ 0 };
}

int store_entries(struct store *s, long long plan_id, int from, int to, long long item_id,
		  int (*fn)(const struct store_entry *e, void *ctx), void *ctx,
		  struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s, ENTRY_SQL "AND e.plan_id = ?1 AND e.day BETWEEN ?2 "
						 "AND ?3 AND (?4 = 0 OR e.item_id = ?4) "
						 "ORDER BY e.day, e.hlc, e.device",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	sqlite3_bind_int64(q, 4, item_id);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_entry e;
		row_entry(q, &e);
		if (fn(&e, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_entry_find(struct store *s, const char *prefix, struct store_entry *out,
		     int *count, struct store_error *err)
{
	*out = (struct store_entry){ 0 };
	*count = 0;
	/* uids are lowercase hex: a range, not LIKE (which would need escapes) */
	char lo[40], hi[40];
	snprintf(lo, sizeof(lo), "%s", prefix);
	snprintf(hi, sizeof(hi), "%s~", prefix);
	sqlite3_stmt *q = store_cached(s, ENTRY_SQL "AND e.uid >= ?1 AND e.uid < ?2 "
						 "ORDER BY e.uid LIMIT 2",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, lo, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, hi, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (!(*count)++) {
			struct store_entry e;
			row_entry(q, &e);
			*out = e;
			out->uid = dup(e.uid);
			out->plan = dup(e.plan);
			out->key = dup(e.key);
			out->title = dup(e.title);
			out->text = dup(e.text);
			out->owned = true;
		}
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_unlog(struct store *s, const struct store_entry *e, long long *batch,
		struct store_error *err)
{
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = e->plan_id, .item_id = e->item_id, .day = e->day,
		.type = STORE_EV_UNLOG, .minutes = e->minutes, .text = e->uid,
		.batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	return e->item_id ? store_replay_item(s, e->item_id, err) : 0;
}

int store_event_uid(struct store *s, long long id, char *out, size_t n,
		    struct store_error *err)
{
	*out = '\0';
	sqlite3_stmt *q = store_cached(s, "SELECT uid FROM events WHERE id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && col(q, 0))
		snprintf(out, n, "%s", col(q, 0));
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_deliver(struct store *s, const struct store_item *it, const char *links,
		  const char *lessons, int day, long long *batch, struct store_error *err)
{
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = it->plan_id, .item_id = it->id, .day = day,
		.type = STORE_EV_DELIVER, .text = lessons, .old_text = links,
		.batch = *batch,
	};
	return store_add_event(s, &ev, 0, err);
}

int store_delivered(struct store *s, long long item_id, char **links, char **lessons,
		    struct store_error *err)
{
	*links = *lessons = NULL;
	sqlite3_stmt *q = store_cached(s, "SELECT e.old_text, e.text FROM events e WHERE "
					  "e.item_id = ?1 AND e.type = 11 AND NOT EXISTS "
					  "(SELECT 1 FROM events u WHERE u.undoes = e.id) "
					  "ORDER BY e.hlc DESC, e.device DESC LIMIT 1",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*links = dup(col(q, 0));
		*lessons = dup(col(q, 1));
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}
