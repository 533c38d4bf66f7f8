/*
 * Unit tests for the store: opening (modes, a missing store, an empty
 * file, a link to nothing, a full disk, files that are not ours, a newer
 * schema, the upgrade of a schema 2 store), the
 * changes a person makes (status, time, notes, ratings) and the counts kept
 * in step with them, undo, and the activity by day. Each test has a store of its own in a temporary directory, which
 * it removes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Countable: a, b, C, Crit one, D, Sub one, Sub two (7); E is optional.
 * Dated: p1 (its week blocks, and the criterion directly). */
static const char plan_yaml[] =
	"stride: 1\n"
	"id: s\n"
	"title: S\n"
	"phases:\n"
	"  - id: p1\n"
	"    title: P1\n"
	"    start: 2025-06-02\n"
	"    end: 2025-06-15\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        title: W1\n"
	"        tasks:\n"
	"          - { id: a, title: A }\n"
	"          - { id: b, title: B }\n"
	"      - week: 2\n"
	"        tasks:\n"
	"          - C\n"
	"    criteria:\n"
	"      - Crit one\n"
	"  - id: p2\n"
	"    title: P2\n"
	"    tasks:\n"
	"      - id: d\n"
	"        title: D\n"
	"        tasks:\n"
	"          - Sub one\n"
	"          - Sub two\n"
	"      - { id: e, title: E, optional: true }\n";

static const char other_yaml[] =
	"stride: 1\n"
	"id: t\n"
	"title: T\n"
	"phases:\n"
	"  - title: Only\n"
	"    tasks:\n"
	"      - { id: x, title: X }\n";

/* ---- helpers ----------------------------------------------------------- */

struct fx {
	char dir[256];
	char path[320];
	struct store *s;
	long long plan_id;
};

static int d(const char *s)
{
	int day = CALENDAR_NONE;
	assert_true(calendar_parse(s, &day));
	return day;
}

static void make_tmpdir(char *dir, size_t size)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, size, "%s/stride-test-store.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(dir));
}

/* rm -r path. */
static void remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		chmod(path, 0700);
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

/* The number of entries in a directory, . and .. left out. */
static int count_entries(const char *path)
{
	DIR *dir = opendir(path);
	assert_non_null(dir);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(dir)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(dir);
	return n;
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = NULL;
	size_t cap = 0;
	*len = 0;
	for (;;) {
		if (*len + 4096 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		size_t r = fread(buf + *len, 1, cap - *len, f);
		if (r == 0)
			break;
		*len += r;
	}
	fclose(f);
	return buf;
}

static void spit(const char *path, const void *buf, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void sql(sqlite3 *db, const char *text)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, text, NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		fprintf(stderr, "%s: %s\n", text, msg ? msg : "?");
	sqlite3_free(msg);
	assert_int_equal(rc, SQLITE_OK);
}

static struct store *open_ok(const char *path, bool write)
{
	struct store *s = NULL;
	struct store_error err = { 0 };
	int rc = store_open(path, write, &s, &err);
	if (rc != 0)
		fprintf(stderr, "store_open: %s\n", err.msg);
	assert_int_equal(rc, 0);
	assert_non_null(s);
	return s;
}

/* store_open must refuse path with code, leave it byte for byte as it was
 * and create nothing next to it. */
static void expect_refused(const char *dir, const char *path,
			   enum store_errcode code)
{
	size_t len0;
	char *before = slurp(path, &len0);
	int entries = count_entries(dir);
	for (int write = 0; write < 2; write++) {
		struct store *s = (struct store *)1;
		struct store_error err = { 0 };
		assert_int_equal(store_open(path, write, &s, &err), -1);
		assert_null(s);
		assert_int_equal(err.code, code);
		assert_true(strlen(err.msg) > 0);
		assert_non_null(strstr(err.msg, path));
		size_t len1;
		char *after = slurp(path, &len1);
		assert_int_equal(len0, len1);
		assert_memory_equal(before, after, len0);
		free(after);
		assert_int_equal(count_entries(dir), entries);
	}
	free(before);
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

/* Imports yaml; returns the plan's id. */
static long long import(struct store *s, const char *yaml)
{
	struct plan *p = load(yaml);
	struct sync_report rep;
	struct store_error err = { 0 };
	int rc = sync_plan(s, p, NULL, false, &rep, &err);
	if (rc != 0)
		fprintf(stderr, "sync_plan: %s\n", err.msg);
	assert_int_equal(rc, 0);
	struct store_plan row;
	assert_int_equal(store_plan_get(s, p->id, &row, &err), 0);
	long long id = row.id;
	store_plan_done(&row);
	sync_report_done(&rep);
	plan_free(p);
	return id;
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	make_tmpdir(fx->dir, sizeof(fx->dir));
	snprintf(fx->path, sizeof(fx->path), "%s/stride.db", fx->dir);
	fx->s = open_ok(fx->path, true);
	fx->plan_id = import(fx->s, plan_yaml);
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

/* An item by key, owned. */
static struct store_item item(struct fx *fx, const char *key)
{
	struct store_item it;
	struct store_error err = { 0 };
	int rc = store_item_by_key(fx->s, fx->plan_id, key, &it, &err);
	if (rc != 0)
		fprintf(stderr, "no item %s: %s\n", key, err.msg);
	assert_int_equal(rc, 0);
	assert_true(it.owned);
	return it;
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

/* Sets key's status in a transaction and batch of its own; returns the
 * batch. */
static long long set_status(struct fx *fx, const char *key,
			    enum store_status st, int day)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &it, st, day, &batch, &err), 0);
	commit(fx);
	assert_true(batch > 0);
	store_item_done(&it);
	return batch;
}

static long long log_time(struct fx *fx, const char *key, int minutes, int day,
			  const char *text)
{
	long long item_id = 0;
	if (key) {
		struct store_item it = item(fx, key);
		item_id = it.id;
		store_item_done(&it);
	}
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_log(fx->s, fx->plan_id, item_id, minutes, day, text,
				   &batch, &err), 0);
	commit(fx);
	assert_true(batch > 0);
	return batch;
}

static long long set_note(struct fx *fx, const char *key, const char *text,
			  int day)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_note(fx->s, &it, text, day, &batch, &err), 0);
	commit(fx);
	store_item_done(&it);
	return batch;
}

struct undone {
	struct store_event ev[8];
	size_t n;
};

static int keep_undone(const struct store_event *ev, void *ctx)
{
	struct undone *u = ctx;
	if (u->n < ARRAY_LEN(u->ev)) {
		u->ev[u->n] = *ev;
		u->ev[u->n].text = u->ev[u->n].old_text = NULL;
		u->n++;
	}
	return 0;
}

/* Undoes the last batch on day; returns how many events it reverted. */
static size_t undo(struct fx *fx, int day)
{
	struct store_error err = { 0 };
	struct undone u = { .n = 0 };
	begin(fx);
	int rc = store_undo(fx->s, day, keep_undone, &u, &err);
	if (rc != 0)
		fprintf(stderr, "store_undo: %s\n", err.msg);
	assert_int_equal(rc, 0);
	commit(fx);
	return u.n;
}

static void assert_counts(struct fx *fx, const char *key, int n_done,
			  int n_total, int s_done, int s_total)
{
	struct store_item it = item(fx, key);
	if (it.n_done != n_done || it.n_total != n_total ||
	    it.s_done != s_done || it.s_total != s_total)
		fprintf(stderr, "%s: n %d/%d s %d/%d, wanted n %d/%d s %d/%d\n",
			key, it.n_done, it.n_total, it.s_done, it.s_total, n_done,
			n_total, s_done, s_total);
	assert_int_equal(it.n_done, n_done);
	assert_int_equal(it.n_total, n_total);
	assert_int_equal(it.s_done, s_done);
	assert_int_equal(it.s_total, s_total);
	store_item_done(&it);
}

static void assert_plan_counts(struct fx *fx, int done, int total)
{
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_by_id(fx->s, fx->plan_id, &p, &err), 0);
	assert_int_equal(p.done, done);
	assert_int_equal(p.total, total);
	store_plan_done(&p);
}

static enum store_status status_of(struct fx *fx, const char *key)
{
	struct store_item it = item(fx, key);
	enum store_status st = it.status;
	store_item_done(&it);
	return st;
}

/* ---- a snapshot of the whole state, to compare before and after ---------- */

struct snap_item {
	long long id;
	char key[64];
	int ref, status, minutes;
	bool has_note;
	char note[64];
	int n_total, n_done, s_total, s_done;
	bool archived;
	int status_day;
};

struct snap {
	struct snap_item v[32];
	size_t n;
	int total, done;
};

static int keep_snap(const struct store_item *it, void *ctx)
{
	struct snap *sn = ctx;
	assert_true(sn->n < ARRAY_LEN(sn->v));
	struct snap_item *si = &sn->v[sn->n++];
	si->id = it->id;
	snprintf(si->key, sizeof(si->key), "%s", it->key);
	si->ref = it->ref;
	si->status = it->status;
	si->minutes = it->minutes;
	si->has_note = it->note != NULL;
	snprintf(si->note, sizeof(si->note), "%s", it->note ? it->note : "");
	si->n_total = it->n_total;
	si->n_done = it->n_done;
	si->s_total = it->s_total;
	si->s_done = it->s_done;
	si->archived = it->archived;
	si->status_day = it->status_day;
	return 0;
}

static void take_snap(struct fx *fx, struct snap *sn)
{
	struct store_error err = { 0 };
	memset(sn, 0, sizeof(*sn));
	assert_int_equal(store_items(fx->s, fx->plan_id, keep_snap, sn, &err), 0);
	struct store_plan p;
	assert_int_equal(store_plan_by_id(fx->s, fx->plan_id, &p, &err), 0);
	sn->total = p.total;
	sn->done = p.done;
	store_plan_done(&p);
}

/* Everything but status_day (test_undo_restores_status_day has that). */
static void assert_same_state(const struct snap *a, const struct snap *b)
{
	assert_int_equal(a->n, b->n);
	assert_int_equal(a->total, b->total);
	assert_int_equal(a->done, b->done);
	for (size_t i = 0; i < a->n; i++) {
		const struct snap_item *x = &a->v[i], *y = &b->v[i];
		assert_string_equal(x->key, y->key);
		if (x->status != y->status || x->minutes != y->minutes ||
		    x->has_note != y->has_note || strcmp(x->note, y->note) ||
		    x->n_total != y->n_total || x->n_done != y->n_done ||
		    x->s_total != y->s_total || x->s_done != y->s_done)
			fprintf(stderr, "%s differs\n", x->key);
		assert_int_equal(x->id, y->id);
		assert_int_equal(x->ref, y->ref);
		assert_int_equal(x->status, y->status);
		assert_int_equal(x->minutes, y->minutes);
		assert_int_equal(x->has_note, y->has_note);
		assert_string_equal(x->note, y->note);
		assert_int_equal(x->n_total, y->n_total);
		assert_int_equal(x->n_done, y->n_done);
		assert_int_equal(x->s_total, y->s_total);
		assert_int_equal(x->s_done, y->s_done);
		assert_int_equal(x->archived, y->archived);
	}
}

/* The counts recomputed from the items' statuses must equal the stored
 * ones. */
static void assert_counts_recount(struct fx *fx)
{
	struct snap sn;
	take_snap(fx, &sn);
	/* parents and dated containers, from the items themselves */
	long long parent[32], sched[32];
	bool countable[32];
	for (size_t i = 0; i < sn.n; i++) {
		struct store_item it = item(fx, sn.v[i].key);
		parent[i] = it.parent_id;
		sched[i] = it.sched_id;
		countable[i] = store_countable(&it);
		store_item_done(&it);
	}
	int total = 0, done = 0;
	for (size_t i = 0; i < sn.n; i++) {
		int nt = 0, nd = 0, st = 0, sd = 0;
		for (size_t j = 0; j < sn.n; j++) {
			if (!countable[j])
				continue;
			bool is_done = sn.v[j].status == STORE_DONE;
			for (long long p = parent[j]; p;) {
				if (p == sn.v[i].id) {
					nt++;
					nd += is_done;
				}
				size_t k = 0;
				while (k < sn.n && sn.v[k].id != p)
					k++;
				assert_true(k < sn.n);
				p = parent[k];
			}
			if (sched[j] == sn.v[i].id) {
				st++;
				sd += is_done;
			}
		}
		if (!sn.v[i].archived) {
			assert_int_equal(sn.v[i].n_total, nt);
			assert_int_equal(sn.v[i].n_done, nd);
			assert_int_equal(sn.v[i].s_total, st);
			assert_int_equal(sn.v[i].s_done, sd);
		}
		if (countable[i]) {
			total++;
			done += sn.v[i].status == STORE_DONE;
		}
	}
	assert_int_equal(sn.total, total);
	assert_int_equal(sn.done, done);
}

/* ---- opening ------------------------------------------------------------- */

static void test_open_creates_dir_and_file(void **state)
{
	(void)state;
	char dir[256], path[512], sub[320], sub2[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(sub, sizeof(sub), "%s/data", dir);
	snprintf(sub2, sizeof(sub2), "%s/stride", sub);
	snprintf(path, sizeof(path), "%s/stride.db", sub2);
	/* with no umask in the way, the modes are exactly what the store
	 * asks for */
	mode_t old = umask(0);
	struct store *s = open_ok(path, true);
	umask(old);
	assert_false(store_readonly(s));
	assert_string_equal(store_path(s), path);
	struct stat st;
	assert_int_equal(stat(sub, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(stat(sub2, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(stat(path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	/* an empty store has no plan */
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_current(s, &p, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	store_close(s);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	remove_tree(dir);
}

static void test_open_absent_for_reading(void **state)
{
	(void)state;
	char dir[256], path[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/data/stride.db", dir);
	struct store *s = (struct store *)1;
	struct store_error err = { 0 };
	assert_int_equal(store_open(path, false, &s, &err), -1);
	assert_null(s);
	assert_int_equal(err.code, STORE_ERR_ABSENT);
	assert_non_null(strstr(err.msg, path));
	/* reading created nothing */
	assert_false(exists(path));
	assert_int_equal(count_entries(dir), 0);
	/* nor in a directory that exists */
	snprintf(path, sizeof(path), "%s/stride.db", dir);
	assert_int_equal(store_open(path, false, &s, &err), -1);
	assert_int_equal(err.code, STORE_ERR_ABSENT);
	assert_int_equal(count_entries(dir), 0);
	remove_tree(dir);
}

/* An empty file is no store to read: it stays empty; writing fills it. */
static void test_open_empty_file(void **state)
{
	(void)state;
	char dir[256], path[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/stride.db", dir);
	spit(path, "", 0);
	struct store *s = (struct store *)1;
	struct store_error err = { 0 };
	assert_int_equal(store_open(path, false, &s, &err), -1);
	assert_null(s);
	assert_int_equal(err.code, STORE_ERR_EMPTY);
	assert_non_null(strstr(err.msg, "is empty (0 bytes): 'stride import FILE' fills it"));
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(count_entries(dir), 1);
	s = open_ok(path, true);
	store_close(s);
	store_close(open_ok(path, false));
	remove_tree(dir);
}

/* A symbolic link to a file that does not exist: reading says so and
 * makes nothing; writing makes the store where the link points. */
static void test_open_dangling_link(void **state)
{
	(void)state;
	char dir[256], link[320], target[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(link, sizeof(link), "%s/link.db", dir);
	snprintf(target, sizeof(target), "%s/sub/real.db", dir);
	assert_int_equal(symlink("sub/real.db", link), 0);
	struct store *s = (struct store *)1;
	struct store_error err = { 0 };
	assert_int_equal(store_open(link, false, &s, &err), -1);
	assert_null(s);
	assert_int_equal(err.code, STORE_ERR_EMPTY);
	char want[800];
	snprintf(want, sizeof(want),
		 "the store %s is a symbolic link to %s/sub/real.db, which does not "
		 "exist: 'stride import FILE' creates it, or fix the link",
		 link, dir);
	assert_string_equal(err.msg, want);
	assert_int_equal(count_entries(dir), 1);

	mode_t old = umask(0);
	s = open_ok(link, true);
	umask(old);
	store_close(s);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(stat(target, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	store_close(open_ok(link, false));
	remove_tree(dir);
}

/* With no room to write (a file size limit of 0 stands in for a full
 * disk): a new store cannot be made, and nothing of it is left; a store
 * that exists is read, and refuses a transaction. The limit is lifted
 * before any assertion, so that cmocka can write its report. */
static void test_open_full_disk(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	fx->s = NULL;
	char sub[400], path[480];
	snprintf(sub, sizeof(sub), "%s/new", fx->dir);
	snprintf(path, sizeof(path), "%s/deeper/stride.db", sub);

	struct rlimit was, none = { 0, 0 };
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &was), 0);
	none.rlim_max = was.rlim_max;
	void (*xfsz)(int) = signal(SIGXFSZ, SIG_IGN);
	setrlimit(RLIMIT_FSIZE, &none);
	struct store *made = NULL, *old = NULL;
	struct store_error made_err = { 0 }, err = { 0 }, begin_err = { 0 };
	int made_rc = store_open(path, true, &made, &made_err);
	bool left = exists(sub);
	int old_rc = store_open(fx->path, false, &old, &err);
	struct store_plan p = { 0 };
	int plan_rc = old_rc == 0 ? store_plan_current(old, &p, &err) : -1;
	int begin_rc = old_rc == 0 ? store_begin(old, &begin_err) : 0;
	setrlimit(RLIMIT_FSIZE, &was);
	signal(SIGXFSZ, xfsz);

	assert_int_equal(made_rc, -1);
	assert_null(made);
	assert_int_equal(made_err.code, STORE_ERR_FULL);
	assert_non_null(strstr(made_err.msg, "is full: nothing was recorded"));
	assert_false(left);
	if (old_rc != 0)
		fprintf(stderr, "store_open: %s\n", err.msg);
	assert_int_equal(old_rc, 0);
	assert_true(store_readonly(old));
	assert_true(store_full(old));
	assert_int_equal(plan_rc, 0);
	assert_string_equal(p.slug, "s");
	assert_int_equal(p.total, 7);
	store_plan_done(&p);
	assert_int_equal(begin_rc, -1);
	assert_int_equal(begin_err.code, STORE_ERR_FULL);
	store_close(old);
	fx->s = open_ok(fx->path, true);
	assert_false(store_full(fx->s));
}

static void test_reopen(void **state)
{
	struct fx *fx = *state;
	set_status(fx, "a", STORE_DONE, d("2025-06-03"));
	log_time(fx, "a", 25, d("2025-06-03"), "read it");
	store_close(fx->s);

	/* for reading */
	fx->s = open_ok(fx->path, false);
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_current(fx->s, &p, &err), 0);
	assert_string_equal(p.slug, "s");
	assert_int_equal(p.id, fx->plan_id);
	assert_int_equal(p.done, 1);
	assert_int_equal(p.total, 7);
	store_plan_done(&p);
	struct store_item it = item(fx, "a");
	assert_int_equal(it.status, STORE_DONE);
	assert_int_equal(it.minutes, 25);
	store_item_done(&it);
	store_close(fx->s);

	/* and for writing again */
	fx->s = open_ok(fx->path, true);
	assert_int_equal(status_of(fx, "a"), STORE_DONE);
	set_status(fx, "b", STORE_DONE, d("2025-06-04"));
	assert_plan_counts(fx, 2, 7);
}

static void test_refuses_text_file(void **state)
{
	(void)state;
	char dir[256], path[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/notes.txt", dir);
	static const char text[] = "These are my notes, not a database.\n"
				   "Line two.\n";
	spit(path, text, sizeof(text) - 1);
	expect_refused(dir, path, STORE_ERR_FOREIGN);
	/* shorter than a SQLite header */
	spit(path, "SQLite", 6);
	expect_refused(dir, path, STORE_ERR_FOREIGN);
	remove_tree(dir);
}

static void test_refuses_foreign_sqlite(void **state)
{
	(void)state;
	char dir[256], path[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/other.db", dir);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sql(db, "CREATE TABLE recipes (name TEXT, minutes INTEGER);"
		"INSERT INTO recipes VALUES ('soup', 40), ('bread', 180);");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	expect_refused(dir, path, STORE_ERR_FOREIGN);
	remove_tree(dir);

	/* one that even has a user_version, but is not ours */
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/other.db", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sql(db, "PRAGMA user_version = 1; CREATE TABLE plans (id INTEGER);");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	expect_refused(dir, path, STORE_ERR_FOREIGN);
	remove_tree(dir);
}

static void test_refuses_newer_store(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	fx->s = NULL;
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	char text[64];
	snprintf(text, sizeof(text), "PRAGMA user_version = %d;",
		 STORE_SCHEMA_VERSION + 1);
	sql(db, text);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	expect_refused(fx->dir, fx->path, STORE_ERR_NEWER);
}

/* A migration that fails leaves the store as it was: here a store that
 * says it is stride's at schema 0 but already has a table the migration
 * to schema 1 creates. */
static void test_failed_migration_leaves_store(void **state)
{
	(void)state;
	char dir[256], path[400];
	make_tmpdir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/old.db", dir);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sql(db, "PRAGMA application_id = 1398035012; PRAGMA user_version = 0;"
		"CREATE TABLE plans (x INTEGER); INSERT INTO plans VALUES (7);");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);

	struct store *s = (struct store *)1;
	struct store_error err = { 0 };
	assert_int_equal(store_open(path, true, &s, &err), -1);
	assert_null(s);
	assert_non_null(strstr(err.msg, "cannot bring the store"));
	assert_non_null(strstr(err.msg, "left as it was"));

	/* the same schema version, tables and rows as before */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), 0);
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT group_concat(name) FROM "
					    "(SELECT name FROM sqlite_master ORDER BY name)",
					    -1, &q, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(q, 0), "plans");
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT x FROM plans", -1, &q, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), 7);
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	remove_tree(dir);
}

/* ---- a plan's version ---------------------------------------------------------- */

static struct store_version version(struct fx *fx, const char *slug)
{
	struct store_version v;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_version(fx->s, slug, &v, &err), 0);
	return v;
}

static bool same_version(struct store_version a, struct store_version b)
{
	return a.plan_id == b.plan_id && a.synced == b.synced &&
	       a.last_event == b.last_event;
}

/* It changes with every change to the plan or its items (what a sync
 * checks before it writes what it read), and with nothing else. */
static void test_plan_version(void **state)
{
	struct fx *fx = *state;
	struct store_version none = version(fx, "nosuch");
	assert_int_equal(none.plan_id, 0);
	assert_int_equal(none.synced, 0);
	assert_int_equal(none.last_event, 0);

	struct store_version v0 = version(fx, "s");
	assert_int_equal(v0.plan_id, fx->plan_id);
	int day = d("2025-06-03");
	set_status(fx, "a", STORE_DONE, day);
	struct store_version v1 = version(fx, "s");
	assert_false(same_version(v0, v1));
	log_time(fx, "a", 5, day, NULL);
	struct store_version v2 = version(fx, "s");
	assert_false(same_version(v1, v2));
	set_note(fx, "b", "a note", day);
	struct store_version v3 = version(fx, "s");
	assert_false(same_version(v2, v3));
	undo(fx, day);
	struct store_version v4 = version(fx, "s");
	assert_false(same_version(v3, v4));

	/* another plan's changes are not this one's */
	long long other = import(fx->s, other_yaml);
	assert_true(other != fx->plan_id);
	assert_true(same_version(v4, version(fx, "s")));
	struct store_item x;
	struct store_error err = { 0 };
	assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &x, STORE_DONE, day, &batch, &err), 0);
	commit(fx);
	store_item_done(&x);
	assert_true(same_version(v4, version(fx, "s")));

	/* a sync that writes the plan changes it; one that finds nothing to
	 * write does not */
	import(fx->s, plan_yaml);
	assert_true(same_version(v4, version(fx, "s")));
	char *changed = strdup(plan_yaml);
	assert_non_null(changed);
	char *title = strstr(changed, "title: S\n");
	assert_non_null(title);
	title[7] = 'Z';
	import(fx->s, changed);
	free(changed);
	struct store_version v5 = version(fx, "s");
	assert_false(same_version(v4, v5));
	assert_true(v5.synced > v4.synced);
	assert_int_equal(v5.last_event, v4.last_event);
}

/* ---- changes and counts ---------------------------------------------------- */

static void test_initial_counts(void **state)
{
	struct fx *fx = *state;
	assert_plan_counts(fx, 0, 7);
	/* n: countable descendants; s: countable items it is the innermost
	 * dated container of */
	assert_counts(fx, "p1", 0, 4, 0, 1);
	assert_counts(fx, "p1/week-1", 0, 2, 0, 2);
	assert_counts(fx, "p1/week-2", 0, 1, 0, 1);
	assert_counts(fx, "p2", 0, 3, 0, 0);
	assert_counts(fx, "d", 0, 2, 0, 0);
	assert_counts(fx, "a", 0, 0, 0, 0);
	struct store_item e = item(fx, "e");
	assert_true(e.optional);
	assert_false(store_countable(&e));
	assert_int_equal(e.status, STORE_TODO);
	assert_int_equal(e.minutes, 0);
	assert_null(e.note);
	store_item_done(&e);
	assert_counts_recount(fx);
}

static void test_set_status(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");

	long long b1 = set_status(fx, "a", STORE_DONE, day);
	struct store_item a = item(fx, "a");
	assert_int_equal(a.status, STORE_DONE);
	assert_int_equal(a.status_day, day);
	store_item_done(&a);
	assert_counts(fx, "p1/week-1", 1, 2, 1, 2);
	assert_counts(fx, "p1", 1, 4, 0, 1);
	assert_plan_counts(fx, 1, 7);

	/* doing counts as not done */
	long long b2 = set_status(fx, "p1/week-2/c", STORE_DOING, day);
	assert_true(b2 != b1);
	assert_int_equal(status_of(fx, "p1/week-2/c"), STORE_DOING);
	assert_counts(fx, "p1/week-2", 0, 1, 0, 1);
	assert_plan_counts(fx, 1, 7);

	/* skipped leaves the counts */
	set_status(fx, "b", STORE_SKIPPED, day);
	assert_counts(fx, "p1/week-1", 1, 1, 1, 1);
	assert_counts(fx, "p1", 1, 3, 0, 1);
	assert_plan_counts(fx, 1, 6);

	/* a criterion counts in its phase's own dated count */
	set_status(fx, "p1/crit-one", STORE_DONE, day);
	assert_counts(fx, "p1", 2, 3, 1, 1);
	assert_plan_counts(fx, 2, 6);

	/* a sub-task counts in its task and phase */
	set_status(fx, "d/sub-one", STORE_DONE, day + 1);
	assert_counts(fx, "d", 1, 2, 0, 0);
	assert_counts(fx, "p2", 1, 3, 0, 0);
	assert_plan_counts(fx, 3, 6);

	/* an optional item is recorded, and counts nowhere */
	set_status(fx, "e", STORE_DONE, day + 1);
	assert_int_equal(status_of(fx, "e"), STORE_DONE);
	assert_counts(fx, "p2", 1, 3, 0, 0);
	assert_plan_counts(fx, 3, 6);

	/* done back to todo */
	set_status(fx, "a", STORE_TODO, day + 2);
	assert_counts(fx, "p1/week-1", 0, 1, 0, 1);
	assert_counts(fx, "p1", 1, 3, 1, 1);
	assert_plan_counts(fx, 2, 6);

	/* skipped straight to done: counted and done again */
	set_status(fx, "b", STORE_DONE, day + 2);
	assert_counts(fx, "p1/week-1", 1, 2, 1, 2);
	assert_counts(fx, "p1", 2, 4, 1, 1);
	assert_plan_counts(fx, 3, 7);

	/* a task with sub-tasks is itself countable */
	set_status(fx, "d", STORE_DONE, day + 2);
	assert_counts(fx, "d", 1, 2, 0, 0);
	assert_counts(fx, "p2", 2, 3, 0, 0);
	assert_plan_counts(fx, 4, 7);

	/* done to skipped takes it out of both */
	set_status(fx, "d", STORE_SKIPPED, day + 3);
	assert_counts(fx, "p2", 1, 2, 0, 0);
	assert_plan_counts(fx, 3, 6);

	assert_counts_recount(fx);
}

struct events {
	struct {
		long long item_id, batch;
		int day, type, old_status, new_status, minutes;
		char text[64], old_text[64];
		bool has_text, has_old_text;
	} v[32];
	size_t n;
};

static int keep_event(const struct store_event *ev, void *ctx)
{
	struct events *e = ctx;
	assert_true(e->n < ARRAY_LEN(e->v));
	e->v[e->n].item_id = ev->item_id;
	e->v[e->n].batch = ev->batch;
	e->v[e->n].day = ev->day;
	e->v[e->n].type = ev->type;
	e->v[e->n].old_status = ev->old_status;
	e->v[e->n].new_status = ev->new_status;
	e->v[e->n].minutes = ev->minutes;
	e->v[e->n].has_text = ev->text != NULL;
	e->v[e->n].has_old_text = ev->old_text != NULL;
	snprintf(e->v[e->n].text, sizeof(e->v[e->n].text), "%s",
		 ev->text ? ev->text : "");
	snprintf(e->v[e->n].old_text, sizeof(e->v[e->n].old_text), "%s",
		 ev->old_text ? ev->old_text : "");
	e->n++;
	return 0;
}

static void get_events(struct fx *fx, long long plan_id, struct events *e)
{
	struct store_error err = { 0 };
	memset(e, 0, sizeof(*e));
	assert_int_equal(store_events(fx->s, plan_id, keep_event, e, &err), 0);
}

static void test_events_recorded(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	struct store_item a = item(fx, "a");
	struct store_item c = item(fx, "p1/week-2/c");

	set_status(fx, "a", STORE_DOING, day);
	set_status(fx, "a", STORE_DONE, day + 1);
	log_time(fx, "p1/week-2/c", 45, day + 1, "worked on it");
	log_time(fx, NULL, 30, day + 2, NULL);
	set_note(fx, "a", "first", day + 2);
	set_note(fx, "a", "second", day + 3);

	struct events e;
	get_events(fx, fx->plan_id, &e);
	assert_int_equal(e.n, 6);
	assert_int_equal(e.v[0].type, STORE_EV_STATUS);
	assert_int_equal(e.v[0].item_id, a.id);
	assert_int_equal(e.v[0].old_status, STORE_TODO);
	assert_int_equal(e.v[0].new_status, STORE_DOING);
	assert_int_equal(e.v[0].day, day);
	assert_int_equal(e.v[1].old_status, STORE_DOING);
	assert_int_equal(e.v[1].new_status, STORE_DONE);
	assert_int_equal(e.v[1].day, day + 1);
	assert_int_equal(e.v[2].type, STORE_EV_LOG);
	assert_int_equal(e.v[2].item_id, c.id);
	assert_int_equal(e.v[2].minutes, 45);
	assert_string_equal(e.v[2].text, "worked on it");
	assert_int_equal(e.v[3].type, STORE_EV_LOG);
	assert_int_equal(e.v[3].item_id, 0);
	assert_int_equal(e.v[3].minutes, 30);
	assert_false(e.v[3].has_text);
	assert_int_equal(e.v[3].day, day + 2);
	assert_int_equal(e.v[4].type, STORE_EV_NOTE);
	assert_string_equal(e.v[4].text, "first");
	assert_false(e.v[4].has_old_text);
	assert_int_equal(e.v[5].type, STORE_EV_NOTE);
	assert_string_equal(e.v[5].text, "second");
	assert_string_equal(e.v[5].old_text, "first");
	assert_int_equal(e.v[5].day, day + 3);
	/* each command a batch of its own */
	for (size_t i = 1; i < e.n; i++)
		assert_true(e.v[i].batch != e.v[i - 1].batch);
	store_item_done(&a);
	store_item_done(&c);
}

static void test_log_minutes(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	log_time(fx, "p1/week-2/c", 45, day, NULL);
	log_time(fx, "p1/week-2/c", 15, day + 1, "more");
	log_time(fx, NULL, 30, day, "the plan as a whole");
	struct store_item c = item(fx, "p1/week-2/c");
	assert_int_equal(c.minutes, 60);
	/* logging time changes no status nor count */
	assert_int_equal(c.status, STORE_TODO);
	store_item_done(&c);
	assert_plan_counts(fx, 0, 7);
	/* time on the plan lands on no item */
	struct snap sn;
	take_snap(fx, &sn);
	int sum = 0;
	for (size_t i = 0; i < sn.n; i++)
		sum += sn.v[i].minutes;
	assert_int_equal(sum, 60);
}

static void test_set_note(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	set_note(fx, "a", "first", day);
	struct store_item a = item(fx, "a");
	assert_string_equal(a.note, "first");
	store_item_done(&a);
	set_note(fx, "a", "second, with 'quotes' and \"more\"", day);
	a = item(fx, "a");
	assert_string_equal(a.note, "second, with 'quotes' and \"more\"");
	assert_int_equal(a.status, STORE_TODO);
	store_item_done(&a);
	/* a note on one item leaves the others alone */
	struct store_item b = item(fx, "b");
	assert_null(b.note);
	store_item_done(&b);
}

/* The store's own guard of the rule for text coming in: a note, a log
 * note or an answer that is not text is refused, and nothing recorded. */
static void test_refuses_text_that_is_not(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	struct store_item a = item(fx, "a");
	static const char *const bad[] = { "osc \x1b]0;x\x07", "latin-1 caf\xe9",
					   ("c1 \xc2\x9b" "2J"), "cr\rlf" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct store_error err = { 0 };
		long long batch = 0;
		begin(fx);
		assert_int_equal(store_set_note(fx->s, &a, bad[i], day, &batch, &err), -1);
		assert_int_equal(err.code, STORE_ERR_INVALID);
		assert_non_null(strstr(err.msg, "nothing was recorded"));
		assert_int_equal(store_log(fx->s, fx->plan_id, a.id, 5, day, bad[i],
					   &batch, &err), -1);
		assert_int_equal(err.code, STORE_ERR_INVALID);
		struct store_answer ans = { .prompt = "What did I learn?",
					    .answer = (char *)bad[i] };
		assert_int_equal(store_reflection_save(fx->s, fx->plan_id,
						       calendar_monday(day), &ans, 1, &err),
				 -1);
		assert_int_equal(err.code, STORE_ERR_INVALID);
		store_rollback(fx->s);
	}
	store_item_done(&a);
	struct events e;
	get_events(fx, fx->plan_id, &e);
	assert_int_equal(e.n, 0);
	a = item(fx, "a");
	assert_null(a.note);
	assert_int_equal(a.minutes, 0);
	store_item_done(&a);
	/* tab, newline and bidi controls are text */
	set_note(fx, "a", "tab\there\n\xe2\x81\xa6iso\xe2\x81\xa9", day);
	a = item(fx, "a");
	assert_string_equal(a.note, "tab\there\n\xe2\x81\xa6iso\xe2\x81\xa9");
	store_item_done(&a);
}

/* ---- undo ------------------------------------------------------------------ */

static void test_undo_batch_by_batch(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	struct snap s0, s1, s2, s3, s4, now;
	take_snap(fx, &s0);

	/* 1: a done */
	set_status(fx, "a", STORE_DONE, day);
	take_snap(fx, &s1);

	/* 2: one command with three events: b done, 20 minutes on b, and
	 * sub-one skipped */
	{
		struct store_item b = item(fx, "b"), sub = item(fx, "d/sub-one");
		struct store_error err = { 0 };
		long long batch = 0;
		begin(fx);
		assert_int_equal(store_set_status(fx->s, &b, STORE_DONE, day + 1,
						  &batch, &err), 0);
		long long first = batch;
		assert_int_equal(store_log(fx->s, fx->plan_id, b.id, 20, day + 1,
					   NULL, &batch, &err), 0);
		assert_int_equal(store_set_status(fx->s, &sub, STORE_SKIPPED,
						  day + 1, &batch, &err), 0);
		assert_int_equal(batch, first);
		commit(fx);
		store_item_done(&b);
		store_item_done(&sub);
	}
	take_snap(fx, &s2);
	assert_int_equal(s2.done, 2);
	assert_int_equal(s2.total, 6);

	/* 3: a note, then another over it */
	set_note(fx, "a", "first", day + 1);
	take_snap(fx, &s3);
	set_note(fx, "a", "second", day + 2);
	take_snap(fx, &s4);

	/* 5: time on the plan, and a back to todo */
	log_time(fx, NULL, 30, day + 2, NULL);
	set_status(fx, "a", STORE_TODO, day + 2);

	int uday = day + 5;
	assert_int_equal(undo(fx, uday), 1); /* a to todo */
	take_snap(fx, &now);
	assert_int_equal(now.done, s4.done);
	assert_int_equal(undo(fx, uday), 1); /* the 30 minutes */
	take_snap(fx, &now);
	assert_same_state(&now, &s4);
	assert_int_equal(undo(fx, uday), 1); /* "second" */
	take_snap(fx, &now);
	assert_same_state(&now, &s3);
	assert_int_equal(undo(fx, uday), 1); /* "first" */
	take_snap(fx, &now);
	assert_same_state(&now, &s2);
	assert_int_equal(undo(fx, uday), 3); /* the batch of three */
	take_snap(fx, &now);
	assert_same_state(&now, &s1);
	assert_int_equal(undo(fx, uday), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s0);
	assert_counts_recount(fx);

	/* nothing left */
	struct store_error err = { 0 };
	begin(fx);
	assert_int_equal(store_undo(fx->s, uday, NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	store_rollback(fx->s);
	take_snap(fx, &now);
	assert_same_state(&now, &s0);

	/* the undone events are out of the history */
	struct events e;
	get_events(fx, fx->plan_id, &e);
	assert_int_equal(e.n, 0);
}

/* Undo goes back one batch at a time also after new changes: the change
 * made after an undo is the next one undone, and what was undone stays
 * undone. */
static void test_undo_after_new_changes(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	set_status(fx, "a", STORE_DONE, day);
	set_status(fx, "b", STORE_DONE, day);
	assert_int_equal(undo(fx, day), 1); /* b */
	assert_int_equal(status_of(fx, "b"), STORE_TODO);
	set_status(fx, "p1/week-2/c", STORE_DONE, day);
	assert_int_equal(undo(fx, day), 1); /* c, not b again */
	assert_int_equal(status_of(fx, "p1/week-2/c"), STORE_TODO);
	assert_int_equal(status_of(fx, "b"), STORE_TODO);
	assert_int_equal(status_of(fx, "a"), STORE_DONE);
	assert_int_equal(undo(fx, day), 1); /* a */
	assert_int_equal(status_of(fx, "a"), STORE_TODO);
	assert_plan_counts(fx, 0, 7);
	struct store_error err = { 0 };
	begin(fx);
	assert_int_equal(store_undo(fx->s, day, NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	store_rollback(fx->s);
}

/* Redoes the last undo; returns how many events it made again. */
static size_t redo(struct fx *fx)
{
	struct store_error err = { 0 };
	struct undone u = { .n = 0 };
	begin(fx);
	int rc = store_redo(fx->s, keep_undone, &u, &err);
	if (rc != 0)
		fprintf(stderr, "store_redo: %s\n", err.msg);
	assert_int_equal(rc, 0);
	commit(fx);
	return u.n;
}

/* store_redo refuses: NOTFOUND, and err says why (nothing changed). */
static void assert_no_redo(struct fx *fx, const char *why)
{
	struct store_error err = { 0 };
	begin(fx);
	assert_int_equal(store_redo(fx->s, NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	assert_string_equal(err.msg, why);
	store_rollback(fx->s);
}

/* Redo is the inverse of undo, batch by batch, the last undone first, as
 * deep as the undos went; undo after redo takes the redo back. */
static void test_redo_inverse_of_undo(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	struct snap s0, s1, s2, s3, now;
	take_snap(fx, &s0);
	assert_no_redo(fx, "nothing to redo");
	set_status(fx, "a", STORE_DONE, day);
	take_snap(fx, &s1);
	{
		struct store_item b = item(fx, "b");
		struct store_error err = { 0 };
		long long batch = 0;
		begin(fx);
		assert_int_equal(store_set_status(fx->s, &b, STORE_DONE, day + 1, &batch, &err), 0);
		assert_int_equal(store_log(fx->s, fx->plan_id, b.id, 20, day + 1, NULL, &batch,
					   &err), 0);
		commit(fx);
		store_item_done(&b);
	}
	take_snap(fx, &s2);
	set_note(fx, "a", "first", day + 2);
	take_snap(fx, &s3);

	/* one undo, one redo */
	assert_int_equal(undo(fx, day + 5), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s2);
	assert_int_equal(redo(fx), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s3);
	assert_no_redo(fx, "nothing to redo");

	/* three undos, three redos: the batch of two comes back whole */
	assert_int_equal(undo(fx, day + 5), 1);
	assert_int_equal(undo(fx, day + 5), 2);
	assert_int_equal(undo(fx, day + 5), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s0);
	assert_int_equal(redo(fx), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s1);
	assert_int_equal(redo(fx), 2);
	take_snap(fx, &now);
	assert_same_state(&now, &s2);
	/* undo after redo: the redo taken back, then redone */
	assert_int_equal(undo(fx, day + 5), 2);
	take_snap(fx, &now);
	assert_same_state(&now, &s1);
	assert_int_equal(redo(fx), 2);
	assert_int_equal(redo(fx), 1);
	take_snap(fx, &now);
	assert_same_state(&now, &s3);
	assert_counts_recount(fx);
	assert_no_redo(fx, "nothing to redo");
}

/* A new change after an undo ends the redo chain, also for the undos
 * before it; an undo of that change can be redone alone. */
static void test_redo_ends_after_change(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	set_status(fx, "a", STORE_DONE, day);
	set_status(fx, "b", STORE_DONE, day);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(undo(fx, day), 1);
	set_status(fx, "p1/week-2/c", STORE_DONE, day);
	assert_no_redo(fx, "nothing to redo: a change was made after the last undo");
	assert_int_equal(status_of(fx, "a"), STORE_TODO);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(status_of(fx, "p1/week-2/c"), STORE_TODO);
	assert_int_equal(redo(fx), 1);
	assert_int_equal(status_of(fx, "p1/week-2/c"), STORE_DONE);
	assert_no_redo(fx, "nothing to redo: a change was made after the last undo");
	assert_int_equal(status_of(fx, "a"), STORE_TODO);
	assert_int_equal(status_of(fx, "b"), STORE_TODO);
	assert_plan_counts(fx, 1, 7);
}

/* p1's span, from the store. */
static void p1_span(struct fx *fx, int *start, int *end)
{
	struct store_item it = item(fx, "p1");
	*start = it.start;
	*end = it.end;
	store_item_done(&it);
}

static int count_pause(int first, int last, void *ctx)
{
	int *n = ctx;
	(void)first;
	(void)last;
	(*n)++;
	return 0;
}

static int pauses(struct fx *fx)
{
	int n = 0;
	struct store_error err = { 0 };
	assert_int_equal(store_pauses(fx->s, fx->plan_id, count_pause, &n, &err), 0);
	return n;
}

/* Redo of a move of the dates (start, shift) and of a pause puts them back
 * as they were made; undo after the redo takes them back again. */
static void test_redo_move_and_pause(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03"), s0, e0, s1, e1, s, e;
	struct store_error err = { 0 };
	long long batch = 0;
	p1_span(fx, &s0, &e0);
	begin(fx);
	assert_int_equal(store_plan_start(fx->s, fx->plan_id, 7, day, &batch, &err), 0);
	commit(fx);
	p1_span(fx, &s1, &e1);
	assert_int_equal(s1, s0 + 7);
	assert_int_equal(undo(fx, day), 1);
	p1_span(fx, &s, &e);
	assert_int_equal(s, s0);
	assert_int_equal(redo(fx), 1);
	p1_span(fx, &s, &e);
	assert_int_equal(s, s1);
	assert_int_equal(e, e1);
	assert_int_equal(undo(fx, day), 1);
	p1_span(fx, &s, &e);
	assert_int_equal(s, s0);
	assert_int_equal(redo(fx), 1);

	/* a shift of what is left from p1's second week on */
	long long moved = 0;
	batch = 0;
	begin(fx);
	assert_int_equal(store_plan_shift(fx->s, fx->plan_id, s1 + 7, 3, day, &moved, &batch,
					  &err), 0);
	commit(fx);
	int s2, e2;
	p1_span(fx, &s2, &e2);
	assert_int_equal(e2, e1 + 3);
	assert_int_equal(undo(fx, day), 1);
	p1_span(fx, &s, &e);
	assert_int_equal(e, e1);
	assert_int_equal(redo(fx), 1);
	p1_span(fx, &s, &e);
	assert_int_equal(s, s2);
	assert_int_equal(e, e2);

	/* a pause */
	batch = 0;
	begin(fx);
	assert_int_equal(store_pause_add(fx->s, fx->plan_id, day + 20, day + 22, day, &batch,
					 &err), 0);
	commit(fx);
	assert_int_equal(pauses(fx), 1);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(pauses(fx), 0);
	assert_int_equal(redo(fx), 1);
	assert_int_equal(pauses(fx), 1);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(pauses(fx), 0);
	assert_int_equal(redo(fx), 1);
	assert_int_equal(pauses(fx), 1);
	assert_no_redo(fx, "nothing to redo");
}

/* The last change in any plan is the one undone. */
/* act_drop: refused while the plan holds progress (nothing changes),
 * with force all of it goes and the other plan is untouched; act_use. */
static void test_drop_and_use(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	long long other = import(fx->s, other_yaml);
	struct store_error err = { 0 };
	struct store_plan cur;
	assert_int_equal(act_use(fx->s, fx->plan_id, &err), 0);
	assert_int_equal(store_plan_current(fx->s, &cur, &err), 0);
	assert_int_equal(cur.id, fx->plan_id);
	store_plan_done(&cur);

	set_status(fx, "a", STORE_DONE, day);
	set_note(fx, "b", "a note", day);
	struct store_answer ans = { .prompt = "What did I learn?", .answer = "Much." };
	begin(fx);
	assert_int_equal(store_reflection_save(fx->s, fx->plan_id, calendar_monday(day),
					       &ans, 1, &err), 0);
	assert_int_equal(store_rating_add(fx->s, fx->plan_id, calendar_monday(day), "a",
					  3, &err), 0);
	commit(fx);
	/* the other plan's progress, which must stay */
	struct store_item x;
	assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &x, STORE_DONE, day, &batch, &err), 0);
	commit(fx);
	store_item_done(&x);

	struct store_plan_history held;
	assert_int_equal(act_drop(fx->s, fx->plan_id, false, &held, &err), 1);
	assert_int_equal(held.events, 2);
	assert_int_equal(held.reflections, 1);
	assert_int_equal(status_of(fx, "a"), STORE_DONE);

	assert_int_equal(act_drop(fx->s, fx->plan_id, true, &held, &err), 0);
	struct store_plan gone;
	assert_int_equal(store_plan_by_id(fx->s, fx->plan_id, &gone, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	struct store_plan_history left;
	assert_int_equal(store_plan_history(fx->s, fx->plan_id, &left, &err), 0);
	assert_int_equal(left.events, 0);
	assert_int_equal(left.reflections, 0);
	/* the other plan is whole, current, and its tick is the one to undo */
	assert_int_equal(store_plan_current(fx->s, &cur, &err), 0);
	assert_int_equal(cur.id, other);
	store_plan_done(&cur);
	assert_int_equal(store_plan_history(fx->s, other, &left, &err), 0);
	assert_int_equal(left.events, 1);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
	assert_int_equal(x.status, STORE_TODO);
	store_item_done(&x);
	/* a plan without progress goes without force */
	long long again = import(fx->s, plan_yaml);
	assert_int_equal(act_drop(fx->s, again, false, &held, &err), 0);
	assert_int_equal(held.events, 0);
}

static void test_undo_across_plans(void **state)
{
	struct fx *fx = *state;
	int day = d("2025-06-03");
	long long other = import(fx->s, other_yaml);
	set_status(fx, "a", STORE_DONE, day);
	struct store_item x;
	struct store_error err = { 0 };
	assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &x, STORE_DONE, day, &batch, &err), 0);
	commit(fx);
	store_item_done(&x);

	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
	assert_int_equal(x.status, STORE_TODO);
	store_item_done(&x);
	assert_int_equal(status_of(fx, "a"), STORE_DONE);
	assert_int_equal(undo(fx, day), 1);
	assert_int_equal(status_of(fx, "a"), STORE_TODO);
}

/* "Reverted exactly": the day the status last changed comes back too. */
static void test_undo_restores_status_day(void **state)
{
	struct fx *fx = *state;
	set_status(fx, "a", STORE_DOING, d("2025-06-03"));
	set_status(fx, "a", STORE_DONE, d("2025-06-05"));
	assert_int_equal(undo(fx, d("2025-06-09")), 1);
	struct store_item a = item(fx, "a");
	enum store_status st = a.status;
	int day = a.status_day;
	store_item_done(&a);
	assert_int_equal(st, STORE_DOING);
	assert_int_equal(day, d("2025-06-03"));
	assert_int_equal(undo(fx, d("2025-06-09")), 1);
	a = item(fx, "a");
	st = a.status;
	day = a.status_day;
	store_item_done(&a);
	assert_int_equal(st, STORE_TODO);
	assert_int_equal(day, CALENDAR_NONE);
}

/* ---- activity ---------------------------------------------------------------- */

struct days {
	int day[16];
	long long minutes[16];
	size_t n;
};

static int keep_day(int day, long long minutes, void *ctx)
{
	struct days *dd = ctx;
	assert_true(dd->n < ARRAY_LEN(dd->day));
	dd->day[dd->n] = day;
	dd->minutes[dd->n] = minutes;
	dd->n++;
	return 0;
}

static void activity(struct fx *fx, long long plan_id, int from, int to,
		     struct days *dd)
{
	struct store_error err = { 0 };
	memset(dd, 0, sizeof(*dd));
	assert_int_equal(store_activity(fx->s, plan_id, from, to, keep_day, dd, &err), 0);
}

static void test_activity(void **state)
{
	struct fx *fx = *state;
	int d1 = d("2025-06-02");
	long long other = import(fx->s, other_yaml);

	struct days dd;
	activity(fx, fx->plan_id, CALENDAR_MIN, CALENDAR_MAX, &dd);
	assert_int_equal(dd.n, 0);

	/* day 1: a tick and 20 minutes */
	set_status(fx, "a", STORE_DONE, d1);
	log_time(fx, "a", 20, d1, NULL);
	/* day 3: 45 and 15 minutes, one of them on the plan as a whole */
	log_time(fx, "b", 45, d1 + 2, NULL);
	log_time(fx, NULL, 15, d1 + 2, NULL);
	/* day 5: a note only */
	set_note(fx, "b", "hard", d1 + 4);
	/* day 7: a tick, undone (on day 8) */
	set_status(fx, "p1/week-2/c", STORE_DONE, d1 + 6);
	assert_int_equal(undo(fx, d1 + 7), 1);
	/* day 2: activity in another plan */
	{
		struct store_item x;
		struct store_error err = { 0 };
		assert_int_equal(store_item_by_key(fx->s, other, "x", &x, &err), 0);
		long long batch = 0;
		begin(fx);
		assert_int_equal(store_set_status(fx->s, &x, STORE_DONE, d1 + 1,
						  &batch, &err), 0);
		assert_int_equal(store_log(fx->s, other, x.id, 50, d1 + 1, NULL,
					   &batch, &err), 0);
		commit(fx);
		store_item_done(&x);
	}
	/* a change recorded for a day logged late, before the others */
	log_time(fx, NULL, 10, d1 - 3, NULL);

	activity(fx, fx->plan_id, CALENDAR_MIN, CALENDAR_MAX, &dd);
	assert_int_equal(dd.n, 4);
	assert_int_equal(dd.day[0], d1 - 3);
	assert_int_equal(dd.minutes[0], 10);
	assert_int_equal(dd.day[1], d1);
	assert_int_equal(dd.minutes[1], 20);
	assert_int_equal(dd.day[2], d1 + 2);
	assert_int_equal(dd.minutes[2], 60);
	assert_int_equal(dd.day[3], d1 + 4);
	assert_int_equal(dd.minutes[3], 0);

	/* from and to are inclusive */
	activity(fx, fx->plan_id, d1 + 2, d1 + 4, &dd);
	assert_int_equal(dd.n, 2);
	assert_int_equal(dd.day[0], d1 + 2);
	assert_int_equal(dd.day[1], d1 + 4);
	activity(fx, fx->plan_id, d1 + 5, d1 + 30, &dd);
	assert_int_equal(dd.n, 0);

	activity(fx, other, CALENDAR_MIN, CALENDAR_MAX, &dd);
	assert_int_equal(dd.n, 1);
	assert_int_equal(dd.day[0], d1 + 1);
	assert_int_equal(dd.minutes[0], 50);
}

/* ---- ratings ------------------------------------------------------------------ */

static const char library_yaml[] =
	"stride: 1\n"
	"id: lib\n"
	"title: Lib\n"
	"resources:\n"
	"  - { id: book, title: A book, kind: book }\n"
	"  - { id: talk, title: A talk, kind: video }\n"
	"phases:\n"
	"  - id: p\n"
	"    title: P\n"
	"    tasks:\n"
	"      - { id: read, title: Read it, resources: [book] }\n";

static long long set_rating(struct fx *fx, const char *key, int rating, int day)
{
	struct store_item it = item(fx, key);
	struct store_error err = { 0 };
	long long batch = 0;
	begin(fx);
	assert_int_equal(store_set_rating(fx->s, &it, rating, day, &batch, &err), 0);
	commit(fx);
	store_item_done(&it);
	return batch;
}

static int rating_of(struct fx *fx, const char *key)
{
	struct store_item it = item(fx, key);
	int r = it.rating;
	store_item_done(&it);
	return r;
}

/* A rating is an event like the others: recorded with the one before it,
 * undone exactly, one batch at a time, counted as activity, and in no
 * count of done items. */
static void test_rating_events_and_undo(void **state)
{
	struct fx *fx = *state;
	fx->plan_id = import(fx->s, library_yaml);
	int day = d("2025-07-14");
	set_rating(fx, "book", 4, day);
	assert_int_equal(rating_of(fx, "book"), 4);
	set_rating(fx, "book", 2, day + 1);
	set_rating(fx, "talk", 5, day + 1);
	set_rating(fx, "book", 0, day + 2); /* takes it away */
	assert_int_equal(rating_of(fx, "book"), 0);
	assert_int_equal(rating_of(fx, "talk"), 5);
	assert_plan_counts(fx, 0, 1);

	struct events e;
	get_events(fx, fx->plan_id, &e);
	assert_int_equal(e.n, 4);
	for (size_t i = 0; i < e.n; i++)
		assert_int_equal(e.v[i].type, STORE_EV_RATING);
	/* the ratings themselves, through the store's own reading */
	struct store_error err = { 0 };
	struct ratings_seen {
		int old[8], now[8];
		size_t n;
	} seen = { .n = 0 };
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT coalesce(old_rating, 0), "
						"coalesce(new_rating, 0) FROM events "
						"WHERE type = 5 ORDER BY id", -1, &q, NULL),
			 SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW && seen.n < 8) {
		seen.old[seen.n] = sqlite3_column_int(q, 0);
		seen.now[seen.n++] = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	assert_int_equal(seen.n, 4);
	int want_old[] = { 0, 4, 0, 2 }, want_now[] = { 4, 2, 5, 0 };
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(seen.old[i], want_old[i]);
		assert_int_equal(seen.now[i], want_now[i]);
	}

	struct days dd;
	activity(fx, fx->plan_id, CALENDAR_MIN, CALENDAR_MAX, &dd);
	assert_int_equal(dd.n, 3);

	assert_int_equal(undo(fx, day + 3), 1);
	assert_int_equal(rating_of(fx, "book"), 2);
	assert_int_equal(undo(fx, day + 3), 1);
	assert_int_equal(rating_of(fx, "talk"), 0);
	assert_int_equal(rating_of(fx, "book"), 2);
	assert_int_equal(undo(fx, day + 3), 1);
	assert_int_equal(rating_of(fx, "book"), 4);
	assert_int_equal(undo(fx, day + 3), 1);
	assert_int_equal(rating_of(fx, "book"), 0);
	begin(fx);
	assert_int_equal(store_undo(fx->s, day, NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	store_rollback(fx->s);
}

/* A rating out of range is refused and records nothing. */
static void test_rating_out_of_range(void **state)
{
	struct fx *fx = *state;
	fx->plan_id = import(fx->s, library_yaml);
	struct store_item it = item(fx, "book");
	struct store_error err = { 0 };
	int bad[] = { -1, 6, 100 };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		long long batch = 0;
		begin(fx);
		assert_int_equal(store_set_rating(fx->s, &it, bad[i], d("2025-07-14"),
						  &batch, &err), -1);
		assert_non_null(strstr(err.msg, "1 to 5"));
		store_rollback(fx->s);
	}
	store_item_done(&it);
	struct events e;
	get_events(fx, fx->plan_id, &e);
	assert_int_equal(e.n, 0);
	assert_int_equal(rating_of(fx, "book"), 0);
}

/* ---- schema 2 -> 3 ---------------------------------------------------------- */

/*
 * tests/data/store/v2.db is a store written by the stride of schema 2
 * (commit 1535637), made with:
 *
 *   stride import - <tests/data/resources/library.yaml
 *   STRIDE_TODAY=2025-07-08 stride done ch3
 *   STRIDE_TODAY=2025-07-09 stride start ch7
 *   STRIDE_TODAY=2025-07-09 stride note ddia -m "Chapter 3 twice: the LSM part is dense."
 *   STRIDE_TODAY=2025-07-09 stride note 4 -m "Page splits."
 *   stride log 45m ch3 --date 2025-07-08
 *   STRIDE_TODAY=2025-07-10 stride note talk -m "Watch before the design phase."
 *   STRIDE_TODAY=2025-07-10 stride undo
 *   STRIDE_TODAY=2025-07-13 stride reflect 2025-W28 -m "Indexes are trade-offs."
 */
static void copy_v2_store(char *dir, size_t dirlen, char *path, size_t pathlen)
{
	make_tmpdir(dir, dirlen);
	snprintf(path, pathlen, "%s/v2.db", dir);
	const char *data = getenv("STRIDE_TESTDATA");
	char from[512];
	snprintf(from, sizeof(from), "%s/store/v2.db", data && *data ? data : "tests/data");
	size_t len;
	char *buf = slurp(from, &len);
	spit(path, buf, len);
	free(buf);
}

static int sql_int(sqlite3 *db, const char *text)
{
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(db, text, -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	int v = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return v;
}

/* sqlite_master's text, and every row of every table of a store, as one
 * string (malloc'd): to tell that a store is as it was. */
static char *dump(const char *path)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	assert_non_null(f);
	fprintf(f, "version %d\n", sql_int(db, "PRAGMA user_version"));
	sqlite3_stmt *q, *t;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master "
						"ORDER BY name", -1, &q, NULL),
			 SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(q, 0);
		const char *name = (const char *)sqlite3_column_text(q, 1);
		const char *text = (const char *)sqlite3_column_text(q, 2);
		fprintf(f, "%s %s: %s\n", type, name, text ? text : "");
		if (strcmp(type, "table"))
			continue;
		char *sel = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY 1, 2", name);
		assert_int_equal(sqlite3_prepare_v2(db, sel, -1, &t, NULL), SQLITE_OK);
		sqlite3_free(sel);
		while (sqlite3_step(t) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(t); c++) {
				const char *v = (const char *)sqlite3_column_text(t, c);
				fprintf(f, "%s|", v ? v : "NULL");
			}
			fputc('\n', f);
		}
		sqlite3_finalize(t);
	}
	sqlite3_finalize(q);
	fclose(f);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	return out;
}

/* A store of schema 2 becomes the current schema (3: ratings; 4: the
 * indexes of the Stats view) with everything in it as it was:
 * the plan, statuses, notes, minutes, counts, the history (undo still
 * reverts its changes) and the reflection; no item is rated. */
static void test_upgrade_from_v2(void **state)
{
	(void)state;
	char dir[256], path[300];
	copy_v2_store(dir, sizeof(dir), path, sizeof(path));
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sql_int(db, "PRAGMA user_version"), 2);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);

	struct fx fx = { .s = open_ok(path, true) };
	snprintf(fx.dir, sizeof(fx.dir), "%s", dir);
	snprintf(fx.path, sizeof(fx.path), "%s", path);
	struct store_plan p;
	struct store_error err = { 0 };
	assert_int_equal(store_plan_get(fx.s, "library", &p, &err), 0);
	fx.plan_id = p.id;
	assert_int_equal(p.done, 1);
	assert_int_equal(p.total, 5);
	assert_string_equal(p.title, "Databases, from the books");
	store_plan_done(&p);

	assert_int_equal(status_of(&fx, "ch3"), STORE_DONE);
	assert_int_equal(status_of(&fx, "ch7"), STORE_DOING);
	struct store_item ch3 = item(&fx, "ch3");
	assert_int_equal(ch3.minutes, 45);
	assert_int_equal(ch3.status_day, d("2025-07-08"));
	assert_int_equal(ch3.rating, 0);
	store_item_done(&ch3);
	struct store_item ddia = item(&fx, "ddia");
	assert_int_equal(ddia.kind, STORE_RESOURCE);
	assert_string_equal(ddia.note, "Chapter 3 twice: the LSM part is dense.");
	assert_string_equal(ddia.url, "https://dataintensive.net");
	assert_int_equal(ddia.rating, 0);
	assert_int_equal(ddia.status, STORE_TODO);
	store_item_done(&ddia);
	struct store_item talk = item(&fx, "talk");
	assert_null(talk.note); /* its note was undone */
	store_item_done(&talk);
	assert_counts(&fx, "storage", 1, 3, 0, 0);
	assert_counts(&fx, "storage/week-1", 1, 2, 1, 2);
	assert_counts_recount(&fx);

	struct events e;
	get_events(&fx, fx.plan_id, &e);
	assert_int_equal(e.n, 5); /* 6 changes, one of them undone */
	assert_int_equal(e.v[4].type, STORE_EV_LOG);
	assert_int_equal(e.v[4].minutes, 45);

	struct store_reflection r;
	assert_int_equal(store_reflection_get(fx.s, fx.plan_id, d("2025-07-07"), &r, &err), 0);
	assert_int_equal(r.n, 3);
	assert_string_equal(r.v[0].answer, "Indexes are trade-offs.");
	store_reflection_done(&r);

	/* the old history still undoes: the 45 minutes, then the note on 4 */
	assert_int_equal(undo(&fx, d("2025-07-14")), 1);
	ch3 = item(&fx, "ch3");
	assert_int_equal(ch3.minutes, 0);
	store_item_done(&ch3);
	assert_int_equal(undo(&fx, d("2025-07-14")), 1);
	struct store_item b = item(&fx, "storage/week-1/b-tree-internals");
	assert_null(b.note);
	store_item_done(&b);

	/* and the new schema takes ratings */
	ddia = item(&fx, "ddia");
	long long batch = 0;
	begin(&fx);
	assert_int_equal(store_set_rating(fx.s, &ddia, 4, d("2025-07-14"), &batch, &err), 0);
	commit(&fx);
	store_item_done(&ddia);
	ddia = item(&fx, "ddia");
	assert_int_equal(ddia.rating, 4);
	store_item_done(&ddia);
	store_close(fx.s);

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sql_int(db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(sql_int(db, "PRAGMA application_id"), 0x53545244);
	assert_int_equal(sql_int(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
				     "AND name IN ('items_done', 'items_time')"),
			 2);
	/* schema 8: every event has a unique id, a clock that rises with
	 * its order (the undo and rating events made since included), and
	 * this store's device */
	assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE length(uid) = 32 AND "
				     "uid NOT GLOB '*[^0-9a-f]*'"),
			 sql_int(db, "SELECT count(*) FROM events"));
	assert_int_equal(sql_int(db, "SELECT count(DISTINCT uid) FROM events"),
			 sql_int(db, "SELECT count(*) FROM events"));
	assert_true(sql_int(db, "SELECT count(*) FROM events") >= 9);
	assert_int_equal(sql_int(db, "SELECT count(*) FROM events a JOIN events b ON b.id > a.id "
				     "WHERE b.hlc <= a.hlc"),
			 0);
	assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE device IS NOT "
				     "(SELECT value FROM meta WHERE key = 'device')"),
			 0);
	assert_int_equal(sql_int(db, "SELECT length(value) FROM meta WHERE key = 'device'"), 16);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	remove_tree(dir);
}

/* A new event's clock is later than every event the store has seen, even
 * one from a device whose clock runs ahead. */
static void test_event_clock(void **state)
{
	struct fx *fx = *state;
	struct store_item a = item(fx, "a");
	long long batch = 0;
	struct store_error err = { 0 };
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &a, STORE_DONE, d("2025-07-14"), &batch, &err), 0);
	commit(fx);
	store_item_done(&a);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	/* a day ahead of this machine */
	char *ahead = sqlite3_mprintf("UPDATE events SET hlc = hlc + (86400000 << 16)");
	assert_int_equal(sqlite3_exec(db, ahead, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(ahead);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	a = item(fx, "a");
	batch = 0;
	begin(fx);
	assert_int_equal(store_set_status(fx->s, &a, STORE_TODO, d("2025-07-14"), &batch, &err), 0);
	commit(fx);
	store_item_done(&a);
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	assert_int_equal(sql_int(db, "SELECT count(*) FROM events"), 2);
	assert_int_equal(sql_int(db, "SELECT (SELECT hlc FROM events WHERE id = 2) - "
				     "(SELECT hlc FROM events WHERE id = 1)"),
			 1);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* A migration to schema 3 that fails (here the items table already has a
 * column named rating) leaves the store of schema 2 as it was, schema,
 * rows and all. */
static void test_failed_upgrade_from_v2_leaves_store(void **state)
{
	(void)state;
	char dir[256], path[400];
	copy_v2_store(dir, sizeof(dir), path, sizeof(path));
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sql(db, "ALTER TABLE items ADD COLUMN rating TEXT;"
		"UPDATE items SET rating = 'mine' WHERE key = 'ddia';");
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
	char *before = dump(path);
	assert_non_null(strstr(before, "version 2\n"));
	assert_non_null(strstr(before, "|mine|"));

	struct store *s = (struct store *)1;
	struct store_error err = { 0 };
	assert_int_equal(store_open(path, true, &s, &err), -1);
	assert_null(s);
	assert_non_null(strstr(err.msg, "cannot bring the store"));
	assert_non_null(strstr(err.msg, "to schema 3"));
	assert_non_null(strstr(err.msg, "left as it was"));
	assert_non_null(strstr(err.msg, path));

	char *after = dump(path);
	assert_string_equal(before, after);
	free(before);
	free(after);
	remove_tree(dir);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_creates_dir_and_file),
		cmocka_unit_test(test_open_absent_for_reading),
		cmocka_unit_test(test_open_empty_file),
		cmocka_unit_test(test_open_dangling_link),
		T(test_open_full_disk),
		T(test_reopen),
		cmocka_unit_test(test_refuses_text_file),
		cmocka_unit_test(test_refuses_foreign_sqlite),
		cmocka_unit_test(test_failed_migration_leaves_store),
		cmocka_unit_test(test_upgrade_from_v2),
		cmocka_unit_test_setup_teardown(test_event_clock, setup, teardown),
		cmocka_unit_test(test_failed_upgrade_from_v2_leaves_store),
		T(test_refuses_newer_store),
		T(test_plan_version),
		T(test_initial_counts),
		T(test_set_status),
		T(test_events_recorded),
		T(test_log_minutes),
		T(test_set_note),
		T(test_refuses_text_that_is_not),
		T(test_undo_batch_by_batch),
		T(test_undo_after_new_changes),
		T(test_redo_inverse_of_undo),
		T(test_redo_ends_after_change),
		T(test_redo_move_and_pause),
		T(test_undo_across_plans),
		T(test_drop_and_use),
		T(test_undo_restores_status_day),
		T(test_activity),
		T(test_rating_events_and_undo),
		T(test_rating_out_of_range),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
