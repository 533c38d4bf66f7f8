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

#include "stride/habit.h"
#include "stride/plan.h"
#include "stride/stats.h"
#include "stride/store.h"

struct progress {
	int today;
	int total, done, percent; /* countable items; see store_countable */
	bool ended; /* today is past the plan's last day, and no undated
		       phase is left to do: no phase or week block is
		       current, everything open is late */
	int starts_in; /* days to the plan's first day when that is after today
			  (started on a later day); 0 once it has begun */
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
	bool active_today; /* something done or logged today (the streak
			      reaches it) */
	bool day_off;	   /* today is a rest day of the schedule or paused:
			      the streak does not need it */
	long long logged_today, logged_week, scheduled_week; /* minutes */
	int week_start;					     /* the Monday */
	int pause_first, pause_last; /* the pause today is in (stride pause):
					a rest day; CALENDAR_NONE when none */
};

/* A plan's days off (stats_off: its rest weekdays, its pauses), for the
 * figures that count days: the pauses owned. */
struct progress_off {
	struct stats_off off;
	struct stats_pause *v;
	size_t cap;
};
int progress_days_off(struct store *s, const struct store_plan *p, struct progress_off *o,
		      struct store_error *err);
void progress_days_off_done(struct progress_off *o);

/* A habit as a person stands with it on a day (include/stride/habit.h
 * says the rules). */
struct progress_habit {
	struct store_item it;	/* owned */
	struct habit_rule rule; /* its `every` and span, from it */
	struct habit_facts facts;
	int *ticks;		/* the days ticked through today, ascending */
	size_t nticks;
};

/* The plan's live habits on day today, in plan order, and its days off.
 * active_only: only those whose span holds today. */
struct progress_habits {
	struct progress_habit *v;
	size_t n, cap;
	struct progress_off off;
	int today;
};

/* Fills h for plan p. Returns 0, or -1 with err (h then empty). Released
 * with progress_habits_done. */
int progress_habits(struct store *s, const struct store_plan *p, int today, bool active_only,
		    struct progress_habits *h, struct store_error *err);
void progress_habits_done(struct progress_habits *h);
/* The span the habit it recurs in now: its dated container's days (as
 * stride start and shift moved them), or its plan's; CALENDAR_NONE for
 * an end not known. Returns 0, or -1 with err. */
int progress_habit_span(struct store *s, const struct store_item *it, int *start, int *end,
			struct store_error *err);
/* A store item's habit rule (its every and span). */
struct habit_rule progress_habit_rule(const struct store_item *it);
/* Whether the habit was ticked on day. */
bool progress_habit_ticked(const struct progress_habit *h, int day);

/* Fills pr for plan p on day `today`. Returns 0, or -1 with err. */
int progress_compute(struct store *s, const struct store_plan *p, int today,
		     struct progress *pr, struct store_error *err);
void progress_done(struct progress *pr);

/*
 * What is next: the one list `stride today`, `stride status` and the
 * Today view show. First what is carried over: the items that are late,
 * whatever block they are in (store_late: open and countable, past their
 * due day or in a phase or week block that has ended), oldest first, then
 * high priority first and low last. Then
 * the open items of where the person is (pr's week block, else its
 * sub-phase, else its phase), in four groups: what is in progress; the
 * tasks to do; the criteria and the deliverable to meet (what is left once
 * the tasks are done); the optional items to do, which do not count
 * against completion. Within each of these groups, what is due within
 * three days comes first (the soonest first), then by priority: high,
 * none or medium, low; then plan order. Done and skipped items are not in
 * it, nor archived ones.
 */
struct progress_next {
	const struct store_item *where; /* pr's item it comes from; NULL: none */
	struct store_item *v;		/* the items (owned) */
	int *late;			/* days late of each; 0: not late */
	size_t n;
	size_t carried;	 /* how many of them, the first ones, are late */
	size_t optional; /* how many of them, the last ones, are optional */
	size_t more_carried, more; /* left out past the limit: late ones, others */
};

/* Fills nx for plan p and pr (which must outlive nx), with at most limit
 * late items and limit others (0: all of them). Returns 0, or -1 with
 * err. */
int progress_next(struct store *s, const struct store_plan *p,
		  const struct progress *pr, size_t limit, struct progress_next *nx,
		  struct store_error *err);
void progress_next_done(struct progress_next *nx);

/*
 * What the front ends suggest, under what is next: for a template
 * (progress_is_template) or a plan with no dates that can be laid out
 * (layable) and nothing done, to run
 * it, or lay it out, from today (stride start); for a
 * plan that has ended, or is PROGRESS_CATCH_UP_BEHIND days or more behind
 * with items carried over, how to carry on from today: a shift of what
 * is left from `from` (the first day of the phase or week block of the
 * oldest late item, else its own start or due day) by `days` (as many as
 * the plan is behind; else the oldest item's days late), which puts the
 * plan back on schedule today.
 */
enum progress_hint_kind { PROGRESS_HINT_NONE, PROGRESS_HINT_START, PROGRESS_HINT_SHIFT };
struct progress_hint {
	enum progress_hint_kind kind;
	int from, days; /* PROGRESS_HINT_SHIFT's */
};
#define PROGRESS_CATCH_UP_BEHIND 7
/* Fills h for plan p, pr and its nx. Returns 0, or -1 with err. */
int progress_hint(struct store *s, const struct store_plan *p, const struct progress *pr,
		  const struct progress_next *nx, struct progress_hint *h,
		  struct store_error *err);

/* How many items of plan p are late on day today (store_late's rule: the
 * carried-over part of progress_next), into *n. Returns 0, or -1 with
 * err. */
int progress_late_count(struct store *s, const struct store_plan *p, int today, int *n,
			struct store_error *err);

/* How many days late item it is on day today (0: not late): an open,
 * countable item whose due day has passed, or whose dated phase or week
 * block (container_end, its last day; CALENDAR_NONE when it has none)
 * has ended; counted from the earlier of the two. The rule store_late
 * selects by. */
int progress_late(const struct store_item *it, int container_end, int today);

/* What a person is told of an item's days in the lists, into buf (n
 * bytes): "3 days late", "1 day late" (late: its days late), "due today",
 * "due tomorrow", "due in 3 days" (within three days of today), or "". */
#define PROGRESS_DUE_SOON 3
const char *progress_when(const struct store_item *it, int late, int today, char *buf,
			  size_t n);

/* "ended on 2025-12-31: 64% done, 22 open" for a plan that has ended
 * (pr->ended), into buf (n bytes); returns buf. */
const char *progress_ended_text(const struct store_plan *p, const struct progress *pr,
				char *buf, size_t n);

/* "starts on Monday 2026-12-07, in 3 days" ("starts tomorrow, Saturday
 * 2026-12-05") for a plan whose first day is still to come
 * (pr->starts_in), into buf (n bytes); returns buf. */
const char *progress_starts_text(const struct store_plan *p, const struct progress *pr,
				 char *buf, size_t n);

/* Where plan p's dates were moved from (stride start, shift), into buf
 * (n bytes): "started 2026-12-07; the file says 2025-06-12", with
 * "; shifted 14 days: ends 2027-06-14" when its end moved more than its
 * start. NULL when its dates are the file's. */
const char *progress_moved_text(const struct store_plan *p, char *buf, size_t n);

/* Whether plan p is a template not begun on pr's day: it has dates,
 * nothing is done in it nor any time logged, and either its last day has
 * passed or its first is more than PROGRESS_TEMPLATE_AHEAD days away.
 * The TUI offers to start it today; the command line says how. */
#define PROGRESS_TEMPLATE_AHEAD 30
bool progress_is_template(const struct store_plan *p, const struct progress *pr);
/* "ran 2025-06-12 to 2025-12-31" or "starts on 2027-03-01", into buf (n
 * bytes), for a template. */
const char *progress_template_text(const struct store_plan *p, const struct progress *pr,
				   char *buf, size_t n);

/* The minutes plan p's schedule gives the days from..to, counting only
 * the days the plan runs when it has dates, and none in a pause of off
 * (NULL: none). */
long long progress_scheduled(const struct store_plan *p, const struct stats_off *off, int from,
			     int to);

#endif
