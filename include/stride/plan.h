/*
 * plan: a learning plan as the loader builds it from a plan file
 * (docs/plan-format.md): phases that nest, week blocks, tasks, criteria,
 * deliverables, resources, skills, the weekly schedule and the reflection.
 *
 * Ownership: a struct plan and everything it points to (strings, arrays,
 * items) live in one arena; plan_free() releases all of it. Nothing in a
 * plan is modified after loading.
 *
 * Dates are day numbers (calendar.h), CALENDAR_NONE when absent. Every item
 * has its key (docs/plan-format.md, "Identity"): the explicit id of a task,
 * criterion, deliverable, resource or skill, else the path of slugs from the
 * plan down to the item. Keys are unique in a plan. Strings that are absent
 * are NULL, never "".
 */
#ifndef STRIDE_PLAN_H
#define STRIDE_PLAN_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* Where an item stands in its file, 1-based, counted in characters. */
struct plan_pos {
	unsigned line, col;
};

/* An inclusive span of days; both CALENDAR_NONE when unscheduled. */
struct plan_span {
	int start, end;
};

struct plan_strv {
	const char **v;
	size_t n;
};

enum plan_resource_kind {
	PLAN_RES_NONE, /* no kind given */
	PLAN_RES_BOOK,
	PLAN_RES_COURSE,
	PLAN_RES_VIDEO,
	PLAN_RES_ARTICLE,
	PLAN_RES_DOCS,
	PLAN_RES_PRACTICE,
	PLAN_RES_TOOL,
	PLAN_RES_OTHER,
};

struct plan_resource {
	const char *id, *key, *title;
	const char *by, *url, *notes;
	enum plan_resource_kind kind;
	bool is_inline; /* declared in place, not in the plan's library */
	struct plan_pos pos;
};

/* A list of resources an item uses: library entries and inline ones.
 * defined[i] is true when v[i] was declared in this very list (inline),
 * false when the list names it by id. */
struct plan_resources {
	struct plan_resource **v;
	bool *defined;
	size_t n;
};

struct plan_skill {
	const char *id, *key, *name;
	int level; /* 1-5, 0 when not given */
	struct plan_pos pos;
};

struct plan_skills {
	struct plan_skill **v;
	size_t n;
};

struct plan_criterion {
	const char *id, *key, *title;
	struct plan_pos pos;
};

struct plan_criteria {
	struct plan_criterion *v;
	size_t n;
};

struct plan_deliverable {
	const char *id, *key, *title, *summary;
	struct plan_strv tech;
	struct plan_criteria criteria;
	struct plan_pos pos;
};

enum plan_priority { PLAN_PRIO_NONE, PLAN_PRIO_HIGH, PLAN_PRIO_MEDIUM, PLAN_PRIO_LOW };

enum plan_days_kind { PLAN_DAYS_NONE, PLAN_DAYS_RANGE, PLAN_DAYS_WEEKDAY };

/* `days:` of a task: a range of days of its week block (1-based), or a
 * weekday (0 Monday .. 6 Sunday, in from and to). */
struct plan_days {
	enum plan_days_kind kind;
	int from, to;
};

/* `every:` of a habit (a recurring task): every day, on some weekdays
 * (days: bit 0 Monday .. bit 6 Sunday), or at least `times` times in each
 * ISO week (Monday to Sunday), on any days. */
enum plan_every_kind {
	PLAN_EVERY_NONE, /* not a habit */
	PLAN_EVERY_DAY,
	PLAN_EVERY_DAYS,
	PLAN_EVERY_WEEK,
};

struct plan_every {
	enum plan_every_kind kind;
	unsigned days; /* PLAN_EVERY_DAYS: the weekdays, bit 0 Monday */
	int times;     /* PLAN_EVERY_WEEK: 1 to 7 */
};

/* "day", "mon, wed, fri", "3/week" into buf (n bytes); "" when not a
 * habit. Returns buf. */
const char *plan_every_text(const struct plan_every *e, char *buf, size_t n);

struct plan_task;

struct plan_tasks {
	struct plan_task *v;
	size_t n;
};

struct plan_task {
	const char *id, *key, *title, *notes;
	int estimate; /* minutes, 0 when not given */
	struct plan_days days;
	int due; /* a date, CALENDAR_NONE when not given */
	enum plan_priority priority;
	bool optional;
	bool marked_done; /* `x-done: true`: ticked in the Markdown it was
			     drafted from (stride md2yaml) */
	struct plan_every every; /* a habit when every.kind is not NONE: it
				    recurs while its phase or week block (the
				    plan, for the plan's `habits`) is current */
	int minutes;		 /* a habit's minutes each time, 0: not given */
	struct plan_strv tags;
	struct plan_resources resources;
	struct plan_tasks tasks; /* sub-tasks */
	struct plan_pos pos;
};

struct plan_week {
	const char *id, *key, *title, *summary, *goal;
	int week_from, week_to; /* weeks of the phase, 0 when not given */
	struct plan_span span;
	struct plan_deliverable *deliverable; /* NULL when none */
	struct plan_resources resources;
	struct plan_tasks tasks;
	struct plan_criteria criteria;
	struct plan_pos pos;
};

struct plan_weeks {
	struct plan_week *v;
	size_t n;
};

struct plan_phase;

struct plan_phases {
	struct plan_phase *v;
	size_t n;
};

struct plan_phase {
	const char *id, *key, *title, *goal, *summary, *milestone;
	int depth; /* 1 for a top-level phase */
	struct plan_span span;
	struct plan_deliverable *deliverable; /* NULL when none */
	struct plan_skills skills;
	struct plan_strv tags;
	struct plan_resources resources;
	struct plan_phases phases; /* sub-phases */
	struct plan_weeks weeks;
	struct plan_tasks tasks;
	struct plan_criteria criteria;
	struct plan_pos pos;
};

/* One day of the weekly schedule: minutes 0 is a rest day. */
struct plan_day {
	int minutes;
	const char *focus;
};

struct plan_counts {
	size_t phases, weeks, tasks, criteria, deliverables, resources;
	size_t habits; /* recurring tasks, not in `tasks` */
};

/* "9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0
 * resources" into buf (n bytes), and ", 2 habits" when there are any;
 * returns buf. */
const char *plan_counts_text(const struct plan_counts *c, char *buf, size_t n);

struct plan {
	struct arena *arena;
	const char *file; /* as given to the loader */
	const char *id, *title, *summary;
	int start, end;         /* as written; CALENDAR_NONE when absent */
	struct plan_span span;  /* start/end, else the span of the phases */
	bool anchored; /* no dates of its own: laid out from the day it was
			  started (loader_load_anchored) */
	bool layable;  /* no dates of its own, but phases that say how long
			  they run: it can be laid out from a day */
	struct plan_day schedule[7]; /* Monday first */
	bool has_schedule;           /* false: no `schedule` key at all */
	struct plan_skill *skills;
	size_t nskills;
	struct plan_strv prompts;  /* the reflection's prompts (defaults filled) */
	struct plan_skills rate;   /* skills rated weekly (default: all) */
	struct plan_resource **resources; /* the library, then inline ones */
	size_t nresources, nlibrary;      /* all, and the library's share */
	struct plan_strv tags;
	struct plan_phases phases;
	struct plan_tasks habits; /* the plan-wide habits (`habits:`), keyed
				     habits/<slug> unless they have an id */
	struct plan_counts counts;
};

/* Releases a plan and everything in it. NULL is a no-op. */
void plan_free(struct plan *p);

/* The reflection prompts a plan gets when it names none. */
extern const char *const plan_default_prompts[3];

/* "book", "course", ...; NULL for PLAN_RES_NONE. */
const char *plan_resource_kind_name(enum plan_resource_kind kind);
/* "high", "medium", "low"; NULL for PLAN_PRIO_NONE. */
const char *plan_priority_name(enum plan_priority prio);
/* "mon" .. "sun" for 0 .. 6. */
const char *plan_weekday_name(int weekday);

#endif
