/*
 * Day numbers from civil dates and back use Howard Hinnant's algorithms
 * ("chrono-Compatible Low-Level Date Algorithms"), exact over the whole
 * range with no tables and no floating point.
 */
#include "stride/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool calendar_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int calendar_month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30,
				      31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && calendar_is_leap(y) ? 29 : days[m - 1];
}

bool calendar_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= calendar_month_days(y, m);
}

int calendar_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void calendar_to_civil(int date, int *year, int *month, int *day)
{
	int z = date + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int y = yoe + era * 400;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int d = doy - (153 * mp + 2) / 5 + 1;
	int m = mp < 10 ? mp + 3 : mp - 9;
	*year = y + (m <= 2);
	*month = m;
	*day = d;
}

static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool calendar_parse(const char *s, int *date)
{
	int y, m, d;
	if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) ||
	    s[7] != '-' || !digits(s + 8, 2, &d) || s[10] != '\0')
		return false;
	if (!calendar_valid(y, m, d))
		return false;
	*date = calendar_from_civil(y, m, d);
	return true;
}

char *calendar_format(int date, char *buf)
{
	int y, m, d;
	calendar_to_civil(date, &y, &m, &d);
	snprintf(buf, CALENDAR_DATE_LEN, "%04d-%02d-%02d", y, m, d);
	return buf;
}

int calendar_weekday(int date)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0) */
	int w = (date + 3) % 7;
	return w < 0 ? w + 7 : w;
}

/* date plus n months, clamped; CALENDAR_NONE when it lands after the year
 * max_year (9999, or 10000 for the day after a span) or before the year 1. */
static int add_months(int date, long n, int max_year)
{
	int y, m, d;
	calendar_to_civil(date, &y, &m, &d);
	long months = (long)y * 12 + (m - 1) + n;
	long ny = months >= 0 ? months / 12 : -((-months + 11) / 12);
	int nm = (int)(months - ny * 12) + 1;
	if (ny < 1 || ny > max_year)
		return CALENDAR_NONE;
	int last = calendar_month_days((int)ny, nm);
	return calendar_from_civil((int)ny, nm, d < last ? d : last);
}

int calendar_add_months(int date, int n)
{
	return add_months(date, n, 9999);
}

int calendar_add(int date, struct calendar_span_len len, int sign)
{
	long r;
	switch (len.unit) {
	case CALENDAR_MONTHS:
		return calendar_add_months(date, sign * len.n);
	case CALENDAR_WEEKS:
		r = (long)date + (long)sign * 7 * len.n;
		break;
	default:
		r = (long)date + (long)sign * len.n;
		break;
	}
	if (r < CALENDAR_MIN || r > CALENDAR_MAX)
		return CALENDAR_NONE;
	return (int)r;
}

int calendar_span_last(int start, struct calendar_span_len len)
{
	long after;
	switch (len.unit) {
	case CALENDAR_MONTHS:
		/* the day after may be 10000-01-01 */
		after = add_months(start, len.n, 10000);
		if (after == CALENDAR_NONE)
			return CALENDAR_NONE;
		break;
	case CALENDAR_WEEKS:
		after = (long)start + 7L * len.n;
		break;
	default:
		after = (long)start + len.n;
		break;
	}
	if (after - 1 < CALENDAR_MIN || after - 1 > CALENDAR_MAX)
		return CALENDAR_NONE;
	return (int)(after - 1);
}

bool calendar_parse_len(const char *s, struct calendar_span_len *len)
{
	long n = 0;
	const char *p = s;
	if (*p < '1' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		n = n * 10 + (*p - '0');
		if (n > CALENDAR_LEN_MAX)
			return false;
	}
	switch (*p) {
	case 'd': len->unit = CALENDAR_DAYS; break;
	case 'w': len->unit = CALENDAR_WEEKS; break;
	case 'm': len->unit = CALENDAR_MONTHS; break;
	default: return false;
	}
	if (p[1] != '\0')
		return false;
	len->n = (int)n;
	return true;
}

bool calendar_parse_minutes(const char *s, int *minutes)
{
	long total = 0;
	const char *p = s;
	bool any = false;
	if (*p >= '0' && *p <= '9') {
		long whole = 0, frac = 0, scale = 1;
		const char *q = p;
		while (*q >= '0' && *q <= '9') {
			whole = whole * 10 + (*q++ - '0');
			if (whole > 100000)
				return false;
		}
		if (*q == '.') {
			q++;
			if (*q < '0' || *q > '9')
				return false;
			while (*q >= '0' && *q <= '9') {
				if (scale < 1000) {
					frac = frac * 10 + (*q - '0');
					scale *= 10;
				}
				q++;
			}
			if (*q != 'h')
				return false;
		}
		if (*q == 'h') {
			total = whole * 60 + (frac * 60 + scale / 2) / scale;
			p = q + 1;
			any = true;
		}
	}
	if (*p >= '0' && *p <= '9') {
		long m = 0;
		while (*p >= '0' && *p <= '9') {
			m = m * 10 + (*p++ - '0');
			if (m > 6000000)
				return false;
		}
		if (*p++ != 'm')
			return false;
		total += m;
		any = true;
	}
	if (!any || *p || total <= 0 || total > 6000000)
		return false;
	*minutes = (int)total;
	return true;
}


int calendar_monday(int date)
{
	return date - calendar_weekday(date);
}

void calendar_iso_week(int date, int *year, int *week)
{
	/* the ISO year is the year of the week's Thursday */
	int thursday = calendar_monday(date) + 3;
	int y, m, d;
	calendar_to_civil(thursday, &y, &m, &d);
	int jan1 = calendar_from_civil(y, 1, 1);
	*year = y;
	*week = (thursday - jan1) / 7 + 1;
}

int calendar_iso_monday(int year, int week)
{
	if (year < 1 || year > 9999 || week < 1 || week > 53)
		return CALENDAR_NONE;
	/* week 1 holds January 4th */
	int jan4 = calendar_from_civil(year, 1, 4);
	int monday = calendar_monday(jan4) + 7 * (week - 1);
	int y, w;
	calendar_iso_week(monday, &y, &w);
	return y == year && w == week ? monday : CALENDAR_NONE;
}

/* The first day of the week: calendar_weekday's 0 (Monday) or 6 (Sunday).
 * Set once, from the config file (config_use). */
static int week_start;

void calendar_set_week_start(int weekday)
{
	week_start = weekday == 6 ? 6 : 0;
}

int calendar_week_start(void)
{
	return week_start;
}

int calendar_week_first(int date)
{
	return date - (calendar_weekday(date) - week_start + 7) % 7;
}

int calendar_week_key(int date)
{
	return calendar_week_first(date) + (7 - week_start) % 7;
}

char *calendar_format_week(int date, char *buf)
{
	int y, w;
	/* a week that starts on Sunday goes by the ISO week of its Monday */
	int first = calendar_week_first(date);
	calendar_iso_week(first + (7 - week_start) % 7, &y, &w);
	snprintf(buf, CALENDAR_WEEK_LEN, "%04d-W%02d", y, w);
	return buf;
}

bool calendar_parse_week(const char *s, int *monday)
{
	int y, w;
	char c;
	if (strlen(s) < 7 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w'))
		return false;
	if (sscanf(s, "%4d-%*c%2d%c", &y, &w, &c) != 2)
		return false;
	for (int i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (strspn(s + 6, "0123456789") != strlen(s + 6) || strlen(s + 6) > 2)
		return false;
	int m = calendar_iso_monday(y, w);
	if (m == CALENDAR_NONE)
		return false;
	*monday = calendar_week_first(m);
	return true;
}

bool calendar_parse_logged(const char *s, int *minutes)
{
	int m;
	if (*s >= '1' && *s <= '9' && strspn(s, "0123456789") == strlen(s) &&
	    strlen(s) <= 6)
		m = atoi(s);
	else if (!calendar_parse_minutes(s, &m))
		return false;
	if (m > CALENDAR_MAX_LOGGED)
		return false;
	*minutes = m;
	return true;
}

bool calendar_parse_day(const char *s, int today, int *day)
{
	if (!strcmp(s, "today")) {
		*day = today;
		return true;
	}
	if (!strcmp(s, "yesterday")) {
		*day = today - 1;
		return true;
	}
	if (s[0] == '-' && s[1] && strspn(s + 1, "0123456789") == strlen(s + 1) &&
	    strlen(s + 1) <= 5) {
		*day = today - atoi(s + 1);
		return true;
	}
	return calendar_parse(s, day);
}

bool calendar_parse_when(const char *s, int today, int *day)
{
	static const char *const names[7] = { "monday", "tuesday", "wednesday", "thursday",
					      "friday", "saturday", "sunday" };
	if (!strcmp(s, "tomorrow")) {
		*day = today + 1;
		return true;
	}
	if (s[0] == '+' && s[1] && strspn(s + 1, "0123456789") == strlen(s + 1) &&
	    strlen(s + 1) <= 5) {
		*day = today + atoi(s + 1);
		return true;
	}
	size_t len = strlen(s);
	for (int wd = 0; wd < 7 && len >= 3; wd++) {
		if (strncasecmp(s, names[wd], len) == 0) {
			*day = today + (wd - calendar_weekday(today) + 7) % 7;
			return true;
		}
	}
	return calendar_parse_day(s, today, day);
}

bool calendar_parse_shift(const char *s, int from, int *days)
{
	int sign = 1;
	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	struct calendar_span_len len;
	if (!calendar_parse_len(s, &len))
		return false;
	int to = calendar_add(from, len, sign);
	if (to == CALENDAR_NONE)
		return false;
	*days = to - from;
	return *days != 0;
}
