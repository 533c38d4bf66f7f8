/* Unit tests for session: the application layer under both front ends. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "stride/calendar.h"
#include "stride/session.h"

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The bundled plans of ./plans: the files that load, sorted, with their
 * titles; a file that is no plan, or not .yaml, is left out. */
static void test_bundled_plans(void **state)
{
	(void)state;
	const char *tmp = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/stride-test-session.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(path));
	char cwd[4096];
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(path), 0);
	assert_int_equal(mkdir("plans", 0700), 0);
	write_file("plans/b.yaml", "stride: 1\nid: b\ntitle: Bee\nphases: [{ title: P }]\n");
	write_file("plans/a.yml", "stride: 1\nid: a\ntitle: Ay\nphases: [{ title: P }]\n");
	write_file("plans/broken.yaml", "stride: 1\nid: [\n");
	write_file("plans/notes.md", "# not a plan\n");

	struct session_plan_files l;
	session_bundled_plans(&l);
	size_t mine = 0;
	const char *want[][2] = { { "plans/a.yml", "Ay" }, { "plans/b.yaml", "Bee" } };
	for (size_t i = 0; i < l.n; i++) {
		if (strncmp(l.v[i].path, "plans/", 6))
			continue; /* an installed stride's plans */
		assert_true(mine < 2);
		assert_string_equal(l.v[i].path, want[mine][0]);
		assert_string_equal(l.v[i].title, want[mine][1]);
		mine++;
	}
	assert_int_equal(mine, 2);
	session_plan_files_done(&l);
	assert_int_equal(l.n, 0);

	unlink("plans/a.yml");
	unlink("plans/b.yaml");
	unlink("plans/broken.yaml");
	unlink("plans/notes.md");
	rmdir("plans");
	assert_int_equal(chdir(cwd), 0);
	rmdir(path);
}

/* ---- import and re-sync ------------------------------------------------------ */

struct fx {
	char dir[512], db[600], plan[600];
	struct store *s;
};

static const char plan_v1[] =
	"stride: 1\nid: p\ntitle: P\nphases:\n"
	"  - id: one\n    title: One\n    tasks:\n"
	"      - { id: a, title: A }\n"
	"      - { id: b, title: B, x-done: true }\n"
	"      - { id: c, title: C, x-done: true }\n";

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-test-session.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/s.db", fx->dir);
	snprintf(fx->plan, sizeof(fx->plan), "%s/p.yaml", fx->dir);
	write_file(fx->plan, plan_v1);
	struct store_error err = { 0 };
	assert_int_equal(session_open(fx->db, true, &fx->s, &err), 0);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	char cmd[700];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

static void import(struct fx *fx, const struct session_import *how,
		   struct session_file *f)
{
	session_import_file(fx->s, fx->plan, how, f);
}

static const char *summary(const struct session_file *f)
{
	static char buf[512];
	return session_file_summary(f, buf, sizeof(buf));
}


/* A file's mtime a second on, so that the re-sync looks at it. */
static void rewrite(struct fx *fx, const char *text)
{
	write_file(fx->plan, text);
	struct stat st;
	assert_int_equal(stat(fx->plan, &st), 0);
	struct timespec t[2] = { st.st_atim, { st.st_mtim.tv_sec + 1, st.st_mtim.tv_nsec } };
	assert_int_equal(utimensat(AT_FDCWD, fx->plan, t, 0), 0);
}

static void test_import(void **state)
{
	struct fx *fx = *state;
	struct session_file f;
	struct session_import count = { .marked = SESSION_MARKED_COUNT };
	import(fx, &count, &f);
	assert_int_equal(f.what, SESSION_SYNCED);
	assert_true(f.report.created);
	assert_string_equal(f.slug, "p");
	assert_int_equal(f.counts.tasks, 3);
	/* the first import counts the x-done tasks, marks none */
	assert_int_equal(f.marked, 2);
	assert_int_equal(f.marked_open, 2);
	assert_int_equal(f.marked_done, 0);
	assert_string_equal(summary(&f), "imported p: 1 phase, 0 week blocks, 3 tasks, "
					 "0 criteria, 0 deliverables, 0 resources");
	session_file_done(&f);

	/* again: up to date, nothing counted (not a first import) */
	import(fx, &count, &f);
	assert_int_equal(f.what, SESSION_SYNCED);
	assert_false(f.report.changed);
	assert_int_equal(f.marked, 0);
	assert_string_equal(summary(&f), "p: up to date");
	session_file_done(&f);

	/* --mark-done: both marked, one step */
	struct session_import mark = { .marked = SESSION_MARKED_MARK, .today = 20000 };
	import(fx, &mark, &f);
	assert_int_equal(f.marked_done, 2);
	assert_false(f.marking_failed);
	session_file_done(&f);
	struct store_item it;
	struct store_error err = { 0 };
	struct store_plan p;
	assert_int_equal(store_plan_get(fx->s, "p", &p, &err), 0);
	assert_int_equal(store_item_by_key(fx->s, p.id, "b", &it, &err), 0);
	assert_int_equal(it.status, STORE_DONE);
	store_item_done(&it);
	store_plan_done(&p);

	/* what is not a plan, and what cannot be read */
	write_file(fx->plan, "stride: 1\nid: p\ntitle: [\n");
	import(fx, &count, &f);
	assert_int_equal(f.what, SESSION_INVALID);
	assert_true(f.diags.errors > 0);
	session_file_done(&f);
	struct session_file g;
	session_import_file(fx->s, "/nonexistent/plan.yaml", &count, &g);
	assert_int_equal(g.what, SESSION_UNREADABLE);
	assert_non_null(strstr(summary(&g), "cannot read /nonexistent/plan.yaml: "));
	session_file_done(&g);
}

static void test_dry_run_without_store(void **state)
{
	struct fx *fx = *state;
	struct session_file f;
	struct session_import how = { .dry_run = true, .marked = SESSION_MARKED_MARK };
	session_import_file(NULL, fx->plan, &how, &f);
	assert_int_equal(f.what, SESSION_SYNCED);
	assert_true(f.report.created);
	assert_int_equal(f.marked_open, 2); /* new, in a dry run */
	assert_int_equal(f.marked_done, 0);
	assert_string_equal(summary(&f), "would import p: 1 phase, 0 week blocks, 3 tasks, "
					 "0 criteria, 0 deliverables, 0 resources (a new plan)");
	session_file_done(&f);
}

static void test_resync(void **state)
{
	struct fx *fx = *state;
	struct session_file f;
	struct session_import how = { .marked = SESSION_MARKED_IGNORE };
	import(fx, &how, &f);
	session_file_done(&f);
	struct session_files l = { 0 };
	struct store_error err = { 0 };

	/* nothing changed: nothing to say */
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 0);

	/* a comment: the file is new, the plan the same: quiet */
	char text[1024];
	snprintf(text, sizeof(text), "%s# a comment\n", plan_v1);
	rewrite(fx, text);
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 0);

	/* a task added: synced, with the report */
	snprintf(text, sizeof(text), "%s      - { id: d, title: D }\n", plan_v1);
	rewrite(fx, text);
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].what, SESSION_SYNCED);
	assert_true(l.v[0].resync);
	assert_int_equal(l.v[0].report.n[SYNC_ADDED], 1);
	char want[1400];
	snprintf(want, sizeof(want), "%s changed; synced p: 1 added", fx->plan);
	assert_string_equal(summary(&l.v[0]), want);
	session_files_done(&l);

	/* left alone when an import is about to sync it */
	rewrite(fx, plan_v1);
	char *skip[] = { fx->plan };
	assert_int_equal(session_resync(fx->s, 0, skip, 1, &l, &err), 0);
	assert_int_equal(l.n, 0);

	/* no longer a plan; another plan's file: said, and the store as it was */
	rewrite(fx, "stride: 1\nid: p\ntitle: [\n");
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].what, SESSION_INVALID);
	session_files_done(&l);
	rewrite(fx, "stride: 1\nid: q\ntitle: Q\nphases: [{ title: One }]\n");
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].what, SESSION_OTHER_PLAN);
	assert_string_equal(l.v[0].now_slug, "q");
	snprintf(want, sizeof(want),
		 "%s now holds the plan 'q', not 'p': import it with 'stride import %s'",
		 fx->plan, fx->plan);
	assert_string_equal(summary(&l.v[0]), want);
	session_files_done(&l);
	struct store_plan p;
	assert_int_equal(store_plan_get(fx->s, "p", &p, &err), 0);
	assert_int_equal(p.total, 4); /* a, b, c, d */
	store_plan_done(&p);

	/* a file that has gone is not an error */
	unlink(fx->plan);
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 0);
}

static void test_today(void **state)
{
	(void)state;
	char why[128];
	int day = 0;
	setenv("STRIDE_TODAY", "2025-07-14", 1);
	assert_true(session_today(&day, why, sizeof(why)));
	assert_int_equal(day, 20283);
	setenv("STRIDE_TODAY", "someday", 1);
	assert_false(session_today(&day, why, sizeof(why)));
	assert_string_equal(why, "STRIDE_TODAY must be a date like 2025-07-14, got 'someday'");
	unsetenv("STRIDE_TODAY");
	assert_true(session_today(&day, why, sizeof(why)));
}

/* ---- starting a plan with no dates -------------------------------------------- */

/* Durations only: a week, then a sub-phase of two weeks with a week block. */
static const char undated[] =
	"stride: 1\nid: p\ntitle: P\nphases:\n"
	"  - { id: one, title: One, duration: 1w, tasks: [{ id: a, title: A }] }\n"
	"  - id: two\n    title: Two\n    phases:\n"
	"      - id: deep\n        title: Deep\n        duration: 2w\n"
	"        weeks:\n          - week: 2\n            tasks: [{ id: b, title: B, days: 3 }]\n";

static struct store_plan plan(struct fx *fx)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, "p", &p, &err), 0);
	return p;
}

/* The start and end of item key, as dates ("none" for none). */
static void assert_dates(struct fx *fx, const char *key, const char *start, const char *end)
{
	struct store_plan p = plan(fx);
	struct store_item it;
	struct store_error err = { 0 };
	assert_int_equal(store_item_by_key(fx->s, p.id, key, &it, &err), 0);
	char a[CALENDAR_DATE_LEN] = "none", b[CALENDAR_DATE_LEN] = "none";
	if (it.start != CALENDAR_NONE)
		calendar_format(it.start, a);
	if (it.end != CALENDAR_NONE)
		calendar_format(it.end, b);
	assert_string_equal(a, start);
	assert_string_equal(b, end);
	store_item_done(&it);
	store_plan_done(&p);
}

static int start_on(struct fx *fx, const char *day)
{
	int d = CALENDAR_NONE, was;
	if (day)
		assert_true(calendar_parse(day, &d));
	struct store_plan p = plan(fx);
	struct store_error err = { 0 };
	int rc = session_start_plan(fx->s, p.id, d, d, &was, &err);
	store_plan_done(&p);
	return rc;
}

static void undo(struct fx *fx)
{
	struct store_error err = { 0 };
	assert_int_equal(session_undo(fx->s, 0, NULL, NULL, &err), 0);
}

/* stride start of a plan whose file gives no dates lays it out from the
 * day, keeps it so through edits of the file, and undo, --file-dates and
 * a file that gets dates of its own each do what they say. */
static void test_start_undated(void **state)
{
	struct fx *fx = *state;
	rewrite(fx, undated);
	struct session_file f;
	struct session_import how = { .marked = SESSION_MARKED_IGNORE };
	import(fx, &how, &f);
	assert_int_equal(f.what, SESSION_SYNCED);
	session_file_done(&f);
	struct store_plan p = plan(fx);
	assert_int_equal(p.start, CALENDAR_NONE);
	assert_true(p.layable);
	store_plan_done(&p);
	assert_dates(fx, "one", "none", "none");

	/* laid out from a Thursday: One a week, Deep two weeks after it, its
	 * week 2 the second of them, B its third day */
	assert_int_equal(start_on(fx, "2026-03-19"), 0);
	assert_dates(fx, "one", "2026-03-19", "2026-03-25");
	assert_dates(fx, "two/deep", "2026-03-26", "2026-04-08");
	assert_dates(fx, "two/deep/week-2", "2026-04-02", "2026-04-08");
	assert_dates(fx, "b", "2026-04-04", "2026-04-04");
	p = plan(fx);
	assert_int_equal(p.anchor, p.start);
	assert_non_null(p.source_hash); /* laid out: read */
	store_plan_done(&p);
	assert_int_equal(start_on(fx, "2026-03-19"), 1); /* there already */

	/* an edit of the file (a task added): still laid out from that day */
	char text[2048];
	snprintf(text, sizeof(text), "%s  - { title: Three, duration: 1w }\n", undated);
	rewrite(fx, text);
	struct session_files l = { 0 };
	struct store_error err = { 0 };
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	assert_int_equal(l.n, 1);
	session_files_done(&l);
	assert_dates(fx, "one", "2026-03-19", "2026-03-25");
	assert_dates(fx, "three", "2026-04-09", "2026-04-15");

	/* back to no dates, and undo of that: laid out again */
	assert_int_equal(start_on(fx, NULL), 0);
	assert_dates(fx, "one", "none", "none");
	assert_dates(fx, "b", "none", "none");
	undo(fx);
	assert_dates(fx, "one", "2026-03-19", "2026-03-25");
	assert_dates(fx, "three", "2026-04-09", "2026-04-15");

	/* started again on a Monday: moved like any plan with dates */
	assert_int_equal(start_on(fx, "2026-03-23"), 0);
	assert_dates(fx, "one", "2026-03-23", "2026-03-29");
	undo(fx);
	assert_dates(fx, "one", "2026-03-19", "2026-03-25");

	/* the file gets a start of its own: the plan stays on its day */
	snprintf(text, sizeof(text), "stride: 1\nid: p\ntitle: P\nstart: 2025-01-06\n%s",
		 strstr(undated, "phases:"));
	rewrite(fx, text);
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	session_files_done(&l);
	assert_dates(fx, "one", "2026-03-19", "2026-03-25");
	p = plan(fx);
	assert_int_equal(p.anchor, CALENDAR_NONE);
	assert_false(p.layable);
	int filed;
	assert_true(calendar_parse("2025-01-06", &filed));
	assert_int_equal(p.file_start, filed);
	store_plan_done(&p);
	/* and --file-dates takes it to the file's own */
	assert_int_equal(start_on(fx, NULL), 0);
	assert_dates(fx, "one", "2025-01-06", "2025-01-12");
}

/* What cannot be laid out is refused, and nothing changes. */
static void test_start_undated_refused(void **state)
{
	struct fx *fx = *state;
	rewrite(fx, "stride: 1\nid: p\ntitle: P\nphases:\n  - { title: Someday, tasks: [A] }\n");
	struct session_file f;
	struct session_import how = { .marked = SESSION_MARKED_IGNORE };
	import(fx, &how, &f);
	session_file_done(&f);
	struct store_plan p = plan(fx);
	assert_false(p.layable);
	long long id = p.id;
	store_plan_done(&p);
	int was;
	struct store_error err = { 0 };
	assert_int_equal(session_start_plan(fx->s, id, 100, 100, &was, &err), -1);
	assert_int_equal(err.code, STORE_ERR_INVALID);
	assert_non_null(strstr(err.msg, "none of its phases a duration"));
	/* nothing to undo: no event was recorded */
	assert_int_equal(session_undo(fx->s, 0, NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);

	/* a plan that can be laid out, its file gone */
	rewrite(fx, undated);
	struct session_files l = { 0 };
	assert_int_equal(session_resync(fx->s, 0, NULL, 0, &l, &err), 0);
	session_files_done(&l);
	unlink(fx->plan);
	assert_int_equal(session_start_plan(fx->s, id, 100, 100, &was, &err), -1);
	assert_int_equal(err.code, STORE_ERR_IO);
	assert_non_null(strstr(err.msg, "cannot read"));
	p = plan(fx);
	assert_int_equal(p.start, CALENDAR_NONE);
	assert_int_equal(p.anchor, CALENDAR_NONE);
	store_plan_done(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bundled_plans),
		cmocka_unit_test_setup_teardown(test_import, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dry_run_without_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resync, setup, teardown),
		cmocka_unit_test_setup_teardown(test_start_undated, setup, teardown),
		cmocka_unit_test_setup_teardown(test_start_undated_refused, setup, teardown),
		cmocka_unit_test(test_today),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
