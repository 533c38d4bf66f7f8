/* Unit tests for calendar: day numbers, parsing, month arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stride/calendar.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int d(const char *s)
{
	int date = CALENDAR_NONE;
	assert_true(calendar_parse(s, &date));
	return date;
}

static const char *fmt(int date)
{
	static char buf[4][CALENDAR_DATE_LEN];
	static int i;
	i = (i + 1) % 4;
	return calendar_format(date, buf[i]);
}

static void test_epoch_and_round_trip(void **state)
{
	(void)state;
	assert_int_equal(d("1970-01-01"), 0);
	assert_int_equal(d("1970-01-02"), 1);
	assert_int_equal(d("1969-12-31"), -1);
	assert_int_equal(d("0001-01-01"), CALENDAR_MIN);
	assert_int_equal(d("9999-12-31"), CALENDAR_MAX);
	/* every day of the range survives the round trip */
	for (int x = CALENDAR_MIN; x <= CALENDAR_MAX; x += 17) {
		int y, m, dd;
		calendar_to_civil(x, &y, &m, &dd);
		assert_true(calendar_valid(y, m, dd));
		assert_int_equal(calendar_from_civil(y, m, dd), x);
	}
}

static void test_parse_rejects(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31",
		"1900-02-29", "2025-6-12",  "25-06-12",   "2025-06-12 ",
		"2025/06/12", "",           "2025-06",    "0000-01-01",
		"2025-06-1x", "+025-06-12", "2025-06-120",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int date = 42;
		assert_false(calendar_parse(bad[i], &date));
		assert_int_equal(date, 42);
	}
	int date;
	assert_true(calendar_parse("2024-02-29", &date));
	assert_true(calendar_parse("2000-02-29", &date));
}

static void test_leap_years(void **state)
{
	(void)state;
	assert_true(calendar_is_leap(2024));
	assert_true(calendar_is_leap(2000));
	assert_false(calendar_is_leap(1900));
	assert_false(calendar_is_leap(2025));
	assert_int_equal(calendar_month_days(2024, 2), 29);
	assert_int_equal(calendar_month_days(2025, 2), 28);
	assert_int_equal(calendar_month_days(2025, 12), 31);
}

static void test_weekday(void **state)
{
	(void)state;
	assert_int_equal(calendar_weekday(d("1970-01-01")), 3); /* Thursday */
	assert_int_equal(calendar_weekday(d("2025-06-12")), 3);
	assert_int_equal(calendar_weekday(d("2025-07-14")), 0); /* Monday */
	assert_int_equal(calendar_weekday(d("2025-07-20")), 6); /* Sunday */
	assert_int_equal(calendar_weekday(d("1969-12-29")), 0);
}

static void test_add_months_clamps(void **state)
{
	(void)state;
	assert_string_equal(fmt(calendar_add_months(d("2025-01-31"), 1)), "2025-02-28");
	assert_string_equal(fmt(calendar_add_months(d("2024-01-31"), 1)), "2024-02-29");
	assert_string_equal(fmt(calendar_add_months(d("2024-02-29"), 1)), "2024-03-29");
	assert_string_equal(fmt(calendar_add_months(d("2024-02-29"), 12)), "2025-02-28");
	assert_string_equal(fmt(calendar_add_months(d("2025-03-31"), -1)), "2025-02-28");
	assert_string_equal(fmt(calendar_add_months(d("2025-12-15"), 1)), "2026-01-15");
	assert_string_equal(fmt(calendar_add_months(d("2025-01-15"), -13)), "2023-12-15");
	assert_int_equal(calendar_add_months(d("9999-12-01"), 1), CALENDAR_NONE);
	assert_int_equal(calendar_add_months(d("0001-01-31"), -1), CALENDAR_NONE);
}

static void test_parse_len(void **state)
{
	(void)state;
	struct calendar_span_len len;
	assert_true(calendar_parse_len("10d", &len));
	assert_int_equal(len.n, 10);
	assert_int_equal(len.unit, CALENDAR_DAYS);
	assert_true(calendar_parse_len("6w", &len));
	assert_int_equal(len.unit, CALENDAR_WEEKS);
	assert_true(calendar_parse_len("4m", &len));
	assert_int_equal(len.unit, CALENDAR_MONTHS);
	static const char *const bad[] = { "0w", "w", "3", "3x", "3 w", "-1d",
					   "1.5w", "03d", "3ww", "", "99999999d",
					   "3652060d" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(calendar_parse_len(bad[i], &len));
	/* as many days as the calendar has, in any unit */
	assert_true(calendar_parse_len("3652059m", &len));
	assert_int_equal(len.n, CALENDAR_LEN_MAX);
}

/* A span may end on the last day there is, not after it. */
static void test_span_last(void **state)
{
	(void)state;
	struct calendar_span_len one_day = { 1, CALENDAR_DAYS };
	struct calendar_span_len two_days = { 2, CALENDAR_DAYS };
	struct calendar_span_len one_week = { 1, CALENDAR_WEEKS };
	struct calendar_span_len one_month = { 1, CALENDAR_MONTHS };
	struct calendar_span_len all = { CALENDAR_LEN_MAX, CALENDAR_DAYS };
	assert_string_equal(fmt(calendar_span_last(d("2025-03-01"), one_month)), "2025-03-31");
	assert_string_equal(fmt(calendar_span_last(d("2025-01-31"), one_month)), "2025-02-27");
	assert_string_equal(fmt(calendar_span_last(d("2025-03-01"), one_week)), "2025-03-07");
	assert_int_equal(calendar_span_last(CALENDAR_MAX, one_day), CALENDAR_MAX);
	assert_int_equal(calendar_span_last(CALENDAR_MAX, two_days), CALENDAR_NONE);
	assert_int_equal(calendar_span_last(d("9999-12-25"), one_week), CALENDAR_MAX);
	assert_int_equal(calendar_span_last(d("9999-12-26"), one_week), CALENDAR_NONE);
	assert_int_equal(calendar_span_last(d("9999-12-01"), one_month), CALENDAR_MAX);
	assert_int_equal(calendar_span_last(d("9999-12-02"), one_month), CALENDAR_NONE);
	assert_int_equal(calendar_span_last(CALENDAR_MIN, all), CALENDAR_MAX);
	assert_int_equal(calendar_span_last(CALENDAR_MIN + 1, all), CALENDAR_NONE);
	struct calendar_span_len most = { CALENDAR_LEN_MAX, CALENDAR_MONTHS };
	assert_int_equal(calendar_span_last(CALENDAR_MAX, most), CALENDAR_NONE);
}

static void test_add(void **state)
{
	(void)state;
	struct calendar_span_len three_weeks = { 3, CALENDAR_WEEKS };
	struct calendar_span_len one_month = { 1, CALENDAR_MONTHS };
	struct calendar_span_len ten_days = { 10, CALENDAR_DAYS };
	assert_string_equal(fmt(calendar_add(d("2025-07-10"), three_weeks, 1)), "2025-07-31");
	assert_string_equal(fmt(calendar_add(d("2025-07-31"), three_weeks, -1)), "2025-07-10");
	assert_string_equal(fmt(calendar_add(d("2025-01-31"), one_month, 1)), "2025-02-28");
	assert_string_equal(fmt(calendar_add(d("2025-12-25"), ten_days, 1)), "2026-01-04");
	assert_int_equal(calendar_add(CALENDAR_MAX, ten_days, 1), CALENDAR_NONE);
}

/* The days stride start takes: a weekday is the next one, today
 * included; tomorrow and +N count forward; what calendar_parse_day takes
 * still works. */
static void test_parse_when(void **state)
{
	(void)state;
	int fri = d("2026-12-04"), day = 0;
	struct {
		const char *s, *want;
	} ok[] = {
		{ "monday", "2026-12-07" },   { "Mon", "2026-12-07" },
		{ "THURSDAY", "2026-12-10" }, { "fri", "2026-12-04" },
		{ "friday", "2026-12-04" },   { "sat", "2026-12-05" },
		{ "tomorrow", "2026-12-05" }, { "+28", "2027-01-01" },
		{ "today", "2026-12-04" },    { "-4", "2026-11-30" },
		{ "2028-02-29", "2028-02-29" },
	};
	for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
		assert_true(calendar_parse_when(ok[i].s, fri, &day));
		assert_string_equal(fmt(day), ok[i].want);
	}
	static const char *const bad[] = { "", "mo", "mondays", "+", "+1x", "2027-02-29",
					   "next monday", "+123456" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		day = 7;
		assert_false(calendar_parse_when(bad[i], fri, &day));
		assert_int_equal(day, 7);
	}
}

/* The moves stride shift takes: signed durations, months counted from
 * the day the move starts on; zero and what leaves the calendar are
 * refused. */
static void test_parse_shift(void **state)
{
	(void)state;
	int days = 0;
	assert_true(calendar_parse_shift("2w", d("2026-12-04"), &days));
	assert_int_equal(days, 14);
	assert_true(calendar_parse_shift("+10d", d("2026-12-04"), &days));
	assert_int_equal(days, 10);
	assert_true(calendar_parse_shift("-3d", d("2026-12-04"), &days));
	assert_int_equal(days, -3);
	/* a month from 31 January is to the last of February */
	assert_true(calendar_parse_shift("1m", d("2028-01-31"), &days));
	assert_int_equal(days, 29);
	assert_true(calendar_parse_shift("1m", d("2027-01-31"), &days));
	assert_int_equal(days, 28);
	assert_true(calendar_parse_shift("-1m", d("2028-03-31"), &days));
	assert_int_equal(days, -31);
	static const char *const bad[] = { "0d", "-0w", "2", "w", "2x", "--3d", "+-3d", "" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++)
		assert_false(calendar_parse_shift(bad[i], d("2026-12-04"), &days));
	assert_false(calendar_parse_shift("1w", d("9999-12-30"), &days));
	assert_false(calendar_parse_shift("-1d", d("0001-01-01"), &days));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epoch_and_round_trip),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_add_months_clamps),
		cmocka_unit_test(test_parse_len),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_span_last),
		cmocka_unit_test(test_parse_when),
		cmocka_unit_test(test_parse_shift),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
