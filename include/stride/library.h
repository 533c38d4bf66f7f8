/*
 * library: a plan's resources as a person keeps them, for `stride
 * resources`, `stride resource` and the Resources view. Each resource
 * (plan-wide or declared inline in a phase, week block or task) comes with
 * the person's status, rating and note, which live in the store (see
 * act_resource), and with where the plan uses it: the live items that name
 * it (their `uses`), in plan order.
 *
 * Ownership: library_load fills a struct library that owns everything in
 * it; library_done frees it.
 */
#ifndef STRIDE_LIBRARY_H
#define STRIDE_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

/* An item that names a resource. */
struct library_use {
	int ref;
	enum store_kind kind;
	char *key, *title;
};

struct library_entry {
	struct store_item it; /* the resource, owned */
	struct library_use *uses;
	size_t nuses;
};

struct library {
	struct library_entry *v;
	size_t n;
	int todo, doing, done; /* of the live resources */
	size_t archived;       /* how many of v are archived */
};

/* Loads the library of plan_id: the plan-wide resources, then the inline
 * ones, in plan order; the archived ones after them when with_archived.
 * Returns 0, or -1 with err (lib is then empty). */
int library_load(struct store *s, long long plan_id, bool with_archived,
		 struct library *lib, struct store_error *err);
void library_done(struct library *lib);

/* "todo", "doing", "done" -> status; false for anything else (a resource
 * is never skipped). */
bool library_status_parse(const char *s, enum store_status *st);

/* What Space makes of a status: todo -> doing -> done -> todo. */
enum store_status library_next_status(enum store_status st);

/* Parses a rating as typed: "1" to "5", or "0" (none). False for anything
 * else. */
bool library_rating_parse(const char *s, int *rating);

/* The resource's kind ("book", "course", ...), or NULL when the plan gives
 * none. */
const char *library_kind(const struct store_item *it);

/*
 * The live resources whose title holds fragment (case-insensitive for
 * ASCII): their indices in lib, at most max of them in out; returns how
 * many match. When exactly one title equals the fragment (in the same
 * way), only that one is counted.
 */
size_t library_match(const struct library *lib, const char *fragment,
		     size_t *out, size_t max);

#endif
