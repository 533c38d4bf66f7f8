/* stride plans, use and drop: the plans in the store. */
#include "stride/act.h"
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
			char ended[96];
			if (pr->ended)
				text_printf(stdout, "    %s",
					    progress_ended_text(p, pr, ended, sizeof(ended)));
			else
				text_printf(stdout, "    %d%% done (%d of %d)", pr->percent,
					    pr->done, pr->total);
			if (!pr->ended && pr->phase.id)
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

/* ---- use and drop ---------------------------------------------------------- */

/* The PLAN argument of use and drop: a usage error unless there is one. */
static int one_plan(const struct cli_command *cmd, int argc, char **argv,
		    bool *yes)
{
	static const struct option opts[] = {
		{ "yes", no_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			cli_print_help(cmd);
			return -1;
		}
		if (c == 'y' && yes) {
			*yes = true;
			continue;
		}
		return cli_option_error(cmd, "h", argc, argv);
	}
	if (optind == argc || !argv[optind][0])
		return cli_usage_error(cmd, "no plan given ('stride plans' lists them)");
	if (optind + 1 < argc)
		return cli_usage_error(cmd, "unexpected '%s' (one plan at a time)",
				       argv[optind + 1]);
	return CLI_OK;
}

static int use_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	int status = one_plan(&cmd_use, argc, argv, NULL);
	if (status)
		return status < 0 ? CLI_OK : status;
	struct store *s;
	struct store_plan p = { 0 }, was = { 0 };
	struct store_error err;
	status = cli_open(ctx, false, &s);
	if (status == CLI_OK)
		status = cli_plan(s, argv[optind], &p);
	if (status == CLI_OK && store_plan_current(s, &was, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && was.id != p.id && act_use(s, p.id, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK)
		text_printf(stdout, "now on %s: %s%s\n", p.slug, p.title,
			    was.id == p.id ? " (it was already)" : "");
	store_plan_done(&was);
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

static int drop_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool yes = false;
	int status = one_plan(&cmd_drop, argc, argv, &yes);
	if (status)
		return status < 0 ? CLI_OK : status;
	struct store *s;
	struct store_plan p = { 0 };
	struct store_error err;
	status = cli_open(ctx, false, &s);
	if (status == CLI_OK)
		status = cli_plan(s, argv[optind], &p);
	struct store_plan_history held = { 0 };
	int rc = status == CLI_OK ? act_drop(s, p.id, yes, &held, &err) : 0;
	if (rc < 0) {
		status = cli_store_error(&err);
	} else if (rc > 0) {
		text_printf(stderr,
			    "stride: %s holds your progress (%lld event%s in its history, "
			    "%lld reflection%s), which would go with it: nothing was "
			    "removed; 'stride drop %s --yes' removes it all\n",
			    p.slug, held.events, held.events == 1 ? "" : "s",
			    held.reflections, held.reflections == 1 ? "" : "s", p.slug);
		status = CLI_FAILURE;
	} else if (status == CLI_OK) {
		text_printf(stdout, "dropped %s: %d item%s", p.slug, p.next_ref - 1,
			    p.next_ref == 2 ? "" : "s");
		if (held.events || held.reflections)
			text_printf(stdout, ", %lld event%s, %lld reflection%s", held.events,
				    held.events == 1 ? "" : "s", held.reflections,
				    held.reflections == 1 ? "" : "s");
		text_printf(stdout, "%s\n",
			    p.source ? " (its plan file is untouched: importing it "
				       "again brings the plan back, without progress)"
				     : "");
	}
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_use = {
	.name = "use",
	.run = use_run,
	.synopsis = "use PLAN",
	.summary = "make PLAN the current plan",
	.help =
		"The current plan is the one `stride` opens and that commands act\n"
		"on when no plan is named; ticking an item of another plan makes\n"
		"that one current too. PLAN is a plan's id, as 'stride plans'\n"
		"lists them.\n",
};

const struct cli_command cmd_drop = {
	.name = "drop",
	.run = drop_run,
	.synopsis = "drop PLAN [--yes]",
	.summary = "remove a plan, and all its progress, from the store",
	.help =
		"Removes PLAN from the store: its items, the history of what you\n"
		"did (ticks, time, notes, ratings), its reflections. This cannot\n"
		"be undone. A plan that holds any progress is refused (with how\n"
		"much would go) unless --yes is given. The plan file is left\n"
		"alone: importing it again brings the plan back, with no progress.\n"
		"\n"
		"options:\n"
		"  --yes  remove it even when it holds progress\n",
};
