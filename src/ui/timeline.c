/*
 * Timeline: the plan as a Gantt chart. A row a top-level phase, opened
 * (Enter, z; Z for all) into its sub-phases and week blocks; a bar from
 * each one's first day to its last over a time axis of months and weeks,
 * filled as far as it is done; a line down the chart for today; a phase
 * behind its dates in the warning colour and marked '!' beside its title
 * (so that it reads without colour too); where a shift (stride shift)
 * moved a row, where it was planned before, faintly, as dots beyond its
 * bar; a diamond on the day a phase
 * with a milestone was completed. Phases without dates wait in a backlog
 * lane under the chart. The selected row's figures are on the view's last
 * line.
 *
 * Zoom (+ and -): two columns a day, a column a day, a column a week, or
 * the whole plan in the width (where it opens). h/l (and the arrows)
 * scroll by an eighth of the chart, H/L by all of it. Expanded rows and
 * the selection survive a reload.
 */
#include "ui.h"

#include "stride/calendar.h"
#include "stride/idset.h"
#include "stride/stats.h"
#include "stride/util.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum zoom { ZOOM_DAYS, ZOOM_WEEKS, ZOOM_MONTHS, ZOOM_PLAN };

struct trow {
	struct store_item it; /* owned */
	int depth;
	bool behind;	    /* less done than its dates expect by today */
	int expected;	    /* items its dates expect done by today */
	int days_ahead;	    /* negative: behind */
	int milestone_day;  /* CALENDAR_NONE unless reached */
	bool dated;
	int was_start, was_end; /* as planned before a shift; CALENDAR_NONE:
				   not shifted */
};

/* What survives a reload (v->state). */
struct timeline_state {
	long long plan_id;
	struct idset open; /* expanded rows */
	long long sel_id;
	enum zoom zoom;
	int left;	/* the first day on screen (zooms but the plan's) */
	bool placed;	/* left was set for this plan */
};

/* What open() loaded (v->data). The cursor (v->sel) is over the rows
 * shown (vis). */
struct timeline {
	struct timeline_state *st;
	struct trow *rows; /* the containers, in plan order */
	size_t n;
	size_t *vis; /* the rows shown: dated ones, then the backlog */
	size_t nvis, nchart; /* nchart: how many of vis are in the chart */
	int base_depth;	 /* of the top-level rows */
	int first, last; /* the days of the dated rows, and today */
	/* which row each line of the view shows, last drawn (for clicks) */
	size_t at_line[256];
	int nlines;
	/* the deliverable of the selected row, looked up when it changes */
	long long deliverable_of;
	char *deliverable;
};

struct collect {
	struct trow *v;
	size_t n, cap;
};

static int keep(const struct store_item *it, void *ctx)
{
	struct collect *c = ctx;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	struct trow *r = &c->v[c->n++];
	*r = (struct trow){ .depth = it->depth, .milestone_day = CALENDAR_NONE,
			    .dated = it->start != CALENDAR_NONE, .was_start = CALENDAR_NONE,
			    .was_end = CALENDAR_NONE };
	store_item_copy(&r->it, it);
	return 0;
}

/* A row a shift moved: where it was planned before (rows are in plan
 * order, not by id: a search a move, of the few a plan has). */
static int keep_move(long long item_id, int start, int end, int due, void *ctx)
{
	(void)due;
	struct collect *c = ctx;
	for (size_t i = 0; i < c->n; i++) {
		struct trow *r = &c->v[i];
		if (r->it.id != item_id || !r->dated || (!start && !end))
			continue;
		r->was_start = r->it.start - start;
		r->was_end = r->it.end - end;
		break;
	}
	return 0;
}

static int last_day(int day, int count, void *ctx)
{
	(void)count;
	*(int *)ctx = day;
	return 0;
}

/* Whether every ancestor of row i (up to the top) is open. */
static bool shown(const struct timeline *t, size_t i)
{
	long long parent = t->rows[i].it.parent_id;
	for (size_t k = i; parent && k-- > 0;) {
		if (t->rows[k].it.id != parent)
			continue;
		if (!idset_has(&t->st->open, parent))
			return false;
		parent = t->rows[k].it.parent_id;
	}
	return true;
}

/* The rows to show: the dated top-level phases with what is open under
 * them, then the undated ones (the backlog) likewise. */
static void layout(struct view *v)
{
	struct timeline *t = v->data;
	free(t->vis);
	t->vis = xcalloc(t->n + 1, sizeof(*t->vis));
	t->nvis = 0;
	for (int pass = 0; pass < 2; pass++) {
		bool in_chart = pass == 0;
		bool top_dated = false;
		for (size_t i = 0; i < t->n; i++) {
			if (!t->rows[i].it.parent_id)
				top_dated = t->rows[i].dated;
			if (top_dated == in_chart && shown(t, i))
				t->vis[t->nvis++] = i;
		}
		if (in_chart)
			t->nchart = t->nvis;
	}
	v->lines = t->nvis;
	v->sel = 0;
	for (size_t k = 0; k < t->nvis; k++)
		if (t->rows[t->vis[k]].it.id == t->st->sel_id)
			v->sel = k;
}

static int open_timeline(struct view *v)
{
	struct app *a = v->app;
	struct timeline_state *st = v->state;
	if (!st)
		st = v->state = xcalloc(1, sizeof(*st));
	if (st->plan_id != a->plan.id) {
		idset_free(&st->open);
		memset(st, 0, sizeof(*st));
		st->plan_id = a->plan.id;
		st->zoom = ZOOM_PLAN;
	}
	struct timeline *t = xcalloc(1, sizeof(*t));
	t->st = st;
	v->data = t;
	struct collect c = { 0 };
	struct store_error err;
	int rc = store_containers(a->store, a->plan.id, keep, &c, &err);
	if (rc == 0)
		rc = store_item_moves(a->store, a->plan.id, keep_move, &c, &err);
	t->rows = c.v;
	t->n = c.n;
	t->base_depth = t->n ? t->rows[0].depth : 0;
	t->first = t->last = a->today;
	struct progress_off o = { 0 };
	if (rc == 0)
		rc = progress_days_off(a->store, &a->plan, &o, &err);
	for (size_t i = 0; rc == 0 && i < t->n; i++) {
		struct trow *r = &t->rows[i];
		const struct store_item *it = &r->it;
		if (r->dated) {
			t->first = it->start < t->first ? it->start : t->first;
			t->last = it->end > t->last ? it->end : t->last;
			struct stats_span sp = { it->start, it->end, it->n_total };
			r->expected = (int)stats_expected(&sp, a->today, &o.off);
			r->days_ahead = stats_days_ahead(&sp, 1, it->n_done, a->today, &o.off);
			r->behind = r->days_ahead < 0; /* as `stride status` says it */
		}
		if (it->milestone && it->n_total > 0 && it->n_done == it->n_total)
			rc = store_done_days(a->store, a->plan.id, it->seq, it->last, last_day,
					     &r->milestone_day, &err);
	}
	progress_days_off_done(&o);
	if (rc < 0) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	layout(v);
	return 0;
}

/* After the generic navigation: the row to come back to. */
static void moved_timeline(struct view *v)
{
	struct timeline *t = v->data;
	if (v->sel < t->nvis)
		t->st->sel_id = t->rows[t->vis[v->sel]].it.id;
}

static void forget_timeline(struct view *v)
{
	struct timeline_state *st = v->state;
	if (st)
		idset_free(&st->open);
	free(st);
	v->state = NULL;
}

static void done_timeline(struct view *v)
{
	struct timeline *t = v->data;
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		store_item_done(&t->rows[i].it);
	free(t->rows);
	free(t->vis);
	free(t->deliverable);
	free(t);
	v->data = NULL;
}

/* ---- the time axis -------------------------------------------------------------- */

struct scale {
	double dpc; /* days a column */
	int left;   /* the first day on screen */
	int x0, width;
};

static int col_of(const struct scale *s, int day)
{
	return (int)floor((day - s->left) / s->dpc);
}

static struct scale scale_for(const struct timeline *t, int x0, int width, int today)
{
	struct scale s = { .x0 = x0, .width = width };
	static const double dpc[] = { 0.5, 1, 7 };
	struct timeline_state *st = t->st;
	if (st->zoom == ZOOM_PLAN) {
		/* the dated rows and today, fitted */
		int span = t->last - t->first + 1;
		s.dpc = (double)span / width;
		if (s.dpc < 0.5)
			s.dpc = 0.5;
		s.left = t->first;
		return s;
	}
	s.dpc = dpc[st->zoom];
	if (!st->placed) {
		/* today a third of the way across */
		st->left = today - (int)(width * s.dpc / 3);
		st->placed = true;
	}
	s.left = st->left;
	return s;
}

static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* Two rows: the months (with the year at January and at the left), and
 * the weeks (their numbers, or their days' numbers when zoomed in). */
static void draw_axis(WINDOW *w, int y, const struct scale *s, int today)
{
	int free0 = s->x0, free1 = s->x0;
	int days = (int)ceil(s->width * s->dpc);
	int tc = col_of(s, today);
	for (int day = s->left; day <= s->left + days; day++) {
		int c = col_of(s, day);
		if (c < 0 || c >= s->width)
			continue;
		int x = s->x0 + c;
		int yy, m, d;
		calendar_to_civil(day, &yy, &m, &d);
		if (d == 1 || day == s->left) {
			const char *label = m == 1 || free0 == s->x0
						    ? ui_fmt("%s %d", month_abbr[m - 1], yy)
						    : month_abbr[m - 1];
			int lw = (int)strlen(label);
			if (x >= free0 && x + lw <= s->x0 + s->width) {
				ui_text(w, y, x, lw, label, ui_attr(UI_DIM));
				free0 = x + lw + 1;
			}
		}
		/* the first day of each week: its date (days) or its name (weeks) */
		if (calendar_weekday(day) == calendar_week_start() && s->dpc <= 7) {
			char name[CALENDAR_WEEK_LEN];
			const char *label = s->dpc < 1 ? ui_fmt("%d", d)
						       : strchr(calendar_format_week(day, name), 'W');
			int lw = (int)strlen(label);
			bool on_today = tc >= 0 && x <= s->x0 + tc && s->x0 + tc < x + lw + 1;
			if (x >= free1 && x + lw <= s->x0 + s->width && !on_today) {
				ui_text(w, y + 1, x, lw, label, ui_attr(UI_DIM));
				free1 = x + lw + 1;
			}
		}
	}
	if (tc >= 0 && tc < s->width)
		ui_text(w, y + 1, s->x0 + tc, 1, ui_utf8() ? "\xe2\x96\xbc" : "v", ui_attr(UI_KEY));
}

/* ---- rows ---------------------------------------------------------------------------- */

static void draw_bar(WINDOW *w, int y, const struct scale *s, const struct trow *r, int today)
{
	const struct store_item *it = &r->it;
	int c0 = col_of(s, it->start), c1 = col_of(s, it->end + 1) - 1;
	if (c1 < c0)
		c1 = c0;
	int len = c1 - c0 + 1;
	/* rounded, but something done shows, and all shows only when all is */
	int filled = it->n_total ? (int)(((long long)it->n_done * len * 2 + it->n_total) /
					 (2LL * it->n_total))
				 : 0;
	if (it->n_done && !filled)
		filled = 1;
	if (it->n_done < it->n_total && filled == len && len > 1)
		filled = len - 1;
	attr_t done_attr = r->behind ? ui_attr(UI_BEHIND) : ui_attr(UI_PROGRESS);
	attr_t left_attr = r->behind ? ui_attr(UI_BEHIND) : ui_attr(UI_DIM);
	int tc = col_of(s, today);
	if (r->was_start != CALENDAR_NONE) {
		/* where it was planned before, where the bar is not */
		int w0 = col_of(s, r->was_start), w1 = col_of(s, r->was_end + 1) - 1;
		for (int c = w0 > 0 ? w0 : 0; c <= w1 && c < s->width; c++)
			if (c < c0 || c > c1)
				ui_text(w, y, s->x0 + c, 1, ui_utf8() ? "\xc2\xb7" : ".",
					ui_attr(UI_DIM));
	}
	for (int c = c0 > 0 ? c0 : 0; c <= c1 && c < s->width; c++) {
		bool full = c - c0 < filled;
		const char *g = full ? (ui_utf8() ? "\xe2\x96\x88" : "#")
				     : (ui_utf8() ? "\xe2\x96\x91" : "-");
		attr_t at = full ? done_attr : left_attr;
		if (c == tc)
			at = ui_attr(UI_KEY) | A_BOLD;
		ui_text(w, y, s->x0 + c, 1, g, at);
	}
	if (r->milestone_day != CALENDAR_NONE) {
		int mc = col_of(s, r->milestone_day);
		if (mc >= 0 && mc < s->width)
			ui_text(w, y, s->x0 + mc, 1, ui_utf8() ? "\xe2\x97\x86" : "*",
				ui_attr(UI_GOOD));
	}
}

/* The title column: indent, an open/closed mark, '!' when behind. */
static void draw_label(WINDOW *w, int y, int width, const struct timeline *t, size_t k, bool sel)
{
	const struct trow *r = &t->rows[t->vis[k]];
	attr_t base = sel ? ui_attr(UI_SELECTED) : A_NORMAL;
	ui_fill(w, y, 0, width, base);
	int x = 1 + 2 * (r->depth - t->base_depth);
	/* a container right after it in plan order lies inside it */
	size_t i = t->vis[k];
	bool has_children = i + 1 < t->n && t->rows[i + 1].it.seq <= r->it.last;
	x += ui_text(w, y, x, width - x, has_children ? ui_glyph_fold(idset_has(&t->st->open, r->it.id))
						      : " ",
		     base);
	x += ui_text(w, y, x, 1, r->behind ? "!" : " ", base | ui_attr(UI_BEHIND));
	ui_text(w, y, x, width - x - 1, r->it.title,
		base | (r->it.n_total && r->it.n_done == r->it.n_total ? ui_attr(UI_DONE)
			: r->depth > t->base_depth ? 0 : A_BOLD));
}

struct find_deliverable {
	long long parent;
	char *title;
};

static int find_deliverable(const struct store_item *it, void *ctx)
{
	struct find_deliverable *q = ctx;
	if (it->kind != STORE_DELIVERABLE || it->parent_id != q->parent)
		return 0;
	q->title = xstrdup(it->title);
	return 1; /* found: no need to read on */
}

/* The selected row's figures, on one line. */
static const char *details(struct view *v, const struct trow *r)
{
	struct app *a = v->app;
	struct timeline *t = v->data;
	const char *sep = ui_glyph_sep();
	const struct store_item *it = &r->it;
	char d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN];
	if (t->deliverable_of != it->id) {
		free(t->deliverable);
		t->deliverable = NULL;
		t->deliverable_of = it->id;
		struct find_deliverable q = { it->id, NULL };
		struct store_error err;
		store_walk(a->store, a->plan.id, it->seq, it->last, false, find_deliverable, &q,
			   &err);
		t->deliverable = q.title;
	}
	/* "2025-07-14 to 07-27": the year once when it is the same */
	calendar_format(it->start, d1);
	calendar_format(it->end, d2);
	const char *s = !r->dated		  ? "no dates"
			: !strncmp(d1, d2, 5) ? ui_fmt("%s to %s", d1, d2 + 5)
					      : ui_fmt("%s to %s", d1, d2);
	if (r->was_start != CALENDAR_NONE) {
		calendar_format(r->was_start, d1);
		calendar_format(r->was_end, d2);
		s = ui_fmt("%s (planned %s to %s)", s, d1, d2);
	}
	s = ui_fmt("%s%s%d of %d done (%d%%)", s, sep, it->n_done, it->n_total,
		   stats_percent(it->n_done, it->n_total));
	if (r->dated && it->n_total && it->n_done < it->n_total) {
		s = ui_fmt("%s%s%d%% expected", s, sep, stats_percent(r->expected, it->n_total));
		if (r->days_ahead < 0)
			s = ui_fmt("%s%s%d day%s behind", s, sep, -r->days_ahead,
				   r->days_ahead == -1 ? "" : "s");
		else if (r->days_ahead > 0)
			s = ui_fmt("%s%s%d day%s ahead", s, sep, r->days_ahead,
				   r->days_ahead == 1 ? "" : "s");
	}
	if (r->milestone_day != CALENDAR_NONE)
		s = ui_fmt("%s%smilestone %s on %s", s, sep, it->milestone,
			   calendar_format(r->milestone_day, d1));
	else if (it->milestone)
		s = ui_fmt("%s%smilestone %s", s, sep, it->milestone);
	if (t->deliverable)
		s = ui_fmt("%s%sdeliverable: %s", s, sep, t->deliverable);
	return s;
}

static void draw_timeline(struct view *v, WINDOW *w, int rows, int cols)
{
	struct app *a = v->app;
	struct timeline *t = v->data;
	werase(w);
	if (!t->n) {
		ui_text(w, 1, 1, cols - 2, "This plan has no phases to chart.", ui_attr(UI_DIM));
		return;
	}
	/* the title column: as wide as the titles, a third of the screen at most */
	int lw = 12;
	for (size_t k = 0; k < t->nvis; k++) {
		const struct trow *r = &t->rows[t->vis[k]];
		int need = 4 + 2 * (r->depth - t->base_depth) + ui_text_width(r->it.title) + 1;
		lw = need > lw ? need : lw;
	}
	if (lw > cols / 3)
		lw = cols / 3 > 12 ? cols / 3 : 12;
	struct scale s = scale_for(t, lw + 1, cols - lw - 2, a->today);
	if (t->nchart)
		draw_axis(w, 0, &s, a->today);
	else
		ui_text(w, 0, 1, cols - 2,
			"No phase has dates: give the plan a start and its phases durations "
			"to chart them.",
			ui_attr(UI_DIM));

	/* the rows, scrolled to keep the selection in sight; the backlog's
	 * heading takes a row of its own; the last row holds the details */
	int body = rows - 3 - (t->nchart < t->nvis ? 1 : 0);
	if (body < 1)
		body = 1;
	size_t top = view_scroll(v, 2, body);
	int y = 2;
	int tc = col_of(&s, a->today);
	t->nlines = rows < 256 ? rows : 256;
	for (int i = 0; i < t->nlines; i++)
		t->at_line[i] = SIZE_MAX;
	for (size_t k = top; k < t->nvis && y < rows - 1; k++) {
		if (k == t->nchart && y < rows - 1) {
			ui_text(w, y++, 1, cols - 2, "Backlog: phases without dates", ui_attr(UI_TITLE));
			if (y >= rows - 1)
				break;
		}
		const struct trow *r = &t->rows[t->vis[k]];
		if (y < t->nlines)
			t->at_line[y] = k;
		draw_label(w, y, lw, t, k, k == v->sel);
		if (k < t->nchart && tc >= 0 && tc < s.width)
			ui_text(w, y, s.x0 + tc, 1, ui_utf8() ? "\xe2\x94\x82" : "|", ui_attr(UI_KEY));
		if (r->dated)
			draw_bar(w, y, &s, r, a->today);
		else
			ui_text(w, y, s.x0, s.width,
				ui_fmt("%d of %d done%s", r->it.n_done, r->it.n_total,
				       k < t->nchart ? ", no dates" : ""),
				ui_attr(UI_DIM));
		y++;
	}
	/* the today line through the empty rows of the chart too */
	for (int yy = y; yy < rows - 1 && t->nchart == t->nvis; yy++)
		if (tc >= 0 && tc < s.width)
			ui_text(w, yy, s.x0 + tc, 1, ui_utf8() ? "\xe2\x94\x82" : "|", ui_attr(UI_KEY));
	/* the selected row's figures (its title is highlighted above) */
	if (v->sel < t->nvis) {
		const struct trow *r = &t->rows[t->vis[v->sel]];
		ui_text(w, rows - 1, 1, cols - 2, details(v, r),
			r->behind ? ui_attr(UI_BEHIND) : A_NORMAL);
	}
}

static void toggle(struct view *v, const struct trow *r, bool open)
{
	struct timeline *t = v->data;
	idset_set(&t->st->open, r->it.id, open);
	t->st->sel_id = r->it.id;
	layout(v);
}

static int request_timeline(struct view *v, enum request req)
{
	struct timeline *t = v->data;
	struct app *a = v->app;
	struct timeline_state *st = t->st;
	const struct trow *r = v->sel < t->nvis ? &t->rows[t->vis[v->sel]] : NULL;
	int chart = a->cols - 2 - a->cols / 3;
	int step = chart / 8 > 1 ? chart / 8 : 1;
	static const double dpc[] = { 0.5, 1, 7 };
	switch (req) {
	case REQ_CLICK:
		/* the backlog's heading takes a line: the lines drawn say which
		 * row each shows */
		if (a->click_y >= 0 && a->click_y < t->nlines &&
		    t->at_line[a->click_y] != SIZE_MAX) {
			v->sel = t->at_line[a->click_y];
			moved_timeline(v);
		}
		return UI_REDRAW;
	case REQ_LOG:
		return r ? app_log(a, r->it.id, ui_fmt("%d %s", r->it.ref, r->it.title))
			 : UI_REDRAW;
	case REQ_CLOCK:
		return r ? app_clock(a, r->it.id, ui_fmt("%d %s", r->it.ref, r->it.title))
			 : UI_REDRAW;
	case REQ_ENTER:
	case REQ_FOLD:
		if (r && r->it.last > r->it.seq)
			toggle(v, r, !idset_has(&st->open, r->it.id));
		return UI_REDRAW;
	case REQ_FOLD_ALL: {
		/* everything open: close it all; else open it all */
		bool all = true;
		for (size_t i = 0; i + 1 < t->n && all; i++)
			if (t->rows[i + 1].it.seq <= t->rows[i].it.last)
				all = idset_has(&st->open, t->rows[i].it.id);
		idset_clear(&st->open);
		if (!all)
			for (size_t i = 0; i + 1 < t->n; i++)
				if (t->rows[i + 1].it.seq <= t->rows[i].it.last)
					idset_set(&st->open, t->rows[i].it.id, true);
		if (r)
			st->sel_id = r->it.id;
		layout(v);
		return UI_REDRAW;
	}
	case REQ_ZOOM_IN:
	case REQ_ZOOM_OUT: {
		enum zoom z = st->zoom;
		if (req == REQ_ZOOM_IN && z > ZOOM_DAYS)
			z--;
		else if (req == REQ_ZOOM_OUT && z < ZOOM_PLAN)
			z++;
		if (z == st->zoom) {
			app_message(a, req == REQ_ZOOM_IN ? "zoomed in all the way (two columns a day)"
							  : "the whole plan is in view");
			return UI_REDRAW;
		}
		/* keep the middle of the chart (or today, from the whole plan) */
		int middle = a->today;
		if (st->zoom != ZOOM_PLAN)
			middle = st->left + (int)(chart * dpc[st->zoom] / 2);
		st->zoom = z;
		if (z != ZOOM_PLAN)
			st->left = middle - (int)(chart * dpc[z] / 2);
		st->placed = true;
		static const char *const names[] = { "two columns a day", "a column a day",
						     "a column a week", "the whole plan" };
		app_message(a, "zoom: %s", names[z]);
		return UI_REDRAW;
	}
	case REQ_LEFT:
	case REQ_RIGHT:
	case REQ_PAGE_LEFT:
	case REQ_PAGE_RIGHT: {
		if (st->zoom == ZOOM_PLAN) {
			/* scrolling leaves the fitted view: a column a week */
			st->zoom = ZOOM_MONTHS;
			st->left = t->first;
			st->placed = true;
		}
		int cols = req == REQ_PAGE_LEFT || req == REQ_PAGE_RIGHT ? chart : step;
		int days = (int)(cols * dpc[st->zoom]);
		if (days < 1)
			days = 1;
		st->left += req == REQ_LEFT || req == REQ_PAGE_LEFT ? -days : days;
		return UI_REDRAW;
	}
	case REQ_THIS_WEEK: /* t: today back in view */
		st->placed = false;
		if (st->zoom == ZOOM_PLAN)
			st->zoom = ZOOM_MONTHS;
		return UI_REDRAW;
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key timeline_keys[] = {
	{ REQ_ENTER, "open or close the phase (also z)", "open" },
	{ REQ_ZOOM_IN, NULL, "zoom" },
	{ REQ_ZOOM_OUT, NULL, "zoom out" },
	{ REQ_LEFT, "scroll left (also h)", "scroll" },
	{ REQ_RIGHT, "scroll right", "" },
	{ REQ_THIS_WEEK, "today in view", "today" },
	{ REQ_PAGE_LEFT, NULL, "page" },
	{ REQ_PAGE_RIGHT, NULL, "" },
	{ REQ_FOLD_ALL, "open or close every phase", NULL },
	{ REQ_LOG, "log time on the phase or week", NULL },
	{ REQ_CLOCK, "clock in on the phase or week; again: clock out", NULL },
	{ REQ_NONE, NULL, NULL },
};

const struct view_ops view_timeline = {
	.name = "Timeline",
	.select = REQ_VIEW_TIMELINE,
	.open = open_timeline,
	.draw = draw_timeline,
	.request = request_timeline,
	.done = done_timeline,
	.keys = timeline_keys,
	.moved = moved_timeline,
	.forget = forget_timeline,
};
