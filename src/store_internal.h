/*
 * What the store's source files share and nothing else sees: store.c
 * (the schema, plans, items, events) and store_dates.c (moves of a plan's
 * dates, pauses). Not a header for the rest of stride: only the store
 * uses sqlite3.
 */
#ifndef STRIDE_STORE_INTERNAL_H
#define STRIDE_STORE_INTERNAL_H

#include "stride/store.h"

#include <sqlite3.h>

/* SQL: whether the log event of alias e was taken out (stride log
 * --delete, --edit) by an event of type 10 (STORE_EV_UNLOG) that is not
 * undone itself. Its undo brings the log back: NOT_UNDONE and the sums of
 * minutes leave out the logs this says are taken out. */
#define STORE_UNLOGGED(e)                                                       \
	"EXISTS (SELECT 1 FROM events d WHERE d.type = 10 AND d.text = " e ".uid " \
	"AND NOT EXISTS (SELECT 1 FROM events x WHERE x.undoes = d.id))"

/* The store's connection. */
sqlite3 *store_handle(struct store *s);

/* A statement of the store's other files, prepared once a connection and
 * kept (the STORE_CACHED used last), reset and unbound; NULL with err. The
 * caller resets it when done with it (sqlite3_reset). */
#define STORE_CACHED 48
sqlite3_stmt *store_cached(struct store *s, const char *sql, struct store_error *err);

/* Turns a failed SQLite call into a message a person can act on; -1. */
int store_db_err(const struct store *s, struct store_error *err, int rc);

/* Records ev (undoing event undoes, or 0). */
int store_add_event(struct store *s, const struct store_event *ev, long long undoes,
		    struct store_error *err);

/* The current state of an item, as the events change it (store.c): its
 * status and status day (the counts kept in step), minutes added, its note
 * and rating put. */
int store_apply_status(struct store *s, const struct store_item *it,
		       enum store_status st, int day, struct store_error *err);
int store_add_minutes(struct store *s, long long item_id, int minutes,
		      struct store_error *err);
int store_put_note(struct store *s, long long item_id, const char *text,
		   struct store_error *err);
int store_put_rating(struct store *s, long long item_id, int rating,
		     struct store_error *err);

/* store_undo's cases for a move of the dates and a pause (store_dates.c). */
int store_undo_move(struct store *s, const struct store_event *ev, struct store_error *err);
int store_undo_pause(struct store *s, const struct store_event *ev, struct store_error *err);

/* What an undo (event undo_id) of move or pause ev keeps for redo, before
 * it is undone; nothing for other events (store_dates.c). */
int store_keep_for_redo(struct store *s, const struct store_event *ev, long long undo_id,
			struct store_error *err);
/* Redoes the move or pause that undo undo_id undid, redo_id the event that
 * redoes it: the dates as the undo found them (what the redo changes kept
 * for its own undo), or the pause's days again. STORE_ERR_INVALID when the
 * undo kept nothing (made on another machine). */
int store_redo_move(struct store *s, long long plan_id, long long undo_id, long long redo_id,
		    struct store_error *err);
int store_redo_pause(struct store *s, long long plan_id, long long undo_id,
		     long long redo_id, struct store_error *err);

/* A habit's ticks (the table ticks) as its tick events not undone say:
 * the latest of each day's (src/store_habits.c); a no-op for an item
 * without tick events. */
int store_replay_ticks(struct store *s, long long item_id, struct store_error *err);

#endif
