/* stride done, start, skip, reset: change the status of items. */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/progress.h"
#include "stride/stats.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char *const verbs[] = {
	[STORE_TODO] = "reset", [STORE_DOING] = "started",
	[STORE_DONE] = "done", [STORE_SKIPPED] = "skipped",
};

/* "backend-2025: 13% done (5 of 34)" for each plan the items are in. */
static void print_plans(struct store *s, const struct store_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = items[j].plan_id == items[i].plan_id;
		struct store_plan now;
		struct store_error err;
		if (seen || store_plan_by_id(s, items[i].plan_id, &now, &err) < 0)
			continue;
		text_printf(stdout, "%s: %d%% done (%d of %d)\n", now.slug,
		       stats_percent(now.done, now.total), now.done, now.total);
		store_plan_done(&now);
	}
}

/* Refuses an item whose status is not a person's to set. A habit is
 * ticked (done) and unticked (reset), day by day. */
static int checkable(const struct store_item *it, const char *typed, enum store_status st)
{
	if (it->kind == STORE_HABIT) {
		if (st == STORE_DONE || st == STORE_TODO)
			return CLI_OK;
		text_printf(stderr,
			    "stride: %d %s is a habit: it is ticked day by day ('stride done "
			    "%s' ticks today's, 'stride reset %s --date DAY' unticks one)\n",
			    it->ref, it->title, typed, typed);
		return CLI_USAGE;
	}
	if (store_checkable(it->kind))
		return CLI_OK;
	if (it->kind == STORE_PHASE || it->kind == STORE_WEEK)
		text_printf(stderr,
			    "stride: %d %s is a %s: it is done when its items are "
			    "('stride list %s' shows them)\n",
			    it->ref, it->title,
			    it->kind == STORE_PHASE ? "phase" : "week block", typed);
	else
		text_printf(stderr,
			    "stride: %d %s is a %s, not something to tick: give a "
			    "task, criterion or deliverable\n",
			    it->ref, it->title, store_kind_name(it->kind));
	return CLI_USAGE;
}

/* "ticked   5  Gym  2026-11-10  (streak: 4 days)" for each habit ticked
 * or unticked. */
static void print_ticks(struct store *s, const struct store_item *items, size_t n,
			const bool *already, bool on, int day, int today, int width)
{
	char date[CALENDAR_DATE_LEN];
	calendar_format(day, date);
	struct progress_habits h = { 0 };
	long long plan_id = 0;
	struct store_error err;
	for (size_t i = 0; i < n; i++) {
		if (items[i].kind != STORE_HABIT)
			continue;
		if (items[i].plan_id != plan_id) {
			struct store_plan p;
			progress_habits_done(&h);
			plan_id = items[i].plan_id;
			if (store_plan_by_id(s, plan_id, &p, &err) == 0) {
				if (progress_habits(s, &p, today, false, &h, &err) < 0)
					h = (struct progress_habits){ 0 };
				store_plan_done(&p);
			}
		}
		text_printf(stdout, "%-8s %*d  %s  %s", on ? "ticked" : "unticked", width,
			    items[i].ref, items[i].title, date);
		for (size_t k = 0; k < h.n; k++) {
			if (h.v[k].it.id != items[i].id)
				continue;
			const struct habit_facts *f = &h.v[k].facts;
			text_printf(stdout, "  (%sstreak: %d %s)", already[i] ? "already; " : "",
				    f->streak, f->weeks ? (f->streak == 1 ? "week" : "weeks")
							: (f->streak == 1 ? "day" : "days"));
		}
		text_printf(stdout, "\n");
	}
	progress_habits_done(&h);
}

static int mark(const struct cli_command *cmd, enum store_status st,
		const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	const char *date = NULL;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			cli_print_help(cmd);
			return CLI_OK;
		}
		if (c == 'D' && (st == STORE_DONE || st == STORE_TODO)) {
			date = optarg;
			continue;
		}
		return cli_option_error(cmd, "h", argc, argv);
	}
	if (optind == argc)
		return cli_usage_error(cmd, "no item given");
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	int day = today;
	if (date && !calendar_parse_day(date, today, &day))
		return cli_usage_error(cmd, "'%s' is not a day like 2025-07-14, today, yesterday or -3",
				       date);
	if (day > today)
		return cli_usage_error(cmd, "%s is still to come: tick a habit on the day, or a day "
					    "before",
				       date);

	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	status = cli_plan(s, NULL, &p);
	size_t n = (size_t)(argc - optind);
	struct store_item *items = xcalloc(n, sizeof(*items));
	bool *already = xcalloc(n, sizeof(*already));
	int width = 1;
	size_t nhabits = 0;
	/* every ref must name an item before anything changes */
	for (size_t i = 0; i < n && status == CLI_OK; i++) {
		const char *typed = argv[optind + (int)i];
		status = cli_item(s, &p, typed, &items[i]);
		if (status == CLI_OK)
			status = checkable(&items[i], typed, st);
		if (status == CLI_OK && text_digits(items[i].ref) > width)
			width = text_digits(items[i].ref);
		if (status == CLI_OK && items[i].kind == STORE_HABIT)
			nhabits++;
	}
	if (status == CLI_OK && date && nhabits < n) {
		for (size_t i = 0; i < n; i++)
			if (items[i].kind != STORE_HABIT) {
				text_printf(stderr,
					    "stride: --date is for a habit's occurrence, and %d %s is "
					    "not a habit: give it without --date\n",
					    items[i].ref, items[i].title);
				break;
			}
		status = CLI_USAGE;
	}
	struct store_error err;
	/* a habit is ticked on a day it recurs on */
	for (size_t i = 0; i < n && status == CLI_OK && nhabits == n; i++) {
		int first, last;
		char d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN], d3[CALENDAR_DATE_LEN];
		if (progress_habit_span(s, &items[i], &first, &last, &err) < 0) {
			status = cli_store_error(&err);
		} else if ((first != CALENDAR_NONE && day < first) ||
			   (last != CALENDAR_NONE && day > last)) {
			text_printf(stderr,
				    "stride: %d %s recurs from %s to %s: nothing to tick on %s\n",
				    items[i].ref, items[i].title, calendar_format(first, d1),
				    last != CALENDAR_NONE ? calendar_format(last, d2) : "its end",
				    calendar_format(day, d3));
			status = CLI_USAGE;
		}
	}
	if (status == CLI_OK && nhabits && nhabits < n) {
		text_printf(stderr, "stride: tick habits and mark other items in two commands "
				    "(each is one step for 'stride undo')\n");
		status = CLI_USAGE;
	}
	if (status == CLI_OK) {
		long long *ids = xcalloc(n, sizeof(*ids));
		for (size_t i = 0; i < n; i++)
			ids[i] = items[i].id;
		int rc = nhabits ? act_tick(s, ids, n, day, st == STORE_DONE, today, already, &err)
				 : act_status(s, ids, n, st, today, already, &err);
		if (rc < 0)
			status = cli_store_error(&err);
		free(ids);
	}
	/* say what changed once it is recorded */
	if (status == CLI_OK && nhabits)
		print_ticks(s, items, n, already, st == STORE_DONE, day, today, width);
	for (size_t i = 0; i < n && status == CLI_OK && !nhabits; i++)
		text_printf(stdout, "%-7s %*d  %s%s\n", verbs[st], width, items[i].ref,
		       items[i].title, already[i] ? "  (already)" : "");
	if (status == CLI_OK && !nhabits)
		print_plans(s, items, n);
	free(already);
	for (size_t i = 0; i < n; i++)
		store_item_done(&items[i]);
	free(items);
	store_plan_done(&p);
	store_close(s);
	return status;
}

static int done_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	return mark(&cmd_done, STORE_DONE, ctx, argc, argv);
}

static int start_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	int status = cli_start_plan(ctx, argc, argv);
	return status >= 0 ? status : mark(&cmd_start, STORE_DOING, ctx, argc, argv);
}

static int skip_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	return mark(&cmd_skip, STORE_SKIPPED, ctx, argc, argv);
}

static int reset_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	return mark(&cmd_reset, STORE_TODO, ctx, argc, argv);
}

#define REF_HELP                                                               \
	"REF is a number from 'stride list', a key path\n"                     \
	"(phase-2/week-1/index-query-tuning-in-postgres), part of a title\n"   \
	"that only one item has, or PLAN:REF for another plan. Every REF\n"    \
	"must name a task, criterion or deliverable before anything changes;\n" \
	"the changes of one command are one step for 'stride undo'.\n"

#define HABIT_HELP                                                               \
	"\n"                                                                       \
	"A habit (a task with 'every' in the plan) is ticked day by day: done\n"   \
	"ticks today's occurrence, reset unticks it.\n"                            \
	"\n"                                                                       \
	"options:\n"                                                               \
	"  --date DAY  a habit's occurrence of another day: YYYY-MM-DD,\n"          \
	"              yesterday or -N (days ago); not a day to come\n"

const struct cli_command cmd_done = {
	.name = "done", .run = done_run, .synopsis = "done REF... [--date DAY]",
	.summary = "mark items done; tick a habit",
	.help = REF_HELP HABIT_HELP,
};

const struct cli_command cmd_start = {
	.name = "start", .run = start_run,
	.synopsis = "start REF... | start [PLAN] [DATE] [--file-dates]",
	.summary = "mark items in progress; or run a plan from DATE (today)",
	.help = "With REFs, marks those items in progress. " REF_HELP
		"\n"
		"With no REF (nothing, a DATE, a PLAN's id, or PLAN DATE), runs the\n"
		"plan from DATE (default: today): every date of it moves by the same\n"
		"number of days, so that its first day is DATE. Phases, weeks, days\n"
		"and due dates keep their shape; progress stays. The move lives in\n"
		"the store: the plan file is untouched, and edits to it later keep\n"
		"the plan where it was started. One step for 'stride undo'. With no\n"
		"word at all, a plan that has items done is refused: name the day.\n"
		"\n"
		"DATE is YYYY-MM-DD, today, tomorrow, +N (days from today), -N (days\n"
		"ago), or a weekday (monday, or mon: the next one, today included).\n"
		"A word that is both a day and an item's title is taken as the day;\n"
		"give the item's number instead.\n"
		"\n"
		"options:\n"
		"  --file-dates  back to the dates the plan file gives, undoing every\n"
		"                start and shift at once\n",
};

const struct cli_command cmd_skip = {
	.name = "skip", .run = skip_run, .synopsis = "skip REF...",
	.summary = "skip items (they no longer count against completion)",
	.help = REF_HELP,
};

const struct cli_command cmd_reset = {
	.name = "reset", .run = reset_run, .synopsis = "reset REF... [--date DAY]",
	.summary = "mark items to do again; untick a habit",
	.help = REF_HELP HABIT_HELP,
};
