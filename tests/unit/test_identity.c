/*
 * Unit tests for identity across edits (docs/plan-format.md, "Identity,
 * and what re-importing keeps"): an item without an id retitled in place
 * keeps its progress and is reported as retitled (same place); where the
 * place cannot tell (siblings reordered, two titles changed side by side,
 * one removed beside one retitled), nothing is guessed. Each test has a
 * store of its own in a temporary directory, which it removes.
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
#include <unistd.h>

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"

#define HEAD "stride: 1\nid: sy\ntitle: Sync\n"

/* Phase one's tasks, in this order, then a phase of one task. */
#define PLAN(a, b, c)                                                          \
	HEAD "phases:\n"                                                       \
	     "  - id: p1\n"                                                    \
	     "    title: Phase one\n"                                          \
	     "    tasks:\n"                                                    \
	     "      - " a "\n"                                                 \
	     "      - " b "\n"                                                 \
	     "      - " c "\n"                                                 \
	     "  - id: p2\n"                                                    \
	     "    title: Phase two\n"                                          \
	     "    tasks:\n"                                                    \
	     "      - Other\n"

static const char base_yaml[] = PLAN("Alpha", "Beta", "Gamma");

/* ---- helpers ----------------------------------------------------------- */

struct fx {
	char dir[256];
	char path[320];
	struct store *s;
};

static int d(const char *s)
{
	int day = CALENDAR_NONE;
	assert_true(calendar_parse(s, &day));
	return day;
}

static void remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *dir = opendir(path);
		if (dir) {
			struct dirent *e;
			while ((e = readdir(dir))) {
				if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
					continue;
				char sub[1024];
				snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
				remove_tree(sub);
			}
			closedir(dir);
		}
		rmdir(path);
	} else {
		unlink(path);
	}
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-test-identity.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->path, sizeof(fx->path), "%s/stride.db", fx->dir);
	struct store_error err = { 0 };
	assert_int_equal(store_open(fx->path, true, &fx->s, &err), 0);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	remove_tree(fx->dir);
	free(fx);
	return 0;
}

static void sync_yaml(struct fx *fx, const char *yaml, bool dry, struct sync_report *rep)
{
	struct diag_list dl;
	diag_list_init(&dl);
	struct plan *p = NULL;
	enum loader_status st = loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &dl);
	for (size_t i = 0; i < dl.n; i++)
		fprintf(stderr, "%u:%u: %s\n", dl.v[i].line, dl.v[i].col, dl.v[i].msg);
	assert_int_equal(st, LOADER_OK);
	diag_list_done(&dl);
	struct store_error err = { 0 };
	int rc = sync_plan(fx->s, p, NULL, dry, rep, &err);
	if (rc != 0)
		fprintf(stderr, "sync_plan: %s\n", err.msg);
	assert_int_equal(rc, 0);
	plan_free(p);
}

static void import(struct fx *fx, const char *yaml)
{
	struct sync_report rep;
	sync_yaml(fx, yaml, false, &rep);
	sync_report_done(&rep);
}

static const struct sync_change *find_change(const struct sync_report *rep,
					     enum sync_change_kind kind, const char *key)
{
	for (size_t i = 0; i < rep->nchanges; i++)
		if (rep->changes[i].kind == kind && !strcmp(rep->changes[i].key, key))
			return &rep->changes[i];
	return NULL;
}

/* The report holds exactly these counts of each kind. */
static void assert_report_counts(const struct sync_report *rep, size_t added,
				 size_t removed, size_t retitled, size_t moved,
				 size_t restored)
{
	static const char *const names[] = { "added", "removed", "retitled", "moved",
					     "restored" };
	size_t want[SYNC_NCHANGE_KINDS] = { added, removed, retitled, moved, restored };
	bool ok = true;
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++)
		ok = ok && rep->n[k] == want[k];
	if (!ok)
		for (size_t i = 0; i < rep->nchanges; i++)
			fprintf(stderr, "  %s %s \"%s\"\n", names[rep->changes[i].kind],
				rep->changes[i].key, rep->changes[i].title);
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++)
		assert_int_equal(rep->n[k], want[k]);
	assert_int_equal(rep->nchanges, added + removed + retitled + moved + restored);
}

static long long plan_id(struct fx *fx)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, "sy", &p, &err), 0);
	long long id = p.id;
	store_plan_done(&p);
	return id;
}

static struct store_item item(struct fx *fx, const char *key)
{
	struct store_item it;
	struct store_error err = { 0 };
	int rc = store_item_by_key(fx->s, plan_id(fx), key, &it, &err);
	if (rc != 0)
		fprintf(stderr, "no item %s: %s\n", key, err.msg);
	assert_int_equal(rc, 0);
	return it;
}

static bool has_item(struct fx *fx, const char *key)
{
	struct store_item it;
	struct store_error err = { 0 };
	if (store_item_by_key(fx->s, plan_id(fx), key, &it, &err) < 0) {
		assert_int_equal(err.code, STORE_ERR_NOTFOUND);
		return false;
	}
	store_item_done(&it);
	return true;
}

/* Done on 2025-06-03, with 40 minutes and a note. */
static void progress(struct fx *fx, const char *key)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_set_status(fx->s, &it, STORE_DONE, d("2025-06-03"), &batch,
					  &err), 0);
	assert_int_equal(store_log(fx->s, it.plan_id, it.id, 40, d("2025-06-03"), NULL,
				   &batch, &err), 0);
	assert_int_equal(store_set_note(fx->s, &it, "keep me", d("2025-06-03"), &batch,
					&err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_item_done(&it);
}

static void assert_progress(struct fx *fx, const char *key, long long id)
{
	struct store_item it = item(fx, key);
	assert_int_equal(it.id, id);
	assert_false(it.archived);
	assert_int_equal(it.status, STORE_DONE);
	assert_int_equal(it.status_day, d("2025-06-03"));
	assert_int_equal(it.minutes, 40);
	assert_string_equal(it.note, "keep me");
	store_item_done(&it);
}

static void assert_plan_done(struct fx *fx, int done, int total)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, "sy", &p, &err), 0);
	assert_int_equal(p.done, done);
	assert_int_equal(p.total, total);
	store_plan_done(&p);
}

static long long id_of(struct fx *fx, const char *key)
{
	struct store_item it = item(fx, key);
	long long id = it.id;
	store_item_done(&it);
	return id;
}

struct rekey_count {
	const char *key, *old_key;
	int n;
};

static int count_rekey(const struct store_xevent *ev, void *ctx)
{
	struct rekey_count *c = ctx;
	c->n += ev->type == STORE_EV_REKEY && ev->item && !strcmp(ev->item, c->key) && ev->text &&
		!strcmp(ev->text, c->old_key);
	return 0;
}

/* How many rekey events say the item now known as key was old_key. */
static int rekeys(struct fx *fx, const char *key, const char *old_key)
{
	struct rekey_count c = { key, old_key, 0 };
	struct store_error err = { 0 };
	assert_int_equal(store_xevents(fx->s, 0, 0, count_rekey, &c, &err), 0);
	return c.n;
}

/* ---- retitled in place ---------------------------------------------------- */

static void test_retitle_in_place(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/beta");
	long long id = id_of(fx, "p1/beta");
	struct sync_report rep;
	sync_yaml(fx, PLAN("Alpha", "Beta, in other words", "Gamma"), false, &rep);
	assert_true(rep.changed);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	const struct sync_change *c = find_change(&rep, SYNC_RETITLED, "p1/beta-in-other-words");
	assert_non_null(c);
	assert_true(c->in_place);
	assert_int_equal(c->item_kind, STORE_TASK);
	assert_string_equal(c->title, "Beta, in other words");
	assert_string_equal(c->was, "Beta");
	sync_report_done(&rep);
	assert_progress(fx, "p1/beta-in-other-words", id);
	/* the old key is the item's alias now, for events from elsewhere
	 * that name it so; the retitle is an event (a rekey) */
	assert_int_equal(id_of(fx, "p1/beta"), id);
	assert_int_equal(rekeys(fx, "p1/beta-in-other-words", "p1/beta"), 1);
	assert_plan_done(fx, 1, 4);

	/* and back: the same item again */
	sync_yaml(fx, base_yaml, false, &rep);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	assert_non_null(find_change(&rep, SYNC_RETITLED, "p1/beta"));
	sync_report_done(&rep);
	assert_progress(fx, "p1/beta", id);
}

static void test_retitle_first_and_last(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/alpha");
	long long a = id_of(fx, "p1/alpha"), g = id_of(fx, "p1/gamma");
	struct sync_report rep;
	sync_yaml(fx, PLAN("First", "Beta", "Last"), false, &rep);
	assert_report_counts(&rep, 0, 0, 2, 0, 0);
	sync_report_done(&rep);
	assert_progress(fx, "p1/first", a);
	assert_int_equal(id_of(fx, "p1/last"), g);
}

/* One retitled, one added at the end: the end is another place. */
static void test_retitle_and_add(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/beta");
	long long id = id_of(fx, "p1/beta");
	static const char yaml[] = HEAD "phases:\n"
					"  - id: p1\n"
					"    title: Phase one\n"
					"    tasks: [Alpha, Bet, Gamma, Delta]\n"
					"  - id: p2\n"
					"    title: Phase two\n"
					"    tasks: [Other]\n";
	struct sync_report rep;
	sync_yaml(fx, yaml, false, &rep);
	assert_report_counts(&rep, 1, 0, 1, 0, 0);
	assert_non_null(find_change(&rep, SYNC_ADDED, "p1/delta"));
	sync_report_done(&rep);
	assert_progress(fx, "p1/bet", id);
}

/* A title twice: the second is a-2, and is retitled like any other. */
static void test_retitle_duplicate(void **state)
{
	struct fx *fx = *state;
	import(fx, PLAN("Alpha", "Alpha", "Gamma"));
	progress(fx, "p1/alpha-2");
	long long id = id_of(fx, "p1/alpha-2");
	struct sync_report rep;
	sync_yaml(fx, PLAN("Alpha", "Zeta", "Gamma"), false, &rep);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	sync_report_done(&rep);
	assert_progress(fx, "p1/zeta", id);
}

/* A phase without an id retitled in place: its key is new, and so are
 * the keys of everything under it, which keeps its progress. */
static void test_retitle_phase_in_place(void **state)
{
	struct fx *fx = *state;
	static const char yaml[] = HEAD "phases:\n"
					"  - title: Phase one\n"
					"    tasks:\n"
					"      - Alpha\n"
					"      - title: Beta\n"
					"        tasks: [Sub]\n"
					"      - { id: kept, title: Kept }\n"
					"  - title: Phase two\n"
					"    tasks: [Other]\n";
	static const char yaml2[] = HEAD "phases:\n"
					 "  - title: Phase uno\n"
					 "    tasks:\n"
					 "      - Alpha\n"
					 "      - title: Beta renamed\n"
					 "        tasks: [Sub]\n"
					 "      - { id: kept, title: Kept }\n"
					 "  - title: Phase two\n"
					 "    tasks: [Other]\n";
	import(fx, yaml);
	progress(fx, "phase-one/alpha");
	progress(fx, "phase-one/beta/sub");
	long long a = id_of(fx, "phase-one/alpha"), sub = id_of(fx, "phase-one/beta/sub");
	long long ph = id_of(fx, "phase-one");
	struct sync_report rep;
	sync_yaml(fx, yaml2, false, &rep);
	/* the phase and Beta retitled; the rest is where it was */
	assert_report_counts(&rep, 0, 0, 2, 0, 0);
	const struct sync_change *c = find_change(&rep, SYNC_RETITLED, "phase-uno");
	assert_non_null(c);
	assert_true(c->in_place);
	assert_string_equal(c->was, "Phase one");
	assert_non_null(find_change(&rep, SYNC_RETITLED, "phase-uno/beta-renamed"));
	sync_report_done(&rep);
	assert_int_equal(id_of(fx, "phase-uno"), ph);
	assert_progress(fx, "phase-uno/alpha", a);
	assert_progress(fx, "phase-uno/beta-renamed/sub", sub);
	/* each item whose key changed keeps its old one as an alias */
	assert_int_equal(id_of(fx, "phase-one"), ph);
	assert_int_equal(id_of(fx, "phase-one/alpha"), a);
	assert_int_equal(rekeys(fx, "phase-uno/alpha", "phase-one/alpha"), 1);
	assert_plan_done(fx, 2, 5);
}

/* ---- nothing guessed ---------------------------------------------------------- */

/* Retitled and moved among its siblings: its place says nothing. */
static void test_retitle_and_reorder(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/alpha");
	long long id = id_of(fx, "p1/alpha");
	struct sync_report rep;
	sync_yaml(fx, PLAN("Beta", "Alpha renamed", "Gamma"), false, &rep);
	assert_report_counts(&rep, 1, 1, 0, 0, 0);
	assert_non_null(find_change(&rep, SYNC_ADDED, "p1/alpha-renamed"));
	assert_non_null(find_change(&rep, SYNC_REMOVED, "p1/alpha"));
	sync_report_done(&rep);
	/* the progress stays on the archived item (stride adopt moves it) */
	struct store_item old = item(fx, "p1/alpha");
	assert_int_equal(old.id, id);
	assert_true(old.archived);
	assert_int_equal(old.status, STORE_DONE);
	store_item_done(&old);
	struct store_item now = item(fx, "p1/alpha-renamed");
	assert_int_equal(now.status, STORE_TODO);
	store_item_done(&now);
	assert_plan_done(fx, 0, 4);
}

/* The siblings that kept their titles change order: no place is sure. */
static void test_retitle_in_reordered_siblings(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	struct sync_report rep;
	sync_yaml(fx, PLAN("Gamma", "Beta renamed", "Alpha"), false, &rep);
	assert_report_counts(&rep, 1, 1, 0, 0, 0);
	sync_report_done(&rep);
}

/* Two titles changed side by side: which is which cannot be told. */
static void test_two_retitled_side_by_side(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	struct sync_report rep;
	sync_yaml(fx, PLAN("Alpha", "Xi", "Psi"), false, &rep);
	assert_report_counts(&rep, 2, 2, 0, 0, 0);
	sync_report_done(&rep);
}

/* One removed beside one retitled: the same. */
static void test_retitle_beside_removal(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	static const char yaml[] = HEAD "phases:\n"
					"  - id: p1\n"
					"    title: Phase one\n"
					"    tasks: [Xi, Gamma]\n"
					"  - id: p2\n"
					"    title: Phase two\n"
					"    tasks: [Other]\n";
	struct sync_report rep;
	sync_yaml(fx, yaml, false, &rep);
	assert_report_counts(&rep, 1, 2, 0, 0, 0);
	sync_report_done(&rep);
}

/* An item with an id is known by it alone: a new id is a new item. */
static void test_explicit_id_not_in_place(void **state)
{
	struct fx *fx = *state;
	import(fx, PLAN("Alpha", "{ id: b1, title: Beta }", "Gamma"));
	struct sync_report rep;
	sync_yaml(fx, PLAN("Alpha", "{ id: b2, title: Beta two }", "Gamma"), false, &rep);
	assert_report_counts(&rep, 1, 1, 0, 0, 0);
	sync_report_done(&rep);
	/* nor does an id given to a retitled task take the old one's place */
	import(fx, base_yaml);
	sync_yaml(fx, PLAN("Alpha", "{ id: b3, title: Beta three }", "Gamma"), false, &rep);
	assert_report_counts(&rep, 1, 1, 0, 0, 0);
	sync_report_done(&rep);
}

/* A week block known by its number is not retitled by a new number. */
static void test_week_number_not_in_place(void **state)
{
	struct fx *fx = *state;
	static const char yaml[] = HEAD "phases:\n"
					"  - id: p1\n"
					"    title: Phase one\n"
					"    weeks:\n"
					"      - { week: 1, tasks: [A] }\n"
					"      - { week: 2, tasks: [B] }\n";
	static const char yaml2[] = HEAD "phases:\n"
					 "  - id: p1\n"
					 "    title: Phase one\n"
					 "    weeks:\n"
					 "      - { week: 1, tasks: [A] }\n"
					 "      - { week: 3, tasks: [B] }\n";
	import(fx, yaml);
	struct sync_report rep;
	sync_yaml(fx, yaml2, false, &rep);
	assert_report_counts(&rep, 2, 2, 0, 0, 0);
	sync_report_done(&rep);
}

/* A dry run says so, and writes nothing. */
static void test_retitle_dry_run(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	struct sync_report rep;
	sync_yaml(fx, PLAN("Alpha", "Bet", "Gamma"), true, &rep);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	assert_true(find_change(&rep, SYNC_RETITLED, "p1/bet")->in_place);
	sync_report_done(&rep);
	assert_true(has_item(fx, "p1/beta"));
	assert_false(has_item(fx, "p1/bet"));
}


/* ---- stride adopt -------------------------------------------------------------- */

static int adopt(struct fx *fx, const char *from, const char *to, bool force)
{
	struct store_error err = { 0 };
	int rc = act_adopt(fx->s, id_of(fx, from), id_of(fx, to), force, d("2025-07-14"),
			   NULL, NULL, &err);
	if (rc < 0)
		fprintf(stderr, "act_adopt: %s\n", err.msg);
	return rc;
}

static void undo(struct fx *fx)
{
	struct store_error err = { 0 };
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_undo(fx->s, d("2025-07-14"), NULL, NULL, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
}

static int count_activity(int day, long long minutes, void *ctx)
{
	(void)day;
	*(long long *)ctx += minutes;
	return 0;
}

/* Retitled and reordered, then adopted: the progress moves over, day and
 * all; undo puts both back exactly; the history's figures do not change. */
static void test_adopt_and_undo(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/alpha");
	import(fx, PLAN("Beta", "Alpha renamed", "Gamma"));
	struct store_item before = item(fx, "p1/alpha");
	assert_true(before.archived);
	assert_plan_done(fx, 0, 4);

	assert_int_equal(adopt(fx, "p1/alpha", "p1/alpha-renamed", false), 0);
	assert_progress(fx, "p1/alpha-renamed", id_of(fx, "p1/alpha-renamed"));
	struct store_item old = item(fx, "p1/alpha");
	assert_true(old.archived);
	assert_int_equal(old.status, STORE_TODO);
	assert_int_equal(old.minutes, 0);
	assert_null(old.note);
	store_item_done(&old);
	assert_plan_done(fx, 1, 4);
	struct store_item p1 = item(fx, "p1");
	assert_int_equal(p1.n_done, 1);
	store_item_done(&p1);
	/* the time logged is the plan's either way: counted once */
	long long minutes = 0;
	struct store_error err = { 0 };
	assert_int_equal(store_activity(fx->s, plan_id(fx), d("2025-06-01"), d("2025-08-01"),
					count_activity, &minutes, &err), 0);
	assert_int_equal(minutes, 40);
	/* a tick on the new item, then its undo: the day adopted comes back */
	struct store_item now = item(fx, "p1/alpha-renamed");
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_set_status(fx->s, &now, STORE_TODO, d("2025-07-14"), &batch, &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_item_done(&now);
	undo(fx);
	assert_progress(fx, "p1/alpha-renamed", id_of(fx, "p1/alpha-renamed"));

	undo(fx);
	struct store_item back = item(fx, "p1/alpha");
	assert_true(back.archived);
	assert_int_equal(back.status, STORE_DONE);
	assert_int_equal(back.status_day, before.status_day);
	assert_int_equal(back.minutes, 40);
	assert_string_equal(back.note, "keep me");
	store_item_done(&back);
	struct store_item fresh = item(fx, "p1/alpha-renamed");
	assert_int_equal(fresh.status, STORE_TODO);
	assert_int_equal(fresh.minutes, 0);
	assert_null(fresh.note);
	store_item_done(&fresh);
	assert_plan_done(fx, 0, 4);
	store_item_done(&before);
}

static void test_adopt_refused(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	progress(fx, "p1/alpha");
	progress(fx, "p1/gamma");
	import(fx, PLAN("Beta", "Alpha renamed", "Gamma"));
	assert_int_equal(adopt(fx, "p1/gamma", "p1/alpha-renamed", false), ACT_ADOPT_NOT_ARCHIVED);
	assert_int_equal(adopt(fx, "p1/alpha", "p1/alpha", false), ACT_ADOPT_SAME);
	assert_int_equal(adopt(fx, "p1/alpha", "p1", false), ACT_ADOPT_KIND);
	assert_int_equal(adopt(fx, "p1/alpha", "p1/gamma", false), ACT_ADOPT_HAS_PROGRESS);
	/* nothing changed by any of them */
	struct store_item a = item(fx, "p1/alpha");
	assert_int_equal(a.status, STORE_DONE);
	assert_int_equal(a.minutes, 40);
	store_item_done(&a);
	/* with force: the time adds up, both notes are kept */
	assert_int_equal(adopt(fx, "p1/alpha", "p1/gamma", true), 0);
	struct store_item g = item(fx, "p1/gamma");
	assert_int_equal(g.status, STORE_DONE);
	assert_int_equal(g.minutes, 80);
	assert_string_equal(g.note, "keep me\n\nkeep me");
	store_item_done(&g);
	assert_int_equal(adopt(fx, "p1/alpha", "p1/beta", false), ACT_ADOPT_NOTHING);
	undo(fx);
	assert_progress(fx, "p1/gamma", id_of(fx, "p1/gamma"));
	/* an archived item cannot take the progress */
	import(fx, PLAN("Delta", "Beta", "Alpha renamed"));
	assert_int_equal(adopt(fx, "p1/alpha", "p1/gamma", true), ACT_ADOPT_ARCHIVED);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_retitle_in_place),
		T(test_retitle_first_and_last),
		T(test_retitle_and_add),
		T(test_retitle_duplicate),
		T(test_retitle_phase_in_place),
		T(test_retitle_and_reorder),
		T(test_retitle_in_reordered_siblings),
		T(test_two_retitled_side_by_side),
		T(test_retitle_beside_removal),
		T(test_explicit_id_not_in_place),
		T(test_week_number_not_in_place),
		T(test_retitle_dry_run),
		T(test_adopt_and_undo),
		T(test_adopt_refused),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
