/* Unit tests for clock: STRIDE_NOW, the minutes a clock logs, midnight,
 * HH:MM. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stride/calendar.h"
#include "stride/clock.h"

static int d(const char *s)
{
	int date = CALENDAR_NONE;
	assert_true(calendar_parse(s, &date));
	return date;
}

static void test_now(void **state)
{
	(void)state;
	int day, second;
	char why[128];
	setenv("STRIDE_NOW", "2025-07-14T09:30", 1);
	assert_true(clock_now(&day, &second, why, sizeof(why)));
	assert_int_equal(day, d("2025-07-14"));
	assert_int_equal(second, 9 * 3600 + 30 * 60);
	setenv("STRIDE_NOW", "2025-12-31T23:59:59", 1);
	assert_true(clock_now(&day, &second, why, sizeof(why)));
	assert_int_equal(day, d("2025-12-31"));
	assert_int_equal(second, 86399);
	static const char *const bad[] = {
		"2025-07-14", "2025-07-14T24:00", "2025-07-14T09:60", "2025-02-30T09:00",
		"2025-07-14 09:30", "2025-07-14T09:30x", "2025-07-14T-1:30", "today",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		setenv("STRIDE_NOW", bad[i], 1);
		assert_false(clock_now(&day, &second, why, sizeof(why)));
		assert_non_null(strstr(why, "STRIDE_NOW must be a time"));
	}
	/* unset: the day is STRIDE_TODAY's, the time the system's */
	unsetenv("STRIDE_NOW");
	setenv("STRIDE_TODAY", "2025-07-14", 1);
	assert_true(clock_now(&day, &second, why, sizeof(why)));
	assert_int_equal(day, d("2025-07-14"));
	assert_true(second >= 0 && second < CLOCK_DAY_SECONDS);
	unsetenv("STRIDE_TODAY");
}

static void test_elapsed_and_minutes(void **state)
{
	(void)state;
	struct store_clock c = { .day = d("2025-07-14"), .second = 23 * 3600 };
	assert_int_equal(clock_elapsed(&c, c.day, 23 * 3600 + 90), 90);
	/* across midnight */
	assert_int_equal(clock_elapsed(&c, c.day + 1, 3600), 7200);
	/* a clock set back: nothing, never negative */
	assert_int_equal(clock_elapsed(&c, c.day, 3600), 0);
	assert_int_equal(clock_elapsed(&c, c.day - 1, 23 * 3600), 0);
	/* to the nearest minute */
	assert_int_equal(clock_minutes(0), 0);
	assert_int_equal(clock_minutes(29), 0);
	assert_int_equal(clock_minutes(30), 1);
	assert_int_equal(clock_minutes(89), 1);
	assert_int_equal(clock_minutes(90), 2);
	assert_int_equal(clock_minutes(3600), 60);
}

static void test_midnight(void **state)
{
	(void)state;
	struct store_clock c = { .day = d("2025-12-31"), .second = 22 * 3600 };
	assert_false(clock_past_midnight(&c, c.day));
	assert_true(clock_past_midnight(&c, d("2026-01-01")));
	assert_true(clock_past_midnight(&c, d("2026-01-09")));
	/* a day before its start (a clock set back) is not past it */
	assert_false(clock_past_midnight(&c, d("2025-12-30")));
}

static void test_hhmm(void **state)
{
	(void)state;
	int s = -1;
	assert_true(clock_parse_hhmm("00:00", &s));
	assert_int_equal(s, 0);
	assert_true(clock_parse_hhmm("23:59", &s));
	assert_int_equal(s, 23 * 3600 + 59 * 60);
	static const char *const bad[] = { "24:00", "9:30", "09:3", "09-30", "12:60",
					   "", "ab:cd", "09:30:00", "::::", "1:::0" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(clock_parse_hhmm(bad[i], &s));
	char buf[24];
	assert_string_equal(clock_format_hhmm(9 * 3600 + 5 * 60 + 59, buf, sizeof(buf)),
			    "09:05");
	assert_string_equal(clock_format_minutes(0, buf, sizeof(buf)), "0m");
	assert_string_equal(clock_format_minutes(59, buf, sizeof(buf)), "59m");
	assert_string_equal(clock_format_minutes(60, buf, sizeof(buf)), "1h");
	assert_string_equal(clock_format_minutes(65, buf, sizeof(buf)), "1h05m");
	assert_string_equal(clock_format_minutes(1500, buf, sizeof(buf)), "25h");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_now),
		cmocka_unit_test(test_elapsed_and_minutes),
		cmocka_unit_test(test_midnight),
		cmocka_unit_test(test_hhmm),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
