/*
 * What the commands share: today's date, opening the store (with the
 * re-sync of changed plan files), finding a plan and an item from what a
 * person typed, importing a file, printing a change report, and starting
 * their editor.
 */
#include "stride/cli.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/hash.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int cli_flushed(int status)
{
	if (fflush(stdout) != 0) {
		perror("stride: cannot write the output");
		return CLI_FAILURE;
	}
	return status;
}

bool cli_today(int *day)
{
	const char *env = getenv("STRIDE_TODAY");
	if (env && *env) {
		if (calendar_parse(env, day))
			return true;
		text_printf(stderr,
			"stride: STRIDE_TODAY must be a date like 2025-07-14, got "
			"'%s'\n",
			env);
		return false;
	}
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	*day = calendar_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return true;
}

int cli_store_error(const struct store_error *err)
{
	text_printf(stderr, "stride: %s\n", err->msg);
	return err->code == STORE_ERR_NOTFOUND ? CLI_USAGE
	       : err->code == STORE_ERR_INVALID ? CLI_DATA
						 : CLI_FAILURE;
}

void cli_print_diags(FILE *to, const char *file, const struct diag_list *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		const char *level = g->level == DIAG_ERROR ? "error" : "warning";
		if (g->line)
			text_printf(to, "%s:%u:%u: %s: %s\n", file, g->line, g->col,
				level, g->msg);
		else
			text_printf(to, "%s: %s: %s\n", file, level, g->msg);
	}
	size_t more = diag_dropped(d, DIAG_ERROR);
	if (more)
		text_printf(to, "%s: note: %zu more error%s not shown\n", file,
			more, more == 1 ? "" : "s");
	more = diag_dropped(d, DIAG_WARNING);
	if (more)
		text_printf(to, "%s: note: %zu more warning%s not shown\n", file,
			more, more == 1 ? "" : "s");
}

/* ---- the change report -------------------------------------------------------- */

#define REPORT_LINES 50

static const char *const change_words[SYNC_NCHANGE_KINDS] = {
	[SYNC_ADDED] = "added",	      [SYNC_REMOVED] = "removed",
	[SYNC_RETITLED] = "retitled", [SYNC_MOVED] = "moved",
	[SYNC_RESTORED] = "restored",
};

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void cli_print_counts(FILE *out, const struct plan_counts *c)
{
	text_printf(out, "%zu %s, %zu %s, %zu %s, %zu %s, %zu %s, %zu %s", c->phases,
		plural(c->phases, "phase", "phases"), c->weeks,
		plural(c->weeks, "week block", "week blocks"), c->tasks,
		plural(c->tasks, "task", "tasks"), c->criteria,
		plural(c->criteria, "criterion", "criteria"), c->deliverables,
		plural(c->deliverables, "deliverable", "deliverables"),
		c->resources, plural(c->resources, "resource", "resources"));
}

void cli_print_report(FILE *out, const struct sync_report *r,
		      const struct plan *p, bool dry_run)
{
	const char *would = dry_run ? "would be " : "";
	if (r->created) {
		text_printf(out, "%s %s: ", dry_run ? "would import" : "imported",
			r->slug);
		cli_print_counts(out, &p->counts);
		text_printf(out, "%s\n", dry_run ? " (a new plan)" : "");
		return;
	}
	if (!r->changed) {
		text_printf(out, "%s: up to date\n", r->slug);
		return;
	}
	if (r->old_source)
		text_printf(out, "%s: %s from %s now (it was %s)\n", r->slug,
			dry_run ? "would be read" : "read", p->file, r->old_source);
	char *prefix = xasprintf("%s:", r->slug);
	bool any = false;
	for (int k = 0; k < SYNC_NCHANGE_KINDS; k++) {
		if (!r->n[k])
			continue;
		text_printf(out, "%s %zu %s%s", any ? "," : prefix, r->n[k],
			would, change_words[k]);
		any = true;
	}
	if (!any && !r->old_source)
		text_printf(out, "%s %s", prefix,
			dry_run ? "dates or details would be updated"
				: "dates or details updated");
	if (any || !r->old_source)
		fputc('\n', out);
	free(prefix);
	for (size_t i = 0; i < r->nchanges && i < REPORT_LINES; i++) {
		const struct sync_change *c = &r->changes[i];
		text_printf(out, "  %-9s %s  %s", change_words[c->kind], c->key, c->title);
		if (c->kind == SYNC_RETITLED)
			text_printf(out, "  (was: %s)", c->was);
		else if (c->kind == SYNC_MOVED)
			text_printf(out, "  (was under %s)", c->was);
		else if (c->kind == SYNC_REMOVED)
			text_fputs("  (archived with its progress)", out);
		else if (c->kind == SYNC_RESTORED)
			text_fputs("  (with its progress)", out);
		fputc('\n', out);
	}
	if (r->nchanges > REPORT_LINES)
		text_printf(out, "  ... and %zu more\n", r->nchanges - REPORT_LINES);
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
			if (m->n == m->cap) {
				m->cap = m->cap ? 2 * m->cap : 16;
				m->key = xrealloc(m->key, m->cap * sizeof(*m->key));
			}
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

int cli_import_marked(struct store *s, const struct plan *p, const char *path,
		      const struct sync_report *rep, struct cli_import *im)
{
	if (im->marked == CLI_MARKED_IGNORE ||
	    (im->marked == CLI_MARKED_OFFER && !rep->created))
		return CLI_OK;
	struct marked m = { 0 };
	marked_phases(&p->phases, &m);
	if (!m.n) {
		if (im->marked == CLI_MARKED_MARK)
			text_printf(im->out, "no task of %s has x-done: true\n", path);
		return CLI_OK;
	}

	/* the open ones among them, and those a dry run has not added yet */
	long long *ids = xcalloc(m.n, sizeof(*ids));
	size_t nids = 0, unknown = 0;
	int ret = CLI_OK;
	struct store_error err;
	struct store_plan sp = { 0 };
	if (!s || store_plan_get(s, p->id, &sp, &err) < 0) {
		if (s && err.code != STORE_ERR_NOTFOUND)
			ret = cli_store_error(&err);
		unknown = m.n;
	} else {
		for (size_t i = 0; i < m.n && ret == CLI_OK; i++) {
			struct store_item it;
			if (store_item_by_key(s, sp.id, m.key[i], &it, &err) < 0) {
				if (err.code == STORE_ERR_NOTFOUND)
					unknown++;
				else
					ret = cli_store_error(&err);
				continue;
			}
			if (!it.archived &&
			    (it.status == STORE_TODO || it.status == STORE_DOING))
				ids[nids++] = it.id;
			store_item_done(&it);
		}
	}
	store_plan_done(&sp);
	size_t n = nids + unknown;
	const char *them = n == 1 ? "it" : "them";
	const char *ts = n == 1 ? "" : "s";
	int today;
	if (ret != CLI_OK || (!n && im->marked == CLI_MARKED_OFFER)) {
		/* nothing to say */
	} else if (!n) {
		text_printf(im->out,
			"the %zu task%s with x-done: true %s done or skipped "
			"already\n",
			m.n, m.n == 1 ? "" : "s", m.n == 1 ? "is" : "are");
	} else if (im->marked == CLI_MARKED_OFFER) {
		im->offered = n;
		text_printf(im->errs,
			"stride: %zu task%s of %s %s marked x-done: true (ticked in "
			"the Markdown); 'stride import --mark-done %s' marks %s "
			"done\n",
			n, ts, path, n == 1 ? "is" : "are", path, them);
	} else if (im->dry_run) {
		text_printf(im->out, "would mark %zu task%s done (x-done: true)\n", n, ts);
	} else if (!cli_today(&today)) {
		ret = CLI_USAGE;
	} else if (act_status(s, ids, nids, STORE_DONE, today, NULL, &err) < 0) {
		ret = cli_store_error(&err);
	} else {
		text_printf(im->out,
			"marked %zu task%s done (x-done: true); 'stride undo' takes "
			"%s back\n",
			nids, nids == 1 ? "" : "s", them);
	}
	free(ids);
	free(m.key);
	return ret;
}

/* ---- one sync of a file at a time ------------------------------------------------ */

/* How long a command waits for another stride that is syncing the same
 * plan file before it goes on with the plan as the store has it. */
#define RESYNC_WAIT_MS 1000

/*
 * The plan file at path, open and locked (flock, LOCK_EX) while this
 * process syncs it: a stride that finds it locked knows that another one
 * is syncing that very file, and need not do the same work again. The
 * lock is advisory, shared by stride processes only, and goes with the
 * descriptor (close it to unlock). Tries for wait_ms (-1: as long as it
 * takes). Returns the descriptor; -1 when another stride kept the lock
 * for wait_ms; -2 when there is nothing to lock (not a regular file) or it
 * cannot be locked (a file system without locks): then the sync goes on
 * without, its write transaction still checks that the plan did not
 * change under it.
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

/* The lock of an import: waits for the sync of another stride, and says
 * so when that takes more than a moment. */
static int lock_for_import(const char *path, FILE *errs)
{
	int fd = lock_plan_file(path, RESYNC_WAIT_MS);
	if (fd != -1)
		return fd;
	text_printf(errs, "stride: another stride is syncing %s: waiting for it\n",
		    path);
	return lock_plan_file(path, -1);
}

/* Hashes, loads and syncs the file at path, read into buf; closes *lock
 * (from lock_for_import) once the sync is over. */
static int import_text(struct store *s, const char *path, char *buf, size_t len,
		       const struct stat *st, struct cli_import *im, int *lock)
{
	char hex[HASH_HEX_LEN];
	hash_hex(hash_bytes(buf, len), hex);
	char *abs = NULL;
	if (strcmp(path, "-"))
		abs = realpath(path, NULL);
	struct sync_source src = {
		.path = abs,
		.size = st ? (long long)st->st_size : 0,
		.mtime = st ? (long long)st->st_mtim.tv_sec * 1000000000LL +
				      st->st_mtim.tv_nsec
			    : 0,
		.hash = hex,
	};
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status lst = loader_load_text(name, buf, len, &p, &d);
	cli_print_diags(im->errs, name, &d);
	diag_list_done(&d);
	if (lst != LOADER_OK) {
		free(abs);
		return CLI_DATA;
	}
	struct sync_report rep;
	struct store_error err;
	int ret = CLI_OK;
	if (sync_plan(s, p, abs ? &src : NULL, im->dry_run, &rep, &err) < 0) {
		text_printf(im->errs, "stride: %s\n", err.msg);
		ret = err.code == STORE_ERR_NOTFOUND ? CLI_USAGE : CLI_FAILURE;
	} else {
		cli_print_report(im->out, &rep, p, im->dry_run);
		im->slug = xstrdup(p->id);
		if (*lock >= 0)
			close(*lock);
		*lock = -2;
		ret = cli_import_marked(s, p, path, &rep, im);
	}
	sync_report_done(&rep);
	plan_free(p);
	free(abs);
	return ret;
}

int cli_import_file(struct store *s, const char *path, struct cli_import *im)
{
	struct diag_list d;
	diag_list_init(&d);
	char *buf;
	size_t len;
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	/* before reading it: another stride may be syncing it from a
	 * newer version */
	int lock = strcmp(path, "-") && !im->dry_run && !store_readonly(s)
			   ? lock_for_import(path, im->errs)
			   : -2;
	enum loader_status lst = loader_read_file(path, &buf, &len, &d);
	int ret;
	if (lst == LOADER_IO) {
		text_printf(im->errs, "stride: cannot read %s: %s\n", name, d.v[0].msg);
		ret = CLI_FAILURE;
	} else if (lst != LOADER_OK) {
		cli_print_diags(im->errs, name, &d);
		ret = CLI_DATA;
	} else {
		struct stat st;
		bool have_st = strcmp(path, "-") && stat(path, &st) == 0;
		ret = import_text(s, path, buf, len, have_st ? &st : NULL, im, &lock);
	}
	diag_list_done(&d);
	if (lock >= 0)
		close(lock);
	return ret;
}

/* ---- opening the store, and the re-sync ------------------------------------------ */

struct resync {
	struct store *s;
	FILE *report; /* where the reports go: stderr for the commands */
	int status;
	char **skip; /* files an import is about to sync itself */
	int nskip;
	int synced;
	int wait_ms; /* for another stride syncing the same file */
};

static long long mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

static int resync_locked(struct resync *rs, const struct store_plan *p,
			 const struct stat *st);

/* Re-syncs one plan whose file changed (size or mtime first, then the
 * content's hash), unless another stride is syncing that file: then it
 * waits rs->wait_ms for it, and goes on with the plan as the store has
 * it. */
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
	if (store_readonly(rs->s))
		return resync_locked(rs, p, &st);

	int lock = lock_plan_file(p->source, rs->wait_ms);
	if (lock == -1) {
		text_printf(rs->report,
			"stride: %s changed, and another stride is syncing it: "
			"showing the plan as last imported\n",
			p->source);
		return 0;
	}
	/* the stride that held the lock may have synced it just now */
	struct store_plan now;
	struct store_error err;
	int ret = 0;
	if (lock >= 0 && store_plan_by_id(rs->s, p->id, &now, &err) == 0) {
		if (fstat(lock, &st) == 0 && S_ISREG(st.st_mode) &&
		    (st.st_size != now.source_size || mtime_ns(&st) != now.source_mtime))
			ret = resync_locked(rs, &now, &st);
		store_plan_done(&now);
	} else {
		ret = resync_locked(rs, p, &st);
	}
	if (lock >= 0)
		close(lock);
	return ret;
}

/* The rest of resync_plan, with the lock held (or a store that cannot be
 * written). */
static int resync_locked(struct resync *rs, const struct store_plan *p,
			 const struct stat *st)
{
	long long mtime = mtime_ns(st);

	struct diag_list d;
	diag_list_init(&d);
	char *buf;
	size_t len;
	if (loader_read_file(p->source, &buf, &len, &d) != LOADER_OK) {
		diag_list_done(&d);
		return 0;
	}
	diag_list_done(&d);
	char hex[HASH_HEX_LEN];
	hash_hex(hash_bytes(buf, len), hex);
	struct store_error err;
	if (p->source_hash && !strcmp(hex, p->source_hash)) {
		/* touched, not changed: remember the new mtime, quietly */
		free(buf);
		if (!store_readonly(rs->s))
			store_plan_touch_source(rs->s, p->id, st->st_size, mtime, &err);
		return 0;
	}
	if (store_readonly(rs->s)) {
		free(buf);
		text_printf(rs->report,
			"stride: %s changed, but %s: showing the plan as last "
			"imported\n",
			p->source,
			store_full(rs->s) ? "the disk holding the store is full"
					  : "the store is read-only");
		return 0;
	}
	struct plan *plan;
	diag_list_init(&d);
	enum loader_status lst = loader_load_text(p->source, buf, len, &plan, &d);
	diag_list_done(&d);
	if (lst != LOADER_OK) {
		text_printf(rs->report,
			"stride: %s changed and is no longer a valid plan ('stride "
			"lint %s' says why): showing it as last imported\n",
			p->source, p->source);
		return 0;
	}
	if (strcmp(plan->id, p->slug)) {
		text_printf(rs->report,
			"stride: %s now holds the plan '%s', not '%s': import it "
			"with 'stride import %s'\n",
			p->source, plan->id, p->slug, p->source);
		plan_free(plan);
		return 0;
	}
	struct sync_source src = { p->source, (long long)st->st_size, mtime, hex };
	struct sync_report rep;
	if (sync_plan(rs->s, plan, &src, false, &rep, &err) < 0) {
		text_printf(rs->report, "stride: %s\n", err.msg);
		rs->status = CLI_FAILURE;
	} else if (rep.changed) {
		text_printf(rs->report, "stride: %s changed; synced ", p->source);
		cli_print_report(rs->report, &rep, plan, false);
		rs->synced++;
	}
	sync_report_done(&rep);
	plan_free(plan);
	return rs->status != CLI_OK;
}

static int open_store(const struct cli_ctx *ctx, bool create, bool resync,
		      char **skip, int nskip, struct store **out)
{
	*out = NULL;
	struct store_error err;
	char *path = ctx->db ? xstrdup(ctx->db) : store_default_path(&err);
	if (!path)
		return cli_store_error(&err);
	struct store *s;
	int rc = store_open(path, create, &s, &err);
	free(path);
	if (rc < 0) {
		if (!create && err.code == STORE_ERR_ABSENT)
			return CLI_OK;
		return cli_store_error(&err);
	}
	struct resync rs = { s, stderr, CLI_OK, skip, nskip, 0, RESYNC_WAIT_MS };
	if (resync && store_plans(s, resync_plan, &rs, &err) < 0)
		rs.status = cli_store_error(&err);
	if (rs.status != CLI_OK) {
		store_close(s);
		return rs.status;
	}
	*out = s;
	return CLI_OK;
}

int cli_resync(struct store *s, FILE *report, int *synced)
{
	struct store_error err;
	struct resync rs = { s, report, CLI_OK, NULL, 0, 0, 0 };
	if (store_plans(s, resync_plan, &rs, &err) < 0) {
		text_printf(report, "stride: %s\n", err.msg);
		rs.status = CLI_FAILURE;
	}
	*synced = rs.synced;
	return rs.status;
}

int cli_open(const struct cli_ctx *ctx, bool create, struct store **out)
{
	return open_store(ctx, create, true, NULL, 0, out);
}

int cli_open_import(const struct cli_ctx *ctx, bool dry_run, char *const *files,
		    int n, struct store **out)
{
	char **skip = xcalloc((size_t)n + 1, sizeof(*skip));
	for (int i = 0; i < n; i++)
		skip[i] = strcmp(files[i], "-") ? realpath(files[i], NULL) : NULL;
	int status = open_store(ctx, !dry_run, !dry_run, skip, n, out);
	for (int i = 0; i < n; i++)
		free(skip[i]);
	free(skip);
	return status;
}

/* ---- plans and items ------------------------------------------------------------ */

int cli_plan(struct store *s, const char *slug, struct store_plan *out)
{
	struct store_error err;
	*out = (struct store_plan){ 0 };
	if (!s) {
		text_fputs("stride: no plans yet: import one with 'stride import "
		      "FILE' (the bundled plans are in plans/)\n",
		      stderr);
		return CLI_FAILURE;
	}
	int rc = slug ? store_plan_get(s, slug, out, &err)
		      : store_plan_current(s, out, &err);
	if (rc == 0)
		return CLI_OK;
	if (err.code != STORE_ERR_NOTFOUND)
		return cli_store_error(&err);
	if (slug) {
		text_printf(stderr,
			"stride: no plan '%s' in the store ('stride plans' lists "
			"them)\n",
			slug);
		return CLI_USAGE;
	}
	text_fputs("stride: no plans yet: import one with 'stride import FILE' (the "
	      "bundled plans are in plans/)\n",
	      stderr);
	return CLI_FAILURE;
}

struct matches {
	struct store_item first;
	int n;
	bool have_exact;
	struct store_item exact;
	int nexact;
	const char *fragment;
	struct store_item list[10];
	int nlist;
};

static bool same_title(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return !*a && !*b;
}

static int collect_match(const struct store_item *it, void *ctx)
{
	struct matches *m = ctx;
	if (m->n == 0)
		store_item_copy(&m->first, it);
	if (m->nlist < (int)ARRAY_SIZE(m->list))
		store_item_copy(&m->list[m->nlist++], it);
	if (same_title(it->title, m->fragment)) {
		if (!m->nexact)
			store_item_copy(&m->exact, it);
		m->nexact++;
	}
	m->n++;
	return 0;
}

int cli_item(struct store *s, const struct store_plan *p, const char *ref,
	     struct store_item *out)
{
	struct store_error err;
	*out = (struct store_item){ 0 };
	if (!ref[strspn(ref, " \t")]) {
		text_fputs("stride: no item given (an empty argument): give its number "
			   "from 'stride list', its key or a few words of its title\n",
			   stderr);
		return CLI_USAGE;
	}
	/* PLAN:REF */
	const char *colon = strchr(ref, ':');
	if (colon && colon != ref && colon[1]) {
		char *slug = xstrndup(ref, (size_t)(colon - ref));
		struct store_plan other;
		int rc = store_plan_get(s, slug, &other, &err);
		free(slug);
		if (rc == 0) {
			int ret = cli_item(s, &other, colon + 1, out);
			store_plan_done(&other);
			return ret;
		}
		if (err.code != STORE_ERR_NOTFOUND)
			return cli_store_error(&err);
	}
	size_t digits = strspn(ref, "0123456789");
	if (digits && digits == strlen(ref)) {
		long n = digits <= 9 ? atol(ref) : 0;
		if (n > 0 && store_item_by_ref(s, p->id, (int)n, out, &err) == 0)
			return CLI_OK;
		if (n > 0 && err.code != STORE_ERR_NOTFOUND)
			return cli_store_error(&err);
		text_printf(stderr, "stride: %s has no item %s ('stride list' shows "
				"the numbers)\n",
			p->slug, ref);
		return CLI_USAGE;
	}
	if (store_item_by_key(s, p->id, ref, out, &err) == 0)
		return CLI_OK;
	if (err.code != STORE_ERR_NOTFOUND)
		return cli_store_error(&err);

	struct matches m = { .fragment = ref };
	if (store_item_search(s, p->id, ref, INT_MAX, collect_match, &m, &err) < 0) {
		int ret = cli_store_error(&err);
		for (int i = 0; i < m.nlist; i++)
			store_item_done(&m.list[i]);
		store_item_done(&m.first);
		store_item_done(&m.exact);
		return ret;
	}
	int ret = CLI_OK;
	if (m.n == 1) {
		*out = m.first;
		m.first = (struct store_item){ 0 };
	} else if (m.nexact == 1) {
		*out = m.exact;
		m.exact = (struct store_item){ 0 };
	} else if (m.n == 0) {
		text_printf(stderr,
			"stride: nothing in %s matches '%s': give a number or a "
			"key from 'stride list', or part of a title\n",
			p->slug, ref);
		ret = CLI_USAGE;
	} else {
		text_printf(stderr,
			"stride: '%s' matches %d items in %s; give the number of "
			"the one you mean:\n",
			ref, m.n, p->slug);
		for (int i = 0; i < m.nlist; i++)
			text_printf(stderr, "  %5d  %s  (%s)\n", m.list[i].ref,
				m.list[i].title, m.list[i].key);
		if (m.n > m.nlist)
			text_printf(stderr, "  ... and %d more\n", m.n - m.nlist);
		ret = CLI_USAGE;
	}
	for (int i = 0; i < m.nlist; i++)
		store_item_done(&m.list[i]);
	store_item_done(&m.first);
	store_item_done(&m.exact);
	return ret;
}

const char *cli_shell_word(const char *s, char *buf, size_t n)
{
	if (*s && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789_-./:,+=@%") == strlen(s)) {
		snprintf(buf, n, "%s", s);
		return buf;
	}
	size_t o = 0;
	buf[o++] = '\'';
	for (; *s && o + 6 < n; s++) {
		if (*s == '\'') {
			memcpy(buf + o, "'\\''", 4);
			o += 4;
		} else {
			buf[o++] = *s;
		}
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

bool cli_text_ok(const char *what, const char *s)
{
	struct text_fault f;
	if (text_valid(s, strlen(s), &f))
		return true;
	char buf[64], where[48];
	if (f.line > 1)
		snprintf(where, sizeof(where), "character %u of line %u", f.col, f.line);
	else
		snprintf(where, sizeof(where), "character %u", f.col);
	text_printf(stderr,
		    "stride: %s holds %s at %s: stride keeps UTF-8 text without "
		    "control characters but tab and newline; nothing was saved\n",
		    what, text_fault_what(&f, buf, sizeof(buf)), where);
	return false;
}
