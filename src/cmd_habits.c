/* stride habits: the plan's habits, with their streaks. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/stats.h"
#include "stride/store.h"
#include "stride/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "4 days", "1 week" */
static const char *count_of(int n, bool weeks, char *buf, size_t size)
{
	snprintf(buf, size, "%d %s", n,
		 weeks ? (n == 1 ? "week" : "weeks") : (n == 1 ? "day" : "days"));
	return buf;
}

static void print_text(const struct store_plan *p, const struct progress_habits *h)
{
	char today[CALENDAR_DATE_LEN];
	calendar_format(h->today, today);
	if (!h->n) {
		text_printf(stdout,
			    "%s has no habits (a task with 'every: day', 'every: [mon, thu]' or "
			    "'every: 3/week' in the plan file is one)\n",
			    p->slug);
		return;
	}
	int width = 3;
	size_t due = 0, ticked = 0;
	for (size_t i = 0; i < h->n; i++) {
		if (text_digits(h->v[i].it.ref) > width)
			width = text_digits(h->v[i].it.ref);
		due += h->v[i].facts.due_today || h->v[i].facts.done_today;
		ticked += h->v[i].facts.done_today;
	}
	text_printf(stdout, "%s: %zu %s; today %s: %zu due, %zu ticked\n", p->slug, h->n,
		    h->n == 1 ? "habit" : "habits", today, due, ticked);
	text_printf(stdout, "%*s  tick  week  streak    best      done       every             habit\n",
		    width, "ref");
	for (size_t i = 0; i < h->n; i++) {
		const struct progress_habit *ph = &h->v[i];
		const struct habit_facts *f = &ph->facts;
		const char *mark = f->done_today  ? "[x]"
				   : f->due_today ? "[ ]"
						  : " - ";
		char every[80], streak[24], best[24], done[24], week[16];
		plan_every_text(&ph->rule.every, every, sizeof(every));
		if (ph->it.estimate) {
			size_t len = strlen(every);
			snprintf(every + len, sizeof(every) - len, ", %d min", ph->it.estimate);
		}
		snprintf(week, sizeof(week), "%d/%d", f->week_done, f->week_need);
		snprintf(done, sizeof(done), "%d/%d", f->met, f->due);
		text_printf(stdout, "%*d  %s  %-4s  %-8s  %-8s  %-5s%4d%%  %-16s  %s", width,
			    ph->it.ref, mark, f->active ? week : "", count_of(f->streak, f->weeks, streak, sizeof(streak)),
			    count_of(f->best, f->weeks, best, sizeof(best)), done,
			    stats_percent(f->met, f->due), every, ph->it.title);
		char d[CALENDAR_DATE_LEN];
		if (!f->active && ph->rule.start != CALENDAR_NONE && h->today < ph->rule.start)
			text_printf(stdout, "  (from %s)", calendar_format(ph->rule.start, d));
		else if (!f->active && ph->rule.end != CALENDAR_NONE && h->today > ph->rule.end)
			text_printf(stdout, "  (ended %s)", calendar_format(ph->rule.end, d));
		text_printf(stdout, "\n");
	}
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *slug = NULL;
	int status = cli_parse_json_plan(&cmd_habits, argc, argv, &json, &slug);
	if (status)
		return status < 0 ? CLI_OK : status;
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s = NULL;
	struct store_plan p = { 0 };
	struct progress_habits h = { 0 };
	struct store_error err;
	status = cli_open(ctx, false, &s);
	if (status == CLI_OK)
		status = cli_plan(s, slug, &p);
	if (status == CLI_OK && progress_habits(s, &p, today, false, &h, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *text = export_habits_json(&p, &h);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK) {
		print_text(&p, &h);
	}
	progress_habits_done(&h);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_habits = {
	.name = "habits",
	.run = run,
	.synopsis = "habits [PLAN] [--json]",
	.summary = "the plan's habits: due today, this week, streaks",
	.help =
		"Lists the plan's habits (tasks with 'every' in the plan file), in\n"
		"plan order: whether today's occurrence is ticked ([x]), due ([ ])\n"
		"or not due ( - ), this week's ticks against what the week asks,\n"
		"the current and best streak (days; weeks for an N/week habit),\n"
		"the occurrences met of those due so far, how often it recurs, and\n"
		"its title. Rest days of the schedule and pauses are never due and\n"
		"never break a streak. 'stride done REF' ticks today's occurrence,\n"
		"'--date DAY' another day's; 'stride undo' takes a tick back.\n"
		"--json prints the same as one JSON object (see man stride).\n",
};
