/* stride plans: the plans in the store. */
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

struct listing {
	struct store *s;
	int today;
	long long current;
	struct store_plan *plans;
	struct progress *prs;
	size_t n, cap;
	struct store_error err;
	bool failed;
};

static int keep(const struct store_plan *p, void *ctx)
{
	struct listing *l = ctx;
	l->plans = xgrow(l->plans, &l->cap, l->n + 1, sizeof(*l->plans));
	l->prs = xrealloc(l->prs, l->cap * sizeof(*l->prs));
	if (store_plan_get(l->s, p->slug, &l->plans[l->n], &l->err) < 0) {
		l->failed = true;
		return 1;
	}
	if (progress_compute(l->s, p, l->today, &l->prs[l->n], &l->err) < 0) {
		store_plan_done(&l->plans[l->n]);
		l->failed = true;
		return 1;
	}
	if (!l->n)
		l->current = p->id;
	l->n++;
	return 0;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool json = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_plans); return CLI_OK;
		default:
			return cli_option_error(&cmd_plans, "h", argc, argv);
		}
	}
	if (optind != argc)
		return cli_usage_error(&cmd_plans, "unexpected '%s'", argv[optind]);
	struct listing l = { 0 };
	if (!cli_today(&l.today))
		return CLI_USAGE;
	int status = cli_open(ctx, false, &l.s);
	if (status != CLI_OK)
		return status;
	if (l.s && store_plans(l.s, keep, &l, &l.err) < 0)
		l.failed = true;
	if (l.failed)
		status = cli_store_error(&l.err);
	else if (json) {
		struct export_plan *v = xcalloc(l.n + 1, sizeof(*v));
		for (size_t i = 0; i < l.n; i++)
			v[i] = (struct export_plan){ &l.plans[i], &l.prs[i],
						     l.plans[i].id == l.current };
		char *text = export_plans_json(v, l.n);
		text_fputs(text, stdout);
		free(text);
		free(v);
	} else if (!l.n) {
		text_fputs("No plans yet. Import one: stride import plans/backend-roadmap.yaml\n", stdout);
	} else {
		for (size_t i = 0; i < l.n; i++) {
			const struct store_plan *p = &l.plans[i];
			const struct progress *pr = &l.prs[i];
			text_printf(stdout, "%c %s: %s\n", p->id == l.current ? '*' : ' ',
			       p->slug, p->title);
			text_printf(stdout, "    %d%% done (%d of %d)", pr->percent, pr->done,
			       pr->total);
			if (pr->phase.id)
				text_printf(stdout, ", phase %d of %d: %s", pr->phase_number,
				       pr->phase_count, pr->phase.title);
			putchar('\n');
		}
	}
	for (size_t i = 0; i < l.n; i++) {
		store_plan_done(&l.plans[i]);
		progress_done(&l.prs[i]);
	}
	free(l.plans);
	free(l.prs);
	store_close(l.s);
	return status;
}

const struct cli_command cmd_plans = {
	.name = "plans",
	.run = run,
	.synopsis = "plans [--json]",
	.summary = "the plans in the store, with completion and current phase",
	.help =
		"Lists every plan in the store, the current one (the one imported\n"
		"or changed last, which commands use when no plan is named) marked\n"
		"with '*', with how much of it is done and the phase it is in.\n"
		"\n"
		"options:\n"
		"  --json  one JSON array, an object a plan (see man stride)\n",
};
