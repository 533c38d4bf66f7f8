/*
 * Unit tests for md2yaml: the parts (quoting, heading recognisers, dates,
 * ids, mojibake), then whole conversions judged by the loader: the seeds
 * with counts checked by hand, the real-world roadmaps with their
 * checklist items counted by a plain line scan, and hostile Markdown.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"

/* ---- helpers ----------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fprintf(stderr, "cannot open %s\n", path);
	assert_non_null(f);
	char *buf = NULL;
	size_t cap = 0;
	*len = 0;
	for (;;) {
		if (*len + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		size_t r = fread(buf + *len, 1, cap - *len - 1, f);
		if (r == 0)
			break;
		*len += r;
	}
	fclose(f);
	buf[*len] = '\0';
	return buf;
}

static char *data_path(const char *rel)
{
	const char *dir = getenv("STRIDE_TESTDATA");
	char *p = malloc(strlen(dir ? dir : "tests/data") + strlen(rel) + 2);
	assert_non_null(p);
	sprintf(p, "%s/%s", dir ? dir : "tests/data", rel);
	return p;
}

/* Converts md; the draft must load with no error and no warning. The plan
 * is returned (the caller frees it), *res keeps the draft. */
static struct plan *convert_ok(const char *name, const char *md, size_t len,
			       struct md2yaml_result *res)
{
	char err[512] = "";
	int rc = md2yaml_convert(name, md, len, res, err, sizeof(err));
	if (rc < 0)
		fprintf(stderr, "%s: refused: %s\n", name, err);
	assert_int_equal(rc, 0);
	assert_non_null(res->yaml);
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st = loader_load_buffer("draft.yaml", res->yaml,
						   res->len, &p, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "%s: draft.yaml:%u:%u: %s\n", name, d.v[i].line,
			d.v[i].col, d.v[i].msg);
	assert_int_equal(st, LOADER_OK);
	assert_int_equal(d.n, 0); /* lint-clean: no warnings either */
	diag_list_done(&d);
	/* md2yaml's counts are the loader's */
	assert_int_equal(p->counts.phases, res->counts.phases);
	assert_int_equal(p->counts.weeks, res->counts.weeks);
	assert_int_equal(p->counts.tasks, res->counts.tasks);
	assert_int_equal(p->counts.criteria, res->counts.criteria);
	assert_int_equal(p->counts.deliverables, res->counts.deliverables);
	assert_int_equal(p->counts.resources, res->counts.resources);
	return p;
}

static struct plan *convert_file(const char *rel, struct md2yaml_result *res)
{
	char *path = data_path(rel);
	size_t len;
	char *md = slurp(path, &len);
	struct plan *p = convert_ok(rel, md, len, res);
	free(md);
	free(path);
	return p;
}

static int day(const char *iso)
{
	int d;
	assert_true(calendar_parse(iso, &d));
	return d;
}

static const struct plan_phase *phase_titled(const struct plan_phases *pl,
					     const char *prefix)
{
	for (size_t i = 0; i < pl->n; i++)
		if (!strncmp(pl->v[i].title, prefix, strlen(prefix)))
			return &pl->v[i];
	fprintf(stderr, "no phase titled '%s...'\n", prefix);
	fail();
	return NULL;
}

/* ---- quoting ------------------------------------------------------------- */

/* Puts s in a plan as its title and as a task's notes, through
 * md2yaml_quote, and reads both back with the loader. */
static void round_trip(const char *s, bool single_line)
{
	char *q = md2yaml_quote(s);
	size_t n = strlen(q) * 2 + 256;
	char *yaml = malloc(n);
	assert_non_null(yaml);
	snprintf(yaml, n,
		 "stride: 1\nid: t\ntitle: %s\nphases:\n  - title: P\n    tasks:\n"
		 "      - title: T\n        notes: %s\n",
		 single_line ? q : "\"x\"", q);
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st = loader_load_buffer("q.yaml", yaml, strlen(yaml), &p, &d);
	if (st != LOADER_OK)
		fprintf(stderr, "quoted %s as %s: %s\n", s, q, d.n ? d.v[0].msg : "?");
	assert_int_equal(st, LOADER_OK);
	if (single_line)
		assert_string_equal(p->title, s);
	assert_string_equal(p->phases.v[0].tasks.v[0].notes, s);
	plan_free(p);
	diag_list_done(&d);
	free(yaml);
	free(q);
}

static void test_quote_plain(void **state)
{
	(void)state;
	static const char *const plain[] = {
		"Read chapter 3", "Index & query tuning in Postgres",
		"Node.js (ES 2025)", "Café au lait", "a:b", "C# basics",
		"Update CLI → API layer", "Übung 1", "back\\slash",
	};
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		char *q = md2yaml_quote(plain[i]);
		assert_string_equal(q, plain[i]);
		free(q);
		round_trip(plain[i], true);
	}
}

static void test_quote_special(void **state)
{
	(void)state;
	/* each must come out double-quoted and read back as itself */
	static const char *const quoted[] = {
		"key: value", "x:", "#hash", "a #comment", "- dash", "* star",
		"& anchor", "! tag", "% directive", "@ at", "` tick", "\"double\"",
		"'single'", "yes", "No", "ON", "off", "y", "N", "null", "Null",
		"~", "true", "False", "123", "1.5", "0x1F", "-1", "2025-06-12",
		"1:30", "[a, b]", "{a: b}", "? q", "| pipe", "> fold",
		"", " leading", "trailing ", "...", "---", ",comma", "=",
		"<<", "tab\there", "\xe2\x80\xa8sep", "nb\xc2\xa0space",
		"bom\xef\xbb\xbfin", "\xef\xbf\xbe", "nel\xc2\x85",
	};
	for (size_t i = 0; i < sizeof(quoted) / sizeof(quoted[0]); i++) {
		char *q = md2yaml_quote(quoted[i]);
		if (q[0] != '"')
			fprintf(stderr, "not quoted: '%s' -> %s\n", quoted[i], q);
		assert_int_equal(q[0], '"');
		free(q);
		const char *s = quoted[i];
		/* the loader trims text, and refuses C1 characters (U+0085) */
		if (*s && s[0] != ' ' && s[strlen(s) - 1] != ' ' &&
		    !strstr(s, "\xc2\x85"))
			round_trip(s, true);
	}
	/* multi-line notes keep their lines */
	round_trip("line one\nline two", false);
	/* escapes */
	char *q = md2yaml_quote("a\"b\\c\td");
	assert_string_equal(q, "\"a\\\"b\\\\c\\td\"");
	free(q);
	q = md2yaml_quote("\x01\x7f");
	assert_string_equal(q, "\"\\x01\\x7F\"");
	free(q);
	q = md2yaml_quote("x\xe2\x80\xa8y\xe2\x80\xa9z\xc2\x85");
	assert_string_equal(q, "\"x\\Ly\\Pz\\N\"");
	free(q);
	/* bytes that are not UTF-8 */
	q = md2yaml_quote("bad \xff byte");
	assert_string_equal(q, "\"bad \\uFFFD byte\"");
	free(q);
}

/* ---- headings ------------------------------------------------------------ */

struct heading_case {
	const char *text;
	enum md2yaml_unit unit;
	int from, to;
	bool open, len;
	enum md2yaml_unit span;
	int span_from, span_to;
	bool span_open, span_len;
	const char *rest;
};

static void test_headings(void **state)
{
	(void)state;
#define N MD2YAML_NONE
#define P MD2YAML_PHASE
#define M MD2YAML_MONTH
#define W MD2YAML_WEEK
#define D MD2YAML_DAY
	static const struct heading_case cases[] = {
		{ "Phase 1 – Language & Runtime Mastery", P, 1, 1, 0, 0, N, 0, 0, 0, 0,
		  "Language & Runtime Mastery" },
		{ "Phase 2: Data", P, 2, 2, 0, 0, N, 0, 0, 0, 0, "Data" },
		{ "Week 1: Foundation Setup", W, 1, 1, 0, 0, N, 0, 0, 0, 0,
		  "Foundation Setup" },
		{ "Weeks 1-2", W, 1, 2, 0, 0, N, 0, 0, 0, 0, "" },
		{ "Week 1–2: Distributed Systems Hardcore", W, 1, 2, 0, 0, N, 0, 0, 0,
		  0, "Distributed Systems Hardcore" },
		{ "Weeks 3 to 4 - Review", W, 3, 4, 0, 0, N, 0, 0, 0, 0, "Review" },
		{ "Week 1 ✅ ⏳ ❌", W, 1, 1, 0, 0, N, 0, 0, 0, 0, "" },
		{ "Days 1-3", D, 1, 3, 0, 0, N, 0, 0, 0, 0, "" },
		{ "Day 4: Rest", D, 4, 4, 0, 0, N, 0, 0, 0, 0, "Rest" },
		{ "Month 5-6: Advanced Full Stack Development", M, 5, 6, 0, 0, N, 0,
		  0, 0, 0, "Advanced Full Stack Development" },
		{ "Months 1-3: Backend Mastery Project", M, 1, 3, 0, 0, N, 0, 0, 0, 0,
		  "Backend Mastery Project" },
		{ "3-4 Months", M, 3, 4, 0, 1, N, 0, 0, 0, 0, "" },
		{ "Phase 1: Foundation (Weeks 1-4)", P, 1, 1, 0, 0, W, 1, 4, 0, 0,
		  "Foundation (Weeks 1-4)" },
		{ "Phase 2: Building Skills (Months 2-3)", P, 2, 2, 0, 0, M, 2, 3, 0, 0,
		  "Building Skills (Months 2-3)" },
		{ "Phase 1: Foundation Skills (3-4 Months)", P, 1, 1, 0, 0, M, 3, 4, 0,
		  1, "Foundation Skills (3-4 Months)" },
		{ "Phase 4: Mastery (Months 6+)", P, 4, 4, 0, 0, M, 6, 6, 1, 0,
		  "Mastery (Months 6+)" },
		{ "Phase 3: Algorithms (Months 3-5, parallel to Phase 2)", P, 3, 3, 0,
		  0, M, 3, 5, 0, 0, "Algorithms (Months 3-5, parallel to Phase 2)" },
		{ "Foundations (Weeks 1-4)", N, 0, 0, 0, 0, W, 1, 4, 0, 0, NULL },
		{ "3. Six-Week Learning Plan", N, 0, 0, 0, 0, N, 0, 0, 0, 0, NULL },
		{ "Weekly Reflections", N, 0, 0, 0, 0, N, 0, 0, 0, 0, NULL },
		{ "Week 0", N, 0, 0, 0, 0, N, 0, 0, 0, 0, NULL },
		{ "Week 99999", N, 0, 0, 0, 0, N, 0, 0, 0, 0, NULL },
		{ "Part of the plan", N, 0, 0, 0, 0, N, 0, 0, 0, 0, NULL },
	};
#undef N
#undef P
#undef M
#undef W
#undef D
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct heading_case *c = &cases[i];
		struct md2yaml_heading h;
		md2yaml_heading(c->text, 0, &h);
		if (h.unit != c->unit || h.from != c->from || h.to != c->to ||
		    h.open != c->open || h.len != c->len || h.span != c->span ||
		    h.span_from != c->span_from || h.span_to != c->span_to ||
		    h.span_open != c->span_open || h.span_len != c->span_len)
			fprintf(stderr,
				"'%s': unit %d %d-%d open %d len %d, span %d %d-%d "
				"open %d len %d\n",
				c->text, h.unit, h.from, h.to, h.open, h.len, h.span,
				h.span_from, h.span_to, h.span_open, h.span_len);
		assert_int_equal(h.unit, c->unit);
		assert_int_equal(h.from, c->from);
		assert_int_equal(h.to, c->to);
		assert_int_equal(h.open, c->open);
		assert_int_equal(h.len, c->len);
		assert_int_equal(h.span, c->span);
		assert_int_equal(h.span_from, c->span_from);
		assert_int_equal(h.span_to, c->span_to);
		assert_int_equal(h.span_open, c->span_open);
		assert_int_equal(h.span_len, c->span_len);
		if (c->rest)
			assert_string_equal(c->text + h.rest, c->rest);
	}
	/* a weekday names a day */
	struct md2yaml_heading h;
	assert_true(md2yaml_heading("Monday", 0, &h));
	assert_int_equal(h.unit, MD2YAML_DAY);
	assert_int_equal(h.weekday, 0);
	assert_true(md2yaml_heading("Sunday: rest", 0, &h));
	assert_int_equal(h.weekday, 6);
	/* dates in a heading */
	assert_true(md2yaml_heading("September – Deep Distributed Systems", 2025, &h));
	assert_int_equal(h.start, day("2025-09-01"));
	assert_int_equal(h.end, day("2025-09-30"));
	assert_false(md2yaml_heading("Technologies for 2025", 2025, &h));
	assert_int_equal(h.start, CALENDAR_NONE);
}

/* ---- dates ---------------------------------------------------------------- */

struct date_case {
	const char *text;
	int year;
	const char *start, *end; /* NULL: no dates */
	bool need_year;
};

static void test_dates(void **state)
{
	(void)state;
	static const struct date_case cases[] = {
		/* the timeline table of seed 001, year from its title */
		{ "12 Jun → 09 Jul", 2025, "2025-06-12", "2025-07-09", 0 },
		{ "25 Dec → 31 Dec", 2025, "2025-12-25", "2025-12-31", 0 },
		{ "12\xc2\xa0Jun\xc2\xa0→\xc2\xa0" "09\xc2\xa0Jul", 2025, "2025-06-12",
		  "2025-07-09", 0 },
		{ "Sep–Dec 2025", 0, "2025-09-01", "2025-12-31", 0 },
		{ "September – Deep Distributed Systems", 2025, "2025-09-01",
		  "2025-09-30", 0 },
		{ "September 2025", 0, "2025-09-01", "2025-09-30", 0 },
		{ "2025-06-12 to 2025-07-09", 0, "2025-06-12", "2025-07-09", 0 },
		{ "June 12, 2025 - July 9, 2025", 0, "2025-06-12", "2025-07-09", 0 },
		{ "Jun 12 – Jul 9", 2026, "2026-06-12", "2026-07-09", 0 },
		{ "Dec 2025 → Jan", 0, "2025-12-01", "2026-01-31", 0 },
		{ "Nov → Feb", 2025, "2025-11-01", "2026-02-28", 0 },
		{ "12–15 Jun", 2024, "2024-06-12", "2024-06-15", 0 },
		{ "Jun 12–15, 2024", 0, "2024-06-12", "2024-06-15", 0 },
		{ "1st March 2024", 0, "2024-03-01", "2024-03-01", 0 },
		{ "Feb 29, 2024", 0, "2024-02-29", "2024-02-29", 0 },
		{ "12 Jun → 09 Jul", 0, NULL, NULL, 1 },
		{ "Feb 30, 2025", 0, NULL, NULL, 0 },
		{ "May the force be with you", 2025, NULL, NULL, 0 },
		{ "Week 3", 2025, NULL, NULL, 0 },
		{ "Technologies for 2025", 2025, NULL, NULL, 0 },
		{ "Read chapters 1-10", 2025, NULL, NULL, 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct date_case *c = &cases[i];
		int s, e;
		bool ny;
		bool got = md2yaml_dates(c->text, c->year, &s, &e, &ny);
		if (got != (c->start != NULL))
			fprintf(stderr, "'%s': got %d\n", c->text, got);
		assert_int_equal(got, c->start != NULL);
		assert_int_equal(ny, c->need_year);
		if (!c->start)
			continue;
		char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
		calendar_format(s, a);
		calendar_format(e, b);
		assert_string_equal(a, c->start);
		assert_string_equal(b, c->end);
	}
}

/* ---- ids ------------------------------------------------------------------- */

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 64 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		      s[i] == '-' || s[i] == '.' || s[i] == '_'))
			return false;
	return true;
}

static void test_ids(void **state)
{
	(void)state;
	struct md2yaml_ids *ids = md2yaml_ids_new();
	assert_string_equal(md2yaml_id(ids, "Task", "task"), "task");
	assert_string_equal(md2yaml_id(ids, "task!", "task"), "task-2");
	assert_string_equal(md2yaml_id(ids, "TASK", "task"), "task-3");
	/* a title whose slug is a suffixed one already given */
	assert_string_equal(md2yaml_id(ids, "Task 2", "task"), "task-2-2");
	assert_string_equal(md2yaml_id(ids, "Task", "task"), "task-4");
	assert_string_equal(md2yaml_id(ids, "Écrire à Zoë", "task"), "ecrire-a-zoe");
	/* nothing left of the title: the fallback */
	assert_string_equal(md2yaml_id(ids, "日本語", "criterion"), "criterion");
	assert_string_equal(md2yaml_id(ids, "***", "criterion"), "criterion-2");
	assert_string_equal(md2yaml_id(ids, NULL, "phase"), "phase");
	/* long titles: at most 48 characters cut at a word, and valid */
	const char *l = md2yaml_id(ids, "A very long title that goes on and on "
					"about many things in the roadmap", "task");
	assert_true(strlen(l) <= 48);
	assert_true(valid_id(l));
	/* (the loader's rule: a word that fills the 48th character may be
	 * cut too) */
	assert_string_equal(l, "a-very-long-title-that-goes-on-and-on-about");
	const char *l2 = md2yaml_id(ids, "A very long title that goes on and on "
					 "about many other things", "task");
	assert_string_equal(l2, "a-very-long-title-that-goes-on-and-on-about-2");
	assert_true(valid_id(l2));
	/* 100,000 of one title: unique, in constant time each (under a
	 * second in all, where a linear search would take minutes) */
	clock_t t0 = clock();
	const char *last = NULL;
	for (int i = 0; i < 100000; i++)
		last = md2yaml_id(ids, "Same", "task");
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_string_equal(last, "same-100000");
	assert_true(secs < 2.0);
	md2yaml_ids_free(ids);
}

/* ---- mojibake -------------------------------------------------------------- */

static void mend_case(const char *in, const char *want, size_t nwant)
{
	char *s = strdup(in);
	size_t len = strlen(s);
	size_t n = md2yaml_mend(s, &len);
	assert_int_equal(n, nwant);
	assert_int_equal(len, strlen(want));
	assert_string_equal(s, want);
	free(s);
}

static void test_mend(void **state)
{
	(void)state;
	/* seed 004: UTF-8 read as Mac Roman */
	mend_case("Sep\xe2\x80\x9a\xc3\x84\xc3\xac" "Dec", "Sep–Dec", 1);
	mend_case("\xef\xa3\xbf\xc3\xbc\xc3\xac\xc3\xa7 September", "📍 September", 1);
	/* UTF-8 read as Windows-1252 */
	mend_case("a \xc3\xa2\xe2\x82\xac\xe2\x80\x9c b", "a – b", 1);
	/* two-byte ones are mended along with a three-byte one */
	mend_case("\xe2\x88\x9a\xc2\xa9t\xe2\x88\x9a\xc2\xa9 "
		  "\xe2\x80\x9a\xc3\x84\xc3\xac x",
		  "été – x", 3);
	/* without a three-byte one, text is left alone: real words such as
	 * "‘Élan’" look like two-byte mojibake */
	mend_case("\xe2\x80\x98\xc3\x89lan\xe2\x80\x99", "‘Élan’", 0);
	mend_case("plain ASCII", "plain ASCII", 0);
}

/* ---- the seeds -------------------------------------------------------------- */

/* Counted by hand from the Markdown: each test says how. */

static void test_seed_000(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/000_e8defab6699da372.md", &r);
	/* "## 1. Most Important...": 3 bold groups of 3 items (12 tasks);
	 * "## 2. Specific Language Focuses": 3 groups of 5 (18); "## 3.
	 * Six-Week Learning Plan": six "### Week N" blocks, each with "Days"
	 * groups (3+3+3, 3+3+2, 3+3+2, 3+3+3, 3+3+3, 3+3+3 items) and the
	 * bonus group of 3 in week 6: 12+11+11+12+12+16 = 74 */
	assert_int_equal(p->counts.phases, 3);
	assert_int_equal(p->counts.weeks, 6);
	assert_int_equal(p->counts.tasks, 12 + 18 + 74);
	assert_int_equal(p->counts.criteria, 0);
	const struct plan_phase *six = phase_titled(&p->phases, "3. Six-Week");
	assert_int_equal(six->weeks.n, 6);
	static const int days[6][3][2] = {
		{ { 1, 2 }, { 3, 4 }, { 5, 7 } }, { { 1, 3 }, { 4, 5 }, { 6, 7 } },
		{ { 1, 3 }, { 4, 5 }, { 6, 7 } }, { { 1, 3 }, { 4, 5 }, { 6, 7 } },
		{ { 1, 3 }, { 4, 5 }, { 6, 7 } }, { { 1, 3 }, { 4, 5 }, { 6, 7 } },
	};
	for (int w = 0; w < 6; w++) {
		const struct plan_week *wk = &six->weeks.v[w];
		assert_int_equal(wk->week_from, w + 1);
		assert_int_equal(wk->week_to, w + 1);
		for (int g = 0; g < 3; g++) {
			assert_int_equal(wk->tasks.v[g].days.kind, PLAN_DAYS_RANGE);
			assert_int_equal(wk->tasks.v[g].days.from, days[w][g][0]);
			assert_int_equal(wk->tasks.v[g].days.to, days[w][g][1]);
		}
	}
	assert_string_equal(six->weeks.v[0].title, "Foundation Setup");
	assert_string_equal(six->weeks.v[0].tasks.v[0].title,
			    "Set up development environment");
	assert_int_equal(six->weeks.v[0].tasks.v[0].tasks.n, 3);
	/* the bonus areas: optional */
	const struct plan_task *bonus = &six->weeks.v[5].tasks.v[3];
	assert_string_equal(bonus->title, "Bonus Focus Areas");
	assert_true(bonus->optional);
	assert_int_equal(bonus->tasks.n, 3);
	assert_true(bonus->tasks.v[0].optional);
	/* "**Backstage** (...) - why": the name is the title, why the notes */
	const struct plan_task *g = &p->phases.v[0].tasks.v[0];
	assert_string_equal(g->tasks.v[0].title, "Backstage (Spotify’s developer portal)");
	assert_string_equal(g->tasks.v[0].notes,
			    "becoming the standard for internal developer platforms");
	plan_free(p);
	md2yaml_result_done(&r);
}

static void test_seed_001(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/001_b2a78756233d0d92.md", &r);
	/* nine "### Phase N" headings (the "Issue Templates" heading above
	 * them goes), each with a Goal, a Tasks list and Acceptance Criteria
	 * inside a ```md block; dates, focus and mini-project from the
	 * timeline table */
	assert_int_equal(p->counts.phases, 9);
	assert_int_equal(p->counts.weeks, 0);
	assert_int_equal(p->counts.tasks, 34);
	assert_int_equal(p->counts.criteria, 17);
	assert_int_equal(p->counts.deliverables, 9);
	static const int tasks[9] = { 3, 4, 4, 4, 4, 4, 4, 3, 4 };
	static const int crit[9] = { 2, 2, 2, 2, 2, 2, 2, 1, 2 };
	static const char *const span[9][2] = {
		{ "2025-06-12", "2025-07-09" }, { "2025-07-10", "2025-08-01" },
		{ "2025-08-02", "2025-08-29" }, { "2025-08-30", "2025-09-17" },
		{ "2025-09-18", "2025-10-10" }, { "2025-10-11", "2025-11-07" },
		{ "2025-11-08", "2025-12-10" }, { "2025-12-11", "2025-12-24" },
		{ "2025-12-25", "2025-12-31" },
	};
	assert_int_equal(p->phases.n, 9);
	for (int i = 0; i < 9; i++) {
		const struct plan_phase *ph = &p->phases.v[i];
		char id[16];
		snprintf(id, sizeof(id), "phase-%d", i + 1);
		assert_string_equal(ph->id, id);
		assert_int_equal(ph->tasks.n, tasks[i]);
		assert_int_equal(ph->criteria.n, crit[i]);
		assert_int_equal(ph->span.start, day(span[i][0]));
		assert_int_equal(ph->span.end, day(span[i][1]));
		assert_non_null(ph->goal);
		assert_non_null(ph->deliverable);
		assert_non_null(ph->summary);
	}
	assert_string_equal(p->phases.v[0].goal,
			    "Deep JS/TS knowledge, Node internals, async patterns.");
	assert_string_equal(p->phases.v[0].deliverable->title,
			    "CLI scraper with streaming + progress bar");
	assert_string_equal(p->phases.v[0].criteria.v[0].title,
			    "CLI handles 10 k requests without blocking");
	/* the Mon-Sat routine from the "Daily Study Routine" table */
	assert_true(p->has_schedule);
	for (int d = 0; d < 6; d++)
		assert_int_equal(p->schedule[d].minutes, 30);
	assert_int_equal(p->schedule[6].minutes, 0);
	plan_free(p);
	md2yaml_result_done(&r);
}

static void test_seed_002(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/002_b3a40b5122b0f3e3.md", &r);
	/* phases: Phase 1 (+2), Phase 2 (+2), Phase 3 (+1), Phase 4 (+AI-
	 * Powered Development with 3 and AI Infrastructure), the projects
	 * timeline (+4), progress tracking (+2), weekly schedule, quick wins,
	 * priorities: 3+3+2+6+5+3+1+1+1 = 25 ("Overview" is the summary) */
	assert_int_equal(p->counts.phases, 25);
	/* tasks: 10, 9, 5, 14, 18, 35 (4 Notion tables of 7, 7, 7, 6 fields
	 * and 4 tools), 10, 5, 11 */
	assert_int_equal(p->counts.tasks, 117);
	/* resources: 8, 7, 4, 11 and the 7 roadmap.sh ones */
	assert_int_equal(p->counts.resources, 37);
	const struct plan_phase *p1 = &p->phases.v[0];
	assert_string_equal(p1->id, "phase-1");
	const struct plan_resource *ddia = p1->phases.v[0].resources.v[0];
	assert_string_equal(ddia->title, "Designing Data-Intensive Applications");
	assert_int_equal(ddia->kind, PLAN_RES_BOOK);
	assert_string_equal(ddia->by, "Martin Kleppmann");
	const struct plan_resource *course = p1->phases.v[0].resources.v[1];
	assert_string_equal(course->title, "Complete Node.js Developer Course");
	assert_int_equal(course->kind, PLAN_RES_COURSE);
	assert_string_equal(course->by, "Andrew Mead");
	/* Months 1-3 and 4-6 follow on; 3-5 does not, and has no duration */
	char *d1 = strstr(r.yaml, "id: phase-1\n    title: \"Phase 1: Backend & "
				  "Database Fundamentals (Months 1-3)\"\n    duration: 3m\n");
	assert_non_null(d1);
	assert_non_null(strstr(r.yaml, "# note: months 3-5 do not follow on"));
	plan_free(p);
	md2yaml_result_done(&r);
}

static void test_seed_003(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/003_4acbcd0a493c8c72.md", &r);
	/* 4 phases with 4, 3, 2, 2 months; certification (+1) and career
	 * path (+4): 5+4+3+3+2+5 = 22; bold "Week 1-2" labels in months 1-4:
	 * 8 week blocks; tasks: 11 "Learning Objectives" code blocks of 5
	 * lines, 5 certifications, 4+5+5+5 career steps = 79 */
	assert_int_equal(p->counts.phases, 22);
	assert_int_equal(p->counts.weeks, 8);
	assert_int_equal(p->counts.tasks, 79);
	/* 4+4+3+3 in the months, 5 books, 8 courses, 5 practice projects */
	assert_int_equal(p->counts.resources, 32);
	const struct plan_phase *m1 = &p->phases.v[0].phases.v[0];
	assert_string_equal(m1->id, "month-1");
	assert_int_equal(m1->weeks.n, 2);
	assert_int_equal(m1->weeks.v[0].week_from, 1);
	assert_int_equal(m1->weeks.v[0].week_to, 2);
	assert_int_equal(m1->tasks.n, 5);
	assert_string_equal(m1->tasks.v[0].title, "Modern JavaScript (ES6+) and TypeScript");
	/* the resources after the last week block are the month's */
	assert_int_equal(m1->resources.n, 4);
	assert_string_equal(m1->resources.v[0]->url, "https://javascript.info/");
	assert_int_equal(m1->weeks.v[1].resources.n, 0);
	assert_non_null(strstr(r.yaml, "# left out: a code block (javascript)"));
	plan_free(p);
	md2yaml_result_done(&r);
}

static void test_seed_004(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/004_c480131b889adfef.md", &r);
	/* four months, September to December 2025 (the year from the title),
	 * each with its weeks (3, 4, 4, 4) and a deliverable; tasks 12, 16,
	 * 16 and 17 (week 4 of December has a task with 3 sub-tasks) */
	assert_int_equal(p->counts.phases, 4);
	assert_int_equal(p->counts.weeks, 15);
	assert_int_equal(p->counts.tasks, 61);
	assert_int_equal(p->counts.deliverables, 4);
	assert_int_equal(p->span.start, day("2025-09-01"));
	assert_int_equal(p->span.end, day("2025-12-31"));
	static const char *const span[4][2] = {
		{ "2025-09-01", "2025-09-30" }, { "2025-10-01", "2025-10-31" },
		{ "2025-11-01", "2025-11-30" }, { "2025-12-01", "2025-12-31" },
	};
	for (int i = 0; i < 4; i++) {
		const struct plan_phase *ph = &p->phases.v[i];
		assert_int_equal(ph->span.start, day(span[i][0]));
		assert_int_equal(ph->span.end, day(span[i][1]));
		assert_non_null(ph->deliverable);
		assert_non_null(ph->goal);
	}
	/* mojibake mended: an en dash, and "Week 1–2" read as weeks 1-2 */
	assert_string_equal(p->title,
			    "Beyond Senior: Staff/Principal Engineer Roadmap (Sep–Dec 2025)");
	assert_int_equal(p->phases.v[0].weeks.v[0].week_from, 1);
	assert_int_equal(p->phases.v[0].weeks.v[0].week_to, 2);
	assert_true(r.counts.mended > 0);
	plan_free(p);
	md2yaml_result_done(&r);
}

/* ---- the real-world roadmaps ------------------------------------------------ */

/* Lowercase letters and digits of s, nothing else. */
static void norm(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && s[i] && o + 1 < cap; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[o++] = c;
	}
	out[o] = '\0';
}

static void add_titles(const struct plan_tasks *tl, char **all, size_t *len,
		       size_t *cap)
{
	for (size_t i = 0; i < tl->n; i++) {
		const struct plan_task *t = &tl->v[i];
		char buf[4096];
		norm(t->title, strlen(t->title), buf, sizeof(buf));
		size_t bl = strlen(buf);
		if (*len + bl + 2 > *cap) {
			*cap = (*len + bl + 2) * 2;
			*all = realloc(*all, *cap);
			assert_non_null(*all);
		}
		memcpy(*all + *len, buf, bl);
		(*all)[*len + bl] = '\n';
		*len += bl + 1;
		(*all)[*len] = '\0';
		add_titles(&t->tasks, all, len, cap);
	}
}

static void add_phase_titles(const struct plan_phases *pl, char **all,
			     size_t *len, size_t *cap)
{
	for (size_t i = 0; i < pl->n; i++) {
		add_titles(&pl->v[i].tasks, all, len, cap);
		for (size_t w = 0; w < pl->v[i].weeks.n; w++)
			add_titles(&pl->v[i].weeks.v[w].tasks, all, len, cap);
		add_phase_titles(&pl->v[i].phases, all, len, cap);
	}
}

/*
 * The checklist items of the Markdown, found by a plain line scan (a line
 * "- [ ] ..." or "* [x] ..." outside ``` blocks), each looked for among
 * the draft's task titles: a title that begins with the item's first 12
 * letters and digits (of the link text when it begins with a link). A
 * title found is used up, so that two items cannot count one task. At
 * least 95% of them must be there.
 */
static void checklist_coverage(const char *rel, size_t expect_items)
{
	struct md2yaml_result r;
	struct plan *p = convert_file(rel, &r);
	char *all = strdup("\n");
	size_t len = 1, cap = 2;
	add_phase_titles(&p->phases, &all, &len, &cap);
	assert_non_null(all);

	char *path = data_path(rel);
	size_t mdlen;
	char *md = slurp(path, &mdlen);
	size_t items = 0, found = 0;
	bool fence = false;
	for (char *line = md; line && *line;) {
		char *eol = strchr(line, '\n');
		size_t n = eol ? (size_t)(eol - line) : strlen(line);
		size_t i = 0;
		while (i < n && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (n - i >= 3 && !strncmp(line + i, "```", 3))
			fence = !fence;
		else if (!fence && n - i >= 6 && strchr("-*+", line[i]) &&
			 line[i + 1] == ' ' && line[i + 2] == '[' &&
			 strchr(" xX", line[i + 3]) && line[i + 4] == ']') {
			items++;
			const char *t = line + i + 5;
			size_t tn = n - i - 5;
			while (tn && *t == ' ')
				t++, tn--;
			/* a leading link: its text */
			if (tn && *t == '[') {
				const char *close = strstr(t, "](");
				if (close && close < t + tn)
					tn = (size_t)(close - t);
			}
			char key[64];
			key[0] = '\n';
			norm(t, tn, key + 1, sizeof(key) - 1);
			key[13] = '\0';
			char *at = strstr(all, key);
			if (at) {
				at[1] = '#'; /* used up */
				found++;
			} else
				fprintf(stderr, "%s: not among the tasks: %.*s\n", rel,
					(int)(n - i), line + i);
		}
		line = eol ? eol + 1 : NULL;
	}
	fprintf(stderr, "  %s: %zu of %zu checklist items are tasks\n", rel,
		found, items);
	assert_int_equal(items, expect_items);
	assert_true(found * 100 >= items * 95);
	assert_true(p->counts.tasks >= found);
	free(md);
	free(path);
	free(all);
	plan_free(p);
	md2yaml_result_done(&r);
}

static void test_realworld(void **state)
{
	(void)state;
	/* the counts SOURCES.md gives, by its own line scan */
	checklist_coverage("md/realworld/coding-interview-university-README.md", 463);
	checklist_coverage("md/realworld/first-repo-PROJECT_ROADMAP.md", 58);
}

static void test_first_repo_structure(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_file("md/realworld/first-repo-PROJECT_ROADMAP.md", &r);
	/* Phase 1 (Weeks 1-4): four week blocks and the success criteria
	 * that "**Phase 1 Success Criteria:**" names */
	const struct plan_phase *p1 = phase_titled(&p->phases, "Phase 1");
	assert_string_equal(p1->id, "phase-1");
	assert_int_equal(p1->weeks.n, 4);
	assert_int_equal(p1->criteria.n, 4);
	assert_string_equal(p1->criteria.v[0].title, "Can navigate terminal/command line");
	const struct plan_phase *p2 = phase_titled(&p->phases, "Phase 2");
	assert_int_equal(p2->criteria.n, 4);
	assert_int_equal(p2->phases.n, 2);
	assert_non_null(strstr(r.yaml, "title: \"Phase 1: Foundation (Weeks 1-4)\"\n"
				       "    duration: 4w\n"));
	plan_free(p);
	md2yaml_result_done(&r);
}

/* ---- hostile Markdown ------------------------------------------------------- */

static void test_every_md_file(void **state)
{
	(void)state;
	/* every file under tests/data/md converts to a clean plan */
	static const char *const dirs[] = { "md", "md/realworld", "md/adversarial",
					    "md/regress", "md/shapes" };
	size_t files = 0;
	for (size_t k = 0; k < sizeof(dirs) / sizeof(dirs[0]); k++) {
		char *dir = data_path(dirs[k]);
		DIR *d = opendir(dir);
		assert_non_null(d);
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t n = strlen(e->d_name);
			if (n < 4 || strcmp(e->d_name + n - 3, ".md"))
				continue;
			char rel[512];
			snprintf(rel, sizeof(rel), "%s/%s", dirs[k], e->d_name);
			struct md2yaml_result r;
			struct plan *p = convert_file(rel, &r);
			assert_true(p->counts.phases >= 1);
			plan_free(p);
			md2yaml_result_done(&r);
			files++;
		}
		closedir(d);
		free(dir);
	}
	assert_true(files >= 18);
}

static void refused(const char *md, size_t len, const char *words)
{
	struct md2yaml_result r;
	char err[512] = "";
	assert_int_equal(md2yaml_convert("x.md", md, len, &r, err, sizeof(err)), -1);
	assert_null(r.yaml);
	if (!strstr(err, words))
		fprintf(stderr, "message: %s\n", err);
	assert_non_null(strstr(err, words));
}

static void test_refused(void **state)
{
	(void)state;
	refused("", 0, "it is empty");
	refused(" \n\t\r\n\xef\xbb\xbf", 5, "it is empty");
	refused("\xef\xbb\xbf", 3, "it is empty");
	char bin[4096];
	for (size_t i = 0; i < sizeof(bin); i++)
		bin[i] = (char)(i * 37 % 256 | 0x80);
	refused(bin, sizeof(bin), "does not look like text");
	refused("\xff\xfe#\0 \0T\0", 8, "UTF-16");
	size_t big = MD2YAML_MAX_BYTES + 1;
	char *huge = malloc(big);
	assert_non_null(huge);
	memset(huge, 'a', big);
	refused(huge, big, "more than the 4 MiB");
	free(huge);
}

static struct plan *convert_str(const char *md, struct md2yaml_result *r)
{
	return convert_ok("t.md", md, strlen(md), r);
}

static void test_small_cases(void **state)
{
	(void)state;
	struct md2yaml_result r;
	/* no headings: one phase named after the file */
	struct plan *p = convert_str("- [ ] a\n- [x] b\n  - c\n1. d\n", &r);
	assert_string_equal(p->title, "t");
	assert_int_equal(p->counts.phases, 1);
	assert_int_equal(p->counts.tasks, 4);
	assert_int_equal(r.counts.done, 1);
	assert_non_null(strstr(r.yaml, "x-done: true"));
	assert_non_null(strstr(r.yaml, "# 1 task ticked in the Markdown ([x]) carries 'x-done: true':\n"
				       "# 'stride import --mark-done' marks it done"));
	plan_free(p);
	md2yaml_result_done(&r);
	/* prose only: a phase, and a note saying why it is empty */
	p = convert_str("Some words.\n\nMore words.\n", &r);
	assert_int_equal(p->counts.phases, 1);
	assert_int_equal(p->counts.tasks, 0);
	assert_non_null(strstr(r.yaml, "no headings or list items"));
	plan_free(p);
	md2yaml_result_done(&r);
	/* headings only: kept as they are */
	p = convert_str("# Plan\n## A\n### A1\n## B\n", &r);
	assert_int_equal(p->counts.phases, 3);
	plan_free(p);
	md2yaml_result_done(&r);
	/* weeks outside any phase get one; days past the block are dropped */
	p = convert_str("# P\n## Week 1\n**Days 5-9:** too long\n\n- a\n\n"
			"**Days 1-2:** fine\n\n- b\n## Week 2\n- c\n", &r);
	assert_int_equal(p->counts.phases, 1);
	assert_int_equal(p->counts.weeks, 2);
	assert_string_equal(p->phases.v[0].title, "Weeks 1-2");
	assert_int_equal(p->phases.v[0].weeks.v[0].tasks.v[0].days.kind, PLAN_DAYS_NONE);
	assert_int_equal(p->phases.v[0].weeks.v[0].tasks.v[1].days.from, 1);
	assert_non_null(strstr(r.yaml, "# note: days 5-9 run past its 7-day week block"));
	plan_free(p);
	md2yaml_result_done(&r);
	/* code, HTML, images and tables are left out, with comments */
	p = convert_str("# P\n## A\n- a\n```python\nprint(1)\n```\n<div>\nx\n</div>\n\n"
			"![alt](pic.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n- b\n", &r);
	assert_int_equal(p->counts.tasks, 2);
	assert_non_null(strstr(r.yaml, "# left out: a code block (python) (1 line) at line 4"));
	assert_non_null(strstr(r.yaml, "# left out: HTML (<div>, 3 lines) at line 7"));
	assert_non_null(strstr(r.yaml, "# left out: an image at line 11"));
	assert_non_null(strstr(r.yaml, "# left out: a table (1 row, 2 columns) at line 13"));
	assert_int_equal(r.counts.code, 1);
	assert_int_equal(r.counts.html, 1);
	assert_int_equal(r.counts.tables, 1);
	assert_int_equal(r.counts.images, 1);
	plan_free(p);
	md2yaml_result_done(&r);
	/* links keep their text; urls go to the notes; long text is cut */
	p = convert_str("# P\n## A\n- [ ] Read [the *Guide*](https://x.org/a_(b)) "
			"and `code`\n- [ ] " 
			"This is a very long task text that goes on and on well past "
			"the limit of a title so that it must be cut short somewhere\n",
			&r);
	const struct plan_task *t = &p->phases.v[0].tasks.v[0];
	assert_string_equal(t->title, "Read the Guide and code");
	assert_string_equal(t->notes, "https://x.org/a_(b)");
	t = &p->phases.v[0].tasks.v[1];
	assert_true(strlen(t->title) < 90);
	assert_non_null(strstr(t->title, "…"));
	assert_non_null(strstr(t->notes, "cut short somewhere"));
	plan_free(p);
	md2yaml_result_done(&r);
	/* YAML-hostile titles survive the round trip */
	p = convert_str("# yes\n## null\n- no\n- key: value\n- #not a heading\n"
			"- - dash\n- \"quoted\"\n- 2025-06-12\n- ~ approx\n- @at & *star\n", &r);
	assert_string_equal(p->title, "yes");
	assert_string_equal(p->phases.v[0].title, "null");
	assert_string_equal(p->phases.v[0].tasks.v[0].title, "no");
	assert_string_equal(p->phases.v[0].tasks.v[1].title, "key: value");
	assert_string_equal(p->phases.v[0].tasks.v[2].title, "#not a heading");
	assert_string_equal(p->phases.v[0].tasks.v[4].title, "\"quoted\"");
	assert_string_equal(p->phases.v[0].tasks.v[5].title, "2025-06-12");
	assert_string_equal(p->phases.v[0].tasks.v[6].title, "~ approx");
	/* an asterisk that opens no emphasis is text, as GitHub shows it */
	assert_string_equal(p->phases.v[0].tasks.v[7].title, "@at & *star");
	plan_free(p);
	md2yaml_result_done(&r);
	/* criteria, deliverable, resources and goal from labels */
	p = convert_str("# P\n## Phase 1\n**Goal**: learn\n\n- [ ] t\n\n"
			"**Acceptance Criteria**\n- c1\n- c2\n\n**Deliverable**: a demo\n\n"
			"**Resources:**\n- **Book**: \"Title\" by Some One (notes)\n"
			"- [Site](https://s.io) - docs\n", &r);
	const struct plan_phase *ph = &p->phases.v[0];
	assert_string_equal(ph->goal, "learn");
	assert_int_equal(ph->criteria.n, 2);
	assert_string_equal(ph->deliverable->title, "a demo");
	assert_int_equal(ph->resources.n, 2);
	assert_string_equal(ph->resources.v[0]->title, "Title");
	assert_string_equal(ph->resources.v[0]->by, "Some One");
	assert_string_equal(ph->resources.v[0]->notes, "notes");
	assert_int_equal(ph->resources.v[0]->kind, PLAN_RES_BOOK);
	assert_string_equal(ph->resources.v[1]->url, "https://s.io");
	assert_string_equal(ph->resources.v[1]->notes, "docs");
	plan_free(p);
	md2yaml_result_done(&r);
}

/* n bullets of distinct (or, with same, one) title under one heading */
static char *bullets(size_t n, bool same, size_t *len)
{
	char *md = malloc(n * 32 + 64);
	assert_non_null(md);
	size_t o = (size_t)sprintf(md, "# Big\n## Phase 1\n");
	for (size_t i = 0; i < n; i++)
		o += same ? (size_t)sprintf(md + o, "- [ ] Same task\n")
			  : (size_t)sprintf(md + o, "- [ ] Task number %zu\n", i);
	*len = o;
	return md;
}


static void convert_count(const char *md, size_t len, size_t *tasks)
{
	struct md2yaml_result r;
	char err[256];
	assert_int_equal(md2yaml_convert("big.md", md, len, &r, err, sizeof(err)), 0);
	*tasks = r.counts.tasks;
	md2yaml_result_done(&r);
}

/* Never a silent empty plan: a log in prose under headings has no tasks,
 * a list of links that all became resources far fewer than its items; a
 * plan whose items are its tasks says nothing. */
static void test_shortfall(void **state)
{
	(void)state;
	struct md2yaml_result r;
	struct plan *p = convert_str("# Log\n\n## Monday notes\n\nDid things.\n\n"
				     "## Tuesday notes\n\nMore.\n", &r);
	plan_free(p);
	assert_int_equal(r.counts.tasks, 0);
	assert_int_equal(r.counts.md_headings, 3);
	char *m = md2yaml_shortfall(&r.counts);
	assert_non_null(m);
	assert_non_null(strstr(m, "the draft has no tasks: the Markdown has 3 headings, "
				  "0 list items and 0 table rows; they became 2 phases"));
	free(m);
	md2yaml_result_done(&r);

	p = convert_str("# R\n\n## Links\n\n- x\n- y\n\n## Resources\n\n"
			"- [a](http://a)\n- [b](http://b)\n- [c](http://c)\n"
			"- [d](http://d)\n- [e](http://e)\n- [f](http://f)\n"
			"- [g](http://g)\n- [h](http://h)\n- [i](http://i)\n", &r);
	plan_free(p);
	assert_int_equal(r.counts.md_items, 11);
	assert_int_equal(r.counts.tasks, 2);
	m = md2yaml_shortfall(&r.counts);
	assert_non_null(m);
	assert_non_null(strstr(m, "the draft has 2 tasks for the Markdown's 3 headings, "
				  "11 list items and 0 table rows"));
	assert_non_null(strstr(m, "9 resources"));
	free(m);
	md2yaml_result_done(&r);

	p = convert_str("# P\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] t1\n- [ ] t2\n",
			&r);
	plan_free(p);
	assert_int_equal(r.counts.md_rows, 1);
	assert_null(md2yaml_shortfall(&r.counts));
	md2yaml_result_done(&r);
}

static void test_speed(void **state)
{
	(void)state;
	/* 50,000 and 100,000 bullets, distinct titles or one, all there (how
	 * fast, and that twice as many take about twice the time, is make
	 * bench's: BENCH_ONLY=md2yaml) */
	for (int same = 0; same < 2; same++) {
		size_t l1, l2, n1, n2;
		char *a = bullets(50000, same, &l1);
		char *b = bullets(100000, same, &l2);
		convert_count(a, l1, &n1);
		convert_count(b, l2, &n2);
		assert_int_equal(n1, 50000);
		assert_int_equal(n2, 100000);
		/* and the draft loads */
		struct md2yaml_result r;
		struct plan *p = convert_ok("big.md", a, l1, &r);
		assert_int_equal(p->counts.tasks, 50000);
		plan_free(p);
		md2yaml_result_done(&r);
		free(a);
		free(b);
	}
	/* a 1 MB line: a short title, the text in the notes (cut at 4 KiB) */
	size_t n = 1 << 20;
	char *md = malloc(n + 64);
	assert_non_null(md);
	size_t o = (size_t)sprintf(md, "# Long\n- [ ] ");
	for (size_t i = 0; i < n / 5; i++)
		o += (size_t)sprintf(md + o, "word ");
	md[o++] = '\n';
	struct md2yaml_result r;
	struct plan *p = convert_ok("long.md", md, o, &r);
	const struct plan_task *t = &p->phases.v[0].tasks.v[0];
	assert_true(strlen(t->title) <= 100);
	assert_true(strlen(t->notes) <= 4096 + 4);
	plan_free(p);
	md2yaml_result_done(&r);
	/* a 1 MB line of brackets and backticks: no quadratic matching */
	for (size_t i = 0; i < n; i++)
		md[i] = "[`(*_<"[i % 6];
	p = convert_ok("brackets.md", md, n, &r);
	plan_free(p);
	md2yaml_result_done(&r);
	free(md);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_plain),
		cmocka_unit_test(test_quote_special),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_mend),
		cmocka_unit_test(test_seed_000),
		cmocka_unit_test(test_seed_001),
		cmocka_unit_test(test_seed_002),
		cmocka_unit_test(test_seed_003),
		cmocka_unit_test(test_seed_004),
		cmocka_unit_test(test_realworld),
		cmocka_unit_test(test_first_repo_structure),
		cmocka_unit_test(test_every_md_file),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_small_cases),
		cmocka_unit_test(test_shortfall),
		cmocka_unit_test(test_speed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
