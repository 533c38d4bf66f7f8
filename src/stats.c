#include "stride/stats.h"

#include "stride/calendar.h"

#include <limits.h>

bool stats_paused(const struct stats_off *off, int day)
{
	if (!off)
		return false;
	size_t lo = 0, hi = off->npauses;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (off->pauses[mid].last < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < off->npauses && off->pauses[lo].first <= day;
}

int stats_paused_days(const struct stats_off *off, int from, int to)
{
	int n = 0;
	for (size_t i = 0; off && i < off->npauses; i++) {
		int a = off->pauses[i].first > from ? off->pauses[i].first : from;
		int b = off->pauses[i].last < to ? off->pauses[i].last : to;
		if (a <= b)
			n += b - a + 1;
	}
	return n;
}

bool stats_day_off(const struct stats_off *off, int day)
{
	return off && (off->rest[calendar_weekday(day)] || stats_paused(off, day));
}

double stats_expected(const struct stats_span *sp, int day, const struct stats_off *off)
{
	if (sp->total <= 0 || day < sp->start)
		return 0;
	if (day >= sp->end)
		return sp->total;
	/* the days of a pause do not count: the line is flat across them */
	int len = sp->end - sp->start + 1 - stats_paused_days(off, sp->start, sp->end);
	int gone = day - sp->start + 1 - stats_paused_days(off, sp->start, day);
	if (len <= 0)
		return 0;
	return (double)sp->total * gone / len;
}

double stats_expected_all(const struct stats_span *v, size_t n, int day,
			  const struct stats_off *off)
{
	double sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += stats_expected(&v[i], day, off);
	return sum;
}

int stats_days_ahead(const struct stats_span *v, size_t n, int done, int today,
		     const struct stats_off *off)
{
	int first = INT_MAX, last = INT_MIN;
	for (size_t i = 0; i < n; i++) {
		if (v[i].total <= 0)
			continue;
		if (v[i].start < first)
			first = v[i].start;
		if (v[i].end > last)
			last = v[i].end;
	}
	if (first == INT_MAX)
		return 0;
	const double eps = 1e-9;
	double now = stats_expected_all(v, n, today, off);
	/* today's share is due by its end: what was due by yesterday's is
	 * what one can be behind on */
	double due = stats_expected_all(v, n, today - 1, off);
	if (done + eps >= due) {
		/* on time or ahead: the first day from today on by which the
		 * plan expects as much as is done; a day it expects more than
		 * that does not count (round down) */
		if (done <= now + eps)
			return 0;
		int lo = today, hi = last > today ? last : today;
		while (lo < hi) {
			int mid = lo + (hi - lo) / 2;
			if (stats_expected_all(v, n, mid, off) + eps >= done)
				hi = mid;
			else
				lo = mid + 1;
		}
		if (lo > today && stats_expected_all(v, n, lo, off) > done + eps)
			lo--;
		return lo - today - stats_paused_days(off, today + 1, lo);
	}
	/* behind: the last day up to yesterday by which the plan expected no
	 * more than is done (so a break between phases is not counted); when
	 * it expected less, done lies within the next day (round toward 0) */
	today--;
	int lo = first - 1 < today ? first - 1 : today, hi = today;
	while (lo < hi) {
		int mid = lo + (hi - lo + 1) / 2;
		if (stats_expected_all(v, n, mid, off) <= done + eps)
			lo = mid;
		else
			hi = mid - 1;
	}
	if (lo < today && stats_expected_all(v, n, lo, off) + eps < done)
		lo++;
	/* in days of the plan: a pause's are not counted */
	return lo - today + stats_paused_days(off, lo + 1, today);
}

int stats_percent(long long part, long long whole)
{
	if (whole <= 0)
		return 0;
	if (part > LLONG_MAX / 100)
		return INT_MAX;
	long long pc = part * 100 / whole;
	return pc > INT_MAX ? INT_MAX : (int)pc;
}

void stats_streak(const int *days, size_t n, const struct stats_off *off, int today,
		  int *current, int *longest)
{
	*current = *longest = 0;
	int run = 0, prev = 0;
	bool have_prev = false;
	for (size_t i = 0; i < n && days[i] <= today; i++) {
		bool joined = false;
		if (have_prev) {
			joined = true;
			for (int d = prev + 1; d < days[i]; d++) {
				if (!stats_day_off(off, d)) {
					joined = false;
					break;
				}
			}
		}
		run = joined ? run + 1 : 1;
		if (run > *longest)
			*longest = run;
		prev = days[i];
		have_prev = true;
	}
	if (!have_prev)
		return;
	/* the run is current if only rest days, or today, lie after it */
	for (int d = prev + 1; d < today; d++)
		if (!stats_day_off(off, d))
			return;
	*current = run;
}

int stats_heat_level(bool active, long long minutes, long long max)
{
	if (!active && minutes <= 0)
		return 0;
	if (minutes <= 0 || max <= 0)
		return 1;
	/* quarters of the busiest day, rounded up: max itself is 4 */
	long long q = (minutes * 4 + max - 1) / max;
	return q < 1 ? 1 : q > 4 ? 4 : (int)q;
}

int stats_forecast(int left, int recent, int window, int today)
{
	if (left <= 0)
		return today;
	if (recent <= 0 || window <= 0)
		return CALENDAR_NONE;
	/* days = left / (recent / window), rounded up, in whole days */
	long long days = ((long long)left * window + recent - 1) / recent;
	if (days > 3650000) /* ten thousand years: no forecast worth giving */
		return CALENDAR_NONE;
	return today + (int)days;
}

const char *stats_spark(int rating, bool utf8)
{
	static const char *const bars[6] = {
		" ",
		"\xe2\x96\x81", /* ▁ */
		"\xe2\x96\x83", /* ▃ */
		"\xe2\x96\x84", /* ▄ */
		"\xe2\x96\x86", /* ▆ */
		"\xe2\x96\x88", /* █ */
	};
	static const char *const digits[6] = { ".", "1", "2", "3", "4", "5" };
	if (rating < 0 || rating > 5)
		rating = 0;
	return utf8 ? bars[rating] : digits[rating];
}
