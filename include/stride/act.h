/*
 * act: the changes a person makes (tick, log, note, undo), each in one
 * transaction of its own, so that the command line and the TUI record them
 * the same way: the item is read again inside the transaction (another
 * stride may have changed it), the change is recorded, its plan becomes
 * the current one, and the commit makes it durable.
 *
 * Each returns 0, or -1 with err (nothing recorded).
 */
#ifndef STRIDE_ACT_H
#define STRIDE_ACT_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

/* Sets the status of the n items with these row ids to st, as one step
 * for undo. already[i] (when not NULL) tells which had that status. */
int act_status(struct store *s, const long long *ids, size_t n,
	       enum store_status st, int day, bool *already,
	       struct store_error *err);

/* Ticks (on) or unticks the occurrence of day of the n habits with these
 * row ids, as one step for undo; already[i] (when not NULL) is set for
 * those that were so already. A day after today, or an item that is not a
 * habit, changes nothing (STORE_ERR_INVALID). */
int act_tick(struct store *s, const long long *ids, size_t n, int day, bool on, int today,
	     bool *already, struct store_error *err);

/* Logs minutes on the plan, or on the item item_id (0: the plan). */
int act_log(struct store *s, long long plan_id, long long item_id, int minutes,
	    int day, const char *text, struct store_error *err);

/* What a clock's stop logged (act_clock_in, act_clock_out). */
struct act_clocked {
	bool stopped;		    /* a clock ran, and was stopped */
	long long plan_id, item_id; /* its plan and item (0: the plan) */
	int day;		    /* the day it started: the day logged */
	int minutes;		    /* logged (0: nothing, under half a minute
				       or a keep of 0) */
};

/*
 * Starts the clock (stride clock in) on item_id (0: the plan as a whole)
 * of plan_id, at day and second, with note (NULL: none). A clock that
 * runs is stopped first and its time logged, as one step for undo
 * (*stopped says what it logged). A clock that ran past midnight is
 * refused (STORE_ERR_INVALID, nothing changed): how much of it to keep is
 * the person's to say (act_clock_out's keep).
 */
int act_clock_in(struct store *s, long long plan_id, long long item_id, const char *note,
		 int day, int second, struct act_clocked *stopped, struct store_error *err);
/*
 * Stops the clock at day and second and logs its time (clock_minutes) on
 * the day it started, as a log (store_log) with its note; keep >= 0 logs
 * keep minutes instead (0: nothing), at most what it ran. No clock:
 * STORE_ERR_NOTFOUND; a clock past midnight with keep < 0, or a keep
 * longer than the clock ran: STORE_ERR_INVALID (nothing changed).
 */
int act_clock_out(struct store *s, int day, int second, int keep, struct act_clocked *out,
		  struct store_error *err);

/*
 * Corrects the time entry whose uid is uid (stride log --edit): it is
 * taken out (store_unlog) and a log of minutes on its item and day put in
 * its place, with note (NULL: the entry's own), as one step for undo.
 * new_uid (n bytes) gets the new entry's uid. An entry that is not there
 * (undone, taken out, never made) is STORE_ERR_NOTFOUND.
 */
int act_log_edit(struct store *s, const char *uid, int minutes, const char *note,
		 char *new_uid, size_t n, struct store_error *err);
/* Takes the time entry whose uid is uid out (stride log --delete), as one
 * step for undo; STORE_ERR_NOTFOUND as act_log_edit. */
int act_log_delete(struct store *s, const char *uid, struct store_error *err);

/*
 * stride deliver: the item is done (if it was not), and its links and
 * lessons recorded, as one step for undo. links (n of them, each checked
 * by the caller: portfolio_link_ok) are added to those it has (each
 * once); lessons (NULL: kept as they are) replace its lessons. *was_done
 * says whether it was done already.
 */
int act_deliver(struct store *s, long long item_id, const char *const *links, size_t n,
		const char *lessons, int day, bool *was_done, struct store_error *err);

/* Replaces the item's note with text. */
int act_note(struct store *s, long long item_id, const char *text, int day,
	     struct store_error *err);

/* What a person sets on a resource; what is not set stays as it is. */
struct act_resource {
	bool set_status, set_rating;
	enum store_status status; /* todo, doing or done */
	int rating;		  /* 1 to 5; 0 takes the rating away */
	const char *note;	  /* NULL: the note as it is */
	bool append;		  /* note is a paragraph to add, not the whole note */
};

/* Sets a resource's status, rating and note as one step for undo;
 * *changed (when not NULL) says whether anything differed from what the
 * store had (nothing is recorded when nothing does). An item that is not
 * a resource (STORE_ERR_NOTFOUND), a status of skipped or a rating out of
 * range is refused, and nothing recorded. */
int act_resource(struct store *s, long long item_id,
		 const struct act_resource *set, int day, bool *changed,
		 struct store_error *err);

/* Makes the plan the current one (what `stride` opens, what commands
 * act on without a PLAN): the one place that does it, for `stride use`,
 * `stride FILE.yaml` and the TUI's plan switcher. */
int act_use(struct store *s, long long plan_id, struct store_error *err);

/* Removes the plan and everything of it from the store. A plan that holds
 * progress (events in its history, reflections) is removed only with
 * force: otherwise nothing changes and 1 is returned. *held (when not
 * NULL) says what it held, either way. 0 when removed; -1 with err. */
int act_drop(struct store *s, long long plan_id, bool force,
	     struct store_plan_history *held, struct store_error *err);

/* Moves every date of the plan so that it starts on day start (stride
 * start), or, with start CALENDAR_NONE, back to the file's dates (start
 * --file-dates). 1 with nothing recorded when the plan already starts
 * there; a plan with no dates (STORE_ERR_INVALID) is refused. *was gets
 * the plan's first day as it was (CALENDAR_NONE: none). */
int act_start(struct store *s, long long plan_id, int start, int today, int *was,
	      struct store_error *err);

/* Sets the first day of a plan whose file gives no dates (see
 * store_plan_anchor): the session lays it out from its file (use
 * session_start_plan, which does both). */
int act_anchor(struct store *s, long long plan_id, int first, int today,
	       struct store_error *err);

/* Moves what is not finished of the plan and dated on or after day from
 * by days (stride shift; see store_plan_shift). *moved counts the items
 * moved: 0, with nothing recorded, when nothing is left to move. */
int act_shift(struct store *s, long long plan_id, int from, int days, int today,
	      long long *moved, struct store_error *err);

/* Adds a pause of days first to last to the plan (stride pause; see
 * store_pause_add); with shift, also moves what is left from first on by
 * the pause's length (act_shift), as one step for undo. *moved (when not
 * NULL) counts the items the shift moved. */
int act_pause(struct store *s, long long plan_id, int first, int last, bool shift,
	      int today, long long *moved, struct store_error *err);

/* Why act_adopt refused (nothing changed). */
enum act_adopt_refusal {
	ACT_ADOPTED = 0,
	ACT_ADOPT_NOT_ARCHIVED, /* from is in the plan file still */
	ACT_ADOPT_ARCHIVED,	/* to is not: archived */
	ACT_ADOPT_OTHER_PLAN,	/* the two are of different plans */
	ACT_ADOPT_SAME,		/* the same item twice */
	ACT_ADOPT_KIND,		/* kinds that do not share progress */
	ACT_ADOPT_NOTHING,	/* from holds no progress */
	ACT_ADOPT_HAS_PROGRESS, /* to holds progress, and no force */
};

/*
 * Moves the progress of the archived item from_id onto the live item
 * to_id of the same plan (stride adopt; see store_adopt), as one step for
 * undo. Both are read again inside the transaction. Refused when from is
 * not archived, to is, they are of different plans, they are the same
 * item, their kinds do not share progress (a task, criterion or
 * deliverable takes another's; a resource a resource's), or from holds no
 * progress; and when to holds progress of its own, unless force (then its
 * time adds up and its note follows from's). Returns 0 (*from and *to,
 * when not NULL, get the two items as they were: owned), a refusal
 * (> 0, nothing changed; the items too), or -1 with err.
 */
int act_adopt(struct store *s, long long from_id, long long to_id, bool force, int day,
	      struct store_item *from, struct store_item *to, struct store_error *err);

/* Undoes the last step (see store_undo); fn sees each event undone. */
int act_undo(struct store *s, int day,
	     int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	     struct store_error *err);

/* Redoes the last undo (see store_redo); fn sees each event redone. */
int act_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	     struct store_error *err);

#endif
