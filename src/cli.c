/*
 * What the commands share: today's date, opening the store (with the
 * re-sync of changed plan files, which session.c does) and importing a
 * file, each with what they print; finding a plan and an item from what a
 * person typed; the messages of the command line.
 */
#include "stride/cli.h"

#include "stride/calendar.h"
#include "stride/clock.h"
#include "stride/config.h"
#include "stride/loader.h"
#include "stride/progress.h"
#include "stride/session.h"
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
	char why[128];
	if (session_today(day, why, sizeof(why)))
		return true;
	text_printf(stderr, "stride: %s\n", why);
	return false;
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

/* ---- what happened to a plan file ------------------------------------------------- */

#define REPORT_LINES 50

void cli_print_changes(FILE *out, const struct sync_report *r)
{
	static const char *const words[SYNC_NCHANGE_KINDS] = {
		[SYNC_ADDED] = "added",	      [SYNC_REMOVED] = "removed",
		[SYNC_RETITLED] = "retitled", [SYNC_MOVED] = "moved",
		[SYNC_RESTORED] = "restored",
	};
	for (size_t i = 0; i < r->nchanges && i < REPORT_LINES; i++) {
		const struct sync_change *c = &r->changes[i];
		text_printf(out, "  %-9s %s  %s", words[c->kind], c->key, c->title);
		if (c->kind == SYNC_RETITLED && c->in_place)
			text_printf(out, "  (same place; was: %s)", c->was);
		else if (c->kind == SYNC_RETITLED)
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

/* What an import says of its x-done tasks (session_import_file counted or
 * marked them). */
static void print_marked(const struct session_file *f, struct cli_import *im)
{
	size_t n = f->marked_open;
	const char *them = n == 1 ? "it" : "them";
	const char *ts = n == 1 ? "" : "s";
	if (im->marked == CLI_MARKED_IGNORE || f->what != SESSION_SYNCED)
		return;
	if (im->marked == CLI_MARKED_OFFER) {
		if (!n)
			return;
		im->offered = n;
		text_printf(im->errs,
			    "stride: %zu task%s of %s %s marked x-done: true (ticked in "
			    "the Markdown); 'stride import --mark-done %s' marks %s "
			    "done\n",
			    n, ts, f->path, n == 1 ? "is" : "are", f->path, them);
	} else if (!f->marked) {
		text_printf(im->out, "no task of %s has x-done: true\n", f->path);
	} else if (!n) {
		text_printf(im->out,
			    "the %zu task%s with x-done: true %s done or skipped "
			    "already\n",
			    f->marked, f->marked == 1 ? "" : "s", f->marked == 1 ? "is" : "are");
	} else if (im->dry_run) {
		text_printf(im->out, "would mark %zu task%s done (x-done: true)\n", n, ts);
	} else {
		text_printf(im->out,
			    "marked %zu task%s done (x-done: true); 'stride undo' takes "
			    "%s back\n",
			    f->marked_done, f->marked_done == 1 ? "" : "s",
			    f->marked_done == 1 ? "it" : "them");
	}
}

static void say_waiting(const char *path, void *ctx)
{
	text_printf(ctx, "stride: another stride is syncing %s: waiting for it\n", path);
}

/* A template opened (its dates past or far ahead, nothing done): how to
 * run it from today, on to (progress_is_template). */
static void hint_template(struct store *s, const char *slug, FILE *to)
{
	int today;
	char why[128], text[96];
	struct store_plan p;
	struct progress pr;
	struct store_error err;
	if (!s || !session_today(&today, why, sizeof(why)) ||
	    store_plan_get(s, slug, &p, &err) < 0)
		return;
	if (progress_compute(s, &p, today, &pr, &err) == 0) {
		if (progress_is_template(&p, &pr))
			text_printf(to, "stride: %s %s; to run it from today: stride start %s\n",
				    p.slug, progress_template_text(&p, &pr, text, sizeof(text)),
				    p.slug);
		progress_done(&pr);
	}
	store_plan_done(&p);
}

int cli_import_file(struct store *s, const char *path, struct cli_import *im)
{
	int today = 0;
	if (im->marked == CLI_MARKED_MARK && !im->dry_run && !cli_today(&today))
		return CLI_USAGE;
	struct session_import how = {
		.dry_run = im->dry_run,
		.replace = im->replace,
		.marked = im->marked == CLI_MARKED_IGNORE ? SESSION_MARKED_IGNORE
			  : im->marked == CLI_MARKED_OFFER ? SESSION_MARKED_COUNT
							   : SESSION_MARKED_MARK,
		.today = today,
		.waiting = say_waiting,
		.ctx = im->errs,
	};
	struct session_file f;
	session_import_file(s, path, &how, &f);
	cli_print_diags(im->errs, f.path, &f.diags);
	char line[1024];
	int ret = CLI_OK;
	switch (f.what) {
	case SESSION_SYNCED:
		text_printf(im->out, "%s\n", session_file_summary(&f, line, sizeof(line)));
		cli_print_changes(im->out, &f.report);
		im->slug = xstrdup(f.slug);
		if (f.marking_failed)
			ret = cli_store_error(&f.err);
		else
			print_marked(&f, im);
		if (!im->dry_run && !im->tui)
			hint_template(s, f.slug, im->errs);
		break;
	case SESSION_INVALID:
		ret = CLI_DATA;
		break;
	case SESSION_FOREIGN:
		text_printf(im->errs, "stride: %s\n", session_file_summary(&f, line, sizeof(line)));
		ret = CLI_DATA;
		break;
	case SESSION_FAILED:
		ret = cli_store_error(&f.err);
		break;
	default:
		text_printf(im->errs, "stride: %s\n", session_file_summary(&f, line, sizeof(line)));
		ret = CLI_FAILURE;
		break;
	}
	session_file_done(&f);
	return ret;
}

/* ---- opening the store, and the re-sync ------------------------------------------ */

int cli_print_resync(FILE *out, const struct session_files *l)
{
	char line[1024];
	int ret = CLI_OK;
	for (size_t i = 0; i < l->n; i++) {
		const struct session_file *f = &l->v[i];
		text_printf(out, "stride: %s\n", session_file_summary(f, line, sizeof(line)));
		if (f->what == SESSION_SYNCED)
			cli_print_changes(out, &f->report);
		if (f->what == SESSION_FAILED)
			ret = CLI_FAILURE;
	}
	return ret;
}

static bool clock_quiet;

void cli_clock_quiet(void)
{
	clock_quiet = true;
}

/* A clock left running past midnight: the next command says so, once a
 * command (its time is never logged past midnight unasked). */
static void warn_clock(struct store *s)
{
	struct store_clock c;
	struct store_error err;
	bool running;
	int day, second;
	char why[128];
	if (store_clock_get(s, &c, &running, &err) == 0 && running &&
	    clock_now(&day, &second, why, sizeof(why)) && clock_past_midnight(&c, day)) {
		char when[CALENDAR_DATE_LEN], at[8];
		text_printf(stderr,
			    "stride: the clock started %s %s ran past midnight: "
			    "'stride clock out --keep DURATION' (0 for none) or "
			    "'--at HH:MM' logs what of it was study\n",
			    calendar_format(c.day, when),
			    clock_format_hhmm(c.second, at, sizeof(at)));
	}
	store_clock_done(&c);
}

static int open_store(const struct cli_ctx *ctx, bool create, bool resync,
		      char **skip, int nskip, struct store **out)
{
	*out = NULL;
	struct store_error err;
	struct store *s;
	if (session_open(ctx->db, create, &s, &err) < 0) {
		if (!create && err.code == STORE_ERR_ABSENT)
			return CLI_OK;
		return cli_store_error(&err);
	}
	struct session_files synced = { 0 };
	int status = CLI_OK;
	if (resync) {
		int rc = session_resync(s, SESSION_RESYNC_WAIT_MS, skip, nskip, &synced, &err);
		status = cli_print_resync(stderr, &synced);
		if (rc < 0 && status == CLI_OK)
			status = cli_store_error(&err);
	}
	session_files_done(&synced);
	if (status != CLI_OK) {
		store_close(s);
		return status;
	}
	if (!clock_quiet)
		warn_clock(s);
	*out = s;
	return CLI_OK;
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
	/* no plan named: the config file's default plan, when the store has it */
	const struct config *cfg = config_current();
	if (!slug && cfg->plan) {
		if (store_plan_get(s, cfg->plan, out, &err) == 0)
			return CLI_OK;
		if (err.code != STORE_ERR_NOTFOUND)
			return cli_store_error(&err);
		text_printf(stderr,
			    "stride: the config file's plan '%s' (%s:%u) is not in the store "
			    "('stride plans' lists them): using the current plan\n",
			    cfg->plan, cfg->path, cfg->plan_at.line);
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
