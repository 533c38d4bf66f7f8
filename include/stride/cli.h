/*
 * cli: the command line. Each command lives in src/cmd_NAME.c and fills one
 * struct cli_command; main.c holds the table, the global options and the
 * dispatch.
 *
 * Exit status (docs/stride.1): 0 success, 1 runtime failure, 2 usage error,
 * 65 invalid plan or input data. Errors go to stderr as "stride: ...".
 */
#ifndef STRIDE_CLI_H
#define STRIDE_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define STRIDE_VERSION "0.1.0"

enum cli_exit {
	CLI_OK = 0,
	CLI_FAILURE = 1,
	CLI_USAGE = 2,
	CLI_DATA = 65,
};

/* What every command gets besides its arguments. */
struct cli_ctx {
	const char *db;	    /* --db PATH, else NULL */
	const char *config; /* --config FILE, else NULL */
};

struct cli_command {
	const char *name;
	/* argv[0] is the command's name; returns an enum cli_exit */
	int (*run)(const struct cli_ctx *ctx, int argc, char **argv);
	const char *synopsis; /* "lint [--json] [--summary] FILE..." */
	const char *summary;  /* one line for `stride --help` */
	const char *help;     /* the rest of `stride help NAME` */
};

extern const struct cli_command cmd_lint, cmd_import, cmd_plans, cmd_status,
	cmd_today, cmd_list, cmd_done, cmd_start, cmd_skip, cmd_reset, cmd_undo, cmd_redo,
	cmd_log, cmd_note, cmd_reflect, cmd_rate, cmd_review, cmd_stats, cmd_md2yaml;
extern const struct cli_command cmd_resources, cmd_resource, cmd_use, cmd_drop;
extern const struct cli_command cmd_shift, cmd_pause, cmd_adopt;
extern const struct cli_command cmd_export, cmd_restore, cmd_sync, cmd_ical;
extern const struct cli_command cmd_remind, cmd_prompt, cmd_config, cmd_clock;
extern const struct cli_command cmd_deliver, cmd_portfolio;
extern const struct cli_command cmd_habits;

/* The commands of `stride --help`, in its order (main.c's table); *n
 * gets how many. */
const struct cli_command *const *cli_commands(size_t *n);

/* stride __complete -- WORD... (src/cmd_complete.c): the shells'
 * completion scripts ask it for the candidates of the last WORD. Always
 * exits 0 and never writes to stderr. */
int cli_complete(const struct cli_ctx *ctx, int argc, char **argv);

/* Prints `stride help NAME` for cmd to stdout. */
void cli_print_help(const struct cli_command *cmd);

/* Reports a usage error for cmd on stderr ("stride lint: ...", and where to
 * read more) and returns CLI_USAGE. */
int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The usage error for an argument getopt_long refused (it returned '?'),
 * after a loop over shortopts: an option that needs a value and has none,
 * an unknown option (named as typed: "--frob", or "-x" in "-xy"), or a
 * negative number taken for options ("-5m"). Returns CLI_USAGE. */
int cli_option_error(const struct cli_command *cmd, const char *shortopts,
		     int argc, char **argv);

/* Parses "[--json] [PLAN]", the options of the read commands: CLI_OK,
 * -1 when it printed the help (exit 0), or a usage error's status. */
int cli_parse_json_plan(const struct cli_command *cmd, int argc, char **argv, bool *json,
			const char **plan);

/* `stride start` when its words are a plan and a day, not items
 * (src/cmd_dates.c): the command's exit status; -1 when they are items,
 * for `stride start REF...` to mark. */
int cli_start_plan(const struct cli_ctx *ctx, int argc, char **argv);

/* Resets getopt for a command's own options. */
void cli_getopt_reset(void);

/*
 * Takes out of argv (before getopt sees it as options) the first argument
 * that is a dash and digits ("-1": a number of weeks or days ago) and not
 * the value of an option before it (shortopts and longopts are getopt's),
 * and returns it; NULL when there is none.
 */
struct option;
const char *cli_take_ago(int *argc, char **argv, const char *shortopts,
			 const struct option *longopts);
/* cli_take_ago for a negative number with a unit, one of the characters
 * of units ("-3d", "-2w"), or none. */
const char *cli_take_negative(int *argc, char **argv, const char *units,
			      const char *shortopts, const struct option *longopts);

/* ---- shared by the commands (src/cli.c) ----------------------------------- */

struct store;
struct store_error;
struct store_plan;
struct store_item;
struct sync_report;
struct plan;

/* Today: $STRIDE_TODAY (YYYY-MM-DD, for tests and time travel) or the
 * local date. False, with a message on stderr, when STRIDE_TODAY is set
 * but not a date. */
bool cli_today(int *day);

/* status, once standard output is flushed; CLI_FAILURE (with a message)
 * when it cannot be written (a full disk, a closed pipe). */
int cli_flushed(int status);

/* Prints "stride: MESSAGE" for a store error; returns the exit status for
 * it (1; 2 for a plan or item that does not exist; 65 for text refused). */
int cli_store_error(const struct store_error *err);

/*
 * Opens the store for a command (--db, else $STRIDE_DB, else the default
 * path) and re-syncs every plan whose file changed since its last import,
 * with the change report on stderr. A plan file that another stride is
 * syncing at that moment is waited for a second at most; after that the
 * plan is shown as last imported (one line on stderr says why) while the
 * other stride finishes. With create, a missing store is created (import);
 * without, a missing store gives *out NULL and CLI_OK. A store that cannot
 * be written is opened read-only: write commands learn it from
 * store_begin(). Errors are printed; the return value is the exit status.
 */
int cli_open(const struct cli_ctx *ctx, bool create, struct store **out);
/* cli_open says, on stderr, when a clock ran past midnight (stride clock
 * out --keep settles it); after this call it does not (stride clock says
 * it itself). */
void cli_clock_quiet(void);

/* cli_open for `stride import FILE...`: the plans of those files are
 * not re-synced first (the import does it, and reports it); a dry run
 * re-syncs nothing and creates no store. */
int cli_open_import(const struct cli_ctx *ctx, bool dry_run, char *const *files,
		    int n, struct store **out);

/* The plan named slug, or the current plan when slug is NULL; on failure
 * the message is printed and the exit status returned. */
int cli_plan(struct store *s, const char *slug, struct store_plan *out);

/*
 * The item ref names in plan p: a short ref ("12"), a key path
 * ("phase-2/week-1/index-tuning"), or a title fragment that matches one
 * item ("redis"). "PLAN:REF" picks another plan. An unknown ref, or a
 * fragment that matches several items (which are listed), is a usage
 * error: the message is printed and CLI_USAGE returned.
 */
int cli_item(struct store *s, const struct store_plan *p, const char *ref,
	     struct store_item *out);

/* What an import does with the tasks that a draft marks `x-done: true`
 * (ticked in the Markdown it was made from) and the store has as to do or
 * started. */
enum cli_marked {
	CLI_MARKED_IGNORE, /* nothing */
	CLI_MARKED_OFFER,  /* on the plan's first import, say how to mark them */
	CLI_MARKED_MARK,   /* mark them done, as one step for undo */
};

/* How to import a file, and what came of it. */
struct cli_import {
	bool dry_run;
	bool replace; /* a file may take over a plan another file holds */
	enum cli_marked marked;
	FILE *out;  /* the change report, and what --mark-done did */
	FILE *errs; /* the loader's errors, the store's, and the offer */
	bool tui;   /* the TUI opens on the plan next: it offers to start a
		       template (else the `stride start` hint goes to errs) */
	char *slug; /* out: the plan's id once synced, malloc'd; or NULL */
	size_t offered; /* out: the marked tasks the offer counted */
};

/* Reads, checks and syncs one plan file (see stride import, and
 * session_import_file), then does with its marked tasks what im->marked
 * says, printing what happened. When another stride is syncing the same
 * file, waits for it first (saying so on im->errs after a second). s NULL
 * is a dry run with no store yet. Returns an enum cli_exit. */
int cli_import_file(struct store *s, const char *path, struct cli_import *im);

/* The changes of a sync report, a line each (at most 50, then how many
 * more). */
void cli_print_changes(FILE *out, const struct sync_report *r);

/* What a re-sync did (session_resync), a line each on out ("stride: ..."),
 * with the changes; CLI_FAILURE when the store failed, else CLI_OK. */
struct session_files;
int cli_print_resync(FILE *out, const struct session_files *l);

/* Prints the loader's diagnostics like a compiler (see stride lint). */
struct diag_list;
void cli_print_diags(FILE *to, const char *file, const struct diag_list *d);


/* s as one word for a shell, for a command a message suggests: as it is
 * when nothing in it needs quoting, else in single quotes (cut to fit buf,
 * n bytes, at least 8). Returns buf. */
const char *cli_shell_word(const char *s, char *buf, size_t n);

/* Whether s, text a person gave on the command line (what names it: "the
 * note (-m)"), is text stride keeps (text_valid); when not, says where on
 * stderr ("... nothing was saved"), and the command exits CLI_DATA. */
bool cli_text_ok(const char *what, const char *s);


#endif
