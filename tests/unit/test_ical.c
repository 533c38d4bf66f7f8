/*
 * ical: the calendar stride ical writes, parsed back with libical (what a
 * calendar program does): its events, all-day DTSTART/DTEND as VALUE=DATE,
 * the schedule's RRULE, UIDs from the plan and the keys, and the same text
 * twice. The plan is tests/data/ical/plan.yaml, imported into a store in a
 * temporary directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stride/calendar.h"
#include "stride/ical.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"
#include "stride/util.h"

static int d(const char *s)
{
	int v = CALENDAR_NONE;
	assert_true(calendar_parse(s, &v));
	return v;
}

/* The VEVENT of uid in cal, or NULL. */
static icalcomponent *event(icalcomponent *cal, const char *uid)
{
	for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
	     c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		if (!strcmp(icalcomponent_get_uid(c), uid))
			return c;
	return NULL;
}

static int count_events(icalcomponent *cal)
{
	int n = 0;
	for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
	     c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		n++;
	return n;
}

/* An all-day event of uid from first to last (inclusive), with summary. */
static void assert_all_day(icalcomponent *cal, const char *uid, const char *summary,
			   const char *first, const char *last)
{
	icalcomponent *c = event(cal, uid);
	if (!c)
		fprintf(stderr, "no event %s\n", uid);
	assert_non_null(c);
	assert_string_equal(icalcomponent_get_summary(c), summary);
	struct icaltimetype s = icalcomponent_get_dtstart(c), e = icalcomponent_get_dtend(c);
	assert_true(s.is_date);
	assert_true(e.is_date);
	assert_int_equal(calendar_from_civil(s.year, s.month, s.day), d(first));
	/* DTEND is the day after the last */
	assert_int_equal(calendar_from_civil(e.year, e.month, e.day), d(last) + 1);
	/* VALUE=DATE written as such */
	icalproperty *p = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
	char *text = icalproperty_as_ical_string_r(p);
	assert_non_null(strstr(text, "DTSTART;VALUE=DATE:"));
	free(text);
}

/* The schedule's event for weekday wd: weekly on that day, from first at
 * hh:mm for minutes, until the plan's last day. */
static void assert_weekly(icalcomponent *cal, const char *uid, icalrecurrencetype_weekday wd,
			  const char *first, int hh, int mm, int minutes, const char *until)
{
	icalcomponent *c = event(cal, uid);
	assert_non_null(c);
	struct icaltimetype s = icalcomponent_get_dtstart(c);
	assert_false(s.is_date);
	assert_int_equal(calendar_from_civil(s.year, s.month, s.day), d(first));
	assert_int_equal(s.hour, hh);
	assert_int_equal(s.minute, mm);
	struct icaldurationtype dur = icalcomponent_get_duration(c);
	assert_int_equal(icaldurationtype_as_int(dur), minutes * 60);
	icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
	assert_non_null(p);
	struct icalrecurrencetype r = icalproperty_get_rrule(p);
	assert_int_equal(r.freq, ICAL_WEEKLY_RECURRENCE);
	assert_int_equal(icalrecurrencetype_day_day_of_week(r.by_day[0]), wd);
	assert_int_equal(r.by_day[1], ICAL_RECURRENCE_ARRAY_MAX);
	assert_int_equal(calendar_from_civil(r.until.year, r.until.month, r.until.day), d(until));
	/* the first occurrence is the DTSTART itself */
	icalrecur_iterator *it = icalrecur_iterator_new(r, s);
	assert_non_null(it);
	struct icaltimetype o = icalrecur_iterator_next(it);
	assert_int_equal(calendar_from_civil(o.year, o.month, o.day), d(first));
	o = icalrecur_iterator_next(it);
	assert_int_equal(calendar_from_civil(o.year, o.month, o.day), d(first) + 7);
	icalrecur_iterator_free(it);
}

/* A calendar built by hand: what ical_text writes is what libical reads. */
static void test_text_parses_back(void **state)
{
	(void)state;
	struct ical_doc doc = {
		.plan = "p", .title = "A plan; with, specials", .start = d("2025-07-02"),
		.end = d("2025-07-31"), .has_schedule = true, .hour = 7, .minute = 5,
		.stamp = 1752000000,
	};
	doc.schedule[4] = (struct plan_day){ 25, "Friday focus" };
	ical_add(&doc, "a@p.stride", "Phase A", "line one\nline two", d("2025-07-02"),
		 d("2025-07-10"));
	ical_add(&doc, "due.x@p.stride", "Due: X", NULL, d("2025-07-05"), d("2025-07-05"));
	/* a pause over the second Friday: no study that day */
	ical_add_pause(&doc, d("2025-07-10"), d("2025-07-13"));
	char *text = ical_text(&doc);
	assert_non_null(strstr(text, "BEGIN:VCALENDAR\r\n"));
	icalcomponent *cal = icalparser_parse_string(text);
	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	assert_int_equal(count_events(cal), 3);
	assert_all_day(cal, "a@p.stride", "Phase A", "2025-07-02", "2025-07-10");
	assert_string_equal(icalcomponent_get_description(event(cal, "a@p.stride")),
			    "line one\nline two");
	assert_all_day(cal, "due.x@p.stride", "Due: X", "2025-07-05", "2025-07-05");
	/* the plan starts on a Wednesday: the first Friday is the 4th */
	assert_weekly(cal, "schedule.fri@p.stride", ICAL_FRIDAY_WEEKDAY, "2025-07-04", 7, 5, 25,
		      "2025-07-31");
	icalcomponent *fri = event(cal, "schedule.fri@p.stride");
	icalproperty *ex = icalcomponent_get_first_property(fri, ICAL_EXDATE_PROPERTY);
	assert_non_null(ex);
	struct icaltimetype x = icalproperty_get_exdate(ex);
	assert_int_equal(calendar_from_civil(x.year, x.month, x.day), d("2025-07-11"));
	assert_int_equal(x.hour, 7);
	assert_int_equal(x.minute, 5);
	assert_null(icalcomponent_get_next_property(fri, ICAL_EXDATE_PROPERTY));
	struct icaltimetype st = icalproperty_get_dtstamp(
		icalcomponent_get_first_property(event(cal, "a@p.stride"), ICAL_DTSTAMP_PROPERTY));
	assert_int_equal(icaltime_as_timet(st), 1752000000);
	icalcomponent_free(cal);
	free(text);
	ical_doc_done(&doc);
}

static void test_time_of_day(void **state)
{
	(void)state;
	int h = -1, m = -1;
	assert_true(ical_parse_time("18:00", &h, &m));
	assert_int_equal(h, 18);
	assert_int_equal(m, 0);
	assert_true(ical_parse_time("00:00", &h, &m));
	assert_true(ical_parse_time("23:59", &h, &m));
	assert_int_equal(m, 59);
	const char *bad[] = { "24:00", "12:60", "8:00", "08:0", "0800", "08:00 ", "ab:cd", "", NULL };
	for (size_t i = 0; bad[i]; i++)
		assert_false(ical_parse_time(bad[i], &h, &m));
	assert_false(ical_parse_time(NULL, &h, &m));
}

struct fx {
	char dir[256];
	struct store *s;
	struct store_plan p;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-ical.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	char db[300];
	snprintf(db, sizeof(db), "%s/stride.db", fx->dir);
	struct store_error err = { 0 };
	assert_int_equal(store_open(db, true, &fx->s, &err), 0);
	const char *data = getenv("STRIDE_TESTDATA") ? getenv("STRIDE_TESTDATA") : "tests/data";
	char path[512];
	snprintf(path, sizeof(path), "%s/ical/plan.yaml", data);
	struct diag_list dl;
	diag_list_init(&dl);
	struct plan *p = NULL;
	enum loader_status st = loader_load_file(path, &p, &dl);
	for (size_t i = 0; i < dl.n; i++)
		fprintf(stderr, "%s:%u:%u: %s\n", path, dl.v[i].line, dl.v[i].col, dl.v[i].msg);
	assert_int_equal(st, LOADER_OK);
	diag_list_done(&dl);
	struct sync_report rep;
	assert_int_equal(sync_plan(fx->s, p, NULL, false, &rep, &err), 0);
	sync_report_done(&rep);
	assert_int_equal(store_plan_get(fx->s, "cal", &fx->p, &err), 0);
	plan_free(p);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	store_plan_done(&fx->p);
	store_close(fx->s);
	char cmd[320];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

/* The test plan from the store: every event, and the same bytes twice. */
static void test_plan_from_store(void **state)
{
	struct fx *fx = *state;
	struct ical_doc doc;
	struct store_error err = { 0 };
	assert_int_equal(ical_gather(fx->s, &fx->p, 18, 0, &doc, &err), 0);
	char *text = ical_text(&doc);
	ical_doc_done(&doc);
	assert_int_equal(ical_gather(fx->s, &fx->p, 18, 0, &doc, &err), 0);
	char *again = ical_text(&doc);
	ical_doc_done(&doc);
	assert_string_equal(text, again);
	free(again);

	icalcomponent *cal = icalparser_parse_string(text);
	assert_non_null(cal);
	/* 2 phases, 2 week blocks, a milestone, a due date, 3 study days */
	assert_int_equal(count_events(cal), 9);
	assert_all_day(cal, "basics@cal.stride", "Basics", "2025-07-07", "2025-07-20");
	assert_all_day(cal, "project@cal.stride", "Project", "2025-07-21", "2025-08-03");
	assert_all_day(cal, "project/week-1@cal.stride", "Build it", "2025-07-21",
		       "2025-07-27");
	assert_all_day(cal, "project/week-2@cal.stride", "Test it", "2025-07-28",
		       "2025-08-03");
	assert_all_day(cal, "milestone.basics@cal.stride", "Milestone: basics-done",
		       "2025-07-20", "2025-07-20");
	assert_all_day(cal, "due.setup@cal.stride", "Due: Set up the editor",
		       "2025-07-11", "2025-07-11");
	assert_weekly(cal, "schedule.mon@cal.stride", ICAL_MONDAY_WEEKDAY, "2025-07-07", 18, 0,
		      30, "2025-08-03");
	assert_weekly(cal, "schedule.wed@cal.stride", ICAL_WEDNESDAY_WEEKDAY, "2025-07-09", 18,
		      0, 45, "2025-08-03");
	assert_weekly(cal, "schedule.sat@cal.stride", ICAL_SATURDAY_WEEKDAY, "2025-07-12", 18,
		      0, 90, "2025-08-03");
	assert_null(event(cal, "schedule.sun@cal.stride"));
	assert_string_equal(icalcomponent_get_summary(event(cal, "schedule.wed@cal.stride")),
			    "Calendar check: Practice, with a comma; and a semicolon");
	icalcomponent_free(cal);
	free(text);
}

/* Moved by stride start: the same UIDs, the dates moved. */
static void test_moved_plan_same_uids(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_plan_start(fx->s, fx->p.id, 7, d("2025-07-14"), &batch, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_plan_done(&fx->p);
	assert_int_equal(store_plan_get(fx->s, "cal", &fx->p, &err), 0);
	struct ical_doc doc;
	assert_int_equal(ical_gather(fx->s, &fx->p, 6, 30, &doc, &err), 0);
	/* DTSTAMP: the move's time, not 1970 any more */
	assert_true(doc.stamp > 1700000000);
	char *text = ical_text(&doc);
	ical_doc_done(&doc);
	icalcomponent *cal = icalparser_parse_string(text);
	assert_int_equal(count_events(cal), 9);
	assert_all_day(cal, "basics@cal.stride", "Basics", "2025-07-14", "2025-07-27");
	assert_weekly(cal, "schedule.mon@cal.stride", ICAL_MONDAY_WEEKDAY, "2025-07-14", 6, 30,
		      30, "2025-08-10");
	icalcomponent_free(cal);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_parses_back),
		cmocka_unit_test(test_time_of_day),
		cmocka_unit_test_setup_teardown(test_plan_from_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_moved_plan_same_uids, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
