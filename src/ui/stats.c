/*
 * Stats: a year of study at a glance. The streaks, the year's study days
 * as a heatmap (GitHub style: a column a week, Monday on top), items done
 * against the plan's dates with the forecast of the finish, the hours of
 * the last weeks against the schedule, the time on each phase against
 * its estimates, and each rated skill's confidence week by week.
 *
 * The page is drawn whole into a pad and the part that fits is copied to
 * the view's window; j/k and the page keys scroll it. The figures come
 * from trends.c, the same as `stride stats`.
 */
#include "ui.h"

#include "stride/calendar.h"
#include "stride/stats.h"
#include "stride/trends.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

/* What open() loaded (v->data). The page is drawn whole into a pad; the
 * generic navigation scrolls it (v->top, of v->lines rows). */
struct stats_view {
	struct trends t;
	struct progress_habits habits;
	int today;
	WINDOW *pad;
};

/* The weeks of each habit's small heatmap. */
#define HABIT_WEEKS 12

static int open_stats(struct view *v)
{
	struct app *a = v->app;
	struct stats_view *sv = xcalloc(1, sizeof(*sv));
	v->data = sv;
	struct store_error err;
	sv->today = a->today;
	if (trends_compute(a->store, &a->plan, a->today, &sv->t, &err) < 0 ||
	    progress_habits(a->store, &a->plan, a->today, false, &sv->habits, &err) < 0) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	return 0;
}

static void done_stats(struct view *v)
{
	struct stats_view *sv = v->data;
	if (!sv)
		return;
	trends_done(&sv->t);
	progress_habits_done(&sv->habits);
	if (sv->pad)
		delwin(sv->pad);
	free(sv);
	v->data = NULL;
}

/* ---- glyphs ----------------------------------------------------------------- */

/* A heatmap cell of a level, 0 to 4, and its role. */
static const char *heat_glyph(int level)
{
	static const char *const utf8[5] = { "\xc2\xb7", "\xe2\x96\x91", "\xe2\x96\x92",
					     "\xe2\x96\x93", "\xe2\x96\x88" };
	static const char *const ascii[5] = { ".", "-", "+", "*", "#" };
	return ui_utf8() ? utf8[level] : ascii[level];
}

static attr_t heat_attr(int level)
{
	return level <= 0 ? ui_attr(UI_DIM) : ui_attr((enum ui_role)(UI_HEAT1 + (level > 4 ? 4 : level) - 1));
}

static const char *full(void)
{
	return ui_utf8() ? "\xe2\x96\x88" : "#";
}

static const char *mark(void)
{
	return ui_utf8() ? "\xe2\x94\x80" : "-"; /* ─ */
}

/* ---- the parts of the page, each from row y; each returns the next row ---- */

static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static int draw_heatmap(WINDOW *w, int y, int cols, const struct trends *t)
{
	/* two columns a day when the year fits so */
	int cell = cols >= 6 + 2 * TRENDS_HEAT_WEEKS ? 2 : 1;
	int weeks = TRENDS_HEAT_WEEKS;
	while (5 + weeks * cell > cols - 1 && weeks > 4)
		weeks--; /* a narrow terminal: the latest weeks */
	int first = TRENDS_HEAT_WEEKS - weeks;
	int next_free = 0; /* month labels do not overlap */
	for (int k = 0; k < weeks; k++) {
		for (int d = 0; d < 7; d++) {
			int yy, m, day;
			calendar_to_civil(t->heat_from + 7 * (first + k) + d, &yy, &m, &day);
			int x = 5 + k * cell;
			if (day == 1 && x >= next_free && x + 3 <= cols) {
				ui_text(w, y, x, 3, month_abbr[m - 1], ui_attr(UI_DIM));
				next_free = x + 4;
			}
		}
	}
	static const char *const rows[7] = { "Mon", "", "Wed", "", "Fri", "", "Sun" };
	static const char *const sunday_rows[7] = { "Sun", "", "Tue", "", "Thu", "", "Sat" };
	for (int d = 0; d < 7; d++) {
		ui_text(w, y + 1 + d, 1, 3, calendar_week_start() ? sunday_rows[d] : rows[d],
			ui_attr(UI_DIM));
		for (int k = 0; k < weeks; k++) {
			int i = 7 * (first + k) + d;
			if (t->heat_from + i > t->today)
				break;
			int level = t->heat[i].level;
			for (int c = 0; c < cell; c++)
				ui_text(w, y + 1 + d, 5 + k * cell + c, 1,
					c == 1 && level == 0 ? " " : heat_glyph(level), heat_attr(level));
		}
	}
	y += 8;
	int x = 5 + ui_text(w, y, 5, 5, "less ", ui_attr(UI_DIM));
	for (int level = 0; level <= 4; level++)
		x += ui_text(w, y, x, 1, heat_glyph(level), heat_attr(level));
	ui_text(w, y, x, 5, " more", ui_attr(UI_DIM));
	return y + 1;
}

static int draw_summary(WINDOW *w, int y, int cols, const struct trends *t)
{
	const char *sep = ui_glyph_sep();
	int x = 1 + ui_text(w, y, 1, cols - 2,
			    t->streak ? ui_fmt("Streak %d day%s", t->streak, t->streak == 1 ? "" : "s")
				      : "No streak",
			    t->streak ? ui_attr(UI_GOOD) : A_BOLD);
	ui_text(w, y, x, cols - x - 1,
		ui_fmt("%slongest %d%s%d day%s of study, %s logged in the last year", sep,
		       t->longest, sep, t->active_days, t->active_days == 1 ? "" : "s",
		       ui_minutes(t->heat_minutes)),
		A_NORMAL);
	return y + 1;
}

static int draw_pace(WINDOW *w, int y, int cols, const struct trends *t)
{
	const char *sep = ui_glyph_sep();
	char a[CALENDAR_DATE_LEN];
	bool behind = t->dated && t->done + 0.5 < t->planned_today;
	int x = 1 + ui_text(w, y, 1, cols - 2,
			    ui_fmt("Done %d of %d (%d%%)", t->done, t->total,
				   stats_percent(t->done, t->total)),
			    A_BOLD);
	if (t->dated)
		ui_text(w, y, x, cols - x - 1,
			ui_fmt("%sthe dates expected %.0f by today%s", sep, t->planned_today,
			       behind ? " (behind)" : ""),
			behind ? ui_attr(UI_BEHIND) : ui_attr(UI_GOOD));
	y++;
	const char *pace = ui_fmt("Pace: %d done in the last %d days", t->recent, TRENDS_PACE_DAYS);
	if (t->done >= t->total)
		pace = ui_fmt("%s%severything is done", pace, sep);
	else if (t->forecast == CALENDAR_NONE)
		pace = ui_fmt("%s%sno finish to forecast", pace, sep);
	else if (t->plan_end != CALENDAR_NONE && t->forecast > t->plan_end)
		pace = ui_fmt("%s%sall done %s, %d days after the plan's end", pace, sep,
			      calendar_format(t->forecast, a), t->forecast - t->plan_end);
	else
		pace = ui_fmt("%s%sall done %s%s", pace, sep, calendar_format(t->forecast, a),
			      t->plan_end != CALENDAR_NONE ? ", by the plan's end" : "");
	bool late = t->plan_end != CALENDAR_NONE && t->forecast != CALENDAR_NONE &&
		    t->forecast > t->plan_end && t->done < t->total;
	ui_text(w, y, 1, cols - 2, pace, late ? ui_attr(UI_BEHIND) : A_NORMAL);
	return y + 1;
}

/* The burn-up in width columns, height rows of chart: a column a week
 * (the last week of a bucket when there are more weeks than columns),
 * filled to the items done, with the planned line over it. */
#define CHART_ROWS 7

static int draw_burnup(WINDOW *w, int y, int x0, int width, const struct trends *t)
{
	ui_text(w, y, x0, width,
		ui_fmt("Burn-up: %s done, %s planned", full(), ui_utf8() ? "\xc2\xb7" : "."),
		ui_attr(UI_TITLE));
	y++;
	size_t n = t->nburnup;
	int cw = width - 5;
	if (!n || cw < 4)
		return y;
	int per = cw / (int)n; /* columns a week, when they fit */
	if (per > 3)
		per = 3;
	int ncols = per ? (int)n * per : cw;
	double top = t->total;
	for (size_t i = 0; i < n; i++) {
		top = t->burnup[i].planned > top ? t->burnup[i].planned : top;
		top = t->burnup[i].done > top ? t->burnup[i].done : top;
	}
	if (top <= 0)
		top = 1;
	ui_text(w, y, x0, 4, ui_fmt("%4.0f", top), ui_attr(UI_DIM));
	ui_text(w, y + CHART_ROWS - 1, x0, 4, "   0", ui_attr(UI_DIM));
	for (int c = 0; c < ncols; c++) {
		size_t i = per ? (size_t)(c / per) : (size_t)(((long long)c + 1) * (long long)n / ncols - 1);
		const struct trends_point *pt = &t->burnup[i];
		int hd = pt->done < 0 ? 0 : (int)(pt->done * CHART_ROWS / top + 0.5);
		int hp = (int)(pt->planned * CHART_ROWS / top + 0.5);
		bool ok = !t->dated || pt->done + 0.5 >= pt->planned;
		int xx = x0 + 5 + c;
		for (int r = 0; r < CHART_ROWS; r++) {
			int level = CHART_ROWS - r; /* 1 at the bottom row */
			if (level <= hd)
				ui_text(w, y + r, xx, 1, full(),
					ok ? ui_attr(UI_GOOD) : ui_attr(UI_BEHIND));
			else if (t->dated && level == hp)
				ui_text(w, y + r, xx, 1, ui_utf8() ? "\xc2\xb7" : ".", ui_attr(UI_DIM));
		}
		if (pt->monday <= t->today && pt->monday + 6 >= t->today)
			ui_text(w, y + CHART_ROWS, xx, 1, "^", ui_attr(UI_KEY));
	}
	char a[CALENDAR_WEEK_LEN], b[CALENDAR_WEEK_LEN];
	calendar_format_week(t->burnup[0].monday, a);
	calendar_format_week(t->burnup[n - 1].monday, b);
	int bw = (int)strlen(b);
	ui_text(w, y + CHART_ROWS + 1, x0 + 5, width - 5, a, ui_attr(UI_DIM));
	if (ncols > (int)strlen(a) + bw + 2)
		ui_text(w, y + CHART_ROWS + 1, x0 + 5 + ncols - bw, bw, b, ui_attr(UI_DIM));
	return y + CHART_ROWS + 2;
}

/* The recent weeks' time: a bar a week up to its minutes, the schedule's
 * minutes marked over it. */
static int draw_hours(WINDOW *w, int y, int x0, int width, const struct trends *t)
{
	const struct trends_week *last = &t->weeks[TRENDS_WEEKS - 1];
	ui_text(w, y, x0, width,
		ui_fmt("Hours a week: %s logged, %s scheduled", full(), mark()),
		ui_attr(UI_TITLE));
	y++;
	int per = (width - 5) / TRENDS_WEEKS; /* columns a week, a gap among them */
	if (per > 4)
		per = 4;
	if (per < 2)
		return y;
	long long top = 0;
	for (int i = 0; i < TRENDS_WEEKS; i++) {
		top = t->weeks[i].logged > top ? t->weeks[i].logged : top;
		top = t->weeks[i].scheduled > top ? t->weeks[i].scheduled : top;
	}
	if (!top)
		top = 60;
	ui_text(w, y, x0, 5, ui_fmt("%4s", ui_minutes(top)), ui_attr(UI_DIM));
	for (int i = 0; i < TRENDS_WEEKS; i++) {
		const struct trends_week *wk = &t->weeks[i];
		int hl = (int)((wk->logged * CHART_ROWS * 2 / top + 1) / 2);
		int hs = (int)((wk->scheduled * CHART_ROWS * 2 / top + 1) / 2);
		bool met = !wk->scheduled || wk->logged >= wk->scheduled;
		for (int r = 0; r < CHART_ROWS; r++) {
			int level = CHART_ROWS - r;
			for (int c = 0; c < per - 1; c++) {
				int xx = x0 + 5 + i * per + c;
				if (level <= hl)
					ui_text(w, y + r, xx, 1, full(),
						met ? ui_attr(UI_GOOD) : ui_attr(UI_DOING));
				else if (level == hs && wk->scheduled)
					ui_text(w, y + r, xx, 1, mark(), ui_attr(UI_DIM));
			}
		}
		char name[CALENDAR_WEEK_LEN];
		calendar_format_week(wk->monday, name);
		/* "W29": the week's number under its bar */
		ui_text(w, y + CHART_ROWS, x0 + 5 + i * per, per, strchr(name, 'W') + (per <= 3),
			ui_attr(UI_DIM));
	}
	ui_text(w, y + CHART_ROWS + 1, x0 + 5, width - 5,
		last->scheduled ? ui_fmt("this week %s of %s", ui_minutes(last->logged),
					 ui_minutes(last->scheduled))
				: ui_fmt("this week %s", ui_minutes(last->logged)),
		A_NORMAL);
	return y + CHART_ROWS + 2;
}

/* Each top-level phase: the time logged against its items' estimates. */
static int draw_phases(WINDOW *w, int y, int x0, int width, const struct trends *t)
{
	ui_text(w, y++, x0, width, "Time by phase: logged of estimated", ui_attr(UI_TITLE));
	/* the titles as wide as the longest, leaving room for the figures
	 * ("12h30m of 100h") and, when wide, a bar */
	int bw = width >= 60 ? 10 : 0;
	int tw = 0;
	for (size_t i = 0; i < t->nphases; i++) {
		int l = ui_text_width(t->phases[i].title);
		tw = l > tw ? l : tw;
	}
	if (tw > width - bw - 17)
		tw = width - bw - 17;
	for (size_t i = 0; i < t->nphases; i++, y++) {
		const struct trends_phase *ph = &t->phases[i];
		ui_text(w, y, x0, tw, ph->title, ph->done == ph->total && ph->total
							 ? ui_attr(UI_DONE)
							 : A_NORMAL);
		int x = x0 + tw + 1;
		if (bw && ph->estimate) {
			ui_bar(w, y, x, bw, ph->minutes, ph->estimate,
			       ph->minutes > ph->estimate ? ui_attr(UI_BEHIND) : ui_attr(UI_PROGRESS));
			x += bw + 1;
		} else if (bw) {
			x += bw + 1;
		}
		ui_text(w, y, x, x0 + width - x,
			ph->estimate ? ui_fmt("%s of %s", ui_minutes(ph->minutes),
					      ui_minutes(ph->estimate))
				     : ui_fmt("%s, no estimate", ui_minutes(ph->minutes)),
			ph->estimate ? A_NORMAL : ui_attr(UI_DIM));
	}
	long long on_items = 0;
	for (size_t i = 0; i < t->nphases; i++)
		on_items += t->phases[i].minutes;
	if (t->logged > on_items)
		ui_text(w, y++, x0, width,
			ui_fmt("and %s logged on the plan as a whole", ui_minutes(t->logged - on_items)),
			ui_attr(UI_DIM));
	return y;
}

/* Each rated skill: its confidence in the recent weeks as a sparkline. */
static int draw_skills(WINDOW *w, int y, int x0, int width, const struct trends *t)
{
	if (!t->nskills)
		return y;
	ui_text(w, y++, x0, width, ui_fmt("Confidence, the last %d weeks", TRENDS_WEEKS),
		ui_attr(UI_TITLE));
	int nw = width - TRENDS_WEEKS - 8;
	if (nw > 28)
		nw = 28;
	for (size_t i = 0; i < t->nskills; i++, y++) {
		const struct trends_skill *sk = &t->skills[i];
		ui_text(w, y, x0, nw - 1, sk->name, A_NORMAL);
		int x = x0 + nw;
		for (int k = 0; k < TRENDS_WEEKS; k++)
			x += ui_text(w, y, x, 1, stats_spark(sk->ratings[k], ui_utf8()),
				     sk->ratings[k] ? ui_attr(UI_GOOD) : ui_attr(UI_DIM));
		int now = sk->ratings[TRENDS_WEEKS - 1];
		ui_text(w, y, x + 1, 10, now ? ui_fmt("%d/5", now) : "not rated",
			now ? A_NORMAL : ui_attr(UI_DIM));
	}
	return y;
}

/* Each habit: its last HABIT_WEEKS weeks, a cell a week shaded by how
 * much of what the week asked was met, and its streak. */
static int draw_habits(WINDOW *w, int y, int cols, const struct progress_habits *hs, int today)
{
	if (!hs->n)
		return y;
	ui_text(w, y++, 1, cols - 2,
		ui_fmt("Habits, the last %d weeks (a cell a week: how much of it was met)",
		       HABIT_WEEKS),
		ui_attr(UI_TITLE));
	int nw = cols - 2 - 2 * HABIT_WEEKS - 30;
	if (nw > 36)
		nw = 36;
	int this_week = calendar_monday(today);
	for (size_t i = 0; i < hs->n; i++, y++) {
		const struct progress_habit *h = &hs->v[i];
		const struct habit_facts *f = &h->facts;
		ui_text(w, y, 1, nw - 1, h->it.title, A_NORMAL);
		int x = 1 + nw;
		for (int k = HABIT_WEEKS - 1; k >= 0; k--, x += 2) {
			int done, need, level;
			habit_week(&h->rule, &hs->off.off, h->ticks, h->nticks, this_week - 7 * k,
				   today, &done, &need);
			level = habit_week_level(done, need);
			if (level < 0) {
				ui_text(w, y, x, 1, " ", A_NORMAL);
				continue;
			}
			ui_text(w, y, x, 1, heat_glyph(level), heat_attr(level));
		}
		const char *unit = f->weeks ? (f->streak == 1 ? "week" : "weeks")
					    : (f->streak == 1 ? "day" : "days");
		ui_text(w, y, x + 1, cols - x - 2,
			ui_fmt("streak %d %s, best %d", f->streak, unit, f->best),
			f->streak ? ui_attr(UI_GOOD) : ui_attr(UI_DIM));
	}
	return y;
}

/* Two parts side by side when the page is wide enough, else one under
 * the other; returns the row after both. */
static int draw_pair(WINDOW *w, int y, int cols,
		     int (*left)(WINDOW *, int, int, int, const struct trends *),
		     int (*right)(WINDOW *, int, int, int, const struct trends *),
		     const struct trends *t)
{
	if (cols >= 100) {
		int half = (cols - 3) / 2;
		int a = left(w, y, 1, half, t);
		int b = right(w, y, 2 + half + 1, cols - half - 4, t);
		return a > b ? a : b;
	}
	y = left(w, y, 1, cols - 2, t);
	return right(w, y + 1, 1, cols - 2, t);
}

static void draw_stats(struct view *v, WINDOW *win, int rows, int cols)
{
	struct stats_view *sv = v->data;
	const struct trends *t = &sv->t;
	int need = 42 + 2 * CHART_ROWS + (int)t->nphases + (int)t->nskills + (int)sv->habits.n;
	if (!sv->pad || getmaxy(sv->pad) < need || getmaxx(sv->pad) != cols) {
		if (sv->pad)
			delwin(sv->pad);
		sv->pad = newpad(need, cols);
	}
	werase(win);
	if (!sv->pad)
		return;
	WINDOW *w = sv->pad;
	werase(w);
	int y = draw_summary(w, 0, cols, t);
	if (sv->habits.n)
		y = draw_habits(w, y + 1, cols, &sv->habits, sv->today);
	y = draw_heatmap(w, y + 1, cols, t);
	y = draw_pace(w, y + 1, cols, t);
	y = draw_pair(w, y + 1, cols, draw_burnup, draw_hours, t);
	y = draw_pair(w, y + 1, cols, draw_phases, draw_skills, t);
	v->lines = (size_t)y;
	int top = (int)view_scroll(v, 0, rows);
	int shown = y - top < rows ? y - top : rows;
	if (shown > 0)
		copywin(w, win, top, 0, 0, 0, shown - 1, cols - 1, FALSE);
	if (top + rows < y)
		ui_text(win, rows - 1, cols - 10, 9,
			ui_fmt("%s more", ui_utf8() ? "\xe2\x86\x93" : "v"), ui_attr(UI_DIM));
}

static const struct view_key stats_keys[] = {
	{ REQ_DOWN, "scroll down", "scroll" },
	{ REQ_UP, "scroll up", "" },
	{ REQ_NONE, NULL, NULL },
};

const struct view_ops view_stats = {
	.name = "Stats",
	.select = REQ_VIEW_STATS,
	.open = open_stats,
	.draw = draw_stats,
	.done = done_stats,
	.keys = stats_keys,
	.scrolls = true,
};
