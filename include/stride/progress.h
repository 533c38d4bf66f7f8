/*
 * progress: where a person stands in a plan on a given day, from the
 * store: the current phase and week block, how much is done, how far
 * ahead of or behind the plan's dates, today's slot of the schedule, the
 * streak, and the time logged this week. What `stride status` and
 * `stride today` print and the TUI's status bar and Today view show.
 */
#ifndef STRIDE_PROGRESS_H
#define STRIDE_PROGRESS_H

#include <stdbool.h>

#include "stride/plan.h"
#include "stride/store.h"

struct progress {
	int today;
	int total, done, percent; /* countable items; see store_countable */
	bool dated;		  /* the plan has dated items to be on time with */
	int expected_percent;	  /* of the dated items, expected done by today */
	int days_ahead;		  /* negative: behind */
	/* the current top-level phase, its deepest current sub-phase and week
	 * block (owned; id 0 when none), and "phase N of M" */
	struct store_item phase, subphase, week;
	int phase_number, phase_count;
	/* today's slot of the schedule (minutes 0: a rest day) */
	struct plan_day slot;
	bool has_schedule;
	int streak, longest_streak; /* days */
	long long logged_today, logged_week, scheduled_week; /* minutes */
	int week_start;					     /* the Monday */
};

/* Fills pr for plan p on day `today`. Returns 0, or -1 with err. */
int progress_compute(struct store *s, const struct store_plan *p, int today,
		     struct progress *pr, struct store_error *err);
void progress_done(struct progress *pr);

/* The minutes plan p's schedule gives the days from..to, counting only
 * the days the plan runs when it has dates. */
long long progress_scheduled(const struct store_plan *p, int from, int to);

#endif
