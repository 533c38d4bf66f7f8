/*
 * Unit tests for habit: due days, streaks and completion (the rules in
 * include/stride/habit.h). Every expected number is worked out by hand;
 * the comments show the calendar. 2026-11-02 is a Monday; 2025-12-29 is
 * the Monday of ISO week 2026-W01; 2020-12-28 the Monday of 2020-W53.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "stride/calendar.h"
#include "stride/habit.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int d(const char *s)
{
	int day = CALENDAR_NONE;
	assert_true(calendar_parse(s, &day));
	return day;
}

static struct habit_rule daily(const char *start, const char *end)
{
	return (struct habit_rule){ { PLAN_EVERY_DAY, 0x7f, 0 }, d(start), d(end) };
}

static struct habit_facts facts(const struct habit_rule *r, const struct stats_off *off,
				const char *const *days, size_t n, const char *today)
{
	int ticks[64];
	assert_true(n <= ARRAY_LEN(ticks));
	for (size_t i = 0; i < n; i++)
		ticks[i] = d(days[i]);
	struct habit_facts f;
	habit_facts(r, off, ticks, n, d(today), &f);
	return f;
}

/* every: day, no days off: a missed day breaks the run */
static void test_daily(void **state)
{
	(void)state;
	struct habit_rule r = daily("2026-11-02", "2026-11-29");
	const char *t[] = { "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06",
			    "2026-11-07" };
	/* Sat 11-07: 05, 06, 07 in a row (04 missed) */
	struct habit_facts f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-07");
	assert_int_equal(f.streak, 3);
	assert_int_equal(f.best, 3);
	assert_true(f.done_today);
	assert_true(f.due_today);
	/* 6 days due (02..07), 5 met */
	assert_int_equal(f.due, 6);
	assert_int_equal(f.met, 5);
	/* this week Mon 02 .. Sun 08: 7 due, 5 ticked */
	assert_int_equal(f.week_need, 7);
	assert_int_equal(f.week_done, 5);
	/* Sun 11-08 not yet ticked: the day is not over, the run stands and
	 * today is not counted against completion */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-08");
	assert_int_equal(f.streak, 3);
	assert_false(f.done_today);
	assert_true(f.due_today);
	assert_int_equal(f.due, 6);
	/* Mon 11-09: Sunday was missed, the run is broken */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-09");
	assert_int_equal(f.streak, 0);
	assert_int_equal(f.best, 3);
	assert_int_equal(f.due, 7);
	assert_int_equal(f.last_tick, d("2026-11-07"));
	/* outside its span: not due, not active */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-12-01");
	assert_false(f.active);
	assert_false(f.due_today);
	assert_int_equal(f.due, 28);
	/* before it starts: nothing due */
	f = facts(&r, NULL, NULL, 0, "2026-10-30");
	assert_int_equal(f.due, 0);
	assert_false(f.due_today);
}

/* The plan's rest days (Sunday) and a pause never break a run */
static void test_rest_and_pause(void **state)
{
	(void)state;
	struct habit_rule r = daily("2026-11-02", "2026-11-29");
	struct stats_pause pause = { d("2026-11-10"), d("2026-11-12") };
	struct stats_off off = { .rest = { [6] = true }, .pauses = &pause, .npauses = 1 };
	/* Mon 02 .. Sat 07 ticked, Sun 08 a rest day, Mon 09 ticked, Tue 10 ..
	 * Thu 12 paused, Fri 13 ticked */
	const char *t[] = { "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05",
			    "2026-11-06", "2026-11-07", "2026-11-09", "2026-11-13" };
	struct habit_facts f = facts(&r, &off, t, ARRAY_LEN(t), "2026-11-13");
	assert_int_equal(f.streak, 8);
	assert_int_equal(f.due, 8);
	assert_int_equal(f.met, 8);
	/* the rest day and the paused days are not due */
	assert_false(habit_due_on(&r, &off, d("2026-11-08")));
	assert_false(habit_due_on(&r, &off, d("2026-11-11")));
	assert_true(habit_due_on(&r, &off, d("2026-11-13")));
	f = facts(&r, &off, t, ARRAY_LEN(t), "2026-11-11");
	assert_false(f.due_today);
	/* this week (09..15): Mon, Fri, Sat due (Tue..Thu paused, Sun rest) */
	assert_int_equal(f.week_need, 3);
	/* without the days off, the same ticks break the run on Sunday 08 */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-13");
	assert_int_equal(f.streak, 1);
	assert_int_equal(f.best, 6);
}

/* every: [mon, wed, fri]: only those weekdays are due */
static void test_weekdays(void **state)
{
	(void)state;
	struct habit_rule r = { { PLAN_EVERY_DAYS, 1u | 4u | 16u, 0 }, d("2026-11-02"),
				d("2026-11-29") };
	const char *t[] = { "2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09" };
	/* Tue 11-10: not due; Mon 02, Wed 04, Fri 06, Mon 09: 4 in a row */
	struct habit_facts f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-10");
	assert_false(f.due_today);
	assert_int_equal(f.streak, 4);
	assert_int_equal(f.week_need, 3);
	assert_int_equal(f.week_done, 1);
	/* Thu 11-12: Wed 11 was missed */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-12");
	assert_int_equal(f.streak, 0);
	assert_int_equal(f.best, 4);
	assert_int_equal(f.due, 5);
	assert_int_equal(f.met, 4);
	/* a tick on a day that is not due counts for nothing */
	const char *extra[] = { "2026-11-03" };
	f = facts(&r, NULL, extra, 1, "2026-11-03");
	assert_int_equal(f.streak, 0);
	assert_int_equal(f.met, 0);
	assert_int_equal(f.due, 1);
}

/* every: 3/week counts ISO weeks, across a year's end */
static void test_per_week_year_end(void **state)
{
	(void)state;
	struct habit_rule r = { { PLAN_EVERY_WEEK, 0, 3 }, d("2025-12-15"), d("2026-01-31") };
	/* 2025-W51 (15..21): 3 ticks; W52 (22..28): 3; 2026-W01 (Mon 2025-12-29
	 * .. Sun 2026-01-04): Wed 12-31, Thu 01-01, Sun 01-04, across the
	 * year's end: met */
	const char *t[] = { "2025-12-15", "2025-12-16", "2025-12-17", "2025-12-22",
			    "2025-12-26", "2025-12-28", "2025-12-31", "2026-01-01",
			    "2026-01-04", "2026-01-05" };
	struct habit_facts f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-01-06");
	assert_true(f.weeks);
	/* W02 has 1 of 3 so far: open, the run of 3 weeks stands */
	assert_int_equal(f.streak, 3);
	assert_int_equal(f.week_done, 1);
	assert_int_equal(f.week_need, 3);
	assert_true(f.due_today);
	assert_int_equal(f.due, 3);
	assert_int_equal(f.met, 3);
	/* on Monday 01-12, W02 ended with 1 of 3: broken */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-01-12");
	assert_int_equal(f.streak, 0);
	assert_int_equal(f.best, 3);
	assert_int_equal(f.due, 4);
	/* met this week already: not due any more today */
	const char *w[] = { "2026-01-05", "2026-01-06", "2026-01-07" };
	f = facts(&r, NULL, w, ARRAY_LEN(w), "2026-01-08");
	assert_false(f.due_today);
	assert_int_equal(f.week_done, 3);
}

/* 2020 has an ISO week 53 (Mon 2020-12-28 .. Sun 2021-01-03) */
static void test_per_week_53(void **state)
{
	(void)state;
	struct habit_rule r = { { PLAN_EVERY_WEEK, 0, 1 }, d("2020-12-21"), d("2021-01-17") };
	const char *t[] = { "2020-12-21", "2021-01-02", "2021-01-04" };
	struct habit_facts f = facts(&r, NULL, t, ARRAY_LEN(t), "2021-01-10");
	/* W52, W53 (01-02 is its Saturday), 2021-W01: 3 weeks */
	assert_int_equal(f.streak, 3);
	/* on 01-11, 2021-W01 (04..10) was met too; W02 open */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2021-01-18");
	assert_int_equal(f.streak, 0);
	assert_int_equal(f.best, 3);
}

/* A week with fewer days on than N asks as many as it has; a week wholly
 * off is passed over */
static void test_per_week_off(void **state)
{
	(void)state;
	/* starts Friday 2026-11-06: its first week has Fri, Sat (Sun rest) */
	struct habit_rule r = { { PLAN_EVERY_WEEK, 0, 3 }, d("2026-11-06"), d("2026-12-06") };
	struct stats_pause pause = { d("2026-11-16"), d("2026-11-22") };
	struct stats_off off = { .rest = { [6] = true }, .pauses = &pause, .npauses = 1 };
	/* W45 (02..08): 06, 07 = 2 of the 2 it asks; W46 (09..15): 3; W47
	 * paused whole; W48 (23..29): 3 */
	const char *t[] = { "2026-11-06", "2026-11-07", "2026-11-09", "2026-11-11",
			    "2026-11-13", "2026-11-23", "2026-11-24", "2026-11-25" };
	struct habit_facts f = facts(&r, &off, t, ARRAY_LEN(t), "2026-11-30");
	assert_int_equal(f.streak, 3);
	assert_int_equal(f.due, 3);
	f = facts(&r, &off, t, ARRAY_LEN(t), "2026-11-18");
	assert_false(f.due_today);
	assert_int_equal(f.week_need, 0);
	/* the same without days off: W45 asks 3 and had 2 */
	f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-30");
	assert_int_equal(f.streak, 1);
	assert_int_equal(f.best, 1);
}

/* A habit without dates recurs from its first tick */
static void test_undated(void **state)
{
	(void)state;
	struct habit_rule r = { { PLAN_EVERY_DAY, 0x7f, 0 }, CALENDAR_NONE, CALENDAR_NONE };
	const char *t[] = { "2026-11-05", "2026-11-06" };
	struct habit_facts f = facts(&r, NULL, t, ARRAY_LEN(t), "2026-11-07");
	assert_true(f.active);
	assert_int_equal(f.streak, 2);
	assert_int_equal(f.due, 2);
	f = facts(&r, NULL, NULL, 0, "2026-11-07");
	assert_true(f.due_today);
	assert_int_equal(f.due, 0);
}

/* habit_week: a week's need and ticks, as the views show them */
static void test_week(void **state)
{
	(void)state;
	struct habit_rule r = { { PLAN_EVERY_WEEK, 0, 3 }, d("2026-11-06"), d("2026-12-06") };
	struct stats_off off = { .rest = { [6] = true } };
	const char *t[] = { "2026-11-06", "2026-11-09", "2026-11-10" };
	int ticks[3];
	for (int i = 0; i < 3; i++)
		ticks[i] = d(t[i]);
	int done, need;
	/* W45: only Fri and Sat inside the span and on */
	habit_week(&r, &off, ticks, 3, d("2026-11-02"), d("2026-11-20"), &done, &need);
	assert_int_equal(need, 2);
	assert_int_equal(done, 1);
	habit_week(&r, &off, ticks, 3, d("2026-11-09"), d("2026-11-20"), &done, &need);
	assert_int_equal(need, 3);
	assert_int_equal(done, 2);
	/* a day habit, Mon/Wed/Fri, with Friday of that week paused */
	struct stats_pause p = { d("2026-11-13"), d("2026-11-13") };
	struct stats_off off2 = { .pauses = &p, .npauses = 1 };
	struct habit_rule g = { { PLAN_EVERY_DAYS, 1u | 4u | 16u, 0 }, d("2026-11-02"),
				d("2026-11-29") };
	habit_week(&g, &off2, ticks, 3, d("2026-11-09"), d("2026-11-20"), &done, &need);
	assert_int_equal(need, 2);
	assert_int_equal(done, 1);
	/* the shades: nothing asked, none, thirds, all */
	assert_int_equal(habit_week_level(0, 0), -1);
	assert_int_equal(habit_week_level(0, 3), 0);
	assert_int_equal(habit_week_level(1, 3), 2);
	assert_int_equal(habit_week_level(2, 3), 3);
	assert_int_equal(habit_week_level(1, 6), 1);
	assert_int_equal(habit_week_level(5, 6), 3);
	assert_int_equal(habit_week_level(4, 3), 4);
	/* ticks after today are not counted */
	habit_week(&g, &off2, ticks, 3, d("2026-11-09"), d("2026-11-08"), &done, &need);
	assert_int_equal(done, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_daily),
		cmocka_unit_test(test_rest_and_pause),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_per_week_year_end),
		cmocka_unit_test(test_per_week_53),
		cmocka_unit_test(test_per_week_off),
		cmocka_unit_test(test_undated),
		cmocka_unit_test(test_week),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
