/*
 * stride deliver REF [--link URL]... [-m LESSONS]: an item done, with
 * what it delivered; stride portfolio [PLAN] [--json]: the plan's
 * finished deliverables as a Markdown page (src/portfolio.c).
 */
#include "stride/act.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/portfolio.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static int deliver_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "link", required_argument, NULL, 'l' },
		{ "message", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *lessons = NULL;
	const char **links = xcalloc((size_t)argc + 1, sizeof(*links));
	size_t n = 0;
	int c, status = CLI_OK;
	cli_getopt_reset();
	while (status == CLI_OK && (c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			if (!cli_text_ok("the link (--link)", optarg))
				status = CLI_DATA;
			else if (!portfolio_link_ok(optarg))
				status = cli_usage_error(&cmd_deliver,
							 "'%s' is not a link: give a URL like "
							 "https://github.com/you/project",
							 optarg);
			links[n++] = optarg;
			break;
		case 'm': lessons = optarg; break;
		case 'h':
			cli_print_help(&cmd_deliver);
			free(links);
			return CLI_OK;
		default: status = cli_option_error(&cmd_deliver, "m:h", argc, argv); break;
		}
	}
	if (status == CLI_OK && lessons && !cli_text_ok("the lessons (-m)", lessons))
		status = CLI_DATA;
	if (status == CLI_OK && optind == argc)
		status = cli_usage_error(&cmd_deliver, "which item? give its number or key");
	if (status == CLI_OK && optind + 1 < argc)
		status = cli_usage_error(&cmd_deliver, "unexpected '%s' (one item at a time)",
					 argv[optind + 1]);
	int today;
	if (status == CLI_OK && !cli_today(&today))
		status = CLI_USAGE;
	struct store *s = NULL;
	if (status == CLI_OK)
		status = cli_open(ctx, false, &s);
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	struct store_error err;
	if (status == CLI_OK)
		status = cli_plan(s, NULL, &p);
	if (status == CLI_OK)
		status = cli_item(s, &p, argv[optind], &it);
	if (status == CLI_OK && !store_checkable(it.kind))
		status = cli_usage_error(&cmd_deliver,
					 "%d is a %s: deliver a task, a criterion or a "
					 "deliverable",
					 it.ref, store_kind_name(it.kind));
	bool was_done;
	if (status == CLI_OK &&
	    act_deliver(s, it.id, links, n, lessons, today, &was_done, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK) {
		char *l = NULL, *m = NULL;
		size_t nl = 0;
		if (store_delivered(s, it.id, &l, &m, &err) == 0 && l) {
			nl = 1;
			for (const char *q = l; *q; q++)
				nl += *q == '\n';
		}
		text_printf(stdout, "delivered %d  %s  (%s; %zu link%s%s)\n", it.ref, it.title,
			    was_done ? "done already" : "done", nl, nl == 1 ? "" : "s",
			    m ? ", lessons" : "");
		free(l);
		free(m);
	}
	store_item_done(&it);
	store_plan_done(&p);
	if (s)
		store_close(s);
	free(links);
	return status;
}

static int portfolio_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *slug = NULL;
	int status = cli_parse_json_plan(&cmd_portfolio, argc, argv, &json, &slug);
	if (status != CLI_OK)
		return status < 0 ? CLI_OK : status;
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s;
	status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct store_error err;
	struct portfolio pf = { 0 };
	status = cli_plan(s, slug, &p);
	if (status == CLI_OK && portfolio_collect(s, &p, &pf, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK) {
		char *text = json ? export_portfolio_json(&p, &pf, today)
				  : portfolio_markdown(&p, &pf, today);
		text_fputs(text, stdout);
		free(text);
	}
	portfolio_done(&pf);
	store_plan_done(&p);
	if (s)
		store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_deliver = {
	.name = "deliver",
	.run = deliver_run,
	.synopsis = "deliver REF [--link URL]... [-m LESSONS]",
	.summary = "finish an item, with its links and what you learned",
	.help =
		"Marks the item REF names done (if it is not), and records what it\n"
		"delivered for 'stride portfolio': links to show it and the lessons\n"
		"learned. Again on the same item, its links add up (each once) and\n"
		"-m replaces its lessons. One step for 'stride undo'; it travels\n"
		"with export and sync.\n"
		"\n"
		"options:\n"
		"  --link URL          a link (again for more): SCHEME://..., no\n"
		"                      spaces; anything else is refused (exit 2)\n"
		"  -m, --message LESSONS  what you learned\n",
};

const struct cli_command cmd_portfolio = {
	.name = "portfolio",
	.run = portfolio_run,
	.synopsis = "portfolio [PLAN] [--json]",
	.summary = "the finished deliverables as a Markdown page",
	.help =
		"Writes a Markdown page of the plan's finished deliverables (and of\n"
		"any finished item given links or lessons with 'stride deliver'), in\n"
		"plan order under their phases: each with the day it was finished,\n"
		"its planned dates, the time logged on it and on its phase, its links\n"
		"and its lessons. Titles are escaped for Markdown; lessons are put as\n"
		"written. Ready for a README or a blog:\n"
		"\n"
		"  stride portfolio > PORTFOLIO.md\n"
		"\n"
		"options:\n"
		"  --json  the same as JSON (see man stride)\n",
};
