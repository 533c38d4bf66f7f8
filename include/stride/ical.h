/*
 * ical: a plan as an iCalendar file (RFC 5545), for the calendar a person
 * already uses (stride ical). The only module that uses libical.
 *
 * What is in it: the phases and week blocks with dates, as all-day events
 * from their first to their last day; each item's due date and each
 * phase's milestone (on the phase's last day), as all-day events; and the
 * weekly schedule, a recurring event (RRULE FREQ=WEEKLY) for each study
 * day, at a time of day, as long as that day's minutes, from the plan's
 * first day to its last, but for the days of its pauses (EXDATE). Times
 * are floating (the calendar's own zone).
 *
 * Every event's UID comes from the plan's id and the item's key
 * (KEY@PLAN.stride, due.KEY@PLAN.stride, milestone.KEY@PLAN.stride,
 * schedule.mon@PLAN.stride), so that a calendar that imports the file
 * again updates its events rather than doubling them. The text is the
 * same for the same plan and store: DTSTAMP too is taken from the plan
 * (ical_gather says how), not from the clock.
 */
#ifndef STRIDE_ICAL_H
#define STRIDE_ICAL_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/plan.h"
#include "stride/store.h"

/* One all-day event: start to end, days, both inclusive. */
struct ical_event {
	char *uid, *summary, *description; /* owned; description may be NULL */
	int start, end;
};

/* What a calendar file holds, gathered (ical_gather) or built by hand. */
struct ical_doc {
	const char *plan, *title;    /* borrowed: the plan's id and title */
	int start, end;		     /* the plan's span; CALENDAR_NONE */
	struct plan_day schedule[7]; /* Monday first; focus borrowed */
	bool has_schedule;
	int hour, minute;  /* when the schedule's events start */
	long long stamp;   /* DTSTAMP, Unix seconds (UTC) */
	struct ical_event *v;
	size_t n, cap;
	struct ical_pause {
		int first, last;
	} *pauses; /* days off (stride pause): no study event on them */
	size_t npauses, pcap;
};

/* Adds a pause, first to last, to d. */
void ical_add_pause(struct ical_doc *d, int first, int last);

/* Parses "HH:MM" (00:00 to 23:59) into *hour and *minute. */
bool ical_parse_time(const char *s, int *hour, int *minute);

/* Adds an event to d (strings copied). */
void ical_add(struct ical_doc *d, const char *uid, const char *summary,
	      const char *description, int start, int end);

/*
 * Fills d (ical_doc_done frees it) from plan p as the store has it: its
 * phases and week blocks with dates, due dates and milestones (archived
 * items left out), its schedule, with the schedule's events at hour:minute.
 * d borrows p's strings: p outlives d. DTSTAMP is when the plan last
 * changed: the later of its file's modification time and its latest move
 * of the dates or pause (0, 1970, when it has neither). Returns 0, or -1
 * with err.
 */
int ical_gather(struct store *s, const struct store_plan *p, int hour, int minute,
		struct ical_doc *d, struct store_error *err);

void ical_doc_done(struct ical_doc *d);

/* The iCalendar text of d (malloc'd, CRLF line ends, the caller frees). */
char *ical_text(const struct ical_doc *d);

#endif
