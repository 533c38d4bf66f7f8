/*
 * session: the application layer under both front ends, the command line
 * and the TUI. It does what each of them needs done the same way (open
 * the store, re-sync the plan files that changed, import a file, list the
 * bundled plans) and answers in structures, never in text on a stream:
 * the front ends render. The one-line summary of what happened to a plan
 * file is written here, once, for both.
 */
#ifndef STRIDE_SESSION_H
#define STRIDE_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/diag.h"
#include "stride/plan.h"
#include "stride/store.h"
#include "stride/sync.h"

/* Opens the store at db (NULL: $STRIDE_DB, else the default path; see
 * store_default_path) as store_open does: with create, a missing store is
 * made; without, a missing one is STORE_ERR_ABSENT. Nothing is synced.
 * Returns 0, or -1 with err. */
int session_open(const char *db, bool create, struct store **out,
		 struct store_error *err);

/* session_open for what must never write (the shell's completion, the
 * prompt, reminders): store_open_readonly, no re-sync of plan files. */
int session_open_readonly(const char *db, struct store **out, struct store_error *err);

/* Today: $STRIDE_TODAY (YYYY-MM-DD, for tests and time travel) or the
 * local date. False, with why (n bytes), when STRIDE_TODAY is set but not
 * a date. */
bool session_today(int *day, char *why, size_t n);

/* ---- what happened to a plan file ------------------------------------------------ */

enum session_file_what {
	SESSION_SYNCED,	    /* synced (or found up to date): report */
	SESSION_UNREADABLE, /* the file cannot be read: why */
	SESSION_INVALID,    /* not a valid plan: diags (a re-sync shows the
			       plan as last imported) */
	SESSION_BUSY,	    /* changed, and another stride is syncing it: the
			       plan is as last imported */
	SESSION_STUCK,	    /* changed, but the store cannot be written */
	SESSION_OTHER_PLAN, /* the file now holds another plan (now_slug) */
	SESSION_FOREIGN,    /* an import of a file whose plan the store has
			       from another file that is still there (other):
			       refused, nothing changed (see replace) */
	SESSION_FAILED,	    /* the store failed: err */
};

/* What an import or a re-sync did with one plan file. Owned; freed by
 * session_file_done. */
struct session_file {
	enum session_file_what what;
	bool resync;		   /* a re-sync of a file that changed, not an import */
	bool dry_run;		   /* the report says what would change */
	char *path;		   /* the file, as given or as the store has it */
	char *slug;		   /* the plan's id, once known */
	char *now_slug;		   /* SESSION_OTHER_PLAN: the plan the file holds */
	bool full;		   /* SESSION_STUCK: the disk is full (else read-only) */
	char *why;		   /* SESSION_UNREADABLE */
	struct diag_list diags;	   /* the loader's: errors, and warnings */
	struct sync_report report; /* SESSION_SYNCED */
	struct plan_counts counts; /* SESSION_SYNCED: the plan's */
	char *file;		   /* SESSION_SYNCED: the file as the plan names it */
	struct store_error err;	   /* SESSION_FAILED */
	bool waited;		   /* it waited for another stride syncing the file */
	char *other;		   /* SESSION_FOREIGN: the file the store has the
				      plan from */
	bool source_gone;	   /* SESSION_SYNCED: the plan came from another
				      file (report.old_source), gone now: moved */
	bool replaced;		   /* SESSION_SYNCED: with replace, the plan came
				      from another file, still there */
	/* an import's tasks marked x-done (see struct session_import) */
	size_t marked;	    /* how many say x-done: true */
	size_t marked_open; /* of them, to do or started (or new, in a dry run) */
	size_t marked_done; /* of them, marked done by this import */
	bool marking_failed; /* synced, but marking them failed: err */
};

void session_file_done(struct session_file *f);

/* The one line that says what happened, into buf (n bytes), for either
 * front end: "imported plan: 9 phases, ...", "plan: 2 added, 1 retitled",
 * "plan: up to date", "FILE changed; synced plan: 1 added", "FILE changed,
 * and another stride is syncing it: showing the plan as last imported",
 * "cannot read FILE: why", or the store's error. The changes themselves
 * are f->report.changes. Returns buf. */
const char *session_file_summary(const struct session_file *f, char *buf, size_t n);

/* ---- the re-sync -------------------------------------------------------------- */

struct session_files {
	struct session_file *v;
	size_t n, cap;
};

void session_files_done(struct session_files *l);

/*
 * Re-syncs every plan whose file changed since its last import (its size
 * or time first, then a hash of the content; a file that has gone is not
 * an error, a file only touched is remembered quietly). A file that
 * another stride is syncing is waited for wait_ms, then left (BUSY). The
 * files in skip (absolute paths; NULL entries allowed) are left alone: an
 * import is about to sync them. Each file that changed gets an entry in
 * out (synced, or why not). Returns 0, or -1 with err when the store
 * failed (the entries so far kept; the failing one is FAILED).
 */
int session_resync(struct store *s, int wait_ms, char *const *skip, int nskip,
		   struct session_files *out, struct store_error *err);

/* How long a command waits for another stride that is syncing the same
 * plan file before it goes on with the plan as the store has it. */
#define SESSION_RESYNC_WAIT_MS 1000

/* ---- importing ------------------------------------------------------------------ */

/* What an import does with the tasks that a draft marks `x-done: true`
 * (ticked in the Markdown it was made from) and the store has as to do or
 * started. */
enum session_marked {
	SESSION_MARKED_IGNORE, /* nothing */
	SESSION_MARKED_COUNT,  /* count them on the plan's first import */
	SESSION_MARKED_MARK,   /* mark them done, as one step for undo */
};

struct session_import {
	bool dry_run;
	/* a file whose plan id the store has from another file that is still
	 * there takes the plan over (else SESSION_FOREIGN); a plan whose file
	 * is gone moves to this one either way */
	bool replace;
	enum session_marked marked;
	int today; /* the day marking counts for */
	/* called (when not NULL) when another stride has been syncing the
	 * file for a second, before waiting on for it */
	void (*waiting)(const char *path, void *ctx);
	void *ctx;
};

/*
 * Reads, checks and syncs one plan file ("-": standard input), then does
 * with its marked tasks what how->marked says; out says what happened. s
 * NULL is a dry run with no store yet: the plan would be new. Before
 * reading the file it waits for another stride that is syncing it.
 */
void session_import_file(struct store *s, const char *path,
			 const struct session_import *how, struct session_file *out);

/* ---- starting a plan ------------------------------------------------------------ */

/*
 * Starts the plan on day start (stride start; CALENDAR_NONE: back to the
 * file's dates). A plan with dates moves them all (act_start); a plan
 * whose file gives no dates at all is laid out from start, from its file
 * as it is now (store_plan_anchor), and stays so through re-syncs. Returns
 * 0, 1 when nothing changed (it starts there already), or -1 with err: a
 * plan with no dates and no durations, a file that cannot be read or does
 * not load (STORE_ERR_INVALID, STORE_ERR_IO), a move out of the calendar.
 * *was gets the plan's first day as it was.
 */
int session_start_plan(struct store *s, long long plan_id, int start, int today, int *was,
		       struct store_error *err);

/* Lays plan plan_id out again from its file (or the text the store keeps
 * of it) when the store marked it to be (its anchor or its moves changed:
 * store_plan_anchor, store_xdates); else does nothing. */
int session_relay(struct store *s, long long plan_id, struct store_error *err);

/* Undoes the last step (act_undo), and lays a plan whose anchor that
 * changed out again from its file. */
int session_undo(struct store *s, int day, int (*fn)(const struct store_event *ev, void *ctx),
		 void *ctx, struct store_error *err);

/* stride sync (gitsync_init when init is not NULL, with dir; else
 * gitsync_run), then the on-sync hook when it went well. */
struct gitsync_report;
int session_sync(struct store *s, const char *init, const char *dir,
		 struct gitsync_report *rep, struct store_error *err);

/* backup_restore, then the on-import hook when it took something in. */
struct backup_report;
int session_restore(struct store *s, const char *name, const char *text, size_t len,
		    bool dry_run, struct backup_report *rep, struct store_error *err);

/* Redoes the last undo (act_redo), and lays a plan whose anchor that
 * changed out again from its file. */
int session_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx),
		 void *ctx, struct store_error *err);

/* ---- the bundled plans -------------------------------------------------------- */

/* A plan file and its plan's title. */
struct session_plan_file {
	char *path, *title;
};

struct session_plan_files {
	struct session_plan_file *v;
	size_t n, cap;
};

/*
 * The bundled plans: the plan files (.yaml, .yml) of the installed
 * share/stride/plans and of ./plans (stride run from its source tree),
 * each directory's sorted by path, with their titles; a file that does not
 * load as a plan is left out. Owned by out; session_plan_files_done frees
 * it.
 */
void session_bundled_plans(struct session_plan_files *out);
void session_plan_files_done(struct session_plan_files *l);

#endif
