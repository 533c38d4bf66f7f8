/*
 * trends: how a person has studied a plan over time, from the store: a
 * year of study days for the heatmap, the streaks, the burn-up of items
 * done against the plan's dates with a forecast of the finish, the hours
 * of recent weeks against the schedule, the time spent on each phase
 * against its estimate, and each skill's confidence week by week. What
 * `stride stats` prints and the TUI's Stats view draws.
 *
 * trends_compute() fills a struct trends the caller frees with
 * trends_done(); nothing here prints.
 */
#ifndef STRIDE_TRENDS_H
#define STRIDE_TRENDS_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

#define TRENDS_HEAT_WEEKS 53 /* the heatmap: a year, whole weeks */
#define TRENDS_WEEKS 12	     /* the recent weeks of hours and ratings */
#define TRENDS_PACE_DAYS 28  /* the window of the recent pace */

/* One day of the heatmap. */
struct trends_day {
	long long minutes; /* logged that day */
	bool active;	   /* anything recorded that day */
	int level;	   /* 0-4, stats_heat_level */
};

/* One week of the burn-up: items done by its Sunday (or today, for this
 * week), and what the plan's dates expected by then. */
struct trends_point {
	int monday;
	int done; /* -1 for a week after today */
	double planned;
};

/* A recent week's study time. */
struct trends_week {
	int monday;
	long long logged, scheduled; /* minutes */
};

/* A top-level phase's time: the estimates of its items, the time logged
 * on them. */
struct trends_phase {
	char *key, *title;
	long long estimate, minutes; /* minutes */
	int done, total;
};

/* A skill's confidence in each of the recent weeks (the rating in force
 * that week: the last one given up to it; 0 before the first). */
struct trends_skill {
	char *key, *name;
	int ratings[TRENDS_WEEKS];
};

struct trends {
	int today;
	/* the heatmap: TRENDS_HEAT_WEEKS whole weeks from heat_from (a
	 * Monday) to the Sunday of this week; days after today are empty */
	int heat_from;
	struct trends_day heat[TRENDS_HEAT_WEEKS * 7];
	long long heat_max;	/* the most minutes of a day in it */
	int active_days;	/* days with activity in it */
	long long heat_minutes; /* minutes logged in it */
	int streak, longest;	/* days; rest days neither break nor count */
	/* the burn-up, week by week from the plan's first week (or the
	 * first activity) to its last (or this week) */
	struct trends_point *burnup;
	size_t nburnup;
	int total, done;	/* countable items */
	double planned_today;	/* expected done by today (dated plans) */
	bool dated;
	int recent;		/* items done in the last TRENDS_PACE_DAYS days */
	int forecast;		/* the day all will be done at that pace;
				   CALENDAR_NONE when there is no pace */
	int plan_end;		/* CALENDAR_NONE when undated */
	/* the recent weeks, oldest first, this week last */
	struct trends_week weeks[TRENDS_WEEKS];
	struct trends_phase *phases;
	size_t nphases;
	long long logged; /* minutes logged in all, on items and on the plan */
	struct trends_skill *skills;
	size_t nskills;
};

/* Fills t for plan p as of day `today`. Returns 0, or -1 with err. */
int trends_compute(struct store *s, const struct store_plan *p, int today,
		   struct trends *t, struct store_error *err);
void trends_done(struct trends *t);

#endif
