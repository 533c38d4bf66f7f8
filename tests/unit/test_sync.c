/*
 * Unit tests for sync: the change report of each kind of edit to a plan
 * file (docs/plan-format.md, "Identity"), progress kept through them,
 * refs that never change nor come back, a dry run and an unchanged file
 * that write nothing, the counts a sync leaves, the places (seq) items
 * keep through edits, and a tick that another process records while a
 * sync works. Each test has a store of its own in a temporary directory,
 * which it removes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#define HEAD "stride: 1\nid: sy\ntitle: Sync\n"

/* Items, in the plan's order: p1, t1, t2, p1/plain-task, opt, p1/it-works,
 * p2, t3. Countable: t1, t2, Plain task, It works, t3. */
static const char base_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

static const char *const base_keys[] = {
	"p1", "t1", "t2", "p1/plain-task", "opt", "p1/it-works", "p2", "t3",
};

/* t1 retitled. */
static const char retitled_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: \"Task one, in other words\" }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

/* t3 moved from p2 to p1 (p2 left with a task of its own). */
static const char moved_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"      - { id: t3, title: Task three }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t4, title: Task four }\n";

/* t2 removed. */
static const char removed_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

/* t2 removed and t5 added in its place. */
static const char replaced_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one }\n"
	"      - { id: t5, title: Task five }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

/* p1's id renamed: its derived keys change, explicit ids do not. */
static const char renamed_phase_yaml[] = HEAD
	"phases:\n"
	"  - id: first\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

/* Several changes at once: a task added first in p1, t3 retitled, t1
 * removed, a criterion added. */
static const char mixed_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t0, title: Task zero }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: \"Task three, again\" }\n"
	"    criteria:\n"
	"      - Also works\n";

/* t1 made optional. */
static const char optional_yaml[] = HEAD
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    tasks:\n"
	"      - { id: t1, title: Task one, optional: true }\n"
	"      - { id: t2, title: Task two }\n"
	"      - Plain task\n"
	"      - { id: opt, title: Optional, optional: true }\n"
	"    criteria:\n"
	"      - It works\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    tasks:\n"
	"      - { id: t3, title: Task three }\n";

/* ---- helpers ----------------------------------------------------------- */

struct fx {
	char dir[256];
	char path[320];
	struct store *s;
	sqlite3 *watch; /* a second connection, to tell whether a sync wrote */
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
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-test-sync.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->path, sizeof(fx->path), "%s/stride.db", fx->dir);
	struct store_error err = { 0 };
	assert_int_equal(store_open(fx->path, true, &fx->s, &err), 0);
	assert_int_equal(sqlite3_open_v2(fx->path, &fx->watch,
					 SQLITE_OPEN_READONLY, NULL),
			 SQLITE_OK);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	sqlite3_close(fx->watch);
	store_close(fx->s);
	remove_tree(fx->dir);
	free(fx);
	return 0;
}

/* Changes with every commit of another connection to the store. */
static int data_version(struct fx *fx)
{
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(fx->watch, "PRAGMA data_version", -1,
					    &q, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	int v = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return v;
}

static struct plan *load(const char *yaml)
{
	struct diag_list dl;
	diag_list_init(&dl);
	struct plan *p = NULL;
	enum loader_status st = loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &dl);
	for (size_t i = 0; i < dl.n; i++)
		fprintf(stderr, "%u:%u: %s\n", dl.v[i].line, dl.v[i].col, dl.v[i].msg);
	assert_int_equal(st, LOADER_OK);
	assert_int_equal(dl.n, 0);
	diag_list_done(&dl);
	return p;
}

static void sync_src(struct fx *fx, const char *yaml,
		     const struct sync_source *src, bool dry,
		     struct sync_report *rep)
{
	struct plan *p = load(yaml);
	struct store_error err = { 0 };
	int rc = sync_plan(fx->s, p, src, dry, rep, &err);
	if (rc != 0)
		fprintf(stderr, "sync_plan: %s\n", err.msg);
	assert_int_equal(rc, 0);
	plan_free(p);
}

static void sync_yaml(struct fx *fx, const char *yaml, bool dry,
		      struct sync_report *rep)
{
	sync_src(fx, yaml, NULL, dry, rep);
}

/* Syncs yaml for real, the report unread. */
static void import(struct fx *fx, const char *yaml)
{
	struct sync_report rep;
	sync_yaml(fx, yaml, false, &rep);
	sync_report_done(&rep);
}

static const struct sync_change *find_change(const struct sync_report *rep,
					     enum sync_change_kind kind,
					     const char *key)
{
	for (size_t i = 0; i < rep->nchanges; i++)
		if (rep->changes[i].kind == kind && !strcmp(rep->changes[i].key, key))
			return &rep->changes[i];
	return NULL;
}

static void dump_report(const struct sync_report *rep)
{
	static const char *const names[] = { "added", "removed", "retitled",
					     "moved", "restored" };
	for (size_t i = 0; i < rep->nchanges; i++)
		fprintf(stderr, "  %s %s \"%s\" (was %s)\n",
			names[rep->changes[i].kind], rep->changes[i].key,
			rep->changes[i].title,
			rep->changes[i].was ? rep->changes[i].was : "-");
}

/* The report holds exactly these counts of each kind. */
static void assert_report_counts(const struct sync_report *rep, size_t added,
				 size_t removed, size_t retitled, size_t moved,
				 size_t restored)
{
	size_t want[SYNC_NCHANGE_KINDS] = { added, removed, retitled, moved,
					    restored };
	bool ok = rep->nchanges == added + removed + retitled + moved + restored;
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++)
		ok = ok && rep->n[k] == want[k];
	if (!ok) {
		fprintf(stderr, "unexpected report:\n");
		dump_report(rep);
	}
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++)
		assert_int_equal(rep->n[k], want[k]);
	assert_int_equal(rep->nchanges, added + removed + retitled + moved + restored);
}

/* A new plan's report counts what it adds and lists none of it. */
static void assert_created_counts(const struct sync_report *rep, size_t added)
{
	assert_true(rep->created);
	assert_int_equal(rep->n[SYNC_ADDED], added);
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++)
		if (k != SYNC_ADDED)
			assert_int_equal(rep->n[k], 0);
	assert_int_equal(rep->nchanges, 0);
}

static struct store_plan plan_row(struct fx *fx)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, "sy", &p, &err), 0);
	return p;
}

static long long plan_id(struct fx *fx)
{
	struct store_plan p = plan_row(fx);
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

static void set_status(struct fx *fx, const char *key, enum store_status st)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_set_status(fx->s, &it, st, d("2025-06-03"), &batch,
					  &err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_item_done(&it);
}

static void add_progress(struct fx *fx, const char *key, int minutes,
			 const char *note)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	assert_int_equal(store_begin(fx->s, &err), 0);
	assert_int_equal(store_log(fx->s, it.plan_id, it.id, minutes,
				   d("2025-06-03"), NULL, &batch, &err), 0);
	assert_int_equal(store_set_note(fx->s, &it, note, d("2025-06-03"), &batch,
					&err), 0);
	assert_int_equal(store_commit(fx->s, &err), 0);
	store_item_done(&it);
}

static void assert_plan_counts(struct fx *fx, int done, int total)
{
	struct store_plan p = plan_row(fx);
	assert_int_equal(p.done, done);
	assert_int_equal(p.total, total);
	store_plan_done(&p);
}

/* ---- a snapshot of everything sync and the person wrote ------------------- */

struct snap_item {
	long long id, parent_id, sched_id, fp;
	char key[64], title[64], note[64];
	int ref, kind, seq, last, depth, start, end, status, minutes;
	int n_total, n_done, s_total, s_done;
	bool archived, optional, has_note;
};

struct snap {
	struct snap_item v[256];
	size_t n;
	bool has_plan;
	char title[64];
	int total, done, next_ref;
};

static int keep_snap(const struct store_item *it, void *ctx)
{
	struct snap *sn = ctx;
	assert_true(sn->n < ARRAY_LEN(sn->v));
	struct snap_item *si = &sn->v[sn->n++];
	si->id = it->id;
	si->parent_id = it->parent_id;
	si->sched_id = it->sched_id;
	si->fp = it->fp;
	snprintf(si->key, sizeof(si->key), "%s", it->key);
	snprintf(si->title, sizeof(si->title), "%s", it->title);
	snprintf(si->note, sizeof(si->note), "%s", it->note ? it->note : "");
	si->has_note = it->note != NULL;
	si->ref = it->ref;
	si->kind = it->kind;
	si->seq = it->seq;
	si->last = it->last;
	si->depth = it->depth;
	si->start = it->start;
	si->end = it->end;
	si->status = it->status;
	si->minutes = it->minutes;
	si->n_total = it->n_total;
	si->n_done = it->n_done;
	si->s_total = it->s_total;
	si->s_done = it->s_done;
	si->archived = it->archived;
	si->optional = it->optional;
	return 0;
}

static void take_snap(struct fx *fx, struct snap *sn)
{
	memset(sn, 0, sizeof(*sn));
	struct store_plan p;
	struct store_error err = { 0 };
	if (store_plan_get(fx->s, "sy", &p, &err) < 0) {
		assert_int_equal(err.code, STORE_ERR_NOTFOUND);
		return;
	}
	sn->has_plan = true;
	snprintf(sn->title, sizeof(sn->title), "%s", p.title);
	sn->total = p.total;
	sn->done = p.done;
	sn->next_ref = p.next_ref;
	assert_int_equal(store_items(fx->s, p.id, keep_snap, sn, &err), 0);
	store_plan_done(&p);
}

static void assert_same_snap(const struct snap *a, const struct snap *b)
{
	assert_int_equal(a->has_plan, b->has_plan);
	assert_string_equal(a->title, b->title);
	assert_int_equal(a->total, b->total);
	assert_int_equal(a->done, b->done);
	assert_int_equal(a->next_ref, b->next_ref);
	assert_int_equal(a->n, b->n);
	assert_memory_equal(a->v, b->v, a->n * sizeof(a->v[0]));
}

/* The counts the store holds must equal a recount over the live items:
 * n_ over descendants, s_ over the items whose innermost dated container
 * it is, and the plan's total and done. Archived items count nowhere. */
static void assert_counts_recount(struct fx *fx)
{
	struct snap sn;
	take_snap(fx, &sn);
	int total = 0, done = 0;
	for (size_t i = 0; i < sn.n; i++) {
		const struct snap_item *x = &sn.v[i];
		int nt = 0, nd = 0, st = 0, sd = 0;
		for (size_t j = 0; j < sn.n; j++) {
			const struct snap_item *y = &sn.v[j];
			struct store_item probe = {
				.kind = (enum store_kind)y->kind, .optional = y->optional,
				.archived = y->archived,
				.status = (enum store_status)y->status,
			};
			if (!store_countable(&probe))
				continue;
			bool is_done = y->status == STORE_DONE;
			for (long long p = y->parent_id; p;) {
				if (p == x->id) {
					nt++;
					nd += is_done;
				}
				size_t k = 0;
				while (k < sn.n && sn.v[k].id != p)
					k++;
				assert_true(k < sn.n);
				p = sn.v[k].parent_id;
			}
			if (y->sched_id == x->id) {
				st++;
				sd += is_done;
			}
			if (i == 0) {
				total++;
				done += is_done;
			}
		}
		if (x->archived)
			continue;
		if (x->n_total != nt || x->n_done != nd || x->s_total != st ||
		    x->s_done != sd)
			fprintf(stderr, "%s: n %d/%d s %d/%d, recounted n %d/%d s %d/%d\n",
				x->key, x->n_done, x->n_total, x->s_done, x->s_total,
				nd, nt, sd, st);
		assert_int_equal(x->n_total, nt);
		assert_int_equal(x->n_done, nd);
		assert_int_equal(x->s_total, st);
		assert_int_equal(x->s_done, sd);
	}
	assert_int_equal(sn.total, total);
	assert_int_equal(sn.done, done);
}

/* ---- tests --------------------------------------------------------------- */

static void test_first_import(void **state)
{
	struct fx *fx = *state;
	int v0 = data_version(fx);
	struct sync_report rep;
	sync_yaml(fx, base_yaml, false, &rep);
	assert_string_equal(rep.slug, "sy");
	assert_string_equal(rep.title, "Sync");
	assert_true(rep.created);
	assert_true(rep.changed);
	assert_null(rep.old_source);
	assert_int_equal(rep.items, 8);
	assert_created_counts(&rep, 8);
	sync_report_done(&rep);
	assert_true(data_version(fx) != v0);

	struct store_plan p = plan_row(fx);
	assert_string_equal(p.title, "Sync");
	assert_int_equal(p.total, 5);
	assert_int_equal(p.done, 0);
	assert_int_equal(p.start, d("2025-06-02"));
	assert_int_equal(p.end, d("2025-06-15"));
	store_plan_done(&p);

	/* every item with its own ref */
	struct snap sn;
	take_snap(fx, &sn);
	assert_int_equal(sn.n, 8);
	for (size_t i = 0; i < sn.n; i++) {
		/* in the plan's order, refs counted from 1 in that order */
		assert_string_equal(sn.v[i].key, base_keys[i]);
		assert_int_equal(sn.v[i].ref, (int)i + 1);
		assert_true(sn.v[i].ref > 0);
		assert_false(sn.v[i].archived);
		assert_int_equal(sn.v[i].status, STORE_TODO);
		for (size_t j = 0; j < i; j++)
			assert_true(sn.v[i].ref != sn.v[j].ref);
	}
	struct store_item p1 = item(fx, "p1");
	assert_int_equal(p1.n_total, 4);
	assert_int_equal(p1.s_total, 4);
	assert_int_equal(p1.start, d("2025-06-02"));
	store_item_done(&p1);
	struct store_item p2 = item(fx, "p2");
	assert_int_equal(p2.n_total, 1);
	assert_int_equal(p2.s_total, 0);
	assert_int_equal(p2.start, CALENDAR_NONE);
	store_item_done(&p2);
	assert_counts_recount(fx);
}

static void test_unchanged_writes_nothing(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "t1", STORE_DONE);
	add_progress(fx, "t2", 30, "a note");
	struct snap before, after;
	take_snap(fx, &before);
	int v0 = data_version(fx);

	struct sync_report rep;
	sync_yaml(fx, base_yaml, false, &rep);
	assert_false(rep.created);
	assert_false(rep.changed);
	assert_int_equal(rep.items, 8);
	assert_report_counts(&rep, 0, 0, 0, 0, 0);
	sync_report_done(&rep);

	assert_int_equal(data_version(fx), v0);
	take_snap(fx, &after);
	assert_same_snap(&before, &after);

	/* the same with a source that has not changed */
	struct sync_source src = { "/home/me/plans/sy.yaml", 1234,
				   1717000000000000000LL, "0123456789abcdef" };
	sync_src(fx, base_yaml, &src, false, &rep);
	assert_true(rep.changed); /* the source is new to the store */
	sync_report_done(&rep);
	take_snap(fx, &before);
	v0 = data_version(fx);
	sync_src(fx, base_yaml, &src, false, &rep);
	assert_false(rep.changed);
	assert_report_counts(&rep, 0, 0, 0, 0, 0);
	sync_report_done(&rep);
	assert_int_equal(data_version(fx), v0);
	take_snap(fx, &after);
	assert_same_snap(&before, &after);
	struct store_plan p = plan_row(fx);
	assert_string_equal(p.source, "/home/me/plans/sy.yaml");
	assert_int_equal(p.source_size, 1234);
	assert_int_equal(p.source_mtime, 1717000000000000000LL);
	assert_string_equal(p.source_hash, "0123456789abcdef");
	store_plan_done(&p);
}

/* A plan imported from another file than before: the report names the
 * old one, and the plan records the new one. */
static void test_source_moved(void **state)
{
	struct fx *fx = *state;
	struct sync_source a = { "/home/me/a.yaml", 10, 1000, "00000000000000aa" };
	struct sync_source b = { "/home/me/b.yaml", 10, 1000, "00000000000000aa" };
	struct sync_report rep;
	sync_src(fx, base_yaml, &a, false, &rep);
	assert_null(rep.old_source);
	sync_report_done(&rep);
	sync_src(fx, base_yaml, &b, false, &rep);
	assert_true(rep.changed);
	assert_non_null(rep.old_source);
	assert_string_equal(rep.old_source, "/home/me/a.yaml");
	assert_report_counts(&rep, 0, 0, 0, 0, 0);
	sync_report_done(&rep);
	struct store_plan p = plan_row(fx);
	assert_string_equal(p.source, "/home/me/b.yaml");
	store_plan_done(&p);
}

static void test_retitle(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "t1", STORE_DONE);
	add_progress(fx, "t1", 40, "keep me");
	struct store_item was = item(fx, "t1");

	struct sync_report rep;
	sync_yaml(fx, retitled_yaml, false, &rep);
	assert_true(rep.changed);
	assert_false(rep.created);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	const struct sync_change *c = find_change(&rep, SYNC_RETITLED, "t1");
	assert_non_null(c);
	assert_int_equal(c->item_kind, STORE_TASK);
	assert_string_equal(c->title, "Task one, in other words");
	assert_string_equal(c->was, "Task one");
	sync_report_done(&rep);

	struct store_item now = item(fx, "t1");
	assert_string_equal(now.title, "Task one, in other words");
	assert_int_equal(now.id, was.id);
	assert_int_equal(now.ref, was.ref);
	assert_int_equal(now.status, STORE_DONE);
	assert_int_equal(now.minutes, 40);
	assert_string_equal(now.note, "keep me");
	assert_false(now.archived);
	store_item_done(&now);
	store_item_done(&was);
	assert_plan_counts(fx, 1, 5);
	assert_counts_recount(fx);
}

static void test_retitle_derived_key(void **state)
{
	struct fx *fx = *state;
	/* a task without an id is known by its title, and by its place:
	 * retitled where it was, it is the same item under a new key (the
	 * cases of docs/plan-format.md are in test_identity.c) */
	static const char yaml[] = HEAD
		"phases:\n"
		"  - id: p1\n"
		"    title: Phase one\n"
		"    tasks:\n"
		"      - Plain task\n";
	static const char yaml2[] = HEAD
		"phases:\n"
		"  - id: p1\n"
		"    title: Phase one\n"
		"    tasks:\n"
		"      - Plain task, renamed\n";
	import(fx, yaml);
	struct store_item was = item(fx, "p1/plain-task");
	struct sync_report rep;
	sync_yaml(fx, yaml2, false, &rep);
	assert_report_counts(&rep, 0, 0, 1, 0, 0);
	const struct sync_change *c = find_change(&rep, SYNC_RETITLED, "p1/plain-task-renamed");
	assert_non_null(c);
	assert_true(c->in_place);
	assert_string_equal(c->was, "Plain task");
	sync_report_done(&rep);
	struct store_item now = item(fx, "p1/plain-task-renamed");
	assert_int_equal(now.id, was.id);
	/* the old key is its alias: the same item by either */
	struct store_item old = item(fx, "p1/plain-task");
	assert_int_equal(old.id, was.id);
	assert_string_equal(old.key, "p1/plain-task-renamed");
	store_item_done(&old);
	store_item_done(&now);
	store_item_done(&was);
}

static void test_move(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "t3", STORE_DONE);
	struct store_item was = item(fx, "t3");
	struct store_item p1 = item(fx, "p1");

	struct sync_report rep;
	sync_yaml(fx, moved_yaml, false, &rep);
	assert_report_counts(&rep, 1, 0, 0, 1, 0);
	const struct sync_change *c = find_change(&rep, SYNC_MOVED, "t3");
	assert_non_null(c);
	assert_string_equal(c->title, "Task three");
	assert_string_equal(c->was, "p2");
	assert_non_null(find_change(&rep, SYNC_ADDED, "t4"));
	sync_report_done(&rep);

	struct store_item now = item(fx, "t3");
	assert_int_equal(now.id, was.id);
	assert_int_equal(now.ref, was.ref);
	assert_int_equal(now.parent_id, p1.id);
	assert_int_equal(now.sched_id, p1.id); /* now in a dated phase */
	assert_int_equal(now.status, STORE_DONE);
	store_item_done(&now);
	store_item_done(&was);
	store_item_done(&p1);

	/* the done task counts in its new phase, not in its old one */
	struct store_item np1 = item(fx, "p1"), np2 = item(fx, "p2");
	assert_int_equal(np1.n_total, 5);
	assert_int_equal(np1.n_done, 1);
	assert_int_equal(np1.s_total, 5);
	assert_int_equal(np1.s_done, 1);
	assert_int_equal(np2.n_total, 1);
	assert_int_equal(np2.n_done, 0);
	store_item_done(&np1);
	store_item_done(&np2);
	assert_plan_counts(fx, 1, 6);
	assert_counts_recount(fx);

	/* and back again */
	sync_yaml(fx, base_yaml, false, &rep);
	c = find_change(&rep, SYNC_MOVED, "t3");
	assert_non_null(c);
	assert_string_equal(c->was, "p1");
	assert_non_null(find_change(&rep, SYNC_REMOVED, "t4"));
	sync_report_done(&rep);
	assert_counts_recount(fx);
}

/* Renaming a phase's id changes the keys under it: removed and added,
 * while the items with explicit ids keep theirs and move. */
static void test_rename_phase_id(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "p1/plain-task", STORE_DONE);
	set_status(fx, "t1", STORE_DONE);
	struct sync_report rep;
	sync_yaml(fx, renamed_phase_yaml, false, &rep);
	assert_report_counts(&rep, 3, 3, 0, 3, 0);
	assert_non_null(find_change(&rep, SYNC_REMOVED, "p1"));
	assert_non_null(find_change(&rep, SYNC_REMOVED, "p1/plain-task"));
	assert_non_null(find_change(&rep, SYNC_REMOVED, "p1/it-works"));
	assert_non_null(find_change(&rep, SYNC_ADDED, "first"));
	assert_non_null(find_change(&rep, SYNC_ADDED, "first/plain-task"));
	assert_non_null(find_change(&rep, SYNC_ADDED, "first/it-works"));
	for (size_t i = 0; i < 3; i++) {
		const char *key = (const char *[]){ "t1", "t2", "opt" }[i];
		const struct sync_change *c = find_change(&rep, SYNC_MOVED, key);
		assert_non_null(c);
		assert_string_equal(c->was, "p1");
	}
	sync_report_done(&rep);
	/* the derived key's progress stays with the archived item */
	struct store_item old = item(fx, "p1/plain-task");
	assert_true(old.archived);
	assert_int_equal(old.status, STORE_DONE);
	store_item_done(&old);
	struct store_item t1 = item(fx, "t1");
	assert_int_equal(t1.status, STORE_DONE);
	store_item_done(&t1);
	assert_plan_counts(fx, 1, 5);
	assert_counts_recount(fx);
}

static void test_remove_then_readd(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "t2", STORE_DONE);
	add_progress(fx, "t2", 25, "learned a lot");
	set_status(fx, "t1", STORE_DONE);
	struct store_item was = item(fx, "t2");
	assert_plan_counts(fx, 2, 5);

	struct sync_report rep;
	sync_yaml(fx, removed_yaml, false, &rep);
	assert_true(rep.changed);
	assert_int_equal(rep.items, 7);
	assert_report_counts(&rep, 0, 1, 0, 0, 0);
	const struct sync_change *c = find_change(&rep, SYNC_REMOVED, "t2");
	assert_non_null(c);
	assert_string_equal(c->title, "Task two");
	assert_int_equal(c->item_kind, STORE_TASK);
	sync_report_done(&rep);

	/* archived with its progress, and out of every count */
	struct store_item gone = item(fx, "t2");
	assert_true(gone.archived);
	assert_int_equal(gone.status, STORE_DONE);
	assert_int_equal(gone.minutes, 25);
	assert_string_equal(gone.note, "learned a lot");
	assert_int_equal(gone.ref, was.ref);
	assert_false(store_countable(&gone));
	store_item_done(&gone);
	struct store_item byref;
	struct store_error err = { 0 };
	assert_int_equal(store_item_by_ref(fx->s, plan_id(fx), was.ref, &byref, &err), 0);
	assert_string_equal(byref.key, "t2");
	store_item_done(&byref);
	assert_plan_counts(fx, 1, 4);
	struct store_item p1 = item(fx, "p1");
	assert_int_equal(p1.n_total, 3);
	assert_int_equal(p1.n_done, 1);
	assert_int_equal(p1.s_total, 3);
	assert_int_equal(p1.s_done, 1);
	store_item_done(&p1);
	assert_counts_recount(fx);

	/* syncing the same file again: nothing to report */
	sync_yaml(fx, removed_yaml, false, &rep);
	assert_false(rep.changed);
	assert_report_counts(&rep, 0, 0, 0, 0, 0);
	sync_report_done(&rep);

	/* back in the file: restored, progress and ref and all */
	sync_yaml(fx, base_yaml, false, &rep);
	assert_report_counts(&rep, 0, 0, 0, 0, 1);
	c = find_change(&rep, SYNC_RESTORED, "t2");
	assert_non_null(c);
	assert_string_equal(c->title, "Task two");
	assert_int_equal(rep.items, 8);
	sync_report_done(&rep);
	struct store_item back = item(fx, "t2");
	assert_false(back.archived);
	assert_int_equal(back.id, was.id);
	assert_int_equal(back.ref, was.ref);
	assert_int_equal(back.status, STORE_DONE);
	assert_int_equal(back.minutes, 25);
	assert_string_equal(back.note, "learned a lot");
	store_item_done(&back);
	store_item_done(&was);
	assert_plan_counts(fx, 2, 5);
	assert_counts_recount(fx);
}

static void test_refs_stable_never_reused(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	struct snap first;
	take_snap(fx, &first);

	/* t2 out, t5 in: t5 gets a ref no item ever had */
	import(fx, replaced_yaml);
	struct store_item t5 = item(fx, "t5");
	struct store_item t2 = item(fx, "t2");
	assert_true(t2.archived);
	for (size_t i = 0; i < first.n; i++)
		assert_true(t5.ref != first.v[i].ref);
	int t5_ref = t5.ref;
	store_item_done(&t5);

	/* every other item kept its ref */
	struct snap now;
	take_snap(fx, &now);
	for (size_t i = 0; i < first.n; i++) {
		struct store_item it = item(fx, first.v[i].key);
		assert_int_equal(it.ref, first.v[i].ref);
		assert_int_equal(it.id, first.v[i].id);
		store_item_done(&it);
	}

	/* t5 out (t2 back): t2 takes its own ref again, and a new item after
	 * that takes neither */
	import(fx, base_yaml);
	struct store_item back = item(fx, "t2");
	assert_int_equal(back.ref, t2.ref);
	store_item_done(&back);
	store_item_done(&t2);
	import(fx, moved_yaml); /* adds t4 */
	struct store_item t4 = item(fx, "t4");
	assert_true(t4.ref != t5_ref);
	for (size_t i = 0; i < first.n; i++)
		assert_true(t4.ref != first.v[i].ref);
	store_item_done(&t4);
	struct store_item t5again = item(fx, "t5");
	assert_true(t5again.archived);
	assert_int_equal(t5again.ref, t5_ref);
	store_item_done(&t5again);
}

static void test_dry_run_writes_nothing(void **state)
{
	struct fx *fx = *state;

	/* into an empty store */
	int v0 = data_version(fx);
	struct sync_report rep;
	sync_yaml(fx, base_yaml, true, &rep);
	assert_true(rep.created);
	assert_true(rep.changed);
	assert_created_counts(&rep, 8);
	sync_report_done(&rep);
	assert_int_equal(data_version(fx), v0);
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx->s, "sy", &p, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);

	/* over a plan with progress */
	import(fx, base_yaml);
	set_status(fx, "t1", STORE_DONE);
	set_status(fx, "t2", STORE_DONE);
	struct snap before, after;
	take_snap(fx, &before);
	v0 = data_version(fx);
	sync_yaml(fx, mixed_yaml, true, &rep);
	assert_false(rep.created);
	assert_true(rep.changed);
	assert_report_counts(&rep, 2, 1, 1, 0, 0);
	assert_non_null(find_change(&rep, SYNC_ADDED, "t0"));
	assert_non_null(find_change(&rep, SYNC_ADDED, "p2/also-works"));
	assert_non_null(find_change(&rep, SYNC_REMOVED, "t1"));
	assert_non_null(find_change(&rep, SYNC_RETITLED, "t3"));
	sync_report_done(&rep);
	assert_int_equal(data_version(fx), v0);
	take_snap(fx, &after);
	assert_same_snap(&before, &after);
	assert_false(has_item(fx, "t0"));

	/* the same sync for real reports the same */
	sync_yaml(fx, mixed_yaml, false, &rep);
	assert_report_counts(&rep, 2, 1, 1, 0, 0);
	sync_report_done(&rep);
	assert_true(data_version(fx) != v0);
	assert_true(has_item(fx, "t0"));
	assert_counts_recount(fx);
}

/* The changes come in the plan's order, the removed ones last. */
static void test_report_order(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	struct sync_report rep;
	sync_yaml(fx, mixed_yaml, false, &rep);
	static const struct {
		enum sync_change_kind kind;
		const char *key;
	} want[] = {
		{ SYNC_ADDED, "t0" },
		{ SYNC_RETITLED, "t3" },
		{ SYNC_ADDED, "p2/also-works" },
		{ SYNC_REMOVED, "t1" },
	};
	if (rep.nchanges != ARRAY_LEN(want))
		dump_report(&rep);
	assert_int_equal(rep.nchanges, ARRAY_LEN(want));
	for (size_t i = 0; i < ARRAY_LEN(want); i++) {
		assert_int_equal(rep.changes[i].kind, want[i].kind);
		assert_string_equal(rep.changes[i].key, want[i].key);
	}
	sync_report_done(&rep);
}

static void test_counts_after_syncs(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	set_status(fx, "t1", STORE_DONE);
	set_status(fx, "t3", STORE_DONE);
	set_status(fx, "p1/it-works", STORE_DONE);
	assert_counts_recount(fx);
	static const char *const files[] = {
		moved_yaml, removed_yaml, mixed_yaml, replaced_yaml,
		renamed_phase_yaml, base_yaml,
	};
	for (size_t i = 0; i < ARRAY_LEN(files); i++) {
		import(fx, files[i]);
		assert_counts_recount(fx);
	}
	/* back where it started, with its progress */
	assert_plan_counts(fx, 3, 5);
}

static void test_optional_and_skipped_not_counted(void **state)
{
	struct fx *fx = *state;
	import(fx, base_yaml);
	/* opt is optional: 5 countable of 6 tasks and criteria */
	assert_plan_counts(fx, 0, 5);
	set_status(fx, "opt", STORE_DONE);
	assert_plan_counts(fx, 0, 5);
	set_status(fx, "t2", STORE_SKIPPED);
	assert_plan_counts(fx, 0, 4);
	set_status(fx, "t1", STORE_DONE);
	assert_plan_counts(fx, 1, 4);

	/* a sync that recounts keeps them out */
	import(fx, retitled_yaml);
	assert_plan_counts(fx, 1, 4);
	assert_counts_recount(fx);

	/* t1 made optional in the file: out of the counts, done or not */
	struct sync_report rep;
	sync_yaml(fx, optional_yaml, false, &rep);
	assert_true(rep.changed);
	sync_report_done(&rep);
	assert_plan_counts(fx, 0, 3);
	struct store_item t1 = item(fx, "t1");
	assert_true(t1.optional);
	assert_int_equal(t1.status, STORE_DONE);
	store_item_done(&t1);
	struct store_item p1 = item(fx, "p1");
	assert_int_equal(p1.n_total, 2); /* plain task, it works */
	assert_int_equal(p1.n_done, 0);
	store_item_done(&p1);
	assert_counts_recount(fx);
}

/* A plan of one phase and n tasks t<i> "Task <i>", with n_new tasks n<j>
 * "New <j>" after t<at>, and t<retitle> (when >= 0) retitled. */
static char *many_tasks_yaml(int n, int at, int n_new, int retitle)
{
	size_t cap = 256 + (size_t)(n + n_new) * 64;
	char *y = malloc(cap);
	assert_non_null(y);
	int o = snprintf(y, cap, HEAD "phases:\n  - id: p\n    title: P\n    tasks:\n");
	for (int i = 0; i < n; i++) {
		o += snprintf(y + o, cap - (size_t)o,
			      "      - { id: t%d, title: %s %d }\n", i,
			      i == retitle ? "Retitled" : "Task", i);
		for (int j = 0; i == at && j < n_new; j++)
			o += snprintf(y + o, cap - (size_t)o,
				      "      - { id: n%d, title: New %d }\n", j, j);
	}
	return y;
}

struct rows {
	char key[256][16], title[256][24];
	int ref[256];
	long long parent[256];
	size_t n;
};

static int keep_row(const struct store_item *it, void *ctx)
{
	struct rows *r = ctx;
	assert_true(r->n < 256);
	snprintf(r->key[r->n], sizeof(r->key[0]), "%s", it->key);
	snprintf(r->title[r->n], sizeof(r->title[0]), "%s", it->title);
	r->ref[r->n] = it->ref;
	r->parent[r->n++] = it->parent_id;
	return 0;
}

static void rows_of(struct fx *fx, struct rows *r)
{
	struct store_error err = { 0 };
	r->n = 0;
	assert_int_equal(store_items(fx->s, plan_id(fx), keep_row, r, &err), 0);
}

/* New items go in many to a statement: each row gets its own values, the
 * rows that fill no whole batch go in too, and an import that both
 * updates items and adds them keeps every ref. */
static void test_bulk_insert(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	char *y = many_tasks_yaml(150, -1, 0, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	assert_int_equal(rep.items, 151);
	sync_report_done(&rep);
	struct rows r;
	rows_of(fx, &r);
	assert_int_equal(r.n, 151);
	assert_string_equal(r.key[0], "p");
	for (int i = 0; i < 150; i++) {
		char key[16], title[24];
		snprintf(key, sizeof(key), "t%d", i);
		snprintf(title, sizeof(title), "Task %d", i);
		assert_string_equal(r.key[i + 1], key);
		assert_string_equal(r.title[i + 1], title);
		assert_int_equal(r.ref[i + 1], i + 2);
		assert_true(r.parent[i + 1] == r.parent[1] && r.parent[1] != 0);
	}

	/* 70 new ones after t9, t20 retitled: the new ones take refs from
	 * 152 on, in the plan's order, and the old ones keep theirs */
	y = many_tasks_yaml(150, 9, 70, 20);
	sync_yaml(fx, y, false, &rep);
	free(y);
	assert_int_equal(rep.n[SYNC_ADDED], 70);
	assert_int_equal(rep.n[SYNC_RETITLED], 1);
	sync_report_done(&rep);
	rows_of(fx, &r);
	assert_int_equal(r.n, 221);
	for (int j = 0; j < 70; j++) {
		char key[16], title[24];
		snprintf(key, sizeof(key), "n%d", j);
		snprintf(title, sizeof(title), "New %d", j);
		assert_string_equal(r.key[11 + j], key);
		assert_string_equal(r.title[11 + j], title);
		assert_int_equal(r.ref[11 + j], 152 + j);
	}
	assert_string_equal(r.key[81], "t10");
	assert_int_equal(r.ref[81], 12);
	assert_string_equal(r.title[11 + 70 + 10], "Retitled 20");
	assert_int_equal(r.ref[220], 151);
	assert_counts_recount(fx);
}

/* ---- places ---------------------------------------------------------------- */

struct places {
	char (*key)[16];
	int *seq, *last, *depth;
	size_t n, cap;
};

static int keep_place(const struct store_item *it, void *ctx)
{
	struct places *pl = ctx;
	if (it->archived)
		return 0;
	if (pl->n == pl->cap) {
		pl->cap = pl->cap ? 2 * pl->cap : 256;
		pl->key = realloc(pl->key, pl->cap * sizeof(*pl->key));
		pl->seq = realloc(pl->seq, pl->cap * sizeof(*pl->seq));
		pl->last = realloc(pl->last, pl->cap * sizeof(*pl->last));
		pl->depth = realloc(pl->depth, pl->cap * sizeof(*pl->depth));
		assert_true(pl->key && pl->seq && pl->last && pl->depth);
	}
	snprintf(pl->key[pl->n], sizeof(pl->key[0]), "%s", it->key);
	pl->seq[pl->n] = it->seq;
	pl->last[pl->n] = it->last;
	pl->depth[pl->n++] = it->depth;
	return 0;
}

static void places_done(struct places *pl)
{
	free(pl->key);
	free(pl->seq);
	free(pl->last);
	free(pl->depth);
	memset(pl, 0, sizeof(*pl));
}

/* The live items in store order, which must be the plan's pre-order with
 * numbers that increase, below 2^30, each item's last the number of the
 * last item of its subtree. */
static void places_of(struct fx *fx, struct places *pl)
{
	struct store_error err = { 0 };
	memset(pl, 0, sizeof(*pl));
	assert_int_equal(store_items(fx->s, plan_id(fx), keep_place, pl, &err), 0);
	for (size_t i = 0; i < pl->n; i++) {
		assert_true(pl->seq[i] >= 0 && pl->seq[i] < (1 << 30));
		if (i)
			assert_true(pl->seq[i] > pl->seq[i - 1]);
		size_t end = i;
		while (end + 1 < pl->n && pl->depth[end + 1] > pl->depth[i])
			end++;
		assert_int_equal(pl->last[i], pl->seq[end]);
	}
}

static int seq_of(const struct places *pl, const char *key)
{
	for (size_t i = 0; i < pl->n; i++)
		if (!strcmp(pl->key[i], key))
			return pl->seq[i];
	fail_msg("no item %s", key);
	return -1;
}

/* A task added among others: the others keep their numbers, so that the
 * sync writes the new row and its phase's counts, not every row after. */
static void test_places_kept_on_insert(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	char *y = many_tasks_yaml(150, -1, 0, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	sync_report_done(&rep);
	struct places before, after;
	places_of(fx, &before);
	assert_int_equal(before.n, 151);

	y = many_tasks_yaml(150, 9, 1, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	assert_int_equal(rep.n[SYNC_ADDED], 1);
	sync_report_done(&rep);
	places_of(fx, &after);
	assert_int_equal(after.n, 152);
	for (size_t i = 0; i < before.n; i++)
		assert_int_equal(seq_of(&after, before.key[i]), before.seq[i]);
	assert_true(seq_of(&after, "n0") > seq_of(&after, "t9"));
	assert_true(seq_of(&after, "n0") < seq_of(&after, "t10"));
	places_done(&before);
	places_done(&after);
	assert_counts_recount(fx);
}

/* More new items in one place than the gap there holds: the neighbours
 * after them give up their numbers until there is room; those before keep
 * theirs. */
static void test_places_crowded(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	char *y = many_tasks_yaml(150, -1, 0, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	sync_report_done(&rep);
	struct places before, after;
	places_of(fx, &before);

	y = many_tasks_yaml(150, 9, 3000, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	assert_int_equal(rep.n[SYNC_ADDED], 3000);
	sync_report_done(&rep);
	places_of(fx, &after);
	assert_int_equal(after.n, 3151);
	for (int i = 0; i <= 9; i++) {
		char key[16];
		snprintf(key, sizeof(key), "t%d", i);
		assert_int_equal(seq_of(&after, key), seq_of(&before, key));
	}
	places_done(&before);
	places_done(&after);
	struct store_plan row = plan_row(fx);
	assert_int_equal(row.total, 3150);
	store_plan_done(&row);
}

/* A store numbered without gaps, as stride numbered items before them: a
 * task added in it takes the place of the next ones, which move on to
 * numbers with gaps; the items before it stay where they were. */
static void test_places_dense_store(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	char *y = many_tasks_yaml(150, -1, 0, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	sync_report_done(&rep);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	char *msg = NULL;
	int rc = sqlite3_exec(db,
			      "UPDATE items SET seq = 0, last = 150 WHERE key = 'p';"
			      "UPDATE items SET seq = CAST(substr(key, 2) AS INTEGER) + 1, "
			      "last = CAST(substr(key, 2) AS INTEGER) + 1 WHERE key != 'p';",
			      NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		fprintf(stderr, "%s\n", msg);
	assert_int_equal(rc, SQLITE_OK);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	struct places dense;
	places_of(fx, &dense);
	assert_int_equal(seq_of(&dense, "t149"), 150);

	y = many_tasks_yaml(150, 9, 1, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	sync_report_done(&rep);
	struct places after;
	places_of(fx, &after);
	assert_int_equal(after.n, 152);
	assert_int_equal(seq_of(&after, "p"), 0);
	for (int i = 0; i <= 9; i++) {
		char key[16];
		snprintf(key, sizeof(key), "t%d", i);
		assert_int_equal(seq_of(&after, key), i + 1);
	}
	/* spread out: the next edit there has room */
	assert_true(seq_of(&after, "t11") - seq_of(&after, "t10") > 1);
	places_done(&dense);
	places_done(&after);
	assert_counts_recount(fx);
}

/* A big plan numbered without gaps: before the sync that adds a task in
 * it, its items are spread out (in transactions of their own), so that
 * the sync writes the new task and not every item after it. */
static void test_places_dense_spread(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	char *y = many_tasks_yaml(5000, -1, 0, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	sync_report_done(&rep);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "UPDATE items SET seq = 0, last = 5000 WHERE key = 'p';"
				      "UPDATE items SET seq = CAST(substr(key, 2) AS INTEGER) + 1, "
				      "last = CAST(substr(key, 2) AS INTEGER) + 1 WHERE key != 'p';",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);

	y = many_tasks_yaml(5000, 9, 1, -1);
	sync_yaml(fx, y, false, &rep);
	free(y);
	assert_int_equal(rep.n[SYNC_ADDED], 1);
	sync_report_done(&rep);
	struct places after;
	places_of(fx, &after);
	assert_int_equal(after.n, 5002);
	/* n spread to (n + 1) * 1024 */
	assert_int_equal(seq_of(&after, "p"), 1024);
	assert_int_equal(after.last[0], 5001 * 1024);
	for (int i = 0; i < 5000; i += 7) {
		char key[16];
		snprintf(key, sizeof(key), "t%d", i);
		assert_int_equal(seq_of(&after, key), (i + 2) * 1024);
	}
	places_done(&after);
	struct store_plan row = plan_row(fx);
	assert_int_equal(row.total, 5001);
	store_plan_done(&row);
}

/* ---- a tick from another process during a sync ------------------------------- */

/* Another process ticks t3 and holds its transaction open while the sync
 * reads the plan (so the tick is not in what it read), then commits: the
 * sync must not write t3 over with what it read, but start over, and keep
 * the tick and the counts that go with it. */
static void test_tick_during_sync(void **state)
{
	struct fx *fx = *state;
	struct sync_report rep;
	sync_yaml(fx, base_yaml, false, &rep);
	sync_report_done(&rep);
	int ready[2];
	assert_int_equal(pipe(ready), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* the other process: the store API on a connection of its own */
		close(ready[0]);
		struct store *s;
		struct store_error err;
		struct store_plan p;
		struct store_item it;
		long long batch = 0;
		if (store_open(fx->path, false, &s, &err) < 0 ||
		    store_plan_get(s, "sy", &p, &err) < 0 ||
		    store_item_by_key(s, p.id, "t3", &it, &err) < 0 ||
		    store_begin(s, &err) < 0 ||
		    store_set_status(s, &it, STORE_DONE, d("2025-06-04"), &batch, &err) < 0)
			_exit(1);
		if (write(ready[1], "x", 1) != 1)
			_exit(2);
		struct timespec pause = { 0, 300 * 1000000 };
		nanosleep(&pause, NULL);
		_exit(store_commit(s, &err) < 0 ? 3 : 0);
	}
	close(ready[1]);
	char c;
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	/* t3 retitled (its row written again) and a criterion added to its
	 * phase (whose counts change with both) */
	sync_yaml(fx, mixed_yaml, false, &rep);
	assert_int_equal(rep.n[SYNC_RETITLED], 1);
	sync_report_done(&rep);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	struct store_item t3 = item(fx, "t3");
	assert_int_equal(t3.status, STORE_DONE);
	store_item_done(&t3);
	assert_counts_recount(fx);
}


/* ---- dates that move (stride start, shift) ----------------------------------- */

/* Nested phases, week blocks with days: ranges and a weekday, a due date,
 * an undated phase: every kind of date a plan has. */
static const char moving_yaml[] = HEAD
	"start: 2025-06-02\n"
	"phases:\n"
	"  - id: p1\n"
	"    title: Phase one\n"
	"    duration: 2w\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        tasks:\n"
	"          - { id: a, title: A, days: 1-3 }\n"
	"          - { id: b, title: B, days: wed }\n"
	"      - week: 2\n"
	"        tasks:\n"
	"          - { id: c, title: C, due: 2025-06-13 }\n"
	"  - id: p2\n"
	"    title: Phase two\n"
	"    duration: 4w\n"
	"    phases:\n"
	"      - { id: s1, title: Sub one, duration: 2w, tasks: [{ id: d, title: D }] }\n"
	"      - { id: s2, title: Sub two, duration: 2w, tasks: [{ id: e, title: E }] }\n"
	"  - id: later\n"
	"    title: Later\n"
	"    tasks: [{ id: f, title: F }]\n";

static const char *const moving_keys[] = {
	"p1", "p1/week-1", "a", "b", "p1/week-2", "c", "p2", "p2/s1", "d", "p2/s2", "e", "later", "f",
};

struct dates {
	int start[ARRAY_LEN(moving_keys)], end[ARRAY_LEN(moving_keys)],
		due[ARRAY_LEN(moving_keys)];
	int plan_start, plan_end;
};

static void dates_of(struct fx *fx, struct dates *dt)
{
	for (size_t i = 0; i < ARRAY_LEN(moving_keys); i++) {
		struct store_item it = item(fx, moving_keys[i]);
		dt->start[i] = it.start;
		dt->end[i] = it.end;
		dt->due[i] = it.due;
		store_item_done(&it);
	}
	struct store_plan p = plan_row(fx);
	dt->plan_start = p.start;
	dt->plan_end = p.end;
	store_plan_done(&p);
}

/* Every date of after is before's moved by days; no date stays none or
 * becomes one. */
static void assert_moved_by(const struct dates *before, const struct dates *after,
			    int days)
{
	for (size_t i = 0; i < ARRAY_LEN(moving_keys); i++) {
		const int *b[] = { &before->start[i], &before->end[i], &before->due[i] };
		const int *a[] = { &after->start[i], &after->end[i], &after->due[i] };
		for (int k = 0; k < 3; k++) {
			if (*b[k] == CALENDAR_NONE)
				assert_int_equal(*a[k], CALENDAR_NONE);
			else
				assert_int_equal(*a[k] - *b[k], days);
		}
	}
	assert_int_equal(after->plan_start - before->plan_start, days);
	assert_int_equal(after->plan_end - before->plan_end, days);
}

static void assert_same_dates(const struct dates *x, const struct dates *y)
{
	assert_moved_by(x, y, 0);
}

static void begin(struct fx *fx)
{
	struct store_error err = { 0 };
	assert_int_equal(store_begin(fx->s, &err), 0);
}

static void commit(struct fx *fx)
{
	struct store_error err = { 0 };
	assert_int_equal(store_commit(fx->s, &err), 0);
}

static void start_by(struct fx *fx, int days)
{
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	int rc = store_plan_start(fx->s, plan_id(fx), days, d("2026-12-04"), &batch, &err);
	if (rc)
		fprintf(stderr, "store_plan_start: %s\n", err.msg);
	assert_int_equal(rc, 0);
	commit(fx);
}

static long long shift_by(struct fx *fx, const char *from, int days)
{
	struct store_error err = { 0 };
	long long batch = 0, moved = 0;
	begin(fx);
	assert_int_equal(store_plan_shift(fx->s, plan_id(fx), d(from), days,
					  d("2026-12-04"), &moved, &batch, &err),
			 0);
	commit(fx);
	return moved;
}

static void undo(struct fx *fx)
{
	struct store_error err = { 0 };
	begin(fx);
	assert_int_equal(store_undo(fx->s, d("2026-12-04"), NULL, NULL, &err), 0);
	commit(fx);
}

/* stride start: every date moves by the same days, whatever the days
 * cross (a month, a year, 29 February); the shape of the plan is kept,
 * and undo puts every date back. */
static void test_start_moves_every_date(void **state)
{
	struct fx *fx = *state;
	import(fx, moving_yaml);
	struct dates file, now, back;
	dates_of(fx, &file);
	/* the file's dates, as the loader gives them */
	assert_int_equal(file.start[2], d("2025-06-02")); /* a: days 1-3 */
	assert_int_equal(file.end[2], d("2025-06-04"));
	assert_int_equal(file.start[3], d("2025-06-04")); /* b: the Wednesday */
	assert_int_equal(file.due[5], d("2025-06-13"));
	assert_int_equal(file.start[11], CALENDAR_NONE); /* later: undated */

	/* to Thursday 2028-02-24 (a leap year), then to 2028-02-29, then back
	 * before the file's (a Sunday) */
	const int to[] = { d("2028-02-24"), d("2028-02-29"), d("2024-12-29") };
	int at = file.plan_start;
	for (size_t i = 0; i < ARRAY_LEN(to); i++) {
		start_by(fx, to[i] - at);
		dates_of(fx, &now);
		assert_moved_by(&file, &now, to[i] - file.plan_start);
		struct store_plan p = plan_row(fx);
		assert_int_equal(p.start, to[i]);
		assert_int_equal(p.moved, to[i] - file.plan_start);
		assert_int_equal(p.file_start, file.plan_start);
		assert_int_equal(p.file_end, file.plan_end);
		store_plan_done(&p);
		at = to[i];
	}
	/* a's three days start on 2024-12-29 and end on the 31st; c's due day
	 * crosses the year */
	assert_int_equal(now.end[2], d("2024-12-31"));
	assert_int_equal(now.due[5], d("2025-01-09"));
	/* each undo takes one start back */
	undo(fx);
	dates_of(fx, &back);
	assert_moved_by(&file, &back, d("2028-02-29") - file.plan_start);
	undo(fx);
	undo(fx);
	dates_of(fx, &back);
	assert_same_dates(&file, &back);
	struct store_plan p = plan_row(fx);
	assert_int_equal(p.moved, 0);
	store_plan_done(&p);
	assert_counts_recount(fx);
}

/* Edits of the file after a start keep the plan where it was started: an
 * item the edit changes, one it adds, and the plan's span, all moved; an
 * item the edit leaves alone is not written again. */
static void test_start_kept_by_sync(void **state)
{
	struct fx *fx = *state;
	import(fx, moving_yaml);
	struct dates file, now;
	dates_of(fx, &file);
	int days = d("2026-12-07") - file.plan_start;
	start_by(fx, days);
	/* the same file again: nothing to write */
	struct sync_report rep;
	int before = data_version(fx);
	sync_yaml(fx, moving_yaml, false, &rep);
	assert_false(rep.changed);
	sync_report_done(&rep);
	assert_int_equal(data_version(fx), before);

	/* a retitled and g added to week 2 with its own days */
	char edited[sizeof(moving_yaml) + 128];
	const char *at = strstr(moving_yaml, "          - { id: c,");
	assert_non_null(at);
	snprintf(edited, sizeof(edited), "%.*s          - { id: g, title: G, days: 2-4 }\n%s",
		 (int)(at - moving_yaml), moving_yaml, at);
	char *a = strstr(edited, "title: A,");
	assert_non_null(a);
	memcpy(a, "title: Z,", 9);
	sync_yaml(fx, edited, false, &rep);
	assert_int_equal(rep.n[SYNC_ADDED], 1);
	assert_int_equal(rep.n[SYNC_RETITLED], 1);
	sync_report_done(&rep);
	dates_of(fx, &now);
	assert_moved_by(&file, &now, days);
	struct store_item g = item(fx, "g");
	assert_int_equal(g.start, d("2025-06-10") + days); /* week 2's Tuesday */
	assert_int_equal(g.end, d("2025-06-12") + days);
	store_item_done(&g);
	struct store_plan p = plan_row(fx);
	assert_int_equal(p.start, d("2026-12-07"));
	assert_int_equal(p.moved, days);
	store_plan_done(&p);
	assert_counts_recount(fx);
}

/* A plan started on a day stays there when the file's first day changes;
 * an undo of the start then gives the file's new dates. */
static void test_start_anchored(void **state)
{
	struct fx *fx = *state;
	import(fx, moving_yaml);
	struct dates file, now, later;
	dates_of(fx, &file);
	start_by(fx, d("2026-12-07") - file.plan_start);
	dates_of(fx, &now);
	/* the file now starts a week later */
	char edited[sizeof(moving_yaml)];
	memcpy(edited, moving_yaml, sizeof(moving_yaml));
	char *at = strstr(edited, "start: 2025-06-02");
	assert_non_null(at);
	memcpy(at, "start: 2025-06-09", 17);
	import(fx, edited);
	dates_of(fx, &later);
	/* what the file dates from its start stays; c's due day, a date of
	 * its own in the file, keeps its distance from the plan's start */
	enum { C = 5 };
	assert_int_equal(later.due[C], now.due[C] - 7);
	later.due[C] = now.due[C];
	assert_same_dates(&now, &later);
	struct store_plan p = plan_row(fx);
	assert_int_equal(p.start, d("2026-12-07"));
	assert_int_equal(p.file_start, d("2025-06-09"));
	assert_int_equal(p.moved, d("2026-12-07") - d("2025-06-09"));
	store_plan_done(&p);
	undo(fx);
	dates_of(fx, &later);
	assert_int_equal(later.plan_start, d("2025-06-09"));
	assert_int_equal(later.start[2], d("2025-06-09")); /* a */
	assert_int_equal(later.due[C], d("2025-06-13"));
	p = plan_row(fx);
	assert_int_equal(p.moved, 0);
	store_plan_done(&p);
}

/* stride shift: what is not finished and dated on or after the day moves;
 * what is finished keeps its dates; a block that spans the day keeps its
 * start and ends later. Edits of the file keep the shift; undo and the
 * file's dates take it back. */
static void test_shift_moves_what_is_left(void **state)
{
	struct fx *fx = *state;
	import(fx, moving_yaml);
	struct dates file, now, back;
	dates_of(fx, &file);
	set_status(fx, "a", STORE_DONE);
	set_status(fx, "b", STORE_DONE); /* week 1 finished */
	/* from Wednesday 2025-06-11, in week 2 (06-09 .. 06-15), by 2 weeks */
	long long moved = shift_by(fx, "2025-06-11", 14);
	assert_true(moved > 0);
	dates_of(fx, &now);
	enum { P1, W1, A, B, W2, C, P2, S1, D, S2, E, LATER, F };
	/* finished: week 1 and its tasks keep their dates */
	for (int i = W1; i <= B; i++) {
		assert_int_equal(now.start[i], file.start[i]);
		assert_int_equal(now.end[i], file.end[i]);
	}
	/* spanning 06-11: phase one and week 2 keep their starts, end later;
	 * c's due day (06-13) moves */
	assert_int_equal(now.start[P1], file.start[P1]);
	assert_int_equal(now.end[P1], file.end[P1] + 14);
	assert_int_equal(now.start[W2], file.start[W2]);
	assert_int_equal(now.end[W2], file.end[W2] + 14);
	assert_int_equal(now.due[C], file.due[C] + 14);
	/* after it: all of phase two (its tasks have no dates of their own) */
	for (int i = P2; i <= E; i++) {
		if (i == D || i == E) {
			assert_int_equal(now.start[i], CALENDAR_NONE);
			continue;
		}
		assert_int_equal(now.start[i], file.start[i] + 14);
		assert_int_equal(now.end[i], file.end[i] + 14);
	}
	assert_int_equal(now.start[LATER], CALENDAR_NONE);
	assert_int_equal(now.plan_start, file.plan_start);
	assert_int_equal(now.plan_end, file.plan_end + 14);

	/* an edit of the file keeps the shift */
	char edited[sizeof(moving_yaml)];
	memcpy(edited, moving_yaml, sizeof(moving_yaml));
	char *e = strstr(edited, "title: E }");
	assert_non_null(e);
	memcpy(e, "title: Q }", 10);
	struct sync_report rep;
	sync_yaml(fx, edited, false, &rep);
	assert_int_equal(rep.n[SYNC_RETITLED], 1);
	sync_report_done(&rep);
	dates_of(fx, &back);
	assert_same_dates(&now, &back);

	/* 3 days earlier from 07-01: only what is dated from then moves */
	shift_by(fx, "2025-07-01", -3);
	dates_of(fx, &back);
	assert_int_equal(back.start[S2], now.start[S2] - 3);
	assert_int_equal(back.start[S1], now.start[S1]);
	assert_int_equal(back.end[S1], now.end[S1] - 3);
	undo(fx);
	dates_of(fx, &back);
	assert_same_dates(&now, &back);

	/* far earlier from inside week 2: its end stops at its start, and
	 * undo still puts it back exactly */
	shift_by(fx, "2025-06-20", -30);
	dates_of(fx, &back);
	for (size_t i = 0; i < ARRAY_LEN(moving_keys); i++)
		if (back.start[i] != CALENDAR_NONE)
			assert_true(back.end[i] >= back.start[i]);
	assert_int_equal(back.end[W2], back.start[W2]);
	undo(fx);
	dates_of(fx, &back);
	assert_same_dates(&now, &back);

	/* the file's dates: the shift and a start, all at once; undone */
	start_by(fx, 7);
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_plan_file_dates(fx->s, plan_id(fx), d("2026-12-04"), &batch,
					       &err),
			 0);
	commit(fx);
	dates_of(fx, &back);
	assert_same_dates(&file, &back);
	undo(fx);
	dates_of(fx, &back);
	assert_moved_by(&now, &back, 7);
	undo(fx);
	undo(fx);
	dates_of(fx, &back);
	assert_same_dates(&file, &back);
	assert_counts_recount(fx);
}

/* A move that would take a date out of the calendar is refused, and
 * nothing changes. */
static void test_move_out_of_the_calendar(void **state)
{
	struct fx *fx = *state;
	import(fx, moving_yaml);
	struct dates file, now;
	dates_of(fx, &file);
	struct store_error err = { 0 };
	long long batch = 0, moved = 0;
	begin(fx);
	assert_int_equal(store_plan_start(fx->s, plan_id(fx), d("9999-12-01") - file.plan_start,
					  d("2026-12-04"), &batch, &err),
			 -1);
	assert_int_equal(err.code, STORE_ERR_INVALID);
	assert_non_null(strstr(err.msg, "nothing was moved"));
	assert_int_equal(store_plan_shift(fx->s, plan_id(fx), file.plan_start,
					  d("0001-01-01") - file.plan_start - 1, d("2026-12-04"),
					  &moved, &batch, &err),
			 -1);
	assert_int_equal(err.code, STORE_ERR_INVALID);
	store_rollback(fx->s);
	dates_of(fx, &now);
	assert_same_dates(&file, &now);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_first_import),
		T(test_unchanged_writes_nothing),
		T(test_source_moved),
		T(test_retitle),
		T(test_retitle_derived_key),
		T(test_move),
		T(test_rename_phase_id),
		T(test_remove_then_readd),
		T(test_refs_stable_never_reused),
		T(test_dry_run_writes_nothing),
		T(test_report_order),
		T(test_counts_after_syncs),
		T(test_optional_and_skipped_not_counted),
		T(test_bulk_insert),
		T(test_places_kept_on_insert),
		T(test_places_crowded),
		T(test_places_dense_store),
		T(test_places_dense_spread),
		T(test_tick_during_sync),
		T(test_start_moves_every_date),
		T(test_start_kept_by_sync),
		T(test_start_anchored),
		T(test_shift_moves_what_is_left),
		T(test_move_out_of_the_calendar),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
