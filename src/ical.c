/* A plan as an iCalendar file (stride/ical.h), written with libical. */
#include "stride/ical.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool ical_parse_time(const char *s, int *hour, int *minute)
{
	if (!s || strlen(s) != 5 || s[2] != ':')
		return false;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return false;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59)
		return false;
	*hour = h;
	*minute = m;
	return true;
}

void ical_add(struct ical_doc *d, const char *uid, const char *summary,
	      const char *description, int start, int end)
{
	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof(*d->v));
	d->v[d->n++] = (struct ical_event){
		.uid = xstrdup(uid), .summary = xstrdup(summary),
		.description = description ? xstrdup(description) : NULL,
		.start = start, .end = end,
	};
}

void ical_add_pause(struct ical_doc *d, int first, int last)
{
	d->pauses = xgrow(d->pauses, &d->pcap, d->npauses + 1, sizeof(*d->pauses));
	d->pauses[d->npauses++] = (struct ical_pause){ first, last };
}

void ical_doc_done(struct ical_doc *d)
{
	free(d->pauses);
	d->pauses = NULL;
	d->npauses = d->pcap = 0;
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].uid);
		free(d->v[i].summary);
		free(d->v[i].description);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

/* ---- from the store ---------------------------------------------------------------- */

struct gather {
	struct ical_doc *d;
	const char *plan;
};

static int gather_item(const struct store_item *it, void *ctx)
{
	struct gather *g = ctx;
	struct ical_doc *d = g->d;
	if (it->archived || !it->key)
		return 0;
	bool container = it->kind == STORE_PHASE || it->kind == STORE_WEEK;
	char *uid, *what;
	if (container && it->start != CALENDAR_NONE && it->end != CALENDAR_NONE &&
	    it->end >= it->start) {
		uid = xasprintf("%s@%s.stride", it->key, g->plan);
		what = it->goal ? xasprintf("%s\n\n%s: %s (stride, item %d)", it->goal, g->plan,
					    it->key, it->ref)
				: xasprintf("%s: %s (stride, item %d)", g->plan, it->key, it->ref);
		ical_add(d, uid, it->title, what, it->start, it->end);
		free(uid);
		free(what);
	}
	if (container && it->milestone && it->end != CALENDAR_NONE) {
		uid = xasprintf("milestone.%s@%s.stride", it->key, g->plan);
		char *summary = xasprintf("Milestone: %s", it->milestone);
		what = xasprintf("%s: the last day of %s (stride, item %d)", g->plan, it->title,
				 it->ref);
		ical_add(d, uid, summary, what, it->end, it->end);
		free(uid);
		free(summary);
		free(what);
	}
	if (it->due != CALENDAR_NONE) {
		uid = xasprintf("due.%s@%s.stride", it->key, g->plan);
		char *summary = xasprintf("Due: %s", it->title);
		what = xasprintf("%s: %s (stride, item %d)", g->plan, it->key, it->ref);
		ical_add(d, uid, summary, what, it->due, it->due);
		free(uid);
		free(summary);
		free(what);
	}
	return 0;
}

static int keep_pause(int first, int last, void *ctx)
{
	ical_add_pause(ctx, first, last);
	return 0;
}

int ical_gather(struct store *s, const struct store_plan *p, int hour, int minute,
		struct ical_doc *d, struct store_error *err)
{
	*d = (struct ical_doc){
		.plan = p->slug, .title = p->title, .start = p->start, .end = p->end,
		.has_schedule = p->has_schedule, .hour = hour, .minute = minute,
	};
	memcpy(d->schedule, p->schedule, sizeof(d->schedule));
	long long hlc;
	char device[64];
	if (store_xlast_move(s, p->id, &hlc, device, sizeof(device), err) < 0)
		return -1;
	long long file = p->source_mtime > 0 ? p->source_mtime / 1000000000LL : 0;
	long long moved = (hlc >> 16) / 1000;
	d->stamp = file > moved ? file : moved;
	struct gather g = { d, p->slug };
	if (store_pauses(s, p->id, keep_pause, d, err) < 0 ||
	    store_items(s, p->id, gather_item, &g, err) < 0) {
		ical_doc_done(d);
		return -1;
	}
	return 0;
}

/* ---- the text ------------------------------------------------------------------------ */

static struct icaltimetype day_of(int date)
{
	int y, m, dd;
	calendar_to_civil(date, &y, &m, &dd);
	struct icaltimetype t = icaltime_null_date();
	t.year = y;
	t.month = m;
	t.day = dd;
	return t;
}

static void add_prop(icalcomponent *c, icalproperty *p)
{
	if (!p)
		util_out_of_memory();
	icalcomponent_add_property(c, p);
}

static icalcomponent *vevent(const struct ical_doc *d, const char *uid, const char *summary,
			     const char *description)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	if (!ev)
		util_out_of_memory();
	add_prop(ev, icalproperty_new_uid(uid));
	add_prop(ev, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
			     (time_t)d->stamp, 0, icaltimezone_get_utc_timezone())));
	add_prop(ev, icalproperty_new_summary(summary));
	if (description)
		add_prop(ev, icalproperty_new_description(description));
	return ev;
}

static const char *const byday[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char *const day_keys[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

/* The schedule's day wd (0 Monday) as a weekly event from the plan's first
 * such day to its last day. */
static void schedule_event(icalcomponent *cal, const struct ical_doc *d, int wd)
{
	const struct plan_day *day = &d->schedule[wd];
	int first = d->start + (wd - calendar_weekday(d->start) + 7) % 7;
	if (d->end != CALENDAR_NONE && first > d->end)
		return;
	char *uid = xasprintf("schedule.%s@%s.stride", day_keys[wd], d->plan);
	char *summary = day->focus ? xasprintf("%s: %s", d->title, day->focus)
				   : xasprintf("%s: study", d->title);
	char *what = xasprintf("%s: %d minutes (stride, the plan's schedule)", d->plan,
			       day->minutes);
	icalcomponent *ev = vevent(d, uid, summary, what);
	struct icaltimetype t = day_of(first);
	t.is_date = 0;
	t.hour = d->hour;
	t.minute = d->minute;
	t.second = 0;
	add_prop(ev, icalproperty_new_dtstart(t));
	add_prop(ev, icalproperty_new_duration(icaldurationtype_from_int(day->minutes * 60)));
	char rule[128];
	if (d->end != CALENDAR_NONE) {
		int y, m, dd;
		calendar_to_civil(d->end, &y, &m, &dd);
		snprintf(rule, sizeof(rule), "FREQ=WEEKLY;BYDAY=%s;UNTIL=%04d%02d%02dT235959",
			 byday[wd], y, m, dd);
	} else {
		snprintf(rule, sizeof(rule), "FREQ=WEEKLY;BYDAY=%s", byday[wd]);
	}
	add_prop(ev, icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
	/* no study on a day of a pause */
	for (size_t i = 0; i < d->npauses; i++) {
		const struct ical_pause *pa = &d->pauses[i];
		for (int off = pa->first; off <= pa->last; off++) {
			if (calendar_weekday(off) != wd || off < first ||
			    (d->end != CALENDAR_NONE && off > d->end))
				continue;
			struct icaltimetype x = day_of(off);
			x.is_date = 0;
			x.hour = d->hour;
			x.minute = d->minute;
			x.second = 0;
			add_prop(ev, icalproperty_new_exdate(x));
		}
	}
	icalcomponent_add_component(cal, ev);
	free(uid);
	free(summary);
	free(what);
}

char *ical_text(const struct ical_doc *d)
{
	icalcomponent *cal = icalcomponent_new_vcalendar();
	if (!cal)
		util_out_of_memory();
	add_prop(cal, icalproperty_new_version("2.0"));
	add_prop(cal, icalproperty_new_prodid("-//stride//stride//EN"));
	add_prop(cal, icalproperty_new_calscale("GREGORIAN"));
	icalproperty *name = icalproperty_new_x(d->title);
	if (!name)
		util_out_of_memory();
	icalproperty_set_x_name(name, "X-WR-CALNAME");
	icalcomponent_add_property(cal, name);
	for (size_t i = 0; i < d->n; i++) {
		const struct ical_event *e = &d->v[i];
		icalcomponent *ev = vevent(d, e->uid, e->summary, e->description);
		add_prop(ev, icalproperty_new_dtstart(day_of(e->start)));
		/* DTEND of an all-day event is the day after its last */
		add_prop(ev, icalproperty_new_dtend(day_of(e->end + 1)));
		add_prop(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
		icalcomponent_add_component(cal, ev);
	}
	if (d->has_schedule && d->start != CALENDAR_NONE)
		for (int wd = 0; wd < 7; wd++)
			if (d->schedule[wd].minutes > 0)
				schedule_event(cal, d, wd);
	char *text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!text)
		util_out_of_memory();
	char *out = xstrdup(text);
	icalmemory_free_buffer(text);
	return out;
}
