#include "stride/act.h"

#include "stride/calendar.h"
#include "stride/clock.h"
#include "stride/hooks.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int finish(struct store *s, int rc, long long plan_id,
		  struct store_error *err)
{
	if (rc == 0 && plan_id)
		rc = store_plan_use(s, plan_id, err);
	if (rc == 0)
		rc = store_commit(s, err);
	if (rc < 0)
		store_rollback(s);
	else
		hooks_after_change(s);
	return rc;
}

int act_status(struct store *s, const long long *ids, size_t n,
	       enum store_status st, int day, bool *already,
	       struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0, plan_id = 0;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct store_item it;
		rc = store_item_get(s, ids[i], &it, err);
		if (rc < 0)
			break;
		bool same = it.status == st;
		if (already)
			already[i] = same;
		if (!same)
			rc = store_set_status(s, &it, st, day, &batch, err);
		if (!plan_id && !same)
			plan_id = it.plan_id;
		store_item_done(&it);
	}
	return finish(s, rc, plan_id, err);
}

int act_tick(struct store *s, const long long *ids, size_t n, int day, bool on, int today,
	     bool *already, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0, plan_id = 0;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct store_item it;
		rc = store_item_get(s, ids[i], &it, err);
		if (rc < 0)
			break;
		bool changed = false;
		rc = store_tick(s, &it, day, on, today, &changed, &batch, err);
		if (already)
			already[i] = !changed;
		if (!plan_id && changed)
			plan_id = it.plan_id;
		store_item_done(&it);
	}
	return finish(s, rc, plan_id, err);
}

int act_log(struct store *s, long long plan_id, long long item_id, int minutes,
	    int day, const char *text, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	int rc = store_log(s, plan_id, item_id, minutes, day, text, &batch, err);
	return finish(s, rc, plan_id, err);
}

/* Stops the clock c (running) at day and second, logging keep minutes
 * (< 0: what it ran) in batch; in the caller's transaction. */
static int clock_stop(struct store *s, const struct store_clock *c, int day, int second,
		      int keep, long long *batch, struct act_clocked *out,
		      struct store_error *err)
{
	char when[CALENDAR_DATE_LEN], at[8];
	int ran = clock_minutes(clock_elapsed(c, day, second));
	if (keep < 0 && clock_past_midnight(c, day))
		return store_set_err(err, STORE_ERR_INVALID,
				     "the clock started %s %s ran past midnight: say how "
				     "much of it to log with 'stride clock out --keep "
				     "DURATION' (0 for none) or '--at HH:MM' (when you "
				     "stopped)",
				     calendar_format(c->day, when),
				     clock_format_hhmm(c->second, at, sizeof(at)));
	if (keep > ran) {
		char a[24], b[24];
		return store_set_err(err, STORE_ERR_INVALID,
				     "the clock ran %s: it cannot keep %s (give at most %s)",
				     clock_format_minutes(ran, a, sizeof(a)),
				     clock_format_minutes(keep, b, sizeof(b)), a);
	}
	int minutes = keep >= 0 ? keep : ran;
	if (minutes > CALENDAR_MAX_LOGGED)
		minutes = CALENDAR_MAX_LOGGED;
	*out = (struct act_clocked){ .stopped = true, .plan_id = c->plan_id,
				     .item_id = c->item_id, .day = c->day,
				     .minutes = minutes };
	if (minutes > 0 &&
	    store_log(s, c->plan_id, c->item_id, minutes, c->day, c->note, batch, err) < 0)
		return -1;
	return store_clock_set(s, NULL, err);
}

int act_clock_in(struct store *s, long long plan_id, long long item_id, const char *note,
		 int day, int second, struct act_clocked *stopped, struct store_error *err)
{
	*stopped = (struct act_clocked){ 0 };
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_clock c;
	bool running;
	int rc = store_clock_get(s, &c, &running, err);
	if (rc == 0 && running)
		rc = clock_stop(s, &c, day, second, -1, &batch, stopped, err);
	store_clock_done(&c);
	struct store_clock now = { .plan_id = plan_id, .item_id = item_id, .day = day,
				   .second = second, .note = (char *)note };
	if (rc == 0)
		rc = store_clock_set(s, &now, err);
	return finish(s, rc, plan_id, err);
}

int act_clock_out(struct store *s, int day, int second, int keep, struct act_clocked *out,
		  struct store_error *err)
{
	*out = (struct act_clocked){ 0 };
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_clock c;
	bool running;
	int rc = store_clock_get(s, &c, &running, err);
	if (rc == 0 && !running)
		rc = store_set_err(err, STORE_ERR_NOTFOUND,
				   "no clock is running: 'stride clock in [REF]' starts one");
	if (rc == 0)
		rc = clock_stop(s, &c, day, second, keep, &batch, out, err);
	long long plan_id = c.plan_id;
	store_clock_done(&c);
	return finish(s, rc, rc == 0 ? plan_id : 0, err);
}

/* The entry uid, read again inside the transaction (owned). */
static int entry_again(struct store *s, const char *uid, struct store_entry *e,
		       struct store_error *err)
{
	int count;
	if (store_entry_find(s, uid, e, &count, err) < 0)
		return -1;
	if (count != 1 || strcmp(e->uid, uid)) {
		store_entry_done(e);
		return store_set_err(err, STORE_ERR_NOTFOUND,
				     "the time entry %.8s is gone (undone or taken out "
				     "meanwhile)",
				     uid);
	}
	return 0;
}

int act_log_edit(struct store *s, const char *uid, int minutes, const char *note,
		 char *new_uid, size_t n, struct store_error *err)
{
	*new_uid = '\0';
	if (store_begin(s, err) < 0)
		return -1;
	struct store_entry e;
	long long batch = 0, plan_id = 0;
	int rc = entry_again(s, uid, &e, err);
	if (rc == 0) {
		plan_id = e.plan_id;
		rc = store_unlog(s, &e, &batch, err);
		if (rc == 0)
			rc = store_log(s, e.plan_id, e.item_id, minutes, e.day,
				       note ? note : e.text, &batch, err);
		long long first, last;
		store_tx_events(s, &first, &last);
		if (rc == 0)
			rc = store_event_uid(s, last, new_uid, n, err);
		store_entry_done(&e);
	}
	return finish(s, rc, plan_id, err);
}

int act_log_delete(struct store *s, const char *uid, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	struct store_entry e;
	long long batch = 0, plan_id = 0;
	int rc = entry_again(s, uid, &e, err);
	if (rc == 0) {
		plan_id = e.plan_id;
		rc = store_unlog(s, &e, &batch, err);
		store_entry_done(&e);
	}
	return finish(s, rc, plan_id, err);
}

/* Whether the line link is in text (lines). */
static bool has_line(const char *text, const char *link)
{
	size_t n = strlen(link);
	for (const char *p = text; p && *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && !strncmp(p, link, n))
			return true;
		p = e ? e + 1 : NULL;
	}
	return false;
}

int act_deliver(struct store *s, long long item_id, const char *const *links, size_t n,
		const char *lessons, int day, bool *was_done, struct store_error *err)
{
	*was_done = false;
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_item it;
	char *had = NULL, *learned = NULL;
	int rc = store_item_get(s, item_id, &it, err);
	if (rc < 0)
		return finish(s, rc, 0, err);
	*was_done = it.status == STORE_DONE;
	if (!*was_done)
		rc = store_set_status(s, &it, STORE_DONE, day, &batch, err);
	if (rc == 0)
		rc = store_delivered(s, item_id, &had, &learned, err);
	if (rc == 0) {
		size_t cap = (had ? strlen(had) : 0) + 1;
		for (size_t i = 0; i < n; i++)
			cap += strlen(links[i]) + 1;
		char *all = xmalloc(cap);
		size_t o = 0;
		if (had) {
			memcpy(all, had, strlen(had));
			o = strlen(had);
		}
		all[o] = '\0';
		for (size_t i = 0; i < n; i++) {
			if (has_line(all, links[i]))
				continue;
			if (o)
				all[o++] = '\n';
			memcpy(all + o, links[i], strlen(links[i]));
			o += strlen(links[i]);
			all[o] = '\0';
		}
		rc = store_deliver(s, &it, o ? all : NULL, lessons ? lessons : learned, day,
				   &batch, err);
		free(all);
	}
	free(had);
	free(learned);
	long long plan_id = it.plan_id;
	store_item_done(&it);
	return finish(s, rc, plan_id, err);
}

int act_note(struct store *s, long long item_id, const char *text, int day,
	     struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_item it;
	int rc = store_item_get(s, item_id, &it, err);
	if (rc == 0)
		rc = store_set_note(s, &it, text, day, &batch, err);
	long long plan_id = rc == 0 ? it.plan_id : 0;
	if (rc == 0)
		store_item_done(&it);
	return finish(s, rc, plan_id, err);
}

int act_use(struct store *s, long long plan_id, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	return finish(s, 0, plan_id, err);
}

int act_drop(struct store *s, long long plan_id, bool force,
	     struct store_plan_history *held, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	struct store_plan_history h;
	int rc = store_plan_history(s, plan_id, &h, err);
	if (held)
		*held = h;
	if (rc == 0 && !force && (h.events || h.reflections)) {
		store_rollback(s);
		return 1;
	}
	if (rc == 0)
		rc = store_plan_drop(s, plan_id, err);
	return finish(s, rc, 0, err);
}

static int refuse(struct store_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A plan with no dates to move: nothing to start or shift. */
static int no_dates(struct store_error *err, const char *slug)
{
	refuse(err, "%s has no dates to move: give it a 'start:' date (or its phases' "
		    "dates) in its plan file",
	       slug);
	err->code = STORE_ERR_INVALID;
	return -1;
}

int act_start(struct store *s, long long plan_id, int start, int today, int *was,
	      struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	struct store_plan p;
	long long batch = 0;
	int rc = store_plan_by_id(s, plan_id, &p, err);
	if (rc < 0) {
		store_rollback(s);
		return -1;
	}
	*was = p.start;
	bool back = start == CALENDAR_NONE;
	int first = CALENDAR_NONE, last = CALENDAR_NONE;
	char date[CALENDAR_DATE_LEN];
	if (p.start != CALENDAR_NONE && !back)
		rc = store_plan_date_range(s, plan_id, &first, &last, err);
	if (rc < 0) {
		/* said */
	} else if (p.start == CALENDAR_NONE) {
		rc = no_dates(err, p.slug);
	} else if (!back && last != CALENDAR_NONE &&
		   (long long)start + (last - p.start) > CALENDAR_MAX) {
		rc = refuse(err, "%s runs %d days from its first day to its last: the latest "
				 "it can start on is %s",
			    p.slug, last - p.start, calendar_format(CALENDAR_MAX - (last - p.start), date));
	} else if (!back && first != CALENDAR_NONE &&
		   (long long)start - (p.start - first) < CALENDAR_MIN) {
		rc = refuse(err, "%s has dates %d days before its first day: the earliest it "
				 "can start on is %s",
			    p.slug, p.start - first, calendar_format(CALENDAR_MIN + (p.start - first), date));
	} else if (back ? p.moved == 0 && p.anchor == CALENDAR_NONE &&
				  p.start == p.file_start && p.end == p.file_end
			: start == p.start) {
		rc = 1;
	} else if (back) {
		rc = store_plan_file_dates(s, plan_id, today, &batch, err);
	} else {
		rc = store_plan_start(s, plan_id, start - p.start, today, &batch, err);
	}
	store_plan_done(&p);
	if (rc == 1) {
		store_rollback(s);
		return 1;
	}
	return finish(s, rc, plan_id, err);
}

int act_anchor(struct store *s, long long plan_id, int first, int today,
	       struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	int rc = store_plan_anchor(s, plan_id, first, today, &batch, err);
	return finish(s, rc, plan_id, err);
}

int act_shift(struct store *s, long long plan_id, int from, int days, int today,
	      long long *moved, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	*moved = 0;
	int rc = store_plan_shift(s, plan_id, from, days, today, moved, &batch, err);
	if (rc == 0 && !*moved) {
		/* nothing to move: none left from then, or no dates at all */
		int first, last;
		struct store_plan p;
		rc = store_plan_date_range(s, plan_id, &first, &last, err);
		if (rc == 0 && first == CALENDAR_NONE) {
			rc = store_plan_by_id(s, plan_id, &p, err);
			if (rc == 0) {
				rc = no_dates(err, p.slug);
				store_plan_done(&p);
			}
		}
		store_rollback(s);
		return rc;
	}
	return finish(s, rc, plan_id, err);
}

int act_pause(struct store *s, long long plan_id, int first, int last, bool shift,
	      int today, long long *moved, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0, n = 0;
	int rc = store_pause_add(s, plan_id, first, last, today, &batch, err);
	if (rc == 0 && shift)
		rc = store_plan_shift(s, plan_id, first, last - first + 1, today, &n, &batch,
				      err);
	if (moved)
		*moved = n;
	return finish(s, rc, plan_id, err);
}

static int refuse(struct store_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	err->code = STORE_ERR_NOTFOUND;
	return -1;
}

int act_resource(struct store *s, long long item_id,
		 const struct act_resource *set, int day, bool *changed,
		 struct store_error *err)
{
	if (changed)
		*changed = false;
	if (set->set_status && set->status == STORE_SKIPPED)
		return refuse(err, "a resource is todo, doing or done, not skipped");
	if (set->set_rating && (set->rating < 0 || set->rating > 5))
		return refuse(err, "a rating is a whole number from 1 to 5 (0 takes "
				   "it away), not %d",
			      set->rating);
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_item it;
	int rc = store_item_get(s, item_id, &it, err);
	if (rc < 0)
		return finish(s, rc, 0, err);
	if (it.kind != STORE_RESOURCE) {
		rc = refuse(err, "%d %s is a %s, not a resource", it.ref, it.title,
			    store_kind_name(it.kind));
		store_item_done(&it);
		return finish(s, rc, 0, err);
	}
	char *note = NULL;
	if (set->note && set->append && it.note)
		note = xasprintf("%s\n\n%s", it.note, set->note);
	else if (set->note)
		note = xstrdup(set->note);
	if (rc == 0 && set->set_status && it.status != set->status)
		rc = store_set_status(s, &it, set->status, day, &batch, err);
	if (rc == 0 && set->set_rating && it.rating != set->rating)
		rc = store_set_rating(s, &it, set->rating, day, &batch, err);
	if (rc == 0 && note && (!it.note || strcmp(note, it.note)))
		rc = store_set_note(s, &it, note, day, &batch, err);
	if (changed)
		*changed = rc == 0 && batch;
	long long plan_id = batch ? it.plan_id : 0;
	free(note);
	store_item_done(&it);
	if (rc == 0 && !batch) {
		/* nothing to record */
		store_rollback(s);
		return 0;
	}
	return finish(s, rc, plan_id, err);
}

int act_undo(struct store *s, int day,
	     int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	     struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	return finish(s, store_undo(s, day, fn, ctx, err), 0, err);
}

int act_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	     struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	return finish(s, store_redo(s, fn, ctx, err), 0, err);
}

/* Whether items of these kinds share what progress is: the checkable
 * ones among them, a resource with a resource. */
static bool kinds_share(enum store_kind a, enum store_kind b)
{
	return (store_checkable(a) && store_checkable(b)) ||
	       (a == STORE_RESOURCE && b == STORE_RESOURCE);
}

static enum act_adopt_refusal adopt_refusal(const struct store_item *from,
					    const struct store_item *to, bool force)
{
	if (from->id == to->id)
		return ACT_ADOPT_SAME;
	if (from->plan_id != to->plan_id)
		return ACT_ADOPT_OTHER_PLAN;
	if (!from->archived)
		return ACT_ADOPT_NOT_ARCHIVED;
	if (to->archived)
		return ACT_ADOPT_ARCHIVED;
	if (!kinds_share(from->kind, to->kind))
		return ACT_ADOPT_KIND;
	if (!store_item_has_progress(from))
		return ACT_ADOPT_NOTHING;
	if (!force && store_item_has_progress(to))
		return ACT_ADOPT_HAS_PROGRESS;
	return ACT_ADOPTED;
}

int act_adopt(struct store *s, long long from_id, long long to_id, bool force, int day,
	      struct store_item *from, struct store_item *to, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	struct store_item a = { 0 }, b = { 0 };
	long long batch = 0;
	int rc = store_item_get(s, from_id, &a, err);
	if (rc == 0)
		rc = store_item_get(s, to_id, &b, err);
	if (rc == 0) {
		enum act_adopt_refusal why = adopt_refusal(&a, &b, force);
		if (why != ACT_ADOPTED) {
			store_rollback(s);
			rc = (int)why;
		} else {
			rc = finish(s, store_adopt(s, &a, &b, day, &batch, err), a.plan_id, err);
		}
	} else {
		store_rollback(s);
	}
	if (rc >= 0 && from)
		*from = a;
	else
		store_item_done(&a);
	if (rc >= 0 && to)
		*to = b;
	else
		store_item_done(&b);
	return rc;
}
