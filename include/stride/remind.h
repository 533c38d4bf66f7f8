/*
 * remind: what needs the person now, for `stride remind` (cron, a systemd
 * user timer, notify-send). The facts are progress's (progress_compute,
 * progress_late_count) and the store's reflections; this module only
 * decides which of them call for a reminder, and says so in structures:
 * the command line words them.
 */
#ifndef STRIDE_REMIND_H
#define STRIDE_REMIND_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/progress.h"
#include "stride/store.h"

enum remind_kind {
	REMIND_SLOT,	   /* today's slot of the schedule is not met yet */
	REMIND_STREAK,	   /* the streak ends today unless something is done */
	REMIND_LATE,	   /* items are late (overdue) */
	REMIND_REFLECTION, /* the week's last day, and its reflection not written */
};

struct remind_reason {
	enum remind_kind kind;
	/* REMIND_SLOT: the minutes logged today and the slot's (its focus is
	 * the progress's pr.slot.focus); REMIND_STREAK: streak days;
	 * REMIND_LATE: how many items; REMIND_REFLECTION: the week's Monday */
	long long logged, minutes;
	int streak, late, week;
};

struct remind {
	struct progress pr; /* the plan's, today (owned) */
	struct remind_reason v[4];
	size_t n; /* none: nothing needs the person */
	bool quiet; /* why n is 0 when it is: a template not begun, or a plan
		       that starts on a later day */
	bool running; /* neither quiet nor ended (pr.ended): a plan to remind
			 of unasked */
};

/*
 * The reasons to remind the person of plan p on day today, in the order
 * above: today's slot when it has minutes (not a rest day, nor paused)
 * and fewer are logged; a streak of a day or more that today would end
 * (nothing done today, and today is not a day off); neither of the two
 * once the plan has ended; the items late
 * (store_late's rule); the reflection of today's ISO week when today is
 * its Sunday and none is written. A template not begun
 * (progress_is_template) or a plan still to start has none. Returns 0,
 * or -1 with err; remind_done frees r either way.
 */
int remind_gather(struct store *s, const struct store_plan *p, int today, struct remind *r,
		  struct store_error *err);
void remind_done(struct remind *r);

#endif
