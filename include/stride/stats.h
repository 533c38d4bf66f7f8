/*
 * stats: progress figures from counts and days. Pure functions: no I/O,
 * no store, no clock; the callers gather the numbers.
 */
#ifndef STRIDE_STATS_H
#define STRIDE_STATS_H

#include <stdbool.h>
#include <stddef.h>

/* A dated container and the countable items it holds directly (those
 * whose innermost dated container it is). */
struct stats_span {
	int start, end; /* inclusive days */
	int total;
};

/* A pause (stride pause): days first to last off the plan. */
struct stats_pause {
	int first, last;
};

/* The days off a plan: the weekdays its schedule keeps free (rest[w],
 * 0 Monday), and its pauses, ascending and apart. */
struct stats_off {
	bool rest[7];
	const struct stats_pause *pauses;
	size_t npauses;
};

/* Whether day is in a pause of off (NULL: none). */
bool stats_paused(const struct stats_off *off, int day);
/* How many days from..to are in a pause. */
int stats_paused_days(const struct stats_off *off, int from, int to);
/* Whether day is off: a rest weekday or in a pause. */
bool stats_day_off(const struct stats_off *off, int day);

/* Items expected done by the end of `day` in one span: none before it
 * starts, all from its last day on, linear in between over the days not
 * in a pause of off (NULL: none): flat across a pause. */
double stats_expected(const struct stats_span *sp, int day, const struct stats_off *off);

/* The sum over spans. */
double stats_expected_all(const struct stats_span *v, size_t n, int day,
			  const struct stats_off *off);

/*
 * How many days ahead of the plan (positive) or behind it (negative) a
 * person is who has done `done` of the dated items by the end of `today`.
 * Ahead: to the first day from today on by which the plan expects that
 * many done (rounded down to a whole day; the plan's last day at most).
 * Behind: from yesterday back to the last day by which the plan expected
 * no more than that, so that days between dated phases, which expect
 * nothing, do not count (when it expected less than done there, the day
 * after: rounded toward 0); today's share is not owed before today ends.
 * 0 when done is between what the plan expects by the end of yesterday
 * and of today, or when there are no dated items. The days of a pause of
 * off (NULL: none) are not counted in it.
 */
int stats_days_ahead(const struct stats_span *v, size_t n, int done, int today,
		     const struct stats_off *off);

/* The rounded-down percentage of part in whole (0 for an empty whole);
 * parts past 21 million times the whole (minutes logged against a
 * schedule, say) give INT_MAX. */
int stats_percent(long long part, long long whole);

/*
 * Streaks of study days. days holds the days with activity, ascending and
 * distinct; off says the days off (rest weekdays, pauses; NULL: none).
 * A day off without activity neither breaks a streak nor counts in it,
 * and neither does today before any activity. *current is the streak
 * that reaches today (or yesterday, or the last day before rest days);
 * *longest the longest run in days. Days after today are ignored.
 */
void stats_streak(const int *days, size_t n, const struct stats_off *off, int today,
		  int *current, int *longest);

/*
 * The heatmap's shade of a day, 0 to 4: 0 for no activity; 1 for activity
 * without time logged, or a quarter of the year's busiest day at most; 2,
 * 3 and 4 for up to a half, three quarters, and more. max is the most
 * minutes of any day of the map.
 */
int stats_heat_level(bool active, long long minutes, long long max);

/*
 * When the items left will be done at the recent pace: `recent` items done
 * in the last `window` days (today among them) make a pace of
 * recent/window a day. CALENDAR_NONE when there is no pace to go by
 * (nothing done lately); today when nothing is left.
 */
int stats_forecast(int left, int recent, int window, int today);

/*
 * A skill's sparkline character for a rating (1 to 5; 0: none yet), from
 * the block glyphs (utf8) or digits and '.'.
 */
const char *stats_spark(int rating, bool utf8);

#endif
