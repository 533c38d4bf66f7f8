/*
 * The store's moves of a plan's dates (stride start, shift) and its pauses
 * (stride pause): see "moving the dates" and "pauses" in stride/store.h.
 * A move changes the items' dates and keeps what it changed: the plan's
 * days moved (plans.moved), each item's own days past them (item_moves,
 * which the sync applies to the file's dates), and, for undo, those as
 * they were before each move event (move_undo).
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"

#include <stdio.h>

/* ---- moving the dates ---------------------------------------------------------- */


/* An item with a date: the only rows a move writes (most tasks have
 * none of their own). */
#define DATED "COALESCE(start, end, due) IS NOT NULL"

/* What a move keeps for undo: an item's own days (item_id 0: the plan's
 * span as days past the file's, its days moved as due_days, its anchor). */
#define UNDO_COLS "(event_id, item_id, start_days, end_days, due_days, anchor)"
#define ITEM_UNDO_COLS "(event_id, item_id, start_days, end_days, due_days)"

/* A plan whose anchor changes is laid out again from its file (the
 * session's re-sync, right after; the next open, should it not come):
 * the file is marked as not yet read. */
#define RELAY(cond)                                                             \
	"source_hash = CASE WHEN " cond " THEN source_hash END, "               \
	"source_mtime = CASE WHEN " cond " THEN source_mtime ELSE -1 END"

/* Runs sql with ?1 the plan's id and ?2.. the numbers in v (n of them);
 * *count (when not NULL) gets its first column, else the rows changed.
 * Not cached: for what is done rarely. */
static int run_moves(struct store *s, const char *sql, long long plan_id,
		     const long long *v, int n, long long *count,
		     struct store_error *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(store_handle(s), sql, -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	for (int i = 0; i < n; i++)
		sqlite3_bind_int64(q, i + 2, v[i]);
	rc = sqlite3_step(q);
	if (count)
		*count = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : sqlite3_changes(store_handle(s));
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* The move event (its minutes: the days every date moves), and the
 * plan's days moved and own days past them as they were (its move_undo
 * row of item 0: start_days, end_days, and the days moved as due_days). */
static int move_event(struct store *s, long long plan_id, const char *how, int days,
		      int day, long long *batch, long long *event_id,
		      struct store_error *err)
{
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = { .plan_id = plan_id, .day = day, .type = STORE_EV_MOVE,
				  .minutes = days, .text = how, .batch = *batch };
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	*event_id = sqlite3_last_insert_rowid(store_handle(s));
	const long long v[] = { *event_id };
	/* the plan's span as days moved past the file's by shifts, not as
	 * dates: an edit of the file before the undo is kept */
	return run_moves(s,
			 "INSERT INTO move_undo " UNDO_COLS " SELECT ?2, 0, "
			 "start - file_start - moved, end - file_end - moved, moved, anchor "
			 "FROM plans WHERE id = ?1",
			 plan_id, v, 1, NULL, err);
}

/* The plan's items with a date (archived ones aside). */
#define PLAN_DATED "items WHERE plan_id = ?1 AND NOT archived AND " DATED

/* The first and last date of the rows of `from` (an SQL table and its
 * WHERE clause, which may use ?1, the plan's id: PLAN_DATED, or the
 * shift's temp.shifted); CALENDAR_NONE when none has a date. */
static int date_range(struct store *s, long long plan_id, const char *from, int *first,
		      int *last, struct store_error *err)
{
	char sql[768];
	snprintf(sql, sizeof(sql),
		 "SELECT MIN(MIN(COALESCE(start, ?2), COALESCE(end, ?2), COALESCE(due, ?2))), "
		 "MAX(MAX(COALESCE(start, ?3), COALESCE(end, ?3), COALESCE(due, ?3))) "
		 "FROM %s",
		 from);
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(store_handle(s), sql, -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, CALENDAR_MAX);
	sqlite3_bind_int(q, 3, CALENDAR_MIN);
	rc = sqlite3_step(q);
	*first = *last = CALENDAR_NONE;
	if (rc == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL) {
		*first = sqlite3_column_int(q, 0);
		*last = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_plan_date_range(struct store *s, long long plan_id, int *first, int *last,
			  struct store_error *err)
{
	return date_range(s, plan_id, PLAN_DATED, first, last, err);
}

/* Refuses a move of `days` of the rows of `from` (as date_range) that
 * would take a date out of the calendar, saying how far it can go. */
static int check_range(struct store *s, long long plan_id, const char *from,
		       int days, struct store_error *err)
{
	int first, last;
	if (date_range(s, plan_id, from, &first, &last, err) < 0)
		return -1;
	char date[CALENDAR_DATE_LEN];
	if (first == CALENDAR_NONE)
		return 0;
	if (days > 0 && (long long)last + days > CALENDAR_MAX)
		return store_set_err(err, STORE_ERR_INVALID,
			       "%d days later would take %s past 9999-12-31: at most %d "
			       "days later; nothing was moved",
			       days, calendar_format(last, date), CALENDAR_MAX - last);
	if (days < 0 && (long long)first + days < CALENDAR_MIN)
		return store_set_err(err, STORE_ERR_INVALID,
			       "%d days earlier would take %s before 0001-01-01: at most %d "
			       "days earlier; nothing was moved",
			       -days, calendar_format(first, date), first - CALENDAR_MIN);
	return 0;
}

int store_plan_start(struct store *s, long long plan_id, int days, int day,
		     long long *batch, struct store_error *err)
{
	long long ev;
	const long long v[] = { days };
	if (check_range(s, plan_id, PLAN_DATED, days, err) < 0 ||
	    move_event(s, plan_id, "start", days, day, batch, &ev, err) < 0 ||
	    run_moves(s,
		      "UPDATE items SET start = start + ?2, end = end + ?2, due = due + ?2 "
		      "WHERE plan_id = ?1 AND " DATED,
		      plan_id, v, 1, NULL, err) < 0)
		return -1;
	return run_moves(s,
			 "UPDATE plans SET start = start + ?2, end = end + ?2, "
			 "moved = moved + ?2 WHERE id = ?1",
			 plan_id, v, 1, NULL, err);
}

int store_plan_anchor(struct store *s, long long plan_id, int first, int day,
		      long long *batch, struct store_error *err)
{
	long long ev;
	const long long v[] = { first };
	if (move_event(s, plan_id, "start", 0, day, batch, &ev, err) < 0)
		return -1;
	return run_moves(s, "UPDATE plans SET " RELAY("0") ", anchor = ?2 WHERE id = ?1",
			 plan_id, v, 1, NULL, err);
}

/* What a shift moves: what is not finished, with a date on or after ?2. */
#define SHIFTED                                                                    \
	"plan_id = ?1 AND " DATED " AND NOT archived AND "                          \
	"(start >= ?2 OR end >= ?2 OR due >= ?2) "                                   \
	"AND ((kind BETWEEN 3 AND 5 AND status <= 1) OR "                            \
	"(kind <= 2 AND (n_total = 0 OR n_done < n_total)))"
/* A date moved by a shift of ?3 days from ?2 (p: the table's prefix): an
 * end no earlier than its start, however far back the shift goes. */
#define SHIFT_DAY(p, col) "CASE WHEN " p col " >= ?2 THEN " p col " + ?3 ELSE " p col " END"
#define SHIFT_END(p)                                                               \
	"CASE WHEN " p "end >= ?2 THEN MAX(" p "end + ?3, COALESCE(" SHIFT_DAY(p, "start") \
	", " p "end + ?3)) ELSE " p "end END"

int store_plan_shift(struct store *s, long long plan_id, int from, int days, int day,
		     long long *moved, long long *batch, struct store_error *err)
{
	/* what moves, found once (one pass over the plan's items with a
	 * date), with its dates: the rest goes through it, and back to the
	 * items by row id only to write them */
	const long long v[] = { from, days, 0 };
	if (run_moves(s,
		      "CREATE TEMP TABLE IF NOT EXISTS shifted (id INTEGER PRIMARY KEY, "
		      "start INTEGER, end INTEGER, due INTEGER)",
		      plan_id, NULL, 0, NULL, err) < 0 ||
	    run_moves(s, "DELETE FROM temp.shifted", plan_id, NULL, 0, NULL, err) < 0 ||
	    run_moves(s,
		      "INSERT INTO temp.shifted SELECT id, start, end, due FROM items WHERE " SHIFTED,
		      plan_id, v, 1, moved, err) < 0)
		return -1;
	long long ev;
	if (check_range(s, plan_id, "temp.shifted", days, err) < 0 ||
	    move_event(s, plan_id, "shift", 0, day, batch, &ev, err) < 0)
		return -1;
	const long long w[] = { from, days, ev };
	/* what each item's own days were (for undo), what they are now (the
	 * days its dates actually move), then the dates */
	if (run_moves(s,
		      "INSERT INTO move_undo " ITEM_UNDO_COLS " SELECT ?4, t.id, m.start_days, "
		      "m.end_days, m.due_days FROM temp.shifted t "
		      "LEFT JOIN item_moves m ON m.item_id = t.id",
		      plan_id, w, 3, NULL, err) < 0 ||
	    run_moves(s,
		      "INSERT INTO item_moves SELECT t.id, "
		      "COALESCE(" SHIFT_DAY("t.", "start") " - t.start, 0), "
		      "COALESCE(" SHIFT_END("t.") " - t.end, 0), "
		      "COALESCE(" SHIFT_DAY("t.", "due") " - t.due, 0) "
		      "FROM temp.shifted t WHERE true ON CONFLICT (item_id) DO UPDATE SET "
		      "start_days = start_days + excluded.start_days, "
		      "end_days = end_days + excluded.end_days, "
		      "due_days = due_days + excluded.due_days",
		      plan_id, w, 2, NULL, err) < 0 ||
	    run_moves(s,
		      "UPDATE items SET start = " SHIFT_DAY("", "start") ", end = " SHIFT_END("")
		      ", due = " SHIFT_DAY("", "due") " WHERE id IN (SELECT id FROM temp.shifted)",
		      plan_id, w, 2, NULL, err) < 0)
		return -1;
	return run_moves(s,
			 "UPDATE plans SET start = " SHIFT_DAY("", "start") ", end = " SHIFT_END("")
			 " WHERE id = ?1",
			 plan_id, w, 2, NULL, err);
}
#undef SHIFT_DAY
#undef SHIFT_END

int store_plan_file_dates(struct store *s, long long plan_id, int day,
			  long long *batch, struct store_error *err)
{
	long long moved = 0;
	if (run_moves(s, "SELECT moved FROM plans WHERE id = ?1", plan_id, NULL, 0, &moved,
		      err) < 0)
		return -1;
	long long ev;
	if (move_event(s, plan_id, "file-dates", (int)-moved, day, batch, &ev, err) < 0)
		return -1;
	const long long v[] = { moved, ev };
	if (run_moves(s,
		      "INSERT INTO move_undo " ITEM_UNDO_COLS " SELECT ?3, m.item_id, m.start_days, m.end_days, "
		      "m.due_days FROM item_moves m JOIN items i ON i.id = m.item_id "
		      "WHERE i.plan_id = ?1",
		      plan_id, v, 2, NULL, err) < 0 ||
	    run_moves(s,
		      "UPDATE items SET "
		      "start = start - ?2 - COALESCE((SELECT start_days FROM item_moves "
		      "  WHERE item_id = items.id), 0), "
		      "end = end - ?2 - COALESCE((SELECT end_days FROM item_moves "
		      "  WHERE item_id = items.id), 0), "
		      "due = due - ?2 - COALESCE((SELECT due_days FROM item_moves "
		      "  WHERE item_id = items.id), 0) "
		      "WHERE plan_id = ?1 AND " DATED,
		      plan_id, v, 1, NULL, err) < 0 ||
	    run_moves(s,
		      "DELETE FROM item_moves WHERE item_id IN "
		      "(SELECT id FROM items WHERE plan_id = ?1)",
		      plan_id, NULL, 0, NULL, err) < 0)
		return -1;
	return run_moves(s,
			 "UPDATE plans SET moved = 0, start = file_start, end = file_end, "
			 RELAY("anchor IS NULL") ", anchor = NULL WHERE id = ?1",
			 plan_id, NULL, 0, NULL, err);
}

/* Undoes move event ev: each item's own days as they were, the days every
 * date moved taken back, the plan's span as the file has it now, moved as
 * it was. */
int store_undo_move(struct store *s, const struct store_event *ev,
		    struct store_error *err)
{
	/* the days every date moved since: the plan's now, less as they were
	 * (the event's, and what a sync changed them by to keep a started
	 * plan where it was, since) */
	long long days = 0;
	const long long id[] = { ev->id };
	if (run_moves(s,
		      "SELECT p.moved - u.due_days FROM plans p, move_undo u "
		      "WHERE p.id = ?1 AND u.event_id = ?2 AND u.item_id = 0",
		      ev->plan_id, id, 1, &days, err) < 0)
		return -1;
	const long long v[] = { ev->id, days };
	/* the items: their dates less the days every date moved, and, for
	 * those the event moved by their own days, less what it added */
#define OWN(col)                                                                   \
	"CASE WHEN id IN (SELECT item_id FROM move_undo WHERE event_id = ?2) THEN "   \
	"COALESCE((SELECT u." col " FROM move_undo u WHERE u.event_id = ?2 AND "      \
	"u.item_id = items.id), 0) - COALESCE((SELECT m." col " FROM item_moves m "   \
	"WHERE m.item_id = items.id), 0) ELSE 0 END"
	if (run_moves(s,
		      "UPDATE items SET start = start - ?3 + " OWN("start_days") ", "
		      "end = end - ?3 + " OWN("end_days") ", "
		      "due = due - ?3 + " OWN("due_days") " "
		      "WHERE plan_id = ?1 AND " DATED " AND (?3 != 0 OR id IN (SELECT item_id FROM move_undo "
		      "WHERE event_id = ?2))",
		      ev->plan_id, v, 2, NULL, err) < 0 ||
	    /* their own days as they were: a row for each that had some */
	    run_moves(s,
		      "DELETE FROM item_moves WHERE item_id IN (SELECT item_id FROM move_undo "
		      "WHERE event_id = ?2 AND item_id != 0)",
		      ev->plan_id, v, 1, NULL, err) < 0 ||
	    run_moves(s,
		      "INSERT INTO item_moves SELECT item_id, start_days, end_days, due_days "
		      "FROM move_undo WHERE event_id = ?2 AND item_id != 0 AND "
		      "start_days IS NOT NULL",
		      ev->plan_id, v, 1, NULL, err) < 0)
		return -1;
#undef OWN
#define UNDO_ANCHOR "(SELECT anchor FROM move_undo WHERE event_id = ?2 AND item_id = 0)"
	return run_moves(s,
			 "UPDATE plans SET moved = moved - ?3, "
			 "start = file_start + moved - ?3 + COALESCE((SELECT start_days FROM "
			 "move_undo WHERE event_id = ?2 AND item_id = 0), 0), "
			 "end = file_end + moved - ?3 + COALESCE((SELECT end_days FROM "
			 "move_undo WHERE event_id = ?2 AND item_id = 0), 0), "
			 RELAY("anchor IS " UNDO_ANCHOR) ", anchor = " UNDO_ANCHOR " "
			 "WHERE id = ?1",
			 ev->plan_id, v, 2, NULL, err);
#undef UNDO_ANCHOR
}

/* ---- redo ---------------------------------------------------------------------- */

/*
 * An undo of a move keeps, under its own event, the dates as the move had
 * left them, in the rows a move keeps (its plan's row and a row for each
 * item the move changed by its own days): redo puts them back as undo puts
 * back a move's. An undo of a pause keeps the pause's days (its plan's row:
 * first as start_days, last as end_days). These rows are the store's own:
 * an undo made on another machine has none here (redo says so).
 */
int store_keep_for_redo(struct store *s, const struct store_event *ev, long long undo_id,
			struct store_error *err)
{
	const long long v[] = { undo_id, ev->id };
	if (ev->type == STORE_EV_PAUSE)
		return run_moves(s,
				 "INSERT INTO move_undo " UNDO_COLS " SELECT ?2, 0, first, last, "
				 "NULL, NULL FROM pauses WHERE plan_id = ?1 AND event_id = ?3",
				 ev->plan_id, v, 2, NULL, err);
	if (ev->type != STORE_EV_MOVE)
		return 0;
	return run_moves(s,
			 "INSERT INTO move_undo " UNDO_COLS " SELECT ?2, 0, "
			 "start - file_start - moved, end - file_end - moved, moved, anchor "
			 "FROM plans WHERE id = ?1",
			 ev->plan_id, v, 1, NULL, err) < 0 ||
			       run_moves(s,
					 "INSERT INTO move_undo " ITEM_UNDO_COLS " SELECT ?2, u.item_id, "
					 "m.start_days, m.end_days, m.due_days FROM move_undo u "
					 "LEFT JOIN item_moves m ON m.item_id = u.item_id "
					 "WHERE u.event_id = ?3 AND u.item_id != 0",
					 ev->plan_id, v, 2, NULL, err) < 0
		       ? -1
		       : 0;
}

/* Whether undo_id kept what redo needs (store_keep_for_redo). */
static int kept(struct store *s, long long plan_id, long long undo_id,
		struct store_error *err)
{
	long long n = 0;
	const long long v[] = { undo_id };
	if (run_moves(s, "SELECT count(*) FROM move_undo WHERE event_id = ?2 AND item_id = 0",
		      plan_id, v, 1, &n, err) < 0)
		return -1;
	if (!n)
		return store_set_err(err, STORE_ERR_INVALID,
				     "the undo of this change of the plan's dates was made on "
				     "another machine or by an older stride, which keep nothing "
				     "to redo it from here: do it again ('stride start', "
				     "'stride shift', 'stride pause')");
	return 0;
}

int store_redo_move(struct store *s, long long plan_id, long long undo_id, long long redo_id,
		    struct store_error *err)
{
	if (kept(s, plan_id, undo_id, err) < 0)
		return -1;
	/* what the redo changes, kept for its own undo, as a move keeps it */
	const long long v[] = { redo_id, undo_id };
	if (run_moves(s,
		      "INSERT INTO move_undo " UNDO_COLS " SELECT ?2, 0, "
		      "start - file_start - moved, end - file_end - moved, moved, anchor "
		      "FROM plans WHERE id = ?1",
		      plan_id, v, 1, NULL, err) < 0 ||
	    run_moves(s,
		      "INSERT INTO move_undo " ITEM_UNDO_COLS " SELECT ?2, u.item_id, "
		      "m.start_days, m.end_days, m.due_days FROM move_undo u "
		      "LEFT JOIN item_moves m ON m.item_id = u.item_id "
		      "WHERE u.event_id = ?3 AND u.item_id != 0",
		      plan_id, v, 2, NULL, err) < 0)
		return -1;
	/* then the dates as the undo found them: its rows, put back as an
	 * undo puts back a move's */
	struct store_event ev = { .id = undo_id, .plan_id = plan_id, .type = STORE_EV_MOVE };
	return store_undo_move(s, &ev, err);
}

int store_redo_pause(struct store *s, long long plan_id, long long undo_id,
		     long long redo_id, struct store_error *err)
{
	if (kept(s, plan_id, undo_id, err) < 0)
		return -1;
	const long long v[] = { undo_id, redo_id };
	return run_moves(s,
			 "INSERT INTO pauses (plan_id, first, last, event_id) SELECT ?1, "
			 "start_days, end_days, ?3 FROM move_undo WHERE event_id = ?2 AND "
			 "item_id = 0",
			 plan_id, v, 2, NULL, err);
}

/* ---- pauses --------------------------------------------------------------------- */

int store_pause_add(struct store *s, long long plan_id, int first, int last, int day,
		    long long *batch, struct store_error *err)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	if (last < first)
		return store_set_err(err, STORE_ERR_INVALID, "a pause ends on or after its first day "
			       "(%s is before %s)", calendar_format(last, a),
			       calendar_format(first, b));
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(store_handle(s),
				    "SELECT first, last FROM pauses WHERE plan_id = ?1 AND "
				    "first <= ?3 AND last >= ?2 ORDER BY first LIMIT 1",
				    -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, first);
	sqlite3_bind_int(q, 3, last);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		calendar_format(sqlite3_column_int(q, 0), a);
		calendar_format(sqlite3_column_int(q, 1), b);
		sqlite3_finalize(q);
		return store_set_err(err, STORE_ERR_INVALID,
			       "these days overlap the pause from %s to %s ('stride pause "
			       "--list' lists them; 'stride undo' takes the last back)",
			       a, b);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE)
		return store_db_err(s, err, rc);
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = { .plan_id = plan_id, .day = day, .type = STORE_EV_PAUSE,
				  .minutes = last - first + 1, .text = "pause",
				  .batch = *batch };
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	const long long v[] = { first, last, sqlite3_last_insert_rowid(store_handle(s)) };
	return run_moves(s, "INSERT INTO pauses (plan_id, first, last, event_id) "
			    "VALUES (?1, ?2, ?3, ?4)",
			 plan_id, v, 3, NULL, err);
}

int store_pauses(struct store *s, long long plan_id,
		 int (*fn)(int first, int last, void *ctx), void *ctx,
		 struct store_error *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(store_handle(s),
				    "SELECT first, last FROM pauses WHERE plan_id = ?1 "
				    "ORDER BY first",
				    -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fn(sqlite3_column_int(q, 0), sqlite3_column_int(q, 1), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_item_moves(struct store *s, long long plan_id,
		     int (*fn)(long long item_id, int start, int end, int due, void *ctx),
		     void *ctx, struct store_error *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(store_handle(s),
				    "SELECT m.item_id, m.start_days, m.end_days, m.due_days "
				    "FROM item_moves m JOIN items i ON i.id = m.item_id "
				    "WHERE i.plan_id = ?1",
				    -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fn(sqlite3_column_int64(q, 0), sqlite3_column_int(q, 1),
		       sqlite3_column_int(q, 2), sqlite3_column_int(q, 3), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_undo_pause(struct store *s, const struct store_event *ev, struct store_error *err)
{
	const long long v[] = { ev->id };
	return run_moves(s, "DELETE FROM pauses WHERE plan_id = ?1 AND event_id = ?2",
			 ev->plan_id, v, 1, NULL, err);
}
