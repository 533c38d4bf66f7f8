/*
 * md2yaml on the shapes real roadmaps take (issue 14): one small Markdown
 * file each under tests/data/md/shapes/, and the facts its draft must hold.
 * Each draft must load with no error and no warning, with the counts
 * md2yaml says it has.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"

static char *slurp(const char *rel, size_t *len)
{
	const char *dir = getenv("STRIDE_TESTDATA");
	char path[512];
	snprintf(path, sizeof(path), "%s/md/shapes/%s", dir ? dir : "tests/data", rel);
	FILE *f = fopen(path, "rb");
	if (!f)
		fprintf(stderr, "cannot open %s\n", path);
	assert_non_null(f);
	char *buf = malloc(1 << 16);
	assert_non_null(buf);
	*len = fread(buf, 1, (1 << 16) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

/* The draft of shapes/rel, checked to load clean; the caller frees both. */
static struct plan *shape(const char *rel, struct md2yaml_result *r)
{
	size_t len;
	char *md = slurp(rel, &len);
	char err[512] = "";
	int rc = md2yaml_convert(rel, md, len, r, err, sizeof(err));
	free(md);
	if (rc < 0)
		fprintf(stderr, "%s: refused: %s\n", rel, err);
	assert_int_equal(rc, 0);
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st = loader_load_buffer("draft.yaml", r->yaml, r->len, &p, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "%s: draft.yaml:%u:%u: %s\n%s", rel, d.v[i].line,
			d.v[i].col, d.v[i].msg, r->yaml);
	assert_int_equal(st, LOADER_OK);
	assert_int_equal(d.n, 0);
	diag_list_done(&d);
	assert_int_equal(p->counts.tasks, r->counts.tasks);
	assert_int_equal(p->counts.resources, r->counts.resources);
	assert_int_equal(p->counts.habits, r->counts.habits);
	return p;
}

/* The draft holds the text s. */
static void has(const struct md2yaml_result *r, const char *s)
{
	if (!strstr(r->yaml, s))
		fprintf(stderr, "not in the draft: [%s]\n%s", s, r->yaml);
	assert_non_null(strstr(r->yaml, s));
}

static void has_not(const struct md2yaml_result *r, const char *s)
{
	if (strstr(r->yaml, s))
		fprintf(stderr, "in the draft: [%s]\n%s", s, r->yaml);
	assert_null(strstr(r->yaml, s));
}

static void done(struct plan *p, struct md2yaml_result *r)
{
	plan_free(p);
	md2yaml_result_done(r);
}

/* Team, community, contributing, licence, rules and meals are not work:
 * no task, a comment each; the work is there. */
static void test_non_work(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("non-work.md", &r);
	assert_int_equal(r.counts.tasks, 2);
	assert_int_equal(r.counts.phases, 1);
	has(&r, "title: Learn HTML");
	has(&r, "# left out: the section 'Team' (line 24)");
	has(&r, "# left out: the section 'Rules (Do Not Break)' (line 13)");
	has(&r, "# left out: the section 'License' (line 42)");
	has(&r, "# left out: 'Coffee break' (line 21): a meal or a break");
	has_not(&r, "Alice");
	has_not(&r, "title: Lunch");
	assert_int_equal(r.counts.notwork, 9);
	done(p, &r);
}

/* A resources label as plain text with an emoji, bold, or a heading
 * gathers links as resources, and only links: a line of work under it
 * stays a task; "**Courses must**:" is a rule, not resources. */
static void test_resources_labels(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("resources-labels.md", &r);
	assert_int_equal(r.counts.resources, 4);
	assert_int_equal(r.counts.tasks, 2);
	assert_int_equal(r.counts.habits, 1); /* "Practice a little every day" */
	has(&r, "    title: \"3Blue1Brown - Essence of Linear Algebra\"\n"
		"    url: https://www.youtube.com/3b1b-la\n    notes: a visual introduction.\n");
	has(&r, "resources: [\"3blue1brown-essence-of-linear-algebra\", khan-academy-calculus]\n"
		"    tasks:");
	has(&r, "title: Practice a little every day");
	has(&r, "resources: [real-python, numpy-docs]");
	has(&r, "# left out: the list under 'Courses must' (line 18)");
	has_not(&r, "Be free to audit");
	done(p, &r);
}

/* Dates in headings and items: a week's dates (the year from the title)
 * date its phase; a leading "Monday 13th January 2025:" and "(By March
 * 31)" are due dates; a day heading's date is its due date; a day named
 * and not used leaves a note. */
static void test_dates(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("dates.md", &r);
	assert_int_equal(r.counts.tasks, 7);
	has(&r, "    start: 2025-01-01\n    duration: 2w\n");
	has(&r, "title: Write the first program\n            due: 2025-01-13\n");
	has(&r, "title: Finish chapter 2\n            due: 2025-03-31\n");
	has(&r, "title: Day 1\n            days: 1\n            due: 2025-01-03\n"
		"            notes: Installed the tools and read the tutorial.\n");
	has(&r, "title: Review everything\n        due: 2025-03-31\n");
	has(&r, "# note: the task at line 20 names a day (2025-04-10) that md2yaml "
		"did not use");
	has_not(&r, "By March");
	/* the plan as loaded: the phase starts on 1 January */
	int d;
	assert_true(calendar_parse("2025-01-01", &d));
	assert_int_equal(p->phases.v[0].span.start, d);
	done(p, &r);
}

/* A personal three-month plan: months of dated weeks, numbered across the
 * plan. Each month starts on its first week's day, its weeks count from
 * 1, and the first month ends the day before the second starts: the
 * draft lints clean (no overlap, no week past its phase). */
static void test_dated_weeks(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("dated-weeks.md", &r);
	int jan6, feb2, feb3;
	assert_true(calendar_parse("2025-01-06", &jan6));
	assert_true(calendar_parse("2025-02-02", &feb2));
	assert_true(calendar_parse("2025-02-03", &feb3));
	assert_int_equal(p->phases.v[0].span.start, jan6);
	assert_int_equal(p->phases.v[0].span.end, feb2);
	assert_int_equal(p->phases.v[1].span.start, feb3);
	assert_int_equal(p->phases.v[1].weeks.v[0].week_from, 1);
	assert_int_equal(p->phases.v[1].weeks.v[0].span.start, feb3);
	has(&r, "# guessed: its weeks are numbered across the plan: weeks 5-6 of the "
		"plan are its weeks 1-2");
	done(p, &r);
}

/* A log written as prose under day headings: one task a day, ticked, with
 * the day's text (and its links) as notes. */
static void test_day_log(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("day-log.md", &r);
	assert_int_equal(r.counts.tasks, 3);
	assert_int_equal(r.counts.done, 3);
	has(&r, "title: Day 1\n        x-done: true\n        days: 1\n        due: 2025-01-03\n");
	has(&r, "Link to work: Calculator App (http://www.example.com)");
	has(&r, "notes: Rested.\n");
	done(p, &r);
}

/* The #100DaysOfCode template: an example day to delete, then days whose
 * dates have no year (the year of the example's heading completes them),
 * with a numbered list of links to the work: one task a day, the list in
 * its notes. */
static void test_day_log_template(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("day-log-template.md", &r);
	assert_int_equal(r.counts.tasks, 2);
	assert_int_equal(r.counts.done, 2);
	has(&r, "title: Day 1\n        x-done: true\n        days: 1\n        due: 2016-06-27\n");
	has(&r, "\\n- Find the Longest Word in a String (https://www.freecodecamp.com/"
		"challenges/find-the-longest-word-in-a-string)\\n- Title Case a Sentence");
	has(&r, "title: Day 2\n");
	done(p, &r);
}

/* The targets of links in a paragraph stay in the text it becomes. */
static void test_paragraph_links(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("paragraph-links.md", &r);
	has(&r, "summary: Start with the Tour of Go (https://go.dev/tour) and keep "
		"https://go.dev/doc/effective_go open.\n");
	/* a line that starts with inline HTML (<br>) is text, as on GitHub */
	has(&r, "summary: Build a CLI with Cobra (https://cobra.dev).\n");
	done(p, &r);
}

/* A curriculum of course tables: a task a course under its heading, the
 * other columns its notes, the links resources of the phase. */
static void test_course_tables(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("course-tables.md", &r);
	assert_int_equal(r.counts.tasks, 5);
	assert_int_equal(r.counts.resources, 4);
	assert_int_equal(r.counts.tables, 0);
	assert_int_equal(p->phases.n, 2);
	assert_int_equal(p->phases.v[0].tasks.n, 3);
	assert_int_equal(p->phases.v[1].tasks.n, 2);
	assert_string_equal(p->phases.v[0].tasks.v[2].title, "Object-Oriented Design");
	assert_string_equal(p->phases.v[0].tasks.v[2].notes,
			    "Duration: 4 weeks; Effort: 4 hours/week; Prerequisites: Java");
	has(&r, "title: Calculus 1A\n    kind: course\n    url: https://www.edx.org/calc1a\n");
	has(&r, "resources: [calculus-1a, mathematics-for-computer-science]");
	done(p, &r);
}

/* "(optional)" in a heading makes its tasks optional, and so does one in
 * a <details> summary for what the details hold, and only that. */
static void test_optional(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("optional.md", &r);
	assert_int_equal(r.counts.tasks, 6);
	const struct plan_week *w2 = &p->phases.v[0].weeks.v[1];
	const struct plan_week *w3 = &p->phases.v[0].weeks.v[2];
	assert_true(w2->tasks.v[0].optional);
	assert_false(w3->tasks.v[0].optional);
	assert_true(w3->tasks.v[1].optional);
	assert_true(w3->tasks.v[2].optional);
	assert_false(w3->tasks.v[3].optional); /* after </details> */
	assert_false(p->phases.v[0].weeks.v[0].tasks.v[0].optional);
	done(p, &r);
}

/* A README whose title is an HTML <h1> (with a banner image): the plan's
 * title, and the centred paragraph under it the summary. */
static void test_html_title(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("html-title.md", &r);
	assert_string_equal(p->title, "Rust in 30 Days");
	assert_string_equal(p->summary, "A month of Rust, an hour a day.");
	assert_int_equal(r.counts.tasks, 2);
	done(p, &r);
}

/* A "Roadmap" checklist that restates the week headings is matched to
 * them: its ticks tick the weeks' tasks, and it counts nothing itself. */
static void test_checklist(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("checklist.md", &r);
	assert_int_equal(r.counts.phases, 1);
	assert_int_equal(r.counts.tasks, 4);
	assert_int_equal(r.counts.done, 3);
	const struct plan_phase *ph = &p->phases.v[0];
	assert_int_equal(ph->weeks.n, 3);
	assert_true(ph->weeks.v[0].tasks.v[0].marked_done);
	assert_true(ph->weeks.v[0].tasks.v[1].marked_done);
	assert_true(ph->weeks.v[1].tasks.v[0].marked_done);
	assert_false(ph->weeks.v[2].tasks.v[0].marked_done);
	has(&r, "# guessed: the checklist 'Roadmap' (line 16) restates the headings");
	has_not(&r, "title: Roadmap");
	done(p, &r);
}

/* Property: any text (that a plan may hold: no control characters but tab
 * and newline, no white space at either end) written by md2yaml_quote()
 * and read back by the loader is the same text. 20,000 random texts made
 * of the pieces YAML treats specially, with a fixed seed. */
static void test_quote_round_trip(void **state)
{
	(void)state;
	static const char *const pieces[] = {
		"a", "Z", "0", "1", "-", "- ", "? ", ": ", ":", " #", "#", "'", "\"",
		"\\", "\n", "\t", " ", "  ", "*", "&", "!", "|", ">", "%", "@", "`",
		"{", "}", "[", "]", ",", "yes", "No", "null", "~", "true", "0x1F",
		"1e3", ".inf", "2025-06-12", "---", "...", "<<", "=", "é", "–", "…",
		"\xe2\x80\xa8", "\xe2\x80\xa9", "\xef\xbb\xbf", "\xf0\x9f\x93\x9a",
		"\xe2\x80\xae", "\xc2\xa0", "\\n", "\\x41", "\r\n",
	};
	unsigned long long x = 88172645463325252ULL;
	char text[512];
	for (int it = 0; it < 20000; it++) {
		size_t n = 0;
		int len = 1 + (int)(x % 12);
		for (int k = 0; k < len; k++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			const char *pc = pieces[x % (sizeof(pieces) / sizeof(pieces[0]))];
			if (!strcmp(pc, "\r\n"))
				pc = "\n"; /* a plan's line ends are LF */
			size_t pl = strlen(pc);
			if (n + pl >= sizeof(text))
				break;
			memcpy(text + n, pc, pl);
			n += pl;
		}
		text[n] = '\0';
		/* no white space at the ends: the loader trims it */
		size_t a = 0, e = n;
		while (a < e && strchr(" \t\n", text[a]))
			a++;
		while (e > a && strchr(" \t\n", text[e - 1]))
			e--;
		/* a no-break space at an end is white space too */
		while (e - a >= 2 && !memcmp(text + e - 2, "\xc2\xa0", 2))
			e -= 2;
		while (e - a >= 2 && !memcmp(text + a, "\xc2\xa0", 2))
			a += 2;
		while (a < e && strchr(" \t\n", text[a]))
			a++;
		while (e > a && strchr(" \t\n", text[e - 1]))
			e--;
		if (a == e)
			continue;
		text[e] = '\0';
		const char *want = text + a;
		char *q = md2yaml_quote(want);
		char *yaml = NULL;
		size_t yl = 0;
		FILE *f = open_memstream(&yaml, &yl);
		assert_non_null(f);
		fprintf(f, "stride: 1\nid: p\ntitle: t\nphases:\n  - title: x\n"
			   "    tasks:\n      - title: t\n        notes: %s\n", q);
		fclose(f);
		struct diag_list d;
		diag_list_init(&d);
		struct plan *p;
		enum loader_status st = loader_load_buffer("q.yaml", yaml, yl, &p, &d);
		if (st != LOADER_OK || strcmp(p->phases.v[0].tasks.v[0].notes, want))
			fprintf(stderr, "text [%s] written %s read back [%s]: %s\n", want, q,
				st == LOADER_OK ? p->phases.v[0].tasks.v[0].notes : "-",
				d.n ? d.v[0].msg : "");
		assert_int_equal(st, LOADER_OK);
		assert_string_equal(p->phases.v[0].tasks.v[0].notes, want);
		plan_free(p);
		diag_list_done(&d);
		free(yaml);
		free(q);
	}
}

/* Criteria are criteria wherever they sit: a heading under a phase, a
 * "Word:" label, a heading after the phase at its own level. */
static void test_criteria(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("criteria.md", &r);
	assert_int_equal(r.counts.phases, 3);
	assert_int_equal(r.counts.criteria, 4);
	assert_int_equal(r.counts.tasks, 4);
	assert_int_equal(p->phases.v[0].criteria.n, 2);
	assert_int_equal(p->phases.v[1].criteria.n, 1);
	assert_int_equal(p->phases.v[2].criteria.n, 1);
	has_not(&r, "title: Success Criteria");
	done(p, &r);
}

/* "(By March 31)" in a phase heading is a deadline, not a phase of one
 * day (which made drafts warn of overlaps): a note, and no dates; list
 * items that are only a link are resources, not tasks. */
static void test_deadlines(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("deadlines.md", &r);
	assert_int_equal(r.counts.tasks, 2);
	assert_int_equal(r.counts.resources, 2);
	assert_int_equal(p->phases.v[0].span.start, CALENDAR_NONE);
	has(&r, "# note: its heading names a deadline (2025-03-31), not a day it takes");
	has(&r, "# note: its heading names a deadline (2025-06-30)");
	has_not(&r, "\n    start: ");
	has(&r, "resources: [https-example-com-docs, https-example-org-x]");
	done(p, &r);
}

/* A one-week course timetable: sessions are tasks, meals and breaks are
 * not, in a table (Time | Session) or a list. */
static void test_timetable(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("timetable.md", &r);
	assert_int_equal(r.counts.tasks, 5);
	assert_int_equal(r.counts.notwork, 5);
	assert_int_equal(p->phases.v[0].tasks.n, 3);
	assert_string_equal(p->phases.v[0].tasks.v[2].title, "Lab: a CLI in Rust");
	assert_string_equal(p->phases.v[0].tasks.v[2].notes, "Time: 14:00");
	has(&r, "# left out: 'Dinner' (line 12): a meal or a break");
	has(&r, "# left out: '12:30 Lunch' (line 19): a meal or a break");
	has_not(&r, "title: Coffee");
	done(p, &r);
}

/* cmark-gfm decodes "&#1;" to U+0001: control characters a plan may not
 * hold are dropped from the text (found by the fuzzer). */
static void test_entity_controls(void **state)
{
	(void)state;
	const char *md = "# T\n\n- a &#1; b &#x7f; c &#128; d &#0; e &amp; f\n";
	struct md2yaml_result r;
	char err[256];
	assert_int_equal(md2yaml_convert("e.md", md, strlen(md), &r, err, sizeof(err)), 0);
	has(&r, "title: a b c d \uFFFD e & f\n");
	md2yaml_result_done(&r);
}

/* Several level-one headings: the first, which opens the file and holds
 * no list, is the title; the others are phases. */
static void test_title_h1s(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("title-h1s.md", &r);
	assert_string_equal(p->title, "Rust in 30 Days");
	assert_string_equal(p->summary, "A month of Rust.");
	assert_int_equal(p->phases.n, 2);
	assert_string_equal(p->phases.v[0].title, "Part 1");
	done(p, &r);
}

/* "Day 1" alone on a line over a list: a day, as "**Day 1**" would be. */
static void test_plain_day_labels(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("plain-day-labels.md", &r);
	const struct plan_phase *ph = &p->phases.v[0];
	assert_int_equal(ph->tasks.n, 3);
	assert_string_equal(ph->tasks.v[0].title, "Day 1");
	assert_int_equal(ph->tasks.v[0].tasks.n, 2);
	assert_string_equal(ph->tasks.v[2].tasks.v[0].title, "Pick a tiny issue (typo/test/doc)");
	has_not(&r, "summary: Day 1");
	done(p, &r);
}

/* A weekly log: "Week of June 23, 2025" is that week, and what its
 * "Completed" label lists is done. */
static void test_week_log(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("week-log.md", &r);
	has(&r, "    start: 2025-06-23\n    end: 2025-06-29\n");
	assert_int_equal(r.counts.done, 2);
	assert_true(p->phases.v[0].tasks.v[0].tasks.v[0].marked_done);
	assert_false(p->phases.v[0].tasks.v[1].tasks.v[0].marked_done);
	done(p, &r);
}

/* The common template: "- **Objective**: ...", "- **Tasks**:" over a list,
 * "- **Milestone**: ..." give the goal, the tasks and the deliverable. */
static void test_item_labels(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("item-labels.md", &r);
	assert_int_equal(r.counts.tasks, 5);
	assert_int_equal(r.counts.deliverables, 2);
	const struct plan_phase *ph = &p->phases.v[0];
	assert_string_equal(ph->goal, "Build a strong foundation in the core topic.");
	assert_string_equal(ph->deliverable->title, "Complete a small project.");
	assert_int_equal(ph->tasks.n, 3);
	assert_string_equal(ph->tasks.v[0].title, "Read the book.");
	has_not(&r, "title: \"Tasks:\"");
	done(p, &r);
}

/* Practice that repeats, said in a task's words, becomes a habit (issue
 * 16); words that only mention a day, a week or "daily" do not. */
static void test_habits(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = shape("habits.md", &r);
	assert_int_equal(r.counts.habits, 8);
	assert_int_equal(r.counts.tasks, 3);
	const struct plan_tasks *t = &p->phases.v[0].tasks;
	static const struct {
		const char *every; /* plan_every_text; "" a task */
		int minutes;
	} want[] = {
		{ "3/week", 0 },	       /* 3-4 problems per week */
		{ "fri", 30 },		       /* every Friday (30 min) */
		{ "day", 30 },		       /* 30 minutes a day */
		{ "", 0 },		       /* a chapter */
		{ "", 0 },		       /* daily active users */
		{ "day", 60 },		       /* Daily practice: 1 hour */
		{ "2/week", 0 },	       /* twice a week */
		{ "mon, tue, wed, thu, fri, sat", 45 }, /* Mon-Sat */
		{ "sat", 0 },		       /* on Saturdays */
		{ "", 0 },		       /* 2 weeks of notes */
		{ "mon, thu", 0 },	       /* every Monday and Thursday */
	};
	assert_int_equal(t->n, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < t->n; i++) {
		char buf[64];
		assert_string_equal(plan_every_text(&t->v[i].every, buf, sizeof(buf)), want[i].every);
		assert_int_equal(t->v[i].minutes, want[i].minutes);
	}
	has(&r, "# guessed: a habit, from the task's words (line 5)");
	done(p, &r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_non_work),
		cmocka_unit_test(test_resources_labels),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_dated_weeks),
		cmocka_unit_test(test_day_log),
		cmocka_unit_test(test_day_log_template),
		cmocka_unit_test(test_paragraph_links),
		cmocka_unit_test(test_course_tables),
		cmocka_unit_test(test_optional),
		cmocka_unit_test(test_html_title),
		cmocka_unit_test(test_title_h1s),
		cmocka_unit_test(test_checklist),
		cmocka_unit_test(test_criteria),
		cmocka_unit_test(test_deadlines),
		cmocka_unit_test(test_timetable),
		cmocka_unit_test(test_plain_day_labels),
		cmocka_unit_test(test_week_log),
		cmocka_unit_test(test_item_labels),
		cmocka_unit_test(test_entity_controls),
		cmocka_unit_test(test_quote_round_trip),
		cmocka_unit_test(test_habits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
