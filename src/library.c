/*
 * Where a resource is used is not stored with it: each item that names
 * resources keeps their refs in `uses` (sync.c). The library reads those
 * items once, in plan order, and hands each ref to its resource, found by
 * binary search on a table of the resources' refs.
 */
#include "stride/library.h"

#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int keep_resource(const struct store_item *it, void *ctx)
{
	struct library *lib = ctx;
	lib->v = xrealloc(lib->v, (lib->n + 1) * sizeof(*lib->v));
	struct library_entry *e = &lib->v[lib->n++];
	*e = (struct library_entry){ 0 };
	store_item_copy(&e->it, it);
	if (it->archived)
		lib->archived++;
	else if (it->status == STORE_DONE)
		lib->done++;
	else if (it->status == STORE_DOING)
		lib->doing++;
	else
		lib->todo++;
	return 0;
}

/* (ref, index) pairs sorted by ref. */
struct by_ref {
	int ref;
	size_t i;
};

static int by_ref_cmp(const void *a, const void *b)
{
	int x = ((const struct by_ref *)a)->ref, y = ((const struct by_ref *)b)->ref;
	return x < y ? -1 : x > y;
}

struct users {
	struct library_entry *v;
	size_t n;
	struct by_ref *refs;
};

static void add_use(struct library_entry *e, const struct store_item *it)
{
	/* an item names a resource once, but a list may repeat an id */
	if (e->nuses && e->uses[e->nuses - 1].ref == it->ref)
		return;
	e->uses = xrealloc(e->uses, (e->nuses + 1) * sizeof(*e->uses));
	e->uses[e->nuses++] = (struct library_use){ it->ref, it->kind,
						    xstrdup(it->key),
						    xstrdup(it->title) };
}

static int keep_user(const struct store_item *it, void *ctx)
{
	struct users *u = ctx;
	for (const char *p = it->uses; p && *p;) {
		char *end;
		long ref = strtol(p, &end, 10);
		if (end == p)
			break;
		p = end + strspn(end, " ");
		struct by_ref key = { (int)ref, 0 };
		const struct by_ref *hit = bsearch(&key, u->refs, u->n, sizeof(*u->refs),
						   by_ref_cmp);
		if (hit)
			add_use(&u->v[hit->i], it);
	}
	return 0;
}

static void free_uses(struct library_entry *e)
{
	for (size_t k = 0; k < e->nuses; k++) {
		free(e->uses[k].key);
		free(e->uses[k].title);
	}
	free(e->uses);
	e->uses = NULL;
	e->nuses = 0;
}

/* Fills the uses of the n entries at v from the plan's items. */
static int load_uses(struct store *s, long long plan_id, struct library_entry *v,
		     size_t n, struct store_error *err)
{
	if (!n)
		return 0;
	struct users u = { v, n, xcalloc(n, sizeof(*u.refs)) };
	for (size_t i = 0; i < n; i++)
		u.refs[i] = (struct by_ref){ v[i].it.ref, i };
	qsort(u.refs, n, sizeof(*u.refs), by_ref_cmp);
	int rc = store_users(s, plan_id, keep_user, &u, err);
	free(u.refs);
	return rc;
}

int library_load(struct store *s, long long plan_id, bool with_archived,
		 struct library *lib, struct store_error *err)
{
	*lib = (struct library){ 0 };
	if (store_resources(s, plan_id, with_archived, keep_resource, lib, err) < 0 ||
	    load_uses(s, plan_id, lib->v, lib->n, err) < 0) {
		library_done(lib);
		return -1;
	}
	return 0;
}

void library_done(struct library *lib)
{
	for (size_t i = 0; i < lib->n; i++) {
		store_item_done(&lib->v[i].it);
		free_uses(&lib->v[i]);
	}
	free(lib->v);
	*lib = (struct library){ 0 };
}

bool library_status_parse(const char *s, enum store_status *st)
{
	enum store_status parsed;
	if (!store_status_parse(s, &parsed) || parsed == STORE_SKIPPED)
		return false;
	*st = parsed;
	return true;
}

enum store_status library_next_status(enum store_status st)
{
	switch (st) {
	case STORE_TODO: return STORE_DOING;
	case STORE_DOING: return STORE_DONE;
	default: return STORE_TODO;
	}
}

bool library_rating_parse(const char *s, int *rating)
{
	if (s[0] < '0' || s[0] > '5' || s[1])
		return false;
	*rating = s[0] - '0';
	return true;
}

const char *library_kind(const struct store_item *it)
{
	return plan_resource_kind_name((enum plan_resource_kind)it->res_kind);
}


static bool same(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return !*a && !*b;
}

size_t library_match(const struct library *lib, const char *fragment,
		     size_t *out, size_t max)
{
	size_t n = 0, exact = 0, exact_i = 0;
	for (size_t i = 0; i < lib->n; i++) {
		const struct store_item *it = &lib->v[i].it;
		if (it->archived || !text_holds(it->title, fragment))
			continue;
		if (same(it->title, fragment) && !exact++)
			exact_i = i;
		if (n < max)
			out[n] = i;
		n++;
	}
	if (exact == 1 && n > 1) {
		if (max)
			out[0] = exact_i;
		return 1;
	}
	return n;
}
