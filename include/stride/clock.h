/*
 * clock: the running clock's time (stride clock, the TUI's clock key, the
 * prompt's %c). The clock itself is in the store (store_clock_get); its
 * start and stop are act_clock_in and act_clock_out. Pure functions: no
 * I/O but the environment and the system's clock in clock_now.
 */
#ifndef STRIDE_CLOCK_H
#define STRIDE_CLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

#define CLOCK_DAY_SECONDS 86400

/*
 * Now, as the clock sees it: $STRIDE_NOW when set ("2025-07-14T09:30",
 * seconds optional: for tests, the clock's alone), else the local time,
 * its day $STRIDE_TODAY's when that is set. False, with why (n bytes),
 * when STRIDE_NOW or STRIDE_TODAY is set but not a time or a date.
 */
bool clock_now(int *day, int *second, char *why, size_t n);

/* Seconds from the clock's start to day and second; 0 when that is
 * before its start (a clock set back). */
long long clock_elapsed(const struct store_clock *c, int day, int second);
/* The minutes a clock stopped after seconds logs: rounded to the nearest
 * minute (so under half a minute logs nothing). */
int clock_minutes(long long seconds);
/* Whether the clock has run past the midnight that ended its first day:
 * its time is then the person's to say (act_clock_out's keep). */
bool clock_past_midnight(const struct store_clock *c, int day);

/* "HH:MM" (00:00 to 23:59) as the second of a day. */
bool clock_parse_hhmm(const char *s, int *second);
/* minutes as "45m", "1h05m", "12h" (buf at least 24 bytes); returns buf. */
char *clock_format_minutes(long long minutes, char *buf, size_t n);
/* The clock's start as "HH:MM" (buf at least 6 bytes); returns buf. */
char *clock_format_hhmm(int second, char *buf, size_t n);

#endif
