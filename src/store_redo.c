/*
 * Redo (stride redo): the inverse of the last undo, recorded so that it
 * travels between machines as any change does.
 *
 * A redo records, for each event the undo took back, a copy of that event
 * (same type, item, day and values; its own uid and clock) whose `undoes`
 * names the undo event it reverses. The copy is an ordinary change: the
 * item's state, replayed from its events not undone, is what it was before
 * the undo on every machine that has the events, and a later undo takes
 * the copy back like any change (undo after redo). An undo that a copy
 * names is redone, and is not redone again.
 *
 * The redo chain: the undo redo takes is the latest (by clock, then
 * device) not yet redone; it is there to take only while no change other
 * than a redo was made after it, whichever machine made it. A new change
 * after an undo ends the chain; so, on every machine, the same events
 * allow the same redo.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

/* The undo redo would take: its batch and its clock (0 when none). */
static int redo_candidate(struct store *s, long long *batch, long long *hlc, char **device,
			  struct store_error *err)
{
	*batch = *hlc = 0;
	*device = NULL;
	sqlite3_stmt *q = store_cached(s,
		"SELECT u.batch, u.hlc, u.device FROM events u WHERE u.type = 4 AND NOT EXISTS "
		"(SELECT 1 FROM events r WHERE r.undoes = u.id) "
		"ORDER BY u.hlc DESC, u.device DESC LIMIT 1",
		err);
	if (!q)
		return -1;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*batch = sqlite3_column_int64(q, 0);
		*hlc = sqlite3_column_int64(q, 1);
		const unsigned char *d = sqlite3_column_text(q, 2);
		*device = xstrdup(d ? (const char *)d : "");
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* Whether a change other than a redo came after (hlc, device); a rekey (a
 * re-sync's, no change a person made) is none. */
static int changed_since(struct store *s, long long hlc, const char *device, bool *yes,
			 struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
		"SELECT EXISTS (SELECT 1 FROM events c WHERE c.type NOT IN (4, 9) AND c.undoes IS NULL "
		"AND (c.hlc > ?1 OR (c.hlc = ?1 AND c.device > ?2)))",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, hlc);
	sqlite3_bind_text(q, 2, device, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q);
	*yes = rc == SQLITE_ROW && sqlite3_column_int(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? 0 : store_db_err(s, err, rc);
}

/* An undone event and the undo event that took it back. */
struct undone {
	struct store_event ev;
	long long undo_id;
};

static char *dup_col(sqlite3_stmt *q, int col)
{
	const unsigned char *t = sqlite3_column_text(q, col);
	return t ? xstrdup((const char *)t) : NULL;
}

/* The events batch's undos took back, oldest first (as they were made). */
static int undone_events(struct store *s, long long batch, struct undone **out, size_t *n,
			 struct store_error *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *q = store_cached(s,
		"SELECT d.id, d.plan_id, d.item_id, d.at, d.day, d.type, d.old_status, "
		"d.new_status, d.minutes, d.text, d.old_text, d.batch, d.old_rating, "
		"d.new_rating, u.id FROM events u JOIN events d ON d.id = u.undoes "
		"WHERE u.batch = ?1 AND u.type = 4 AND NOT EXISTS "
		"(SELECT 1 FROM events r WHERE r.undoes = u.id) ORDER BY d.hlc, d.device",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, batch);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = xgrow(*out, &cap, *n + 1, sizeof(**out));
		struct store_event *ev = &(*out)[*n].ev;
		*ev = (struct store_event){ 0 };
		ev->id = sqlite3_column_int64(q, 0);
		ev->plan_id = sqlite3_column_int64(q, 1);
		ev->item_id = sqlite3_column_int64(q, 2);
		ev->at = sqlite3_column_int64(q, 3);
		ev->day = sqlite3_column_int(q, 4);
		ev->type = (enum store_event_type)sqlite3_column_int(q, 5);
		ev->old_status = (enum store_status)sqlite3_column_int(q, 6);
		ev->new_status = (enum store_status)sqlite3_column_int(q, 7);
		ev->minutes = sqlite3_column_int(q, 8);
		ev->text = dup_col(q, 9);
		ev->old_text = dup_col(q, 10);
		ev->batch = sqlite3_column_int64(q, 11);
		ev->old_rating = sqlite3_column_int(q, 12);
		ev->new_rating = sqlite3_column_int(q, 13);
		ev->same_status = ev->type == STORE_EV_ADOPT &&
				  sqlite3_column_type(q, 7) == SQLITE_NULL;
		(*out)[*n].undo_id = sqlite3_column_int64(q, 14);
		(*n)++;
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	       struct store_error *err)
{
	long long batch, hlc;
	char *device;
	if (redo_candidate(s, &batch, &hlc, &device, err) < 0)
		return -1;
	if (!batch)
		return store_set_err(err, STORE_ERR_NOTFOUND, "nothing to redo");
	bool later = false;
	int ret = changed_since(s, hlc, device, &later, err);
	free(device);
	if (ret < 0)
		return -1;
	if (later)
		return store_set_err(err, STORE_ERR_NOTFOUND,
				     "nothing to redo: a change was made after the last undo");
	struct undone *v;
	size_t n;
	ret = undone_events(s, batch, &v, &n, err);
	long long redo_batch = 0;
	for (size_t i = 0; ret == 0 && i < n; i++) {
		struct store_event ev = v[i].ev;
		if (fn)
			fn(&ev, ctx);
		if (store_next_batch(s, &redo_batch, err) < 0) {
			ret = -1;
			break;
		}
		ev.batch = redo_batch;
		if (store_add_event(s, &ev, v[i].undo_id, err) < 0) {
			ret = -1;
			break;
		}
		long long id = sqlite3_last_insert_rowid(store_handle(s));
		switch (ev.type) {
		case STORE_EV_STATUS:
		case STORE_EV_LOG:
		case STORE_EV_NOTE:
		case STORE_EV_RATING:
		case STORE_EV_ADOPT:
		case STORE_EV_UNLOG:
			ret = ev.item_id ? store_replay_item(s, ev.item_id, err) : 0;
			break;
		case STORE_EV_TICK:
			ret = store_replay_ticks(s, ev.item_id, err);
			break;
		case STORE_EV_MOVE:
			ret = store_redo_move(s, ev.plan_id, v[i].undo_id, id, err);
			break;
		case STORE_EV_PAUSE:
			ret = store_redo_pause(s, ev.plan_id, v[i].undo_id, id, err);
			break;
		case STORE_EV_DELIVER: /* read from its events (store_delivered) */
		case STORE_EV_UNDO:
		case STORE_EV_REKEY: /* never undone, so never redone */
			break;
		}
	}
	for (size_t i = 0; i < n; i++) {
		free((char *)v[i].ev.text);
		free((char *)v[i].ev.old_text);
	}
	free(v);
	return ret;
}
