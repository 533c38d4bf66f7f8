/*
 * The figures of the Stats view and `stride stats`, gathered from the
 * store with a handful of queries: the activity of every day up to today
 * (the heatmap, the streaks, the recent weeks), the countable items done
 * by day (the burn-up, the pace), the dated phases and week blocks (the
 * planned line), the time on each top-level phase, and the ratings.
 *
 * The rules: a week is Monday to Sunday; a week's burn-up point counts
 * what was done by its Sunday (by today for this week) against what the
 * dates expected by then; the forecast goes at the pace of the last
 * TRENDS_PACE_DAYS days; a skill's confidence in a week is the last
 * rating given up to that week.
 */
#include "stride/trends.h"

#include "stride/calendar.h"
#include "stride/progress.h"
#include "stride/reflect.h"
#include "stride/stats.h"
#include "stride/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* At most this many burn-up weeks: ten years, the latest ones. */
#define MAX_POINTS 520

/* Rows of two numbers from the store: a day, and its minutes or count. */
struct pairs {
	int *day;
	long long *value;
	size_t n, cap, vcap;
};

static int keep_pair(int day, long long value, void *ctx)
{
	struct pairs *p = ctx;
	p->day = xgrow(p->day, &p->cap, p->n + 1, sizeof(*p->day));
	p->value = xgrow(p->value, &p->vcap, p->n + 1, sizeof(*p->value));
	p->day[p->n] = day;
	p->value[p->n++] = value;
	return 0;
}

static int keep_count(int day, int count, void *ctx)
{
	return keep_pair(day, count, ctx);
}

struct containers {
	struct stats_span *spans;
	size_t nspans, scap;
	struct trends_phase *phases;
	size_t nphases, pcap;
	int *seq, *last; /* of each phase */
	size_t qcap, lcap;
	int first, end; /* the dated span of the plan's items */
};

static int keep_container(const struct store_item *it, void *ctx)
{
	struct containers *c = ctx;
	if (it->start != CALENDAR_NONE && it->s_total > 0) {
		c->spans = xgrow(c->spans, &c->scap, c->nspans + 1, sizeof(*c->spans));
		c->spans[c->nspans++] = (struct stats_span){ it->start, it->end, it->s_total };
		if (it->start < c->first)
			c->first = it->start;
		if (it->end > c->end)
			c->end = it->end;
	}
	if (it->kind == STORE_PHASE && !it->parent_id) {
		c->phases = xgrow(c->phases, &c->pcap, c->nphases + 1, sizeof(*c->phases));
		c->seq = xgrow(c->seq, &c->qcap, c->nphases + 1, sizeof(*c->seq));
		c->last = xgrow(c->last, &c->lcap, c->nphases + 1, sizeof(*c->last));
		c->phases[c->nphases] = (struct trends_phase){
			.key = xstrdup(it->key), .title = xstrdup(it->title),
			.done = it->n_done, .total = it->n_total,
		};
		c->seq[c->nphases] = it->seq;
		c->last[c->nphases++] = it->last;
	}
	return 0;
}

/* The heatmap, the streaks and the recent weeks, from the days with
 * activity (oldest first). */
static void fill_days(struct trends *t, const struct store_plan *p, const struct stats_off *off,
		      const struct pairs *d)
{
	int this_monday = calendar_week_first(t->today);
	t->heat_from = this_monday - 7 * (TRENDS_HEAT_WEEKS - 1);
	int weeks_from = this_monday - 7 * (TRENDS_WEEKS - 1);
	for (int w = 0; w < TRENDS_WEEKS; w++) {
		int monday = weeks_from + 7 * w;
		t->weeks[w].monday = monday;
		t->weeks[w].scheduled = progress_scheduled(p, off, monday, monday + 6);
	}
	for (size_t i = 0; i < d->n; i++) {
		int day = d->day[i];
		long long m = d->value[i];
		t->logged += m;
		if (day >= t->heat_from && day <= t->today) {
			struct trends_day *hd = &t->heat[day - t->heat_from];
			hd->active = true;
			hd->minutes = m;
			t->active_days++;
			t->heat_minutes += m;
			if (m > t->heat_max)
				t->heat_max = m;
		}
		if (day >= weeks_from && day <= t->today)
			t->weeks[(day - weeks_from) / 7].logged += m;
	}
	for (int i = 0; i < TRENDS_HEAT_WEEKS * 7; i++)
		t->heat[i].level = stats_heat_level(t->heat[i].active, t->heat[i].minutes,
						    t->heat_max);
	stats_streak(d->day, d->n, off, t->today, &t->streak, &t->longest);
}

/* The burn-up, week by week, and the pace. */
static void fill_burnup(struct trends *t, const struct containers *c,
			const struct stats_off *off, const struct pairs *dd, int first_activity)
{
	int first = c->nspans ? c->first : CALENDAR_NONE;
	if (dd->n && (first == CALENDAR_NONE || dd->day[0] < first))
		first = dd->day[0];
	if (first_activity != CALENDAR_NONE && (first == CALENDAR_NONE || first_activity < first))
		first = first_activity;
	if (first == CALENDAR_NONE || first > t->today)
		first = t->today;
	int last = c->nspans && c->end > t->today ? c->end : t->today;
	int from = calendar_week_first(first), to = calendar_week_first(last);
	if ((to - from) / 7 + 1 > MAX_POINTS)
		from = to - 7 * (MAX_POINTS - 1);
	t->nburnup = (size_t)((to - from) / 7 + 1);
	t->burnup = xcalloc(t->nburnup, sizeof(*t->burnup));
	size_t k = 0;
	int done = 0;
	for (size_t w = 0; w < t->nburnup; w++) {
		int monday = from + 7 * (int)w, end = monday + 6;
		int by = end < t->today ? end : t->today;
		while (k < dd->n && dd->day[k] <= by)
			done += (int)dd->value[k++];
		t->burnup[w] = (struct trends_point){
			.monday = monday,
			.done = monday > t->today ? -1 : done,
			.planned = stats_expected_all(c->spans, c->nspans, end, off),
		};
	}
	for (size_t i = 0; i < dd->n; i++)
		if (dd->day[i] > t->today - TRENDS_PACE_DAYS && dd->day[i] <= t->today)
			t->recent += (int)dd->value[i];
	t->dated = c->nspans > 0;
	t->planned_today = stats_expected_all(c->spans, c->nspans, t->today, off);
	t->forecast = stats_forecast(t->total - t->done, t->recent, TRENDS_PACE_DAYS, t->today);
}

struct rating_series {
	struct trends *t;
	int from; /* the first recent week's Monday */
};

static int keep_rating(const struct store_rating *r, void *ctx)
{
	struct rating_series *rs = ctx;
	struct trends *t = rs->t;
	for (size_t i = 0; i < t->nskills; i++) {
		if (strcmp(t->skills[i].key, r->skill))
			continue;
		/* in force from its week on, until a later one */
		int w = r->week < rs->from ? 0 : (r->week - rs->from) / 7;
		for (; w < TRENDS_WEEKS; w++)
			t->skills[i].ratings[w] = r->rating;
	}
	return 0;
}

static int fill_skills(struct trends *t, struct store *s, const struct store_plan *p,
		       struct store_error *err)
{
	struct reflect_skills rated;
	int this_monday = calendar_week_first(t->today);
	if (reflect_skills(s, p, this_monday, &rated, err) < 0)
		return -1;
	t->skills = xcalloc(rated.n + 1, sizeof(*t->skills));
	for (size_t i = 0; i < rated.n; i++)
		t->skills[t->nskills++] = (struct trends_skill){
			.key = xstrdup(rated.v[i].key), .name = xstrdup(rated.v[i].name)
		};
	reflect_skills_done(&rated);
	/* ratings arrive by week, then in the order saved: the last wins */
	struct rating_series rs = { t, this_monday - 7 * (TRENDS_WEEKS - 1) };
	return store_ratings(s, p->id, CALENDAR_MIN, calendar_week_key(this_monday), keep_rating,
			     &rs, err);
}

int trends_compute(struct store *s, const struct store_plan *p, int today,
		   struct trends *t, struct store_error *err)
{
	*t = (struct trends){ .today = today, .total = p->total, .done = p->done,
			      .plan_end = p->start != CALENDAR_NONE ? p->end : CALENDAR_NONE };
	struct pairs d = { 0 }, dd = { 0 }; /* activity; items done */
	struct containers c = { .first = INT_MAX, .end = INT_MIN };
	struct progress_off o;
	int rc = progress_days_off(s, p, &o, err);
	if (rc < 0)
		return -1;
	rc = store_activity(s, p->id, CALENDAR_MIN, today, keep_pair, &d, err);
	if (rc == 0)
		rc = store_done_days(s, p->id, 0, INT_MAX, keep_count, &dd, err);
	if (rc == 0)
		rc = store_containers(s, p->id, keep_container, &c, err);
	for (size_t i = 0; rc == 0 && i < c.nphases; i++)
		rc = store_time_sums(s, p->id, c.seq[i], c.last[i], &c.phases[i].estimate,
				     &c.phases[i].minutes, err);
	if (rc == 0) {
		fill_days(t, p, &o.off, &d);
		fill_burnup(t, &c, &o.off, &dd, d.n ? d.day[0] : CALENDAR_NONE);
		t->phases = c.phases;
		t->nphases = c.nphases;
		c.phases = NULL;
		rc = fill_skills(t, s, p, err);
	}
	for (size_t i = 0; c.phases && i < c.nphases; i++) {
		free(c.phases[i].key);
		free(c.phases[i].title);
	}
	free(c.phases);
	free(c.spans);
	free(c.seq);
	free(c.last);
	free(d.day);
	free(d.value);
	free(dd.day);
	free(dd.value);
	progress_days_off_done(&o);
	if (rc < 0)
		trends_done(t);
	return rc;
}

void trends_done(struct trends *t)
{
	free(t->burnup);
	for (size_t i = 0; i < t->nphases; i++) {
		free(t->phases[i].key);
		free(t->phases[i].title);
	}
	free(t->phases);
	for (size_t i = 0; i < t->nskills; i++) {
		free(t->skills[i].key);
		free(t->skills[i].name);
	}
	free(t->skills);
	*t = (struct trends){ 0 };
}
