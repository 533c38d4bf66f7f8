/*
 * The store's adopt: the progress of an archived item moved onto a live
 * one (see store_adopt in stride/store.h). No table of its own: each of
 * the two items gets an event that says what it held before and after;
 * undo puts each back as its events not undone say (store_replay_item).
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

bool store_item_has_progress(const struct store_item *it)
{
	return it->status != STORE_TODO || it->minutes || it->note || it->rating;
}

/* Puts one item's progress as ev says it is after (ev->new_status with
 * day, the minutes added, the note and rating). */
static int put(struct store *s, const struct store_item *it,
	       const struct store_event *ev, struct store_error *err)
{
	if (store_add_event(s, ev, 0, err) < 0)
		return -1;
	if (!ev->same_status &&
	    store_apply_status(s, it, ev->new_status, ev->day, err) < 0)
		return -1;
	if (ev->minutes && store_add_minutes(s, it->id, ev->minutes, err) < 0)
		return -1;
	if (store_put_note(s, it->id, ev->text, err) < 0)
		return -1;
	return store_put_rating(s, it->id, ev->new_rating, err);
}

int store_adopt(struct store *s, const struct store_item *from,
		const struct store_item *to, int day, long long *batch,
		struct store_error *err)
{
	if (from->minutes > INT_MAX || from->minutes < -INT_MAX)
		return store_set_err(err, STORE_ERR_INVALID,
				     "'%s' holds more time than one step can move",
				     from->title);
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	char *note = from->note && to->note ? xasprintf("%s\n\n%s", from->note, to->note)
		     : from->note		? xstrdup(from->note)
		     : to->note			? xstrdup(to->note)
						: NULL;
	bool moves = from->status != STORE_TODO;
	struct store_event onto = {
		.plan_id = to->plan_id, .item_id = to->id, .type = STORE_EV_ADOPT,
		.day = moves && from->status_day != CALENDAR_NONE ? from->status_day : day,
		.old_status = to->status, .new_status = moves ? from->status : to->status,
		.same_status = !moves,
		.minutes = (int)from->minutes, .text = note, .old_text = to->note,
		.old_rating = to->rating, .new_rating = from->rating ? from->rating : to->rating,
		.batch = *batch,
	};
	struct store_event given = {
		.plan_id = from->plan_id, .item_id = from->id, .type = STORE_EV_ADOPT,
		.day = day, .old_status = from->status, .new_status = STORE_TODO,
		.same_status = !moves,
		.minutes = -(int)from->minutes, .text = NULL, .old_text = from->note,
		.old_rating = from->rating, .new_rating = 0, .batch = *batch,
	};
	int rc = put(s, from, &given, err) < 0 || put(s, to, &onto, err) < 0 ? -1 : 0;
	free(note);
	return rc;
}
