/*
 * The current phase is the top-level phase whose dates hold today; failing
 * that (no dates, a gap, before or after the plan), the first one with
 * items left to do; failing that, the last one. The same rule picks a
 * sub-phase inside it, and a week block inside the deepest phase picked,
 * but for one thing: inside a phase whose dates hold today, dated
 * sub-phases or week blocks that do not hold today (a gap between them)
 * give none, rather than one whose days are over or to come.
 *
 * Ahead or behind: every dated phase or week block expects its own items
 * (those whose innermost dated container it is) done linearly across its
 * days; the items done are compared with that curve (stats_days_ahead).
 */
#include "stride/progress.h"

#include "stride/calendar.h"
#include "stride/stats.h"
#include "stride/util.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct containers {
	struct store_item *v; /* owned copies, in pre-order */
	size_t n, cap;
};

static int keep_container(const struct store_item *it, void *ctx)
{
	struct containers *c = ctx;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	store_item_copy(&c->v[c->n++], it);
	return 0;
}

static bool holds(const struct store_item *it, int day)
{
	return it->start != CALENDAR_NONE && it->start <= day && day <= it->end;
}

static bool unfinished(const struct store_item *it)
{
	return it->n_done < it->n_total;
}

/* Among the containers of `kind` whose parent is parent_id, the current
 * one by the rule above; NULL when there are none. by_date: only the one
 * holding day, when any of them is dated. */
static const struct store_item *pick(const struct containers *c,
				     long long parent_id, enum store_kind kind,
				     int day, bool by_date, int *number, int *count)
{
	const struct store_item *at = NULL, *open = NULL, *last = NULL;
	int n = 0, at_n = 0, open_n = 0;
	bool dated = false;
	for (size_t i = 0; i < c->n; i++) {
		const struct store_item *it = &c->v[i];
		if (it->parent_id != parent_id || it->kind != kind)
			continue;
		n++;
		dated |= it->start != CALENDAR_NONE;
		if (!at && holds(it, day)) {
			at = it;
			at_n = n;
		}
		if (!open && unfinished(it)) {
			open = it;
			open_n = n;
		}
		last = it;
	}
	if (count)
		*count = n;
	if (by_date && dated && !at)
		return NULL;
	const struct store_item *pick = at ? at : open ? open : last;
	if (number)
		*number = at ? at_n : open ? open_n : n;
	return pick;
}

struct activity {
	int *days;
	size_t n, cap;
	int today, week_start;
	long long logged_today, logged_week;
};

static int keep_day(int day, long long minutes, void *ctx)
{
	struct activity *a = ctx;
	a->days = xgrow(a->days, &a->cap, a->n + 1, sizeof(*a->days));
	a->days[a->n++] = day;
	if (day == a->today)
		a->logged_today += minutes;
	if (day >= a->week_start && day <= a->week_start + 6)
		a->logged_week += minutes;
	return 0;
}

static int keep_pause(int first, int last, void *ctx)
{
	struct progress_off *o = ctx;
	o->v = xgrow(o->v, &o->cap, o->off.npauses + 1, sizeof(*o->v));
	o->v[o->off.npauses++] = (struct stats_pause){ first, last };
	o->off.pauses = o->v;
	return 0;
}

int progress_days_off(struct store *s, const struct store_plan *p, struct progress_off *o,
		      struct store_error *err)
{
	*o = (struct progress_off){ 0 };
	for (int d = 0; d < 7; d++)
		o->off.rest[d] = p->has_schedule && p->schedule[d].minutes == 0;
	if (store_pauses(s, p->id, keep_pause, o, err) < 0) {
		progress_days_off_done(o);
		return -1;
	}
	return 0;
}

void progress_days_off_done(struct progress_off *o)
{
	free(o->v);
	*o = (struct progress_off){ 0 };
}

int progress_compute(struct store *s, const struct store_plan *p, int today,
		     struct progress *pr, struct store_error *err)
{
	*pr = (struct progress){ .today = today, .pause_first = CALENDAR_NONE,
				 .pause_last = CALENDAR_NONE };
	pr->total = p->total;
	pr->done = p->done;
	pr->percent = stats_percent(p->done, p->total);

	struct progress_off o;
	if (progress_days_off(s, p, &o, err) < 0)
		return -1;
	const struct stats_off *off = &o.off;
	for (size_t i = 0; i < off->npauses; i++) {
		if (off->pauses[i].first <= today && today <= off->pauses[i].last) {
			pr->pause_first = off->pauses[i].first;
			pr->pause_last = off->pauses[i].last;
		}
	}

	struct containers c = { 0 };
	if (store_containers(s, p->id, keep_container, &c, err) < 0) {
		progress_days_off_done(&o);
		for (size_t i = 0; i < c.n; i++)
			store_item_done(&c.v[i]);
		free(c.v);
		return -1;
	}

	/* where we are: nowhere once the plan has ended (its dates are past,
	 * and what is left is not an undated phase, which stays current) */
	const struct store_item *phase = pick(&c, 0, STORE_PHASE, today, false,
					      &pr->phase_number, &pr->phase_count);
	pr->starts_in = p->start != CALENDAR_NONE && p->start > today ? p->start - today : 0;
	pr->ended = p->end != CALENDAR_NONE && today > p->end &&
		    (!phase || phase->start != CALENDAR_NONE);
	if (pr->ended) {
		phase = NULL;
		pr->phase_number = 0;
	}
	const struct store_item *deepest = phase, *sub = NULL;
	while (deepest) {
		const struct store_item *next = pick(&c, deepest->id, STORE_PHASE, today,
						     holds(deepest, today), NULL, NULL);
		if (!next)
			break;
		sub = deepest = next;
	}
	const struct store_item *week =
		deepest ? pick(&c, deepest->id, STORE_WEEK, today, holds(deepest, today),
			       NULL, NULL)
			: NULL;
	if (phase)
		store_item_copy(&pr->phase, phase);
	if (sub)
		store_item_copy(&pr->subphase, sub);
	if (week)
		store_item_copy(&pr->week, week);

	/* on time? */
	struct stats_span *spans = xcalloc(c.n + 1, sizeof(*spans));
	size_t nspans = 0;
	int sched_total = 0, sched_done = 0;
	for (size_t i = 0; i < c.n; i++) {
		const struct store_item *it = &c.v[i];
		if (it->start == CALENDAR_NONE || it->s_total <= 0)
			continue;
		spans[nspans++] = (struct stats_span){ it->start, it->end, it->s_total };
		sched_total += it->s_total;
		sched_done += it->s_done;
	}
	pr->dated = nspans > 0;
	if (pr->dated) {
		double expected = stats_expected_all(spans, nspans, today, off);
		pr->expected_percent = (int)(expected * 100 / sched_total);
		pr->days_ahead = stats_days_ahead(spans, nspans, sched_done, today, off);
	}
	free(spans);
	for (size_t i = 0; i < c.n; i++)
		store_item_done(&c.v[i]);
	free(c.v);

	/* today's slot, the week, the streak */
	int wd = calendar_weekday(today);
	pr->has_schedule = p->has_schedule;
	pr->week_start = calendar_week_first(today);
	/* a day of a pause is a rest day: no slot, nothing scheduled */
	if (pr->pause_first == CALENDAR_NONE) {
		pr->slot.minutes = p->schedule[wd].minutes;
		if (p->schedule[wd].focus)
			pr->slot.focus = xstrdup(p->schedule[wd].focus);
	}
	for (int d = 0; d < 7; d++)
		if (!stats_paused(off, pr->week_start + d))
			pr->scheduled_week +=
				p->schedule[calendar_weekday(pr->week_start + d)].minutes;
	struct activity a = { .today = today, .week_start = pr->week_start };
	if (store_activity(s, p->id, CALENDAR_MIN, today, keep_day, &a, err) < 0) {
		free(a.days);
		progress_days_off_done(&o);
		progress_done(pr);
		return -1;
	}
	pr->logged_today = a.logged_today;
	pr->logged_week = a.logged_week;
	stats_streak(a.days, a.n, off, today, &pr->streak, &pr->longest_streak);
	pr->active_today = a.n && a.days[a.n - 1] == today;
	pr->day_off = stats_day_off(off, today);
	free(a.days);
	progress_days_off_done(&o);
	return 0;
}

int progress_late_count(struct store *s, const struct store_plan *p, int today, int *n,
			struct store_error *err)
{
	return store_late_count(s, p->id, today, n, err);
}

const char *progress_ended_text(const struct store_plan *p, const struct progress *pr,
				char *buf, size_t n)
{
	char end[CALENDAR_DATE_LEN];
	snprintf(buf, n, "ended on %s: %d%% done, %d open", calendar_format(p->end, end),
		 pr->percent, pr->total - pr->done);
	return buf;
}

const char *progress_starts_text(const struct store_plan *p, const struct progress *pr,
				 char *buf, size_t n)
{
	static const char *const days[7] = { "Monday", "Tuesday",  "Wednesday", "Thursday",
					     "Friday", "Saturday", "Sunday" };
	char start[CALENDAR_DATE_LEN];
	if (pr->starts_in == 1)
		snprintf(buf, n, "starts tomorrow, %s %s", days[calendar_weekday(p->start)],
			 calendar_format(p->start, start));
	else
		snprintf(buf, n, "starts on %s %s, in %d days", days[calendar_weekday(p->start)],
			 calendar_format(p->start, start), pr->starts_in);
	return buf;
}

/* progress_hint's shift: *days 0 when nothing is carried over. */
static int catch_up(struct store *s, const struct progress *pr,
		    const struct progress_next *nx, int *from, int *days,
		    struct store_error *err)
{
	int today = pr->today;
	*from = CALENDAR_NONE;
	*days = 0;
	if (!nx->carried)
		return 0;
	const struct store_item *it = &nx->v[0];
	int day = it->start != CALENDAR_NONE ? it->start : it->due;
	if (it->sched_id) {
		struct store_item block;
		if (store_item_get(s, it->sched_id, &block, err) < 0)
			return -1;
		if (block.start != CALENDAR_NONE)
			day = block.start;
		store_item_done(&block);
	}
	if (day != CALENDAR_NONE && day < today) {
		*from = day;
		/* as far as the plan is behind (what it expected done by the
		 * end of yesterday is then what is done); else to the oldest
		 * late item's day, today */
		*days = pr->dated && pr->days_ahead < 0 ? -pr->days_ahead : nx->late[0];
	}
	return 0;
}

int progress_hint(struct store *s, const struct store_plan *p, const struct progress *pr,
		  const struct progress_next *nx, struct progress_hint *h,
		  struct store_error *err)
{
	*h = (struct progress_hint){ PROGRESS_HINT_NONE, CALENDAR_NONE, 0 };
	if (progress_is_template(p, pr) ||
	    (p->layable && p->start == CALENDAR_NONE && pr->done == 0 && !pr->longest_streak)) {
		h->kind = PROGRESS_HINT_START;
		return 0;
	}
	if (!pr->ended && pr->days_ahead > -PROGRESS_CATCH_UP_BEHIND)
		return 0;
	if (catch_up(s, pr, nx, &h->from, &h->days, err) < 0)
		return -1;
	if (h->days)
		h->kind = PROGRESS_HINT_SHIFT;
	return 0;
}

const char *progress_moved_text(const struct store_plan *p, char *buf, size_t n)
{
	bool anchored = p->anchor != CALENDAR_NONE;
	if (p->start == CALENDAR_NONE || p->file_start == CALENDAR_NONE ||
	    (!anchored && p->start == p->file_start && p->end == p->file_end))
		return NULL;
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	int len = anchored ? snprintf(buf, n, "started %s; the file gives no dates",
				      calendar_format(p->start, a))
			   : snprintf(buf, n, "started %s; the file says %s",
				      calendar_format(p->start, a), calendar_format(p->file_start, b));
	int late = (p->end - p->file_end) - (p->start - p->file_start);
	int days = late < 0 ? -late : late;
	if (late && len > 0 && (size_t)len < n)
		snprintf(buf + len, n - (size_t)len, "; shifted %d day%s %s: ends %s", days,
			 days == 1 ? "" : "s", late < 0 ? "earlier" : "later",
			 calendar_format(p->end, a));
	return buf;
}

bool progress_is_template(const struct store_plan *p, const struct progress *pr)
{
	return p->start != CALENDAR_NONE && p->end != CALENDAR_NONE && pr->done == 0 &&
	       !pr->longest_streak &&
	       (p->end < pr->today || p->start > pr->today + PROGRESS_TEMPLATE_AHEAD);
}

const char *progress_template_text(const struct store_plan *p, const struct progress *pr,
				   char *buf, size_t n)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	if (p->end < pr->today)
		snprintf(buf, n, "ran %s to %s", calendar_format(p->start, a),
			 calendar_format(p->end, b));
	else
		snprintf(buf, n, "starts on %s", calendar_format(p->start, a));
	return buf;
}

long long progress_scheduled(const struct store_plan *p, const struct stats_off *off, int from,
			     int to)
{
	if (p->start != CALENDAR_NONE) {
		from = from > p->start ? from : p->start;
		to = to < p->end ? to : p->end;
	}
	long long minutes = 0;
	for (int day = from; day <= to; day++)
		if (!stats_paused(off, day))
			minutes += p->schedule[calendar_weekday(day)].minutes;
	return minutes;
}

/* ---- what is next ---------------------------------------------------------- */

struct next_collect {
	struct progress_next *nx;
	size_t cap, limit;
	int pass;	  /* the block's group it collects: see in_group() */
	long long *late;  /* the late ones' ids, sorted (passes 0 to 3) */
	size_t nlate, late_cap;
	int today;
};

static void keep(struct next_collect *c, const struct store_item *it, int late)
{
	struct progress_next *nx = c->nx;
	if (nx->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		nx->v = xrealloc(nx->v, c->cap * sizeof(*nx->v));
		nx->late = xrealloc(nx->late, c->cap * sizeof(*nx->late));
	}
	store_item_copy(&nx->v[nx->n], it);
	nx->late[nx->n++] = late;
}

static int keep_late(const struct store_item *it, int late_from, void *ctx)
{
	struct next_collect *c = ctx;
	if (c->limit && c->nx->carried == c->limit) {
		c->nx->more_carried++;
	} else {
		keep(c, it, c->today - late_from + 1);
		c->nx->carried++;
	}
	c->late = xgrow(c->late, &c->late_cap, c->nlate + 1, sizeof(*c->late));
	c->late[c->nlate++] = it->id;
	return 0;
}

static int cmp_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

static bool in_group(const struct store_item *it, int pass)
{
	if (!store_checkable(it->kind))
		return false;
	switch (pass) {
	case 0: return it->status == STORE_DOING;
	case 1: return it->status == STORE_TODO && !it->optional && it->kind == STORE_TASK;
	case 2: return it->status == STORE_TODO && !it->optional && it->kind != STORE_TASK;
	default: return it->status == STORE_TODO && it->optional;
	}
}

static int keep_next(const struct store_item *it, void *ctx)
{
	struct next_collect *c = ctx;
	if (!in_group(it, c->pass) ||
	    (c->nlate && bsearch(&it->id, c->late, c->nlate, sizeof(*c->late), cmp_id)))
		return 0;
	keep(c, it, 0);
	c->nx->optional += c->pass == 3;
	return 0;
}

/* The order within a group: due soon first (the soonest first), then by
 * priority, then plan order. */
static int due_rank(const struct store_item *it, int today)
{
	bool soon = it->due != CALENDAR_NONE && it->due >= today &&
		    it->due - today <= PROGRESS_DUE_SOON;
	return soon ? it->due - today : PROGRESS_DUE_SOON + 1;
}

static int prio_rank(const struct store_item *it)
{
	return it->priority == PLAN_PRIO_HIGH ? 0 : it->priority == PLAN_PRIO_LOW ? 2 : 1;
}

/* cmp_next's today: qsort passes no context */
static int sort_today;

static int cmp_next(const void *a, const void *b)
{
	const struct store_item *x = a, *y = b;
	int d = due_rank(x, sort_today) - due_rank(y, sort_today);
	if (!d)
		d = prio_rank(x) - prio_rank(y);
	return d ? d : (x->seq > y->seq) - (x->seq < y->seq);
}

int progress_next(struct store *s, const struct store_plan *p,
		  const struct progress *pr, size_t limit, struct progress_next *nx,
		  struct store_error *err)
{
	*nx = (struct progress_next){ 0 };
	nx->where = pr->week.id	      ? &pr->week
		    : pr->subphase.id ? &pr->subphase
		    : pr->phase.id    ? &pr->phase
				      : NULL;
	struct next_collect c = { .nx = nx, .limit = limit, .today = pr->today };
	int rc = store_late(s, p->id, pr->today, keep_late, &c, err);
	if (rc == 0 && c.nlate > 1)
		qsort(c.late, c.nlate, sizeof(*c.late), cmp_id);
	size_t block = 0; /* the block's items kept */
	for (c.pass = 0; rc == 0 && nx->where && c.pass < 4; c.pass++) {
		size_t from = nx->n;
		rc = store_walk(s, p->id, nx->where->seq, nx->where->last, false,
				keep_next, &c, err);
		/* (the late ones' days are 0 here, so sorting v alone is right) */
		sort_today = pr->today;
		if (nx->n - from > 1)
			qsort(nx->v + from, nx->n - from, sizeof(*nx->v), cmp_next);
		/* keep what the limit allows, in this order */
		for (size_t i = from; i < nx->n; i++) {
			if (limit && block == limit) {
				nx->more += nx->n - i;
				nx->optional -= c.pass == 3 ? nx->n - i : 0;
				for (size_t k = i; k < nx->n; k++)
					store_item_done(&nx->v[k]);
				nx->n = i;
				break;
			}
			block++;
		}
	}
	free(c.late);
	if (rc < 0)
		progress_next_done(nx);
	return rc;
}

void progress_next_done(struct progress_next *nx)
{
	for (size_t i = 0; i < nx->n; i++)
		store_item_done(&nx->v[i]);
	free(nx->v);
	free(nx->late);
	*nx = (struct progress_next){ 0 };
}

int progress_late(const struct store_item *it, int container_end, int today)
{
	if (!store_countable(it) || (it->status != STORE_TODO && it->status != STORE_DOING))
		return 0;
	int from = INT_MAX;
	if (it->due != CALENDAR_NONE)
		from = it->due + 1;
	if (container_end != CALENDAR_NONE && container_end + 1 < from)
		from = container_end + 1;
	return from <= today ? today - from + 1 : 0;
}

const char *progress_when(const struct store_item *it, int late, int today, char *buf,
			  size_t n)
{
	int soon = it->due != CALENDAR_NONE ? it->due - today : -1;
	if (late > 0)
		snprintf(buf, n, "%d day%s late", late, late == 1 ? "" : "s");
	else if (soon == 0)
		snprintf(buf, n, "due today");
	else if (soon == 1)
		snprintf(buf, n, "due tomorrow");
	else if (soon > 1 && soon <= PROGRESS_DUE_SOON)
		snprintf(buf, n, "due in %d days", soon);
	else if (n)
		buf[0] = '\0';
	return buf;
}

void progress_done(struct progress *pr)
{
	store_item_done(&pr->phase);
	store_item_done(&pr->subphase);
	store_item_done(&pr->week);
	free((char *)pr->slot.focus);
	pr->slot.focus = NULL;
}

/* ---- habits ------------------------------------------------------------------ */

struct habit_rule progress_habit_rule(const struct store_item *it)
{
	struct habit_rule r = { { PLAN_EVERY_NONE, 0, 0 }, it->start, it->end };
	if (it->kind == STORE_HABIT && it->days_kind >= PLAN_EVERY_DAY &&
	    it->days_kind <= PLAN_EVERY_WEEK)
		r.every = (struct plan_every){ (enum plan_every_kind)it->days_kind,
					       (unsigned)it->days_from, it->days_to };
	return r;
}

int progress_habit_span(struct store *s, const struct store_item *it, int *start, int *end,
			struct store_error *err)
{
	/* a habit recurs over its dated container's days as they are now
	 * (stride start and shift move them), or the plan's */
	if (it->sched_id) {
		struct store_item box;
		if (store_item_get(s, it->sched_id, &box, err) < 0)
			return -1;
		*start = box.start;
		*end = box.end;
		store_item_done(&box);
		return 0;
	}
	struct store_plan p;
	if (store_plan_by_id(s, it->plan_id, &p, err) < 0)
		return -1;
	*start = p.start;
	*end = p.end;
	store_plan_done(&p);
	return 0;
}

bool progress_habit_ticked(const struct progress_habit *h, int day)
{
	size_t lo = 0, hi = h->nticks;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (h->ticks[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->nticks && h->ticks[lo] == day;
}

struct tick_list {
	int *v;
	size_t n, cap;
};

static int keep_tick(int day, void *ctx)
{
	struct tick_list *t = ctx;
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof(*t->v));
	t->v[t->n++] = day;
	return 0;
}

struct habits_ctx {
	struct progress_habits *h;
	bool active_only;
	struct store *s;
	const struct store_plan *p;
	struct store_error *err;
	bool failed;
};

static int keep_habit(const struct store_item *it, void *ctx)
{
	struct habits_ctx *c = ctx;
	struct habit_rule r = progress_habit_rule(it);
	struct progress_habits *h = c->h;
	if (it->sched_id) {
		if (progress_habit_span(c->s, it, &r.start, &r.end, c->err) < 0) {
			c->failed = true;
			return 1;
		}
	} else {
		r.start = c->p->start;
		r.end = c->p->end;
	}
	if (c->active_only && ((r.start != CALENDAR_NONE && h->today < r.start) ||
			       (r.end != CALENDAR_NONE && h->today > r.end)))
		return 0;
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof(*h->v));
	struct progress_habit *ph = &h->v[h->n++];
	*ph = (struct progress_habit){ .rule = r };
	store_item_copy(&ph->it, it);
	return 0;
}

int progress_habits(struct store *s, const struct store_plan *p, int today, bool active_only,
		    struct progress_habits *h, struct store_error *err)
{
	*h = (struct progress_habits){ .today = today };
	struct habits_ctx c = { h, active_only, s, p, err, false };
	if (progress_days_off(s, p, &h->off, err) < 0)
		return -1;
	if (store_habits(s, p->id, keep_habit, &c, err) < 0 || c.failed)
		goto fail;
	for (size_t i = 0; i < h->n; i++) {
		struct progress_habit *ph = &h->v[i];
		struct tick_list t = { 0 };
		int from = ph->rule.start != CALENDAR_NONE ? ph->rule.start : CALENDAR_MIN;
		if (store_ticks(s, ph->it.id, from, today, keep_tick, &t, err) < 0) {
			free(t.v);
			goto fail;
		}
		ph->ticks = t.v;
		ph->nticks = t.n;
		habit_facts(&ph->rule, &h->off.off, ph->ticks, ph->nticks, today, &ph->facts);
	}
	return 0;
fail:
	progress_habits_done(h);
	return -1;
}

void progress_habits_done(struct progress_habits *h)
{
	for (size_t i = 0; i < h->n; i++) {
		store_item_done(&h->v[i].it);
		free(h->v[i].ticks);
	}
	free(h->v);
	progress_days_off_done(&h->off);
	*h = (struct progress_habits){ 0 };
}
