/*
 * The store's habits: the items of kind STORE_HABIT and the days their
 * occurrences were ticked. A tick is an event (STORE_EV_TICK, its day the
 * occurrence's, new_status done or to do), and the table ticks is what
 * those events not undone say, kept in step in the same transaction: the
 * latest event of each day wins, so that a tick and an untick made on two
 * machines settle the same way on both (store_replay_ticks, which undo,
 * redo and a restore run).
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <sqlite3.h>
#include <stdlib.h>


int store_habits(struct store *s, long long plan_id,
		 int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		 struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
		"SELECT id FROM items INDEXED BY items_habits WHERE plan_id = ?1 AND kind = 8 "
		"AND archived = 0 ORDER BY seq",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	long long *ids = NULL;
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		ids = xgrow(ids, &cap, n + 1, sizeof(*ids));
		ids[n++] = sqlite3_column_int64(q, 0);
	}
	sqlite3_reset(q);
	int ret = rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
	for (size_t i = 0; ret == 0 && i < n; i++) {
		struct store_item it;
		if (store_item_get(s, ids[i], &it, err) < 0) {
			ret = -1;
			break;
		}
		int stop = fn(&it, ctx);
		store_item_done(&it);
		if (stop)
			break;
	}
	free(ids);
	return ret;
}

/* Whether the habit's occurrence of day is ticked now. */
static int is_ticked(struct store *s, long long item_id, int day, bool *on,
		     struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s, "SELECT 1 FROM ticks WHERE item_id = ?1 AND day = ?2",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	sqlite3_bind_int(q, 2, day);
	int rc = sqlite3_step(q);
	*on = rc == SQLITE_ROW;
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

static int put_tick(struct store *s, long long item_id, int day, bool on,
		    struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
				       on ? "INSERT OR IGNORE INTO ticks (item_id, day) VALUES (?1, ?2)"
					  : "DELETE FROM ticks WHERE item_id = ?1 AND day = ?2",
				       err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	sqlite3_bind_int(q, 2, day);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_tick(struct store *s, const struct store_item *habit, int day, bool on, int today,
	       bool *changed, long long *batch, struct store_error *err)
{
	*changed = false;
	if (habit->kind != STORE_HABIT)
		return store_set_err(err, STORE_ERR_INVALID,
				     "%d %s is a %s, not a habit: only a habit is ticked day by day",
				     habit->ref, habit->title, store_kind_name(habit->kind));
	if (day > today) {
		char buf[CALENDAR_DATE_LEN];
		return store_set_err(err, STORE_ERR_INVALID,
				     "%s is still to come: tick a habit on the day, or a day "
				     "before (--date YYYY-MM-DD)",
				     calendar_format(day, buf));
	}
	bool now;
	if (is_ticked(s, habit->id, day, &now, err) < 0)
		return -1;
	if (now == on)
		return 0;
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = habit->plan_id, .item_id = habit->id, .day = day,
		.type = STORE_EV_TICK, .new_status = on ? STORE_DONE : STORE_TODO,
		.batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0 || put_tick(s, habit->id, day, on, err) < 0)
		return -1;
	*changed = true;
	return 0;
}

int store_ticks(struct store *s, long long item_id, int from, int to,
		int (*fn)(int day, void *ctx), void *ctx, struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
		"SELECT day FROM ticks WHERE item_id = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY day",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if (fn(sqlite3_column_int(q, 0), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_replay_ticks(struct store *s, long long item_id, struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s, "DELETE FROM ticks WHERE item_id = ?1", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return store_db_err(s, err, rc);
	/* each day's latest tick event not undone: a tick puts the day in */
	q = store_cached(s,
		"INSERT INTO ticks (item_id, day) SELECT ?1, day FROM ("
		" SELECT e.day, e.new_status, ROW_NUMBER() OVER (PARTITION BY e.day "
		"  ORDER BY e.hlc DESC, e.device DESC) AS rn FROM events e "
		" WHERE e.item_id = ?1 AND e.type = ?2 AND "
		" NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)) "
		"WHERE rn = 1 AND new_status = 2",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	sqlite3_bind_int(q, 2, STORE_EV_TICK);
	rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}
