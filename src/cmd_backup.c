/* stride export and stride restore: a store's progress as one document. */
#include "stride/backup.h"
#include "stride/session.h"
#include "stride/cli.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The largest export restore reads: far beyond a store of 100,000 tasks
 * and years of history. */
#define RESTORE_MAX_BYTES ((size_t)1 << 30)

static int export_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *output = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'h': cli_print_help(&cmd_export); return CLI_OK;
		default: return cli_option_error(&cmd_export, "o:h", argc, argv);
		}
	}
	if (argc - optind > 1)
		return cli_usage_error(&cmd_export, "unexpected '%s'", argv[optind + 1]);
	const char *slug = argc - optind == 1 ? argv[optind] : NULL;
	struct store *s = NULL;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	if (!s) {
		text_printf(stderr, "stride: no store yet, so nothing to export ('stride import "
				    "FILE' makes one)\n");
		return CLI_DATA;
	}
	char *doc = NULL;
	struct backup_report rep;
	struct store_error err;
	if (backup_export(s, slug, &doc, &rep, &err) < 0) {
		status = cli_store_error(&err);
	} else {
		char why[512];
		if (!output || !strcmp(output, "-")) {
			if (!util_write_all(STDOUT_FILENO, doc, strlen(doc))) {
				text_printf(stderr, "stride: cannot write the export: %s\n",
					    "standard output is closed or full");
				status = CLI_FAILURE;
			}
		} else if (util_write_atomic(output, doc, strlen(doc), true, why, sizeof(why)) < 0) {
			text_printf(stderr, "stride: %s\n", why);
			status = CLI_FAILURE;
		} else {
			text_printf(stderr, "exported %zu plan%s, %zu event%s, %zu reflection%s and "
					    "%zu rating%s to %s\n",
				    rep.plans, rep.plans == 1 ? "" : "s", rep.events,
				    rep.events == 1 ? "" : "s", rep.reflections,
				    rep.reflections == 1 ? "" : "s", rep.ratings,
				    rep.ratings == 1 ? "" : "s", output);
		}
		if (rep.no_text)
			text_printf(stderr,
				    "stride: warning: the text of %s%s could not be read (it was "
				    "imported from standard input, or its file is gone): a store "
				    "that lacks %s cannot take it from this export\n",
				    rep.no_text_plan,
				    rep.no_text > 1 ? " and other plans" : "",
				    rep.no_text > 1 ? "them" : "it");
	}
	free(doc);
	backup_report_done(&rep);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_export = {
	.name = "export",
	.run = export_run,
	.synopsis = "export [PLAN] [-o FILE]",
	.summary = "all progress as one JSON document, for a backup or another machine",
	.help =
		"Writes the store's progress (of PLAN, or of every plan) as one JSON\n"
		"document that 'stride restore' takes back: each plan with its file's\n"
		"text, its start, shifts and pauses; every event of the history (ticks,\n"
		"time, notes, ratings, moves, undos), each with a unique id and a\n"
		"clock that orders events across machines; every version of every\n"
		"reflection; the skill ratings. The same store gives the same bytes.\n"
		"\n"
		"options:\n"
		"  -o, --output FILE  write FILE (replaced whole, never half written)\n"
		"                     rather than standard output\n",
};

static int restore_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool dry_run = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "nh", opts, NULL)) != -1) {
		switch (c) {
		case 'n': dry_run = true; break;
		case 'h': cli_print_help(&cmd_restore); return CLI_OK;
		default: return cli_option_error(&cmd_restore, "nh", argc, argv);
		}
	}
	if (argc - optind != 1)
		return cli_usage_error(&cmd_restore, argc == optind ? "no FILE given: an export "
								      "made by 'stride export'"
								    : "unexpected '%s'",
				       argv[argc - 1]);
	const char *path = argv[optind];
	char why[512];
	size_t len;
	char *text = util_read_file(path, RESTORE_MAX_BYTES, &len, why, sizeof(why));
	if (!text) {
		text_printf(stderr, "stride: cannot read %s: %s\n", path, why);
		return CLI_FAILURE;
	}
	if (len > RESTORE_MAX_BYTES) {
		text_printf(stderr, "stride: %s is more than 1 GiB: no export is that big\n", path);
		free(text);
		return CLI_DATA;
	}
	struct store *s = NULL;
	int status = cli_open(ctx, !dry_run, &s);
	struct backup_report rep = { 0 };
	struct store_error err;
	if (status == CLI_OK && !s) {
		/* a dry run with no store yet: all of it would be new */
		text_printf(stdout, "would restore into a new store: nothing to compare with\n");
	} else if (status == CLI_OK &&
		   session_restore(s, strcmp(path, "-") ? path : "<stdin>", text, len, dry_run,
				   &rep, &err) < 0) {
		status = cli_store_error(&err);
	} else if (status == CLI_OK) {
		const char *verb = dry_run ? "would add" : "added";
		text_printf(stdout,
			    "%s %zu of %zu event%s, %zu of %zu reflection%s, %zu of %zu "
			    "rating%s",
			    verb, rep.events_added, rep.events, rep.events == 1 ? "" : "s",
			    rep.reflections_added, rep.reflections,
			    rep.reflections == 1 ? "" : "s", rep.ratings_added, rep.ratings,
			    rep.ratings == 1 ? "" : "s");
		if (rep.plans_added)
			text_printf(stdout, "; %zu new plan%s", rep.plans_added,
				    rep.plans_added == 1 ? "" : "s");
		if (rep.items_added)
			text_printf(stdout, "; %zu archived item%s for progress the plan files no "
					    "longer have",
				    rep.items_added, rep.items_added == 1 ? "" : "s");
		text_printf(stdout, "%s\n",
			    rep.events_added || rep.reflections_added || rep.ratings_added ||
					    rep.plans_added
				    ? ""
				    : " (the store has all of it already)");
	}
	free(text);
	backup_report_done(&rep);
	/* a store made for this restore, which failed, is not left behind */
	if (status == CLI_OK)
		store_close(s);
	else
		store_discard(s);
	return cli_flushed(status);
}

const struct cli_command cmd_restore = {
	.name = "restore",
	.run = restore_run,
	.synopsis = "restore FILE [--dry-run]",
	.summary = "take in an export: what the store lacks is added, nothing is lost",
	.help =
		"Merges an export ('stride export'; FILE - is standard input) into the\n"
		"store, event by event: what the store has already is left alone, so\n"
		"restoring twice changes nothing the second time, and an export from\n"
		"another machine adds what was done there. An item's status, note and\n"
		"rating are then the latest by the events' clocks, its time the sum\n"
		"of what was logged; a plan the store lacks comes from the export's\n"
		"text (linked to its file where that is on this machine). The whole\n"
		"export is checked first: a newer format, text that is not JSON or not\n"
		"an export, an event of a plan neither has: nothing is changed (exit\n"
		"65).\n"
		"\n"
		"options:\n"
		"  -n, --dry-run  say what would be added, and change nothing\n",
};
