#include "stride/act.h"
#include "stride/cli.h"
#include "stride/hooks.h"
#include "stride/config.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/ui.h"
#include "stride/util.h"

#include <ctype.h>
#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct cli_command *const commands[] = {
	&cmd_import, &cmd_plans, &cmd_use, &cmd_drop, &cmd_shift, &cmd_pause, &cmd_status, &cmd_today, &cmd_list,
	&cmd_done,   &cmd_start, &cmd_skip,	&cmd_reset, &cmd_undo, &cmd_redo, &cmd_adopt,
	&cmd_log,    &cmd_clock, &cmd_note,	 &cmd_reflect, &cmd_rate, &cmd_review,
	&cmd_deliver, &cmd_portfolio,
	&cmd_habits, &cmd_stats, &cmd_resources, &cmd_resource,
	&cmd_export, &cmd_restore, &cmd_sync, &cmd_ical,
	&cmd_remind, &cmd_prompt,
	&cmd_lint,   &cmd_md2yaml, &cmd_config,
};

const struct cli_command *const *cli_commands(size_t *n)
{
	*n = ARRAY_SIZE(commands);
	return commands;
}

static const struct cli_command *find_command(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i]->name, name))
			return commands[i];
	return NULL;
}

void cli_getopt_reset(void)
{
#ifdef __GLIBC__
	optind = 0;
#else
	optind = 1;
	optreset = 1;
#endif
	opterr = 0;
}

/* Whether arg is an option that takes its value from the next argument. */
static bool takes_next(const char *arg, const char *shortopts, const struct option *longopts)
{
	if (arg[0] != '-' || !arg[1])
		return false;
	if (arg[1] == '-') {
		if (strchr(arg, '='))
			return false;
		for (const struct option *o = longopts; o && o->name; o++)
			if (!strcmp(arg + 2, o->name))
				return o->has_arg == required_argument;
		return false;
	}
	/* -abm: the last letter takes the next argument when nothing follows it */
	for (const char *p = arg + 1; *p; p++) {
		const char *o = strchr(shortopts, *p);
		if (o && o[1] == ':')
			return !p[1];
	}
	return false;
}

const char *cli_take_ago(int *argc, char **argv, const char *shortopts,
			 const struct option *longopts)
{
	return cli_take_negative(argc, argv, "", shortopts, longopts);
}

const char *cli_take_negative(int *argc, char **argv, const char *units,
			      const char *shortopts, const struct option *longopts)
{
	for (int i = 1; i < *argc; i++) {
		if (!strcmp(argv[i], "--"))
			return NULL;
		const char *a = argv[i];
		size_t digits = strspn(a + 1, "0123456789");
		const char *rest = a + 1 + digits;
		if (a[0] == '-' && digits &&
		    (!*rest || (*units && rest[1] == '\0' && strchr(units, *rest))) &&
		    !takes_next(argv[i - 1], shortopts, longopts)) {
			memmove(&argv[i], &argv[i + 1], (size_t)(*argc - i) * sizeof(*argv));
			(*argc)--;
			return a;
		}
	}
	return NULL;
}

int cli_parse_json_plan(const struct cli_command *cmd, int argc, char **argv, bool *json,
			const char **plan)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': *json = true; break;
		case 'h': cli_print_help(cmd); return -1;
		default:
			return cli_option_error(cmd, "h", argc, argv);
		}
	}
	if (optind < argc)
		*plan = argv[optind++];
	if (optind < argc)
		return cli_usage_error(cmd, "unexpected '%s'", argv[optind]);
	return CLI_OK;
}

void cli_print_help(const struct cli_command *cmd)
{
	text_printf(stdout, "usage: stride %s\n\n%s\n", cmd->synopsis, cmd->summary);
	if (cmd->help && *cmd->help)
		text_printf(stdout, "\n%s", cmd->help);
}

int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
{
	va_list ap;
	text_printf(stderr, "stride %s: ", cmd->name);
	va_start(ap, fmt);
	text_vprintf(stderr, fmt, ap);
	va_end(ap);
	text_printf(stderr, "\nusage: stride %s (see 'stride help %s')\n",
		    cmd->synopsis, cmd->name);
	return CLI_USAGE;
}

int cli_option_error(const struct cli_command *cmd, const char *shortopts,
		     int argc, char **argv)
{
	/* getopt leaves optind on a cluster ("-5m") it is not through with */
	const char *arg = argv[optind - 1];
	if (optopt && optind < argc && argv[optind][0] == '-' &&
	    argv[optind][1] != '-' && strchr(argv[optind] + 1, optopt))
		arg = argv[optind];
	bool is_long = !strncmp(arg, "--", 2);
	const char *known = optopt ? strchr(shortopts, optopt) : NULL;
	if ((is_long && optopt) || (!is_long && known && known[1] == ':'))
		return cli_usage_error(cmd, "'%s' needs a value", arg);
	if (is_long || strlen(arg) <= 2 || !optopt)
		return cli_usage_error(cmd, "unknown option '%s'", arg);
	if (isdigit((unsigned char)arg[1]))
		return cli_usage_error(cmd, "'%s' is not an option (no value here "
					    "can be negative)",
				       arg);
	return cli_usage_error(cmd, "unknown option '-%c' (in '%s')", optopt, arg);
}

static void usage(FILE *out)
{
	text_fputs("usage: stride [--db PATH] [--config FILE] [COMMAND [ARGS] | FILE.yaml]\n"
		   "\n"
		   "stride tracks a learning plan written as a YAML file. Without a\n"
		   "command it opens the TUI on the current plan; with a plan file, on\n"
		   "that plan (imported or re-synced first).\n"
		   "\n"
		   "commands:\n",
		   out);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		text_printf(out, "  %-10s %s\n", commands[i]->name,
			    commands[i]->summary);
	text_fputs("\n"
		   "options:\n"
		   "  --db PATH      the progress store (default: $STRIDE_DB, else\n"
		   "                 $XDG_DATA_HOME/stride/stride.db)\n"
		   "  --config FILE  the config file (default: $STRIDE_CONFIG, else\n"
		   "                 $XDG_CONFIG_HOME/stride/config.yaml)\n"
		   "  --help         this text; 'stride help COMMAND' for one command\n"
		   "  --version      the version\n"
		   "\n"
		   "The plan format: man 5 stride-plan; the config file: man 5\n"
		   "stride-config; every command: man stride.\n",
		   out);
}

static int help(int argc, char **argv)
{
	if (argc < 2) {
		usage(stdout);
		return CLI_OK;
	}
	const struct cli_command *cmd = find_command(argv[1]);
	if (!cmd) {
		text_printf(stderr, "stride: no help for '%s': it is not a stride "
				"command (see 'stride --help')\n",
			    argv[1]);
		return CLI_USAGE;
	}
	cli_print_help(cmd);
	return CLI_OK;
}

static int unknown_command(const char *name)
{
	const char *names[ARRAY_SIZE(commands) + 1];
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		names[i] = commands[i]->name;
	names[ARRAY_SIZE(commands)] = "help";
	const char *hint = text_did_you_mean(name, names, ARRAY_SIZE(names));
	if (*hint)
		text_printf(stderr, "stride: '%s' is not a stride command%s\n", name,
			    hint);
	else
		text_printf(stderr, "stride: '%s' is not a stride command (see "
				"'stride --help')\n",
			    name);
	return CLI_USAGE;
}

/* When stdout and stderr go to the same place (2>&1), keep their lines in
 * the order they were written. */
static void order_output(void)
{
	struct stat out, err;
	if (fstat(STDOUT_FILENO, &out) == 0 && fstat(STDERR_FILENO, &err) == 0 &&
	    out.st_dev == err.st_dev && out.st_ino == err.st_ino)
		setvbuf(stdout, NULL, _IOLBF, 0);
}

/* `stride FILE.yaml`: a file that exists, or a name that looks like a
 * plan file (so that a missing one gets a clear message). */
static bool is_plan_file(const char *arg)
{
	size_t len = strlen(arg);
	struct stat st;
	if (stat(arg, &st) == 0 && S_ISREG(st.st_mode))
		return true;
	return (len > 5 && !strcmp(arg + len - 5, ".yaml")) ||
	       (len > 4 && !strcmp(arg + len - 4, ".yml"));
}

/* The config file's first error and what stride does about it, in buf: for
 * the TUI's status line and, once, for a command's stderr. */
/* The config file's path for the status line, which is short: the home
 * directory as ~. */
static const char *short_path(const char *path, char *buf, size_t len)
{
	const char *home = getenv("HOME");
	size_t hl = home ? strlen(home) : 0;
	if (hl > 1 && !strncmp(path, home, hl) && path[hl] == '/') {
		snprintf(buf, len, "~%s", path + hl);
		return buf;
	}
	return path;
}

static const char *config_trouble(const struct config *cfg, bool tui, char *buf, size_t len)
{
	const struct diag *g = cfg->diags.n ? &cfg->diags.v[0] : NULL;
	/* on the status line, what stride does first */
	char shortened[600];
	const char *path = tui ? short_path(cfg->path, shortened, sizeof(shortened)) : cfg->path;
	const char *head = tui ? "config errors, running with the defaults: " : "";
	const char *tail = tui ? "" : " (the config file has errors: running with the "
				      "defaults; 'stride config --check' lists them)";
	if (g && g->line)
		snprintf(buf, len, "%s%s:%u:%u: %s%s", head, path, g->line, g->col, g->msg, tail);
	else
		snprintf(buf, len, "%s%s: %s%s", head, path, g ? g->msg : "cannot be read", tail);
	return buf;
}

/* The TUI opens on the config file's default plan, when the store has it;
 * else it says why not on the status line. */
static void use_config_plan(struct store *s, char *note, size_t len)
{
	const struct config *cfg = config_current();
	if (!cfg->plan)
		return;
	struct store_plan p;
	struct store_error err;
	if (store_plan_get(s, cfg->plan, &p, &err) == 0) {
		if (act_use(s, p.id, &err) < 0)
			snprintf(note, len, "%s", err.msg);
		store_plan_done(&p);
	} else {
		char shortened[600];
		snprintf(note, len, "no plan '%s' in the store (the config file's plan, %s:%u)",
			 cfg->plan, short_path(cfg->path, shortened, sizeof(shortened)),
			 cfg->plan_at.line);
	}
}

/* `stride` and `stride FILE.yaml`: the TUI, on the current plan or on the
 * plan of FILE (imported or re-synced first). */
static int tui(const struct cli_ctx *ctx, const char *file)
{
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	/* the terminal's character set decides Unicode or ASCII on screen */
	setlocale(LC_CTYPE, "");
	if (!ui_terminal())
		return CLI_USAGE;
	struct store *s;
	cli_clock_quiet(); /* a clock past midnight: the status bar says so */
	int status = cli_open(ctx, true, &s);
	if (status != CLI_OK)
		return status;
	char offer[1024] = "";
	if (config_current()->bad)
		config_trouble(config_current(), true, offer, sizeof(offer));
	else if (!file)
		use_config_plan(s, offer, sizeof(offer));
	if (file) {
		struct cli_import im = { .marked = CLI_MARKED_OFFER, .out = stderr,
					 .errs = stderr, .tui = true };
		status = cli_import_file(s, file, &im);
		if (im.offered && !*offer)
			snprintf(offer, sizeof(offer),
				 "%zu task%s marked x-done: 'stride import "
				 "--mark-done %s' marks %s done",
				 im.offered, im.offered == 1 ? "" : "s", file,
				 im.offered == 1 ? "it" : "them");
		struct store_plan p;
		struct store_error err;
		if (status == CLI_OK && store_plan_get(s, im.slug, &p, &err) == 0) {
			/* the TUI opens on it */
			if (act_use(s, p.id, &err) < 0)
				status = cli_store_error(&err);
			store_plan_done(&p);
		}
		free(im.slug);
	}
	if (status == CLI_OK)
		status = ui_run(s, today, *offer ? offer : NULL);
	store_close(s);
	return status;
}

/* A hook's trouble (stride/hooks.h): on stderr once the command has said
 * what it did (the hook runs before that). */
static char **hook_msgs;
static size_t hook_n, hook_cap;

static void hook_report(const char *msg, void *ctx)
{
	(void)ctx;
	hook_msgs = xgrow(hook_msgs, &hook_cap, hook_n + 1, sizeof(*hook_msgs));
	hook_msgs[hook_n++] = xstrdup(msg);
}

static int say_hooks(int status)
{
	fflush(stdout);
	for (size_t i = 0; i < hook_n; i++) {
		text_printf(stderr, "stride: %s\n", hook_msgs[i]);
		free(hook_msgs[i]);
	}
	free(hook_msgs);
	hook_msgs = NULL;
	hook_n = hook_cap = 0;
	return status;
}
static int run_command(struct cli_ctx *ctx, int argc, char **argv, int i,
		       const struct config *cfg);

int main(int argc, char **argv)
{
	struct cli_ctx ctx = { 0 };
	order_output();
	text_out_setup();
	hooks_set_report(hook_report, NULL);
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return CLI_OK;
		} else if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
			text_printf(stdout, "stride %s\n", STRIDE_VERSION);
			return CLI_OK;
		} else if (!strcmp(a, "--db")) {
			if (++i == argc) {
				text_fputs("stride: --db needs a path\n", stderr);
				return CLI_USAGE;
			}
			ctx.db = argv[i];
		} else if (!strncmp(a, "--db=", 5)) {
			ctx.db = a + 5;
		} else if (!strcmp(a, "--config")) {
			if (++i == argc) {
				text_fputs("stride: --config needs a file\n", stderr);
				return CLI_USAGE;
			}
			ctx.config = argv[i];
		} else if (!strncmp(a, "--config=", 9)) {
			ctx.config = a + 9;
		} else if (!strcmp(a, "--")) {
			i++;
			break;
		} else {
			text_printf(stderr, "stride: unknown option '%s' (see 'stride "
					"--help')\n",
				    a);
			return CLI_USAGE;
		}
	}
	/* the config file: a stat() when there is none */
	static struct config cfg;
	size_t nreq;
	const char *const *requests = ui_request_names(&nreq);
	config_load(&cfg, ctx.config, requests, nreq);
	config_use(&cfg);
	int status = run_command(&ctx, argc, argv, i, &cfg);
	config_use(NULL);
	config_done(&cfg);
	return status;
}

static int run_command(struct cli_ctx *ctx, int argc, char **argv, int i,
		       const struct config *cfg)
{
	/* said once on stderr, but not by what must stay quiet (the shell's
	 * completion and prompt) nor by what says it anyway */
	static const char *const quiet[] = { "config", "help", "__complete", "prompt" };
	bool say = cfg->bad && i < argc;
	for (size_t k = 0; say && k < ARRAY_SIZE(quiet); k++)
		say = strcmp(argv[i], quiet[k]) != 0;
	if (say) {
		char buf[1024];
		text_printf(stderr, "stride: %s\n", config_trouble(cfg, false, buf, sizeof(buf)));
	}
	if (i == argc)
		return say_hooks(tui(ctx, NULL));
	if (!strcmp(argv[i], "help"))
		return help(argc - i, argv + i);
	if (!strcmp(argv[i], "__complete")) /* hidden: for the completion scripts */
		return cli_complete(ctx, argc - i, argv + i);
	const struct cli_command *cmd = find_command(argv[i]);
	if (!cmd && i + 1 == argc && is_plan_file(argv[i]))
		return say_hooks(tui(ctx, argv[i]));
	if (!cmd)
		return unknown_command(argv[i]);
	return say_hooks(cmd->run(ctx, argc - i, argv + i));
}
