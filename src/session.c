/*
 * The application layer under both front ends: see session.h.
 *
 * A sync of a plan file (an import, or the re-sync of a file that changed)
 * is done by one stride at a time: the file is locked (flock) while it is
 * read and synced, so that a stride that finds it locked knows another one
 * is doing that very work, and need not do it again.
 */
#define _DEFAULT_SOURCE /* flock, which POSIX lacks: glibc, musl */
#define _DARWIN_C_SOURCE
#include "stride/session.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/backup.h"
#include "stride/export.h"
#include "stride/gitsync.h"
#include "stride/hash.h"
#include "stride/hooks.h"
#include "stride/loader.h"
#include "stride/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef STRIDE_DATADIR
#define STRIDE_DATADIR "/usr/local/share/stride"
#endif

int session_open(const char *db, bool create, struct store **out,
		 struct store_error *err)
{
	*out = NULL;
	char *path = db ? xstrdup(db) : store_default_path(err);
	if (!path)
		return -1;
	int rc = store_open(path, create, out, err);
	free(path);
	return rc;
}

int session_open_readonly(const char *db, struct store **out, struct store_error *err)
{
	*out = NULL;
	char *path = db ? xstrdup(db) : store_default_path(err);
	if (!path)
		return -1;
	int rc = store_open_readonly(path, out, err);
	free(path);
	return rc;
}

bool session_today(int *day, char *why, size_t n)
{
	const char *env = getenv("STRIDE_TODAY");
	if (env && *env) {
		if (calendar_parse(env, day))
			return true;
		snprintf(why, n, "STRIDE_TODAY must be a date like 2025-07-14, got '%s'", env);
		return false;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	*day = calendar_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return true;
}

/* ---- what happened to a plan file ------------------------------------------------ */

void session_file_done(struct session_file *f)
{
	free(f->path);
	free(f->slug);
	free(f->now_slug);
	free(f->why);
	free(f->file);
	free(f->other);
	diag_list_done(&f->diags);
	sync_report_done(&f->report);
	*f = (struct session_file){ 0 };
}

/* A new entry for path, what it is not yet known. */
static void file_init(struct session_file *f, const char *path)
{
	*f = (struct session_file){ .path = xstrdup(path) };
	diag_list_init(&f->diags);
}

const char *session_file_summary(const struct session_file *f, char *buf, size_t n)
{
	static const char *const words[SYNC_NCHANGE_KINDS] = {
		[SYNC_ADDED] = "added",	      [SYNC_REMOVED] = "removed",
		[SYNC_RETITLED] = "retitled", [SYNC_MOVED] = "moved",
		[SYNC_RESTORED] = "restored",
	};
	const char *path = f->path ? f->path : "<stdin>";
	size_t o = 0;
#define PUT(...)                                                                  \
	do {                                                                      \
		if (o < n)                                                        \
			o += (size_t)snprintf(buf + o, n - o, __VA_ARGS__);       \
	} while (0)
	buf[0] = '\0';
	switch (f->what) {
	case SESSION_UNREADABLE:
		PUT("cannot read %s: %s", path, f->why ? f->why : "?");
		return buf;
	case SESSION_INVALID:
		if (f->resync)
			PUT("%s changed and is no longer a valid plan ('stride lint %s' "
			    "says why): showing it as last imported",
			    path, path);
		else
			PUT("%s is not a valid plan", path);
		return buf;
	case SESSION_BUSY:
		PUT("%s changed, and another stride is syncing it: showing the plan "
		    "as last imported",
		    path);
		return buf;
	case SESSION_STUCK:
		PUT("%s changed, but %s: showing the plan as last imported", path,
		    f->full ? "the disk holding the store is full" : "the store is read-only");
		return buf;
	case SESSION_OTHER_PLAN:
		PUT("%s now holds the plan '%s', not '%s': import it with 'stride "
		    "import %s'",
		    path, f->now_slug, f->slug, path);
		return buf;
	case SESSION_FOREIGN:
		PUT("%s holds the plan '%s', which the store has from %s: import that "
		    "file, give this one another id, or take the plan over from it with "
		    "'stride import --replace %s'",
		    path, f->slug, f->other, path);
		return buf;
	case SESSION_FAILED:
		PUT("%s", f->err.msg);
		return buf;
	case SESSION_SYNCED:
		break;
	}
	const struct sync_report *r = &f->report;
	const char *would = f->dry_run ? "would be " : "";
	if (f->resync)
		PUT("%s changed; synced ", path);
	if (r->created) {
		char counts[256];
		PUT("%s %s: %s%s", f->dry_run ? "would import" : "imported", r->slug,
		    plan_counts_text(&f->counts, counts, sizeof(counts)),
		    f->dry_run ? " (a new plan)" : "");
		return buf;
	}
	if (!r->changed) {
		PUT("%s: up to date", r->slug);
		return buf;
	}
	PUT("%s:", r->slug);
	bool any = false;
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++) {
		if (!r->n[k])
			continue;
		PUT("%s %zu %s%s", any ? "," : "", r->n[k], would, words[k]);
		any = true;
	}
	if (r->old_source)
		PUT("%s %s from %s now (it was %s%s)", any ? ";" : "",
		    f->dry_run ? "would be read" : "read", f->file, r->old_source,
		    f->replaced	     ? ", replaced"
		    : f->source_gone ? ", which is gone"
				     : "");
	else if (!any)
		PUT(" %s", f->dry_run ? "dates or details would be updated"
				       : "dates or details updated");
#undef PUT
	return buf;
}

/* ---- one sync of a file at a time ------------------------------------------------ */

/*
 * The plan file at path, open and locked (flock, LOCK_EX) while this
 * process syncs it. The lock is advisory, shared by stride processes only,
 * and goes with the descriptor (close it to unlock). Tries for wait_ms
 * (-1: as long as it takes). Returns the descriptor; -1 when another
 * stride kept the lock for wait_ms; -2 when there is nothing to lock (not
 * a regular file) or it cannot be locked (a file system without locks):
 * then the sync goes on without, its write transaction still checks that
 * the plan did not change under it.
 */
static int lock_plan_file(const char *path, int wait_ms)
{
	/* a pipe or a device is read once, by the loader, and not shared */
	struct stat st;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
		return -2;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -2;
	if (wait_ms < 0) {
		while (flock(fd, LOCK_EX) < 0)
			if (errno != EINTR)
				goto nolock;
		return fd;
	}
	for (int waited = 0;; waited += 20) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return fd;
		if (errno != EWOULDBLOCK && errno != EINTR)
			goto nolock;
		if (waited >= wait_ms) {
			close(fd);
			return -1;
		}
		struct timespec pause = { 0, 20 * 1000000 };
		nanosleep(&pause, NULL);
	}
nolock:
	close(fd);
	return -2;
}

static long long mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

/* ---- importing ------------------------------------------------------------------ */

/* The keys of the tasks a plan marks x-done, in no particular order. */
struct marked {
	const char **key;
	size_t n, cap;
};

static void marked_tasks(const struct plan_tasks *tl, struct marked *m)
{
	for (size_t i = 0; i < tl->n; i++) {
		if (tl->v[i].marked_done) {
			m->key = xgrow(m->key, &m->cap, m->n + 1, sizeof(*m->key));
			m->key[m->n++] = tl->v[i].key;
		}
		marked_tasks(&tl->v[i].tasks, m);
	}
}

static void marked_phases(const struct plan_phases *ph, struct marked *m)
{
	for (size_t i = 0; i < ph->n; i++) {
		marked_tasks(&ph->v[i].tasks, m);
		for (size_t w = 0; w < ph->v[i].weeks.n; w++)
			marked_tasks(&ph->v[i].weeks.v[w].tasks, m);
		marked_phases(&ph->v[i].phases, m);
	}
}

/* The second half of an import: the tasks p marks x-done, as how says,
 * once the sync is done. s NULL (a dry run with no store yet) has none of
 * them yet. */
static void import_marked(struct store *s, const struct plan *p,
			  const struct session_import *how, struct session_file *out)
{
	if (how->marked == SESSION_MARKED_IGNORE ||
	    (how->marked == SESSION_MARKED_COUNT && !out->report.created))
		return;
	struct marked m = { 0 };
	marked_phases(&p->phases, &m);
	out->marked = m.n;
	/* the open ones among them, and those a dry run has not added yet */
	long long *ids = xcalloc(m.n + 1, sizeof(*ids));
	size_t nids = 0, unknown = 0;
	struct store_plan sp = { 0 };
	int rc = 0;
	if (!m.n) {
		/* nothing marked */
	} else if (!s || store_plan_get(s, p->id, &sp, &out->err) < 0) {
		if (s && out->err.code != STORE_ERR_NOTFOUND)
			rc = -1;
		unknown = m.n;
	} else {
		for (size_t i = 0; i < m.n && rc == 0; i++) {
			struct store_item it;
			if (store_item_by_key(s, sp.id, m.key[i], &it, &out->err) < 0) {
				if (out->err.code == STORE_ERR_NOTFOUND)
					unknown++;
				else
					rc = -1;
				continue;
			}
			if (!it.archived && (it.status == STORE_TODO || it.status == STORE_DOING))
				ids[nids++] = it.id;
			store_item_done(&it);
		}
	}
	store_plan_done(&sp);
	out->marked_open = nids + unknown;
	if (rc == 0 && nids && how->marked == SESSION_MARKED_MARK && !how->dry_run) {
		if (act_status(s, ids, nids, STORE_DONE, how->today, NULL, &out->err) < 0)
			rc = -1;
		else
			out->marked_done = nids;
	}
	out->marking_failed = rc < 0;
	free(ids);
	free(m.key);
}

/* The first day the store keeps for a plan whose file gives no dates
 * (loader_anchor_fn; ctx: the store). */
static int stored_anchor(const char *plan_id, void *ctx)
{
	struct store_plan p;
	struct store_error err;
	if (store_plan_get(ctx, plan_id, &p, &err) < 0)
		return CALENDAR_NONE;
	int day = p.anchor;
	store_plan_done(&p);
	return day;
}

/* Whether plan id's file in the store is another file than abs: still
 * there (the same file by another path aside), that is a foreign file
 * claiming the plan, refused (true) unless how->replace; gone, the plan
 * file was moved. Says which in out. A store that cannot be read here
 * leaves it to the sync to say so. */
static bool claimed(struct store *s, const char *id, const char *abs,
		    const struct session_import *how, struct session_file *out)
{
	struct store_plan had;
	struct store_error err;
	if (store_plan_get(s, id, &had, &err) < 0)
		return false;
	bool refuse = false;
	struct stat a, b;
	if (had.source && strcmp(had.source, abs)) {
		if (stat(had.source, &a) < 0)
			out->source_gone = true;
		else if (stat(abs, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			; /* the same file by another path */
		else if (how->replace)
			out->replaced = true;
		else
			refuse = true;
	}
	if (refuse) {
		out->what = SESSION_FOREIGN;
		out->other = xstrdup(had.source);
	}
	store_plan_done(&had);
	return refuse;
}

/* Hashes, loads and syncs the file at path, read into buf; closes *lock
 * once the sync is over, before the marked tasks (which take the store). */
static void import_text(struct store *s, const char *path, char *buf, size_t len,
			const struct stat *st, const struct session_import *how,
			struct session_file *out, int *lock)
{
	char hex[HASH_HEX_LEN];
	hash_hex(hash_bytes(buf, len), hex);
	bool in = !strcmp(path, "-");
	char *abs = in ? NULL : realpath(path, NULL);
	struct sync_source src = {
		.path = abs,
		.size = st ? (long long)st->st_size : 0,
		.mtime = st ? mtime_ns(st) : 0,
		.hash = hex,
	};
	struct plan *p;
	if (loader_load_anchored(in ? "<stdin>" : path, buf, len, s ? stored_anchor : NULL, s,
				 &p, &out->diags) != LOADER_OK) {
		out->what = SESSION_INVALID;
		free(abs);
		return;
	}
	out->slug = xstrdup(p->id);
	out->counts = p->counts;
	out->file = xstrdup(p->file);
	if (s && abs && claimed(s, p->id, abs, how, out)) {
		plan_free(p);
		free(abs);
		return;
	}
	if (!s) {
		/* a dry run with no store: it would be new */
		out->report = (struct sync_report){ .slug = xstrdup(p->id),
						    .title = xstrdup(p->title),
						    .created = true };
	} else if (sync_plan(s, p, abs ? &src : NULL, how->dry_run, &out->report,
			     &out->err) < 0) {
		out->what = SESSION_FAILED;
	}
	if (*lock >= 0)
		close(*lock);
	*lock = -2;
	if (out->what == SESSION_SYNCED)
		import_marked(s, p, how, out);
	if (s && out->what == SESSION_SYNCED && !how->dry_run) {
		const struct sync_report *r = &out->report;
		struct export_import_hook h = {
			.file = in ? "-" : path, .plan = r->slug, .title = r->title,
			.created = r->created, .changed = r->changed,
			.added = r->n[SYNC_ADDED], .removed = r->n[SYNC_REMOVED],
			.retitled = r->n[SYNC_RETITLED], .moved = r->n[SYNC_MOVED],
			.items = r->items,
		};
		hooks_after_import(s, &h);
	}
	plan_free(p);
	free(abs);
}

void session_import_file(struct store *s, const char *path,
			 const struct session_import *how, struct session_file *out)
{
	bool in = !strcmp(path, "-");
	file_init(out, in ? "<stdin>" : path);
	out->dry_run = how->dry_run;
	/* before reading it: another stride may be syncing it from a newer
	 * version */
	int lock = -2;
	if (!in && s && !how->dry_run && !store_readonly(s)) {
		lock = lock_plan_file(path, SESSION_RESYNC_WAIT_MS);
		if (lock == -1) {
			out->waited = true;
			if (how->waiting)
				how->waiting(path, how->ctx);
			lock = lock_plan_file(path, -1);
		}
	}
	char *buf;
	size_t len;
	enum loader_status lst = loader_read_file(path, &buf, &len, &out->diags);
	if (lst == LOADER_IO) {
		out->what = SESSION_UNREADABLE;
		out->why = xstrdup(out->diags.v[0].msg);
		diag_list_done(&out->diags);
		diag_list_init(&out->diags);
	} else if (lst != LOADER_OK) {
		out->what = SESSION_INVALID;
	} else {
		struct stat st;
		bool have_st = !in && stat(path, &st) == 0;
		import_text(s, path, buf, len, have_st ? &st : NULL, how, out, &lock);
	}
	if (lock >= 0)
		close(lock);
}

/* ---- the re-sync -------------------------------------------------------------- */

struct resync {
	struct store *s;
	struct session_files *out;
	char *const *skip; /* files an import is about to sync itself */
	int nskip;
	int wait_ms; /* for another stride syncing the same file */
	bool failed;
	struct store_error *err;
};

/* A new entry of the re-sync for plan p's file. */
static struct session_file *entry(struct resync *rs, const struct store_plan *p)
{
	struct session_files *l = rs->out;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	struct session_file *f = &l->v[l->n++];
	file_init(f, p->source);
	f->resync = true;
	f->slug = xstrdup(p->slug);
	return f;
}

static void resync_locked(struct resync *rs, const struct store_plan *p,
			  const struct stat *st);

/* Re-syncs one plan whose file changed, unless another stride is syncing
 * that file: then it waits rs->wait_ms for it, and goes on with the plan
 * as the store has it. */
static int resync_plan(const struct store_plan *p, void *ctx)
{
	struct resync *rs = ctx;
	struct stat st;
	if (!p->source || stat(p->source, &st) < 0 || !S_ISREG(st.st_mode))
		return 0; /* a file that has gone is not an error */
	for (int i = 0; i < rs->nskip; i++)
		if (rs->skip[i] && !strcmp(rs->skip[i], p->source))
			return 0;
	if (st.st_size == p->source_size && mtime_ns(&st) == p->source_mtime)
		return 0;
	if (store_readonly(rs->s)) {
		resync_locked(rs, p, &st);
		return rs->failed;
	}
	int lock = lock_plan_file(p->source, rs->wait_ms);
	if (lock == -1) {
		entry(rs, p)->what = SESSION_BUSY;
		return 0;
	}
	/* the stride that held the lock may have synced it just now */
	struct store_plan now;
	struct store_error err;
	if (lock >= 0 && store_plan_by_id(rs->s, p->id, &now, &err) == 0) {
		if (fstat(lock, &st) == 0 && S_ISREG(st.st_mode) &&
		    (st.st_size != now.source_size || mtime_ns(&st) != now.source_mtime))
			resync_locked(rs, &now, &st);
		store_plan_done(&now);
	} else {
		resync_locked(rs, p, &st);
	}
	if (lock >= 0)
		close(lock);
	return rs->failed;
}

/* The rest of resync_plan, with the lock held (or a store that cannot be
 * written). */
static void resync_locked(struct resync *rs, const struct store_plan *p,
			  const struct stat *st)
{
	long long mtime = mtime_ns(st);
	struct diag_list d;
	diag_list_init(&d);
	char *buf;
	size_t len;
	enum loader_status lst = loader_read_file(p->source, &buf, &len, &d);
	diag_list_done(&d);
	if (lst != LOADER_OK)
		return; /* gone, or unreadable, since the stat: as last imported */
	char hex[HASH_HEX_LEN];
	hash_hex(hash_bytes(buf, len), hex);
	struct store_error err;
	if (p->source_hash && !strcmp(hex, p->source_hash)) {
		/* touched, not changed: remember the new mtime, quietly */
		free(buf);
		if (!store_readonly(rs->s))
			store_plan_touch_source(rs->s, p->id, st->st_size, mtime, &err);
		return;
	}
	struct session_file *f = entry(rs, p);
	if (store_readonly(rs->s)) {
		free(buf);
		f->what = SESSION_STUCK;
		f->full = store_full(rs->s);
		return;
	}
	struct plan *plan;
	if (loader_load_anchored(p->source, buf, len, stored_anchor, rs->s, &plan, &f->diags) !=
	    LOADER_OK) {
		f->what = SESSION_INVALID;
		return;
	}
	if (strcmp(plan->id, p->slug)) {
		f->what = SESSION_OTHER_PLAN;
		f->now_slug = xstrdup(plan->id);
		plan_free(plan);
		return;
	}
	struct sync_source src = { p->source, (long long)st->st_size, mtime, hex };
	f->counts = plan->counts;
	f->file = xstrdup(plan->file);
	if (sync_plan(rs->s, plan, &src, false, &f->report, &f->err) < 0) {
		f->what = SESSION_FAILED;
		*rs->err = f->err;
		rs->failed = true;
	} else if (!f->report.changed) {
		/* the same plan in other words: nothing to tell */
		session_file_done(f);
		rs->out->n--;
	}
	plan_free(plan);
}

int session_resync(struct store *s, int wait_ms, char *const *skip, int nskip,
		   struct session_files *out, struct store_error *err)
{
	struct resync rs = { s, out, skip, nskip, wait_ms, false, err };
	if (store_plans(s, resync_plan, &rs, err) < 0 && !rs.failed)
		return -1;
	return rs.failed ? -1 : 0;
}

void session_files_done(struct session_files *l)
{
	for (size_t i = 0; i < l->n; i++)
		session_file_done(&l->v[i]);
	free(l->v);
	*l = (struct session_files){ 0 };
}

/* ---- the bundled plans ---------------------------------------------------------- */

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the plan files of dir that load, with their titles. */
static void scan(struct session_plan_files *out, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **found = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		bool yaml = (len > 5 && !strcmp(e->d_name + len - 5, ".yaml")) ||
			    (len > 4 && !strcmp(e->d_name + len - 4, ".yml"));
		if (!yaml)
			continue;
		found = xgrow(found, &cap, n + 1, sizeof(*found));
		found[n++] = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(found, n, sizeof(*found), path_cmp);
	for (size_t i = 0; i < n; i++) {
		struct diag_list dl;
		diag_list_init(&dl);
		struct plan *p;
		if (loader_load_file(found[i], &p, &dl) == LOADER_OK) {
			out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
			out->v[out->n++] = (struct session_plan_file){ found[i],
								       xstrdup(p->title) };
			found[i] = NULL;
			plan_free(p);
		}
		diag_list_done(&dl);
		free(found[i]);
	}
	free(found);
}

void session_bundled_plans(struct session_plan_files *out)
{
	*out = (struct session_plan_files){ 0 };
	scan(out, STRIDE_DATADIR "/plans");
	scan(out, "plans");
}

void session_plan_files_done(struct session_plan_files *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].title);
	}
	free(l->v);
	*l = (struct session_plan_files){ 0 };
}

/* ---- starting a plan ------------------------------------------------------------ */

/* One plan laid out from one day (loader_anchor_fn). */
struct anchor_at {
	const char *slug;
	int day;
};

static int anchor_at(const char *plan_id, void *ctx)
{
	const struct anchor_at *a = ctx;
	return strcmp(plan_id, a->slug) ? CALENDAR_NONE : a->day;
}

/* Loads plan sp's file as it is now, laid out from the anchor that fn
 * gives; *src (with hex, its hash) says what was read. 0, or -1 with err
 * saying why it cannot be. */
static int load_source(struct store *s, const struct store_plan *sp, loader_anchor_fn *fn,
		       void *ctx, struct plan **out, struct sync_source *src, char *hex,
		       struct store_error *err)
{
	*out = NULL;
	char *kept = NULL;
	/* a plan restored from an export without its file: the text the
	 * store keeps */
	if (store_source_text(s, sp->id, &kept, err) < 0)
		return -1;
	if (!sp->source && !kept)
		return store_set_err(err, STORE_ERR_INVALID,
			    "%s was not imported from a file that this store knows: import "
			    "its file again ('stride import FILE')",
			    sp->slug);
	struct diag_list d;
	diag_list_init(&d);
	char *buf;
	size_t len;
	struct stat st;
	int rc = 0;
	if (kept) {
		len = strlen(kept);
		buf = kept;
		hash_hex(hash_bytes(buf, len), hex);
		*src = (struct sync_source){ sp->source, -1, -1, hex };
		if (loader_load_anchored(sp->source, buf, len, fn, ctx, out, &d) != LOADER_OK)
			rc = store_set_err(err, STORE_ERR_INVALID, "the text kept for %s is not a valid plan",
				  sp->slug);
	} else if (stat(sp->source, &st) < 0 ||
		   loader_read_file(sp->source, &buf, &len, &d) != LOADER_OK) {
		rc = store_set_err(err, STORE_ERR_IO, "cannot read %s, the plan file of %s (%s): its dates "
					     "come from it",
			  sp->source, sp->slug, d.n ? d.v[0].msg : strerror(errno));
	} else {
		hash_hex(hash_bytes(buf, len), hex);
		*src = (struct sync_source){ sp->source, (long long)st.st_size, mtime_ns(&st),
					     hex };
		if (loader_load_anchored(sp->source, buf, len, fn, ctx, out, &d) != LOADER_OK)
			rc = store_set_err(err, STORE_ERR_INVALID,
				  "%s is not a valid plan now ('stride lint %s' says why): its "
				  "dates come from it",
				  sp->source, sp->source);
		else if (strcmp((*out)->id, sp->slug))
			rc = store_set_err(err, STORE_ERR_INVALID, "%s holds plan %s now, not %s",
				  sp->source, (*out)->id, sp->slug);
	}
	if (rc < 0) {
		plan_free(*out);
		*out = NULL;
	}
	diag_list_done(&d);
	return rc;
}

/* Syncs a plan whose anchor changed (the store marked its file as not
 * read yet) from its file, so that its dates are laid out anew; a plan
 * not so marked, or whose file cannot be read now, is left (the next
 * open tries again). */
int session_relay(struct store *s, long long plan_id, struct store_error *err)
{
	struct store_plan sp;
	if (store_plan_by_id(s, plan_id, &sp, err) < 0)
		return -1;
	int rc = 0;
	struct plan *p;
	struct sync_source src;
	char hex[HASH_HEX_LEN];
	struct store_error why;
	if (!sp.source_hash && load_source(s, &sp, stored_anchor, s, &p, &src, hex, &why) == 0) {
		struct sync_report rep;
		rc = sync_plan(s, p, &src, false, &rep, err);
		sync_report_done(&rep);
		plan_free(p);
	}
	store_plan_done(&sp);
	return rc;
}

int session_start_plan(struct store *s, long long plan_id, int start, int today, int *was,
		       struct store_error *err)
{
	struct store_plan sp;
	if (store_plan_by_id(s, plan_id, &sp, err) < 0)
		return -1;
	*was = sp.start;
	int rc;
	if (start == CALENDAR_NONE || sp.start != CALENDAR_NONE) {
		rc = act_start(s, plan_id, start, today, was, err);
	} else {
		/* no dates at all: laid out from start, if its phases say how
		 * long they are */
		struct anchor_at at = { sp.slug, start };
		struct plan *p;
		struct sync_source src;
		char hex[HASH_HEX_LEN];
		rc = load_source(s, &sp, anchor_at, &at, &p, &src, hex, err);
		if (rc == 0 && !p->anchored)
			rc = store_set_err(err, STORE_ERR_INVALID,
				  "%s has no dates, and none of its phases a duration to lay "
				  "them out from: give the plan a 'start:' date, or its phases "
				  "a 'duration:', in %s",
				  sp.slug, sp.source);
		if (rc == 0)
			rc = act_anchor(s, plan_id, start, today, err);
		plan_free(p);
	}
	if (rc == 0)
		rc = session_relay(s, plan_id, err);
	store_plan_done(&sp);
	return rc;
}

/* What session_undo passes on, and the plans whose dates it moved. */
struct undoing {
	int (*fn)(const struct store_event *ev, void *ctx);
	void *ctx;
	long long plans[8];
	size_t n;
};

static int undoing(const struct store_event *ev, void *ctx)
{
	struct undoing *u = ctx;
	if (ev->type == STORE_EV_MOVE && u->n < ARRAY_SIZE(u->plans))
		u->plans[u->n++] = ev->plan_id;
	return u->fn ? u->fn(ev, u->ctx) : 0;
}

int session_undo(struct store *s, int day, int (*fn)(const struct store_event *ev, void *ctx),
		 void *ctx, struct store_error *err)
{
	struct undoing u = { fn, ctx, { 0 }, 0 };
	if (act_undo(s, day, undoing, &u, err) < 0)
		return -1;
	for (size_t i = 0; i < u.n; i++)
		if (session_relay(s, u.plans[i], err) < 0)
			return -1;
	return 0;
}

int session_sync(struct store *s, const char *init, const char *dir,
		 struct gitsync_report *rep, struct store_error *err)
{
	int rc = init ? gitsync_init(s, init, dir, rep, err) : gitsync_run(s, rep, err);
	if (rc == 0)
		hooks_after_sync(s, rep);
	return rc;
}

int session_restore(struct store *s, const char *name, const char *text, size_t len,
		    bool dry_run, struct backup_report *rep, struct store_error *err)
{
	int rc = backup_restore(s, name, text, len, dry_run, rep, err);
	if (rc == 0 && !dry_run) {
		struct export_import_hook h = {
			.restore = true, .file = name, .plans = rep->plans_added,
			.events = rep->events_added, .reflections = rep->reflections_added,
			.ratings = rep->ratings_added,
		};
		hooks_after_import(s, &h);
	}
	return rc;
}

int session_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx),
		 void *ctx, struct store_error *err)
{
	struct undoing u = { fn, ctx, { 0 }, 0 };
	if (act_redo(s, undoing, &u, err) < 0)
		return -1;
	for (size_t i = 0; i < u.n; i++)
		if (session_relay(s, u.plans[i], err) < 0)
			return -1;
	return 0;
}
