#include "stride/clock.h"

#include "stride/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool clock_now(int *day, int *second, char *why, size_t n)
{
	const char *env = getenv("STRIDE_NOW");
	if (env && *env) {
		char date[11];
		int h, m, s = 0, used = 0;
		if (strlen(env) >= 16 && env[10] == 'T') {
			memcpy(date, env, 10);
			date[10] = '\0';
			const char *t = env + 11;
			if ((sscanf(t, "%2d:%2d%n", &h, &m, &used) == 2 && !t[used]) ||
			    (sscanf(t, "%2d:%2d:%2d%n", &h, &m, &s, &used) == 3 && !t[used]))
				if (calendar_parse(date, day) && h >= 0 && h < 24 && m >= 0 &&
				    m < 60 && s >= 0 && s < 60 && t[0] != '-' && t[3] != '-') {
					*second = h * 3600 + m * 60 + s;
					return true;
				}
		}
		snprintf(why, n, "STRIDE_NOW must be a time like 2025-07-14T09:30, got '%s'",
			 env);
		return false;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	*second = tm.tm_hour * 3600 + tm.tm_min * 60 + (tm.tm_sec > 59 ? 59 : tm.tm_sec);
	const char *today = getenv("STRIDE_TODAY");
	if (today && *today) {
		if (calendar_parse(today, day))
			return true;
		snprintf(why, n, "STRIDE_TODAY must be a date like 2025-07-14, got '%s'", today);
		return false;
	}
	*day = calendar_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return true;
}

long long clock_elapsed(const struct store_clock *c, int day, int second)
{
	long long s = ((long long)day - c->day) * CLOCK_DAY_SECONDS + second - c->second;
	return s > 0 ? s : 0;
}

int clock_minutes(long long seconds)
{
	long long m = (seconds + 30) / 60;
	return m > 1000000000 ? 1000000000 : (int)m;
}

bool clock_past_midnight(const struct store_clock *c, int day)
{
	return day > c->day;
}

bool clock_parse_hhmm(const char *s, int *second)
{
	if (strlen(s) != 5 || s[2] != ':' || strspn(s, "0123456789:") != 5)
		return false;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (s[0] == ':' || s[1] == ':' || s[3] == ':' || s[4] == ':' || h > 23 || m > 59)
		return false;
	*second = h * 3600 + m * 60;
	return true;
}

char *clock_format_minutes(long long minutes, char *buf, size_t n)
{
	if (minutes < 60)
		snprintf(buf, n, "%lldm", minutes);
	else if (minutes % 60 == 0)
		snprintf(buf, n, "%lldh", minutes / 60);
	else
		snprintf(buf, n, "%lldh%02lldm", minutes / 60, minutes % 60);
	return buf;
}

char *clock_format_hhmm(int second, char *buf, size_t n)
{
	snprintf(buf, n, "%02d:%02d", second / 3600 % 24, second / 60 % 60);
	return buf;
}
