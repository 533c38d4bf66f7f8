/* stride lint: check plan files, like a compiler. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/loader.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_span(struct plan_span s)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	if (s.start == CALENDAR_NONE)
		text_printf(stdout, "%-24s", "unscheduled");
	else
		text_printf(stdout, "%s  %s  ", calendar_format(s.start, a),
		       calendar_format(s.end, b));
}

static void print_outline(const struct plan_phases *pl, int depth)
{
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_phase *ph = &pl->v[i];
		text_printf(stdout, "  ");
		print_span(ph->span);
		text_printf(stdout, "%*s%s\n", 2 * (depth - 1), "", ph->title);
		print_outline(&ph->phases, depth + 1);
		for (size_t w = 0; w < ph->weeks.n; w++) {
			const struct plan_week *wk = &ph->weeks.v[w];
			text_printf(stdout, "  ");
			print_span(wk->span);
			text_printf(stdout, "%*s", 2 * depth, "");
			if (wk->week_from == wk->week_to && wk->week_from)
				text_printf(stdout, "week %d", wk->week_from);
			else if (wk->week_from)
				text_printf(stdout, "weeks %d-%d", wk->week_from, wk->week_to);
			/* a block with neither week nor title goes by its id */
			text_printf(stdout, "%s%s\n", wk->week_from && wk->title ? ": " : "",
			       wk->title ? wk->title : wk->week_from ? "" : wk->id);
		}
	}
}

/* The plan in a few lines: what it is, its counts and its phases' dates. */
static void print_summary(const struct plan *p)
{
	text_printf(stdout, "%s: %s (%s)\n", p->file, p->title, p->id);
	text_printf(stdout, "  ");
	if (p->span.start != CALENDAR_NONE) {
		char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
		text_printf(stdout, "%s to %s: ", calendar_format(p->span.start, a),
		       calendar_format(p->span.end, b));
	}
	char counts[256];
	text_printf(stdout, "%s\n", plan_counts_text(&p->counts, counts, sizeof(counts)));
	print_outline(&p->phases, 1);
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "summary", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool json = false, summary = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "+sh", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 's': summary = true; break;
		case 'h': cli_print_help(&cmd_lint); return CLI_OK;
		default:
			return cli_option_error(&cmd_lint, "+sh", argc, argv);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_lint, "no plan file given");

	size_t n = (size_t)(argc - optind);
	struct export_lint *files = xcalloc(n, sizeof(*files));
	struct diag_list *diags = xcalloc(n, sizeof(*diags));
	bool unreadable = false, invalid = false;
	for (size_t i = 0; i < n; i++) {
		const char *path = argv[optind + (int)i];
		const char *name = strcmp(path, "-") ? path : "<stdin>";
		struct plan *p;
		diag_list_init(&diags[i]);
		enum loader_status st = loader_load_file(path, &p, &diags[i]);
		files[i] = (struct export_lint){ name, st, p, &diags[i] };
		unreadable |= st == LOADER_IO;
		invalid |= st == LOADER_INVALID;
		if (json)
			continue;
		if (st == LOADER_IO)
			text_printf(stderr, "stride: cannot read %s: %s\n", name,
				    diags[i].v[0].msg);
		else
			cli_print_diags(stderr, name, &diags[i]);
		if (summary && p)
			print_summary(p);
	}
	if (json) {
		char *text = export_lint_json(files, n);
		text_fputs(text, stdout);
		free(text);
	}
	for (size_t i = 0; i < n; i++) {
		plan_free((struct plan *)files[i].plan);
		diag_list_done(&diags[i]);
	}
	free(files);
	free(diags);
	return cli_flushed(unreadable ? CLI_FAILURE : invalid ? CLI_DATA : CLI_OK);
}

const struct cli_command cmd_lint = {
	.name = "lint",
	.run = run,
	.synopsis = "lint [--json] [--summary] FILE...",
	.summary = "check plan files without touching the store",
	.help =
		"Reads each plan file (- for standard input) and reports every\n"
		"error and warning on stderr as FILE:LINE:COLUMN: error: MESSAGE,\n"
		"at most 50 of each a file. Nothing is written to the store.\n"
		"\n"
		"options:\n"
		"  --json       one JSON array on stdout, an object a file (see\n"
		"               man stride for its fields); nothing on stderr\n"
		"  -s, --summary\n"
		"               for each valid file, its counts and the resolved\n"
		"               dates of its phases and week blocks on stdout\n"
		"\n"
		"exit status: 0 every file is valid (warnings allowed), 65 some file\n"
		"is not a valid plan, 1 some file cannot be read, 2 usage error.\n",
};
