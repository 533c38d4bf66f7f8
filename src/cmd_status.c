/* stride status and stride today: where a person stands, and what is next. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

/* Opens the store and computes the progress of the plan for today. */
static int load(const struct cli_ctx *ctx, const char *slug, struct store **s,
		struct store_plan *p, struct progress *pr)
{
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	int status = cli_open(ctx, false, s);
	if (status != CLI_OK)
		return status;
	status = cli_plan(*s, slug, p);
	if (status != CLI_OK)
		return status;
	struct store_error err;
	if (progress_compute(*s, p, today, pr, &err) < 0)
		return cli_store_error(&err);
	return CLI_OK;
}

static void print_span(int start, int end)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	if (start != CALENDAR_NONE)
		text_printf(stdout, ", %s to %s", calendar_format(start, a),
		       calendar_format(end, b));
}

static const char *const day_names[7] = { "Mon", "Tue", "Wed", "Thu",
					  "Fri", "Sat", "Sun" };

/* "Mon 2025-07-14: Theory (30 min, 15 logged)" */
static void print_slot(const struct progress *pr)
{
	char d[CALENDAR_DATE_LEN];
	text_printf(stdout, "%s %s: ", day_names[calendar_weekday(pr->today)],
	       calendar_format(pr->today, d));
	if (pr->pause_first != CALENDAR_NONE)
		text_printf(stdout, "paused to %s, a rest day (", calendar_format(pr->pause_last, d));
	else if (pr->slot.minutes)
		text_printf(stdout, "%s (%d min", pr->slot.focus ? pr->slot.focus : "study",
		       pr->slot.minutes);
	else if (pr->has_schedule)
		text_printf(stdout, "rest day (");
	else
		text_printf(stdout, "no schedule (");
	text_printf(stdout, "%s%lld min logged)\n", pr->slot.minutes ? ", " : "",
			    pr->logged_today);
}

/* "; 3 days behind schedule (12% of the dated items expected by today)",
 * and the line's end. */
static void print_pace(const struct progress *pr)
{
	if (pr->starts_in && pr->days_ahead <= 0) {
		text_printf(stdout, "; not begun yet");
	} else if (pr->dated) {
		if (pr->days_ahead > 0)
			text_printf(stdout, "; %d day%s ahead of schedule", pr->days_ahead,
				    pr->days_ahead == 1 ? "" : "s");
		else if (pr->days_ahead < 0)
			text_printf(stdout, "; %d day%s behind schedule", -pr->days_ahead,
				    pr->days_ahead == -1 ? "" : "s");
		else
			text_printf(stdout, "; on schedule");
		text_printf(stdout, " (%d%% of the dated items expected by today)",
			    pr->expected_percent);
	}
	putchar('\n');
}

/* How many of what is next `stride today` lists of each part (the late
 * ones, the others); --json has them all. */
#define TODAY_ITEMS 5

static const char *mark(const struct store_item *it)
{
	switch (it->status) {
	case STORE_DOING: return "[~]";
	case STORE_DONE: return "[x]";
	case STORE_SKIPPED: return "[-]";
	default: return "[ ]";
	}
}

/* "Phase > Sub-phase > Week block": where the person is. */
static void print_where(const struct progress *pr)
{
	text_printf(stdout, "%s", pr->phase.title);
	if (pr->subphase.id)
		text_printf(stdout, " > %s", pr->subphase.title);
	if (pr->week.id)
		text_printf(stdout, " > %s", pr->week.title);
	putchar('\n');
}

/* "criterion: Title (optional, due tomorrow)": an item of what is next. */
static const char *next_text(const struct progress_next *nx, size_t i, int today,
			     char *buf, size_t n)
{
	const struct store_item *it = &nx->v[i];
	char when[32];
	progress_when(it, nx->late[i], today, when, sizeof(when));
	const char *sep = it->optional && *when ? ", " : "";
	if (it->optional || *when)
		snprintf(buf, n, "%s%s (%s%s%s)", store_kind_label(it->kind), it->title,
			 it->optional ? "optional" : "", sep, when);
	else
		snprintf(buf, n, "%s%s", store_kind_label(it->kind), it->title);
	return buf;
}

/* The hint under what is next (progress_hint). */
static int print_hints(struct store *s, const struct store_plan *p,
		       const struct progress *pr, const struct progress_next *nx)
{
	struct progress_hint h;
	struct store_error err;
	if (progress_hint(s, p, pr, nx, &h, &err) < 0)
		return cli_store_error(&err);
	char date[CALENDAR_DATE_LEN];
	if (h.kind == PROGRESS_HINT_START)
		text_printf(stdout, "To %s from today: stride start %s\n",
			    p->start == CALENDAR_NONE ? "lay its dates out" : "run it", p->slug);
	else if (h.kind == PROGRESS_HINT_SHIFT)
		text_printf(stdout,
			    "To carry on from today with what is left: stride shift %s %dd "
			    "--from %s\n",
			    p->slug, h.days, calendar_format(h.from, date));
	return CLI_OK;
}

static int status_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *slug = NULL;
	int status = cli_parse_json_plan(&cmd_status, argc, argv, &json, &slug);
	if (status)
		return status < 0 ? CLI_OK : status;
	struct store *s = NULL;
	struct store_plan p = { 0 };
	struct progress pr = { 0 };
	struct progress_next nx = { 0 };
	struct store_error err;
	status = load(ctx, slug, &s, &p, &pr);
	if (status == CLI_OK && progress_next(s, &p, &pr, json ? 0 : 1, &nx, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *text = export_status_json(&p, &pr, &nx);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK) {
		text_printf(stdout, "%s (%s)\n", p.title, p.slug);
		char ended[96], moved[160];
		if (progress_moved_text(&p, moved, sizeof(moved)))
			text_printf(stdout, "Dates: %s\n", moved);
		if (pr.ended)
			text_printf(stdout, "The plan %s\n",
				    progress_ended_text(&p, &pr, ended, sizeof(ended)));
		else if (pr.starts_in)
			text_printf(stdout, "The plan %s\n",
				    progress_starts_text(&p, &pr, ended, sizeof(ended)));
		if (pr.phase.id) {
			text_printf(stdout, "Phase %d of %d: %s", pr.phase_number,
			       pr.phase_count, pr.phase.title);
			print_span(pr.phase.start, pr.phase.end);
			putchar('\n');
			const struct store_item *inner =
				pr.subphase.id ? &pr.subphase : &pr.phase;
			if (pr.subphase.id) {
				text_printf(stdout, "  in %s", pr.subphase.title);
				print_span(pr.subphase.start, pr.subphase.end);
				putchar('\n');
			}
			if (inner->goal)
				text_printf(stdout, "  Goal: %s\n", inner->goal);
		}
		if (pr.week.id) {
			text_printf(stdout, "Week: %s", pr.week.title);
			print_span(pr.week.start, pr.week.end);
			putchar('\n');
		}
		if (!pr.ended) {
			text_printf(stdout, "Done: %d%% (%d of %d)", pr.percent, pr.done,
				    pr.total);
			print_pace(&pr);
		}
		if (nx.n) {
			char text[512];
			size_t more = nx.n - 1 + nx.more + nx.more_carried;
			text_printf(stdout, "Next: %d %s", nx.v[0].ref,
				    next_text(&nx, 0, pr.today, text, sizeof(text)));
			if (more)
				text_printf(stdout, "; and %zu more ('stride today')", more);
			putchar('\n');
		}
		status = print_hints(s, &p, &pr, &nx);
		text_printf(stdout, "Today, ");
		print_slot(&pr);
		if (pr.streak)
			text_printf(stdout, "Streak: %d day%s (longest %d)\n", pr.streak,
			       pr.streak == 1 ? "" : "s", pr.longest_streak);
		else if (pr.longest_streak)
			text_printf(stdout, "Streak: none (longest %d day%s)\n", pr.longest_streak,
			       pr.longest_streak == 1 ? "" : "s");
		else
			text_printf(stdout, "Streak: none yet\n");
		if (pr.scheduled_week)
			text_printf(stdout, "This week: %lld of %lld min\n", pr.logged_week,
			       pr.scheduled_week);
		else
			text_printf(stdout, "This week: %lld min\n", pr.logged_week);
	}
	progress_next_done(&nx);
	progress_done(&pr);
	store_plan_done(&p);
	store_close(s);
	return status;
}

/* ---- today ---------------------------------------------------------------- */

/* The habits due or ticked today (`stride habits` has them all); CLI_OK,
 * or the exit status of a store error (said on stderr). */
static int print_habits(struct store *s, const struct store_plan *p, int today)
{
	struct progress_habits h;
	struct store_error err;
	if (progress_habits(s, p, today, true, &h, &err) < 0)
		return cli_store_error(&err);
	bool head = false;
	for (size_t i = 0; i < h.n; i++) {
		const struct progress_habit *ph = &h.v[i];
		const struct habit_facts *f = &ph->facts;
		if (!f->due_today && !f->done_today)
			continue;
		if (!head)
			text_printf(stdout, "Habits today ('stride done REF' ticks one)\n");
		head = true;
		char every[64];
		plan_every_text(&ph->rule.every, every, sizeof(every));
		text_printf(stdout, "  %5d %s %s  (every %s; streak %d %s)\n", ph->it.ref,
			    f->done_today ? "[x]" : "[ ]", ph->it.title, every, f->streak,
			    f->weeks ? (f->streak == 1 ? "week" : "weeks")
				     : (f->streak == 1 ? "day" : "days"));
	}
	progress_habits_done(&h);
	return CLI_OK;
}

/* How many of what is next `stride today` lists; --json has them all. */
static int today_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *slug = NULL;
	int status = cli_parse_json_plan(&cmd_today, argc, argv, &json, &slug);
	if (status)
		return status < 0 ? CLI_OK : status;
	struct store *s = NULL;
	struct store_plan p = { 0 };
	struct progress pr = { 0 };
	struct progress_next nx = { 0 };
	status = load(ctx, slug, &s, &p, &pr);
	struct store_error err;
	if (status == CLI_OK && progress_next(s, &p, &pr, json ? 0 : TODAY_ITEMS, &nx, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *text = export_today_json(&p, &pr, &nx);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK) {
		print_slot(&pr);
		char text[512];
		if (pr.starts_in)
			text_printf(stdout, "The plan %s; first:\n",
				    progress_starts_text(&p, &pr, text, sizeof(text)));
		for (size_t i = 0; i < nx.n; i++) {
			if (i == nx.carried && nx.where)
				print_where(&pr); /* where the person is, after what is late */
			if (i == 0 && nx.carried)
				text_printf(stdout, "Carried over (%zu)\n",
					    nx.carried + nx.more_carried);
			text_printf(stdout, "  %5d %s %s\n", nx.v[i].ref, mark(&nx.v[i]),
				    next_text(&nx, i, pr.today, text, sizeof(text)));
			if (i + 1 == nx.carried && nx.more_carried)
				text_printf(stdout, "  ... and %zu more ('stride list --late')\n",
					    nx.more_carried);
		}
		if (nx.where && nx.n == nx.carried)
			print_where(&pr);
		if (nx.more)
			text_printf(stdout, "  ... and %zu more ('stride list %d')\n", nx.more,
				    nx.where->ref);
		if (nx.where && nx.n == nx.carried && !nx.more)
			text_printf(stdout, "  nothing open here: well done\n");
		status = print_habits(s, &p, pr.today);
		if (pr.streak)
			text_printf(stdout, "Streak: %d day%s\n", pr.streak,
			       pr.streak == 1 ? "" : "s");
		if (status == CLI_OK)
			status = print_hints(s, &p, &pr, &nx);
	}
	progress_next_done(&nx);
	progress_done(&pr);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_status = {
	.name = "status",
	.run = status_run,
	.synopsis = "status [--json] [PLAN]",
	.summary = "where you stand: phase, % done, ahead or behind, streak",
	.help =
		"Shows, for the current plan (or PLAN): the current phase and week\n"
		"block (by today's date; where no dates say, the first unfinished\n"
		"one), how much is done (skipped and optional items do not count\n"
		"against it), how many days ahead of or behind the plan's dates\n"
		"you are, today's slot of the schedule, the streak (days with any\n"
		"activity; rest days of the schedule do not break it, and neither\n"
		"does today before you start) and the time logged this week\n"
		"against the schedule.\n"
		"\n"
		"Today is the local date, or $STRIDE_TODAY (YYYY-MM-DD) when set.\n"
		"\n"
		"options:\n"
		"  --json  one JSON object (see man stride)\n",
};

const struct cli_command cmd_today = {
	.name = "today",
	.run = today_run,
	.synopsis = "today [--json] [PLAN]",
	.summary = "today's focus and the next open tasks",
	.help =
		"Shows today's slot of the schedule (focus and minutes, or a rest\n"
		"day), the current phase and week block, and what is next there,\n"
		"with the numbers to tick them by ('stride done 12'): what is in\n"
		"progress, the tasks to do, the criteria and deliverable to meet,\n"
		"then the optional items; the first five of them, as the Today\n"
		"view lists them all. Then the habits due or ticked today, with\n"
		"their streaks ('stride habits' lists them all).\n"
		"\n"
		"options:\n"
		"  --json  one JSON object (see man stride; the habits are in\n"
		"          'stride habits --json')\n",
};
