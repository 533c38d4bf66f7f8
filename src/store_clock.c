/*
 * The store's side of the running clock (stride clock): the one row of
 * the clock table. See "the running clock" in stride/store.h.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

void store_clock_done(struct store_clock *c)
{
	free(c->note);
	*c = (struct store_clock){ 0 };
}

int store_clock_get(struct store *s, struct store_clock *out, bool *running,
		    struct store_error *err)
{
	*out = (struct store_clock){ 0 };
	*running = false;
	sqlite3_stmt *q = store_cached(s, "SELECT plan_id, item_id, day, second, note "
					  "FROM clock WHERE id = 1",
				       err);
	if (!q)
		return -1;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*running = true;
		out->plan_id = sqlite3_column_int64(q, 0);
		out->item_id = sqlite3_column_int64(q, 1);
		out->day = sqlite3_column_int(q, 2);
		out->second = sqlite3_column_int(q, 3);
		const char *note = (const char *)sqlite3_column_text(q, 4);
		out->note = note ? xstrdup(note) : NULL;
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_clock_set(struct store *s, const struct store_clock *c, struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s, c ? "INSERT OR REPLACE INTO clock "
					      "(id, plan_id, item_id, day, second, note) "
					      "VALUES (1, ?, ?, ?, ?, ?)"
					    : "DELETE FROM clock",
				       err);
	if (!q)
		return -1;
	if (c) {
		sqlite3_bind_int64(q, 1, c->plan_id);
		if (c->item_id)
			sqlite3_bind_int64(q, 2, c->item_id);
		else
			sqlite3_bind_null(q, 2);
		sqlite3_bind_int(q, 3, c->day);
		sqlite3_bind_int(q, 4, c->second);
		if (c->note)
			sqlite3_bind_text(q, 5, c->note, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(q, 5);
	}
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}
