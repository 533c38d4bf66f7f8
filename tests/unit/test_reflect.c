/*
 * Unit tests for the weekly reflection: ISO weeks (calendar_iso_week,
 * calendar_iso_monday, calendar_format_week, calendar_parse_week), the
 * weeks a person writes (reflect_parse_week), the editor's file
 * (reflect_template) and reading it back (reflect_parse,
 * reflect_input_empty). No store: plans, facts and skills are built by
 * hand.
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
#include "stride/diag.h"
#include "stride/reflect.h"

/* ---- helpers ----------------------------------------------------------- */

static int d(const char *s)
{
	int date = CALENDAR_NONE;
	assert_true(calendar_parse(s, &date));
	return date;
}

static const char *fmt(int date)
{
	static char buf[4][CALENDAR_DATE_LEN];
	static int i;
	i = (i + 1) % 4;
	if (date == CALENDAR_NONE)
		return "(none)";
	return calendar_format(date, buf[i]);
}

static void dump(const struct diag_list *dl)
{
	for (size_t i = 0; i < dl->n; i++)
		fprintf(stderr, "  %u:%u: %s\n", dl->v[i].line, dl->v[i].col, dl->v[i].msg);
}

/* Some error at line:1 whose message holds needle. */
static bool has_error(const struct diag_list *dl, unsigned line, const char *needle)
{
	for (size_t i = 0; i < dl->n; i++)
		if (dl->v[i].level == DIAG_ERROR && dl->v[i].line == line &&
		    dl->v[i].col == 1 && strstr(dl->v[i].msg, needle))
			return true;
	fprintf(stderr, "no error at %u:1 holding '%s'; got:\n", line, needle);
	dump(dl);
	return false;
}

/* The plan's prompts: the defaults of docs/plan-format.md. */
static char *default_prompts[] = { "What did I learn?", "What was hard?",
				   "Goals for next week" };
static const struct reflect_prompts prompts = { default_prompts, 3 };

/* Two skills, one whose name differs from its id. */
static struct reflect_skill two_skills[] = {
	{ "node", "Node & TypeScript", 0, 0, 0 },
	{ "git", "git", 0, 0, 0 },
};
static const struct reflect_skills skills = { two_skills, 2 };
static const struct reflect_skills no_skills = { NULL, 0 };

/* Parses text that must be valid, with no diagnostics. */
static void parse_ok(const char *text, const struct reflect_skills *k,
		     struct reflect_input *in)
{
	struct diag_list dl;
	diag_list_init(&dl);
	int rc = reflect_parse(text, &prompts, k, in, &dl);
	if (rc != 0 || dl.n) {
		fprintf(stderr, "unexpected diagnostics for:\n%s\n", text);
		dump(&dl);
	}
	assert_int_equal(rc, 0);
	assert_int_equal(dl.n, 0);
	assert_int_equal(in->n, prompts.n);
	assert_int_equal(in->nratings, k->n);
	diag_list_done(&dl);
}

/* Parses text that must be refused: rc -1 and the diagnostics in *dl. */
static void parse_bad(const char *text, const struct reflect_skills *k,
		      struct diag_list *dl)
{
	struct reflect_input in;
	diag_list_init(dl);
	assert_int_equal(reflect_parse(text, &prompts, k, &in, dl), -1);
	assert_true(dl->errors > 0);
	reflect_input_done(&in);
}

/* ---- ISO weeks ------------------------------------------------------------ */

static void expect_iso(const char *date, int year, int week)
{
	int y = 0, w = 0;
	calendar_iso_week(d(date), &y, &w);
	if (y != year || w != week)
		fprintf(stderr, "%s: got %04d-W%02d, want %04d-W%02d\n", date, y, w,
			year, week);
	assert_int_equal(y, year);
	assert_int_equal(w, week);
}

static void test_iso_week(void **state)
{
	(void)state;
	expect_iso("2025-07-14", 2025, 29); /* Monday */
	expect_iso("2025-07-20", 2025, 29); /* Sunday */
	expect_iso("2025-07-13", 2025, 28);
	expect_iso("2025-01-01", 2025, 1);
	/* 2020 has 53 weeks: its last one runs into 2021 */
	expect_iso("2020-12-28", 2020, 53);
	expect_iso("2020-12-31", 2020, 53);
	expect_iso("2021-01-01", 2020, 53);
	expect_iso("2021-01-03", 2020, 53);
	expect_iso("2021-01-04", 2021, 1);
	/* and the first week of 2025 starts in 2024 */
	expect_iso("2024-12-29", 2024, 52);
	expect_iso("2024-12-30", 2025, 1);
	expect_iso("2024-12-31", 2025, 1);
	/* other long years: 2015, 2009, 2026 */
	expect_iso("2015-12-31", 2015, 53);
	expect_iso("2016-01-03", 2015, 53);
	expect_iso("2016-01-04", 2016, 1);
	expect_iso("2008-12-29", 2009, 1);
	expect_iso("2010-01-03", 2009, 53);
	expect_iso("2026-12-31", 2026, 53);
	expect_iso("2027-01-03", 2026, 53);
	expect_iso("2027-01-04", 2027, 1);
	/* around the epoch (negative day numbers) and the range's ends */
	expect_iso("1970-01-01", 1970, 1);
	expect_iso("1969-12-29", 1970, 1);
	expect_iso("1969-12-28", 1969, 52);
	expect_iso("0001-01-01", 1, 1);
	expect_iso("9999-12-31", 9999, 52);
	/* every day of a few years: weeks go up by one every Monday */
	int y0, w0;
	calendar_iso_week(d("2019-12-30"), &y0, &w0);
	for (int x = d("2019-12-30"); x < d("2027-01-04"); x++) {
		int y, w;
		calendar_iso_week(x, &y, &w);
		if (calendar_weekday(x) != 0) {
			assert_int_equal(y, y0);
			assert_int_equal(w, w0);
		} else if (x != d("2019-12-30")) {
			assert_true((y == y0 && w == w0 + 1) || (y == y0 + 1 && w == 1));
		}
		y0 = y;
		w0 = w;
	}
}

static void test_iso_monday(void **state)
{
	(void)state;
	assert_string_equal(fmt(calendar_iso_monday(2025, 29)), "2025-07-14");
	assert_string_equal(fmt(calendar_iso_monday(2025, 1)), "2024-12-30");
	assert_string_equal(fmt(calendar_iso_monday(2025, 52)), "2025-12-22");
	assert_string_equal(fmt(calendar_iso_monday(2020, 53)), "2020-12-28");
	assert_string_equal(fmt(calendar_iso_monday(2021, 1)), "2021-01-04");
	assert_string_equal(fmt(calendar_iso_monday(2015, 53)), "2015-12-28");
	assert_string_equal(fmt(calendar_iso_monday(2026, 53)), "2026-12-28");
	assert_string_equal(fmt(calendar_iso_monday(2009, 1)), "2008-12-29");
	assert_string_equal(fmt(calendar_iso_monday(1970, 1)), "1969-12-29");
	assert_string_equal(fmt(calendar_iso_monday(1, 1)), "0001-01-01");
	assert_string_equal(fmt(calendar_iso_monday(9999, 52)), "9999-12-27");
	/* weeks a year does not have */
	assert_int_equal(calendar_iso_monday(2021, 53), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(2025, 53), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(9999, 53), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(2025, 0), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(2025, 54), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(2025, -1), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(0, 1), CALENDAR_NONE);
	assert_int_equal(calendar_iso_monday(10000, 1), CALENDAR_NONE);
	/* the round trip, over every week of 2015..2027 */
	for (int y = 2015; y <= 2027; y++) {
		for (int w = 1; w <= 53; w++) {
			int m = calendar_iso_monday(y, w);
			if (m == CALENDAR_NONE) {
				assert_int_equal(w, 53);
				continue;
			}
			assert_int_equal(calendar_weekday(m), 0);
			int yy, ww;
			calendar_iso_week(m, &yy, &ww);
			assert_int_equal(yy, y);
			assert_int_equal(ww, w);
		}
	}
}

static void test_format_week(void **state)
{
	(void)state;
	char buf[CALENDAR_WEEK_LEN];
	assert_string_equal(calendar_format_week(d("2025-07-14"), buf), "2025-W29");
	assert_string_equal(calendar_format_week(d("2025-07-20"), buf), "2025-W29");
	assert_string_equal(calendar_format_week(d("2025-02-12"), buf), "2025-W07");
	assert_string_equal(calendar_format_week(d("2021-01-03"), buf), "2020-W53");
	assert_string_equal(calendar_format_week(d("2024-12-30"), buf), "2025-W01");
	assert_string_equal(calendar_format_week(d("2027-01-01"), buf), "2026-W53");
	assert_string_equal(calendar_format_week(d("0001-01-07"), buf), "0001-W01");
	assert_string_equal(calendar_format_week(d("9999-12-31"), buf), "9999-W52");
	/* it returns buf */
	assert_ptr_equal(calendar_format_week(d("2025-07-14"), buf), buf);
}

static void test_parse_week(void **state)
{
	(void)state;
	int m = 0;
	assert_true(calendar_parse_week("2025-W29", &m));
	assert_string_equal(fmt(m), "2025-07-14");
	assert_true(calendar_parse_week("2025-W07", &m));
	assert_string_equal(fmt(m), "2025-02-10");
	assert_true(calendar_parse_week("2025-W7", &m));
	assert_string_equal(fmt(m), "2025-02-10");
	assert_true(calendar_parse_week("2025-W01", &m));
	assert_string_equal(fmt(m), "2024-12-30");
	assert_true(calendar_parse_week("2020-W53", &m));
	assert_string_equal(fmt(m), "2020-12-28");
	assert_true(calendar_parse_week("2026-W53", &m));
	assert_string_equal(fmt(m), "2026-12-28");
	/* what it writes, it reads */
	char buf[CALENDAR_WEEK_LEN];
	for (int x = d("2019-12-30"); x < d("2027-01-04"); x += 7) {
		assert_true(calendar_parse_week(calendar_format_week(x, buf), &m));
		assert_int_equal(m, x);
	}
	static const char *const bad[] = {
		"2021-W53", "2025-W53", "2025-W00", "2025-W0", "2025-W54",
		"2025-W99", "2025-W",	"2025-W123", "2025W07", "25-W07",
		"2025-W7x", "2025-W07 ", " 2025-W07", "2025-07", "2025-07-14",
		"",	    "x025-W07", "2025-X07",	 "2025-W-7", "2025-W+7",
		"0000-W01", "-2025-W01",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		m = 42;
		if (calendar_parse_week(bad[i], &m))
			fprintf(stderr, "'%s' was read as %s\n", bad[i], fmt(m));
		assert_false(calendar_parse_week(bad[i], &(int){ 0 }));
	}
}

/* ---- the weeks a person writes --------------------------------------------- */

static const char *week_of(const char *s, const char *today)
{
	int m = 42;
	if (!reflect_parse_week(s, d(today), &m))
		return "(refused)";
	return fmt(m);
}

static void test_reflect_parse_week(void **state)
{
	(void)state;
	/* today is a Monday */
	const char *t = "2025-07-14";
	assert_string_equal(week_of("this", t), "2025-07-14");
	assert_string_equal(week_of("last", t), "2025-07-07");
	assert_string_equal(week_of("-1", t), "2025-07-07");
	assert_string_equal(week_of("-2", t), "2025-06-30");
	assert_string_equal(week_of("-0", t), "2025-07-14");
	assert_string_equal(week_of("-52", t), "2024-07-15");
	assert_string_equal(week_of("2025-W29", t), "2025-07-14");
	assert_string_equal(week_of("2025-W28", t), "2025-07-07");
	assert_string_equal(week_of("2025-W7", t), "2025-02-10");
	/* a date: any day of the week, Monday to Sunday */
	assert_string_equal(week_of("2025-07-07", t), "2025-07-07");
	assert_string_equal(week_of("2025-07-09", t), "2025-07-07");
	assert_string_equal(week_of("2025-07-13", t), "2025-07-07");
	assert_string_equal(week_of("2025-07-20", t), "2025-07-14");
	/* across years: ISO week 53, and a week 1 that starts in December */
	assert_string_equal(week_of("2020-W53", t), "2020-12-28");
	assert_string_equal(week_of("2021-01-03", t), "2020-12-28");
	assert_string_equal(week_of("2024-12-30", t), "2024-12-30");
	assert_string_equal(week_of("2025-W01", t), "2024-12-30");
	assert_string_equal(week_of("2025-01-05", t), "2024-12-30");

	/* today a Sunday: "this" is the week ending today */
	assert_string_equal(week_of("this", "2025-07-20"), "2025-07-14");
	assert_string_equal(week_of("last", "2025-07-20"), "2025-07-07");
	assert_string_equal(week_of("-1", "2025-07-20"), "2025-07-07");
	/* today in the first days of a year */
	assert_string_equal(week_of("this", "2025-01-01"), "2024-12-30");
	assert_string_equal(week_of("last", "2025-01-01"), "2024-12-23");
	assert_string_equal(week_of("-2", "2025-01-01"), "2024-12-16");
	assert_string_equal(week_of("this", "2021-01-03"), "2020-12-28");
	assert_string_equal(week_of("last", "2021-01-04"), "2020-12-28");

	static const char *const bad[] = {
		"",	    "next",	"-",	      "+1",	   "1",	       "-x",
		"--1",	    "-1w",	"2025-W54",   "2021-W53", "2025-W00", "2025-13-01",
		"2025-02-29", "2025-07", "this week", "last ",   "2025-W29 ",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *got = week_of(bad[i], t);
		if (strcmp(got, "(refused)"))
			fprintf(stderr, "'%s' was read as the week of %s\n", bad[i], got);
		assert_string_equal(got, "(refused)");
	}
}

/* ---- reading the file back ------------------------------------------------------ */

static void test_parse_answers(void **state)
{
	(void)state;
	struct reflect_input in;
	/* answers trimmed (blank lines around them, spaces at their start and
	 * end), their inner blank lines kept; headings matched without case and with
	 * spaces around them; a prompt left out is NULL */
	parse_ok("\n"
		 "## what did i LEARN?\n"
		 "\n"
		 "   Event loop phases.\n"
		 "\n"
		 "- timers\n"
		 "- poll  \t\n"
		 "\n"
		 "\n"
		 "##   What was hard?   \n"
		 "Backpressure.\n"
		 "## Ratings\n"
		 "- node: 3\n"
		 "- git: 5\n",
		 &skills, &in);
	assert_string_equal(in.answers[0], "Event loop phases.\n\n- timers\n- poll");
	assert_string_equal(in.answers[1], "Backpressure.");
	assert_null(in.answers[2]);
	assert_int_equal(in.ratings[0], 3);
	assert_int_equal(in.ratings[1], 5);
	assert_false(reflect_input_empty(&in));
	reflect_input_done(&in);

	/* a heading with nothing under it, or only blank lines, is NULL; the
	 * headings may come in any order */
	parse_ok("## Goals for next week\n"
		 "Finish the project.\n"
		 "## What did I learn?\n"
		 "\n"
		 "   \n"
		 "## What was hard?\n",
		 &skills, &in);
	assert_null(in.answers[0]);
	assert_null(in.answers[1]);
	assert_string_equal(in.answers[2], "Finish the project.");
	assert_int_equal(in.ratings[0], 0);
	assert_int_equal(in.ratings[1], 0);
	reflect_input_done(&in);

	/* lines that merely look like headings belong to the answer */
	parse_ok("## What did I learn?\n"
		 "### Streams\n"
		 "#hashtag and ##no-space\n",
		 &no_skills, &in);
	assert_string_equal(in.answers[0], "### Streams\n#hashtag and ##no-space");
	reflect_input_done(&in);
}

static void test_parse_comments(void **state)
{
	(void)state;
	struct reflect_input in;
	/* the facts comment (several lines, with a heading inside it), a
	 * comment inside an answer and one after a rating are ignored */
	parse_ok("<!-- stride: the reflection of p for 2025-W29\n"
		 "     Logged: 1h\n"
		 "## What was hard?\n"
		 "     the end -->\n"
		 "\n"
		 "## What did I learn?\n"
		 "\n"
		 "First line. <!-- a note to self -->\n"
		 "<!--\n"
		 "a comment\n"
		 "of three lines -->\n"
		 "Last line.\n"
		 "\n"
		 "## Ratings\n"
		 "\n"
		 "- node: 4  <!-- Node & TypeScript -->\n"
		 "<!-- - git: 2 -->\n",
		 &skills, &in);
	/* the answer keeps its text and nothing of the comments' words */
	const char *a = in.answers[0];
	assert_non_null(a);
	assert_ptr_equal(strstr(a, "First line."), a);
	assert_string_equal(a + strlen(a) - strlen("Last line."), "Last line.");
	assert_null(strstr(a, "note to self"));
	assert_null(strstr(a, "comment"));
	assert_null(in.answers[1]);
	assert_int_equal(in.ratings[0], 4);
	assert_int_equal(in.ratings[1], 0);
	reflect_input_done(&in);

	/* only comments: nothing at all */
	parse_ok("<!-- one -->\n<!-- two\nlines -->\n", &skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);

	/* the line numbers of what follows a multi-line comment stay right */
	struct diag_list dl;
	parse_bad("<!-- a\nb\nc -->\nstray text\n## What did I learn?\n", &skills, &dl);
	assert_true(has_error(&dl, 4, "before the first heading"));
	diag_list_done(&dl);
}

static void test_parse_comment_spaces(void **state)
{
	(void)state;
	/* a comment leaves nothing in the answer, not even the spaces it took:
	 * two spaces at a line's end are a hard line break in the review's
	 * Markdown, and lines of spaces are noise in the store */
	struct reflect_input in;
	parse_ok("## What did I learn?\n"
		 "First line. <!-- a note to self -->\n"
		 "<!--\n"
		 "a comment\n"
		 "of three lines -->\n"
		 "Last line.\n",
		 &skills, &in);
	const char *a = in.answers[0];
	assert_non_null(a);
	if (strstr(a, "  \n") || strstr(a, "\n \n") || strstr(a, "\n  "))
		fprintf(stderr, "the comments left spaces in the answer: '%s'\n", a);
	assert_null(strstr(a, "  \n"));
	assert_null(strstr(a, "\n \n"));
	assert_null(strstr(a, "\n  "));
	reflect_input_done(&in);
}

static void test_parse_duplicate_heading(void **state)
{
	(void)state;
	/* a prompt's heading written twice: no text may be lost silently.
	 * Either both parts are kept, or the second heading is an error at
	 * its line (and the file is kept by the command) */
	struct reflect_input in;
	struct diag_list dl;
	diag_list_init(&dl);
	int rc = reflect_parse("## What did I learn?\n"
			       "The first part.\n"
			       "## What did I learn?\n"
			       "The second part.\n",
			       &prompts, &skills, &in, &dl);
	if (rc == 0) {
		assert_non_null(in.answers[0]);
		if (!strstr(in.answers[0], "The first part."))
			fprintf(stderr, "lost: 'The first part.'; kept: '%s'\n",
				in.answers[0]);
		assert_non_null(strstr(in.answers[0], "The first part."));
		assert_non_null(strstr(in.answers[0], "The second part."));
	} else {
		assert_true(has_error(&dl, 3, "What did I learn?"));
	}
	reflect_input_done(&in);
	diag_list_done(&dl);
}

static void test_parse_errors(void **state)
{
	(void)state;
	struct diag_list dl;

	/* text before the first heading, with its line */
	parse_bad("<!-- facts -->\n"
		  "\n"
		  "I forgot the headings.\n"
		  "## What did I learn?\n"
		  "Fine.\n",
		  &skills, &dl);
	assert_int_equal(dl.errors, 1);
	assert_true(has_error(&dl, 3, "text before the first heading"));
	diag_list_done(&dl);

	/* a heading that is no prompt */
	parse_bad("## What did I learn?\n"
		  "Fine.\n"
		  "## Notes\n"
		  "More.\n",
		  &skills, &dl);
	assert_int_equal(dl.errors, 1);
	assert_true(has_error(&dl, 3, "'## Notes' is not one of the plan's prompts"));
	diag_list_done(&dl);

	/* ratings out of range, not a number, an unknown skill (with the
	 * nearest one), a line that is no rating, a rating without a colon:
	 * each with its line, in order */
	parse_bad("## Ratings\n"	  /* 1 */
		  "- node: 0\n"		  /* 2 */
		  "- node: 6\n"		  /* 3 */
		  "- git: seven\n"	  /* 4 */
		  "- gti: 3\n"		  /* 5 */
		  "node: 3\n"		  /* 6 */
		  "- node 3\n"		  /* 7 */
		  "- node: 3.5\n"	  /* 8 */
		  "- node: 33\n",	  /* 9 */
		  &skills, &dl);
	assert_int_equal(dl.errors, 8);
	assert_true(has_error(&dl, 2, "must be a whole number from 1 to 5, got '0'"));
	assert_true(has_error(&dl, 3, "got '6'"));
	assert_true(has_error(&dl, 4, "the rating of 'git' must be a whole number from 1 to 5, got 'seven'"));
	assert_true(has_error(&dl, 5, "unknown skill 'gti'"));
	assert_true(has_error(&dl, 5, "did you mean 'git'?"));
	assert_true(has_error(&dl, 6, "'- skill: N'"));
	assert_true(has_error(&dl, 7, "'- skill: N'"));
	assert_true(has_error(&dl, 8, "got '3.5'"));
	assert_true(has_error(&dl, 9, "got '33'"));
	for (size_t i = 1; i < dl.n; i++)
		assert_true(dl.v[i - 1].line <= dl.v[i].line);
	diag_list_done(&dl);

	/* a plan that rates nothing knows no skill */
	parse_bad("## Ratings\n- node: 3\n", &no_skills, &dl);
	assert_true(has_error(&dl, 2, "unknown skill 'node'"));
	diag_list_done(&dl);

	/* errors are added to what the list holds already */
	diag_list_init(&dl);
	diag_add(&dl, DIAG_WARNING, 1, 1, "an earlier warning");
	struct reflect_input in;
	assert_int_equal(reflect_parse("## What did I learn?\nok\n", &prompts, &skills,
				       &in, &dl),
			 0);
	reflect_input_done(&in);
	diag_list_done(&dl);
}

/* Text that is not what stride keeps is refused whole, at its line and
 * column (a heading, a rating or an answer alike). */
static void test_parse_refuses_non_text(void **state)
{
	(void)state;
	struct diag_list dl;
	parse_bad("## What did I learn?\n"
		  "Fine, then \x1b]52;c;eA==\x07.\n",
		  &skills, &dl);
	assert_int_equal(dl.errors, 1);
	assert_int_equal(dl.v[0].line, 2);
	assert_int_equal(dl.v[0].col, 12);
	assert_non_null(strstr(dl.v[0].msg, "a control character (U+001B, ESC)"));
	diag_list_done(&dl);

	parse_bad("## What did I learn?\n\n\xff\xfe random", &skills, &dl);
	assert_int_equal(dl.errors, 1);
	assert_int_equal(dl.v[0].line, 3);
	assert_int_equal(dl.v[0].col, 1);
	assert_non_null(strstr(dl.v[0].msg, "a byte that is not UTF-8 (0xFF)"));
	diag_list_done(&dl);

	parse_bad("## Ratings\n- node: 4\xc2\x9b\n", &skills, &dl);
	assert_int_equal(dl.errors, 1);
	assert_non_null(strstr(dl.v[0].msg, "U+009B"));
	diag_list_done(&dl);
}

static void test_parse_ratings(void **state)
{
	(void)state;
	struct reflect_input in;
	/* a blank rating is 0; a skill may be named by its name (without
	 * case) instead of its id; spaces around the parts do not matter */
	parse_ok("## Ratings\n"
		 "- node:\n"
		 "-   GIT  :   2   \n",
		 &skills, &in);
	assert_int_equal(in.ratings[0], 0);
	assert_int_equal(in.ratings[1], 2);
	reflect_input_done(&in);

	parse_ok("## Ratings\n"
		 "- Node & TypeScript: 4\n"
		 "\n"
		 "- node & typescript : 5\n",
		 &skills, &in);
	/* the last line of a skill wins */
	assert_int_equal(in.ratings[0], 5);
	assert_int_equal(in.ratings[1], 0);
	assert_null(in.answers[0]);
	reflect_input_done(&in);

	/* headings without case: ratings too */
	parse_ok("## RATINGS\n- node: 1\n", &skills, &in);
	assert_int_equal(in.ratings[0], 1);
	reflect_input_done(&in);

	/* blank ratings only, and no answer: empty */
	parse_ok("## What did I learn?\n\n## Ratings\n- node:\n- git:\n", &skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);
}

static void test_parse_crlf(void **state)
{
	(void)state;
	/* a file saved with CRLF line endings (an editor on Windows, a file
	 * copied from one) reads the same as with LF */
	struct reflect_input in;
	parse_ok("<!-- facts\r\n     more -->\r\n"
		 "\r\n"
		 "## What did I learn?\r\n"
		 "\r\n"
		 "Line one.\r\n"
		 "Line two.\r\n"
		 "\r\n"
		 "## What was hard?\r\n"
		 "Nothing.\r\n"
		 "## Ratings\r\n"
		 "\r\n"
		 "- node: 3\r\n"
		 "- git:\r\n",
		 &skills, &in);
	assert_string_equal(in.answers[0], "Line one.\nLine two.");
	assert_string_equal(in.answers[1], "Nothing.");
	assert_null(in.answers[2]);
	assert_int_equal(in.ratings[0], 3);
	assert_int_equal(in.ratings[1], 0);
	reflect_input_done(&in);
}

static void test_input_empty(void **state)
{
	(void)state;
	struct reflect_input in = { 0 };
	assert_true(reflect_input_empty(&in));

	char *answers[3] = { NULL, NULL, NULL };
	int ratings[2] = { 0, 0 };
	in = (struct reflect_input){ answers, 3, ratings, 2 };
	assert_true(reflect_input_empty(&in));
	answers[2] = "only the last";
	assert_false(reflect_input_empty(&in));
	answers[2] = NULL;
	ratings[1] = 4;
	assert_false(reflect_input_empty(&in));

	/* the empty file, and blank lines, hold nothing */
	parse_ok("", &skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);
	parse_ok("\n\n  \n", &skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);
}

/* ---- the editor's file ----------------------------------------------------------- */

static struct store_plan plan(void)
{
	struct store_plan p = { 0 };
	p.slug = "backend";
	p.title = "Backend practice";
	p.start = d("2025-07-02");
	p.end = d("2025-08-05");
	return p;
}

static struct reflect_facts facts(void)
{
	struct reflect_facts f = { 0 };
	f.from = d("2025-07-07");
	f.to = d("2025-07-13");
	f.logged = 125;
	f.scheduled = 195;
	static struct reflect_item done[3], started[1], skipped[2];
	f.done = (struct reflect_list){ done, 3, 3 };
	f.started = (struct reflect_list){ started, 1, 1 };
	f.skipped = (struct reflect_list){ skipped, 2, 2 };
	f.criteria_met = 1;
	f.deliverables_met = 1;
	f.streak = 1;
	return f;
}

static void test_template(void **state)
{
	(void)state;
	struct store_plan p = plan();
	struct reflect_facts f = facts();
	int week = d("2025-07-07");
	struct store_answer saved[] = {
		{ "What did I learn?", "Event loop phases.\n\n- timers\n- poll" },
		{ "What was hard?", NULL },
		{ "Goals for next week", "Finish the project." },
	};
	struct store_reflection r = { 1, week, 0, 2, saved, 3 };
	struct reflect_skill rated[] = {
		{ "node", "Node & TypeScript", 3, 2, d("2025-06-30") },
		{ "git", "git", 0, 0, 0 },
	};
	struct reflect_skills k = { rated, 2 };
	char *t = reflect_template(&p, week, &f, &prompts, &r, &k);

	/* the facts, in a comment */
	assert_non_null(strstr(t, "<!--"));
	assert_true(strstr(t, "<!--") < strstr(t, "## "));
	assert_non_null(strstr(t, "2025-W28"));
	assert_non_null(strstr(t, "7 to 13 July 2025"));
	assert_non_null(strstr(t, "Logged: 2h05m of 3h15m scheduled"));
	assert_non_null(strstr(t, "Done: 3 (1 criterion, 1 deliverable); started 1; skipped 2"));
	assert_non_null(strstr(t, "Streak: 1 day at the week's end"));
	/* the headings, in order, with the answers under them */
	const char *h1 = strstr(t, "\n## What did I learn?\n");
	const char *h2 = strstr(t, "\n## What was hard?\n");
	const char *h3 = strstr(t, "\n## Goals for next week\n");
	const char *h4 = strstr(t, "\n## Ratings\n");
	assert_non_null(h1);
	assert_non_null(h2);
	assert_non_null(h3);
	assert_non_null(h4);
	assert_true(h1 < h2 && h2 < h3 && h3 < h4);
	assert_non_null(strstr(t, "Event loop phases.\n\n- timers\n- poll\n"));
	/* the ratings: the one given, and a blank one; a name that differs
	 * from the id is shown in a comment */
	assert_non_null(strstr(t, "\n- node: 3"));
	assert_non_null(strstr(t, "Node & TypeScript"));
	assert_non_null(strstr(t, "\n- git:\n"));

	/* the round trip gives back the answers and the ratings */
	struct reflect_input in;
	parse_ok(t, &k, &in);
	assert_string_equal(in.answers[0], "Event loop phases.\n\n- timers\n- poll");
	assert_null(in.answers[1]);
	assert_string_equal(in.answers[2], "Finish the project.");
	assert_int_equal(in.ratings[0], 3);
	assert_int_equal(in.ratings[1], 0);
	reflect_input_done(&in);
	free(t);

	/* a week never written, and an ongoing one: the template alone reads
	 * back as nothing */
	f.ongoing = true;
	f.streak = 4;
	t = reflect_template(&p, week, &f, &prompts, NULL, &skills);
	assert_non_null(strstr(t, "Streak: 4 days so far"));
	parse_ok(t, &skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);
	free(t);

	/* no skills to rate: no Ratings heading; no schedule: no "scheduled" */
	f.scheduled = 0;
	t = reflect_template(&p, week, &f, &prompts, NULL, &no_skills);
	assert_null(strstr(t, "## Ratings"));
	assert_null(strstr(t, "scheduled"));
	assert_non_null(strstr(t, "Logged: 2h05m"));
	parse_ok(t, &no_skills, &in);
	assert_true(reflect_input_empty(&in));
	reflect_input_done(&in);
	free(t);
}

static void test_template_round_trip(void **state)
{
	(void)state;
	/* answers and ratings of every shape come back as they went in */
	struct store_plan p = plan();
	struct reflect_facts f = facts();
	int week = d("2024-12-30");
	static const char *const texts[] = {
		"One line.",
		"Two\nlines.",
		"A list:\n\n- one\n- two\n\n  indented continuation",
		"Code:\n\n    int x = 1;\n\nand `inline` *emphasis*.",
		"### A sub-heading of my own\nunder it.",
		"Ünïcödé ✓ and a tab\there.",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		for (int rating = 0; rating <= 5; rating++) {
			struct store_answer saved[] = {
				{ "What did I learn?", (char *)texts[i] },
				{ "What was hard?", (char *)texts[(i + 1) % 6] },
				{ "Goals for next week", NULL },
			};
			struct store_reflection r = { 1, week, 0, 1, saved, 3 };
			struct reflect_skill rated[] = {
				{ "node", "Node & TypeScript", rating, 0, 0 },
				{ "git", "git", 5 - rating, 0, 0 },
			};
			struct reflect_skills k = { rated, 2 };
			char *t = reflect_template(&p, week, &f, &prompts, &r, &k);
			assert_non_null(strstr(t, "2025-W01"));
			assert_non_null(strstr(t, "30 December 2024 to 5 January 2025"));
			struct reflect_input in;
			parse_ok(t, &k, &in);
			assert_string_equal(in.answers[0], texts[i]);
			assert_string_equal(in.answers[1], texts[(i + 1) % 6]);
			assert_null(in.answers[2]);
			assert_int_equal(in.ratings[0], rating);
			assert_int_equal(in.ratings[1], 5 - rating);
			reflect_input_done(&in);
			free(t);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso_week),
		cmocka_unit_test(test_iso_monday),
		cmocka_unit_test(test_format_week),
		cmocka_unit_test(test_parse_week),
		cmocka_unit_test(test_reflect_parse_week),
		cmocka_unit_test(test_parse_answers),
		cmocka_unit_test(test_parse_comments),
		cmocka_unit_test(test_parse_comment_spaces),
		cmocka_unit_test(test_parse_duplicate_heading),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_parse_refuses_non_text),
		cmocka_unit_test(test_parse_ratings),
		cmocka_unit_test(test_parse_crlf),
		cmocka_unit_test(test_input_empty),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_template_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
