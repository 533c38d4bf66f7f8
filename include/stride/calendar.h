/*
 * calendar: dates as day numbers, and the arithmetic of plan dates.
 *
 * A date is an int: days since 1970-01-01 in the proleptic Gregorian
 * calendar (negative before it). CALENDAR_NONE stands for "no date".
 * Dates are valid from 0001-01-01 to 9999-12-31. Everything here is pure:
 * no I/O, no clock, no locale.
 */
#ifndef STRIDE_CALENDAR_H
#define STRIDE_CALENDAR_H

#include <limits.h>
#include <stdbool.h>

#define CALENDAR_NONE INT_MIN
#define CALENDAR_MIN (-719162) /* 0001-01-01 */
#define CALENDAR_MAX 2932896   /* 9999-12-31 */
/* The days from 0001-01-01 to 9999-12-31: no duration longer than this,
 * in any unit, fits between them. */
#define CALENDAR_LEN_MAX (CALENDAR_MAX - CALENDAR_MIN + 1)
/* "YYYY-MM-DD" and its NUL */
#define CALENDAR_DATE_LEN 11

enum calendar_unit { CALENDAR_DAYS, CALENDAR_WEEKS, CALENDAR_MONTHS };

/* A plan duration: 10d, 6w, 4m. */
struct calendar_span_len {
	int n; /* > 0 */
	enum calendar_unit unit;
};

bool calendar_is_leap(int year);
/* Days in month m (1-12) of year y. */
int calendar_month_days(int year, int month);
/* True when y-m-d is a real date in the supported range. */
bool calendar_valid(int year, int month, int day);

/* The day number of a valid date. */
int calendar_from_civil(int year, int month, int day);
/* The year, month and day of a day number. */
void calendar_to_civil(int date, int *year, int *month, int *day);

/* Parses exactly "YYYY-MM-DD" (a real date). Returns false otherwise and
 * leaves *date alone. */
bool calendar_parse(const char *s, int *date);
/* Writes "YYYY-MM-DD" into buf (CALENDAR_DATE_LEN bytes); returns buf. */
char *calendar_format(int date, char *buf);

/* 0 for Monday through 6 for Sunday. */
int calendar_weekday(int date);

/* date plus n calendar months (n may be negative), clamped to the last day
 * of the month it lands in: 2025-01-31 + 1 month = 2025-02-28. Returns
 * CALENDAR_NONE when the result leaves the supported range. */
int calendar_add_months(int date, int n);

/* date + len (sign 1) or date - len (sign -1), months clamped as above.
 * CALENDAR_NONE when the result leaves the supported range. */
int calendar_add(int date, struct calendar_span_len len, int sign);

/* The last day of a span of len that starts on start: the day before
 * start + len. A span may end on 9999-12-31; CALENDAR_NONE when it would
 * end after that. */
int calendar_span_last(int start, struct calendar_span_len len);

/* Parses a duration "10d", "6w", "4m": a whole number from 1 to
 * CALENDAR_LEN_MAX, written without leading zeros, and a unit. Returns
 * false when s is anything else. */
bool calendar_parse_len(const char *s, struct calendar_span_len *len);

/* ISO weeks: they start on Monday, and week 1 of a year holds its first
 * Thursday. "YYYY-Www" and its NUL. */
#define CALENDAR_WEEK_LEN 9

/* The Monday of date's ISO week. */
int calendar_monday(int date);

/*
 * The person's week (the config file's week-start): it starts on Monday
 * (calendar_weekday 0, the default) or Sunday (6). Everything about "a
 * week" (the Week view, reflections and reviews, the weekly figures, the
 * heatmap's columns) goes by calendar_week_first(); a Sunday-first week is
 * named by the ISO week of its Monday ("2025-W10" is Sunday 2025-03-02 to
 * Saturday 2025-03-08).
 */
void calendar_set_week_start(int weekday);
int calendar_week_start(void);
/* The first day of date's week. */
int calendar_week_first(int date);
/* The Monday of date's week (the person's): what the store keeps a week's
 * reflection and ratings under, whatever the week's first day, so that
 * they stay with their week when week-start changes, and travel between
 * machines set differently. */
int calendar_week_key(int date);
/* The ISO year and week of date. */
void calendar_iso_week(int date, int *year, int *week);
/* The Monday of ISO week `week` of year, or CALENDAR_NONE when that year
 * has no such week (53 exists in some years only). */
int calendar_iso_monday(int year, int week);
/* Writes "2025-W07" for date's week (the person's) into buf
 * (CALENDAR_WEEK_LEN bytes). */
char *calendar_format_week(int date, char *buf);
/* Parses "2025-W7" or "2025-W07" into the week's first day (its Monday, or
 * the Sunday before it). */
bool calendar_parse_week(const char *s, int *monday);

/* Parses a length of time: "90m", "2h", "1.5h", "1h30m" (hours may have a
 * fraction, rounded to the minute). False for anything else, and for 0. */
bool calendar_parse_minutes(const char *s, int *minutes);

/* Study time as a person types it (stride log, the TUI's prompts): what
 * calendar_parse_minutes takes, or a whole number of minutes ("90"); at
 * most CALENDAR_MAX_LOGGED. False for anything else. */
#define CALENDAR_MAX_LOGGED (24 * 60)
bool calendar_parse_logged(const char *s, int *minutes);

/* A day as a person types it: "YYYY-MM-DD", "today", "yesterday" or "-N"
 * (N days before today). False for anything else. */
bool calendar_parse_day(const char *s, int today, int *day);

/* A day to come as a person types it (stride start): what
 * calendar_parse_day takes, "tomorrow", "+N" (N days after today), or a
 * weekday, whole or from its first three letters, in any case ("monday",
 * "Thu"): the next one, today included. False for anything else. */
bool calendar_parse_when(const char *s, int today, int *day);

/* A move of dates as a person types it (stride shift): a duration that
 * calendar_parse_len takes, after an optional sign ("2w", "+10d", "-3d",
 * "1m": months counted from day from). *days gets the days it moves by;
 * false for anything else, and when the move would leave the calendar. */
bool calendar_parse_shift(const char *s, int from, int *days);

#endif
