/*
 * A sync runs in three steps:
 *
 * 1. flatten: the plan becomes an array of store items in pre-order, each
 *    container's children by kind (sub-phases, week blocks, tasks, criteria,
 *    the deliverable, resources) and each kind in file order, with the
 *    index of its parent and of its innermost dated container.
 * 2. match: the store's items of the plan are read and matched by key; the
 *    new items take the old ones' ids, refs and progress, and the change
 *    report is made. The counts (done items under each container) are then
 *    computed over the new tree, and the places (seq) in it: an item keeps
 *    its number where the order allows, and new ones take numbers in the
 *    gaps left between (SEQ_GAP), so that adding a task does not renumber
 *    every item after it.
 * 3. write: only what differs from the store (an item's fingerprint, its
 *    place, its counts; the plan's row) is written, in one transaction.
 *    New items get refs from the plan's counter, never reused.
 *
 * Steps 1 and 2 read a snapshot of the store and hold no lock, however
 * long they take on a big plan: other processes go on recording ticks
 * meanwhile. The write transaction first checks that the plan's version
 * (store_plan_version) is the one the snapshot had; when something of the
 * plan changed in between (a tick on it, another sync), the sync starts
 * over, and its last try holds the write lock from the start.
 */
#include "stride/sync.h"

#include "stride/arena.h"
#include "stride/calendar.h"
#include "stride/hash.h"
#include "stride/strmap.h"
#include "stride/util.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
	struct store_item it; /* strings in the plan's or the sync's arena */
	int parent;	      /* index, -1 at the top */
	int sched;	      /* index of the innermost dated container, -1 */
	int end;	      /* index of its last descendant (itself if none) */
	int old;	      /* index of the matching stored item, -1 */
	bool in_place;	      /* matched by its place, retitled (match_in_place) */
	const struct plan_resources *res;
	const struct plan_skills *skills;
};

/* An item's own days moved, past the plan's (see store_plan_shift). */
struct move {
	long long id;
	int start, end, due;
};

struct sync {
	struct store *s;
	const struct plan *plan;
	struct arena *arena;
	struct node *v;
	size_t n, cap;
	int pos; /* the next item's place in pre-order */
	struct store_item *old; /* the stored items, strings in the arena */
	size_t nold, oldcap;
	struct move *moves; /* the items' own moves (stride shift), by id */
	int moved_was;	    /* the days the plan was moved by (stride start) */
	size_t nmoves, movecap;
	struct sync_report *rep;
	bool rehash; /* the file's content is new, the plan in it the same (a
			comment, a blank line): stored, not reported */
	const struct sync_dates *dates; /* a new plan's, restored (or NULL) */
	struct strmap own;		/* dates->own by key */
};

/* ---- 1. flatten ------------------------------------------------------------ */

static const char *join(struct sync *sy, const struct plan_strv *sv)
{
	if (!sv->n)
		return NULL;
	size_t len = 0;
	for (size_t i = 0; i < sv->n; i++)
		len += strlen(sv->v[i]) + 1;
	char *out = arena_alloc(sy->arena, len), *o = out;
	for (size_t i = 0; i < sv->n; i++) {
		size_t l = strlen(sv->v[i]);
		memcpy(o, sv->v[i], l);
		o += l;
		*o++ = '\n';
	}
	o[-1] = '\0';
	return out;
}

static int push(struct sync *sy, const struct store_item *it, int parent,
		int depth, int sched)
{
	sy->v = xgrow(sy->v, &sy->cap, sy->n + 1, sizeof(*sy->v));
	struct node *nd = &sy->v[sy->n];
	*nd = (struct node){ .it = *it, .parent = parent, .sched = sched, .old = -1 };
	nd->end = sy->pos++;
	nd->it.depth = depth;
	nd->it.due = it->due ? it->due : CALENDAR_NONE;
	return (int)sy->n++;
}

static struct store_item blank(enum store_kind kind, const char *key,
			       const char *title, const char *id)
{
	return (struct store_item){
		.kind = kind, .key = key, .title = title, .explicit_id = id != NULL,
		.start = CALENDAR_NONE, .end = CALENDAR_NONE, .due = CALENDAR_NONE,
		.status_day = CALENDAR_NONE,
	};
}

/* A child of a container, to be put in file order. */
struct child {
	struct plan_pos pos;
	enum store_kind kind;
	const void *p;
};

/* Children by kind (sub-phases, week blocks, tasks, criteria, the
 * deliverable, resources), each kind in file order. */
static int child_cmp(const void *pa, const void *pb)
{
	static const int rank[] = {
		[STORE_SKILL] = 0, [STORE_PHASE] = 1, [STORE_WEEK] = 2,
		[STORE_TASK] = 3, [STORE_CRITERION] = 4, [STORE_DELIVERABLE] = 5,
		[STORE_RESOURCE] = 6, [STORE_HABIT] = 3,
	};
	const struct child *a = pa, *b = pb;
	if (rank[a->kind] != rank[b->kind])
		return rank[a->kind] < rank[b->kind] ? -1 : 1;
	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	return a->pos.col < b->pos.col ? -1 : a->pos.col > b->pos.col;
}

struct children {
	struct child *v;
	size_t n, cap;
};

static void add_child(struct children *c, struct plan_pos pos,
		      enum store_kind kind, const void *p)
{
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = (struct child){ pos, kind, p };
}

static void add_tasks(struct children *c, const struct plan_tasks *tl)
{
	for (size_t i = 0; i < tl->n; i++)
		add_child(c, tl->v[i].pos, STORE_TASK, &tl->v[i]);
}

static void add_criteria(struct children *c, const struct plan_criteria *cl)
{
	for (size_t i = 0; i < cl->n; i++)
		add_child(c, cl->v[i].pos, STORE_CRITERION, &cl->v[i]);
}

static void add_resources(struct children *c, const struct plan_resources *rl)
{
	for (size_t i = 0; i < rl->n; i++)
		if (rl->defined[i])
			add_child(c, rl->v[i]->pos, STORE_RESOURCE, rl->v[i]);
}

static void visit(struct sync *sy, const struct child *c, int parent, int depth,
		  int sched, int block_start);

/* Visits the children in file order, then closes the container at idx. */
static void visit_children(struct sync *sy, struct children *c, int idx,
			   int depth, int sched, int block_start)
{
	if (c->n > 1)
		qsort(c->v, c->n, sizeof(*c->v), child_cmp);
	for (size_t i = 0; i < c->n; i++)
		visit(sy, &c->v[i], idx, depth + 1, sched, block_start);
	free(c->v);
	sy->v[idx].end = sy->pos - 1;
}

/* A task's dates from `days`, counted from the start of its dated block. */
static void task_dates(struct store_item *it, const struct plan_days *d,
		       int block_start)
{
	if (block_start == CALENDAR_NONE || d->kind == PLAN_DAYS_NONE)
		return;
	if (d->kind == PLAN_DAYS_RANGE) {
		it->start = block_start + d->from - 1;
		it->end = block_start + d->to - 1;
	} else {
		int off = (d->from - calendar_weekday(block_start) + 7) % 7;
		it->start = it->end = block_start + off;
	}
}

static void visit(struct sync *sy, const struct child *c, int parent, int depth,
		  int sched, int block_start)
{
	struct children kids = { 0 };
	struct store_item it;
	int idx;
	switch (c->kind) {
	case STORE_PHASE: {
		const struct plan_phase *ph = c->p;
		it = blank(STORE_PHASE, ph->key, ph->title, ph->id);
		it.start = ph->span.start;
		it.end = ph->span.end;
		it.goal = ph->goal;
		it.summary = ph->summary;
		it.milestone = ph->milestone;
		it.tags = join(sy, &ph->tags);
		idx = push(sy, &it, parent, depth, sched);
		sy->v[idx].res = &ph->resources;
		sy->v[idx].skills = &ph->skills;
		for (size_t i = 0; i < ph->phases.n; i++)
			add_child(&kids, ph->phases.v[i].pos, STORE_PHASE,
				  &ph->phases.v[i]);
		for (size_t i = 0; i < ph->weeks.n; i++)
			add_child(&kids, ph->weeks.v[i].pos, STORE_WEEK,
				  &ph->weeks.v[i]);
		add_tasks(&kids, &ph->tasks);
		add_criteria(&kids, &ph->criteria);
		if (ph->deliverable)
			add_child(&kids, ph->deliverable->pos, STORE_DELIVERABLE,
				  ph->deliverable);
		add_resources(&kids, &ph->resources);
		if (ph->span.start != CALENDAR_NONE) {
			sched = idx;
			block_start = ph->span.start;
		}
		visit_children(sy, &kids, idx, depth, sched, block_start);
		return;
	}
	case STORE_WEEK: {
		const struct plan_week *w = c->p;
		const char *title = w->title;
		if (!title && !w->week_from) /* only an id: its name */
			title = w->id;
		if (!title)
			title = w->week_from == w->week_to
					? arena_printf(sy->arena, "Week %d", w->week_from)
					: arena_printf(sy->arena, "Weeks %d-%d",
						       w->week_from, w->week_to);
		it = blank(STORE_WEEK, w->key, title, w->id);
		it.start = w->span.start;
		it.end = w->span.end;
		it.goal = w->goal;
		it.summary = w->summary;
		it.week_from = w->week_from;
		it.week_to = w->week_to;
		idx = push(sy, &it, parent, depth, sched);
		sy->v[idx].res = &w->resources;
		add_tasks(&kids, &w->tasks);
		add_criteria(&kids, &w->criteria);
		if (w->deliverable)
			add_child(&kids, w->deliverable->pos, STORE_DELIVERABLE,
				  w->deliverable);
		add_resources(&kids, &w->resources);
		if (w->span.start != CALENDAR_NONE) {
			sched = idx;
			block_start = w->span.start;
		}
		visit_children(sy, &kids, idx, depth, sched, block_start);
		return;
	}
	case STORE_TASK:
	case STORE_HABIT: {
		const struct plan_task *t = c->p;
		it = blank(STORE_TASK, t->key, t->title, t->id);
		it.notes = t->notes;
		it.estimate = t->estimate;
		it.days_kind = t->days.kind;
		it.days_from = t->days.from;
		it.days_to = t->days.to;
		it.due = t->due;
		it.priority = t->priority;
		it.optional = t->optional;
		it.tags = join(sy, &t->tags);
		task_dates(&it, &t->days, block_start);
		if (t->every.kind) {
			/* a habit recurs over its dated container, or the plan */
			it.kind = STORE_HABIT;
			it.days_kind = t->every.kind;
			it.days_from = (int)t->every.days;
			it.days_to = t->every.times;
			it.estimate = t->minutes;
			it.start = sched >= 0 ? sy->v[sched].it.start : sy->plan->span.start;
			it.end = sched >= 0 ? sy->v[sched].it.end : sy->plan->span.end;
		}
		idx = push(sy, &it, parent, depth, sched);
		sy->v[idx].res = &t->resources;
		add_tasks(&kids, &t->tasks);
		add_resources(&kids, &t->resources);
		visit_children(sy, &kids, idx, depth, sched, block_start);
		return;
	}
	case STORE_CRITERION: {
		const struct plan_criterion *cr = c->p;
		it = blank(STORE_CRITERION, cr->key, cr->title, cr->id);
		push(sy, &it, parent, depth, sched);
		return;
	}
	case STORE_DELIVERABLE: {
		const struct plan_deliverable *d = c->p;
		it = blank(STORE_DELIVERABLE, d->key, d->title, d->id);
		it.summary = d->summary;
		it.tech = join(sy, &d->tech);
		idx = push(sy, &it, parent, depth, sched);
		add_criteria(&kids, &d->criteria);
		visit_children(sy, &kids, idx, depth, sched, block_start);
		return;
	}
	case STORE_RESOURCE: {
		const struct plan_resource *r = c->p;
		it = blank(STORE_RESOURCE, r->key, r->title, r->id);
		it.url = r->url;
		it.by = r->by;
		it.notes = r->notes;
		it.res_kind = r->kind;
		push(sy, &it, parent, depth, sched);
		return;
	}
	case STORE_SKILL: {
		const struct plan_skill *sk = c->p;
		it = blank(STORE_SKILL, sk->key, sk->name, sk->id);
		it.level = sk->level;
		push(sy, &it, parent, depth, sched);
		return;
	}
	}
}

static void flatten(struct sync *sy)
{
	const struct plan *p = sy->plan;
	/* room for every item at once: growing by doubling would copy a
	 * 100,000-task plan's nodes (30 MB) over and over */
	const struct plan_counts *c = &p->counts;
	sy->v = xgrow(sy->v, &sy->cap,
		      c->phases + c->weeks + c->tasks + c->habits + c->criteria +
			      c->deliverables + c->resources + p->nskills,
		      sizeof(*sy->v));
	struct children top = { 0 };
	for (size_t i = 0; i < p->nskills; i++)
		add_child(&top, p->skills[i].pos, STORE_SKILL, &p->skills[i]);
	for (size_t i = 0; i < p->nlibrary; i++)
		add_child(&top, p->resources[i]->pos, STORE_RESOURCE,
			  p->resources[i]);
	for (size_t i = 0; i < p->phases.n; i++)
		add_child(&top, p->phases.v[i].pos, STORE_PHASE, &p->phases.v[i]);
	add_tasks(&top, &p->habits);
	if (top.n > 1)
		qsort(top.v, top.n, sizeof(*top.v), child_cmp);
	for (size_t i = 0; i < top.n; i++)
		visit(sy, &top.v[i], -1, 1, -1, CALENDAR_NONE);
	free(top.v);
}

/* ---- 2. match ---------------------------------------------------------------- */

static uint64_t fp_str(uint64_t h, const char *s)
{
	return s ? hash_update(h, s, strlen(s) + 1) : hash_update(h, "", 0);
}

/* What the plan file says of an item, as one number. */
static long long fingerprint(const struct store_item *it)
{
	uint64_t h = HASH_SEED;
	h = fp_str(h, it->title);
	h = fp_str(h, it->goal);
	h = fp_str(h, it->summary);
	h = fp_str(h, it->notes);
	h = fp_str(h, it->milestone);
	h = fp_str(h, it->url);
	h = fp_str(h, it->by);
	h = fp_str(h, it->tags);
	h = fp_str(h, it->tech);
	const long long ints[] = {
		it->kind,     it->explicit_id, it->start,    it->end,
		it->optional, it->estimate,    it->res_kind, it->days_kind,
		it->days_from, it->days_to,    it->due,      it->priority,
		it->week_from, it->week_to,    it->level,
	};
	h = hash_update(h, ints, sizeof(ints));
	return (long long)(hash_final(h) >> 1);
}

static const char *adup(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static int keep_old(const struct store_item *it, void *ctx)
{
	struct sync *sy = ctx;
	sy->old = xgrow(sy->old, &sy->oldcap, sy->nold + 1, sizeof(*sy->old));
	struct store_item *o = &sy->old[sy->nold++];
	*o = *it;
	o->key = adup(sy->arena, it->key);
	o->title = adup(sy->arena, it->title);
	o->note = adup(sy->arena, it->note);
	o->uses = adup(sy->arena, it->uses);
	/* the rest of the strings are the file's: compared by fingerprint */
	o->goal = o->summary = o->notes = o->milestone = NULL;
	o->url = o->by = o->tags = o->tech = NULL;
	return 0;
}

static int keep_move(long long item_id, int start, int end, int due, void *ctx)
{
	struct sync *sy = ctx;
	sy->moves = xgrow(sy->moves, &sy->movecap, sy->nmoves + 1, sizeof(*sy->moves));
	sy->moves[sy->nmoves++] = (struct move){ item_id, start, end, due };
	return 0;
}

static void change(struct sync *sy, enum sync_change_kind kind,
		   const struct store_item *it, const char *was, bool in_place)
{
	struct sync_report *r = sy->rep;
	if (r->created) {
		/* a new plan's report is its counts: no list of what was added */
		r->n[kind]++;
		return;
	}
	r->changes = xgrow(r->changes, &r->cap, r->nchanges + 1, sizeof(*r->changes));
	r->changes[r->nchanges] = (struct sync_change){
		kind, it->kind, xstrdup(it->key), xstrdup(it->title),
		was ? xstrdup(was) : NULL, r->nchanges, in_place,
	};
	r->nchanges++;
	r->n[kind]++;
}

static int id_cmp(const void *a, const void *b)
{
	long long x = ((const long long *)a)[0], y = ((const long long *)b)[0];
	return x < y ? -1 : x > y;
}

/* The key of the stored item with this row id, from a sorted (id, index)
 * table. */
static const char *old_key_of(const struct sync *sy, const long long *byid,
			      long long id)
{
	if (!id)
		return "";
	long long probe[2] = { id, 0 };
	const long long *hit = bsearch(probe, byid, sy->nold, 2 * sizeof(*byid),
				       id_cmp);
	return hit ? sy->old[hit[1]].key : "";
}

/* ---- matching by place ------------------------------------------------------ */

/* Whether an item's key comes from its title: no explicit id, and not a
 * week block known by its number. Only such an item can be retitled in
 * place. */
static bool titled_key(const struct store_item *it)
{
	return !it->explicit_id && !(it->kind == STORE_WEEK && it->week_from);
}

/* A live stored item, to find the children of a stored item by kind and
 * place. */
struct old_kid {
	long long parent;
	int kind, seq;
	int idx; /* in sy->old */
};

static int old_kid_cmp(const void *pa, const void *pb)
{
	const struct old_kid *a = pa, *b = pb;
	if (a->parent != b->parent)
		return a->parent < b->parent ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

struct placing {
	struct sync *sy;
	const struct strmap *bykey;
	bool *matched;		/* by stored item */
	struct old_kid *kids;	/* the live stored items, by parent, kind, seq */
	size_t nkids;
	int *pos;		/* a stored item's place among its siblings, -1 */
	int *now;		/* the new children of one kind, as indices */
	size_t nnow, nowcap;
};

static void take(struct placing *pl, int i, int oi, bool in_place)
{
	pl->sy->v[i].old = oi;
	pl->sy->v[i].in_place = in_place;
	pl->matched[oi] = true;
}

/* Under a container whose key changed (retitled in place, or under one
 * that was), the children with keys from their titles are known by the
 * old container's key: `old/slug` for `new/slug`. */
static void match_rekeyed(struct placing *pl, int p)
{
	struct sync *sy = pl->sy;
	const char *key = sy->v[p].it.key, *was = sy->old[sy->v[p].old].key;
	size_t len = strlen(key);
	if (!strcmp(key, was))
		return;
	for (int c = p + 1; c <= sy->v[p].end; c = sy->v[c].end + 1) {
		struct node *nd = &sy->v[c];
		if (nd->old >= 0 || !titled_key(&nd->it) || strncmp(nd->it.key, key, len) ||
		    nd->it.key[len] != '/')
			continue;
		char *probe = xasprintf("%s%s", was, nd->it.key + len);
		struct store_item *o = strmap_get(pl->bykey, probe);
		free(probe);
		if (o && !pl->matched[o - sy->old] && o->kind == nd->it.kind)
			take(pl, c, (int)(o - sy->old), false);
	}
}

/*
 * The children of kind `kind` of the new container p (-1: the top), whose
 * stored container has row id pid: one that no key matched is the stored
 * one that no key matched in the same place, retitled, when that can be
 * told for sure. The children matched by key are the landmarks, and must
 * be in the same order as they were (else the siblings were reordered,
 * and nothing is told). Between two landmarks (or a landmark and an end)
 * there must be exactly one child now and one then, both unmatched, both
 * known by their titles. Anything else (two retitled side by side, one
 * removed beside one retitled) is left as removed and added.
 */
static void match_kind(struct placing *pl, long long pid, int kind)
{
	struct sync *sy = pl->sy;
	/* the stored siblings of this kind: a run of pl->kids */
	struct old_kid probe = { pid, kind, INT_MIN, 0 };
	size_t lo = 0, hi = pl->nkids;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (old_kid_cmp(&pl->kids[mid], &probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t first = lo, nold = 0;
	while (first + nold < pl->nkids && pl->kids[first + nold].parent == pid &&
	       pl->kids[first + nold].kind == kind)
		nold++;
	if (!nold)
		return;
	const struct old_kid *was = &pl->kids[first];
	for (size_t k = 0; k < nold; k++)
		pl->pos[was[k].idx] = (int)k;
	/* the landmarks in order, or nothing */
	long long last = -1;
	bool ordered = true;
	for (size_t k = 0; k < pl->nnow && ordered; k++) {
		int oi = sy->v[pl->now[k]].old;
		if (oi >= 0 && pl->pos[oi] >= 0) {
			ordered = pl->pos[oi] > last;
			last = pl->pos[oi];
		}
	}
	for (size_t k = 0, prev_now = 0, prev_old = 0; ordered && k <= pl->nnow; k++) {
		int oi = k < pl->nnow ? sy->v[pl->now[k]].old : -1;
		if (k < pl->nnow && (oi < 0 || pl->pos[oi] < 0))
			continue;
		/* a gap: now[prev_now..k), was[prev_old..at) */
		size_t at = k < pl->nnow ? (size_t)pl->pos[oi] : nold;
		if (k - prev_now == 1 && at - prev_old == 1) {
			int c = pl->now[prev_now], o = was[prev_old].idx;
			if (sy->v[c].old < 0 && titled_key(&sy->v[c].it) && !pl->matched[o] &&
			    titled_key(&sy->old[o]))
				take(pl, c, o, true);
		}
		prev_now = k + 1;
		prev_old = at + 1;
	}
	for (size_t k = 0; k < nold; k++)
		pl->pos[was[k].idx] = -1;
}

/* match_kind for each kind of p's children (-1: the top). */
static void match_children(struct placing *pl, int p)
{
	struct sync *sy = pl->sy;
	long long pid = p < 0 ? 0 : sy->old[sy->v[p].old].id;
	int from = p < 0 ? 0 : p + 1, to = p < 0 ? (int)sy->n - 1 : sy->v[p].end;
	for (int kind = STORE_PHASE; kind <= STORE_KIND_LAST; kind++) {
		pl->nnow = 0;
		bool open = false;
		for (int c = from; c <= to; c = sy->v[c].end + 1) {
			if ((int)sy->v[c].it.kind != kind)
				continue;
			pl->now = xgrow(pl->now, &pl->nowcap, pl->nnow + 1, sizeof(*pl->now));
			pl->now[pl->nnow++] = c;
			open |= sy->v[c].old < 0;
		}
		if (open)
			match_kind(pl, pid, kind);
	}
}

/* After the match by key: the items retitled in place, and what is under
 * them (see match_kind), container by container from the top down. */
static void match_in_place(struct sync *sy, const struct strmap *bykey, bool *matched)
{
	struct placing pl = { .sy = sy, .bykey = bykey, .matched = matched };
	pl.kids = xmalloc((sy->nold + 1) * sizeof(*pl.kids));
	pl.pos = xmalloc((sy->nold + 1) * sizeof(*pl.pos));
	for (size_t i = 0; i < sy->nold; i++) {
		pl.pos[i] = -1;
		if (!sy->old[i].archived)
			pl.kids[pl.nkids++] = (struct old_kid){ sy->old[i].parent_id,
								 sy->old[i].kind, sy->old[i].seq,
								 (int)i };
	}
	if (pl.nkids > 1)
		qsort(pl.kids, pl.nkids, sizeof(*pl.kids), old_kid_cmp);
	match_children(&pl, -1);
	for (size_t i = 0; i < sy->n; i++) {
		if (sy->v[i].old < 0 || sy->v[i].end == (int)i ||
		    sy->old[sy->v[i].old].archived)
			continue;
		match_rekeyed(&pl, (int)i);
		match_children(&pl, (int)i);
	}
	free(pl.kids);
	free(pl.pos);
	free(pl.now);
}

/* Matches the new items to the stored ones (by key, then by place), fills
 * the report, and carries ids, refs and progress over. Returns whether
 * anything differs. */
static bool match(struct sync *sy)
{
	bool changed = false;
	struct strmap bykey;
	strmap_init(&bykey);
	strmap_reserve(&bykey, sy->nold);
	for (size_t i = 0; i < sy->nold; i++)
		strmap_put(&bykey, sy->old[i].key, &sy->old[i]);
	long long *byid = xmalloc((sy->nold + 1) * 2 * sizeof(*byid));
	for (size_t i = 0; i < sy->nold; i++) {
		byid[2 * i] = sy->old[i].id;
		byid[2 * i + 1] = (long long)i;
	}
	if (sy->nold > 1)
		qsort(byid, sy->nold, 2 * sizeof(*byid), id_cmp);
	bool *matched = xcalloc(sy->nold + 1, sizeof(*matched));

	bool open = false;
	for (size_t i = 0; i < sy->n; i++) {
		struct node *nd = &sy->v[i];
		nd->it.fp = fingerprint(&nd->it);
		struct store_item *o = strmap_get(&bykey, nd->it.key);
		if (o) {
			nd->old = (int)(o - sy->old);
			matched[nd->old] = true;
		} else {
			open = true;
		}
	}
	if (open && sy->nold)
		match_in_place(sy, &bykey, matched);

	for (size_t i = 0; i < sy->n; i++) {
		struct node *nd = &sy->v[i];
		struct store_item *it = &nd->it;
		if (nd->old < 0) {
			change(sy, SYNC_ADDED, it, NULL, false);
			changed = true;
			continue;
		}
		const struct store_item *o = &sy->old[nd->old];
		it->id = o->id;
		it->ref = o->ref;
		it->status = o->status;
		it->status_day = o->status_day;
		it->minutes = o->minutes;
		it->note = o->note;
		it->rating = o->rating;
		if (o->archived)
			change(sy, SYNC_RESTORED, it, NULL, false);
		else if (nd->in_place || strcmp(o->title, it->title))
			change(sy, SYNC_RETITLED, it, o->title, nd->in_place);
		if (it->explicit_id && !o->archived) {
			/* under another container than before (not the same
			 * one with another key) */
			long long now = nd->parent < 0			 ? 0
					: sy->v[nd->parent].old >= 0 ? sy->old[sy->v[nd->parent].old].id
								      : -1;
			const char *was = old_key_of(sy, byid, o->parent_id);
			if (now != o->parent_id)
				change(sy, SYNC_MOVED, it, *was ? was : "the top", false);
		}
	}
	for (size_t i = 0; i < sy->nold; i++) {
		if (!matched[i] && !sy->old[i].archived) {
			change(sy, SYNC_REMOVED, &sy->old[i], NULL, false);
			changed = true;
		}
	}
	free(matched);
	free(byid);
	strmap_done(&bykey);
	return changed;
}

/* The dates the store keeps: the file's, moved by the plan's days (stride
 * start) and the item's own (stride shift). The fingerprint is the file's,
 * taken before: a move is not a change of the file. */
static void move_dates(struct sync *sy, int moved)
{
	if (sy->nmoves > 1)
		qsort(sy->moves, sy->nmoves, sizeof(*sy->moves), id_cmp);
	for (size_t i = 0; i < sy->n; i++) {
		struct store_item *it = &sy->v[i].it;
		struct move own = { 0 };
		const struct move *m = it->id && sy->nmoves
					       ? bsearch(&it->id, sy->moves, sy->nmoves,
							 sizeof(*sy->moves), id_cmp)
					       : NULL;
		if (m) {
			own = *m;
		} else if (sy->dates && sy->dates->nown) {
			const struct store_xmove *x = strmap_get(&sy->own, it->key);
			if (x)
				own = (struct move){ 0, x->start, x->end, x->due };
		}
		if (it->start != CALENDAR_NONE)
			it->start += moved + own.start;
		if (it->end != CALENDAR_NONE)
			it->end += moved + own.end;
		if (it->due != CALENDAR_NONE)
			it->due += moved + own.due;
	}
}

/* ---- places -------------------------------------------------------------------- */

/* Items are numbered below SEQ_LIMIT, SEQ_GAP apart where they are
 * numbered anew (closer in a plan too big for that). */
enum { SEQ_LIMIT = 1 << 30, SEQ_GAP = 1024 };

/* The positions of the longest run of items, in the new order, whose old
 * numbers increase: those keep them. keep[i] is set for them. */
static void keep_longest(const int *old, size_t n, bool *keep)
{
	/* tail[k]: the position ending the best run of length k + 1 */
	size_t *tail = xmalloc((n + 1) * sizeof(*tail));
	size_t *prev = xmalloc((n + 1) * sizeof(*prev));
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		if (old[i] < 0)
			continue;
		size_t lo = 0, hi = len;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (old[tail[mid]] < old[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo ? tail[lo - 1] : SIZE_MAX;
		tail[lo] = i;
		if (lo == len)
			len++;
	}
	for (size_t i = len ? tail[len - 1] : SIZE_MAX; i != SIZE_MAX; i = prev[i])
		keep[i] = true;
	free(tail);
	free(prev);
}

/* Every item's seq and last: the stored ones where they can stay, the
 * others spread between their kept neighbours. Where a gap is too narrow
 * for what goes in it, the neighbours give up their numbers too, the one
 * after first, until there is room. Returns how many did: many in a plan
 * numbered before gaps (see sync_plan). */
static size_t assign_seqs(struct sync *sy)
{
	size_t widened = 0;
	size_t n = sy->n;
	int *seq = xmalloc((n + 1) * sizeof(*seq));
	bool *keep = xcalloc(n + 1, sizeof(*keep));
	for (size_t i = 0; i < n; i++) {
		int o = sy->v[i].old >= 0 ? sy->old[sy->v[i].old].seq : -1;
		seq[i] = o >= 0 && o < SEQ_LIMIT ? o : -1;
	}
	keep_longest(seq, n, keep);
	long long gap = SEQ_LIMIT / ((long long)n + 1);
	gap = gap > SEQ_GAP ? SEQ_GAP : gap < 1 ? 1 : gap;
	for (size_t i = 0; i < n;) {
		if (keep[i]) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && !keep[j])
			j++;
		/* positions i..j-1 go between the numbers a and b */
		for (;;) {
			long long m = (long long)(j - i);
			long long a = i ? seq[i - 1] : -1;
			long long b = j < n ? seq[j] : a + (m + 1) * gap;
			if (b <= SEQ_LIMIT && b - a - 1 >= m) {
				for (long long k = 0; k < m; k++)
					seq[i + (size_t)k] = (int)(a + (b - a) * (k + 1) / (m + 1));
				break;
			}
			widened++;
			if (j < n) {
				keep[j] = false;
				while (j < n && !keep[j])
					j++;
			} else {
				/* at the end, past SEQ_LIMIT: widen to the left
				 * (at worst to the whole plan, which fits) */
				keep[--i] = false;
				while (i > 0 && !keep[i - 1])
					i--;
			}
		}
		i = j;
	}
	for (size_t i = 0; i < n; i++) {
		sy->v[i].it.seq = seq[i];
		sy->v[i].it.last = seq[sy->v[i].end];
	}
	free(seq);
	free(keep);
	return widened;
}

/* The gap to spread the stored items of the plan (store_plan_spread)
 * with, 0 when they are spread enough or cannot be. */
static int spread_gap(const struct sync *sy)
{
	long long top = 0;
	for (size_t i = 0; i < sy->nold; i++) {
		top = sy->old[i].seq > top ? sy->old[i].seq : top;
		top = sy->old[i].last > top ? sy->old[i].last : top;
	}
	long long gap = SEQ_LIMIT / (top + 2);
	gap = gap > SEQ_GAP ? SEQ_GAP : gap;
	return gap >= 2 ? (int)gap : 0;
}

/* Counts of countable items under each container and in the plan. */
static void count(struct sync *sy, struct store_plan *plan)
{
	plan->total = plan->done = 0;
	for (size_t i = 0; i < sy->n; i++) {
		struct store_item *it = &sy->v[i].it;
		if (!store_countable(it))
			continue;
		bool done = it->status == STORE_DONE;
		for (int p = sy->v[i].parent; p >= 0; p = sy->v[p].parent) {
			sy->v[p].it.n_total++;
			sy->v[p].it.n_done += done;
		}
		if (sy->v[i].sched >= 0) {
			sy->v[sy->v[i].sched].it.s_total++;
			sy->v[sy->v[i].sched].it.s_done += done;
		}
		plan->total++;
		plan->done += done;
	}
}

/* ---- 3. write ------------------------------------------------------------------- */

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* New items get refs from the plan's counter: first what `stride list`
 * shows, in plan order, then resources and skills. */
static void assign_refs(struct sync *sy, struct store_plan *plan)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < sy->n; i++) {
			struct store_item *it = &sy->v[i].it;
			bool listed = it->kind != STORE_RESOURCE && it->kind != STORE_SKILL;
			if (sy->v[i].old < 0 && listed == (pass == 0))
				it->ref = plan->next_ref++;
		}
	}
}

/* Every item's row id, and its parent's and dated container's. */
static void assign_ids(struct sync *sy, long long plan_id)
{
	for (size_t i = 0; i < sy->n; i++) {
		struct store_item *it = &sy->v[i].it;
		it->plan_id = plan_id;
		it->id = store_item_id(plan_id, it->ref);
	}
	for (size_t i = 0; i < sy->n; i++) {
		struct node *nd = &sy->v[i];
		nd->it.parent_id = nd->parent >= 0 ? sy->v[nd->parent].it.id : 0;
		nd->it.sched_id = nd->sched >= 0 ? sy->v[nd->sched].it.id : 0;
	}
}

/* The refs of the resources and skills each item names. */
static void assign_uses(struct sync *sy)
{
	/* what can be named: the resources and skills, a few among many */
	struct strmap bykey;
	strmap_init(&bykey);
	for (size_t i = 0; i < sy->n; i++)
		if (sy->v[i].it.kind == STORE_RESOURCE || sy->v[i].it.kind == STORE_SKILL)
			strmap_put(&bykey, sy->v[i].it.key, &sy->v[i]);
	char buf[4096];
	for (size_t i = 0; i < sy->n; i++) {
		struct node *nd = &sy->v[i];
		size_t o = 0;
		size_t nres = nd->res ? nd->res->n : 0;
		size_t nsk = nd->skills ? nd->skills->n : 0;
		for (size_t k = 0; k < nres + nsk && o < sizeof(buf) - 16; k++) {
			const char *key = k < nres ? nd->res->v[k]->key
						   : nd->skills->v[k - nres]->key;
			const struct node *t = strmap_get(&bykey, key);
			if (t)
				o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%d",
						      o ? " " : "", t->it.ref);
		}
		nd->it.uses = o ? arena_strndup(sy->arena, buf, o) : NULL;
	}
	strmap_done(&bykey);
}

static bool item_differs(const struct store_item *a, const struct store_item *o)
{
	return a->fp != o->fp || a->start != o->start || a->end != o->end ||
	       a->due != o->due || a->seq != o->seq || a->last != o->last ||
	       a->depth != o->depth || a->parent_id != o->parent_id ||
	       a->sched_id != o->sched_id || a->n_total != o->n_total ||
	       a->n_done != o->n_done || a->s_total != o->s_total ||
	       a->s_done != o->s_done || o->archived || a->ref != o->ref ||
	       strcmp(a->key, o->key) != 0 || !same_str(a->uses, o->uses);
}

static int write_items(struct sync *sy, struct store_plan *plan,
		       struct store_error *err)
{
	struct store *s = sy->s;
	assign_ids(sy, plan->id);
	/* the new items go in together, after the updates: a changed key
	 * is free by then for a new item to take */
	struct store_item **fresh = xmalloc((sy->n + 1) * sizeof(*fresh));
	size_t nfresh = 0;
	int ret = 0;
	for (size_t i = 0; i < sy->n && ret == 0; i++) {
		struct node *nd = &sy->v[i];
		if (nd->old < 0)
			fresh[nfresh++] = &nd->it;
		else if (item_differs(&nd->it, &sy->old[nd->old]))
			ret = store_item_update(s, &nd->it, err);
	}
	if (ret == 0)
		ret = store_items_insert(s, fresh, nfresh, err);
	free(fresh);
	return ret;
}

/* The items whose key changed (retitled in place, or under a container
 * that was): their old keys kept as aliases, each change an event that
 * travels (store_item_rekeyed), so that another machine's events that
 * name an item by its old key still find it. */
static int rekey_items(struct sync *sy, long long plan_id, struct store_error *err)
{
	for (size_t i = 0; i < sy->n; i++) {
		const struct node *nd = &sy->v[i];
		if (nd->old < 0 || sy->old[nd->old].archived ||
		    !strcmp(nd->it.key, sy->old[nd->old].key))
			continue;
		if (store_item_rekeyed(sy->s, plan_id, nd->it.id, sy->old[nd->old].key, err) < 0)
			return -1;
	}
	return 0;
}

/* Archives the stored items the file no longer has, progress and all. */
static int archive_removed(struct sync *sy, struct store_error *err)
{
	bool *live = xcalloc(sy->nold + 1, sizeof(*live));
	for (size_t i = 0; i < sy->n; i++)
		if (sy->v[i].old >= 0)
			live[sy->v[i].old] = true;
	int ret = 0;
	for (size_t i = 0; i < sy->nold && ret == 0; i++) {
		struct store_item *o = &sy->old[i];
		if (live[i] || o->archived)
			continue;
		/* the item keeps its place and progress, out of every count */
		struct store_item full;
		if (store_item_get(sy->s, o->id, &full, err) < 0) {
			ret = -1;
			break;
		}
		full.archived = true;
		full.n_total = full.n_done = full.s_total = full.s_done = 0;
		ret = store_item_update(sy->s, &full, err);
		store_item_done(&full);
	}
	free(live);
	return ret;
}

/* ---- the plan's row ------------------------------------------------------------- */

/* A date of the file, moved by the plan's days and by the days a shift
 * moved the stored date past them (the stored date less the file's as it
 * was, less the plan's days as they were). */
static int moved_date(int file, int moved, int stored, int stored_file, int moved_was)
{
	if (file == CALENDAR_NONE)
		return CALENDAR_NONE;
	int own = stored != CALENDAR_NONE && stored_file != CALENDAR_NONE
			  ? stored - stored_file - moved_was
			  : 0;
	return file + moved + own;
}

/* Fills the plan's row from the plan file; returns whether it differs
 * from what the store has. */
static bool plan_row(struct sync *sy, struct store_plan *row,
		     const struct sync_source *src)
{
	const struct plan *p = sy->plan;
	struct store_plan was = *row;
	row->slug = (char *)p->id;
	row->title = (char *)p->title;
	row->summary = (char *)p->summary;
	/* the span as the file has it, moved as the store's was: by the
	 * plan's days and by what shifts added to each end */
	row->file_start = p->span.start;
	row->file_end = p->span.end;
	row->anchor = p->anchored ? was.anchor : CALENDAR_NONE;
	row->layable = p->layable;
	row->start = moved_date(p->span.start, row->moved, was.start, was.file_start,
				sy->moved_was);
	row->end = moved_date(p->span.end, row->moved, was.end, was.file_end, sy->moved_was);
	row->has_schedule = p->has_schedule;
	row->prompts = (char *)join(sy, &p->prompts);
	struct plan_strv rate = { arena_array(sy->arena, p->rate.n + 1, sizeof(char *)), 0 };
	for (size_t i = 0; i < p->rate.n; i++)
		if (p->rate.v[i])
			rate.v[rate.n++] = p->rate.v[i]->key;
	row->rate = (char *)join(sy, &rate);
	if (src) {
		row->source = (char *)src->path;
		row->source_size = src->size;
		row->source_mtime = src->mtime;
		row->source_hash = (char *)src->hash;
	}
	/* a file touched but not changed is not a change (see sync_plan) */
	bool differs = !was.id || !same_str(was.title, row->title) ||
		       !same_str(was.summary, row->summary) ||
		       was.start != row->start || was.end != row->end ||
		       was.file_start != row->file_start ||
		       was.file_end != row->file_end || sy->moved_was != row->moved ||
		       was.anchor != row->anchor || was.layable != row->layable ||
		       was.has_schedule != row->has_schedule ||
		       !same_str(was.prompts, row->prompts) ||
		       !same_str(was.rate, row->rate) ||
		       !same_str(was.source, row->source);
	sy->rehash = !same_str(was.source_hash, row->source_hash);
	for (int d = 0; d < 7; d++) {
		differs |= was.schedule[d].minutes != p->schedule[d].minutes ||
			   !same_str(was.schedule[d].focus, p->schedule[d].focus);
		row->schedule[d] = p->schedule[d];
	}
	return differs;
}

void sync_report_done(struct sync_report *r)
{
	for (size_t i = 0; i < r->nchanges; i++) {
		free(r->changes[i].key);
		free(r->changes[i].title);
		free(r->changes[i].was);
	}
	free(r->changes);
	free(r->slug);
	free(r->title);
	free(r->old_source);
	*r = (struct sync_report){ 0 };
}

/* Sorts the removed changes last, keeping the plan's order otherwise. */
static int change_cmp(const void *pa, const void *pb)
{
	const struct sync_change *a = pa, *b = pb;
	int ra = a->kind == SYNC_REMOVED, rb = b->kind == SYNC_REMOVED;
	if (ra != rb)
		return ra - rb;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* sync_try's answers when the plan changed between the snapshot and the
 * write transaction, and when its items should be spread first; the
 * tries before the one that holds the lock throughout; the items that
 * must take new numbers for want of room before a spread is worth it. */
enum { SYNC_STALE = 1, SYNC_SPREAD, SYNC_TRIES = 3, SPREAD_MIN = 4096 };

/* The plan to spread, and how. */
struct spread {
	long long plan_id;
	int gap;
};

/* One try at sync_plan: reads the plan's rows (in a snapshot, or under the
 * write lock when locked), works out the changes, and writes them if the
 * plan is still as read. Returns 0, -1 with err, SYNC_STALE with nothing
 * written, or (when sp is not NULL) SYNC_SPREAD with sp filled and nothing
 * written: the write would number many items anew. */
static int sync_try(struct store *s, const struct plan *p,
		    const struct sync_source *src, const struct sync_dates *dates, bool dry_run,
		    bool locked, struct spread *sp, struct sync_report *rep,
		    struct store_error *err)
{
	*rep = (struct sync_report){ 0 };
	rep->slug = xstrdup(p->id);
	rep->title = xstrdup(p->title);
	struct sync sy = { .s = s, .plan = p, .arena = arena_new(), .rep = rep };
	strmap_init(&sy.own);
	struct store_plan row = { 0 }, old_row = { 0 };
	struct store_version seen, now;
	int ret = -1;
	bool in_tx = false, reading = false;

	if (locked && !dry_run) {
		if (store_begin(s, err) < 0)
			goto out;
		in_tx = true;
	} else {
		if (store_begin_read(s, err) < 0)
			goto out;
		reading = true;
	}
	if (store_plan_version(s, p->id, &seen, err) < 0)
		goto out;
	if (store_plan_get(s, p->id, &old_row, err) < 0) {
		if (err->code != STORE_ERR_NOTFOUND)
			goto out;
		rep->created = true;
		old_row.next_ref = 1;
	}
	if (old_row.id && (store_items(s, old_row.id, keep_old, &sy, err) < 0 ||
			   store_item_moves(s, old_row.id, keep_move, &sy, err) < 0))
		goto out;
	if (reading) {
		store_rollback(s);
		reading = false;
	}

	flatten(&sy);
	row = old_row;
	bool changed = match(&sy);
	/* a plan started on a day stays there when the file's first day
	 * changes (or a plan laid out from that day gets dates of its own):
	 * the days it is moved by take the change back */
	sy.moved_was = old_row.moved;
	if (rep->created && dates) {
		/* a new plan, restored: its dates as the other store has them */
		sy.dates = dates;
		row.moved = dates->moved;
		for (size_t i = 0; i < dates->nown; i++)
			strmap_put(&sy.own, dates->own[i].key, (void *)&dates->own[i]);
	}
	if (!rep->created && (old_row.moved || (old_row.anchor != CALENDAR_NONE && !p->anchored)) &&
	    old_row.file_start != CALENDAR_NONE &&
	    p->span.start != CALENDAR_NONE)
		row.moved = old_row.moved - (p->span.start - old_row.file_start);
	move_dates(&sy, row.moved);
	count(&sy, &row);
	size_t widened = assign_seqs(&sy);
	int gap = widened > SPREAD_MIN && sp && old_row.id && !dry_run && !in_tx
			  ? spread_gap(&sy)
			  : 0;
	if (gap) {
		*sp = (struct spread){ old_row.id, gap };
		ret = SYNC_SPREAD;
		goto out;
	}
	changed |= plan_row(&sy, &row, src);
	if (old_row.source && src && src->path && strcmp(old_row.source, src->path))
		rep->old_source = xstrdup(old_row.source);
	assign_refs(&sy, &row);
	assign_ids(&sy, row.id);
	assign_uses(&sy);
	for (size_t i = 0; i < sy.n && !changed; i++) {
		const struct node *nd = &sy.v[i];
		changed = nd->old < 0 || item_differs(&nd->it, &sy.old[nd->old]);
	}
	changed |= row.total != old_row.total || row.done != old_row.done;
	rep->changed = changed;
	rep->items = sy.n;
	if (rep->nchanges > 1)
		qsort(rep->changes, rep->nchanges, sizeof(*rep->changes), change_cmp);

	/* the same content with a new mtime: remember it, quietly, so that
	 * the next command need not read the file again */
	bool touched = src && src->path &&
		       (old_row.source_size != src->size ||
			old_row.source_mtime != src->mtime);
	if (dry_run || (!changed && !touched && !sy.rehash)) {
		ret = 0;
		goto out;
	}
	if (!in_tx) {
		if (store_begin(s, err) < 0)
			goto out;
		in_tx = true;
		if (store_plan_version(s, p->id, &now, err) < 0)
			goto out;
		if (now.plan_id != seen.plan_id || now.synced != seen.synced ||
		    now.last_event != seen.last_event) {
			ret = SYNC_STALE;
			goto out;
		}
	}
	if (!changed && !sy.rehash) {
		if (store_plan_touch_source(s, old_row.id, src->size, src->mtime, err) < 0 ||
		    store_commit(s, err) < 0)
			goto out;
		in_tx = false;
		ret = 0;
		goto out;
	}
	store_bulk(s, sy.n > 1000);
	if ((!row.id && store_plan_save(s, &row, err) < 0) ||
	    write_items(&sy, &row, err) < 0 ||
	    archive_removed(&sy, err) < 0 || rekey_items(&sy, row.id, err) < 0 ||
	    (src && src->path &&
	     store_plan_release_source(s, src->path, row.id, err) < 0) ||
	    store_plan_save(s, &row, err) < 0 || store_commit(s, err) < 0)
		goto out;
	in_tx = false;
	ret = 0;
out:
	store_bulk(s, false);
	if (in_tx || reading)
		store_rollback(s);
	/* row borrowed the plan's strings where it changed them: free only
	 * what the store gave */
	store_plan_done(&old_row);
	free(sy.v);
	free(sy.old);
	strmap_done(&sy.own);
	free(sy.moves);
	arena_free(sy.arena);
	return ret;
}

/*
 * A plan numbered without gaps (by a stride before them) would have every
 * item after a new one numbered anew, in the one write transaction: for a
 * big plan, seconds with the store locked. Such a plan is spread first,
 * in transactions of its own (store_plan_spread), once a call.
 */
static int sync_run(struct store *s, const struct plan *p, const struct sync_source *src,
		    const struct sync_dates *dates, bool dry_run, struct sync_report *rep,
		    struct store_error *err)
{
	struct spread sp = { 0 };
	bool spread = false;
	for (int tries = 1;; tries++) {
		int rc = sync_try(s, p, src, dates, dry_run, tries >= SYNC_TRIES,
				  spread ? NULL : &sp, rep, err);
		if (rc != SYNC_STALE && rc != SYNC_SPREAD)
			return rc;
		sync_report_done(rep);
		if (rc == SYNC_SPREAD) {
			spread = true;
			tries--; /* not a try that met a change */
			if (store_plan_spread(s, sp.plan_id, sp.gap, err) < 0)
				return -1;
		}
	}
}

int sync_plan(struct store *s, const struct plan *p, const struct sync_source *src,
	      bool dry_run, struct sync_report *rep, struct store_error *err)
{
	return sync_run(s, p, src, NULL, dry_run, rep, err);
}

int sync_plan_dated(struct store *s, const struct plan *p, const struct sync_source *src,
		    const struct sync_dates *dates, struct sync_report *rep,
		    struct store_error *err)
{
	return sync_run(s, p, src, dates, false, rep, err);
}
