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

int progress_compute(struct store *s, const struct store_plan *p, int today,
		     struct progress *pr, struct store_error *err)
{
	*pr = (struct progress){ .today = today };
	pr->total = p->total;
	pr->done = p->done;
	pr->percent = stats_percent(p->done, p->total);

	struct containers c = { 0 };
	if (store_containers(s, p->id, keep_container, &c, err) < 0) {
		for (size_t i = 0; i < c.n; i++)
			store_item_done(&c.v[i]);
		free(c.v);
		return -1;
	}

	/* where we are */
	const struct store_item *phase = pick(&c, 0, STORE_PHASE, today, false,
					      &pr->phase_number, &pr->phase_count);
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
		double expected = stats_expected_all(spans, nspans, today);
		pr->expected_percent = (int)(expected * 100 / sched_total);
		pr->days_ahead = stats_days_ahead(spans, nspans, sched_done, today);
	}
	free(spans);
	for (size_t i = 0; i < c.n; i++)
		store_item_done(&c.v[i]);
	free(c.v);

	/* today's slot, the week, the streak */
	int wd = calendar_weekday(today);
	pr->has_schedule = p->has_schedule;
	pr->slot.minutes = p->schedule[wd].minutes;
	if (p->schedule[wd].focus)
		pr->slot.focus = xstrdup(p->schedule[wd].focus);
	pr->week_start = today - wd;
	bool rest[7];
	for (int d = 0; d < 7; d++) {
		pr->scheduled_week += p->schedule[d].minutes;
		rest[d] = p->has_schedule && p->schedule[d].minutes == 0;
	}
	struct activity a = { .today = today, .week_start = pr->week_start };
	if (store_activity(s, p->id, CALENDAR_MIN, today, keep_day, &a, err) < 0) {
		free(a.days);
		progress_done(pr);
		return -1;
	}
	pr->logged_today = a.logged_today;
	pr->logged_week = a.logged_week;
	stats_streak(a.days, a.n, rest, today, &pr->streak, &pr->longest_streak);
	free(a.days);
	return 0;
}

long long progress_scheduled(const struct store_plan *p, int from, int to)
{
	if (p->start != CALENDAR_NONE) {
		from = from > p->start ? from : p->start;
		to = to < p->end ? to : p->end;
	}
	long long minutes = 0;
	for (int day = from; day <= to; day++)
		minutes += p->schedule[calendar_weekday(day)].minutes;
	return minutes;
}

void progress_done(struct progress *pr)
{
	store_item_done(&pr->phase);
	store_item_done(&pr->subphase);
	store_item_done(&pr->week);
	free((char *)pr->slot.focus);
	pr->slot.focus = NULL;
}
