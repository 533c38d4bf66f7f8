/*
 * idset: a small set of row ids (sorted, searched by bisection), for what
 * a view remembers about rows (folds, expanded rows) across reloads.
 * The zero value is an empty set; idset_free() releases it.
 */
#ifndef STRIDE_IDSET_H
#define STRIDE_IDSET_H

#include <stdbool.h>
#include <stddef.h>

struct idset {
	long long *v;
	size_t n, cap;
};

bool idset_has(const struct idset *s, long long id);
/* Adds id (on) or takes it out (off). */
void idset_set(struct idset *s, long long id, bool on);
/* Empties the set, keeping its memory. */
void idset_clear(struct idset *s);
void idset_free(struct idset *s);

#endif
