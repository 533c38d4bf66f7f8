/*
 * Week: one ISO week of the plan. The week blocks scheduled in it with
 * their tasks (to tick right there), the minutes logged each day against
 * the schedule, what was done, started and skipped, and the week's
 * reflection with its ratings. '[' and ']' move between weeks, 't' comes
 * back to this one, 'e' writes the reflection in $EDITOR, 'r' then a
 * skill and a digit rates a skill in place. 'T' shows the week's time
 * entries in the tasks' place: 'l' corrects one, 'x' takes it out
 * (stride log --edit, --delete).
 */
#include "ui.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/editor.h"
#include "stride/progress.h"
#include "stride/reflect.h"
#include "stride/stats.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What survives a reload (v->state): the week shown, like the
 * Checklist's folds. */
struct week_state {
	long long plan_id;
	int week;
	long long sel_id; /* the task under the cursor */
	bool entries;	  /* the time entries are shown, not the tasks */
	size_t entry_sel; /* the entry under the cursor */
};

struct week_block {
	struct store_item block;
	struct store_item *tasks;
	size_t n;
};

/* What open() loaded (v->data). The cursor (v->sel) is over the tasks;
 * v->top is the first line of the blocks' list on screen (a block's
 * heading is a line too). */
struct week {
	struct week_state *st;
	int monday;
	struct reflect_facts facts;
	struct reflect_prompts prompts;
	struct reflect_skills skills;
	struct store_reflection refl;
	struct week_block *blocks;
	size_t nblocks;
	struct store_item **rows; /* the tasks, in order, for the cursor */
	size_t nrows;
	struct store_entry *entries; /* the week's time entries (owned) */
	size_t nentries, entries_cap;
	struct progress_habits habits; /* those whose span meets the week */
	/* which task each line of the view shows, last drawn (for clicks) */
	size_t at_line[256];
};

struct collect {
	struct week_block *v;
	size_t n, cap;
	int monday;
};

static int keep_block(const struct store_item *it, void *ctx)
{
	struct collect *c = ctx;
	if (it->kind != STORE_WEEK || it->start == CALENDAR_NONE ||
	    it->end < c->monday || it->start > c->monday + 6)
		return 0;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n] = (struct week_block){ 0 };
	store_item_copy(&c->v[c->n++].block, it);
	return 0;
}

struct tasks {
	struct store_item *v;
	size_t n, cap;
};

static int keep_task(const struct store_item *it, void *ctx)
{
	struct tasks *t = ctx;
	if (it->kind != STORE_TASK)
		return 0;
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof(*t->v));
	store_item_copy(&t->v[t->n++], it);
	return 0;
}

static int keep_entry(const struct store_entry *e, void *ctx)
{
	struct week *w = ctx;
	w->entries = xgrow(w->entries, &w->entries_cap, w->nentries + 1, sizeof(*w->entries));
	struct store_entry *c = &w->entries[w->nentries++];
	*c = *e;
	c->uid = xstrdup(e->uid);
	c->plan = xstrdup(e->plan);
	c->key = e->key ? xstrdup(e->key) : NULL;
	c->title = e->title ? xstrdup(e->title) : NULL;
	c->text = e->text ? xstrdup(e->text) : NULL;
	c->owned = true;
	return 0;
}

static int open_week(struct view *v)
{
	struct app *a = v->app;
	struct week_state *st = v->state;
	if (!st)
		st = v->state = xcalloc(1, sizeof(*st));
	if (st->plan_id != a->plan.id) {
		st->plan_id = a->plan.id;
		st->week = 0;
	}
	if (a->show_week) {
		st->week = a->show_week;
		a->show_week = 0;
	}
	if (!st->week)
		st->week = calendar_week_first(a->today);
	struct week *w = xcalloc(1, sizeof(*w));
	v->data = w;
	w->st = st;
	w->monday = st->week;
	struct store_error err;
	reflect_prompts(&a->plan, &w->prompts);
	struct collect c = { .monday = w->monday };
	if (reflect_facts(a->store, &a->plan, w->monday, w->monday + 6, a->today,
			  &w->facts, &err) < 0 ||
	    reflect_skills(a->store, &a->plan, w->monday, &w->skills, &err) < 0 ||
	    (store_reflection_get(a->store, a->plan.id, calendar_week_key(w->monday), &w->refl,
				  &err) < 0 &&
	     err.code != STORE_ERR_NOTFOUND) ||
	    store_containers(a->store, a->plan.id, keep_block, &c, &err) < 0 ||
	    progress_habits(a->store, &a->plan, a->today, false, &w->habits, &err) < 0) {
		app_error(a, "%s", err.msg);
		w->blocks = c.v;
		w->nblocks = c.n;
		return -1;
	}
	w->blocks = c.v;
	w->nblocks = c.n;
	size_t total = 0;
	for (size_t i = 0; i < w->nblocks; i++) {
		struct tasks t = { 0 };
		if (store_walk(a->store, a->plan.id, w->blocks[i].block.seq,
			       w->blocks[i].block.last, false, keep_task, &t, &err) < 0) {
			app_error(a, "%s", err.msg);
			return -1;
		}
		w->blocks[i].tasks = t.v;
		w->blocks[i].n = t.n;
		total += t.n;
	}
	w->rows = xcalloc(total + 1, sizeof(*w->rows));
	for (size_t i = 0; i < w->nblocks; i++)
		for (size_t k = 0; k < w->blocks[i].n; k++)
			w->rows[w->nrows++] = &w->blocks[i].tasks[k];
	if (store_entries(a->store, a->plan.id, w->monday, w->monday + 6, 0, keep_entry, w,
			  &err) < 0) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	v->sel = 0;
	if (st->entries) {
		v->lines = w->nentries;
		v->sel = st->entry_sel < w->nentries ? st->entry_sel
			 : w->nentries		     ? w->nentries - 1
						     : 0;
		return 0;
	}
	v->lines = w->nrows;
	for (size_t r = 0; r < w->nrows; r++)
		if (w->rows[r]->id == st->sel_id)
			v->sel = r;
	return 0;
}

/* After the generic navigation: the task to come back to. */
static void moved_week(struct view *v)
{
	struct week *w = v->data;
	if (w->st->entries)
		w->st->entry_sel = v->sel;
	else
		w->st->sel_id = v->sel < w->nrows ? w->rows[v->sel]->id : 0;
}

static void forget_week(struct view *v)
{
	free(v->state);
	v->state = NULL;
}

static void done_week(struct view *v)
{
	struct week *w = v->data;
	if (!w)
		return;
	for (size_t i = 0; i < w->nblocks; i++) {
		store_item_done(&w->blocks[i].block);
		for (size_t k = 0; k < w->blocks[i].n; k++)
			store_item_done(&w->blocks[i].tasks[k]);
		free(w->blocks[i].tasks);
	}
	free(w->blocks);
	free(w->rows);
	for (size_t i = 0; i < w->nentries; i++)
		store_entry_done(&w->entries[i]);
	free(w->entries);
	store_reflection_done(&w->refl);
	progress_habits_done(&w->habits);
	reflect_skills_done(&w->skills);
	reflect_prompts_done(&w->prompts);
	reflect_facts_done(&w->facts);
	free(w);
	v->data = NULL;
}

static const char *const day_names[7] = { "Mon", "Tue", "Wed", "Thu",
					  "Fri", "Sat", "Sun" };

/* The days of the week side by side: a bar of the minutes logged against
 * the schedule's, and the figures under it. */
static int draw_days(struct view *v, WINDOW *win, int y, int cols)
{
	struct app *a = v->app;
	struct week *w = v->data;
	const struct plan_day *sched = a->plan.schedule;
	int cell = (cols - 2) / 7;
	if (cell > 12)
		cell = 12;
	if (cell < 5)
		return y;
	for (int d = 0; d < 7; d++) {
		int x = 1 + d * cell;
		int day = w->monday + d;
		attr_t at = day == a->today ? A_BOLD | A_UNDERLINE : A_BOLD;
		int wd = calendar_weekday(day);
		ui_text(win, y, x, cell - 1, day_names[wd], at);
		long long logged = w->facts.logged_by_day[d];
		int want = sched[wd].minutes;
		if (w->facts.rest_day[wd] && !logged) {
			ui_text(win, y + 1, x, cell - 1, "rest", ui_attr(UI_DIM));
		} else {
			long long whole = want ? want : (logged ? logged : 1);
			ui_bar(win, y + 1, x, cell - 2, logged, whole,
			       logged >= want && want ? ui_attr(UI_GOOD) : ui_attr(UI_DOING));
		}
		const char *figures = want ? ui_fmt("%s/%s", ui_minutes(logged), ui_minutes(want))
					   : ui_minutes(logged);
		ui_text(win, y + 2, x, cell - 1, figures,
			day > a->today ? ui_attr(UI_DIM) : A_NORMAL);
	}
	return y + 3;
}

/* Whether the habit recurs on some day of the week of monday. */
static bool habit_in_week(const struct progress_habit *h, int monday)
{
	return (h->rule.start == CALENDAR_NONE || h->rule.start <= monday + 6) &&
	       (h->rule.end == CALENDAR_NONE || h->rule.end >= monday);
}

/* Each habit's week as a row of days: [x] ticked, [ ] due (in the behind
 * colour once the day is past), - not due, rest for a day off. */
static int draw_habits(struct view *v, WINDOW *win, int y, int cols)
{
	struct app *a = v->app;
	struct week *w = v->data;
	const struct progress_habits *hs = &w->habits;
	size_t shown = 0;
	for (size_t i = 0; i < hs->n; i++)
		shown += habit_in_week(&hs->v[i], w->monday);
	if (!shown || cols < 60)
		return y;
	int tw = cols - 2 - 7 * 5 - 18;
	if (tw > 36)
		tw = 36;
	ui_text(win, y, 1, tw, "Habits", ui_attr(UI_TITLE));
	for (int d = 0; d < 7; d++)
		ui_text(win, y, 1 + tw + 1 + d * 5, 4, day_names[d],
			w->monday + d == a->today ? A_BOLD | A_UNDERLINE : A_BOLD);
	ui_text(win, y++, 1 + tw + 1 + 35, cols - tw - 38, "week", A_BOLD);
	for (size_t i = 0; i < hs->n; i++) {
		const struct progress_habit *h = &hs->v[i];
		if (!habit_in_week(h, w->monday))
			continue;
		ui_text(win, y, 1, tw - 1, h->it.title, A_NORMAL);
		for (int d = 0; d < 7; d++) {
			int day = w->monday + d;
			bool in = (h->rule.start == CALENDAR_NONE || day >= h->rule.start) &&
				  (h->rule.end == CALENDAR_NONE || day <= h->rule.end);
			bool off = stats_day_off(&hs->off.off, day);
			bool tick = progress_habit_ticked(h, day);
			bool due = habit_due_on(&h->rule, &hs->off.off, day) &&
				   h->rule.every.kind != PLAN_EVERY_WEEK;
			const char *cell = tick ? ui_box(STORE_DONE)
					   : !in ? ""
					   : off ? "rest"
					   : due ? ui_box(STORE_TODO)
						 : " - ";
			attr_t at = tick ? ui_attr(UI_GOOD)
				    : due && day < a->today ? ui_attr(UI_BEHIND)
				    : ui_attr(UI_DIM);
			ui_text(win, y, 1 + tw + 1 + d * 5, 4, cell, at);
		}
		int done, need;
		habit_week(&h->rule, &hs->off.off, h->ticks, h->nticks, w->monday, a->today, &done,
			   &need);
		ui_text(win, y++, 1 + tw + 1 + 35, cols - tw - 38, ui_fmt("%d/%d", done, need),
			need && done >= need ? ui_attr(UI_GOOD) : A_NORMAL);
	}
	return y + 1;
}

/* The rows the ratings take: two columns side by side for more than four
 * skills, when wide enough. */
static int rating_rows(const struct week *w, int cols)
{
	int n = (int)w->skills.n;
	return n > 4 && cols >= 90 ? (n + 1) / 2 : n;
}

/* The rows wanted under the blocks' list: the done list (a few of its
 * items at least), the reflection's prompts and the ratings. */
static int below_list(struct view *v)
{
	struct week *w = v->data;
	int done = w->facts.done.n ? 2 + (w->facts.done.n < 3 ? (int)w->facts.done.n : 3)
				   : (w->nblocks ? 0 : 2);
	int ratings = w->skills.n ? 2 + rating_rows(w, v->app->cols) : 0;
	return 1 + done + 1 + (int)w->prompts.n + ratings;
}

/* The blocks, a heading each and their tasks under it, from row y to
 * bottom (excluded), scrolled so that the selected task shows. */
static int draw_blocks(struct view *v, WINDOW *win, int y, int bottom, int cols)
{
	struct app *a = v->app;
	struct week *w = v->data;
	/* line i of the list: block b's heading (k == -1) or its task k */
	size_t lines = 0, sel_line = 0, r = 0;
	for (size_t b = 0; b < w->nblocks; b++) {
		lines++;
		for (size_t k = 0; k < w->blocks[b].n; k++, r++, lines++)
			if (r == v->sel)
				sel_line = lines;
	}
	size_t shown = (size_t)(bottom - y);
	if (lines > shown && shown > 1)
		shown--; /* the last row says how many more */
	if (sel_line < v->top + 1) /* the heading above it too, when there is one */
		v->top = sel_line ? sel_line - 1 : 0;
	if (sel_line >= v->top + shown)
		v->top = sel_line - shown + 1;
	if (lines <= shown)
		v->top = 0;
	int width = text_digits(a->plan.next_ref > 1 ? a->plan.next_ref - 1 : 1);
	size_t line = 0;
	r = 0;
	int end = y + (int)shown;
	for (size_t i = 0; i < ARRAY_SIZE(w->at_line); i++)
		w->at_line[i] = SIZE_MAX;
	v->list_y = y; /* the page keys move a list's height */
	v->list_rows = (int)shown;
	for (size_t b = 0; b < w->nblocks && y < end; b++) {
		const struct week_block *wb = &w->blocks[b];
		if (line++ >= v->top)
			ui_text(win, y++, 1, cols - 2,
				ui_fmt("%s%s[%d/%d]", wb->block.title, ui_glyph_sep(),
				       wb->block.n_done, wb->block.n_total),
				A_BOLD);
		for (size_t k = 0; k < wb->n && y < end; k++, r++) {
			if (line++ < v->top)
				continue;
			const struct store_item *it = &wb->tasks[k];
			if ((size_t)y < ARRAY_SIZE(w->at_line))
				w->at_line[y] = r;
			attr_t base = r == v->sel ? ui_attr(UI_SELECTED) : A_NORMAL;
			ui_fill(win, y, 0, cols, base);
			int cx = 3;
			cx += ui_text(win, y, cx, cols - cx, ui_fmt("%*d ", width, it->ref),
				      base | ui_attr(UI_DIM));
			cx += ui_text(win, y, cx, cols - cx, ui_box(it->status),
				      base | ui_attr(ui_status_role(it->status)));
			cx += ui_text(win, y, cx, cols - cx, " ", base);
			/* what is late or due soon says so, after the title */
			int late = progress_late(it, it->sched_id == wb->block.id
							     ? wb->block.end
							     : CALENDAR_NONE,
						 a->today);
			char when[32];
			const char *extra = *progress_when(it, late, a->today, when, sizeof(when))
						    ? ui_fmt("  (%s)", when)
						    : "";
			int ew = ui_text_width(extra);
			cx += 2 * (it->depth - wb->block.depth - 1);
			int tw = ui_text(win, y, cx, cols - cx - 1 - ew, it->title, base);
			ui_text(win, y, cx + tw, cols - cx - tw - 1, extra,
				base | ui_attr(late ? UI_BEHIND : UI_DOING));
			y++;
		}
	}
	if (v->top + shown < lines)
		ui_text(win, y++, 3, cols - 4,
			ui_fmt("%s %zu more", ui_utf8() ? "\xe2\x86\x93" : "v",
			       lines - v->top - shown),
			ui_attr(UI_DIM));
	return y;
}

/* The week's time entries in the tasks' place (T), from row y to bottom
 * (excluded), scrolled so that the selected one shows. */
static int draw_entries(struct view *v, WINDOW *win, int y, int bottom, int cols)
{
	struct week *w = v->data;
	for (size_t i = 0; i < ARRAY_SIZE(w->at_line); i++)
		w->at_line[i] = SIZE_MAX;
	ui_text(win, y++, 1, cols - 2,
		ui_fmt("Time entries (%zu): l corrects one, x takes it out, T the tasks again",
		       w->nentries),
		A_BOLD);
	if (!w->nentries) {
		ui_text(win, y++, 3, cols - 4, "No time logged this week.", ui_attr(UI_DIM));
		return y;
	}
	size_t shown = bottom > y ? (size_t)(bottom - y) : 1;
	if (v->sel < v->top)
		v->top = v->sel;
	if (v->sel >= v->top + shown)
		v->top = v->sel - shown + 1;
	v->list_y = y;
	v->list_rows = (int)shown;
	for (size_t i = v->top; i < w->nentries && y < bottom; i++, y++) {
		const struct store_entry *e = &w->entries[i];
		if ((size_t)y < ARRAY_SIZE(w->at_line))
			w->at_line[y] = i;
		attr_t base = i == v->sel ? ui_attr(UI_SELECTED) : A_NORMAL;
		ui_fill(win, y, 0, cols, base);
		int x = 3;
		x += ui_text(win, y, x, cols - x,
			     ui_fmt("%.8s  %s  %6s  ", e->uid, day_names[calendar_weekday(e->day)],
				    ui_minutes(e->minutes)),
			     base | ui_attr(UI_DIM));
		const char *on = e->item_id ? ui_fmt("%d %s", e->ref, e->title ? e->title : "?")
					    : "the plan";
		x += ui_text(win, y, x, cols - x - 1, on, base);
		if (e->text)
			ui_text(win, y, x, cols - x - 1, ui_fmt("  (%s)", e->text),
				base | ui_attr(UI_DIM));
	}
	return y;
}

/* l on an entry: its new duration, prompted (its own to begin with). */
static int edit_entry(struct view *v, const struct store_entry *e)
{
	struct app *a = v->app;
	char *text = app_prompt(a, ui_fmt("Correct %.8s (%d min) to:", e->uid, e->minutes),
				ui_fmt("%dm", e->minutes));
	int minutes, ret = UI_REDRAW;
	struct store_error err;
	char now[40];
	if (!text || !*text)
		app_message(a, "nothing changed");
	else if (!strcmp(text, "0"))
		app_error(a, "a time entry of 0 minutes: x takes it out");
	else if (!app_parse_logged(a, text, &minutes))
		;
	else if (minutes == e->minutes)
		app_message(a, "the entry is unchanged");
	else if (act_log_edit(a->store, e->uid, minutes, NULL, now, sizeof(now), &err) < 0)
		app_error(a, "%s", err.msg);
	else {
		app_message(a, "%.8s corrected: %d min, was %d (u undoes it)", e->uid, minutes,
			    e->minutes);
		ret = UI_RELOAD;
	}
	free(text);
	return ret;
}

/* x on an entry: taken out, once confirmed. */
static int delete_entry(struct view *v, const struct store_entry *e)
{
	struct app *a = v->app;
	wint_t ch = app_ask(a, NULL,
			    ui_fmt("Take out %.8s, %d min%s? y takes it out (u undoes it)", e->uid,
				   e->minutes,
				   e->item_id ? ui_fmt(" on %d", e->ref) : " on the plan"));
	struct store_error err;
	if (ch != 'y' && ch != 'Y') {
		app_message(a, "nothing changed");
		return UI_REDRAW;
	}
	if (act_log_delete(a->store, e->uid, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	app_message(a, "%.8s taken out: %d min (u undoes it)", e->uid, e->minutes);
	return UI_RELOAD;
}

/* What was done in the week, in the order it was done, as many as fit beside the
 * reflection: a plan without week blocks is seen through this list. */
static int draw_done(struct view *v, WINDOW *win, int y, int rows, int cols)
{
	struct app *a = v->app;
	struct week *w = v->data;
	const struct reflect_list *done = &w->facts.done;
	if (y >= rows)
		return y;
	if (!done->n && w->nblocks) /* the counts above say it */
		return y;
	if (!done->n) {
		ui_text(win, y++, 1, cols - 2,
			w->monday > a->today	   ? "Nothing done yet: the week is ahead."
			: w->monday + 6 >= a->today ? "Nothing done yet this week."
						    : "Nothing was done this week.",
			ui_attr(UI_DIM));
		return y + 1;
	}
	ui_text(win, y++, 1, cols - 2, ui_fmt("Done this week (%zu)", done->n),
		ui_attr(UI_TITLE));
	/* keep room for the reflection's heading and prompts */
	int room = rows - y - 2 - (int)w->prompts.n - (w->skills.n ? 2 + (int)w->skills.n : 0);
	if (room < 1)
		room = 1;
	size_t shown = done->n <= (size_t)room ? done->n : (size_t)room - 1;
	int width = text_digits(a->plan.next_ref > 1 ? a->plan.next_ref - 1 : 1);
	for (size_t i = 0; i < shown && y < rows; i++, y++) {
		const struct reflect_item *it = &done->v[i];
		int x = 3;
		x += ui_text(win, y, x, cols - x, ui_fmt("%*d ", width, it->ref), ui_attr(UI_DIM));
		x += ui_text(win, y, x, cols - x, ui_box(STORE_DONE),
			     ui_attr(ui_status_role(STORE_DONE)));
		x += 1;
		x += ui_text(win, y, x, cols - x - 1, it->title, A_NORMAL);
		if (it->phase && cols - x > 12)
			ui_text(win, y, x, cols - x - 1, ui_fmt("%s%s", ui_glyph_sep(), it->phase),
				ui_attr(UI_DIM));
	}
	if (shown < done->n && y < rows)
		ui_text(win, y++, 3, cols - 4,
			ui_fmt("and %zu more (stride review %s lists them)", done->n - shown,
			       calendar_format_week(w->monday, (char[CALENDAR_WEEK_LEN]){ 0 })),
			ui_attr(UI_DIM));
	return y + 1;
}

/* The ratings: a skill, its stars and the figure, with the change since
 * the rating before; down the first column, then the second. */
static void draw_ratings(struct view *v, WINDOW *win, int y, int rows, int cols)
{
	struct week *w = v->data;
	int per_column = rating_rows(w, cols);
	int colw = per_column < (int)w->skills.n ? (cols - 4) / 2 : cols - 4;
	int namew = 10;
	for (size_t i = 0; i < w->skills.n; i++) {
		int nw = ui_text_width(w->skills.v[i].name) + 2;
		namew = nw > namew ? nw : namew;
	}
	if (namew > colw - 5 - 20) /* the stars and " not rated, was 3/5" */
		namew = colw - 5 - 20;
	for (size_t i = 0; i < w->skills.n; i++) {
		const struct reflect_skill *sk = &w->skills.v[i];
		int row = y + (int)i % per_column, x = 3 + (int)i / per_column * (colw + 1);
		if (row >= rows)
			continue;
		ui_text(win, row, x, namew - 1, sk->name, A_NORMAL);
		char stars[32] = "";
		for (int k = 1; k <= 5; k++)
			strcat(stars, ui_utf8() ? (k <= sk->rating ? "\xe2\x98\x85" : "\xe2\x98\x86")
						: (k <= sk->rating ? "*" : "."));
		int sx = x + namew;
		sx += ui_text(win, row, sx, colw - namew, stars,
			      sk->rating ? ui_attr(UI_GOOD) : ui_attr(UI_DIM));
		const char *figure = sk->rating ? ui_fmt(" %d/5", sk->rating) : " not rated";
		if (sk->rating && sk->previous)
			figure = ui_fmt("%s (%+d)", figure, sk->rating - sk->previous);
		else if (sk->previous)
			figure = ui_fmt("%s, was %d/5", figure, sk->previous);
		ui_text(win, row, sx, x + colw - sx, figure,
			sk->rating ? A_NORMAL : ui_attr(UI_DIM));
	}
}

static void draw_week(struct view *v, WINDOW *win, int rows, int cols)
{
	struct app *a = v->app;
	struct week *w = v->data;
	const char *sep = ui_glyph_sep();
	werase(win);
	int y = 0;
	char name[CALENDAR_WEEK_LEN], d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN];
	int x = ui_text(win, y, 1, cols - 2,
			ui_fmt("Week %s", calendar_format_week(w->monday, name)),
			ui_attr(UI_TITLE));
	ui_text(win, y++, 1 + x, cols - 2 - x,
		ui_fmt("%s%s to %s%s", sep, calendar_format(w->monday, d1),
		       calendar_format(w->monday + 6, d2),
		       w->monday == calendar_week_first(a->today) ? " (this week)" : ""),
		A_NORMAL);
	const struct reflect_facts *f = &w->facts;
	const char *facts = f->scheduled
				    ? ui_fmt("Logged %s of %s", ui_minutes(f->logged),
					     ui_minutes(f->scheduled))
				    : ui_fmt("Logged %s", ui_minutes(f->logged));
	facts = ui_fmt("%s%sdone %zu, started %zu, skipped %zu%sstreak %d", facts, sep,
		       f->done.n, f->started.n, f->skipped.n, sep, f->streak);
	ui_text(win, y++, 1, cols - 2, facts, A_NORMAL);
	if (f->before_plan)
		ui_text(win, y++, 1, cols - 2, "The plan had not started yet.",
			ui_attr(UI_DIM));
	y++;
	y = draw_days(v, win, y, cols);
	y++;
	y = draw_habits(v, win, y, cols);

	/* the week blocks and their tasks, scrolled to keep the cursor in
	 * sight, in the rows the rest leaves them */
	int room = rows - y - below_list(v);
	if (room < 3)
		room = 3;
	if (w->st->entries)
		y = draw_entries(v, win, y, y + room < rows ? y + room : rows, cols);
	else
		y = draw_blocks(v, win, y, y + room < rows ? y + room : rows, cols);
	if (w->nblocks)
		y++;
	y = draw_done(v, win, y, rows, cols);

	/* the reflection */
	if (y < rows)
		ui_text(win, y++, 1, cols - 2,
			w->refl.id ? ui_fmt("Reflection (version %d; %s edits it)", w->refl.versions,
					      keys_name(REQ_REFLECT))
				   : ui_fmt("Reflection: not written yet (%s writes it)", keys_name(REQ_REFLECT)),
			ui_attr(UI_TITLE));
	/* the answers, wrapped, above the ratings */
	int bottom = rows - (w->skills.n ? 2 + rating_rows(w, cols) : 0);
	if (bottom < y + (int)w->prompts.n)
		bottom = y + (int)w->prompts.n;
	for (size_t i = 0; i < w->prompts.n && y < bottom; i++) {
		const char *answer = NULL;
		for (size_t k = 0; k < w->refl.n; k++)
			if (!strcmp(w->refl.v[k].prompt, w->prompts.v[i]))
				answer = w->refl.v[k].answer;
		if (!w->refl.id) {
			ui_text(win, y++, 3, cols - 4, w->prompts.v[i], A_BOLD);
			continue;
		}
		/* each prompt keeps at least its own row */
		int keep = bottom - (int)(w->prompts.n - i - 1);
		y = ui_wrapped(win, y, keep, 3, cols - 4, w->prompts.v[i],
			       answer && *answer ? answer : "(left blank)",
			       answer && *answer ? A_NORMAL : ui_attr(UI_DIM));
	}
	if (w->skills.n && y + 1 < rows) {
		ui_text(win, ++y, 1, cols - 2, ui_fmt("Ratings (%s rates a skill)", keys_name(REQ_RATE)), ui_attr(UI_TITLE));
		draw_ratings(v, win, y + 1, rows, cols);
	}
}

/* Reads back and saves what the editor left in path. Returns UI_ flags;
 * *again is set when the person chose to mend a mistake in the editor,
 * *keep when the file must stay (its text is not saved). */
static int read_back(struct view *v, const char *path, const char *template, bool *again,
		     bool *keep)
{
	struct app *a = v->app;
	struct week *w = v->data;
	char why[512];
	bool refused;
	char *text = editor_read(path, &refused, why, sizeof(why));
	if (refused) {
		const char *at = strrchr(why, '/');
		wint_t ch = app_ask(a, ui_fmt("%s: stride keeps UTF-8 text without control "
					      "characters but tab and newline",
					      at ? at + 1 : why),
				    "e edits it again; any other key saves nothing and keeps "
				    "your text in a file");
		*again = ch == 'e';
		*keep = !*again;
		if (*keep)
			app_error(a, "nothing saved; your text is kept in %s", path);
		return UI_REDRAW;
	}
	if (!text) {
		app_error(a, "%s", why);
		return UI_REDRAW;
	}
	struct reflect_input input = { 0 };
	struct diag_list d;
	diag_list_init(&d);
	struct store_error err;
	int ret = UI_REDRAW;
	if (!strcmp(text, template)) {
		app_message(a, "the reflection is unchanged: nothing saved");
	} else if (reflect_parse(text, &w->prompts, &w->skills, &input, &d) < 0) {
		wint_t ch = app_ask(a, ui_fmt("line %u: %s", d.v[0].line, d.v[0].msg),
				    "e edits it again; any other key saves nothing and keeps "
				    "your text in a file");
		*again = ch == 'e';
		*keep = !*again;
		if (*keep)
			app_error(a, "nothing saved; your text is kept in %s", path);
	} else if (reflect_input_empty(&input)) {
		app_message(a, "the reflection is empty: nothing saved");
	} else if (reflect_save(a->store, &a->plan, w->monday, &w->prompts, &input, &w->skills,
				&err) < 0) {
		app_error(a, "%s; your text is kept in %s", err.msg, path);
		*keep = true;
	} else {
		app_message(a, "the reflection is saved");
		ret = UI_RELOAD;
	}
	diag_list_done(&d);
	reflect_input_done(&input);
	free(text);
	return ret;
}

/* e: the week's reflection in $EDITOR, read back and saved; a mistake in
 * it (a rating that is not 1 to 5) can be mended in the editor again. */
static int edit_reflection(struct view *v)
{
	struct app *a = v->app;
	struct week *w = v->data;
	char *template = reflect_template(&a->plan, w->monday, &w->facts, &w->prompts,
					  w->refl.id ? &w->refl : NULL, &w->skills);
	char why[512];
	char *path = editor_temp("reflection", template, why, sizeof(why));
	int ret = UI_REDRAW;
	bool again = path != NULL, keep = false;
	if (!path)
		app_error(a, "%s", why);
	while (again) {
		again = false;
		int rc = app_edit(a, path);
		if (rc > 0)
			app_error(a, "the editor failed (exit status %d): nothing saved", rc);
		if (rc == 0)
			ret = read_back(v, path, template, &again, &keep);
	}
	if (path && !keep)
		unlink(path);
	free(path);
	free(template);
	return ret;
}

/* r: a skill by its number on the bottom line, then 1 to 5. */
static int rate(struct view *v)
{
	struct app *a = v->app;
	struct week *w = v->data;
	if (!w->skills.n) {
		app_message(a, "this plan rates no skills");
		return UI_REDRAW;
	}
	size_t n = w->skills.n < 9 ? w->skills.n : 9;
	char line[512];
	size_t o = (size_t)snprintf(line, sizeof(line), "Rate which skill?");
	for (size_t i = 0; i < n && o < sizeof(line); i++)
		o += (size_t)snprintf(line + o, sizeof(line) - o, "  %zu %s", i + 1,
				      w->skills.v[i].name);
	wint_t ch = app_ask(a, NULL, line);
	if (ch < '1' || ch > '0' + (wint_t)n) {
		app_message(a, "no rating");
		return UI_REDRAW;
	}
	const struct reflect_skill *sk = &w->skills.v[ch - '1'];
	ch = app_ask(a, NULL,
		     ui_fmt("Rate %s from 1 to 5 (now %s):", sk->name,
			    sk->rating ? ui_fmt("%d", sk->rating) : "none"));
	if (ch < '1' || ch > '5') {
		app_message(a, "no rating");
		return UI_REDRAW;
	}
	struct store_error err;
	if (reflect_rate(a->store, &a->plan, w->monday, sk->key, (int)(ch - '0'), &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	app_message(a, "%s: %d/5", sk->name, (int)(ch - '0'));
	return UI_RELOAD;
}

static int request_week(struct view *v, enum request req)
{
	struct week *w = v->data;
	struct app *a = v->app;
	const struct store_item *it = v->sel < w->nrows ? w->rows[v->sel] : NULL;
	if (req == REQ_ENTRIES) {
		w->st->entries = !w->st->entries;
		return UI_RELOAD;
	}
	if (w->st->entries) {
		/* the entries in the tasks' place: l and x act on them */
		const struct store_entry *e = v->sel < w->nentries ? &w->entries[v->sel] : NULL;
		switch (req) {
		case REQ_LOG:
			return e ? edit_entry(v, e) : UI_REDRAW;
		case REQ_SKIP:
			return e ? delete_entry(v, e) : UI_REDRAW;
		case REQ_CLICK:
			if (a->click_y >= 0 && (size_t)a->click_y < ARRAY_SIZE(w->at_line) &&
			    w->at_line[a->click_y] != SIZE_MAX) {
				v->sel = w->at_line[a->click_y];
				moved_week(v);
			}
			return UI_REDRAW;
		case REQ_TICK:
		case REQ_START:
		case REQ_NOTE:
		case REQ_CLOCK:
			app_message(a, "T shows the tasks again");
			return UI_REDRAW;
		default:
			break;
		}
	}
	switch (req) {
	case REQ_PREV_WEEK:
		w->st->week = w->monday - 7;
		return UI_RELOAD;
	case REQ_NEXT_WEEK:
		w->st->week = w->monday + 7;
		return UI_RELOAD;
	case REQ_THIS_WEEK:
		w->st->week = calendar_week_first(a->today);
		return UI_RELOAD;
	case REQ_REFLECT:
		return edit_reflection(v);
	case REQ_NOTE:
		return it ? app_edit_note(a, it->id) : UI_REDRAW;
	case REQ_RATE:
		return rate(v);
	case REQ_CLICK:
		/* a block's heading is a line too: the lines drawn say which
		 * task each shows */
		if (a->click_y >= 0 && (size_t)a->click_y < ARRAY_SIZE(w->at_line) &&
		    w->at_line[a->click_y] != SIZE_MAX) {
			v->sel = w->at_line[a->click_y];
			moved_week(v);
		}
		return UI_REDRAW;
	case REQ_TICK:
		return it ? app_set_status(a, it->id, it->ref,
					   it->status == STORE_DONE ? STORE_TODO : STORE_DONE)
			  : UI_REDRAW;
	case REQ_START:
		return it ? app_set_status(a, it->id, it->ref,
					   it->status == STORE_DOING ? STORE_TODO : STORE_DOING)
			  : UI_REDRAW;
	case REQ_SKIP:
		return it ? app_set_status(a, it->id, it->ref,
					   it->status == STORE_SKIPPED ? STORE_TODO
								       : STORE_SKIPPED)
			  : UI_REDRAW;
	case REQ_LOG:
		return it ? app_log(a, it->id, ui_fmt("%d", it->ref)) : UI_REDRAW;
	case REQ_CLOCK:
		return it ? app_clock(a, it->id, ui_fmt("%d", it->ref)) : UI_REDRAW;
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key week_keys[] = {
	{ REQ_PREV_WEEK, NULL, NULL },
	{ REQ_NEXT_WEEK, NULL, NULL },
	{ REQ_REFLECT, NULL, NULL },
	{ REQ_RATE, NULL, NULL },
	{ REQ_THIS_WEEK, NULL, NULL },
	{ REQ_TICK, NULL, NULL },
	{ REQ_START, NULL, NULL },
	{ REQ_SKIP, NULL, NULL },
	{ REQ_LOG, NULL, NULL },
	{ REQ_NOTE, NULL, NULL },
	{ REQ_CLOCK, NULL, NULL },
	{ REQ_ENTRIES, NULL, NULL },
	{ REQ_NONE, NULL, NULL },
};

const struct view_ops view_week = {
	.name = "Week",
	.select = REQ_VIEW_WEEK,
	.open = open_week,
	.draw = draw_week,
	.request = request_week,
	.done = done_week,
	.keys = week_keys,
	.moved = moved_week,
	.forget = forget_week,
};
