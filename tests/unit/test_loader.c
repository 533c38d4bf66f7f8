/*
 * Unit tests for the loader: one or more for every rule of
 * docs/plan-format.md and every kind of error, with its exact line:column
 * and the words of its message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stride/arena.h"
#include "stride/calendar.h"
#include "stride/loader.h"

#define HEAD "stride: 1\nid: t\ntitle: T\n"

/* ---- helpers ----------------------------------------------------------- */

static void dump(const struct diag_list *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "  %u:%u: %s: %s\n", d->v[i].line, d->v[i].col,
			d->v[i].level == DIAG_ERROR ? "error" : "warning",
			d->v[i].msg);
}

/* Loads yaml, which must be valid; warnings are put in *warnings when
 * given, else there must be none. */
static struct plan *load_ok_w(const char *yaml, struct diag_list *warnings)
{
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p = NULL;
	enum loader_status st = loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	if (st != LOADER_OK || (!warnings && d.n)) {
		fprintf(stderr, "unexpected diagnostics for:\n%s\n", yaml);
		dump(&d);
	}
	assert_int_equal(st, LOADER_OK);
	assert_non_null(p);
	if (warnings)
		*warnings = d;
	else
		diag_list_done(&d);
	return p;
}

static struct plan *load_ok(const char *yaml)
{
	return load_ok_w(yaml, NULL);
}

/* Some diagnostic of level at line:col whose message holds needle. */
static bool has_diag(const struct diag_list *d, enum diag_level level,
		     unsigned line, unsigned col, const char *needle)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].level == level && d->v[i].line == line &&
		    d->v[i].col == col && strstr(d->v[i].msg, needle))
			return true;
	return false;
}

/* yaml must be invalid with an error at line:col that says needle. */
static void expect_error(const char *yaml, unsigned line, unsigned col,
			 const char *needle)
{
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p = (struct plan *)1;
	enum loader_status st = loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &d);
	bool found = has_diag(&d, DIAG_ERROR, line, col, needle);
	if (st != LOADER_INVALID || !found) {
		fprintf(stderr, "wanted error at %u:%u with \"%s\" for:\n%s\ngot:\n",
			line, col, needle, yaml);
		dump(&d);
	}
	assert_int_equal(st, LOADER_INVALID);
	assert_null(p);
	assert_true(found);
	diag_list_done(&d);
}

/* yaml must load with a warning at line:col that says needle. */
static void expect_warning(const char *yaml, unsigned line, unsigned col,
			   const char *needle)
{
	struct diag_list d;
	struct plan *p = load_ok_w(yaml, &d);
	bool found = has_diag(&d, DIAG_WARNING, line, col, needle);
	if (!found) {
		fprintf(stderr, "wanted warning at %u:%u with \"%s\", got:\n", line,
			col, needle);
		dump(&d);
	}
	assert_true(found);
	diag_list_done(&d);
	plan_free(p);
}

static const char *date(int day)
{
	static char buf[8][CALENDAR_DATE_LEN];
	static int i;
	if (day == CALENDAR_NONE)
		return "none";
	i = (i + 1) % 8;
	return calendar_format(day, buf[i]);
}

static void assert_span(struct plan_span s, const char *start, const char *end)
{
	assert_string_equal(date(s.start), start);
	assert_string_equal(date(s.end), end);
}

/* ---- the example of the format ------------------------------------------ */

static const char example[] =
	"stride: 1\n"
	"id: backend-2025\n"
	"title: Mid-Level Backend Roadmap (2025)\n"
	"summary: >\n"
	"  From junior to mid-level backend developer, 30 minutes a day.\n"
	"start: 2025-06-12\n"
	"end: 2025-12-31\n"
	"schedule:\n"
	"  mon: { minutes: 30, focus: Theory - docs or video }\n"
	"  tue: { minutes: 30, focus: Code-along example }\n"
	"  sat: { minutes: 30, focus: \"Hands-on: extend the week's mini-project\" }\n"
	"  sun: rest\n"
	"skills:\n"
	"  - { id: node, name: Node & TypeScript }\n"
	"  - { id: sql,  name: SQL and data modelling, level: 2 }\n"
	"reflection:\n"
	"  prompts: [What did I learn?, What was hard?, Goals for next week]\n"
	"  rate: [node, sql]\n"
	"resources:\n"
	"  - id: ddia\n"
	"    title: Designing Data-Intensive Applications\n"
	"    kind: book\n"
	"    by: Martin Kleppmann\n"
	"    url: https://dataintensive.net\n"
	"phases:\n"
	"  - id: phase-1\n"
	"    title: Language & Runtime Mastery\n"
	"    start: 2025-06-12\n"
	"    end: 2025-07-09\n"
	"    goal: Deep JS/TS knowledge, Node internals, async patterns.\n"
	"    deliverable: CLI scraper with streaming + progress bar\n"
	"    milestone: phase-1\n"
	"    tasks:\n"
	"      - Read ES 2025 & TypeScript 5.x advanced chapters\n"
	"      - id: event-loop\n"
	"        title: Diagram Node event-loop vs libuv thread-pool\n"
	"        estimate: 2h\n"
	"        resources: [ddia]\n"
	"    criteria:\n"
	"      - CLI handles 10 k requests without blocking\n"
	"      - Progress updates every 500 ms\n"
	"  - id: phase-2\n"
	"    title: Data & Persistence\n"
	"    duration: 3w\n"
	"    skills: [sql]\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        title: Postgres indexing\n"
	"        tasks:\n"
	"          - { title: Index & query tuning in Postgres, days: 1-3 }\n"
	"          - { title: Read chapter 3 of DDIA, days: 4-5, resources: [ddia] }\n"
	"      - week: 2-3\n"
	"        title: Prisma and Redis\n"
	"        tasks:\n"
	"          - title: Add Redis cache with pub/sub invalidation\n"
	"            tasks:\n"
	"              - Cache-aside reads\n"
	"              - Invalidation on write\n"
	"        criteria:\n"
	"          - API returns cached responses <= 50 ms for hot keys\n"
	"  - id: bonus\n"
	"    title: Bonus focus areas\n"
	"    tasks:\n"
	"      - { title: Event-driven architectures with Kafka, optional: true }\n";

static void test_example(void **state)
{
	(void)state;
	struct plan *p = load_ok(example);
	assert_string_equal(p->id, "backend-2025");
	assert_string_equal(p->title, "Mid-Level Backend Roadmap (2025)");
	assert_string_equal(p->summary,
			    "From junior to mid-level backend developer, 30 minutes a day.");
	assert_span(p->span, "2025-06-12", "2025-12-31");
	assert_int_equal(p->counts.phases, 3);
	assert_int_equal(p->counts.weeks, 2);
	assert_int_equal(p->counts.tasks, 8);
	assert_int_equal(p->counts.criteria, 3);
	assert_int_equal(p->counts.deliverables, 1);
	assert_int_equal(p->counts.resources, 1);

	assert_int_equal(p->schedule[0].minutes, 30);
	assert_string_equal(p->schedule[0].focus, "Theory - docs or video");
	assert_int_equal(p->schedule[2].minutes, 0); /* absent: rest */
	assert_int_equal(p->schedule[6].minutes, 0);
	assert_string_equal(p->schedule[5].focus,
			    "Hands-on: extend the week's mini-project");

	assert_int_equal(p->nskills, 2);
	assert_int_equal(p->skills[1].level, 2);
	assert_int_equal(p->rate.n, 2);
	assert_ptr_equal(p->rate.v[1], &p->skills[1]);
	assert_int_equal(p->prompts.n, 3);

	const struct plan_phase *ph1 = &p->phases.v[0], *ph2 = &p->phases.v[1];
	assert_string_equal(ph1->key, "phase-1");
	assert_span(ph1->span, "2025-06-12", "2025-07-09");
	assert_string_equal(ph1->milestone, "phase-1");
	assert_string_equal(ph1->deliverable->title,
			    "CLI scraper with streaming + progress bar");
	assert_string_equal(ph1->deliverable->key,
			    "phase-1/cli-scraper-with-streaming-progress-bar");
	assert_string_equal(ph1->tasks.v[0].key,
			    "phase-1/read-es-2025-typescript-5-x-advanced-chapters");
	assert_string_equal(ph1->tasks.v[1].key, "event-loop");
	assert_int_equal(ph1->tasks.v[1].estimate, 120);
	assert_int_equal(ph1->tasks.v[1].resources.n, 1);
	assert_ptr_equal(ph1->tasks.v[1].resources.v[0], p->resources[0]);
	assert_string_equal(p->resources[0]->key, "ddia");
	assert_int_equal(p->resources[0]->kind, PLAN_RES_BOOK);

	/* duration alone: the day after phase 1 ends, for three weeks */
	assert_span(ph2->span, "2025-07-10", "2025-07-30");
	assert_int_equal(ph2->skills.n, 1);
	assert_ptr_equal(ph2->skills.v[0], &p->skills[1]);
	assert_string_equal(ph2->weeks.v[0].key, "phase-2/week-1");
	assert_span(ph2->weeks.v[0].span, "2025-07-10", "2025-07-16");
	assert_string_equal(ph2->weeks.v[1].key, "phase-2/week-2-3");
	assert_span(ph2->weeks.v[1].span, "2025-07-17", "2025-07-30");
	const struct plan_task *t = &ph2->weeks.v[0].tasks.v[0];
	assert_int_equal(t->days.kind, PLAN_DAYS_RANGE);
	assert_int_equal(t->days.from, 1);
	assert_int_equal(t->days.to, 3);
	const struct plan_task *redis = &ph2->weeks.v[1].tasks.v[0];
	assert_int_equal(redis->tasks.n, 2);
	assert_string_equal(redis->tasks.v[0].key,
			    "phase-2/week-2-3/add-redis-cache-with-pub-sub-invalidation/cache-aside-reads");

	const struct plan_phase *bonus = &p->phases.v[2];
	assert_int_equal(bonus->span.start, CALENDAR_NONE);
	assert_true(bonus->tasks.v[0].optional);
	plan_free(p);
}

/* ---- values ------------------------------------------------------------- */

static void test_estimates(void **state)
{
	(void)state;
	static const struct { const char *text; int minutes; } ok[] = {
		{ "90m", 90 }, { "2h", 120 }, { "1.5h", 90 }, { "1h30m", 90 },
		{ "0.25h", 15 }, { "45m", 45 }, { "10h5m", 605 },
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		char yaml[256];
		snprintf(yaml, sizeof(yaml),
			 HEAD "phases:\n  - title: P\n    tasks:\n"
			      "      - { title: A, estimate: %s }\n",
			 ok[i].text);
		struct plan *p = load_ok(yaml);
		assert_int_equal(p->phases.v[0].tasks.v[0].estimate, ok[i].minutes);
		plan_free(p);
	}
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n"
			  "      - title: A\n        estimate: two hours\n",
		     8, 19,
		     "'estimate' must be a duration like 90m or 1.5h, got \"two hours\"");
	static const char *const bad[] = { "90", "0m", "1.h", "h", "1m30h", "1.5m",
					   "-1h", "1h 30m" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char yaml[256];
		snprintf(yaml, sizeof(yaml),
			 HEAD "phases:\n  - title: P\n    tasks:\n"
			      "      - { title: A, estimate: %s }\n",
			 bad[i]);
		expect_error(yaml, 7, 31, "'estimate' must be a duration");
	}
}

static void test_days_and_weeks(void **state)
{
	(void)state;
	struct plan *p = load_ok(
		HEAD "phases:\n  - title: P\n    start: 2025-01-06\n    duration: 4w\n"
		     "    weeks:\n"
		     "      - week: 2\n        tasks:\n"
		     "          - { title: A, days: 3 }\n"
		     "          - { title: B, days: sat }\n"
		     "          - { title: C, days: 6-7 }\n"
		     "      - week: 3-4\n        tasks:\n"
		     "          - { title: D, days: 8-14 }\n");
	const struct plan_week *w = &p->phases.v[0].weeks.v[0];
	assert_span(w->span, "2025-01-13", "2025-01-19");
	assert_int_equal(w->tasks.v[0].days.from, 3);
	assert_int_equal(w->tasks.v[1].days.kind, PLAN_DAYS_WEEKDAY);
	assert_int_equal(w->tasks.v[1].days.from, 5);
	assert_int_equal(w->tasks.v[2].days.to, 7);
	assert_span(p->phases.v[0].weeks.v[1].span, "2025-01-20", "2025-02-02");
	plan_free(p);

	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n"
			  "      - week: 1\n        tasks:\n"
			  "          - { title: A, days: 8 }\n",
		     9, 31, "'days' 8 runs past the end of its week block (7 days)");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n"
			  "      - week: 1\n        tasks:\n"
			  "          - { title: A, days: 3-1 }\n",
		     9, 31, "'days' must be a day like 3, a range like 1-2, or a weekday");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 0\n",
		     7, 15, "'week' must be a week of the phase like 3");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 2-1\n",
		     7, 15, "got \"2-1\"");
	/* the limits are said: week 1000 of a phase, day 10000 */
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 5000\n",
		     7, 15, "'week' 5000 is past week 1000, the last a week block may name "
			    "(weeks count from its phase's start)");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 2-99999999999999999999\n",
		     7, 15, "'week' 2-99999999999999999999 is past week 1000");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 5000-2\n",
		     7, 15, "'week' must be a week of the phase like 3, or a range like 1-2; "
			    "got \"5000-2\"");
	p = load_ok(HEAD "phases:\n  - title: P\n    weeks:\n      - week: 999-1000\n"
			 "    tasks:\n      - { title: A, days: 10000 }\n");
	assert_int_equal(p->phases.v[0].weeks.v[0].week_to, 1000);
	assert_int_equal(p->phases.v[0].tasks.v[0].days.to, 10000);
	plan_free(p);
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n      - { title: A, days: 10001 }\n",
		     7, 27, "'days' 10001 is past day 10000, the last a task may name");
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n"
			  "      - week: 1\n        tasks:\n"
			  "          - { title: A, days: 20000 }\n",
		     9, 31, "'days' 20000 runs past the end of its week block (7 days)");
	/* a week that ends after 9999-12-31 */
	expect_error(HEAD "phases:\n  - title: P\n    start: 9999-12-20\n    weeks:\n"
			  "      - week: 2\n",
		     8, 15, "'week' 2 of a phase that starts 9999-12-20 would end after "
			    "9999-12-31, the last date a plan can have");
	p = load_ok(HEAD "phases:\n  - title: P\n    start: 9999-12-18\n    weeks:\n"
			 "      - week: 2\n");
	assert_span(p->phases.v[0].weeks.v[0].span, "9999-12-25", "9999-12-31");
	plan_free(p);
	expect_error(HEAD "phases:\n  - title: P\n    weeks:\n      - summary: S\n",
		     7, 9, "a week block needs 'week' or 'title'");
}

/* Habits: every form of `every`, `minutes`, the plan's `habits`, and each
 * bad value at its line and column. */
static void test_habits(void **state)
{
	(void)state;
	struct plan *p = load_ok(
		HEAD "habits:\n"
		     "  - { title: Cards, every: fri, minutes: 20 }\n"
		     "  - { id: run, title: Run, every: day }\n"
		     "phases:\n  - title: P\n    tasks:\n"
		     "      - Read\n"
		     "      - { title: Code, every: 3/week, minutes: 30 }\n"
		     "      - { title: Gym, every: [mon, wed, fri] }\n"
		     "      - { title: All, every: [sun, mon, tue, wed, thu, fri, sat] }\n"
		     "      - { title: Once, every: 1/week }\n");
	assert_int_equal(p->counts.tasks, 1);
	assert_int_equal(p->counts.habits, 6);
	assert_int_equal(p->habits.n, 2);
	assert_int_equal(p->habits.v[0].every.kind, PLAN_EVERY_DAYS);
	assert_int_equal(p->habits.v[0].every.days, 1u << 4);
	assert_int_equal(p->habits.v[0].minutes, 20);
	assert_string_equal(p->habits.v[0].key, "habits/cards");
	assert_string_equal(p->habits.v[1].key, "run");
	assert_int_equal(p->habits.v[1].every.kind, PLAN_EVERY_DAY);
	const struct plan_tasks *t = &p->phases.v[0].tasks;
	assert_int_equal(t->v[0].every.kind, PLAN_EVERY_NONE);
	assert_int_equal(t->v[1].every.kind, PLAN_EVERY_WEEK);
	assert_int_equal(t->v[1].every.times, 3);
	assert_int_equal(t->v[1].minutes, 30);
	assert_int_equal(t->v[2].every.kind, PLAN_EVERY_DAYS);
	assert_int_equal(t->v[2].every.days, 1u | 4u | 16u);
	/* all seven weekdays are every day */
	assert_int_equal(t->v[3].every.kind, PLAN_EVERY_DAY);
	assert_int_equal(t->v[4].every.times, 1);
	assert_string_equal(t->v[1].key, "p/code");
	char buf[64];
	assert_string_equal(plan_every_text(&t->v[2].every, buf, sizeof(buf)), "mon, wed, fri");
	assert_string_equal(plan_every_text(&t->v[1].every, buf, sizeof(buf)), "3/week");
	assert_string_equal(plan_every_text(&t->v[3].every, buf, sizeof(buf)), "day");
	plan_free(p);

#define HAB HEAD "phases:\n  - title: P\n    tasks:\n"
	expect_error(HAB "      - { title: A, every: 8/week }\n", 7, 28,
		     "'every' 8/week is more often than a week has days: give 1/week to "
		     "7/week, or every: day");
	expect_error(HAB "      - { title: A, every: 0/week }\n", 7, 28,
		     "'every' 0/week is never: give 1/week to 7/week");
	expect_error(HAB "      - { title: A, every: [mon, funday] }\n", 7, 34,
		     "'every' takes the weekdays mon, tue, wed, thu, fri, sat, sun; got \"funday\"");
	expect_error(HAB "      - { title: A, every: [mon, mon] }\n", 7, 34,
		     "'every' names mon twice");
	expect_error(HAB "      - { title: A, every: [] }\n", 7, 28, "'every' [] names no day");
	expect_error(HAB "      - { title: A, every: daily }\n", 7, 28, "(write every: day)");
	expect_error(HAB "      - { title: A, every: twice a week }\n", 7, 28,
		     "'every' must be day, a list of weekdays like [mon, wed, fri], or N/week "
		     "like 3/week; got \"twice a week\"");
	expect_error(HAB "      - { title: A, every: { mon: 1 } }\n", 7, 28, "got a mapping");
	expect_error(HAB "      - { title: A, every: day, minutes: -5 }\n", 7, 42,
		     "'minutes' must be a whole number from 1 to 1440, got \"-5\"");
	expect_error(HAB "      - { title: A, every: day, minutes: 1441 }\n", 7, 42,
		     "'minutes' must be a whole number from 1 to 1440");
	expect_error(HAB "      - { title: A, minutes: 30 }\n", 7, 30,
		     "'minutes' is for a habit: add 'every'");
	expect_error(HAB "      - { title: A, every: day, days: 1-2 }\n", 7, 33,
		     "a habit (a task with 'every') takes no 'days'");
	expect_error(HAB "      - { title: A, every: day, estimate: 1h }\n", 7, 33,
		     "takes no 'estimate': give the time each occurrence takes as 'minutes'");
	expect_error(HAB "      - title: A\n        tasks:\n          - { title: B, every: day }\n",
		     9, 25, "a habit must stand in a phase, a week block or the plan's 'habits'");
	expect_error(HEAD "habits:\n  - Just a title\n"
			  "phases:\n  - title: P\n",
		     5, 5, "a habit under 'habits' needs 'every'");
	expect_error(HEAD "habits:\n  - { title: A, evry: day }\n"
			  "phases:\n  - title: P\n",
		     5, 17, "unknown key 'evry' in a task (did you mean 'every'?)");
#undef HAB
}

static void test_scalars(void **state)
{
	(void)state;
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n"
			  "      - { title: A, optional: yes }\n",
		     7, 31, "'optional' must be true or false, got \"yes\"");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n"
			  "      - { title: A, priority: urgent }\n",
		     7, 31, "'priority' must be high, medium or low, got \"urgent\"");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n"
			  "      - { title: A, due: tomorrow }\n",
		     7, 26, "'due' must be a date like 2025-06-12, got \"tomorrow\"");
	expect_error(HEAD "phases:\n  - title: \"\"\n", 5, 12, "'title' must not be empty");
	expect_error(HEAD "phases:\n  - title: [a, b]\n", 5, 12, "'title' must be text, got a list");
	/* a title is shown on one line: its line breaks become spaces */
	struct plan *folded = load_ok(HEAD "phases:\n  - title: |\n      two\n      lines\n"
					   "    tasks: [\"a\\nb\"]\n");
	assert_string_equal(folded->phases.v[0].title, "two lines");
	assert_string_equal(folded->phases.v[0].tasks.v[0].title, "a b");
	plan_free(folded);
	/* a url is one line or an error */
	expect_error(HEAD "resources:\n  - { title: R, url: \"http://a\\nb\" }\nphases:\n"
			  "  - title: P\n", 5, 22, "'url' must be one line");
	expect_error(HEAD "phases:\n  - title: P\n    tasks: { a: 1 }\n", 6, 12,
		     "'tasks' must be a list, got a mapping");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n      - [a]\n", 7, 9,
		     "a task must be text or a mapping with a title, got a list");

	struct plan *p = load_ok(HEAD "phases:\n  - title: \"  padded  \"\n"
				      "    goal:\n    tags: solo\n"
				      "    tasks:\n      - { title: 2025, optional: False }\n");
	assert_string_equal(p->phases.v[0].title, "padded");
	assert_null(p->phases.v[0].goal);
	assert_int_equal(p->phases.v[0].tags.n, 1);
	assert_string_equal(p->phases.v[0].tags.v[0], "solo");
	assert_string_equal(p->phases.v[0].tasks.v[0].title, "2025");
	plan_free(p);
}

static void test_ids(void **state)
{
	(void)state;
	expect_error(HEAD "phases:\n  - { title: P, id: Phase_1 }\n", 5, 21,
		     "'id' must be lowercase letters, digits");
	expect_error(HEAD "phases:\n  - { title: P, id: -x }\n", 5, 21, "got \"-x\"");
	char yaml[512];
	snprintf(yaml, sizeof(yaml), HEAD "phases:\n  - { title: P, id: %065d }\n", 0);
	expect_error(yaml, 5, 21, "'id' is 65 characters long; an id has at most 64");
	snprintf(yaml, sizeof(yaml), HEAD "phases:\n  - { title: P, id: %064d }\n", 0);
	plan_free(load_ok(yaml));
	/* unique across kinds; the later one is reported */
	expect_error(HEAD "skills:\n  - { id: x, name: X }\n"
			  "phases:\n  - title: P\n    tasks:\n      - { id: x, title: A }\n",
		     9, 15, "duplicate id 'x': a skill at 5:11 has it already");
	expect_error(HEAD "phases:\n  - title: P\n    id: p1\n"
			  "skills:\n  - { id: p1, name: X }\n",
		     8, 11, "duplicate id 'p1': a phase at 6:9 has it already");
}

/* ---- structure errors ------------------------------------------------------ */

static void test_keys(void **state)
{
	(void)state;
	expect_error(HEAD "phases:\n  - title: P\n    tsks: [a]\n", 6, 5,
		     "unknown key 'tsks' in a phase (did you mean 'tasks'?)");
	/* a tie names both */
	expect_error(HEAD "phases:\n  - title: P\n    taks: [a]\n", 6, 5,
		     "unknown key 'taks' in a phase (did you mean 'tags' or 'tasks'?)");
	expect_error(HEAD "phases:\n  - title: P\n    colour: red\n", 6, 5,
		     "unknown key 'colour' in a phase (keys of your own must begin with x-)");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n      - { title: A, weeks: 1 }\n",
		     7, 21, "unknown key 'weeks' in a task");
	expect_error(HEAD "schedule:\n  monday: rest\nphases:\n  - title: P\n", 5, 3,
		     "unknown key 'monday' in the schedule (did you mean 'mon'?)");
	expect_error(HEAD "title: U\nphases:\n  - title: P\n", 4, 1,
		     "duplicate key 'title' (first at 3:1)");
	expect_error(HEAD "phases:\n  - title: P\n    x-a: 1\n    x-a: 2\n", 7, 5,
		     "duplicate key 'x-a' (first at 6:5)");
	/* missing keys are reported at the mapping's first key */
	expect_error(HEAD "phases:\n  - goal: G\n    tasks: [a]\n", 5, 5,
		     "a phase needs 'title'");
	expect_error("id: t\ntitle: T\nphases:\n  - title: P\n", 1, 1, "a plan needs 'stride'");
	expect_error("stride: 1\ntitle: T\nphases:\n  - title: P\n", 1, 1, "a plan needs 'id'");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n      - { estimate: 1h }\n",
		     7, 11, "a task needs 'title'");
	expect_error(HEAD "phases:\n  - {}\n", 5, 5, "a phase needs 'title'");
	expect_error(HEAD, 1, 1, "a plan needs 'phases'");
	expect_error(HEAD "phases: []\n", 4, 9, "'phases' must hold at least one phase");
	expect_error(HEAD "phases:\n", 4, 8, "'phases' must hold at least one phase");
	expect_error(HEAD "phases:\n  - title: P\n    tasks:\n      - { title: A, tasks: [b] }\n"
			  "x-mine: { anything: [goes, here] }\n"
			  "x-more:\n  nested: { deep: 1 }\n"
			  "wat: 1\n",
		     11, 1, "unknown key 'wat' in the plan");
	struct plan *p = load_ok(HEAD "x-mine: { anything: [goes, here, { a: 1 }] }\n"
				      "phases:\n  - title: P\n    x-notes: 3\n");
	plan_free(p);
	/* the one x- key stride reads: a task's x-done, when a plain true */
	p = load_ok(HEAD "phases:\n  - title: P\n    x-done: true\n    tasks:\n"
			 "      - { title: A, x-done: true }\n"
			 "      - { title: B, x-done: \"true\" }\n"
			 "      - { title: C, x-done: yes }\n"
			 "      - { title: D, x-done: [true] }\n"
			 "      - title: E\n        x-done: TRUE\n"
			 "        tasks: [{ title: F, x-done: false }, G]\n");
	const struct plan_tasks *tl = &p->phases.v[0].tasks;
	assert_int_equal(tl->n, 5);
	assert_true(tl->v[0].marked_done);
	assert_false(tl->v[1].marked_done);
	assert_false(tl->v[2].marked_done);
	assert_false(tl->v[3].marked_done);
	assert_true(tl->v[4].marked_done);
	assert_false(tl->v[4].tasks.v[0].marked_done);
	assert_false(tl->v[4].tasks.v[1].marked_done);
	plan_free(p);
	/* x- data is not read, but it is still YAML of a plan: no anchors */
	expect_error(HEAD "x-mine: [&a here, *a]\nphases:\n  - title: P\n", 4, 10,
		     "anchors (&a) are not supported");
}

static void test_documents(void **state)
{
	(void)state;
	expect_error("", 1, 1, "the file is empty");
	expect_error("# only a comment\n\n# and another\n", 1, 1, "the file is empty");
	expect_error("---\n", 1, 1, "the file is empty");
	expect_error("just text\n", 1, 1, "a plan file must be a mapping");
	expect_error("- a\n- b\n", 1, 1, "a plan file must be a mapping (key: value lines) "
					 "with 'stride', 'id', 'title' and 'phases'; got a list");
	expect_error(HEAD "phases:\n  - title: P\n---\nstride: 1\n", 6, 1,
		     "a plan file holds one YAML document; a second one starts here");
	expect_error(HEAD "phases:\n  - &p title: P\n", 5, 5, "anchors (&p) are not supported");
	expect_error(HEAD "x: &a 1\nphases:\n  - title: *a\n", 6, 12,
		     "aliases (*a) are not supported");
	expect_error(HEAD "phases:\n  - title: !!int 3\n", 5, 12,
		     "YAML tags (tag:yaml.org,2002:int) are not supported");
	struct plan *p = load_ok(HEAD "phases:\n  - title: !!str 3\n");
	assert_string_equal(p->phases.v[0].title, "3");
	plan_free(p);
	expect_error("stride: 2\nid: t\ntitle: T\nphases:\n  - title: P\n", 1, 9,
		     "this plan is in format version 2; this stride reads version 1");
	expect_error("stride: one\nid: t\ntitle: T\nphases:\n  - title: P\n", 1, 9,
		     "'stride' must be the format version, 1");
	expect_error("stride: \"1\"\nid: t\ntitle: T\nphases:\n  - title: P\n", 1, 9,
		     "'stride' must be the number 1, written without quotes; got \"1\"");
	expect_error(HEAD "phases:\n  - title: P\n   bad: indent\n", 6, 4,
		     "invalid YAML: did not find expected '-' indicator (while "
		     "parsing a block collection at 5:3)");
	expect_error(HEAD "phases:\n  - title: P: Q\n", 5, 13,
		     "invalid YAML: mapping values are not allowed in this context");
	expect_error(HEAD "phases:\n\t- title: P\n", 5, 1,
		     "(a tab cannot indent YAML: use spaces)");
}

/* A billion laughs: refused at its first anchor, and quickly. */
static void test_billion_laughs(void **state)
{
	(void)state;
	char yaml[4096];
	size_t o = (size_t)snprintf(yaml, sizeof(yaml), "%sa: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n", HEAD);
	for (char c = 'b'; c <= 'i'; c++)
		o += (size_t)snprintf(yaml + o, sizeof(yaml) - o,
				      "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n",
				      c, c, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1,
				      c - 1, c - 1);
	snprintf(yaml + o, sizeof(yaml) - o, "phases:\n  - title: *i\n");
	expect_error(yaml, 4, 4, "anchors (&a) are not supported");
}

static void test_text_errors(void **state)
{
	(void)state;
	/* invalid UTF-8: the first bad byte, its column counted in characters */
	expect_error(HEAD "phases:\n  - title: \xc3\xa9t\xff\n", 5, 14,
		     "invalid UTF-8 (byte 0xff): a plan file must be UTF-8 text");
	expect_error("\xff\xfe" "s\0t", 1, 1, "invalid UTF-8 (byte 0xff)");
	/* a raw control byte, and one made by an escape */
	expect_error(HEAD "phases:\n  - title: a\x1b[31mb\n", 5, 13,
		     "control character U+001B is not allowed in a plan file");
	expect_error(HEAD "phases:\n  - title: \"a\\e[31mb\"\n", 5, 12,
		     "control character U+001B in a string");
	expect_error(HEAD "phases:\n  - title: \"a\\u0085b\"\n", 5, 12,
		     "control character U+0085 in a string");
	expect_error(HEAD "phases:\n  - title: \"a\\rb\"\n", 5, 12,
		     "control character U+000D in a string");
	/* a control byte at every place in a run of ASCII (read eight bytes
	 * at a time), and one after a character of two bytes */
	for (int k = 0; k < 20; k++) {
		static const char bytes[] = { 0x07, 0x7f, 0x1f };
		for (size_t b = 0; b < sizeof(bytes); b++) {
			char yaml[256];
			snprintf(yaml, sizeof(yaml),
				 HEAD "phases:\n  - title: %.*s%c%s\n", k,
				 "abcdefghijklmnopqrstuvwxyz", bytes[b],
				 k % 2 ? "\xc3\xa9 and more text after it" : "z");
			char want[64];
			snprintf(want, sizeof(want), "control character U+%04X",
				 (unsigned)bytes[b]);
			expect_error(yaml, 5, 12 + (unsigned)k, want);
		}
	}
	expect_error(HEAD "phases:\n  - title: \xc3\xa9" "abcdefgh\x07\n", 5, 21,
		     "control character U+0007");
	/* a NUL byte: one error, the file is not text */
	static const char nul[] = "stride: 1\nid: t\0\0\0\n";
	struct diag_list d;
	diag_list_init(&d);
	struct plan *np;
	assert_int_equal(loader_load_buffer("t.yaml", nul, sizeof(nul) - 1, &np, &d),
			 LOADER_INVALID);
	assert_int_equal(d.errors, 1);
	assert_true(has_diag(&d, DIAG_ERROR, 2, 6, "a NUL byte: this is not a text file"));
	diag_list_done(&d);
	/* one byte order mark, not two: the second is the first column, as
	 * the first is no column at all */
	expect_error("\xef\xbb\xbf\xef\xbb\xbf" HEAD "phases:\n  - title: P\n", 1, 1,
		     "a second byte order mark (U+FEFF): a file may begin with one, no "
		     "more; delete this one");
	/* tabs and newlines are fine, a BOM too; columns count characters */
	struct plan *p = load_ok("\xef\xbb\xbf" HEAD "phases:\n  - title: \"a\\tb\"\n"
				 "    summary: \"x\\ny\"\n");
	assert_string_equal(p->phases.v[0].title, "a\tb");
	plan_free(p);
	expect_error(HEAD "phases:\n  - title: \xe6\x97\xa5\xe6\x9c\xac\n    start: 2025-02-30\n",
		     6, 12, "'start' 2025-02-30 is not a real date");
	expect_error(HEAD "phases:\n  - { title: \xe6\x97\xa5\xe6\x9c\xac, start: 2025-02-30 }\n",
		     5, 25, "'start' 2025-02-30 is not a real date");
}

static void test_too_big(void **state)
{
	(void)state;
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	/* the loader refuses on the length alone: it reads none of the bytes */
	static const char tiny[] = "stride: 1\n";
	assert_int_equal(loader_load_buffer("big.yaml", tiny, LOADER_MAX_BYTES + 1, &p, &d),
			 LOADER_INVALID);
	assert_true(has_diag(&d, DIAG_ERROR, 1, 1,
			     "the file is 67108865 bytes, more than the 64 MiB "
			     "(67108864 bytes) a plan may have"));
	diag_list_done(&d);
}

static void test_nesting(void **state)
{
	(void)state;
	char yaml[8192];
	/* phases: 8 deep loads, 9 deep is refused at the ninth */
	for (int depth = 8; depth <= 9; depth++) {
		size_t o = (size_t)snprintf(yaml, sizeof(yaml), "%sphases:\n", HEAD);
		for (int i = 0; i < depth; i++) {
			o += (size_t)snprintf(yaml + o, sizeof(yaml) - o,
					      "%*s- title: P%d\n%*sphases:\n", 4 * i, "",
					      i + 1, 4 * i + 2, "");
		}
		o += (size_t)snprintf(yaml + o, sizeof(yaml) - o, "%*s[]\n", 4 * depth, "");
		if (depth == 8) {
			struct plan *p = load_ok(yaml);
			assert_int_equal(p->counts.phases, 8);
			plan_free(p);
		} else {
			/* at the ninth phase's mapping, its first key */
			expect_error(yaml, 4 + 2 * 8 + 1, 4 * 8 + 3,
				     "phases nested more than 8 deep");
		}
	}
	for (int depth = 8; depth <= 9; depth++) {
		size_t o = (size_t)snprintf(yaml, sizeof(yaml),
					    "%sphases:\n  - title: P\n    tasks:\n", HEAD);
		for (int i = 0; i < depth; i++)
			o += (size_t)snprintf(yaml + o, sizeof(yaml) - o,
					      "%*s- title: T%d\n%*stasks:\n", 6 + 4 * i, "",
					      i + 1, 8 + 4 * i, "");
		snprintf(yaml + o, sizeof(yaml) - o, "%*s[]\n", 6 + 4 * depth, "");
		if (depth == 8) {
			struct plan *p = load_ok(yaml);
			assert_int_equal(p->counts.tasks, 8);
			plan_free(p);
		} else {
			expect_error(yaml, 7 + 2 * 8, 6 + 4 * 8 + 3,
				     "tasks nested more than 8 deep");
		}
	}
}

static void test_error_cap(void **state)
{
	(void)state;
	size_t cap = 100 * 40 + 256, o;
	char *yaml = malloc(cap);
	o = (size_t)snprintf(yaml, cap, "%sphases:\n  - title: P\n    tasks:\n", HEAD);
	for (int i = 0; i < 60; i++)
		o += (size_t)snprintf(yaml + o, cap - o,
				      "      - { title: T%d, estimate: x }\n", i);
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	assert_int_equal(loader_load_buffer("t.yaml", yaml, o, &p, &d), LOADER_INVALID);
	assert_int_equal(d.n, DIAG_CAP);
	assert_int_equal(d.errors, 60);
	assert_int_equal(diag_dropped(&d, DIAG_ERROR), 10);
	/* sorted by line */
	for (size_t i = 1; i < d.n; i++)
		assert_true(d.v[i - 1].line <= d.v[i].line);
	assert_int_equal(d.v[0].line, 7);
	diag_list_done(&d);
	free(yaml);
}

/* ---- dates -------------------------------------------------------------- */

static struct plan_span phase_span(const char *phases_yaml, size_t i)
{
	char yaml[4096];
	snprintf(yaml, sizeof(yaml), "%sphases:\n%s", HEAD, phases_yaml);
	struct plan *p = load_ok(yaml);
	struct plan_span s = p->phases.v[i].span;
	plan_free(p);
	return s;
}

static void test_phase_dates(void **state)
{
	(void)state;
	/* start + end */
	assert_span(phase_span("  - { title: A, start: 2025-03-01, end: 2025-03-31 }\n", 0),
		    "2025-03-01", "2025-03-31");
	/* start + duration, in each unit */
	assert_span(phase_span("  - { title: A, start: 2025-03-01, duration: 10d }\n", 0),
		    "2025-03-01", "2025-03-10");
	assert_span(phase_span("  - { title: A, start: 2025-03-01, duration: 2w }\n", 0),
		    "2025-03-01", "2025-03-14");
	assert_span(phase_span("  - { title: A, start: 2025-03-01, duration: 1m }\n", 0),
		    "2025-03-01", "2025-03-31");
	/* months clamp: 2025-01-31 + 1m = 2025-02-28, so it ends the day before */
	assert_span(phase_span("  - { title: A, start: 2025-01-31, duration: 1m }\n", 0),
		    "2025-01-31", "2025-02-27");
	/* leap years */
	assert_span(phase_span("  - { title: A, start: 2024-02-29, duration: 1m }\n", 0),
		    "2024-02-29", "2024-03-28");
	assert_span(phase_span("  - { title: A, start: 2024-02-29, duration: 12m }\n", 0),
		    "2024-02-29", "2025-02-27");
	assert_span(phase_span("  - { title: A, start: 2024-01-31, duration: 1m }\n", 0),
		    "2024-01-31", "2024-02-28");
	/* end + duration: starts duration before the day after end */
	assert_span(phase_span("  - { title: A, end: 2025-03-14, duration: 2w }\n", 0),
		    "2025-03-01", "2025-03-14");
	assert_span(phase_span("  - { title: A, end: 2025-03-31, duration: 1m }\n", 0),
		    "2025-03-01", "2025-03-31");
	assert_span(phase_span("  - { title: A, end: 2025-12-31, duration: 4m }\n", 0),
		    "2025-09-01", "2025-12-31");
	/* all three, agreeing */
	assert_span(phase_span("  - { title: A, start: 2025-03-01, end: 2025-03-14, duration: 2w }\n", 0),
		    "2025-03-01", "2025-03-14");
	/* duration alone and end alone: after the previous dated sibling */
	const char *chain = "  - { title: A, start: 2025-03-01, end: 2025-03-10 }\n"
			    "  - { title: B, duration: 5d }\n"
			    "  - { title: C }\n"
			    "  - { title: D, end: 2025-03-20 }\n";
	assert_span(phase_span(chain, 1), "2025-03-11", "2025-03-15");
	assert_span(phase_span(chain, 2), "none", "none");
	assert_span(phase_span(chain, 3), "2025-03-16", "2025-03-20");
	/* duration alone with nothing before it: unscheduled */
	assert_span(phase_span("  - { title: A, duration: 5d }\n", 0), "none", "none");
	/* start alone: ends where its children end */
	assert_span(phase_span("  - title: A\n    start: 2025-03-03\n"
			       "    weeks:\n      - { week: 1 }\n      - { week: 3 }\n", 0),
		    "2025-03-03", "2025-03-23");
	assert_span(phase_span("  - title: A\n    start: 2025-03-03\n"
			       "    phases:\n      - { title: B, duration: 1w }\n"
			       "      - { title: C, duration: 2w }\n", 0),
		    "2025-03-03", "2025-03-23");
	/* none: the span of its children */
	assert_span(phase_span("  - title: A\n"
			       "    phases:\n      - { title: B, start: 2025-05-05, duration: 1w }\n"
			       "      - { title: C, duration: 2w }\n", 0),
		    "2025-05-05", "2025-05-25");
	/* the plan's start is where the first phase starts */
	char yaml[512];
	snprintf(yaml, sizeof(yaml), "%sstart: 2025-06-02\nphases:\n"
		 "  - { title: A, duration: 1w }\n  - { title: B, duration: 1w }\n", HEAD);
	struct plan *p = load_ok(yaml);
	assert_span(p->phases.v[1].span, "2025-06-09", "2025-06-15");
	assert_span(p->span, "2025-06-02", "2025-06-15");
	plan_free(p);
}

static void test_nested_dates(void **state)
{
	(void)state;
	/* Phase 1 > Month 1..3, months chained from the phase's start */
	struct plan *p = load_ok(
		HEAD "phases:\n"
		     "  - title: Phase 1\n    start: 2025-01-31\n"
		     "    phases:\n"
		     "      - title: Month 1\n        duration: 1m\n"
		     "        weeks:\n          - { week: 1, title: W }\n"
		     "      - { title: Month 2, duration: 1m }\n"
		     "      - { title: Month 3, duration: 1m }\n"
		     "  - title: Phase 2\n    duration: 2w\n");
	const struct plan_phase *ph = &p->phases.v[0];
	assert_span(ph->phases.v[0].span, "2025-01-31", "2025-02-27");
	assert_span(ph->phases.v[0].weeks.v[0].span, "2025-01-31", "2025-02-06");
	assert_span(ph->phases.v[1].span, "2025-02-28", "2025-03-27");
	assert_span(ph->phases.v[2].span, "2025-03-28", "2025-04-27");
	assert_span(ph->span, "2025-01-31", "2025-04-27");
	assert_span(p->phases.v[1].span, "2025-04-28", "2025-05-11");
	assert_int_equal(ph->phases.v[0].depth, 2);
	plan_free(p);

	/* week blocks of an unscheduled phase have no dates */
	p = load_ok(HEAD "phases:\n  - title: P\n    weeks:\n      - { week: 1 }\n");
	assert_span(p->phases.v[0].weeks.v[0].span, "none", "none");
	assert_span(p->phases.v[0].span, "none", "none");
	assert_span(p->span, "none", "none");
	plan_free(p);
}

static void test_date_errors(void **state)
{
	(void)state;
	expect_error(HEAD "phases:\n  - title: P\n    start: 2025-03-10\n    end: 2025-03-01\n",
		     7, 10, "'end' 2025-03-01 is before 'start' 2025-03-10");
	expect_error(HEAD "phases:\n  - title: P\n    start: 2025-03-01\n    end: 2025-03-31\n"
			  "    duration: 2w\n",
		     8, 15, "'start', 'end' and 'duration' disagree: 2025-03-01 + 2w "
			    "ends 2025-03-14, not 2025-03-31");
	expect_error(HEAD "phases:\n  - title: P\n    end: 2025-03-01\n", 6, 10,
		     "a phase with 'end' alone needs a start");
	expect_error(HEAD "phases:\n  - { title: A, start: 2025-03-01, duration: 1w }\n"
			  "  - { title: B, end: 2025-03-02 }\n",
		     6, 22, "'end' 2025-03-02 is before the day this phase starts (2025-03-08");
	expect_error(HEAD "phases:\n  - title: P\n    start: 2025-03-01\n", 6, 12,
		     "a phase with 'start' alone needs 'end' or 'duration'");
	expect_error(HEAD "phases:\n  - { title: P, start: 2025-03-01, duration: 3 }\n", 5, 46,
		     "'duration' must be a number and a unit like 10d, 6w or 4m; got \"3\"");
	expect_error(HEAD "phases:\n  - { title: P, start: 2025-03-01, duration: 0w }\n", 5, 46,
		     "'duration' must be more than 0, got \"0w\"");
	expect_error(HEAD "phases:\n  - { title: P, start: 2025-03-01, duration: 00d }\n", 5, 46,
		     "'duration' must be more than 0, got \"00d\"");
	/* a leading zero is a mistake of writing, whatever the dates */
	expect_error(HEAD "phases:\n  - { title: P, start: 2025-03-01, duration: 01d }\n", 5, 46,
		     "'duration' is written without a leading zero: 1d, not \"01d\"");
	expect_error(HEAD "phases:\n  - { title: P, duration: 007w }\n", 5, 27,
		     "'duration' is written without a leading zero: 7w, not \"007w\"");
	/* more days than the calendar has: no start makes it fit */
	expect_error(HEAD "phases:\n  - { title: P, start: 2025-03-01, duration: 4294967297d }\n",
		     5, 46, "'duration' 4294967297d is longer than all the dates a plan "
			    "can have (0001-01-01 to 9999-12-31)");
	expect_error(HEAD "phases:\n  - { title: P, duration: 3652060m }\n", 5, 27,
		     "'duration' 3652060m is longer than all the dates");
	/* a long one that fits where it starts */
	assert_span(phase_span("  - { title: A, start: 0001-01-01, duration: 3652059d }\n", 0),
		    "0001-01-01", "9999-12-31");
	assert_span(phase_span("  - { title: A, start: 0001-01-01, duration: 2000000d }\n", 0),
		    "0001-01-01", "5476-10-24");
	/* a span may end on 9999-12-31, the last date there is, not after */
	assert_span(phase_span("  - { title: A, start: 9999-12-31, duration: 1d }\n", 0),
		    "9999-12-31", "9999-12-31");
	assert_span(phase_span("  - { title: A, start: 9999-12-01, duration: 1m }\n", 0),
		    "9999-12-01", "9999-12-31");
	assert_span(phase_span("  - { title: A, start: 9999-12-25, end: 9999-12-31, "
			       "duration: 1w }\n", 0),
		    "9999-12-25", "9999-12-31");
	assert_span(phase_span("  - { title: A, end: 9999-12-31, duration: 1m }\n", 0),
		    "9999-12-01", "9999-12-31");
	assert_span(phase_span("  - { title: A, start: 9999-12-24, end: 9999-12-30 }\n"
			       "  - { title: B, duration: 1d }\n", 1),
		    "9999-12-31", "9999-12-31");
	expect_error(HEAD "phases:\n  - { title: P, start: 9999-12-31, duration: 2d }\n", 5, 46,
		     "'duration' 2d from 9999-12-31 would end after 9999-12-31, the last "
		     "date a plan can have");
	expect_error(HEAD "phases:\n  - { title: P, start: 9999-12-01, duration: 2m }\n", 5, 46,
		     "'duration' 2m from 9999-12-01 would end after 9999-12-31");
	expect_error(HEAD "phases:\n  - { title: A, start: 9999-12-24, end: 9999-12-30 }\n"
			  "  - { title: B, duration: 2d }\n",
		     6, 27, "'duration' 2d from 9999-12-31 would end after 9999-12-31");
	/* with an end as well (the day after was computed unchecked: a
	 * fuzzer find, tests/data/regress/duration-past-9999-with-start-end) */
	expect_error(HEAD "phases:\n  - { title: P, start: 9999-12-01, end: 9999-12-31, "
			  "duration: 2m }\n",
		     5, 63, "'duration' 2m from 9999-12-01 would end after 9999-12-31");
	expect_error(HEAD "phases:\n  - { title: P, end: 0001-01-10, duration: 1m }\n", 5, 44,
		     "'duration' 1m up to 0001-01-10 would start before 0001-01-01, the "
		     "first date a plan can have");
	expect_error(HEAD "start: 2025-06-12\nend: 2025-06-01\nphases:\n  - title: P\n", 5, 6,
		     "'end' 2025-06-01 is before 'start' 2025-06-12");
	expect_error(HEAD "start: 12/06/2025\nphases:\n  - title: P\n", 4, 8,
		     "'start' must be a date like 2025-06-12, got \"12/06/2025\"");
}

static void test_date_warnings(void **state)
{
	(void)state;
	expect_warning(HEAD "phases:\n  - title: P\n    start: 2025-03-03\n    duration: 1w\n"
			    "    weeks:\n      - { week: 1-2, title: Long }\n",
		       9, 9, "week block 'Long' ends 2025-03-16, after its phase ends (2025-03-09)");
	expect_warning(HEAD "phases:\n  - { title: A, start: 2025-03-01, end: 2025-03-10 }\n"
			    "  - { title: B, start: 2025-03-05, end: 2025-03-20 }\n",
		       6, 5, "phase 'B' (2025-03-05 to 2025-03-20) overlaps 'A' (2025-03-01 to 2025-03-10)");
	/* any two siblings, not only neighbours; at the later one in the file */
	expect_warning(HEAD "phases:\n  - { title: A, start: 2025-03-01, end: 2025-03-31 }\n"
			    "  - { title: B, start: 2025-04-01, end: 2025-04-10 }\n"
			    "  - { title: C, start: 2025-03-15, end: 2025-03-20 }\n",
		       7, 5, "phase 'C' (2025-03-15 to 2025-03-20) overlaps 'A' (2025-03-01 to 2025-03-31)");
	expect_warning(HEAD "phases:\n  - title: P\n    start: 2025-03-03\n    duration: 3w\n"
			    "    weeks:\n      - { week: 2 }\n      - { week: 1-2 }\n",
		       10, 9, "week block 'weeks 1-2' (2025-03-03 to 2025-03-16) overlaps 'week 2'");
	expect_warning(HEAD "phases:\n  - title: A\n    start: 2025-03-01\n    end: 2025-03-10\n"
			    "    phases:\n      - { title: B, start: 2025-02-20, duration: 2w }\n",
		       9, 9, "phase 'B' starts 2025-02-20, before its parent phase starts (2025-03-01)");
	expect_warning(HEAD "start: 2025-03-01\nend: 2025-03-31\nphases:\n"
			    "  - { title: A, duration: 6w }\n",
		       7, 5, "phase 'A' ends 2025-04-11, after its plan ends (2025-03-31)");
}

/* ---- identity --------------------------------------------------------------- */

static void test_keys_identity(void **state)
{
	(void)state;
	struct plan *p = load_ok(
		HEAD "resources:\n  - { title: The Book }\n  - { id: web, title: Site }\n"
		     "phases:\n"
		     "  - title: Getting Started!\n"
		     "    tasks:\n"
		     "      - Read it\n      - Read it\n      - Read  it!\n"
		     "      - { id: mine, title: Read it }\n"
		     "      - { title: Écrire à Zoë, tasks: [Sub one, Sub one] }\n"
		     "      - 日本語\n      - 日本語\n"
		     "    criteria: [Read it]\n"
		     "    resources:\n      - web\n      - { title: Inline Thing }\n"
		     "    weeks:\n      - { week: 2 }\n      - { title: Extra Week }\n"
		     "      - { id: w9, title: Nine }\n"
		     "  - title: Getting Started\n"
		     "  - title: mine\n"
		     "  - { id: explicit, title: X }\n"
		     "  - title: explicit\n");
	assert_string_equal(p->resources[0]->key, "resources/the-book");
	assert_string_equal(p->resources[1]->key, "web");
	const struct plan_phase *ph = &p->phases.v[0];
	assert_string_equal(ph->key, "getting-started");
	assert_string_equal(ph->tasks.v[0].key, "getting-started/read-it");
	assert_string_equal(ph->tasks.v[1].key, "getting-started/read-it-2");
	assert_string_equal(ph->tasks.v[2].key, "getting-started/read-it-3");
	assert_string_equal(ph->tasks.v[3].key, "mine");
	assert_string_equal(ph->tasks.v[4].key, "getting-started/ecrire-a-zoe");
	assert_string_equal(ph->tasks.v[4].tasks.v[1].key,
			    "getting-started/ecrire-a-zoe/sub-one-2");
	assert_string_equal(ph->tasks.v[5].key, "getting-started/task");
	assert_string_equal(ph->tasks.v[6].key, "getting-started/task-2");
	assert_string_equal(ph->criteria.v[0].key, "getting-started/read-it-4");
	assert_string_equal(ph->resources.v[1]->key, "getting-started/inline-thing");
	assert_string_equal(ph->weeks.v[0].key, "getting-started/week-2");
	assert_string_equal(ph->weeks.v[1].key, "getting-started/extra-week");
	assert_string_equal(ph->weeks.v[2].key, "getting-started/w9");
	assert_string_equal(p->phases.v[1].key, "getting-started-2");
	/* a derived top-level key never takes an explicit id */
	assert_string_equal(p->phases.v[2].key, "mine-2");
	assert_string_equal(p->phases.v[3].key, "explicit");
	assert_string_equal(p->phases.v[4].key, "explicit-2");
	assert_int_equal(p->counts.resources, 3);
	assert_int_equal(p->nlibrary, 2);
	plan_free(p);

	/* nested phases: keys are paths of phase ids and slugs */
	p = load_ok(HEAD "phases:\n  - id: p1\n    title: One\n    phases:\n"
			 "      - title: Month 2\n        weeks:\n          - week: 1\n"
			 "            tasks: [Do]\n");
	assert_string_equal(p->phases.v[0].phases.v[0].key, "p1/month-2");
	assert_string_equal(p->phases.v[0].phases.v[0].weeks.v[0].tasks.v[0].key,
			    "p1/month-2/week-1/do");
	plan_free(p);
}

/* Every key of a plan, one a line, in a fixed order: the library, then
 * each phase with its week blocks, tasks (sub-tasks after their parent),
 * criteria, deliverable and inline resources, then its sub-phases. */
static void list_tasks(char *buf, size_t size, const struct plan_tasks *tl);

static void list_key(char *buf, size_t size, const char *key)
{
	size_t o = strlen(buf);
	snprintf(buf + o, size - o, "%s\n", key);
}

static void list_tasks(char *buf, size_t size, const struct plan_tasks *tl)
{
	for (size_t i = 0; i < tl->n; i++) {
		list_key(buf, size, tl->v[i].key);
		list_tasks(buf, size, &tl->v[i].tasks);
	}
}

static void list_phases(char *buf, size_t size, const struct plan_phases *pl)
{
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_phase *ph = &pl->v[i];
		list_key(buf, size, ph->key);
		for (size_t w = 0; w < ph->weeks.n; w++) {
			list_key(buf, size, ph->weeks.v[w].key);
			list_tasks(buf, size, &ph->weeks.v[w].tasks);
		}
		list_tasks(buf, size, &ph->tasks);
		for (size_t c = 0; c < ph->criteria.n; c++)
			list_key(buf, size, ph->criteria.v[c].key);
		if (ph->deliverable)
			list_key(buf, size, ph->deliverable->key);
		for (size_t r = 0; r < ph->resources.n; r++)
			if (ph->resources.defined[r])
				list_key(buf, size, ph->resources.v[r]->key);
		list_phases(buf, size, &ph->phases);
	}
}

static const char *key_list(const struct plan *p)
{
	static char buf[4096];
	buf[0] = '\0';
	for (size_t i = 0; i < p->nlibrary; i++)
		list_key(buf, sizeof(buf), p->resources[i]->key);
	list_phases(buf, sizeof(buf), &p->phases);
	return buf;
}

/*
 * Keys are what progress is stored under: these are the keys stride has
 * always given, pinned so that a change to how they are found (issue 17)
 * cannot move anyone's progress. Tricky cases: a title whose slug is a
 * suffixed key ("A 2", "A-2"), suffixes skipped over, explicit ids that a
 * derived top-level key must not take, titles with no slug (CJK, emoji),
 * a kind's name as a title, slugs cut at 48 characters, a phase named like
 * the library's prefix, and siblings of every kind in one namespace.
 */
static void test_keys_pinned(void **state)
{
	(void)state;
	struct plan *p = load_ok(
		HEAD "resources:\n  - { title: The Book }\n  - { title: The Book }\n"
		     "phases:\n"
		     "  - { id: a-2, title: Explicit }\n"
		     "  - title: A\n"
		     "    weeks:\n      - { title: A }\n      - { week: 2 }\n"
		     "      - { title: Week 2 }\n      - { title: 日本語 }\n"
		     "    tasks:\n"
		     "      - A\n      - A\n      - A 2\n      - A-2\n      - A\n"
		     "      - title: A 3\n        tasks: [A, A, A-2, A]\n"
		     "      - A\n      - 日本語\n      - 한국어\n      - 📚 🎉\n"
		     "      - Task\n      - Task 2\n      - 中文\n"
		     "      - { id: b, title: A }\n"
		     "      - The quick brown fox jumps over the lazy dog and then the cat\n"
		     "      - The quick brown fox jumps over the lazy dog and then the cow\n"
		     "    criteria: [A, 日本語, Criterion]\n"
		     "    deliverable: A\n"
		     "    resources:\n      - { title: A }\n      - { title: ✨ }\n"
		     "  - title: A\n"
		     "  - title: A 2\n"
		     "  - title: B\n"
		     "  - title: 日本語\n"
		     "  - title: 🎉\n"
		     "  - title: Phase\n"
		     "  - { id: phase-4, title: Explicit too }\n"
		     "  - title: Phase\n"
		     "  - title: Resources\n"
		     "    tasks: [The Book, The Book]\n"
		     "    phases:\n      - { title: A }\n      - { title: A }\n"
		     "      - { id: x, title: A }\n");
	assert_string_equal(key_list(p),
		"resources/the-book\n"
		"resources/the-book-2\n"
		"a-2\n"
		"a\n"
		"a/a\n"
		"a/week-2\n"
		"a/week-2-2\n"
		"a/week\n"
		"a/a-2\n"
		"a/a-3\n"
		"a/a-2-2\n"
		"a/a-2-3\n"
		"a/a-4\n"
		"a/a-3-2\n"
		"a/a-3-2/a\n"
		"a/a-3-2/a-2\n"
		"a/a-3-2/a-2-2\n"
		"a/a-3-2/a-3\n"
		"a/a-5\n"
		"a/task\n"
		"a/task-2\n"
		"a/task-3\n"
		"a/task-4\n"
		"a/task-2-2\n"
		"a/task-5\n"
		"b\n"
		"a/the-quick-brown-fox-jumps-over-the-lazy-dog-and\n"
		"a/the-quick-brown-fox-jumps-over-the-lazy-dog-and-2\n"
		"a/a-6\n"
		"a/criterion\n"
		"a/criterion-2\n"
		"a/a-7\n"
		"a/a-8\n"
		"a/resource\n"
		"a-3\n"
		"a-2-2\n"
		"b-2\n"
		"phase\n"
		"phase-2\n"
		"phase-3\n"
		"phase-4\n"
		"phase-5\n"
		"resources\n"
		"resources/the-book-3\n"
		"resources/the-book-4\n"
		"resources/a\n"
		"resources/a-2\n"
		"resources/x\n");
	plan_free(p);
}

/* A plan of one phase P and n tasks with the same title. */
static char *same_titles(const char *title, size_t n)
{
	size_t cap = 64 + n * (strlen(title) + 9), o;
	char *yaml = malloc(cap);
	assert_non_null(yaml);
	o = (size_t)snprintf(yaml, cap, "%sphases:\n  - title: P\n    tasks:\n", HEAD);
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(yaml + o, cap - o, "      - %s\n", title);
	return yaml;
}

/*
 * 10,000 siblings with one title: keys -2 up to -10000, and memory linear
 * in the siblings. The search for a free key used to try -2, -3, ... from
 * the start for each sibling and allocate every candidate (50 million of
 * them here: more than a gigabyte). Now the plan's arena holds each
 * task's struct, its title and its key, and nothing else: well under 256
 * bytes a task.
 */
static void test_keys_same_titles(void **state)
{
	(void)state;
	static const char *const titles[] = { "Read the chapter", "日本語を読む" };
	static const char *const slugs[] = { "read-the-chapter", "task" };
	const size_t n = 10000;
	for (size_t t = 0; t < 2; t++) {
		char *yaml = same_titles(titles[t], n);
		struct plan *p = load_ok(yaml);
		const struct plan_tasks *tl = &p->phases.v[0].tasks;
		char want[64];
		assert_int_equal(tl->n, n);
		snprintf(want, sizeof(want), "p/%s", slugs[t]);
		assert_string_equal(tl->v[0].key, want);
		for (size_t i = 1; i < n; i++) {
			snprintf(want, sizeof(want), "p/%s-%zu", slugs[t], i + 1);
			assert_string_equal(tl->v[i].key, want);
		}
		size_t used = arena_used(p->arena);
		if (used >= n * 256)
			fprintf(stderr, "the plan's arena holds %zu bytes for %zu tasks\n",
				used, n);
		assert_true(used < n * 256);
		plan_free(p);
		free(yaml);
	}
}

static void test_references(void **state)
{
	(void)state;
	expect_error(HEAD "resources:\n  - { id: ddia, title: D }\nphases:\n"
			  "  - title: P\n    resources: [dda]\n",
		     8, 17, "unknown resource 'dda' (did you mean 'ddia'?)");
	expect_error(HEAD "phases:\n  - title: P\n    resources: [zzz]\n", 6, 17,
		     "unknown resource 'zzz': declare it in the plan's 'resources' list");
	expect_error(HEAD "skills:\n  - { id: sql, name: SQL }\nphases:\n"
			  "  - { title: P, skills: [sq1] }\n",
		     7, 26, "unknown skill 'sq1' (did you mean 'sql'?)");
	expect_error(HEAD "reflection:\n  rate: [node]\nphases:\n  - title: P\n", 5, 10,
		     "unknown skill 'node'");
	expect_error(HEAD "phases:\n  - { id: p, title: P, resources: [p] }\n", 5, 36,
		     "'p' is a phase, not a resource");
	/* references may point forward; inline resources with ids are shared */
	struct plan *p = load_ok(HEAD "phases:\n  - title: P\n    resources: [lib, inl]\n"
				      "    tasks:\n      - title: T\n        resources:\n"
				      "          - { id: inl, title: Inline, kind: video }\n"
				      "resources:\n  - { id: lib, title: Library }\n");
	const struct plan_phase *ph = &p->phases.v[0];
	assert_string_equal(ph->resources.v[0]->title, "Library");
	assert_string_equal(ph->resources.v[1]->title, "Inline");
	assert_true(ph->resources.v[1]->is_inline);
	assert_int_equal(p->counts.resources, 2);
	plan_free(p);
}

/* ---- the plan's own parts ----------------------------------------------------- */

static void test_schedule(void **state)
{
	(void)state;
	struct plan *p = load_ok(HEAD "schedule:\n  mon: { minutes: 30 }\n  tue: rest\n  wed:\n"
				      "  sun: { minutes: 1440, focus: All day }\n"
				      "phases:\n  - title: P\n");
	assert_true(p->has_schedule);
	assert_int_equal(p->schedule[0].minutes, 30);
	assert_null(p->schedule[0].focus);
	assert_int_equal(p->schedule[1].minutes, 0);
	assert_int_equal(p->schedule[2].minutes, 0);
	assert_int_equal(p->schedule[6].minutes, 1440);
	plan_free(p);
	expect_error(HEAD "schedule:\n  mon: { minutes: 0 }\nphases:\n  - title: P\n", 5, 19,
		     "'minutes' must be a whole number from 1 to 1440, got \"0\"");
	expect_error(HEAD "schedule:\n  mon: { minutes: \"30\" }\nphases:\n  - title: P\n", 5, 19,
		     "'minutes' must be a whole number");
	expect_error(HEAD "schedule:\n  mon: { focus: Read }\nphases:\n  - title: P\n", 5, 10,
		     "a schedule day needs 'minutes'");
	expect_error(HEAD "schedule:\n  mon: off\nphases:\n  - title: P\n", 5, 8,
		     "a schedule day must be 'rest' or a mapping like { minutes: 30, focus: Reading }; got \"off\"");
	expect_error(HEAD "schedule: [mon]\nphases:\n  - title: P\n", 4, 11,
		     "the schedule must be a mapping (key: value lines), got a list");
}

static void test_skills_and_reflection(void **state)
{
	(void)state;
	struct plan *p = load_ok(HEAD "skills:\n  - { id: c, name: C }\n  - { id: go, name: Go }\n"
				      "phases:\n  - title: P\n");
	assert_int_equal(p->prompts.n, 3);
	assert_string_equal(p->prompts.v[0], "What did I learn?");
	assert_int_equal(p->rate.n, 2); /* all skills by default */
	plan_free(p);
	p = load_ok(HEAD "skills:\n  - { id: c, name: C }\n"
			 "reflection:\n  prompts: [Wins?]\n  rate: []\n"
			 "phases:\n  - title: P\n");
	assert_int_equal(p->prompts.n, 1);
	assert_int_equal(p->rate.n, 0);
	plan_free(p);
	expect_error(HEAD "skills:\n  - { id: c, name: C, level: 6 }\nphases:\n  - title: P\n",
		     5, 30, "'level' must be a whole number from 1 to 5, got \"6\"");
	expect_error(HEAD "skills:\n  - { name: C }\nphases:\n  - title: P\n", 5, 7,
		     "a skill needs 'id'");
	expect_error(HEAD "reflection:\n  prompts: []\nphases:\n  - title: P\n", 5, 12,
		     "'prompts' must name at least one prompt");
}

static void test_resources(void **state)
{
	(void)state;
	struct plan *p = load_ok(HEAD "resources:\n"
				      "  - { title: A, kind: course, by: Someone, url: https://a.example, notes: n }\n"
				      "phases:\n  - title: P\n");
	assert_int_equal(p->resources[0]->kind, PLAN_RES_COURSE);
	assert_string_equal(p->resources[0]->by, "Someone");
	assert_string_equal(p->resources[0]->url, "https://a.example");
	plan_free(p);
	expect_error(HEAD "resources:\n  - { title: A, kind: books }\nphases:\n  - title: P\n",
		     5, 23, "'kind' must be one of book, course, video, article, docs, "
			    "practice, tool, other; got \"books\" (did you mean 'book'?)");
	expect_error(HEAD "resources:\n  - ddia\nphases:\n  - title: P\n", 5, 5,
		     "an entry of the plan's resources must be a mapping with a title");
	expect_error(HEAD "resources:\n  - { kind: book }\nphases:\n  - title: P\n", 5, 7,
		     "a resource needs 'title'");
}

static void test_deliverables_and_criteria(void **state)
{
	(void)state;
	struct plan *p = load_ok(
		HEAD "phases:\n  - title: P\n"
		     "    deliverable:\n      title: Service\n      id: svc\n"
		     "      summary: A small service\n      tech: [Go, gRPC]\n"
		     "      criteria: [Fast, { id: c2, title: Tested }]\n"
		     "    weeks:\n      - { week: 1, deliverable: Notes }\n");
	const struct plan_deliverable *d = p->phases.v[0].deliverable;
	assert_string_equal(d->key, "svc");
	assert_int_equal(d->tech.n, 2);
	assert_string_equal(d->criteria.v[0].key, "svc/fast");
	assert_string_equal(d->criteria.v[1].key, "c2");
	assert_string_equal(p->phases.v[0].weeks.v[0].deliverable->key, "p/week-1/notes");
	assert_int_equal(p->counts.deliverables, 2);
	assert_int_equal(p->counts.criteria, 2);
	plan_free(p);
	expect_error(HEAD "phases:\n  - title: P\n    deliverable: [a, b]\n", 6, 18,
		     "'deliverable' must be text or a mapping with a title, got a list");
	expect_error(HEAD "phases:\n  - title: P\n    criteria:\n      - { id: c }\n", 7, 11,
		     "a criterion needs 'title'");
}

static int anchor_day(const char *plan_id, void *ctx)
{
	(void)plan_id;
	return *(const int *)ctx;
}

/* A plan with no dates at all is laid out from the day its anchor gives
 * (stride start), as if the file said `start:` it; one with a date
 * anywhere (the plan's own, or a phase's at any depth) is not; layable
 * says whether durations would lay it out. */
static void test_anchored(void **state)
{
	(void)state;
	static const char *const yaml[] = {
		/* durations only: laid out */
		"stride: 1\nid: p\ntitle: P\nphases:\n  - { title: A, duration: 1w }\n"
		"  - { title: B, phases: [{ title: C, duration: 2d }] }\n",
		/* no durations: nothing to lay out */
		"stride: 1\nid: p\ntitle: P\nphases: [{ title: A, tasks: [T] }]\n",
		/* a sub-phase's end: dates of its own */
		"stride: 1\nid: p\ntitle: P\nphases:\n  - { title: A, duration: 1w }\n"
		"  - { title: B, phases: [{ title: C, end: 2025-03-01, duration: 2d }] }\n",
		/* the plan's start */
		"stride: 1\nid: p\ntitle: P\nstart: 2025-01-06\nphases: [{ title: A, duration: 1w }]\n",
	};
	const bool anchored[] = { true, false, false, false }, layable[] = { true, false, false, false };
	int day;
	assert_true(calendar_parse("2026-03-19", &day));
	for (size_t i = 0; i < 4; i++) {
		struct diag_list d;
		diag_list_init(&d);
		struct plan *p = NULL;
		char *buf = strdup(yaml[i]);
		assert_int_equal(loader_load_anchored("t.yaml", buf, strlen(yaml[i]), anchor_day, &day,
						      &p, &d),
				 LOADER_OK);
		assert_int_equal(p->anchored, anchored[i]);
		assert_int_equal(p->layable, layable[i]);
		if (i == 0) {
			char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
			assert_string_equal(calendar_format(p->span.start, a), "2026-03-19");
			assert_string_equal(calendar_format(p->span.end, b), "2026-03-27");
			assert_int_equal(p->start, CALENDAR_NONE); /* the file's: none */
			assert_string_equal(calendar_format(p->phases.v[1].phases.v[0].span.start, a),
					    "2026-03-26");
		} else if (i == 1) {
			assert_int_equal(p->span.start, CALENDAR_NONE);
		}
		plan_free(p);
		diag_list_done(&d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_example),
		cmocka_unit_test(test_estimates),
		cmocka_unit_test(test_days_and_weeks),
		cmocka_unit_test(test_habits),
		cmocka_unit_test(test_scalars),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_documents),
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_text_errors),
		cmocka_unit_test(test_too_big),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_error_cap),
		cmocka_unit_test(test_phase_dates),
		cmocka_unit_test(test_nested_dates),
		cmocka_unit_test(test_date_errors),
		cmocka_unit_test(test_date_warnings),
		cmocka_unit_test(test_keys_identity),
		cmocka_unit_test(test_keys_pinned),
		cmocka_unit_test(test_keys_same_titles),
		cmocka_unit_test(test_references),
		cmocka_unit_test(test_schedule),
		cmocka_unit_test(test_skills_and_reflection),
		cmocka_unit_test(test_resources),
		cmocka_unit_test(test_deliverables_and_criteria),
		cmocka_unit_test(test_anchored),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
