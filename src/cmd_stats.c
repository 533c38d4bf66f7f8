/* stride stats: how a person has studied a plan, in figures. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/stats.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/trends.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The heatmap's shades, lightest first, in plain ASCII so that any
 * terminal and any pipe shows them. */
static const char shades[5] = { '.', '-', '+', '*', '#' };

static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* The year's study days, a column a week, Monday on top; a month's name
 * over the week its first day falls in. */
static void print_heatmap(const struct trends *t)
{
	char labels[TRENDS_HEAT_WEEKS + 8];
	memset(labels, ' ', sizeof(labels));
	labels[sizeof(labels) - 1] = '\0';
	for (int w = 0; w < TRENDS_HEAT_WEEKS; w++) {
		for (int d = 0; d < 7; d++) {
			int y, m, day;
			calendar_to_civil(t->heat_from + 7 * w + d, &y, &m, &day);
			if (day == 1 && w + 3 <= TRENDS_HEAT_WEEKS)
				memcpy(labels + 4 + w, month_abbr[m - 1], 3);
		}
	}
	/* a label cut by the next one keeps its first letters */
	size_t end = strlen(labels);
	while (end && labels[end - 1] == ' ')
		end--;
	labels[end] = '\0';
	text_printf(stdout, "%s\n", labels);
	static const char *const rows[7] = { "Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun" };
	static const char *const sunday_rows[7] = { "Sun", "   ", "Tue", "   ", "Thu", "   ",
						    "Sat" };
	for (int d = 0; d < 7; d++) {
		text_printf(stdout, "%s ", calendar_week_start() ? sunday_rows[d] : rows[d]);
		int n = TRENDS_HEAT_WEEKS;
		/* this week stops at today */
		if (t->heat_from + 7 * (n - 1) + d > t->today)
			n--;
		char row[TRENDS_HEAT_WEEKS + 1];
		for (int w = 0; w < n; w++)
			row[w] = shades[t->heat[7 * w + d].level];
		row[n] = '\0';
		text_printf(stdout, "%s\n", row);
	}
	text_printf(stdout, "    less %c%c%c%c%c more\n", shades[0], shades[1], shades[2], shades[3],
	       shades[4]);
}

static void print_forecast(const struct trends *t)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	text_printf(stdout, "Pace: %d done in the last %d days", t->recent, TRENDS_PACE_DAYS);
	if (t->done >= t->total) {
		text_printf(stdout, "; everything is done\n");
	} else if (t->forecast == CALENDAR_NONE) {
		text_printf(stdout, "; no finish to forecast at that pace\n");
	} else {
		text_printf(stdout, "; all done on %s at that pace", calendar_format(t->forecast, a));
		if (t->plan_end != CALENDAR_NONE) {
			int late = t->forecast - t->plan_end;
			if (late > 0)
				text_printf(stdout, ", %d day%s after the plan's end (%s)", late,
				       late == 1 ? "" : "s", calendar_format(t->plan_end, b));
			else
				text_printf(stdout, ", by the plan's end (%s)", calendar_format(t->plan_end, b));
		}
		putchar('\n');
	}
}

static void print_bar(long long part, long long whole, int width)
{
	long long fill = whole > 0 ? part * width / whole : 0;
	if (fill > width)
		fill = width;
	char bar[64];
	if (width > (int)sizeof(bar) - 1)
		width = (int)sizeof(bar) - 1;
	for (int i = 0; i < width; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[width] = '\0';
	text_fputs(bar, stdout);
}

/* Each habit's last TRENDS_WEEKS weeks, a column a week shaded by how
 * much of what the week asked was met (blank: it asked nothing), then its
 * streak and title. */
static void print_habits(const struct progress_habits *h)
{
	if (!h->n)
		return;
	text_printf(stdout, "\nHabits, the last %d weeks (a column a week: %c none met, %c%c%c "
			    "part, %c all):\n",
		    TRENDS_WEEKS, shades[0], shades[1], shades[2], shades[3], shades[4]);
	int this_week = calendar_monday(h->today);
	for (size_t i = 0; i < h->n; i++) {
		const struct progress_habit *ph = &h->v[i];
		const struct habit_facts *f = &ph->facts;
		char row[TRENDS_WEEKS + 1];
		for (int k = 0; k < TRENDS_WEEKS; k++) {
			int done, need;
			habit_week(&ph->rule, &h->off.off, ph->ticks, ph->nticks,
				   this_week - 7 * (TRENDS_WEEKS - 1 - k), h->today, &done, &need);
			int level = habit_week_level(done, need);
			row[k] = level < 0 ? ' ' : shades[level];
		}
		row[TRENDS_WEEKS] = '\0';
		text_printf(stdout, "  %s  streak %d %s (best %d)  %s\n", row, f->streak,
			    f->weeks ? (f->streak == 1 ? "week" : "weeks")
				     : (f->streak == 1 ? "day" : "days"),
			    f->best, ph->it.title);
	}
}

static void print_text(const struct store_plan *p, const struct trends *t)
{
	char a[TEXT_MINUTES_LEN], b[TEXT_MINUTES_LEN], wk[CALENDAR_WEEK_LEN];
	text_printf(stdout, "%s (%s)\n", p->title, p->slug);
	if (t->streak)
		text_printf(stdout, "Streak: %d day%s (longest %d)\n", t->streak, t->streak == 1 ? "" : "s",
		       t->longest);
	else
		text_printf(stdout, "Streak: none (longest %d day%s)\n", t->longest,
		       t->longest == 1 ? "" : "s");
	text_printf(stdout, "The last year: %d day%s of study, %s logged\n\n", t->active_days,
	       t->active_days == 1 ? "" : "s", text_minutes(t->heat_minutes, a));
	print_heatmap(t);

	text_printf(stdout, "\nDone: %d of %d (%d%%)", t->done, t->total, stats_percent(t->done, t->total));
	if (t->dated)
		text_printf(stdout, "; the plan's dates expected %.0f by today", t->planned_today);
	putchar('\n');
	print_forecast(t);

	text_printf(stdout, "\nBurn-up, week by week (done / planned):\n");
	/* the weeks up to this one (the plan's weeks to come are in --json) */
	size_t upto = 0;
	while (upto < t->nburnup && t->burnup[upto].monday <= t->today)
		upto++;
	size_t from = upto > TRENDS_WEEKS ? upto - TRENDS_WEEKS : 0;
	if (from || upto < t->nburnup)
		text_printf(stdout, "  (%zu weeks of %zu; --json has them all)\n", upto - from, t->nburnup);
	for (size_t i = from; i < upto; i++) {
		const struct trends_point *pt = &t->burnup[i];
		text_printf(stdout, "  %s  ", calendar_format_week(pt->monday, wk));
		if (pt->done >= 0)
			text_printf(stdout, "%4d", pt->done);
		else
			text_printf(stdout, "   -");
		if (t->dated)
			text_printf(stdout, " / %.0f", pt->planned);
		putchar('\n');
	}

	text_printf(stdout, "\nHours, week by week (logged of scheduled):\n");
	for (int i = 0; i < TRENDS_WEEKS; i++) {
		const struct trends_week *w = &t->weeks[i];
		text_printf(stdout, "  %s  ", calendar_format_week(w->monday, wk));
		print_bar(w->logged, w->scheduled ? w->scheduled : w->logged, 10);
		text_printf(stdout, "  %s", text_minutes(w->logged, a));
		if (w->scheduled)
			text_printf(stdout, " of %s", text_minutes(w->scheduled, b));
		putchar('\n');
	}

	if (t->nphases) {
		text_printf(stdout, "\nTime by phase (logged / estimated):\n");
		int width = 0;
		for (size_t i = 0; i < t->nphases; i++) {
			int l = (int)strlen(t->phases[i].title);
			width = l > width ? l : width;
		}
		width = width > 40 ? 40 : width;
		for (size_t i = 0; i < t->nphases; i++) {
			const struct trends_phase *ph = &t->phases[i];
			text_printf(stdout, "  %-*.*s  %s", width, width, ph->title, text_minutes(ph->minutes, a));
			if (ph->estimate)
				text_printf(stdout, " / %s", text_minutes(ph->estimate, b));
			else
				text_printf(stdout, " / no estimate");
			text_printf(stdout, "  (%d of %d done)\n", ph->done, ph->total);
		}
		long long on_items = 0;
		for (size_t i = 0; i < t->nphases; i++)
			on_items += t->phases[i].minutes;
		if (t->logged > on_items)
			text_printf(stdout, "  and %s logged on the plan as a whole\n",
			       text_minutes(t->logged - on_items, a));
	}

	if (t->nskills) {
		text_printf(stdout, "\nConfidence, week by week (the last %d):\n", TRENDS_WEEKS);
		for (size_t i = 0; i < t->nskills; i++) {
			const struct trends_skill *sk = &t->skills[i];
			text_printf(stdout, "  %-20.20s  ", sk->name);
			for (int w = 0; w < TRENDS_WEEKS; w++)
				text_fputs(stats_spark(sk->ratings[w], false), stdout);
			int now = sk->ratings[TRENDS_WEEKS - 1];
			if (now)
				text_printf(stdout, "  %d/5\n", now);
			else
				text_printf(stdout, "  not rated\n");
		}
	}
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *slug = NULL;
	int status = cli_parse_json_plan(&cmd_stats, argc, argv, &json, &slug);
	if (status)
		return status < 0 ? CLI_OK : status;
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s = NULL;
	struct store_plan p = { 0 };
	struct trends t = { 0 };
	struct store_error err;
	status = cli_open(ctx, false, &s);
	if (status == CLI_OK)
		status = cli_plan(s, slug, &p);
	if (status == CLI_OK && trends_compute(s, &p, today, &t, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *text = export_stats_json(&p, &t);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK) {
		print_text(&p, &t);
		struct progress_habits h;
		if (progress_habits(s, &p, today, false, &h, &err) < 0) {
			status = cli_store_error(&err);
		} else {
			print_habits(&h);
			progress_habits_done(&h);
		}
	}
	trends_done(&t);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_stats = {
	.name = "stats",
	.run = run,
	.synopsis = "stats [PLAN] [--json]",
	.summary = "a year of study: streaks, heatmap, burn-up, forecast, hours",
	.help =
		"Prints the plan's figures over time: the current and longest\n"
		"streak (rest days of the schedule never break one), a year of study\n"
		"days as a heatmap (each day shaded by its minutes against the\n"
		"busiest day's, in quarters), items done against what the plan's\n"
		"dates expected, a forecast of the finish at the pace of the last 28\n"
		"days, the last 12 weeks' time against the schedule, the time logged\n"
		"on each top-level phase against its estimates, and each rated\n"
		"skill's confidence week by week. --json prints it all as one JSON\n"
		"object (see man stride).\n",
};
