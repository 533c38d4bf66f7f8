/*
 * habit: the rules of a habit (a recurring task, docs/plan-format.md,
 * "Habits"): which days it is due, its streak and its completion. Pure
 * functions over days: no I/O, no store, no clock; the callers gather
 * the ticks (store_ticks) and the days off (the plan's schedule and
 * pauses).
 *
 * The rules, once:
 * - A habit recurs from its span's start to its end (those of its phase
 *   or week block, or the plan's); a habit with no start recurs from its
 *   first tick (today when none), with no end for ever.
 * - A day is off when the plan's schedule makes it a rest day or it is in
 *   a pause. An off day is never due: it never breaks a streak and never
 *   counts against completion. A tick on it still counts (toward its
 *   week, for an N/week habit).
 * - `every: day` is due on every day that is not off; `every: [mon, wed]`
 *   on those weekdays that are not off. Its streak is the due days ticked
 *   in a row, counted back from today; today, not yet ticked, does not
 *   break it (the day is not over).
 * - `every: N/week` asks N ticks in each ISO week (Monday to Sunday), on
 *   any days; a week that has fewer than N days on (inside the span, not
 *   off) asks as many as it has, and a week with none asks nothing and is
 *   passed over. Its streak counts weeks met in a row, back from this
 *   week; this week, not yet met, does not break it.
 * - Completion: the occurrences due from the start through today (today
 *   only once ticked; for N/week, the weeks, this one once met) and how
 *   many of them were met.
 */
#ifndef STRIDE_HABIT_H
#define STRIDE_HABIT_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/plan.h"
#include "stride/stats.h"

struct habit_rule {
	struct plan_every every;
	int start, end; /* its span; CALENDAR_NONE when not given */
};

struct habit_facts {
	bool active;	 /* today is inside its span */
	bool due_today;	 /* an occurrence is due today (day habits), or this
			    week still asks for ticks (N/week) */
	bool done_today; /* ticked today */
	int week_done;	 /* ticks this ISO week, inside the span */
	int week_need;	 /* what this week asks: N/week's N (less the days
			    off), a day habit's due days this week */
	int streak;	 /* days (weeks for N/week) in a row, up to today */
	int best;	 /* the longest streak it had, up to today */
	bool weeks;	 /* streak and completion count weeks */
	int due, met;	 /* completion: occurrences due through today, met */
	int last_tick;	 /* the latest tick, CALENDAR_NONE when none */
};

/* Whether a day habit is due on day, or an N/week one can be ticked on it
 * (inside its span and not off). off may be NULL. */
bool habit_due_on(const struct habit_rule *r, const struct stats_off *off, int day);

/* What the ISO week of monday asked of the habit and what it got, inside
 * its span (ticks outside it aside), up to day today: *need the due days
 * (N/week: N, less the days off), *done the ticks (for a day habit, on
 * due days only). */
void habit_week(const struct habit_rule *r, const struct stats_off *off, const int *ticks,
		size_t nticks, int monday, int today, int *done, int *need);

/* A week's shade in a heatmap of habits: -1 when the week asked nothing,
 * 0 when none of it was met, 1 to 3 for a part (by thirds), 4 met. */
int habit_week_level(int done, int need);

/*
 * The facts of a habit on day today, from its ticks (days, ascending,
 * each once) and the plan's days off (NULL: none). Ticks outside the span
 * are ignored.
 */
void habit_facts(const struct habit_rule *r, const struct stats_off *off,
		 const int *ticks, size_t nticks, int today, struct habit_facts *out);

#endif
