/*
 * Unit tests for progress_compute: where a person stands in a plan on a
 * pinned day, with the activity recorded on pinned days. The expected
 * figures are worked out by hand in the comments.
 *
 * The dated plan below has 28 dated items, 7 in each of four dated
 * containers of 7 days that follow each other from Monday 2025-06-02: one
 * item a day. By the end of 2025-06-n the plan expects n - 1 done (for n
 * from 2 to 29).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/progress.h"
#include "stride/remind.h"
#include "stride/store.h"
#include "stride/sync.h"
#include "stride/text.h"
#include "stride/trends.h"

/* Countable: 28 dated tasks, E1 and the criterion (30); E2 optional. */
static const char dated_yaml[] =
	"stride: 1\n"
	"id: pg\n"
	"title: Progress\n"
	"schedule:\n"
	"  mon: { minutes: 30, focus: Theory }\n"
	"  tue: { minutes: 30, focus: Code-along }\n"
	"  wed: { minutes: 30 }\n"
	"  thu: { minutes: 30 }\n"
	"  fri: { minutes: 60, focus: Project }\n"
	"  sat: rest\n"
	"  sun: rest\n"
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        title: Basics\n"
	"        tasks: [A1, A2, A3, A4, A5, A6, A7]\n"
	"      - week: 2\n"
	"        title: More\n"
	"        tasks: [B1, B2, B3, B4, B5, B6, B7]\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    phases:\n"
	"      - id: m1\n"
	"        title: Sub one\n"
	"        duration: 1w\n"
	"        weeks:\n"
	"          - week: 1\n"
	"            tasks: [C1, C2, C3, C4, C5, C6, C7]\n"
	"      - id: m2\n"
	"        title: Sub two\n"
	"        duration: 1w\n"
	"        tasks: [D1, D2, D3, D4, D5, D6, D7]\n"
	"  - id: p3\n"
	"    title: Bonus\n"
	"    tasks:\n"
	"      - E1\n"
	"      - { title: E2, optional: true }\n"
	"    criteria:\n"
	"      - Bonus works\n";

/* No dates and no schedule. */
static const char undated_yaml[] =
	"stride: 1\n"
	"id: ud\n"
	"title: Undated\n"
	"phases:\n"
	"  - id: u1\n"
	"    title: U one\n"
	"    tasks: [T1, T2]\n"
	"  - id: u2\n"
	"    title: U two\n"
	"    phases:\n"
	"      - { id: s1, title: S one, tasks: [S1] }\n"
	"      - { id: s2, title: S two, tasks: [S2] }\n"
	"  - id: u3\n"
	"    title: U three\n"
	"    weeks:\n"
	"      - { id: wa, title: W a, tasks: [W1] }\n"
	"      - { id: wb, title: W b, tasks: [W2] }\n";

/* A phase whose sub-phases leave a gap in its dates, and one whose only
 * week block fills its first week of four. */
static const char gaps_yaml[] =
	"stride: 1\n"
	"id: gaps\n"
	"title: Gaps\n"
	"phases:\n"
	"  - id: g1\n"
	"    title: Gapped\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-29\n"
	"    phases:\n"
	"      - { id: early, title: Early, start: 2025-06-02, end: 2025-06-08, tasks: [X1] }\n"
	"      - { id: late, title: Late, start: 2025-06-23, end: 2025-06-29, tasks: [Y1] }\n"
	"  - id: g2\n"
	"    title: Weekly\n"
	"    duration: 4w\n"
	"    weeks:\n"
	"      - { week: 1, title: First, tasks: [Z1] }\n";

/* Across a year's end and a leap day, for the trends: weekdays of 30
 * minutes; Winter (7 tasks, A1 estimated at an hour) over the two weeks
 * from Monday 2023-12-25, Leap (4 tasks) over the week of 2024-02-29, and
 * an undated task. */
static const char year_yaml[] =
	"stride: 1\n"
	"id: yr\n"
	"title: Year\n"
	"schedule:\n"
	"  mon: { minutes: 30, focus: a }\n"
	"  tue: { minutes: 30, focus: a }\n"
	"  wed: { minutes: 30, focus: a }\n"
	"  thu: { minutes: 30, focus: a }\n"
	"  fri: { minutes: 30, focus: a }\n"
	"skills:\n"
	"  - { id: node, name: Node }\n"
	"  - { id: sql, name: SQL }\n"
	"reflection:\n"
	"  rate: [node]\n"
	"phases:\n"
	"  - id: winter\n"
	"    title: Winter\n"
	"    start: 2023-12-25\n"
	"    end: 2024-01-07\n"
	"    tasks:\n"
	"      - { title: A1, estimate: 1h }\n"
	"      - A2\n"
	"      - A3\n"
	"      - A4\n"
	"      - A5\n"
	"      - A6\n"
	"      - A7\n"
	"  - id: leap\n"
	"    title: Leap\n"
	"    start: 2024-02-26\n"
	"    end: 2024-03-03\n"
	"    tasks: [B1, B2, B3, B4]\n"
	"  - id: later\n"
	"    title: Later\n"
	"    tasks: [C1]\n";

/* ---- helpers ----------------------------------------------------------- */

struct fx {
	char dir[256];
	char path[320];
	struct store *s;
	const char *slug;
	long long plan_id;
};

static int d(const char *s)
{
	int day = CALENDAR_NONE;
	assert_true(calendar_parse(s, &day));
	return day;
}

/* 2025-06-n, for n past 30 too (2025-06-40 is 2025-07-10). */
static int june(int n)
{
	return d("2025-06-01") + n - 1;
}

static void remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *dir = opendir(path);
		if (dir) {
			struct dirent *e;
			while ((e = readdir(dir))) {
				if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
					continue;
				char sub[1024];
				snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
				remove_tree(sub);
			}
			closedir(dir);
		}
		rmdir(path);
	} else {
		unlink(path);
	}
}

static void import(struct fx *fx, const char *yaml)
{
	struct diag_list dl;
	diag_list_init(&dl);
	struct plan *p = NULL;
	enum loader_status st = loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &dl);
	for (size_t i = 0; i < dl.n; i++)
		fprintf(stderr, "%u:%u: %s\n", dl.v[i].line, dl.v[i].col, dl.v[i].msg);
	assert_int_equal(st, LOADER_OK);
	assert_int_equal(dl.n, 0);
	diag_list_done(&dl);
	struct sync_report rep;
	struct store_error err = { 0 };
	assert_int_equal(sync_plan(fx->s, p, NULL, false, &rep, &err), 0);
	sync_report_done(&rep);
	struct store_plan row;
	assert_int_equal(store_plan_get(fx->s, p->id, &row, &err), 0);
	fx->plan_id = row.id;
	store_plan_done(&row);
	plan_free(p);
}

static int setup_with(void **state, const char *yaml, const char *slug)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-test-progress.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->path, sizeof(fx->path), "%s/stride.db", fx->dir);
	struct store_error err = { 0 };
	assert_int_equal(store_open(fx->path, true, &fx->s, &err), 0);
	fx->slug = slug;
	import(fx, yaml);
	*state = fx;
	return 0;
}

static int setup_dated(void **state)
{
	return setup_with(state, dated_yaml, "pg");
}

static int setup_gaps(void **state)
{
	return setup_with(state, gaps_yaml, "gaps");
}

static int setup_year(void **state)
{
	return setup_with(state, year_yaml, "yr");
}

/* 1,000 tasks of 99999h each: 5,999,940,000 minutes, past 2^31. */
static int setup_big_estimates(void **state)
{
	static char yaml[64000];
	int n = snprintf(yaml, sizeof(yaml),
			 "stride: 1\nid: big\ntitle: Big\nphases:\n"
			 "  - id: huge\n    title: Huge\n    tasks:\n");
	for (int i = 1; i <= 1000; i++)
		n += snprintf(yaml + n, sizeof(yaml) - (size_t)n,
			      "      - { title: T%d, estimate: 99999h }\n", i);
	assert_true(n < (int)sizeof(yaml));
	return setup_with(state, yaml, "big");
}

static int setup_undated(void **state)
{
	return setup_with(state, undated_yaml, "ud");
}

/* What is next: one week block with tasks (one optional, one with a
 * sub-task), criteria and a deliverable; a second block after it. */
static const char next_yaml[] =
	"stride: 1\n"
	"id: nx\n"
	"title: Next\n"
	"phases:\n"
	"  - id: p\n"
	"    title: Phase\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        id: w1\n"
	"        tasks:\n"
	"          - { id: t1, title: T1 }\n"
	"          - { id: t2, title: T2, optional: true }\n"
	"          - id: t3\n"
	"            title: T3\n"
	"            tasks: [{ id: t3a, title: T3a }]\n"
	"          - { id: t4, title: T4 }\n"
	"        criteria:\n"
	"          - { id: c1, title: C1 }\n"
	"          - { id: c2, title: C2 }\n"
	"        deliverable: { id: d, title: D }\n"
	"      - week: 2\n"
	"        id: w2\n"
	"        tasks: [{ id: u1, title: U1 }]\n";

static int setup_next(void **state)
{
	return setup_with(state, next_yaml, "nx");
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	remove_tree(fx->dir);
	free(fx);
	return 0;
}

static long long item_id(struct fx *fx, const char *key)
{
	struct store_item it;
	struct store_error err = { 0 };
	int rc = store_item_by_key(fx->s, fx->plan_id, key, &it, &err);
	if (rc != 0)
		fprintf(stderr, "no item %s: %s\n", key, err.msg);
	assert_int_equal(rc, 0);
	long long id = it.id;
	store_item_done(&it);
	return id;
}

static void set_status(struct fx *fx, const char *key, enum store_status st,
		       int day)
{
	struct store_item it;
	struct store_error err = { 0 };
	int rc = store_item_by_key(fx->s, fx->plan_id, key, &it, &err);
	if (rc != 0)
		fprintf(stderr, "no item %s: %s\n", key, err.msg);
	assert_int_equal(rc, 0);
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_set_status(fx->s, &it, st, day, &batch, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_item_done(&it);
}

static void done_on(struct fx *fx, const char *key, int day)
{
	set_status(fx, key, STORE_DONE, day);
}

/* key NULL: time on the plan as a whole. */
static void log_on(struct fx *fx, const char *key, int minutes, int day)
{
	struct store_error err = { 0 };
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_log(fx->s, fx->plan_id, key ? item_id(fx, key) : 0,
				   minutes, day, NULL, &batch, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
}

/* progress_compute on today, with the plan as the store has it now. */
static void compute(struct fx *fx, int today, struct progress *pr)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, fx->slug, &p, &err), 0);
	int rc = progress_compute(fx->s, &p, today, pr, &err);
	if (rc != 0)
		fprintf(stderr, "progress_compute: %s\n", err.msg);
	assert_int_equal(rc, 0);
	store_plan_done(&p);
	assert_int_equal(pr->today, today);
}

/* key "" for none (id 0). */
static void assert_item(const struct store_item *it, const char *key)
{
	if (!*key) {
		if (it->id != 0)
			fprintf(stderr, "wanted none, got %s\n", it->key);
		assert_int_equal(it->id, 0);
		return;
	}
	if (it->id == 0)
		fprintf(stderr, "wanted %s, got none\n", key);
	assert_true(it->id != 0);
	assert_string_equal(it->key, key);
}

static void assert_where(const struct progress *pr, const char *phase,
			 int number, int count, const char *subphase,
			 const char *week)
{
	assert_item(&pr->phase, phase);
	assert_int_equal(pr->phase_number, number);
	assert_int_equal(pr->phase_count, count);
	assert_item(&pr->subphase, subphase);
	assert_item(&pr->week, week);
}

static void all_done(struct fx *fx, const char *prefix, char from, char to,
		     int day)
{
	char key[64];
	for (char c = from; c <= to; c++) {
		snprintf(key, sizeof(key), "%s%c", prefix, c);
		done_on(fx, key, day);
	}
}

/*
 * Activity, Monday 2025-06-02 on (Saturdays and Sundays are rest days):
 *   Mon 2 .. Fri 6   A1 .. A5 done, one a day; 45 minutes on Fri 6
 *   Sat 7, Sun 8     nothing
 *   Mon 9            A6 and A7 done; 30 minutes on the plan
 *   Tue 10           B1 done
 *   Wed 11           B2 done; 20 minutes on B2
 *   Fri 20           15 minutes, logged ahead (after the days computed)
 * Done: 9 of 30.
 */
static void record_weeks(struct fx *fx)
{
	static const char *const a[] = { "a1", "a2", "a3", "a4", "a5" };
	char key[64];
	for (int i = 0; i < 5; i++) {
		snprintf(key, sizeof(key), "p1/week-1/%s", a[i]);
		done_on(fx, key, june(2 + i));
	}
	log_on(fx, "p1/week-1/a5", 45, june(6));
	done_on(fx, "p1/week-1/a6", june(9));
	done_on(fx, "p1/week-1/a7", june(9));
	log_on(fx, NULL, 30, june(9));
	done_on(fx, "p1/week-2/b1", june(10));
	done_on(fx, "p1/week-2/b2", june(11));
	log_on(fx, "p1/week-2/b2", 20, june(11));
	log_on(fx, NULL, 15, june(20));
}

/* ---- the dated plan ------------------------------------------------------- */

static void test_fresh_plan(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	/* Monday 2025-06-02, the first day, nothing done */
	compute(fx, june(2), &pr);
	assert_int_equal(pr.total, 30);
	assert_int_equal(pr.done, 0);
	assert_int_equal(pr.percent, 0);
	assert_true(pr.dated);
	assert_int_equal(pr.expected_percent, 3); /* 1 of 28 */
	assert_int_equal(pr.days_ahead, 0); /* today's share is owed once it ends */
	assert_where(&pr, "p1", 1, 3, "", "p1/week-1");
	assert_true(pr.has_schedule);
	assert_int_equal(pr.slot.minutes, 30);
	assert_string_equal(pr.slot.focus, "Theory");
	assert_int_equal(pr.streak, 0);
	assert_int_equal(pr.longest_streak, 0);
	assert_int_equal(pr.logged_today, 0);
	assert_int_equal(pr.logged_week, 0);
	assert_int_equal(pr.scheduled_week, 4 * 30 + 60);
	assert_int_equal(pr.week_start, june(2));
	progress_done(&pr);
}

static void test_behind(void **state)
{
	struct fx *fx = *state;
	record_weeks(fx);
	struct progress pr;

	/* Wednesday 2025-06-11: 10 expected, 9 done (as expected on 06-10) */
	compute(fx, june(11), &pr);
	assert_int_equal(pr.total, 30);
	assert_int_equal(pr.done, 9);
	assert_int_equal(pr.percent, 30);
	assert_true(pr.dated);
	assert_int_equal(pr.expected_percent, 35); /* 10 of 28, 35.7 */
	assert_int_equal(pr.days_ahead, 0); /* 9 were due by the end of 06-10 */
	assert_where(&pr, "p1", 1, 3, "", "p1/week-2");
	assert_int_equal(pr.slot.minutes, 30);
	assert_null(pr.slot.focus);
	/* Mon 2 .. Fri 6, the weekend free, Mon 9 .. Wed 11 */
	assert_int_equal(pr.streak, 8);
	assert_int_equal(pr.longest_streak, 8);
	assert_int_equal(pr.logged_today, 20);
	assert_int_equal(pr.week_start, june(9));
	assert_int_equal(pr.logged_week, 50); /* 30 on Mon, 20 today */
	assert_int_equal(pr.scheduled_week, 180);
	progress_done(&pr);

	/* Thursday 06-12, nothing yet today: 11 expected by its end, 10 by the
	 * end of 06-11, 9 done (as by the end of 06-10) */
	compute(fx, june(12), &pr);
	assert_int_equal(pr.expected_percent, 39); /* 11 of 28, 39.3 */
	assert_int_equal(pr.days_ahead, -1);
	assert_int_equal(pr.streak, 8);
	assert_int_equal(pr.longest_streak, 8);
	assert_int_equal(pr.logged_today, 0);
	assert_int_equal(pr.logged_week, 50);
	assert_int_equal(pr.slot.minutes, 30);
	progress_done(&pr);

	/* Friday 06-13, Thursday missed: the streak is broken */
	compute(fx, june(13), &pr);
	assert_int_equal(pr.streak, 0);
	assert_int_equal(pr.longest_streak, 8);
	assert_int_equal(pr.days_ahead, -2);
	assert_int_equal(pr.slot.minutes, 60);
	assert_string_equal(pr.slot.focus, "Project");
	progress_done(&pr);

	/* Saturday 06-07, looking back: a rest day; Mon .. Fri so far */
	compute(fx, june(7), &pr);
	assert_int_equal(pr.slot.minutes, 0);
	assert_int_equal(pr.streak, 5);
	assert_int_equal(pr.longest_streak, 5);
	assert_int_equal(pr.week_start, june(2));
	assert_int_equal(pr.logged_week, 45);
	assert_int_equal(pr.logged_today, 0);
	assert_where(&pr, "p1", 1, 3, "", "p1/week-1");
	progress_done(&pr);

	/* Monday 06-09: Mon 2 .. Fri 6 and Mon 9 over the weekend */
	compute(fx, june(9), &pr);
	assert_int_equal(pr.streak, 6);
	assert_int_equal(pr.longest_streak, 6);
	assert_int_equal(pr.logged_today, 30);
	progress_done(&pr);
}

static void test_ahead_and_percent(void **state)
{
	struct fx *fx = *state;
	/* 11 done on Wed 06-11, 10 expected: 11 are expected on 06-12 */
	all_done(fx, "p1/week-1/a", '1', '7', june(11));
	all_done(fx, "p1/week-2/b", '1', '4', june(11));
	struct progress pr;
	compute(fx, june(11), &pr);
	assert_int_equal(pr.done, 11);
	assert_int_equal(pr.percent, 36); /* 11 of 30, 36.7 */
	assert_int_equal(pr.days_ahead, 1);
	assert_int_equal(pr.streak, 1);
	assert_int_equal(pr.longest_streak, 1);
	progress_done(&pr);

	/* undated and optional items are no part of being on time */
	done_on(fx, "p3/e1", june(11));
	done_on(fx, "p3/e2", june(11));
	compute(fx, june(11), &pr);
	assert_int_equal(pr.done, 12);
	assert_int_equal(pr.total, 30);
	assert_int_equal(pr.percent, 40);
	assert_int_equal(pr.days_ahead, 1);
	assert_int_equal(pr.expected_percent, 35);
	progress_done(&pr);

	/* skipped items do not count against the percentage */
	set_status(fx, "p3/bonus-works", STORE_SKIPPED, june(11));
	compute(fx, june(11), &pr);
	assert_int_equal(pr.total, 29);
	assert_int_equal(pr.done, 12);
	assert_int_equal(pr.percent, 41); /* 12 of 29, 41.4 */
	progress_done(&pr);
}

static void test_subphases_by_date(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	/* Tuesday 06-17: Phase two, Sub one, its week 1 */
	compute(fx, june(17), &pr);
	assert_where(&pr, "p2", 2, 3, "p2/m1", "p2/m1/week-1");
	/* 16 expected, none done: 0 was expected on 06-01, 15 by 06-16 */
	assert_int_equal(pr.expected_percent, 57); /* 16 of 28, 57.1 */
	assert_int_equal(pr.days_ahead, -15);
	assert_int_equal(pr.week_start, june(16));
	progress_done(&pr);

	/* Tuesday 06-24: Sub two, which has no week blocks */
	compute(fx, june(24), &pr);
	assert_where(&pr, "p2", 2, 3, "p2/m2", "");
	progress_done(&pr);

	/* the dates win over what is left to do */
	all_done(fx, "p2/m2/d", '1', '7', june(24));
	compute(fx, june(17), &pr);
	assert_where(&pr, "p2", 2, 3, "p2/m1", "p2/m1/week-1");
	progress_done(&pr);
	compute(fx, june(3), &pr);
	assert_where(&pr, "p1", 1, 3, "", "p1/week-1");
	progress_done(&pr);
}

static void test_outside_the_dates(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	/* the day before the plan: the first phase with something to do */
	compute(fx, june(1), &pr);
	assert_where(&pr, "p1", 1, 3, "", "p1/week-1");
	assert_int_equal(pr.expected_percent, 0);
	assert_int_equal(pr.days_ahead, 0); /* nothing expected, none done */
	progress_done(&pr);

	/* after the plan, Phase one done: the plan has ended, no phase is
	 * current (what is left is late: progress_next carries it) */
	all_done(fx, "p1/week-1/a", '1', '7', june(30));
	all_done(fx, "p1/week-2/b", '1', '7', june(30));
	compute(fx, june(40), &pr); /* 2025-07-10 */
	assert_true(pr.ended);
	assert_where(&pr, "", 0, 3, "", "");
	assert_int_equal(pr.expected_percent, 100);
	/* 14 done: all 28 expected since 06-29, 14 of them on 06-15, to 07-09 the day before */
	assert_int_equal(pr.days_ahead, -24);
	progress_done(&pr);

	/* everything dated done: the undated Bonus is left, and current */
	all_done(fx, "p2/m1/week-1/c", '1', '7', june(30));
	all_done(fx, "p2/m2/d", '1', '7', june(30));
	compute(fx, june(40), &pr);
	assert_false(pr.ended);
	assert_where(&pr, "p3", 3, 3, "", "");
	assert_int_equal(pr.days_ahead, 0);
	assert_int_equal(pr.percent, 93); /* 28 of 30, 93.3 */
	progress_done(&pr);
}

/* Days before the plan starts, with nothing done: nothing was expected
 * either, so on schedule (stats_days_ahead: today is a day on which the
 * plan expected that many done). */
static void test_before_the_plan(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	compute(fx, june(-3), &pr); /* 2025-05-28, five days before */
	assert_where(&pr, "p1", 1, 3, "", "p1/week-1");
	assert_true(pr.dated);
	assert_int_equal(pr.expected_percent, 0);
	int ahead = pr.days_ahead;
	progress_done(&pr);
	assert_int_equal(ahead, 0);
}

/* Inside a phase's dates, in a gap between its dated sub-phases or week
 * blocks, there is no current one: not the first unfinished, whose days
 * are over (or to come). Outside the phase's dates the first unfinished
 * one still stands for where the work is. */
static void test_gap_between_dated_children(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	compute(fx, june(5), &pr);
	assert_where(&pr, "g1", 1, 2, "g1/early", "");
	progress_done(&pr);
	compute(fx, june(15), &pr); /* the gap: Early is over, Late to come */
	assert_where(&pr, "g1", 1, 2, "", "");
	progress_done(&pr);
	compute(fx, june(25), &pr);
	assert_where(&pr, "g1", 1, 2, "g1/late", "");
	progress_done(&pr);
	/* Weekly runs 06-30..07-27; its week block is 06-30..07-06 */
	compute(fx, june(32), &pr); /* 07-02 */
	assert_where(&pr, "g2", 2, 2, "", "g2/week-1");
	progress_done(&pr);
	compute(fx, june(40), &pr); /* 07-10 */
	assert_where(&pr, "g2", 2, 2, "", "");
	progress_done(&pr);
	/* before the plan: the first phase, its first unfinished sub-phase */
	compute(fx, june(-3), &pr);
	assert_where(&pr, "g1", 1, 2, "g1/early", "");
	progress_done(&pr);
}

/* ---- trends ---------------------------------------------------------------- */

static void trends(struct fx *fx, int today, struct trends *t)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, fx->slug, &p, &err), 0);
	int rc = trends_compute(fx->s, &p, today, t, &err);
	if (rc != 0)
		fprintf(stderr, "trends_compute: %s\n", err.msg);
	assert_int_equal(rc, 0);
	store_plan_done(&p);
}

static void rate(struct fx *fx, const char *skill, int rating, int week)
{
	struct store_error err = { 0 };
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_rating_add(fx->s, fx->plan_id, week, skill, rating, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
}

static const struct trends_day *heat_on(const struct trends *t, const char *date)
{
	int i = d(date) - t->heat_from;
	assert_true(i >= 0 && i < TRENDS_HEAT_WEEKS * 7);
	return &t->heat[i];
}

/*
 * Friday 2024-03-01, with this history:
 *   Fri 2023-12-29  A1 done; 45 min on the plan
 *   Tue 2024-01-02  A2 done; 30 min on A2
 *   Wed 2024-01-03  20 min on the plan
 *   Thu 2024-02-29  B1 done; 60 min on B1 (the leap day)
 *   node rated 2 in the week of 2024-01-01, 4 in the week of 2024-02-26
 */
static void test_trends_year_end_and_leap_day(void **state)
{
	struct fx *fx = *state;
	done_on(fx, "winter/a1", d("2023-12-29"));
	log_on(fx, NULL, 45, d("2023-12-29"));
	done_on(fx, "winter/a2", d("2024-01-02"));
	log_on(fx, "winter/a2", 30, d("2024-01-02"));
	log_on(fx, NULL, 20, d("2024-01-03"));
	done_on(fx, "leap/b1", d("2024-02-29"));
	log_on(fx, "leap/b1", 60, d("2024-02-29"));
	rate(fx, "node", 2, d("2024-01-01"));
	rate(fx, "node", 4, d("2024-02-26"));
	struct trends t;
	trends(fx, d("2024-03-01"), &t);

	/* the heatmap: 53 weeks to this week's Sunday, from Monday
	 * 2023-02-27 (364 days before 2024-02-26, over no leap day) */
	assert_int_equal(t.heat_from, d("2023-02-27"));
	assert_int_equal(t.heat_max, 60);
	assert_int_equal(t.active_days, 4);
	assert_int_equal(t.heat_minutes, 155);
	assert_int_equal(heat_on(&t, "2023-12-29")->minutes, 45);
	assert_int_equal(heat_on(&t, "2023-12-29")->level, 3); /* 45 of 60 */
	assert_int_equal(heat_on(&t, "2024-01-02")->level, 2); /* 30 of 60 */
	assert_int_equal(heat_on(&t, "2024-01-03")->level, 2); /* 20: over a quarter */
	assert_int_equal(heat_on(&t, "2024-02-29")->level, 4);
	assert_int_equal(heat_on(&t, "2024-02-28")->level, 0);
	assert_false(heat_on(&t, "2024-01-01")->active);
	/* Thursday's streak reaches today; Friday 12-29 is bridged to Monday
	 * by the weekend's rest, and breaks on Monday 01-01 */
	assert_int_equal(t.streak, 1);
	assert_int_equal(t.longest, 2);

	/* the recent weeks: 12 Mondays from 2023-12-11; the plan's 150
	 * minutes a week count from its start on 12-25 */
	assert_int_equal(t.weeks[0].monday, d("2023-12-11"));
	assert_int_equal(t.weeks[0].scheduled, 0);
	assert_int_equal(t.weeks[2].monday, d("2023-12-25"));
	assert_int_equal(t.weeks[2].scheduled, 150);
	assert_int_equal(t.weeks[2].logged, 45);
	assert_int_equal(t.weeks[3].logged, 50);
	assert_int_equal(t.weeks[4].logged, 0);
	assert_int_equal(t.weeks[11].monday, d("2024-02-26"));
	assert_int_equal(t.weeks[11].logged, 60);
	assert_int_equal(t.weeks[11].scheduled, 150);

	/* the burn-up: ten weeks from 12-25 to the week of the plan's last
	 * day, 03-03 */
	assert_int_equal(t.total, 12);
	assert_int_equal(t.done, 3);
	assert_int_equal(t.nburnup, 10);
	assert_int_equal(t.burnup[0].monday, d("2023-12-25"));
	assert_int_equal(t.burnup[0].done, 1);
	assert_true(t.burnup[0].planned > 3.49 && t.burnup[0].planned < 3.51); /* 7 of 14 days */
	assert_int_equal(t.burnup[1].done, 2);
	assert_true(t.burnup[1].planned > 6.99 && t.burnup[1].planned < 7.01);
	assert_int_equal(t.burnup[8].done, 2);
	assert_int_equal(t.burnup[9].monday, d("2024-02-26"));
	assert_int_equal(t.burnup[9].done, 3); /* by today */
	assert_true(t.burnup[9].planned > 10.99 && t.burnup[9].planned < 11.01);
	assert_true(t.dated);
	/* by Friday: Winter's 7, and 4 items x 5 of Leap's 7 days (26, 27,
	 * 28, 29 February and 1 March) */
	assert_true(t.planned_today > 9.85 && t.planned_today < 9.86);
	/* one done in the last 28 days: 9 left take 9 x 28 days */
	assert_int_equal(t.recent, 1);
	assert_int_equal(t.forecast, d("2024-03-01") + 252);
	assert_int_equal(t.plan_end, d("2024-03-03"));

	/* time by phase */
	assert_int_equal(t.nphases, 3);
	assert_string_equal(t.phases[0].title, "Winter");
	assert_int_equal(t.phases[0].estimate, 60);
	assert_int_equal(t.phases[0].minutes, 30);
	assert_int_equal(t.phases[0].done, 2);
	assert_int_equal(t.phases[0].total, 7);
	assert_int_equal(t.phases[1].minutes, 60);
	assert_int_equal(t.phases[2].total, 1);

	/* the rated skill, week by week: 0 before its first rating */
	assert_int_equal(t.nskills, 1);
	assert_string_equal(t.skills[0].key, "node");
	assert_int_equal(t.skills[0].ratings[2], 0);
	assert_int_equal(t.skills[0].ratings[3], 2);
	assert_int_equal(t.skills[0].ratings[10], 2);
	assert_int_equal(t.skills[0].ratings[11], 4);
	trends_done(&t);

	/* undone: the history that made it is what counts */
	struct store_error err = { 0 };
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_undo(fx->s, d("2024-03-01"), NULL, NULL, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	trends(fx, d("2024-03-01"), &t);
	assert_int_equal(t.heat_max, 45); /* B1's hour is gone */
	assert_int_equal(t.done, 3);	  /* its being done stays */
	trends_done(&t);
}

/* Sums of minutes past 2^31, in the store, the trends and the text: the
 * estimates of 1,000 tasks of 99999h, and 4,000,000,000 minutes logged
 * in two entries on one task on one day. */
static void test_trends_sums_past_32_bits(void **state)
{
	struct fx *fx = *state;
	long long est = 0, min = 0;
	struct store_error err = { 0 };
	assert_int_equal(store_time_sums(fx->s, fx->plan_id, 0, INT32_MAX, &est, &min, &err), 0);
	assert_int_equal(est, 5999940000LL);
	assert_int_equal(min, 0);

	int day = d("2025-03-05");
	log_on(fx, "huge/t1", 2000000000, day);
	log_on(fx, "huge/t1", 2000000000, day);
	struct store_item it;
	assert_int_equal(store_item_by_key(fx->s, fx->plan_id, "huge/t1", &it, &err), 0);
	assert_int_equal(it.minutes, 4000000000LL);
	store_item_done(&it);

	struct trends t;
	trends(fx, day, &t);
	assert_int_equal(t.nphases, 1);
	assert_int_equal(t.phases[0].estimate, 5999940000LL);
	assert_int_equal(t.phases[0].minutes, 4000000000LL);
	assert_int_equal(t.logged, 4000000000LL);
	assert_int_equal(t.heat_minutes, 4000000000LL);
	assert_int_equal(t.heat_max, 4000000000LL);
	assert_int_equal(heat_on(&t, "2025-03-05")->minutes, 4000000000LL);
	assert_int_equal(t.weeks[TRENDS_WEEKS - 1].logged, 4000000000LL);
	char buf[TEXT_MINUTES_LEN];
	assert_string_equal(text_minutes(t.phases[0].estimate, buf), "99999000h");
	assert_string_equal(text_minutes(t.phases[0].minutes, buf), "66666666h40m");
	trends_done(&t);

	struct progress pr;
	compute(fx, day, &pr);
	assert_int_equal(pr.logged_today, 4000000000LL);
	assert_int_equal(pr.logged_week, 4000000000LL);
	progress_done(&pr);
}

/* Nothing done, no dates: one burn-up week (this one), no pace. */
static void test_trends_fresh_undated(void **state)
{
	struct fx *fx = *state;
	struct trends t;
	trends(fx, d("2025-01-01"), &t);
	assert_int_equal(t.nburnup, 1);
	assert_int_equal(t.burnup[0].monday, d("2024-12-30"));
	assert_int_equal(t.burnup[0].done, 0);
	assert_false(t.dated);
	assert_int_equal(t.forecast, CALENDAR_NONE);
	assert_int_equal(t.plan_end, CALENDAR_NONE);
	assert_int_equal(t.streak, 0);
	assert_int_equal(t.active_days, 0);
	assert_int_equal(t.nskills, 0);
	assert_int_equal(t.nphases, 3);
	trends_done(&t);
}

/* ---- the undated plan ------------------------------------------------------- */

static void test_undated_first_unfinished(void **state)
{
	struct fx *fx = *state;
	int today = d("2025-03-05"); /* a Wednesday */
	struct progress pr;
	compute(fx, today, &pr);
	assert_where(&pr, "u1", 1, 3, "", "");
	assert_false(pr.dated);
	assert_int_equal(pr.expected_percent, 0);
	assert_int_equal(pr.days_ahead, 0);
	assert_int_equal(pr.total, 6);
	assert_false(pr.has_schedule);
	assert_int_equal(pr.slot.minutes, 0);
	assert_int_equal(pr.scheduled_week, 0);
	progress_done(&pr);

	done_on(fx, "u1/t1", today);
	done_on(fx, "u1/t2", today);
	compute(fx, today, &pr);
	assert_where(&pr, "u2", 2, 3, "u2/s1", "");
	assert_int_equal(pr.percent, 33);
	progress_done(&pr);

	done_on(fx, "u2/s1/s1", today);
	compute(fx, today, &pr);
	assert_where(&pr, "u2", 2, 3, "u2/s2", "");
	progress_done(&pr);

	done_on(fx, "u2/s2/s2", today);
	compute(fx, today, &pr);
	assert_where(&pr, "u3", 3, 3, "", "u3/wa");
	progress_done(&pr);

	done_on(fx, "u3/wa/w1", today);
	compute(fx, today, &pr);
	assert_where(&pr, "u3", 3, 3, "", "u3/wb");
	progress_done(&pr);

	/* nothing left: the last one */
	done_on(fx, "u3/wb/w2", today);
	compute(fx, today, &pr);
	assert_where(&pr, "u3", 3, 3, "", "u3/wb");
	assert_int_equal(pr.percent, 100);
	progress_done(&pr);

	/* a task reopened in the first phase makes it current again */
	set_status(fx, "u1/t2", STORE_TODO, today);
	compute(fx, today, &pr);
	assert_where(&pr, "u1", 1, 3, "", "");
	progress_done(&pr);
}

/* Without a schedule no day is a rest day: a weekend without activity
 * breaks the streak. */
static void test_undated_streak(void **state)
{
	struct fx *fx = *state;
	int fri = d("2025-03-07"), mon = d("2025-03-10");
	assert_int_equal(calendar_weekday(fri), 4);
	done_on(fx, "u1/t1", fri - 1);
	done_on(fx, "u1/t2", fri);
	log_on(fx, NULL, 25, mon);
	struct progress pr;
	compute(fx, mon, &pr);
	assert_int_equal(pr.streak, 1);
	assert_int_equal(pr.longest_streak, 2);
	assert_int_equal(pr.logged_today, 25);
	assert_int_equal(pr.logged_week, 25);
	assert_int_equal(pr.week_start, mon);
	progress_done(&pr);
	/* on the Saturday, Friday's streak still reaches today */
	compute(fx, fri + 1, &pr);
	assert_int_equal(pr.streak, 2);
	assert_int_equal(pr.logged_week, 0);
	progress_done(&pr);
}

/* The keys of what is next, joined by spaces. */
static void expect_next(struct fx *fx, int today, const char *keys, size_t optional)
{
	struct progress pr;
	compute(fx, today, &pr);
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, fx->slug, &p, &err), 0);
	struct progress_next nx;
	assert_int_equal(progress_next(fx->s, &p, &pr, 0, &nx, &err), 0);
	char got[256] = "";
	for (size_t i = 0; i < nx.n; i++) {
		const char *k = strrchr(nx.v[i].key, '/');
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s", i ? " " : "",
			 k ? k + 1 : nx.v[i].key);
	}
	if (strcmp(got, keys))
		fprintf(stderr, "what is next: got '%s', want '%s'\n", got, keys);
	assert_string_equal(got, keys);
	assert_int_equal(nx.optional, optional);
	assert_ptr_equal(nx.where, pr.week.id ? &pr.week : &pr.phase);
	progress_next_done(&nx);
	store_plan_done(&p);
	progress_done(&pr);
}

static void test_next(void **state)
{
	struct fx *fx = *state;
	int today = d("2025-03-05");
	/* the tasks (a parent task and its sub-task alike), then the
	 * criteria and deliverable, then the optional ones */
	expect_next(fx, today, "t1 t3 t3a t4 c1 c2 d t2", 1);
	/* with a limit: the first ones, and how many more */
	struct progress pr;
	compute(fx, today, &pr);
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, fx->slug, &p, &err), 0);
	struct progress_next nx;
	assert_int_equal(progress_next(fx->s, &p, &pr, 2, &nx, &err), 0);
	assert_int_equal(nx.n, 2);
	assert_string_equal(nx.v[1].key, "t3");
	assert_int_equal(nx.more, 6);
	assert_int_equal(nx.optional, 0);
	assert_int_equal(nx.carried, 0);
	progress_next_done(&nx);
	store_plan_done(&p);
	progress_done(&pr);
	/* in progress first, whatever its group; done and skipped gone */
	set_status(fx, "t4", STORE_DOING, today);
	set_status(fx, "c2", STORE_DOING, today);
	done_on(fx, "t1", today);
	set_status(fx, "t3a", STORE_SKIPPED, today);
	expect_next(fx, today, "t4 c2 t3 c1 d t2", 1);
	/* once the tasks are done, what is left to meet */
	done_on(fx, "t3", today);
	done_on(fx, "t4", today);
	expect_next(fx, today, "c2 c1 d t2", 1);
	done_on(fx, "c1", today);
	done_on(fx, "d", today);
	expect_next(fx, today, "c2 t2", 1);
	/* only the optional one left: the next block is current */
	done_on(fx, "c2", today);
	expect_next(fx, today, "u1", 0);
}

/* The file of tests/data, whole, malloc'd. */
static char *test_file(const char *name)
{
	const char *dir = getenv("STRIDE_TESTDATA");
	char path[1024];
	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "tests/data", name);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char *buf = calloc(1, 1 << 16);
	assert_non_null(buf);
	size_t n = fread(buf, 1, (1 << 16) - 1, f);
	assert_true(n > 0);
	fclose(f);
	return buf;
}

static int setup_late(void **state)
{
	char *yaml = test_file("sync/late.yaml");
	int rc = setup_with(state, yaml, "late");
	free(yaml);
	return rc;
}

/* store_late (SQL) and progress_late (C) say the same of every item on
 * every day around the plan's: which are late, and since when. */
struct late_seen {
	long long id[64];
	int days[64];
	size_t n;
	int today;
};

static int keep_late_seen(const struct store_item *it, int late_from, void *ctx)
{
	struct late_seen *l = ctx;
	assert_true(l->n < 64);
	l->id[l->n] = it->id;
	l->days[l->n++] = l->today - late_from + 1;
	return 0;
}

struct walk_late {
	struct store_item stack[16];
	int depth;
	struct late_seen *sql;
	int today;
	size_t late;
};

static int check_item(const struct store_item *it, void *ctx)
{
	struct walk_late *w = ctx;
	while (w->depth && w->stack[w->depth - 1].last < it->seq)
		store_item_done(&w->stack[--w->depth]);
	int end = CALENDAR_NONE;
	for (int i = 0; i < w->depth; i++)
		if (w->stack[i].id == it->sched_id)
			end = w->stack[i].end;
	int late = progress_late(it, end, w->today);
	int by_sql = 0;
	for (size_t i = 0; i < w->sql->n; i++)
		if (w->sql->id[i] == it->id)
			by_sql = w->sql->days[i];
	if (late != by_sql)
		fprintf(stderr, "%s on day %d: C says %d days late, SQL %d\n", it->key,
			w->today, late, by_sql);
	assert_int_equal(late, by_sql);
	w->late += late > 0;
	if (it->last > it->seq) {
		assert_true(w->depth < 16);
		store_item_copy(&w->stack[w->depth++], it);
	}
	return 0;
}

static void test_late_rule_agrees(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	set_status(fx, "a3", STORE_SKIPPED, d("2025-07-01"));
	done_on(fx, "a4", d("2025-07-01"));
	set_status(fx, "b1", STORE_DOING, d("2025-07-08"));
	size_t most = 0;
	for (int day = d("2025-06-25"); day <= d("2025-08-05"); day++) {
		struct late_seen sql = { .today = day };
		assert_int_equal(store_late(fx->s, fx->plan_id, day, keep_late_seen, &sql, &err), 0);
		struct walk_late w = { .sql = &sql, .today = day };
		assert_int_equal(store_walk(fx->s, fx->plan_id, 0, INT_MAX, false, check_item,
					    &w, &err), 0);
		assert_int_equal(w.late, sql.n);
		int count = -1;
		assert_int_equal(store_late_count(fx->s, fx->plan_id, day, &count, &err), 0);
		assert_int_equal(count, (int)sql.n); /* the same rule, counted */
		/* oldest first */
		for (size_t i = 1; i < sql.n; i++)
			assert_true(sql.days[i - 1] >= sql.days[i]);
		while (w.depth)
			store_item_done(&w.stack[--w.depth]);
		most = sql.n > most ? sql.n : most;
	}
	/* past the plan's end, everything open is late: all but the optional
	 * A2, the skipped A3, the done A4 */
	assert_int_equal(most, 12); /* A1, B1, C1-C7, Works, D1, D2 */
}

/* ---- the shell: what remind and the completion read (issue 15) ------------ */

/* Whether today has activity (the streak reaches it) and is a day off:
 * with record_weeks, Monday 9 is active, Saturday 7 is a rest day without
 * any, Thursday 12 neither. */
static void test_today_active_and_off(void **state)
{
	struct fx *fx = *state;
	struct progress pr;
	record_weeks(fx);
	compute(fx, june(9), &pr);
	assert_true(pr.active_today);
	assert_false(pr.day_off);
	progress_done(&pr);
	compute(fx, june(7), &pr);
	assert_false(pr.active_today);
	assert_true(pr.day_off);
	progress_done(&pr);
	compute(fx, june(12), &pr);
	assert_false(pr.active_today);
	assert_false(pr.day_off);
	assert_true(pr.streak > 0);
	progress_done(&pr);
}

static void gather(struct fx *fx, int today, struct remind *r)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, fx->slug, &p, &err), 0);
	int rc = remind_gather(fx->s, &p, today, r, &err);
	if (rc)
		fprintf(stderr, "remind_gather: %s\n", err.msg);
	assert_int_equal(rc, 0);
	store_plan_done(&p);
}

static void test_remind(void **state)
{
	struct fx *fx = *state;
	struct remind r;
	record_weeks(fx);
	/* Thursday 12: its 30 minutes not logged, the streak (to Wednesday
	 * 11) ends today; week 1 all done, week 2 not over: nothing late */
	gather(fx, june(12), &r);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.v[0].kind, REMIND_SLOT);
	assert_int_equal(r.v[0].logged, 0);
	assert_int_equal(r.v[0].minutes, 30);
	assert_int_equal(r.v[1].kind, REMIND_STREAK);
	assert_int_equal(r.v[1].streak, r.pr.streak);
	assert_true(r.running);
	remind_done(&r);
	/* Wednesday 11: B2 done and 20 of 30 minutes logged on it: the slot
	 * only */
	gather(fx, june(11), &r);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.v[0].kind, REMIND_SLOT);
	assert_int_equal(r.v[0].logged, 20);
	remind_done(&r);
	/* Sunday 15, a rest day: no slot, the streak does not need it; the
	 * week's reflection is due (its Monday, the 9th) */
	gather(fx, june(15), &r);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.v[0].kind, REMIND_REFLECTION);
	assert_int_equal(r.v[0].week, june(9));
	remind_done(&r);
	/* Monday 16: week 2 is over with B3 to B7 open: late */
	gather(fx, june(16), &r);
	assert_int_equal(r.v[r.n - 1].kind, REMIND_LATE);
	assert_int_equal(r.v[r.n - 1].late, 5);
	remind_done(&r);
	/* long before the plan: a template to start, nothing to say */
	gather(fx, june(2) - 365, &r);
	assert_int_equal(r.n, 0);
	assert_true(r.quiet);
	assert_false(r.running);
	remind_done(&r);
	/* after the plan's end: what is open is late, but no slot and no
	 * streak to keep; not running (left out unless named) */
	gather(fx, june(29) + 400, &r);
	assert_false(r.running);
	assert_false(r.quiet);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.v[0].kind, REMIND_LATE);
	remind_done(&r);
}

struct prefix_seen {
	char refs[64][16];
	int n;
};

static int keep_prefix(const struct store_item *it, void *ctx)
{
	struct prefix_seen *ps = ctx;
	if (ps->n < 64)
		snprintf(ps->refs[ps->n++], sizeof(ps->refs[0]), "%d:%s", it->ref, it->key);
	return 0;
}

struct prefix_count {
	const char *digits, *key;
	int n;
};

static int count_prefix(const struct store_item *it, void *ctx)
{
	struct prefix_count *c = ctx;
	char ref[16];
	snprintf(ref, sizeof(ref), "%d", it->ref);
	if (it->kind != STORE_SKILL && !it->archived &&
	    (c->digits ? !strncmp(ref, c->digits, strlen(c->digits))
		       : !strncmp(it->key, c->key, strlen(c->key))))
		c->n++;
	return 0;
}

/* store_item_prefix against a walk of every item: the same items, the
 * numbers shortest first, at most the limit. */
static void test_item_prefix(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	static const char *const digits[] = { "1", "2", "3", "12", "40", "0", "99" };
	for (size_t i = 0; i < sizeof(digits) / sizeof(*digits); i++) {
		struct prefix_seen ps = { 0 };
		struct prefix_count c = { .digits = digits[i] };
		assert_int_equal(store_item_prefix(fx->s, fx->plan_id, digits[i], 64, keep_prefix,
						   &ps, &err), 0);
		assert_int_equal(store_items(fx->s, fx->plan_id, count_prefix, &c, &err), 0);
		assert_int_equal(ps.n, c.n);
		for (int k = 0; k < ps.n; k++) {
			assert_true(!strncmp(ps.refs[k], digits[i], strlen(digits[i])));
			if (k)
				assert_true(atoi(ps.refs[k - 1]) < atoi(ps.refs[k]));
		}
	}
	struct prefix_seen ps = { 0 };
	assert_int_equal(store_item_prefix(fx->s, fx->plan_id, "1", 3, keep_prefix, &ps, &err), 0);
	assert_int_equal(ps.n, 3);
	assert_true(!strncmp(ps.refs[0], "1:", 2));
	assert_true(!strncmp(ps.refs[1], "10:", 3));
	/* keys: the seven tasks of week 1 */
	ps = (struct prefix_seen){ 0 };
	struct prefix_count c = { .key = "p1/week-1/" };
	assert_int_equal(store_item_prefix(fx->s, fx->plan_id, "p1/week-1/", 64, keep_prefix, &ps,
					   &err), 0);
	assert_int_equal(store_items(fx->s, fx->plan_id, count_prefix, &c, &err), 0);
	assert_int_equal(ps.n, 7);
	assert_int_equal(c.n, 7);
	assert_non_null(strstr(ps.refs[0], ":p1/week-1/a1"));
}

/* A strictly read-only store reads, refuses to write, and leaves no file
 * beside it. */
static void test_open_readonly(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	store_close(fx->s); /* the last connection: no -wal left */
	fx->s = NULL;
	struct store *ro;
	assert_int_equal(store_open_readonly(fx->path, &ro, &err), 0);
	struct store_plan p;
	assert_int_equal(store_plan_get(ro, fx->slug, &p, &err), 0);
	store_plan_done(&p);
	assert_int_equal(store_begin(ro, &err), -1);
	assert_int_equal(err.code, STORE_ERR_READONLY);
	store_close(ro);
	char wal[sizeof(fx->path) + 8];
	snprintf(wal, sizeof(wal), "%s-wal", fx->path);
	assert_int_equal(access(wal, F_OK), -1);
	snprintf(wal, sizeof(wal), "%s-shm", fx->path);
	assert_int_equal(access(wal, F_OK), -1);
	/* no store: absent, and none made */
	snprintf(wal, sizeof(wal), "%s/none.db", fx->dir);
	assert_int_equal(store_open_readonly(wal, &ro, &err), -1);
	assert_int_equal(err.code, STORE_ERR_ABSENT);
	assert_int_equal(access(wal, F_OK), -1);
	assert_int_equal(store_open(fx->path, true, &fx->s, &err), 0);
}

int main(void)
{
#define DATED(f) cmocka_unit_test_setup_teardown(f, setup_dated, teardown)
#define UNDATED(f) cmocka_unit_test_setup_teardown(f, setup_undated, teardown)
	const struct CMUnitTest tests[] = {
		DATED(test_fresh_plan),
		DATED(test_behind),
		DATED(test_ahead_and_percent),
		DATED(test_subphases_by_date),
		DATED(test_outside_the_dates),
		DATED(test_before_the_plan),
		cmocka_unit_test_setup_teardown(test_gap_between_dated_children, setup_gaps,
						teardown),
		cmocka_unit_test_setup_teardown(test_trends_year_end_and_leap_day, setup_year,
						teardown),
		UNDATED(test_trends_fresh_undated),
		cmocka_unit_test_setup_teardown(test_trends_sums_past_32_bits,
						setup_big_estimates, teardown),
		UNDATED(test_undated_first_unfinished),
		UNDATED(test_undated_streak),
		cmocka_unit_test_setup_teardown(test_next, setup_next, teardown),
		cmocka_unit_test_setup_teardown(test_late_rule_agrees, setup_late, teardown),
		DATED(test_today_active_and_off),
		DATED(test_remind),
		DATED(test_item_prefix),
		DATED(test_open_readonly),
	};
#undef DATED
#undef UNDATED
	return cmocka_run_group_tests(tests, NULL, NULL);
}
