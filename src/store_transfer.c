/*
 * The store's side of moving progress between stores (stride export and
 * restore): what it holds, read by plan id and item key rather than by
 * row, and events, items and versions written back that way. See "moving
 * progress" in stride/store.h.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------ */

static sqlite3_stmt *prepare(struct store *s, const char *sql, struct store_error *err)
{
	return store_cached(s, sql, err);
}

/* Ends a query that ran to rc (SQLITE_DONE, or a stop asked by a
 * callback: stopped). */
static int finish(struct store *s, sqlite3_stmt *q, int rc, bool stopped,
		  struct store_error *err)
{
	sqlite3_reset(q);
	if (stopped)
		return 1;
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_db_err(s, err, rc);
}

static const char *text_at(sqlite3_stmt *q, int i)
{
	return (const char *)sqlite3_column_text(q, i);
}

static int date_at(sqlite3_stmt *q, int i)
{
	return sqlite3_column_type(q, i) == SQLITE_NULL ? CALENDAR_NONE
							: sqlite3_column_int(q, i);
}

static void bind_str(sqlite3_stmt *q, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(q, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, i);
}

static void bind_day(sqlite3_stmt *q, int i, int day)
{
	if (day == CALENDAR_NONE)
		sqlite3_bind_null(q, i);
	else
		sqlite3_bind_int(q, i, day);
}

/* ---- reading ------------------------------------------------------------------ */

int store_device(struct store *s, char *out, size_t n, struct store_error *err)
{
	sqlite3_stmt *q = prepare(s, "SELECT value FROM meta WHERE key = 'device'", err);
	if (!q)
		return -1;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		snprintf(out, n, "%s", text_at(q, 0));
	return finish(s, q, rc, false, err);
}

int store_meta_get(struct store *s, const char *key, char **value, struct store_error *err)
{
	*value = NULL;
	sqlite3_stmt *q = prepare(s, "SELECT value FROM meta WHERE key = ?", err);
	if (!q)
		return -1;
	bind_str(q, 1, key);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*value = xstrdup(text_at(q, 0));
	return finish(s, q, rc, false, err);
}

int store_meta_set(struct store *s, const char *key, const char *value,
		   struct store_error *err)
{
	sqlite3_stmt *q = prepare(s, value ? "INSERT OR REPLACE INTO meta VALUES (?, ?)"
					   : "DELETE FROM meta WHERE key = ?",
				  err);
	if (!q)
		return -1;
	bind_str(q, 1, key);
	if (value)
		bind_str(q, 2, value);
	return finish(s, q, sqlite3_step(q), false, err);
}

int store_xevents_after(struct store *s, long long hlc, long long *count, long long *max,
			struct store_error *err)
{
	*count = 0;
	*max = hlc;
	sqlite3_stmt *q = prepare(s, "SELECT count(*), max(hlc) FROM events WHERE hlc > ?", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, hlc);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*count = sqlite3_column_int64(q, 0);
		if (sqlite3_column_type(q, 1) != SQLITE_NULL)
			*max = sqlite3_column_int64(q, 1);
	}
	return finish(s, q, rc, false, err);
}

/* The batch of an event, as it travels: the id of the batch's first event
 * (by the clock). */
#define BATCH_UID                                                               \
	"(SELECT b.uid FROM events b WHERE b.batch = e.batch "                  \
	"ORDER BY b.hlc, b.device LIMIT 1)"

int store_xevents(struct store *s, long long plan_id, long long after,
		  int (*fn)(const struct store_xevent *ev, void *ctx), void *ctx,
		  struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT e.uid, e.hlc, e.device, p.slug, i.key, e.at, e.day, e.type, "
		"e.old_status, e.new_status, e.minutes, e.text, e.old_text, "
		"(SELECT u.uid FROM events u WHERE u.id = e.undoes), " BATCH_UID ", "
		"e.old_rating, e.new_rating, e.id "
		"FROM events e JOIN plans p ON p.id = e.plan_id "
		"LEFT JOIN items i ON i.id = e.item_id "
		"WHERE (?1 = 0 OR e.plan_id = ?1) AND e.id > ?2 ORDER BY e.hlc, e.device, e.uid",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int64(q, 2, after);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_xevent ev = {
			.uid = text_at(q, 0), .hlc = sqlite3_column_int64(q, 1),
			.device = text_at(q, 2), .plan = text_at(q, 3), .item = text_at(q, 4),
			.at = sqlite3_column_int64(q, 5), .day = sqlite3_column_int(q, 6),
			.type = (enum store_event_type)sqlite3_column_int(q, 7),
			.has_old_status = sqlite3_column_type(q, 8) != SQLITE_NULL,
			.old_status = (enum store_status)sqlite3_column_int(q, 8),
			.has_new_status = sqlite3_column_type(q, 9) != SQLITE_NULL,
			.new_status = (enum store_status)sqlite3_column_int(q, 9),
			.has_minutes = sqlite3_column_type(q, 10) != SQLITE_NULL,
			.minutes = sqlite3_column_int(q, 10),
			.text = text_at(q, 11), .old_text = text_at(q, 12),
			.undoes = text_at(q, 13), .batch = text_at(q, 14),
			.has_old_rating = sqlite3_column_type(q, 15) != SQLITE_NULL,
			.old_rating = sqlite3_column_int(q, 15),
			.has_new_rating = sqlite3_column_type(q, 16) != SQLITE_NULL,
			.new_rating = sqlite3_column_int(q, 16),
			.id = sqlite3_column_int64(q, 17),
		};
		stopped = fn(&ev, ctx) != 0;
	}
	return finish(s, q, rc, stopped, err);
}

int store_xmove_undo(struct store *s, long long event_id,
		     int (*fn)(const struct store_xmove *m, void *ctx), void *ctx,
		     struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT i.key, u.start_days, u.end_days, u.due_days, u.anchor "
		"FROM move_undo u LEFT JOIN items i ON i.id = u.item_id AND u.item_id != 0 "
		"WHERE u.event_id = ?1 ORDER BY u.item_id != 0, i.key",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, event_id);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_xmove m = {
			.key = text_at(q, 0),
			.start = date_at(q, 1), .end = date_at(q, 2), .due = date_at(q, 3),
			.anchor = date_at(q, 4),
		};
		stopped = fn(&m, ctx) != 0;
	}
	return finish(s, q, rc, stopped, err);
}

int store_xitem_moves(struct store *s, long long plan_id,
		      int (*fn)(const struct store_xmove *m, void *ctx), void *ctx,
		      struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT i.key, m.start_days, m.end_days, m.due_days FROM item_moves m "
		"JOIN items i ON i.id = m.item_id WHERE i.plan_id = ?1 ORDER BY i.key",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_xmove m = { .key = text_at(q, 0), .start = sqlite3_column_int(q, 1),
					 .end = sqlite3_column_int(q, 2),
					 .due = sqlite3_column_int(q, 3), .anchor = CALENDAR_NONE };
		stopped = fn(&m, ctx) != 0;
	}
	return finish(s, q, rc, stopped, err);
}

int store_xpauses(struct store *s, long long plan_id,
		  int (*fn)(int first, int last, const char *event, void *ctx), void *ctx,
		  struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT p.first, p.last, e.uid FROM pauses p JOIN events e ON e.id = p.event_id "
		"WHERE p.plan_id = ?1 ORDER BY p.first, e.uid",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW)
		stopped = fn(sqlite3_column_int(q, 0), sqlite3_column_int(q, 1), text_at(q, 2),
			     ctx) != 0;
	return finish(s, q, rc, stopped, err);
}

int store_xarchived(struct store *s, long long plan_id,
		    int (*fn)(const char *key, const char *title, enum store_kind kind,
			      void *ctx),
		    void *ctx, struct store_error *err)
{
	/* the archived items whose progress travels: those events name */
	sqlite3_stmt *q = prepare(s,
		"SELECT i.key, i.title, i.kind FROM items i WHERE i.plan_id = ?1 AND i.archived "
		"AND EXISTS (SELECT 1 FROM events e WHERE e.item_id = i.id) ORDER BY i.key",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW)
		stopped = fn(text_at(q, 0), text_at(q, 1), (enum store_kind)sqlite3_column_int(q, 2),
			     ctx) != 0;
	return finish(s, q, rc, stopped, err);
}

int store_xreflections(struct store *s, long long plan_id,
		       int (*fn)(const struct store_xreflection *r, void *ctx), void *ctx,
		       struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT r.id, r.week, r.saved_at, a.prompt, a.answer FROM reflections r "
		"LEFT JOIN answers a ON a.reflection_id = r.id WHERE r.plan_id = ?1 "
		"ORDER BY r.week, r.saved_at, r.id, a.pos",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	struct store_xreflection r = { 0 };
	long long id = 0;
	size_t cap = 0;
	int rc;
	bool stopped = false;
	/* rows of one reflection are gathered, then handed on */
	char **held = NULL;
	size_t nheld = 0, heldcap = 0;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		long long rid = sqlite3_column_int64(q, 0);
		if (rid != id && id) {
			stopped = fn(&r, ctx) != 0;
			r.n = 0;
		}
		id = rid;
		r.week = sqlite3_column_int(q, 1);
		r.saved_at = sqlite3_column_int64(q, 2);
		if (sqlite3_column_type(q, 3) == SQLITE_NULL)
			continue;
		r.v = xgrow(r.v, &cap, r.n + 1, sizeof(*r.v));
		held = xgrow(held, &heldcap, nheld + 2, sizeof(*held));
		held[nheld] = xstrdup(text_at(q, 3));
		held[nheld + 1] = text_at(q, 4) ? xstrdup(text_at(q, 4)) : NULL;
		r.v[r.n++] = (struct store_answer){ held[nheld], held[nheld + 1] };
		nheld += 2;
	}
	if (!stopped && id && (rc == SQLITE_DONE))
		stopped = fn(&r, ctx) != 0;
	for (size_t i = 0; i < nheld; i++)
		free(held[i]);
	free(held);
	free(r.v);
	return finish(s, q, rc, stopped, err);
}

int store_xratings(struct store *s, long long plan_id,
		   int (*fn)(int week, const char *skill, int rating, long long saved_at,
			     void *ctx),
		   void *ctx, struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"SELECT week, skill, rating, saved_at FROM ratings WHERE plan_id = ?1 "
		"ORDER BY week, skill, saved_at, rating",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc;
	bool stopped = false;
	while (!stopped && (rc = sqlite3_step(q)) == SQLITE_ROW)
		stopped = fn(sqlite3_column_int(q, 0), text_at(q, 1), sqlite3_column_int(q, 2),
			     sqlite3_column_int64(q, 3), ctx) != 0;
	return finish(s, q, rc, stopped, err);
}

/* ---- writing ------------------------------------------------------------------ */

int store_xevent_id(struct store *s, const char *uid, long long *id, struct store_error *err)
{
	*id = 0;
	sqlite3_stmt *q = prepare(s, "SELECT id FROM events WHERE uid = ?1", err);
	if (!q)
		return -1;
	bind_str(q, 1, uid);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	return finish(s, q, rc, false, err);
}

int store_xevent_type(struct store *s, const char *uid, int *type, struct store_error *err)
{
	*type = 0;
	sqlite3_stmt *q = prepare(s, "SELECT type FROM events WHERE uid = ?1", err);
	if (!q)
		return -1;
	bind_str(q, 1, uid);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*type = sqlite3_column_int(q, 0);
	return finish(s, q, rc, false, err);
}

int store_event_batch(struct store *s, long long id, long long *batch, struct store_error *err)
{
	*batch = 0;
	sqlite3_stmt *q = prepare(s, "SELECT batch FROM events WHERE id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*batch = sqlite3_column_int64(q, 0);
	return finish(s, q, rc, false, err);
}

int store_xitem_add(struct store *s, long long plan_id, const char *key, const char *title,
		    enum store_kind kind, long long *id, struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"INSERT INTO items (plan_id, parent_id, ref, key, title, kind, seq, last, depth, "
		"fp, archived) SELECT ?1, NULL, next_ref, ?2, ?3, ?4, "
		"(SELECT COALESCE(MAX(seq), 0) + 1 FROM items WHERE plan_id = ?1), "
		"(SELECT COALESCE(MAX(seq), 0) + 1 FROM items WHERE plan_id = ?1), 1, 0, 1 "
		"FROM plans WHERE id = ?1",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	bind_str(q, 2, key);
	bind_str(q, 3, title);
	sqlite3_bind_int(q, 4, kind);
	int rc = sqlite3_step(q);
	if (finish(s, q, rc, false, err) < 0)
		return -1;
	*id = sqlite3_last_insert_rowid(store_handle(s));
	q = prepare(s, "UPDATE plans SET next_ref = next_ref + 1 WHERE id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	rc = sqlite3_step(q);
	return finish(s, q, rc, false, err);
}

int store_xevent_add(struct store *s, long long plan_id, long long item_id,
		     const struct store_xevent *ev, long long undoes, long long batch,
		     long long *id, struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"INSERT INTO events (plan_id, item_id, at, day, type, old_status, new_status, "
		"minutes, text, old_text, undoes, batch, old_rating, new_rating, uid, hlc, device) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	if (item_id)
		sqlite3_bind_int64(q, 2, item_id);
	sqlite3_bind_int64(q, 3, ev->at);
	sqlite3_bind_int(q, 4, ev->day);
	sqlite3_bind_int(q, 5, ev->type);
	if (ev->has_old_status)
		sqlite3_bind_int(q, 6, ev->old_status);
	if (ev->has_new_status)
		sqlite3_bind_int(q, 7, ev->new_status);
	if (ev->has_minutes)
		sqlite3_bind_int(q, 8, ev->minutes);
	bind_str(q, 9, ev->text);
	bind_str(q, 10, ev->old_text);
	if (undoes)
		sqlite3_bind_int64(q, 11, undoes);
	sqlite3_bind_int64(q, 12, batch);
	if (ev->has_old_rating)
		sqlite3_bind_int(q, 13, ev->old_rating);
	if (ev->has_new_rating)
		sqlite3_bind_int(q, 14, ev->new_rating);
	bind_str(q, 15, ev->uid);
	sqlite3_bind_int64(q, 16, ev->hlc);
	bind_str(q, 17, ev->device);
	int rc = sqlite3_step(q);
	if (finish(s, q, rc, false, err) < 0)
		return -1;
	*id = sqlite3_last_insert_rowid(store_handle(s));
	return 0;
}

int store_xmove_undo_add(struct store *s, long long event_id, long long plan_id,
			 const struct store_xmove *m, struct store_error *err)
{
	/* the plan's row is item 0; an item's, its row by key */
	sqlite3_stmt *q = prepare(s,
		m->key ? "INSERT OR REPLACE INTO move_undo (event_id, item_id, start_days, "
			 "end_days, due_days, anchor) SELECT ?1, id, ?3, ?4, ?5, ?6 FROM items "
			 "WHERE plan_id = ?2 AND key = ?7"
		       : "INSERT OR REPLACE INTO move_undo (event_id, item_id, start_days, "
			 "end_days, due_days, anchor) VALUES (?1, 0, ?3, ?4, ?5, ?6)",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, event_id);
	if (m->key) {
		sqlite3_bind_int64(q, 2, plan_id);
		bind_str(q, 7, m->key);
	}
	bind_day(q, 3, m->start);
	bind_day(q, 4, m->end);
	bind_day(q, 5, m->due);
	bind_day(q, 6, m->anchor);
	int rc = sqlite3_step(q);
	bool none = rc == SQLITE_DONE && sqlite3_changes(store_handle(s)) == 0;
	if (finish(s, q, rc, false, err) < 0)
		return -1;
	return none ? 1 : 0;
}

/* An item's own days moved, in SQL (0 when none). */
#define OWN(col) "COALESCE((SELECT " col " FROM item_moves WHERE item_id = items.id), 0)"

int store_xdates(struct store *s, long long plan_id, const struct store_xdates *d,
		 struct store_error *err)
{
	static const char *const sql[] = {
		/* the items back on the file's dates (those not on them) */
		"UPDATE items SET start = start - (SELECT moved FROM plans WHERE id = ?1) - "
		OWN("start_days") ", end = end - (SELECT moved FROM plans WHERE id = ?1) - "
		OWN("end_days") ", due = due - (SELECT moved FROM plans WHERE id = ?1) - "
		OWN("due_days") " WHERE plan_id = ?1 AND COALESCE(start, end, due) IS NOT NULL "
		"AND ((SELECT moved FROM plans WHERE id = ?1) != 0 OR "
		"id IN (SELECT item_id FROM item_moves))",
		"DELETE FROM item_moves WHERE item_id IN (SELECT id FROM items WHERE plan_id = ?1)",
		"DELETE FROM pauses WHERE plan_id = ?1",
		/* a plan whose anchor changes is laid out again from its file
		 * (the session's re-sync): the file is marked as not read yet */
		"UPDATE plans SET moved = ?2, start = file_start + ?2 + ?4, end = file_end + ?2 + ?5, "
		"source_hash = CASE WHEN anchor IS ?3 THEN source_hash END, "
		"source_mtime = CASE WHEN anchor IS ?3 THEN source_mtime ELSE -1 END, "
		"anchor = ?3 WHERE id = ?1",
	};
	/* a plan just made (items_moved) has neither own moves nor pauses
	 * yet: only its row */
	for (size_t i = d->items_moved ? 3 : 0; i < ARRAY_SIZE(sql); i++) {
		sqlite3_stmt *q = prepare(s, sql[i], err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, plan_id);
		if (i == 3) {
			sqlite3_bind_int(q, 2, d->moved);
			bind_day(q, 3, d->anchor);
			sqlite3_bind_int(q, 4, d->start_days);
			sqlite3_bind_int(q, 5, d->end_days);
		}
		int rc = sqlite3_step(q);
		if (finish(s, q, rc, false, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < d->nown; i++) {
		sqlite3_stmt *q = prepare(s,
			"INSERT OR REPLACE INTO item_moves SELECT id, ?3, ?4, ?5 FROM items "
			"WHERE plan_id = ?1 AND key = ?2",
			err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, plan_id);
		bind_str(q, 2, d->own[i].key);
		sqlite3_bind_int(q, 3, d->own[i].start);
		sqlite3_bind_int(q, 4, d->own[i].end);
		sqlite3_bind_int(q, 5, d->own[i].due);
		int rc = sqlite3_step(q);
		if (finish(s, q, rc, false, err) < 0)
			return -1;
	}
	/* the items on the dates moved as the other store has them (those
	 * that move) */
	if (!d->items_moved) {
		sqlite3_stmt *q = prepare(s,
			"UPDATE items SET start = start + ?2 + " OWN("start_days") ", end = end + ?2 + "
			OWN("end_days") ", due = due + ?2 + " OWN("due_days") " WHERE plan_id = ?1 "
			"AND COALESCE(start, end, due) IS NOT NULL AND (?2 != 0 OR "
			"id IN (SELECT item_id FROM item_moves))",
			err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, plan_id);
		sqlite3_bind_int(q, 2, d->moved);
		int rc = sqlite3_step(q);
		if (finish(s, q, rc, false, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < d->npauses; i++) {
		sqlite3_stmt *q = prepare(s,
			"INSERT INTO pauses (plan_id, first, last, event_id) SELECT ?1, ?2, ?3, id "
			"FROM events WHERE uid = ?4",
			err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, plan_id);
		sqlite3_bind_int(q, 2, d->pauses[i].first);
		sqlite3_bind_int(q, 3, d->pauses[i].last);
		bind_str(q, 4, d->pauses[i].event);
		int rc = sqlite3_step(q);
		if (finish(s, q, rc, false, err) < 0)
			return -1;
	}
	return 0;
}
#undef OWN

int store_xlast_move(struct store *s, long long plan_id, long long *hlc, char *device,
		     size_t n, struct store_error *err)
{
	*hlc = 0;
	*device = '\0';
	sqlite3_stmt *q = prepare(s,
		"SELECT e.hlc, e.device FROM events e WHERE e.plan_id = ?1 AND "
		"(e.type IN (6, 7) OR (e.type = 4 AND (SELECT u.type FROM events u WHERE "
		"u.id = e.undoes) IN (6, 7))) ORDER BY e.hlc DESC, e.device DESC LIMIT 1",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*hlc = sqlite3_column_int64(q, 0);
		snprintf(device, n, "%s", text_at(q, 1) ? text_at(q, 1) : "");
	}
	return finish(s, q, rc, false, err);
}

int store_xreflection_add(struct store *s, long long plan_id, int week, long long saved_at,
			  const struct store_answer *v, size_t n, bool *added,
			  struct store_error *err)
{
	/* the same version (the week, the time and every answer) is there
	 * already: nothing to add */
	*added = false;
	sqlite3_stmt *q = prepare(s,
		"SELECT r.id FROM reflections r WHERE r.plan_id = ?1 AND r.week = ?2 AND "
		"r.saved_at = ?3",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	sqlite3_bind_int64(q, 3, saved_at);
	long long *same = NULL;
	size_t nsame = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		same = xgrow(same, &cap, nsame + 1, sizeof(*same));
		same[nsame++] = sqlite3_column_int64(q, 0);
	}
	if (finish(s, q, rc, false, err) < 0) {
		free(same);
		return -1;
	}
	for (size_t k = 0; k < nsame; k++) {
		q = prepare(s, "SELECT prompt, answer FROM answers WHERE reflection_id = ?1 "
			       "ORDER BY pos", err);
		if (!q) {
			free(same);
			return -1;
		}
		sqlite3_bind_int64(q, 1, same[k]);
		size_t i = 0;
		bool equal = true;
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			const char *p = text_at(q, 0), *a = text_at(q, 1);
			if (i >= n || strcmp(p, v[i].prompt) || (a == NULL) != (v[i].answer == NULL) ||
			    (a && strcmp(a, v[i].answer)))
				equal = false;
			i++;
		}
		if (finish(s, q, rc, false, err) < 0) {
			free(same);
			return -1;
		}
		if (equal && i == n) {
			free(same);
			return 0;
		}
	}
	free(same);
	if (store_reflection_save_at(s, plan_id, week, saved_at, v, n, err) < 0)
		return -1;
	*added = true;
	return 0;
}

int store_xrating_add(struct store *s, long long plan_id, int week, const char *skill,
		      int rating, long long saved_at, bool *added, struct store_error *err)
{
	sqlite3_stmt *q = prepare(s,
		"INSERT INTO ratings (plan_id, week, skill, rating, saved_at) SELECT ?1, ?2, ?3, ?4, ?5 "
		"WHERE NOT EXISTS (SELECT 1 FROM ratings WHERE plan_id = ?1 AND week = ?2 AND "
		"skill = ?3 AND rating = ?4 AND saved_at = ?5)",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	bind_str(q, 3, skill);
	sqlite3_bind_int(q, 4, rating);
	sqlite3_bind_int64(q, 5, saved_at);
	int rc = sqlite3_step(q);
	*added = rc == SQLITE_DONE && sqlite3_changes(store_handle(s)) > 0;
	return finish(s, q, rc, false, err);
}

int store_set_source_text(struct store *s, long long plan_id, const char *text,
			  struct store_error *err)
{
	sqlite3_stmt *q = prepare(s, "UPDATE plans SET source_text = ?2 WHERE id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	bind_str(q, 2, text);
	int rc = sqlite3_step(q);
	return finish(s, q, rc, false, err);
}

int store_source_text(struct store *s, long long plan_id, char **text,
		      struct store_error *err)
{
	*text = NULL;
	sqlite3_stmt *q = prepare(s, "SELECT source_text FROM plans WHERE id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && text_at(q, 0))
		*text = xstrdup(text_at(q, 0));
	return finish(s, q, rc, false, err);
}

/* ---- the state an item's events give it ---------------------------------------- */

/* The latest of the item's events that are not undone and of the types in
 * `types` (an SQL list) with `col` not NULL: its id, 0 when none. */
static int latest(struct store *s, long long item_id, const char *types, const char *col,
		  long long *id, struct store_error *err)
{
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SELECT e.id FROM events e WHERE e.item_id = ?1 AND e.type IN (%s) AND "
		 "%s AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) "
		 "ORDER BY e.hlc DESC, e.device DESC LIMIT 1",
		 types, col);
	*id = 0;
	sqlite3_stmt *q = prepare(s, sql, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	return finish(s, q, rc, false, err);
}

/* One column of event id (0: none), as an int or a text (owned). */
static int event_col(struct store *s, long long id, const char *col, int *num, char **text,
		     struct store_error *err)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT %s, day FROM events WHERE id = ?1", col);
	sqlite3_stmt *q = prepare(s, sql, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		if (num)
			*num = sqlite3_column_int(q, 0);
		if (text)
			*text = text_at(q, 0) ? xstrdup(text_at(q, 0)) : NULL;
	}
	return finish(s, q, rc, false, err);
}

int store_replay_item(struct store *s, long long item_id, struct store_error *err)
{
	struct store_item it;
	if (store_item_get(s, item_id, &it, err) < 0)
		return -1;
	int rc = 0;
	/* the status: the latest change, or an adopt that brought one */
	long long ev;
	enum store_status st = STORE_TODO;
	int day = CALENDAR_NONE;
	if (latest(s, item_id, "1, 8", "e.new_status IS NOT NULL", &ev, err) < 0) {
		rc = -1;
	} else if (ev) {
		int v = 0;
		rc = event_col(s, ev, "new_status", &v, NULL, err);
		st = (enum store_status)v;
		if (rc == 0)
			rc = event_col(s, ev, "day", &day, NULL, err);
	}
	if (rc == 0 && (st != it.status || day != it.status_day))
		rc = store_apply_status(s, &it, st, day, err);
	/* the note, the rating: the latest put */
	char *note = NULL;
	if (rc == 0 && latest(s, item_id, "3, 8", "1", &ev, err) < 0)
		rc = -1;
	else if (rc == 0 && ev)
		rc = event_col(s, ev, "text", NULL, &note, err);
	if (rc == 0 && ((note == NULL) != (it.note == NULL) || (note && strcmp(note, it.note))))
		rc = store_put_note(s, item_id, note, err);
	free(note);
	/* (every rating change and adopt puts one; none, NULL, is 0: a
	 * rating taken away) */
	int rating = 0;
	if (rc == 0 && latest(s, item_id, "5, 8", "1", &ev, err) < 0)
		rc = -1;
	else if (rc == 0 && ev)
		rc = event_col(s, ev, "new_rating", &rating, NULL, err);
	if (rc == 0 && rating != it.rating)
		rc = store_put_rating(s, item_id, rating, err);
	/* the time: every log and adopt's minutes, not undone, add up */
	if (rc == 0) {
		sqlite3_stmt *q = prepare(s,
			"SELECT COALESCE(SUM(e.minutes), 0) FROM events e WHERE e.item_id = ?1 AND "
			"e.type IN (2, 8) AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) "
			"AND NOT (e.type = 2 AND " STORE_UNLOGGED("e") ")",
			err);
		if (!q) {
			rc = -1;
		} else {
			sqlite3_bind_int64(q, 1, item_id);
			int r = sqlite3_step(q);
			long long minutes = r == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
			rc = finish(s, q, r, false, err);
			if (rc == 0 && minutes != it.minutes)
				rc = store_add_minutes(s, item_id, (int)(minutes - it.minutes), err);
		}
	}
	if (rc == 0 && it.kind == STORE_HABIT)
		rc = store_replay_ticks(s, item_id, err);
	store_item_done(&it);
	return rc;
}

int store_xprint(struct store *s, char **out, struct store_error *err)
{
	*out = NULL;
	sqlite3_stmt *q = prepare(s,
		"SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX(hlc), 0) FROM events) || '|' || "
		"(SELECT COUNT(*) || ':' || COALESCE(MAX(saved_at), 0) FROM reflections) || '|' || "
		"(SELECT COUNT(*) || ':' || COALESCE(MAX(saved_at), 0) FROM ratings) || '|' || "
		"COALESCE((SELECT group_concat(slug || ':' || COALESCE(source_hash, '') || ':' || "
		"moved || ':' || COALESCE(anchor, '') || ':' || COALESCE(length(source_text), ''), "
		"'/') FROM (SELECT * FROM plans ORDER BY id)), '')",
		err);
	if (!q)
		return -1;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*out = xstrdup(text_at(q, 0) ? text_at(q, 0) : "");
	return finish(s, q, rc, false, err);
}

int store_xevent_rows(struct store *s, long long upto, long long *count, long long *last,
		      struct store_error *err)
{
	*count = *last = 0;
	sqlite3_stmt *q = prepare(s,
		"SELECT (SELECT COUNT(*) FROM events WHERE id <= ?1), "
		"(SELECT COALESCE(MAX(id), 0) FROM events)",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, upto);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*count = sqlite3_column_int64(q, 0);
		*last = sqlite3_column_int64(q, 1);
	}
	return finish(s, q, rc, false, err);
}

int store_xplan_print(struct store *s, const char *slug, char **out, struct store_error *err)
{
	*out = NULL;
	/* the events that change the entry: moves, pauses, adoptions, undos
	 * (of any of them), rekeys (its item moves and archived items go by
	 * key), and any on an archived item (the entry lists those that
	 * progress names) */
	sqlite3_stmt *q = prepare(s,
		"SELECT p.id || '|' || p.title || '|' || COALESCE(p.source, '') || '|' || "
		"COALESCE(p.source_hash, '') || '|' || COALESCE(p.start, '') || ':' || "
		"COALESCE(p.end, '') || ':' || COALESCE(p.file_start, '') || ':' || "
		"COALESCE(p.file_end, '') || ':' || p.moved || ':' || COALESCE(p.anchor, '') || '|' || "
		"(p.source_text IS NOT NULL) || '|' || "
		"(SELECT COUNT(*) || ':' || COALESCE(MAX(e.id), 0) FROM events e "
		" LEFT JOIN items i ON i.id = e.item_id WHERE e.plan_id = p.id AND "
		" (e.type IN (4, 6, 7, 8, 9) OR i.archived)) || '|' || "
		"(SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM pauses WHERE plan_id = p.id) "
		"FROM plans p WHERE p.slug = ?1",
		err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, slug, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*out = xstrdup(text_at(q, 0) ? text_at(q, 0) : "");
	else if (rc == SQLITE_DONE)
		*out = xstrdup("");
	return finish(s, q, rc, false, err);
}
