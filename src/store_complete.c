/*
 * The store's part of completing a word on the shell's command line
 * (stride __complete): items by the first digits of their number or the
 * start of their key, read straight from the rows' ids (a plan's id and a
 * ref make an item's row id, store_item_id), so that a plan of 100,000
 * items answers in well under a millisecond.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define ITEM_PREFIX_COLS "ref, key, title, kind, status"

static int each_row(struct store *s, sqlite3_stmt *q, int *left,
		    int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		    struct store_error *err)
{
	int rc = SQLITE_DONE;
	while (*left > 0 && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_item it = { 0 };
		it.ref = sqlite3_column_int(q, 0);
		it.key = (const char *)sqlite3_column_text(q, 1);
		it.title = (const char *)sqlite3_column_text(q, 2);
		it.kind = (enum store_kind)sqlite3_column_int(q, 3);
		it.status = (enum store_status)sqlite3_column_int(q, 4);
		(*left)--;
		if (fn(&it, ctx)) {
			*left = 0;
			break;
		}
	}
	if (*left > 0 && rc != SQLITE_DONE) {
		sqlite3_reset(q);
		return store_db_err(s, err, rc);
	}
	sqlite3_reset(q);
	return 0;
}

static int by_number(struct store *s, long long plan_id, const char *digits, int limit,
		     int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		     struct store_error *err)
{
	sqlite3_stmt *q = store_cached(s,
				       "SELECT " ITEM_PREFIX_COLS " FROM items "
				       "WHERE id BETWEEN ?1 AND ?2 AND archived = 0 "
				       "AND kind <> 7 ORDER BY id",
				       err);
	if (!q)
		return -1;
	if (digits[0] == '0' || strlen(digits) > 9)
		return 0; /* no number starts with 0, none has 10 digits */
	long long lo = atoll(digits), hi = lo;
	/* the number itself, then its ten, hundred, ... continuations */
	while (limit > 0 && lo <= INT_MAX) {
		sqlite3_bind_int64(q, 1, store_item_id(plan_id, (int)lo));
		sqlite3_bind_int64(q, 2, store_item_id(plan_id, (int)(hi < INT_MAX ? hi : INT_MAX)));
		if (each_row(s, q, &limit, fn, ctx, err) < 0)
			return -1;
		lo *= 10;
		hi = hi * 10 + 9;
	}
	return 0;
}

static int by_key(struct store *s, long long plan_id, const char *prefix, int limit,
		  int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		  struct store_error *err)
{
	/* a range of the (plan_id, key) index: from prefix to prefix and the
	 * highest byte, which no UTF-8 key holds */
	sqlite3_stmt *q = store_cached(s,
				       "SELECT " ITEM_PREFIX_COLS " FROM items "
				       "WHERE plan_id = ?1 AND key >= ?2 AND key < ?3 "
				       "AND archived = 0 AND kind <> 7 ORDER BY key",
				       err);
	if (!q)
		return -1;
	size_t n = strlen(prefix);
	char *upto = xmalloc(n + 2);
	memcpy(upto, prefix, n);
	upto[n] = '\xff';
	upto[n + 1] = '\0';
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, prefix, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, upto, -1, SQLITE_STATIC);
	int rc = each_row(s, q, &limit, fn, ctx, err);
	sqlite3_clear_bindings(q);
	free(upto);
	return rc;
}

int store_item_prefix(struct store *s, long long plan_id, const char *prefix, int limit,
		      int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		      struct store_error *err)
{
	if (*prefix && strspn(prefix, "0123456789") == strlen(prefix))
		return by_number(s, plan_id, prefix, limit, fn, ctx, err);
	return by_key(s, plan_id, prefix, limit, fn, ctx, err);
}
