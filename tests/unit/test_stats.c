/*
 * Unit tests for stats: expected progress, days ahead or behind, the
 * percentage and the streaks. Every expected number is worked out by hand
 * from the contract in stats.h; the comments show the arithmetic.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

#include "stride/calendar.h"
#include "stride/stats.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers ----------------------------------------------------------- */

static int d(const char *s)
{
	int day = CALENDAR_NONE;
	assert_true(calendar_parse(s, &day));
	return day;
}

static void assert_near(double got, double want)
{
	double diff = got - want;
	if (diff < -1e-9 || diff > 1e-9) {
		fprintf(stderr, "wanted %.9f, got %.9f\n", want, got);
		fail();
	}
}

/* Monday 2025-06-02, the first day of most of the spans below. */
static int monday(void)
{
	int m = d("2025-06-02");
	assert_int_equal(calendar_weekday(m), 0);
	return m;
}

static const bool no_rest[7] = { false };
/* Saturday and Sunday free. */
static const bool weekend_rest[7] = { [5] = true, [6] = true };
static const bool sunday_rest[7] = { [6] = true };

struct streak {
	int current, longest;
};

static struct streak streak(const int *days, size_t n, const bool rest[7],
			    int today)
{
	struct streak s = { -1, -1 };
	struct stats_off off = { 0 };
	memcpy(off.rest, rest, sizeof(off.rest));
	stats_streak(days, n, &off, today, &s.current, &s.longest);
	return s;
}

#define assert_streak(s, cur, lon)                                            \
	do {                                                                   \
		struct streak s_ = (s);                                        \
		assert_int_equal(s_.current, (cur));                           \
		assert_int_equal(s_.longest, (lon));                           \
	} while (0)

/* ---- stats_expected ------------------------------------------------------ */

static void test_expected_one_span(void **state)
{
	(void)state;
	int b = monday();
	/* 10 days, 20 items: 2 a day, counted by the end of each day */
	struct stats_span sp = { b, b + 9, 20 };
	assert_near(stats_expected(&sp, b - 100, NULL), 0);
	assert_near(stats_expected(&sp, b - 1, NULL), 0);
	assert_near(stats_expected(&sp, b, NULL), 2);	   /* end of day 1 of 10 */
	assert_near(stats_expected(&sp, b + 4, NULL), 10); /* 5 of 10 days */
	assert_near(stats_expected(&sp, b + 8, NULL), 18);
	assert_near(stats_expected(&sp, b + 9, NULL), 20); /* the last day: all */
	assert_near(stats_expected(&sp, b + 10, NULL), 20);
	assert_near(stats_expected(&sp, b + 1000, NULL), 20);

	/* 3 items over 4 days: 0.75 a day */
	struct stats_span odd = { b, b + 3, 3 };
	assert_near(stats_expected(&odd, b, NULL), 0.75);
	assert_near(stats_expected(&odd, b + 1, NULL), 1.5);
	assert_near(stats_expected(&odd, b + 2, NULL), 2.25);
	assert_near(stats_expected(&odd, b + 3, NULL), 3);
}

static void test_expected_edges(void **state)
{
	(void)state;
	int b = monday();
	/* a span of one day: nothing the day before, everything on it */
	struct stats_span one = { b, b, 5 };
	assert_near(stats_expected(&one, b - 1, NULL), 0);
	assert_near(stats_expected(&one, b, NULL), 5);
	assert_near(stats_expected(&one, b + 1, NULL), 5);
	/* a span with nothing in it expects nothing */
	struct stats_span empty = { b, b + 9, 0 };
	assert_near(stats_expected(&empty, b - 1, NULL), 0);
	assert_near(stats_expected(&empty, b + 5, NULL), 0);
	assert_near(stats_expected(&empty, b + 20, NULL), 0);
	/* across a leap day: 2024-02-28 .. 2024-03-02 is 4 days */
	struct stats_span leap = { d("2024-02-28"), d("2024-03-02"), 8 };
	assert_near(stats_expected(&leap, d("2024-02-29"), NULL), 4);
	assert_near(stats_expected(&leap, d("2024-03-01"), NULL), 6);
}

static void test_expected_all(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = {
		{ b, b + 9, 10 },	/* 1 a day */
		{ b + 5, b + 9, 5 },	/* 1 a day, overlapping */
		{ b + 20, b + 21, 4 }, /* 2 a day, later */
	};
	assert_near(stats_expected_all(v, 0, b + 5, NULL), 0);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b - 1, NULL), 0);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 2, NULL), 3);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 6, NULL), 7 + 2);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 15, NULL), 15);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 20, NULL), 17);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 21, NULL), 19);
	assert_near(stats_expected_all(v, ARRAY_LEN(v), b + 99, NULL), 19);
}

/* ---- stats_days_ahead ----------------------------------------------------- */

/* One span of 10 days and 10 items: by the end of b + k the plan expects
 * k + 1 done. */
static void test_days_ahead_one_span(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 10 } };
	size_t n = ARRAY_LEN(v);
	/* on schedule: 5 expected by the end of b + 4 */
	assert_int_equal(stats_days_ahead(v, n, 5, b + 4, NULL), 0);
	assert_int_equal(stats_days_ahead(v, n, 1, b, NULL), 0);
	assert_int_equal(stats_days_ahead(v, n, 10, b + 9, NULL), 0);
	/* behind is counted from yesterday, today's share being owed once
	 * today ends: 4 done on b + 6 (6 expected by b + 5); 4 were expected
	 * on b + 3 */
	assert_int_equal(stats_days_ahead(v, n, 4, b + 6, NULL), -2);
	/* nothing done on b + 2: 0 was expected on b - 1, two days before b + 1 */
	assert_int_equal(stats_days_ahead(v, n, 0, b + 2, NULL), -2);
	/* ahead: 7 done on b + 2 (3 expected); 7 are expected on b + 6 */
	assert_int_equal(stats_days_ahead(v, n, 7, b + 2, NULL), 4);
	/* ahead before the plan starts: 2 done by b - 5, expected on b + 1 */
	assert_int_equal(stats_days_ahead(v, n, 2, b - 5, NULL), 6);
	/* after the plan: all done is on schedule, 6 done is 6 on b + 5 */
	assert_int_equal(stats_days_ahead(v, n, 10, b + 20, NULL), 0);
	assert_int_equal(stats_days_ahead(v, n, 6, b + 20, NULL), -14);
}

/* 3 items over 10 days: by the end of b + k the plan expects 0.3 (k + 1).
 * Where no day expects exactly `done`, the day is the first one that
 * expects at least that many. */
static void test_days_ahead_fractions(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 3 } };
	size_t n = ARRAY_LEN(v);
	/* 1 done on b + 9 (3 expected): 0.9 on b + 2, 1.2 on b + 3 */
	assert_int_equal(stats_days_ahead(v, n, 1, b + 9, NULL), -5);
	/* 2 done on b + 9: 1.8 on b + 5, 2.1 on b + 6 */
	assert_int_equal(stats_days_ahead(v, n, 2, b + 9, NULL), -2);
}

/* Spans with different totals: A, b .. b + 9, 10 items (1 a day), then B,
 * b + 10 .. b + 14, 20 items (4 a day). Expected by the end of b + 10 + k:
 * 10 + 4 (k + 1). */
/* Behind across a break between two dated spans: the days of the break
 * expect nothing, so they are not counted. A is b .. b + 9 and B is
 * b + 20 .. b + 29, 10 items each (1 a day); with A done (10) on b + 25,
 * the plan expected 10 up to b + 19 and 15 by b + 24, the day before:
 * 5 days behind. */
static void test_days_ahead_behind_across_a_break(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 10 }, { b + 20, b + 29, 10 } };
	assert_int_equal(stats_days_ahead(v, 2, 10, b + 25, NULL), -5);
	assert_int_equal(stats_days_ahead(v, 2, 12, b + 25, NULL), -3);
	assert_int_equal(stats_days_ahead(v, 2, 5, b + 25, NULL), -20);
}

static void test_days_ahead_several_spans(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 10 }, { b + 10, b + 14, 20 } };
	size_t n = ARRAY_LEN(v);
	/* on b + 12 the plan expects 22 */
	assert_int_equal(stats_days_ahead(v, n, 22, b + 12, NULL), 0);
	assert_int_equal(stats_days_ahead(v, n, 14, b + 12, NULL), -1); /* b + 10 */
	assert_int_equal(stats_days_ahead(v, n, 10, b + 12, NULL), -2); /* b + 9 */
	assert_int_equal(stats_days_ahead(v, n, 5, b + 12, NULL), -7);  /* b + 4 */
	assert_int_equal(stats_days_ahead(v, n, 26, b + 12, NULL), 1);  /* b + 13 */
	/* on b + 5 the plan expects 6; 18 are expected on b + 11 */
	assert_int_equal(stats_days_ahead(v, n, 18, b + 5, NULL), 6);
	/* the order of the spans does not matter */
	struct stats_span r[] = { v[1], v[0] };
	assert_int_equal(stats_days_ahead(r, n, 14, b + 12, NULL), -1);
	assert_int_equal(stats_days_ahead(r, n, 18, b + 5, NULL), 6);

	/* overlapping spans: C, b + 5 .. b + 9, 5 items, on top of A.
	 * Expected by b + k: k + 1 for k < 5, then 2k - 3. */
	struct stats_span o[] = { { b, b + 9, 10 }, { b + 5, b + 9, 5 } };
	assert_int_equal(stats_days_ahead(o, 2, 11, b + 7, NULL), 0);
	assert_int_equal(stats_days_ahead(o, 2, 7, b + 7, NULL), -1);	 /* b + 5 */
	assert_int_equal(stats_days_ahead(o, 2, 13, b + 5, NULL), 3);	 /* b + 8 */
	assert_int_equal(stats_days_ahead(o, 2, 3, b + 7, NULL), -4);	 /* b + 2 */
}

/*
 * Done equal to what the plan expects by today is on schedule, also when
 * the plan expects that many on other days too (before it starts, or in a
 * break between two spans): today is a day on which the plan expected
 * that many done, so the distance is 0.
 */
static void test_days_ahead_on_schedule_before_start(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 10 } };
	/* nothing done, five days before the plan starts: 0 expected */
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 0, b - 5, NULL), 0);
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 0, b - 1, NULL), 0);
}

static void test_days_ahead_on_schedule_in_a_break(void **state)
{
	(void)state;
	int b = monday();
	/* A: b .. b + 9, 10 items; a break; B: b + 20 .. b + 29, 10 items */
	struct stats_span v[] = { { b, b + 9, 10 }, { b + 20, b + 29, 10 } };
	/* A done, in the break: 10 expected, 10 done */
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 10, b + 12, NULL), 0);
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 10, b + 19, NULL), 0);
}

static void test_days_ahead_no_spans(void **state)
{
	(void)state;
	int b = monday();
	assert_int_equal(stats_days_ahead(NULL, 0, 0, b, NULL), 0);
	assert_int_equal(stats_days_ahead(NULL, 0, 5, b, NULL), 0);
	/* spans without items are no dated items either */
	struct stats_span v[] = { { b, b + 9, 0 }, { b + 10, b + 19, 0 } };
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 0, b + 5, NULL), 0);
	assert_int_equal(stats_days_ahead(v, ARRAY_LEN(v), 3, b + 5, NULL), 0);
}

/* Done more than the plan ever expects: ahead by the days left to its
 * last day, the day on which it expects all of them. */
static void test_days_ahead_done_everything(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span v[] = { { b, b + 9, 10 } };
	size_t n = ARRAY_LEN(v);
	assert_int_equal(stats_days_ahead(v, n, 10, b + 2, NULL), 7);
	assert_int_equal(stats_days_ahead(v, n, 12, b + 2, NULL), 7);
	assert_int_equal(stats_days_ahead(v, n, 12, b + 9, NULL), 0);
	assert_int_equal(stats_days_ahead(v, n, 12, b + 30, NULL), 0);
}

/* ---- stats_percent ------------------------------------------------------- */

static void test_percent(void **state)
{
	(void)state;
	assert_int_equal(stats_percent(0, 0), 0);
	assert_int_equal(stats_percent(5, 0), 0);
	assert_int_equal(stats_percent(0, 10), 0);
	assert_int_equal(stats_percent(1, 3), 33);
	assert_int_equal(stats_percent(2, 3), 66); /* rounded down, not 67 */
	assert_int_equal(stats_percent(99, 100), 99);
	assert_int_equal(stats_percent(199, 200), 99);
	assert_int_equal(stats_percent(1, 200), 0);
	assert_int_equal(stats_percent(10, 10), 100);
	/* no overflow in part * 100 */
	assert_int_equal(stats_percent(2000000000, 2000000001), 99);
	assert_int_equal(stats_percent(2000000000, 2000000000), 100);
	/* minutes in 64 bits, and a percentage too big for an int */
	assert_int_equal(stats_percent(5999940000LL, 6000000000LL), 99);
	assert_int_equal(stats_percent(6000000000LL, 2), INT_MAX);
	assert_int_equal(stats_percent(LLONG_MAX, 1), INT_MAX);
}

/* ---- stats_streak --------------------------------------------------------- */

static void test_streak_every_day(void **state)
{
	(void)state;
	int m = monday();
	int days[] = { m, m + 1, m + 2, m + 3, m + 4, m + 5, m + 6 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, no_rest, m + 6), 7, 7);
	/* today without activity yet does not break it */
	assert_streak(streak(days, n, no_rest, m + 7), 7, 7);
	/* a day without activity yesterday does */
	assert_streak(streak(days, n, no_rest, m + 8), 0, 7);
	/* activity today only */
	int one[] = { m + 3 };
	assert_streak(streak(one, 1, no_rest, m + 3), 1, 1);
	assert_streak(streak(one, 1, no_rest, m + 4), 1, 1);
	assert_streak(streak(one, 1, no_rest, m + 5), 0, 1);
}

static void test_streak_gaps(void **state)
{
	(void)state;
	int m = monday();
	/* Mon Tue Wed, Thu missed, Fri Sat */
	int days[] = { m, m + 1, m + 2, m + 4, m + 5 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, no_rest, m + 5), 2, 3);
	assert_streak(streak(days, n, no_rest, m + 6), 2, 3);
	assert_streak(streak(days, n, no_rest, m + 7), 0, 3);
	/* single days apart */
	int apart[] = { m, m + 2, m + 4, m + 6 };
	assert_streak(streak(apart, ARRAY_LEN(apart), no_rest, m + 6), 1, 1);
}

static void test_streak_rest_days_bridge(void **state)
{
	(void)state;
	int m = monday();
	/* Wed Thu Fri, the weekend free, Mon Tue: five study days */
	int days[] = { m + 2, m + 3, m + 4, m + 7, m + 8 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, weekend_rest, m + 8), 5, 5);
	/* without rest days the weekend is a gap */
	assert_streak(streak(days, n, no_rest, m + 8), 2, 3);
	/* a rest day in the middle of a gap does not bridge it */
	assert_streak(streak(days, n, sunday_rest, m + 8), 2, 3);
	/* a weekend without activity, then today (Monday) before any: the
	 * streak reaches the last day before the rest days */
	int week[] = { m + 2, m + 3, m + 4 };
	assert_streak(streak(week, 3, weekend_rest, m + 5), 3, 3); /* Sat */
	assert_streak(streak(week, 3, weekend_rest, m + 6), 3, 3); /* Sun */
	assert_streak(streak(week, 3, weekend_rest, m + 7), 3, 3); /* Mon */
	/* Tuesday, with Monday missed: broken */
	assert_streak(streak(week, 3, weekend_rest, m + 8), 0, 3);
	/* every day a rest day: nothing breaks the streak, and only days
	 * with activity count in it */
	static const bool all_rest[7] = { true, true, true, true, true, true, true };
	int sparse[] = { m, m + 3, m + 10 };
	assert_streak(streak(sparse, 3, all_rest, m + 20), 3, 3);
}

static void test_streak_rest_day_with_activity(void **state)
{
	(void)state;
	int m = monday();
	/* Thu Fri Sat (a rest day, but studied), Sunday free, Mon */
	int days[] = { m + 3, m + 4, m + 5, m + 7 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, weekend_rest, m + 7), 4, 4);
	/* studying on both rest days counts both */
	int all[] = { m + 3, m + 4, m + 5, m + 6, m + 7 };
	assert_streak(streak(all, ARRAY_LEN(all), weekend_rest, m + 7), 5, 5);
	/* activity only on a rest day is a streak of one */
	int sat[] = { m + 5 };
	assert_streak(streak(sat, 1, weekend_rest, m + 7), 1, 1);
}

static void test_streak_longest_and_current(void **state)
{
	(void)state;
	int m = monday();
	/* five days, a gap, two days */
	int days[] = { m, m + 1, m + 2, m + 3, m + 4, m + 6, m + 7 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, no_rest, m + 7), 2, 5);
	/* the same, with the gap (a Saturday) a rest day: one run of seven */
	assert_int_equal(calendar_weekday(m + 5), 5);
	assert_streak(streak(days, n, weekend_rest, m + 7), 7, 7);
	/* an old streak, nothing since */
	int old[] = { m, m + 1 };
	assert_streak(streak(old, 2, weekend_rest, m + 30), 0, 2);
	/* a longer run later than a shorter one */
	int later[] = { m, m + 2, m + 3, m + 4, m + 5 };
	assert_streak(streak(later, ARRAY_LEN(later), no_rest, m + 5), 4, 4);
}

static void test_streak_year_end(void **state)
{
	(void)state;
	/* Thu 2024-12-26 .. Sat 12-28, Sunday 12-29 free, Mon 12-30 ..
	 * Thu 2025-01-02 */
	assert_int_equal(calendar_weekday(d("2024-12-29")), 6);
	int days[] = { d("2024-12-26"), d("2024-12-27"), d("2024-12-28"),
		       d("2024-12-30"), d("2024-12-31"), d("2025-01-01"),
		       d("2025-01-02") };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, sunday_rest, d("2025-01-02")), 7, 7);
	assert_streak(streak(days, n, no_rest, d("2025-01-02")), 4, 4);
	assert_streak(streak(days, n, no_rest, d("2025-01-03")), 4, 4);
	assert_streak(streak(days, n, no_rest, d("2025-01-04")), 0, 4);
}

static void test_streak_leap_day(void **state)
{
	(void)state;
	/* 2024-02-29 is a Thursday */
	assert_int_equal(calendar_weekday(d("2024-02-29")), 3);
	int days[] = { d("2024-02-27"), d("2024-02-28"), d("2024-02-29"),
		       d("2024-03-01") };
	assert_streak(streak(days, ARRAY_LEN(days), no_rest, d("2024-03-01")), 4, 4);
	/* 2024-02-28 and 03-01 are two days apart: the leap day is a gap */
	int skip[] = { d("2024-02-28"), d("2024-03-01") };
	assert_streak(streak(skip, 2, no_rest, d("2024-03-01")), 1, 1);
	/* ... unless Thursday is a rest day */
	static const bool thu_rest[7] = { [3] = true };
	assert_streak(streak(skip, 2, thu_rest, d("2024-03-01")), 2, 2);
	/* today 2024-03-01 with the last activity on the leap day */
	int upto[] = { d("2024-02-28"), d("2024-02-29") };
	assert_streak(streak(upto, 2, no_rest, d("2024-03-01")), 2, 2);
	/* 2023 has no leap day: 02-28 and 03-01 follow each other */
	int y23[] = { d("2023-02-28"), d("2023-03-01") };
	assert_streak(streak(y23, 2, no_rest, d("2023-03-01")), 2, 2);
}

static void test_streak_future_days_ignored(void **state)
{
	(void)state;
	int m = monday();
	/* three days up to today, then four days after it */
	int days[] = { m, m + 1, m + 2, m + 4, m + 5, m + 6, m + 7 };
	size_t n = ARRAY_LEN(days);
	assert_streak(streak(days, n, no_rest, m + 2), 3, 3);
	/* today (m + 3) has no activity; m + 4 onwards is the future */
	assert_streak(streak(days, n, no_rest, m + 3), 3, 3);
	/* only future days */
	assert_streak(streak(days + 3, 4, no_rest, m + 2), 0, 0);
}

static void test_streak_empty(void **state)
{
	(void)state;
	int m = monday();
	assert_streak(streak(NULL, 0, no_rest, m), 0, 0);
	assert_streak(streak(NULL, 0, weekend_rest, m + 6), 0, 0);
}

/* ---- the heatmap, the forecast, the sparkline ---------------------------- */

static void test_heat_level(void **state)
{
	(void)state;
	assert_int_equal(stats_heat_level(false, 0, 120), 0);
	/* activity without time is the lightest shade */
	assert_int_equal(stats_heat_level(true, 0, 120), 1);
	assert_int_equal(stats_heat_level(true, 0, 0), 1);
	/* quarters of the busiest day (120), rounded up */
	assert_int_equal(stats_heat_level(true, 1, 120), 1);
	assert_int_equal(stats_heat_level(true, 30, 120), 1);
	assert_int_equal(stats_heat_level(true, 31, 120), 2);
	assert_int_equal(stats_heat_level(true, 60, 120), 2);
	assert_int_equal(stats_heat_level(true, 61, 120), 3);
	assert_int_equal(stats_heat_level(true, 90, 120), 3);
	assert_int_equal(stats_heat_level(true, 91, 120), 4);
	assert_int_equal(stats_heat_level(true, 120, 120), 4);
	/* minutes without the activity flag still show; never above 4 */
	assert_int_equal(stats_heat_level(false, 45, 45), 4);
	assert_int_equal(stats_heat_level(true, 500, 120), 4);
	/* a day of 24 hours in a map whose busiest day is 24 hours */
	assert_int_equal(stats_heat_level(true, 1440, 1440), 4);
	assert_int_equal(stats_heat_level(true, 1, 1440), 1);
}

static void test_forecast(void **state)
{
	(void)state;
	int today = d("2025-12-20");
	/* nothing left: done today */
	assert_int_equal(stats_forecast(0, 0, 28, today), today);
	assert_int_equal(stats_forecast(-3, 5, 28, today), today);
	/* no recent pace: no forecast */
	assert_int_equal(stats_forecast(10, 0, 28, today), CALENDAR_NONE);
	/* 14 done in 28 days: one every 2 days; 10 left: 20 days, into
	 * the next year */
	assert_int_equal(stats_forecast(10, 14, 28, today), d("2026-01-09"));
	/* 3 in 28 days, 1 left: 28/3 = 9.33 days, rounded up to 10 */
	assert_int_equal(stats_forecast(1, 3, 28, today), today + 10);
	/* across a leap day: 2024-02-20 + 10 days is 03-01 */
	assert_int_equal(stats_forecast(10, 28, 28, d("2024-02-20")), d("2024-03-01"));
	/* a pace that would take more than ten thousand years: none */
	assert_int_equal(stats_forecast(1000000000, 1, 28, today), CALENDAR_NONE);
}

static void test_spark(void **state)
{
	(void)state;
	assert_string_equal(stats_spark(0, false), ".");
	assert_string_equal(stats_spark(3, false), "3");
	assert_string_equal(stats_spark(5, true), "\xe2\x96\x88");
	assert_string_equal(stats_spark(1, true), "\xe2\x96\x81");
	assert_string_equal(stats_spark(0, true), " ");
	assert_string_equal(stats_spark(9, false), "."); /* out of range: none */
}


/* ---- pauses ------------------------------------------------------------------- */

/* A pause flattens the expected line across its days: the span's items
 * are spread over the days that are not paused. */
static void test_expected_with_a_pause(void **state)
{
	(void)state;
	int b = monday();
	struct stats_span sp = { b, b + 9, 8 }; /* 10 days, 8 items */
	struct stats_pause pz[] = { { b + 2, b + 3 } };
	struct stats_off off = { .pauses = pz, .npauses = 1 };
	/* 8 plan days: one item a day */
	assert_near(stats_expected(&sp, b, &off), 1);
	assert_near(stats_expected(&sp, b + 1, &off), 2);
	assert_near(stats_expected(&sp, b + 2, &off), 2); /* paused */
	assert_near(stats_expected(&sp, b + 3, &off), 2);
	assert_near(stats_expected(&sp, b + 4, &off), 3);
	assert_near(stats_expected(&sp, b + 9, &off), 8);
	/* behind is counted on plan days: 2 done on b + 4 (3 expected by its
	 * end, 2 by the end of b + 3), on schedule; without the pause, 3.2
	 * were due by b + 3, 2 lie within b + 2: a day behind */
	assert_int_equal(stats_days_ahead(&sp, 1, 2, b + 4, &off), 0);
	assert_int_equal(stats_days_ahead(&sp, 1, 2, b + 4, NULL), -1);
	/* nothing done on b + 6: 4 were due by b + 5, 0 by b - 1; of the six
	 * days between, two are paused */
	assert_int_equal(stats_days_ahead(&sp, 1, 0, b + 6, &off), -4);
	/* 7 done on b + 1: the plan expects 7 by b + 8, seven days on, two
	 * of them paused */
	assert_int_equal(stats_days_ahead(&sp, 1, 7, b + 1, &off), 5);
	/* a span all paused expects nothing until its end */
	struct stats_pause all[] = { { b - 5, b + 20 } };
	struct stats_off off2 = { .pauses = all, .npauses = 1 };
	assert_near(stats_expected(&sp, b + 5, &off2), 0);
	assert_true(stats_paused(&off, b + 2));
	assert_false(stats_paused(&off, b + 4));
	assert_int_equal(stats_paused_days(&off, b, b + 9), 2);
	assert_int_equal(stats_paused_days(&off, b + 3, b + 9), 1);
}

/* A pause does not break a streak, nor does it count in it. */
static void test_streak_across_a_pause(void **state)
{
	(void)state;
	int b = monday();
	int days[] = { b, b + 1, b + 7, b + 8 }; /* Mon Tue, then next Mon Tue */
	struct stats_pause pz[] = { { b + 2, b + 6 } };
	struct stats_off off = { .pauses = pz, .npauses = 1 };
	int cur, lon;
	stats_streak(days, 4, &off, b + 8, &cur, &lon);
	assert_int_equal(cur, 4);
	assert_int_equal(lon, 4);
	stats_streak(days, 4, NULL, b + 8, &cur, &lon);
	assert_int_equal(cur, 2);
	/* today in a pause: the streak before it holds */
	stats_streak(days, 2, &off, b + 5, &cur, &lon);
	assert_int_equal(cur, 2);
	assert_true(stats_day_off(&off, b + 4));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_expected_with_a_pause),
		cmocka_unit_test(test_streak_across_a_pause),
		cmocka_unit_test(test_expected_one_span),
		cmocka_unit_test(test_expected_edges),
		cmocka_unit_test(test_expected_all),
		cmocka_unit_test(test_days_ahead_one_span),
		cmocka_unit_test(test_days_ahead_fractions),
		cmocka_unit_test(test_days_ahead_several_spans),
		cmocka_unit_test(test_days_ahead_behind_across_a_break),
		cmocka_unit_test(test_days_ahead_on_schedule_before_start),
		cmocka_unit_test(test_days_ahead_on_schedule_in_a_break),
		cmocka_unit_test(test_days_ahead_no_spans),
		cmocka_unit_test(test_days_ahead_done_everything),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_streak_every_day),
		cmocka_unit_test(test_streak_gaps),
		cmocka_unit_test(test_streak_rest_days_bridge),
		cmocka_unit_test(test_streak_rest_day_with_activity),
		cmocka_unit_test(test_streak_longest_and_current),
		cmocka_unit_test(test_streak_year_end),
		cmocka_unit_test(test_streak_leap_day),
		cmocka_unit_test(test_streak_future_days_ignored),
		cmocka_unit_test(test_streak_empty),
		cmocka_unit_test(test_heat_level),
		cmocka_unit_test(test_forecast),
		cmocka_unit_test(test_spark),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
