/* The rules of a habit: include/stride/habit.h says them. */
#include "stride/habit.h"

#include "stride/calendar.h"

#include <stdlib.h>

/* Whether day is among ticks (ascending). */
static bool ticked(const int *ticks, size_t n, int day)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ticks[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && ticks[lo] == day;
}

/* How many of ticks are in from..to. */
static int ticks_between(const int *ticks, size_t n, int from, int to)
{
	int c = 0;
	for (size_t i = 0; i < n; i++)
		c += ticks[i] >= from && ticks[i] <= to;
	return c;
}

/* The span a habit recurs in, as of today: *first and *last. */
static void span_of(const struct habit_rule *r, const int *ticks, size_t n, int today,
		    int *first, int *last)
{
	*first = r->start;
	if (*first == CALENDAR_NONE)
		*first = n && ticks[0] < today ? ticks[0] : today;
	*last = r->end == CALENDAR_NONE ? CALENDAR_MAX : r->end;
}

static bool in_pattern(const struct habit_rule *r, int day)
{
	if (r->every.kind == PLAN_EVERY_DAY || r->every.kind == PLAN_EVERY_WEEK)
		return true;
	return r->every.kind == PLAN_EVERY_DAYS &&
	       (r->every.days & (1u << calendar_weekday(day)));
}

bool habit_due_on(const struct habit_rule *r, const struct stats_off *off, int day)
{
	if (r->every.kind == PLAN_EVERY_NONE)
		return false;
	if ((r->start != CALENDAR_NONE && day < r->start) ||
	    (r->end != CALENDAR_NONE && day > r->end))
		return false;
	return in_pattern(r, day) && !(off && stats_day_off(off, day));
}

/* What week `monday` asks of an N/week habit inside first..last: N, or
 * the days on that week has when fewer. */
static int week_asks(const struct habit_rule *r, const struct stats_off *off, int monday,
		     int first, int last)
{
	int on = 0;
	for (int d = monday; d < monday + 7; d++)
		on += d >= first && d <= last && !(off && stats_day_off(off, d));
	return on < r->every.times ? on : r->every.times;
}

static void week_facts(const struct habit_rule *r, const struct stats_off *off,
		       const int *ticks, size_t n, int today, int first, int last,
		       struct habit_facts *f)
{
	f->weeks = true;
	int upto = today < last ? today : last;
	int this_week = calendar_monday(today);
	if (first <= last) {
		int lo = first > this_week ? first : this_week;
		int hi = this_week + 6 < last ? this_week + 6 : last;
		f->week_done = lo <= hi ? ticks_between(ticks, n, lo, hi) : 0;
		f->week_need = week_asks(r, off, this_week, first, last);
	}
	if (upto < first)
		return;
	/* forward over the weeks, for the best run and completion */
	int run = 0;
	for (int mon = calendar_monday(first); mon <= upto; mon += 7) {
		int need = week_asks(r, off, mon, first, last);
		int lo = mon < first ? first : mon, hi = mon + 6 > last ? last : mon + 6;
		int got = ticks_between(ticks, n, lo, hi);
		bool current = mon == this_week;
		if (need == 0)
			continue; /* a week wholly off: passed over */
		if (got >= need) {
			f->due++;
			f->met++;
			if (++run > f->best)
				f->best = run;
		} else if (!current) {
			f->due++;
			run = 0;
		}
	}
	f->streak = run;
}

static void day_facts(const struct habit_rule *r, const struct stats_off *off,
		      const int *ticks, size_t n, int today, int first, int last,
		      struct habit_facts *f)
{
	int upto = today < last ? today : last;
	int this_week = calendar_monday(today);
	for (int d = this_week; d < this_week + 7; d++) {
		if (d < first || d > last || !in_pattern(r, d) || (off && stats_day_off(off, d)))
			continue;
		f->week_need++;
		f->week_done += ticked(ticks, n, d);
	}
	int run = 0;
	for (int d = first; d <= upto; d++) {
		if (!in_pattern(r, d) || (off && stats_day_off(off, d)))
			continue;
		if (ticked(ticks, n, d)) {
			f->due++;
			f->met++;
			if (++run > f->best)
				f->best = run;
		} else if (d != today) {
			f->due++;
			run = 0;
		}
	}
	f->streak = run;
}

void habit_facts(const struct habit_rule *r, const struct stats_off *off,
		 const int *ticks, size_t nticks, int today, struct habit_facts *out)
{
	*out = (struct habit_facts){ .last_tick = CALENDAR_NONE };
	if (r->every.kind == PLAN_EVERY_NONE)
		return;
	int first, last;
	span_of(r, ticks, nticks, today, &first, &last);
	out->active = today >= first && today <= last;
	out->done_today = ticked(ticks, nticks, today);
	for (size_t i = nticks; i-- > 0;) {
		if (ticks[i] <= today) {
			out->last_tick = ticks[i];
			break;
		}
	}
	if (r->every.kind == PLAN_EVERY_WEEK) {
		week_facts(r, off, ticks, nticks, today, first, last, out);
		out->due_today = out->active && out->week_done < out->week_need &&
				 !(off && stats_day_off(off, today));
	} else {
		day_facts(r, off, ticks, nticks, today, first, last, out);
		out->due_today = out->active && habit_due_on(r, off, today);
	}
}

void habit_week(const struct habit_rule *r, const struct stats_off *off, const int *ticks,
		size_t nticks, int monday, int today, int *done, int *need)
{
	*done = *need = 0;
	if (r->every.kind == PLAN_EVERY_NONE)
		return;
	int first, last;
	span_of(r, ticks, nticks, today, &first, &last);
	if (r->every.kind == PLAN_EVERY_WEEK) {
		*need = week_asks(r, off, monday, first, last);
		int lo = monday < first ? first : monday, hi = monday + 6 > last ? last : monday + 6;
		if (hi > today)
			hi = today;
		*done = lo <= hi ? ticks_between(ticks, nticks, lo, hi) : 0;
		return;
	}
	for (int d = monday; d < monday + 7; d++) {
		if (d < first || d > last || !in_pattern(r, d) || (off && stats_day_off(off, d)))
			continue;
		(*need)++;
		*done += d <= today && ticked(ticks, nticks, d);
	}
}

int habit_week_level(int done, int need)
{
	if (need <= 0)
		return -1;
	if (done >= need)
		return 4;
	if (done <= 0)
		return 0;
	int level = 1 + 3 * done / need;
	return level > 3 ? 3 : level;
}
