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

#define STRIDE_VERSION "0.1.0"

enum cli_exit {
	CLI_OK = 0,
	CLI_FAILURE = 1,
	CLI_USAGE = 2,
	CLI_DATA = 65,
};

/* What every command gets besides its arguments. */
struct cli_ctx {
	const char *db; /* --db PATH, else NULL */
};

struct cli_command {
	const char *name;
	/* argv[0] is the command's name; returns an enum cli_exit */
	int (*run)(const struct cli_ctx *ctx, int argc, char **argv);
	const char *synopsis; /* "lint [--json] [--summary] FILE..." */
	const char *summary;  /* one line for `stride --help` */
	const char *help;     /* the rest of `stride help NAME` */
};

extern const struct cli_command cmd_lint;

/* Prints `stride help NAME` for cmd to stdout. */
void cli_print_help(const struct cli_command *cmd);

/* Reports a usage error for cmd on stderr ("stride lint: ...", and where to
 * read more) and returns CLI_USAGE. */
int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Resets getopt for a command's own options. */
void cli_getopt_reset(void);

#endif
