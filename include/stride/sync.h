/*
 * sync: brings a loaded plan into the store, keeping every bit of progress
 * (docs/plan-format.md, "Identity").
 *
 * Items are matched by key. What the file no longer has is archived with
 * its progress; what comes back is restored with it. Before writing, sync
 * works out the change report: added, removed, retitled, moved (items with
 * explicit ids under a new parent), restored. What a sync writes is one
 * transaction: the store holds the plan as it was before or as it is after.
 * It reads the store without holding the write lock, so that other
 * processes go on recording ticks meanwhile (src/sync.c says how nothing
 * of theirs is lost).
 */
#ifndef STRIDE_SYNC_H
#define STRIDE_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/plan.h"
#include "stride/store.h"

enum sync_change_kind {
	SYNC_ADDED,
	SYNC_REMOVED,
	SYNC_RETITLED,
	SYNC_MOVED,
	SYNC_RESTORED,
	SYNC_NCHANGE_KINDS
};

struct sync_change {
	enum sync_change_kind kind;
	enum store_kind item_kind;
	char *key, *title;
	char *was; /* retitled: the old title; moved: the old parent's key */
	size_t order; /* found in this order */
	bool in_place; /* retitled: known by its place, its key new (an item
			  without an id, docs/plan-format.md, "Identity") */
};

/* What a sync did (or, dry, would do). Owns its strings. */
struct sync_report {
	char *slug, *title;
	bool created;  /* the plan was not in the store */
	bool changed;  /* the store was (or would be) written */
	char *old_source; /* the file the plan came from before, if another */
	size_t n[SYNC_NCHANGE_KINDS];
	/* in the plan's order, removed last; for a new plan (created) none
	 * are listed, n[SYNC_ADDED] counts them */
	struct sync_change *changes;
	size_t nchanges, cap;
	size_t items; /* live items after the sync */
};

void sync_report_done(struct sync_report *r);

/* Where the plan was read from, to tell later whether the file changed. */
struct sync_source {
	const char *path;      /* absolute; NULL for standard input */
	long long size, mtime; /* mtime in nanoseconds */
	const char *hash;      /* hash_hex of the content */
};

/*
 * Syncs p into the store. With dry_run nothing is written, and the report
 * says what would change. A plan whose content, source and structure are
 * as the store has them writes nothing at all. Not inside a transaction:
 * it makes its own (a plan numbered by an older stride is first spread
 * out, store_plan_spread, in transactions that change no content). Returns
 * 0, or -1 with err.
 */
int sync_plan(struct store *s, const struct plan *p,
	      const struct sync_source *src, bool dry_run,
	      struct sync_report *rep, struct store_error *err);

/* The dates a new plan is to have over its file's (stride restore): the
 * days every date moved, and items' own days by key. */
struct sync_dates {
	int moved;
	const struct store_xmove *own;
	size_t nown;
};

/* sync_plan of a plan that may be new: a new one is written with its
 * dates moved as dates says (the caller records the moves themselves:
 * store_xdates); a plan the store has is synced as sync_plan does. */
int sync_plan_dated(struct store *s, const struct plan *p, const struct sync_source *src,
		    const struct sync_dates *dates, struct sync_report *rep,
		    struct store_error *err);

#endif
