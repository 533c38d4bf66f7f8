/*
 * hooks: the person's own programs, run after stride changed something.
 *
 * A hook is an executable file in $XDG_CONFIG_HOME/stride/hooks/ (or
 * ~/.config/stride/hooks/): on-change after a change is committed (done,
 * log, note, undo, redo, ...), on-sync after stride sync, on-import after
 * stride import or restore. It gets a JSON document on its standard input
 * (stride/export.h) and runs without a shell (fork and exec), in a session
 * of its own (its own process group, no terminal), with STRIDE_HOOK set to
 * its name (and STRIDE_NO_HOOKS, for its own runs of stride); stride waits for it
 * at most HOOKS_TIMEOUT_MS, then kills the group. Its output is captured:
 * not shown, but for its first line when it fails. The change is committed
 * before: a hook that fails, hangs or cannot run changes nothing of it.
 * STRIDE_NO_HOOKS set (not empty, not "0") runs none.
 *
 * What happened goes to the front end's report function (hooks_set_report:
 * stderr for the CLI, the status line in the TUI); nothing here prints. A
 * hook that ran well says nothing.
 */
#ifndef STRIDE_HOOKS_H
#define STRIDE_HOOKS_H

#include <stdbool.h>
#include <stddef.h>

struct store;

#define HOOKS_TIMEOUT_MS 5000

enum hooks_result {
	HOOKS_NONE,	  /* no such hook, or hooks are off */
	HOOKS_OK,	  /* it ran and exited 0 */
	HOOKS_FAILED,	  /* it exited with another status, or died of a signal */
	HOOKS_KILLED,	  /* still running after the timeout: killed */
	HOOKS_NOT_RUN,	  /* not executable, or it could not be started */
};

/* Where a hook's trouble is said: fn gets one line (no newline) that
 * names the hook and what happened. NULL: nowhere. Process-wide (a front
 * end sets it once). */
void hooks_set_report(void (*fn)(const char *msg, void *ctx), void *ctx);

/* The hook's path (malloc'd) when hooks are on and a file `name` is in
 * the hooks directory, executable or not; NULL otherwise. */
char *hooks_find(const char *name);

/* Runs hook `name` with json on its standard input, as the top comment
 * says; what went wrong is reported (hooks_set_report). */
enum hooks_result hooks_run(const char *name, const char *json);

/* on-change with the events the store's last transaction recorded
 * (store_tx_events), once it is committed; nothing when it recorded none. */
void hooks_after_change(struct store *s);

/* on-change for a reflection of week saved (skill NULL; ratings: how
 * many skills it rated) or skill rated `ratings` (stride rate). */
struct store_plan;
void hooks_after_reflect(struct store *s, const struct store_plan *p, int week,
			 const char *skill, int ratings);

/* on-sync and on-import with their documents (stride/export.h), made
 * only when there is such a hook. */
struct gitsync_report;
void hooks_after_sync(struct store *s, const struct gitsync_report *rep);
struct export_import_hook;
void hooks_after_import(struct store *s, struct export_import_hook *h);

#endif
