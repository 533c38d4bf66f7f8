/*
 * The store's adopt: the progress of an archived item moved onto a live
 * one (see store_adopt in stride/store.h). No table of its own: each of
 * the two items gets an event that says what it held before and after;
 * undo puts each back as its events not undone say (store_replay_item).
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool store_item_has_progress(const struct store_item *it)
{
	return it->status != STORE_TODO || it->minutes || it->note || it->rating;
}

/* Puts one item's progress as ev says it is after (ev->new_status with
 * day, the minutes added, the note and rating). */
static int put(struct store *s, const struct store_item *it,
	       const struct store_event *ev, struct store_error *err)
{
	if (store_add_event(s, ev, 0, err) < 0)
		return -1;
	if (!ev->same_status &&
	    store_apply_status(s, it, ev->new_status, ev->day, err) < 0)
		return -1;
	if (ev->minutes && store_add_minutes(s, it->id, ev->minutes, err) < 0)
		return -1;
	if (store_put_note(s, it->id, ev->text, err) < 0)
		return -1;
	return store_put_rating(s, it->id, ev->new_rating, err);
}

int store_adopt(struct store *s, const struct store_item *from,
		const struct store_item *to, int day, long long *batch,
		struct store_error *err)
{
	if (from->minutes > INT_MAX || from->minutes < -INT_MAX)
		return store_set_err(err, STORE_ERR_INVALID,
				     "'%s' holds more time than one step can move",
				     from->title);
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	char *note = from->note && to->note ? xasprintf("%s\n\n%s", from->note, to->note)
		     : from->note		? xstrdup(from->note)
		     : to->note			? xstrdup(to->note)
						: NULL;
	bool moves = from->status != STORE_TODO;
	struct store_event onto = {
		.plan_id = to->plan_id, .item_id = to->id, .type = STORE_EV_ADOPT,
		.day = moves && from->status_day != CALENDAR_NONE ? from->status_day : day,
		.old_status = to->status, .new_status = moves ? from->status : to->status,
		.same_status = !moves,
		.minutes = (int)from->minutes, .text = note, .old_text = to->note,
		.old_rating = to->rating, .new_rating = from->rating ? from->rating : to->rating,
		.batch = *batch,
	};
	struct store_event given = {
		.plan_id = from->plan_id, .item_id = from->id, .type = STORE_EV_ADOPT,
		.day = day, .old_status = from->status, .new_status = STORE_TODO,
		.same_status = !moves,
		.minutes = -(int)from->minutes, .text = NULL, .old_text = from->note,
		.old_rating = from->rating, .new_rating = 0, .batch = *batch,
	};
	int rc = put(s, from, &given, err) < 0 || put(s, to, &onto, err) < 0 ? -1 : 0;
	free(note);
	return rc;
}

/* ---- keys that change: a title retitled in place ------------------------------------ */

/* Runs SQL sql with the plan, a key and an item bound (?1, ?2, ?3). */
static int key_step(struct store *s, const char *sql, long long plan_id, const char *key,
		    long long item_id, struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s, sql, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, item_id);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

#define ALIAS_PUT "INSERT OR REPLACE INTO item_aliases (plan_id, key, item_id) VALUES (?1, ?2, ?3)"

int store_item_rekeyed(struct store *s, long long plan_id, long long item_id,
		       const char *old_key, struct store_error *err)
{
	long long batch = 0; /* a batch of its own */
	if (key_step(s, ALIAS_PUT, plan_id, old_key, item_id, err) < 0 ||
	    store_next_batch(s, &batch, err) < 0)
		return -1;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	struct store_event ev = {
		.plan_id = plan_id, .item_id = item_id, .type = STORE_EV_REKEY,
		.day = calendar_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
		.text = old_key, .batch = batch,
	};
	return store_add_event(s, &ev, 0, err);
}

/* The row of plan_id's item with this very key (no alias), 0 when none. */
static int keyed_row(struct store *s, long long plan_id, const char *key, long long *id,
		     struct store_error *err)
{
	*id = 0;
	sqlite3_stmt *q = store_cached(s, "SELECT id FROM items WHERE plan_id = ?1 AND key = ?2",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_xrekey(struct store *s, long long plan_id, const char *old_key, const char *new_key,
		 long long *item_id, struct store_error *err)
{
	long long now;
	struct store_item was;
	*item_id = 0;
	if (keyed_row(s, plan_id, new_key, &now, err) < 0)
		return -1;
	if (!now) {
		/* the item known here as old_key (by key or alias) takes the
		 * new key; a plan with neither: the caller makes it */
		if (store_item_by_key(s, plan_id, old_key, &was, err) < 0)
			return err->code == STORE_ERR_NOTFOUND ? 0 : -1;
		now = was.id;
		store_item_done(&was);
		if (key_step(s, "UPDATE items SET key = ?2 WHERE plan_id = ?1 AND id = ?3", plan_id,
			     new_key, now, err) < 0)
			return -1;
	}
	*item_id = now;
	return key_step(s, ALIAS_PUT, plan_id, old_key, now, err);
}
