/*
 * The events of a transaction as a hook sees them (store_changes): each
 * with its plan, its item and, for an undo or a redo, the event it undoes.
 */
#include "stride/store.h"
#include "store_internal.h"

static const char *text_col(sqlite3_stmt *q, int col)
{
	return (const char *)sqlite3_column_text(q, col);
}

int store_changes(struct store *s, long long first, long long last,
		  int (*fn)(const struct store_change *c, void *ctx), void *ctx,
		  struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
		"SELECT e.uid, e.device, e.at, e.day, e.type, p.slug, p.title, i.key, i.title, "
		"i.ref, e.old_status, e.new_status, e.minutes, e.text, e.old_rating, "
		"e.new_rating, u.uid, u.type, u.text, u.old_status, u.new_status "
		"FROM events e JOIN plans p ON p.id = e.plan_id "
		"LEFT JOIN items i ON i.id = e.item_id "
		"LEFT JOIN events u ON u.id = e.undoes "
		"WHERE e.id BETWEEN ?1 AND ?2 ORDER BY e.hlc, e.device",
		err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, first);
	sqlite3_bind_int64(q, 2, last);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_change c = {
			.uid = text_col(q, 0), .device = text_col(q, 1),
			.at = sqlite3_column_int64(q, 2), .day = sqlite3_column_int(q, 3),
			.type = (enum store_event_type)sqlite3_column_int(q, 4),
			.plan = text_col(q, 5), .plan_title = text_col(q, 6),
			.key = text_col(q, 7), .title = text_col(q, 8),
			.ref = sqlite3_column_int(q, 9),
			.has_old_status = sqlite3_column_type(q, 10) != SQLITE_NULL,
			.old_status = (enum store_status)sqlite3_column_int(q, 10),
			.has_new_status = sqlite3_column_type(q, 11) != SQLITE_NULL,
			.new_status = (enum store_status)sqlite3_column_int(q, 11),
			.minutes = sqlite3_column_int(q, 12), .text = text_col(q, 13),
			.old_rating = sqlite3_column_int(q, 14),
			.new_rating = sqlite3_column_int(q, 15),
			.undoes = text_col(q, 16),
			.undone_type = (enum store_event_type)sqlite3_column_int(q, 17),
			.undone_text = text_col(q, 18),
			.undone_has_status = sqlite3_column_type(q, 20) != SQLITE_NULL,
			.undone_old_status = (enum store_status)sqlite3_column_int(q, 19),
			.undone_new_status = (enum store_status)sqlite3_column_int(q, 20),
		};
		if (fn(&c, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}
