/*
 * Checklist: the plan as a collapsible tree (phases, sub-phases, week
 * blocks, tasks and sub-tasks, criteria and deliverables) with progress
 * cookies and status marks; tick, start, skip, log time, edit notes, open
 * an item's details, search, fold, and show what is left to do or
 * everything (archived items too).
 *
 * The rows are the store's, in plan order; the visible ones are computed
 * from the folds and the filter. What a person set up here (folds, the
 * row they are on, the filter, the details pane, the last search) is kept
 * apart from the rows, keyed by item id, so that it survives a reload
 * after a change or a re-sync of the plan file.
 */
#include "ui.h"

#include "stride/act.h"
#include "stride/arena.h"
#include "stride/calendar.h"
#include "stride/idset.h"
#include "stride/portfolio.h"
#include "stride/progress.h"
#include "stride/text.h"
#include "stride/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct row {
	long long id;
	int ref, depth, seq, last;
	enum store_kind kind;
	enum store_status status;
	bool optional, archived, has_note;
	int n_done, n_total, start, end;
	int due, priority;
	int late;	 /* days late (progress_late); 0: not */
	bool late_under; /* a container with a late item under it */
	const char *title;
	const char *every; /* a habit's "every day, 30 min"; NULL otherwise */
};

/* What the Checklist shows: everything (archived items too), what is left
 * to do, or what is late; f goes round them. */
enum checklist_filter { SHOW_ALL, SHOW_TODO, SHOW_LATE };

/* What survives a reload (v->state). */
struct checklist_state {
	long long plan_id;
	struct idset folded; /* item ids */
	long long sel_id;
	enum checklist_filter filter;
	bool details;
	char search[256];
};

/* What open() loaded (v->data). The cursor (v->sel) is over the visible
 * rows. */
struct checklist {
	struct checklist_state *st;
	struct arena *arena;
	struct row *rows;
	size_t n, cap;
	size_t *vis; /* indices of the visible rows */
	size_t nvis;
	struct store_item detail; /* the selected item's, when the pane is open */
	char *links, *lessons;	  /* what it delivered (stride deliver) */
	/* while loading: the rows of the ancestors of the row at hand */
	size_t anc[64];
	int nanc;
	int today;
};

static bool is_folded(const struct checklist *c, long long id)
{
	return idset_has(&c->st->folded, id);
}

static void set_folded(struct checklist *c, long long id, bool folded)
{
	idset_set(&c->st->folded, id, folded);
}

static bool has_children(const struct row *r)
{
	return !r->archived && r->last > r->seq;
}

/* Open items, and containers with open items under them. */
static bool wanted(const struct checklist *c, const struct row *r)
{
	if (c->st->filter == SHOW_ALL)
		return true;
	if (r->archived)
		return false;
	if (c->st->filter == SHOW_LATE)
		return store_checkable(r->kind) ? r->late > 0 : r->late_under;
	if (store_checkable(r->kind) &&
	    (r->status == STORE_TODO || r->status == STORE_DOING))
		return true;
	return r->n_done < r->n_total;
}

static void compute_visible(struct view *v)
{
	struct checklist *c = v->data;
	c->vis = xrealloc(c->vis, (c->n + 1) * sizeof(*c->vis));
	c->nvis = 0;
	int skip_to = INT_MIN;
	for (size_t i = 0; i < c->n; i++) {
		const struct row *r = &c->rows[i];
		if (!r->archived && r->seq <= skip_to)
			continue;
		if (!wanted(c, r))
			continue;
		c->vis[c->nvis++] = i;
		if (has_children(r) && is_folded(c, r->id))
			skip_to = r->last;
	}
	v->lines = c->nvis;
	/* back to the row the person was on */
	v->sel = 0;
	for (size_t k = 0; k < c->nvis; k++) {
		if (c->rows[c->vis[k]].id == c->st->sel_id) {
			v->sel = k;
			break;
		}
	}
}

static struct row *selected(struct view *v)
{
	struct checklist *c = v->data;
	return v->sel < c->nvis ? &c->rows[c->vis[v->sel]] : NULL;
}

static void remember_selection(struct view *v)
{
	struct checklist *c = v->data;
	struct row *r = selected(v);
	c->st->sel_id = r ? r->id : 0;
}

static int keep_row(const struct store_item *it, void *ctx)
{
	struct checklist *c = ctx;
	if (it->kind == STORE_RESOURCE || it->kind == STORE_SKILL)
		return 0;
	c->rows = xgrow(c->rows, &c->cap, c->n + 1, sizeof(*c->rows));
	/* its ancestors, for its dated container (sched_id) */
	while (c->nanc && (it->archived || c->rows[c->anc[c->nanc - 1]].last < it->seq))
		c->nanc--;
	int end = CALENDAR_NONE;
	for (int i = 0; i < c->nanc; i++)
		if (c->rows[c->anc[i]].id == it->sched_id)
			end = c->rows[c->anc[i]].end;
	int late = progress_late(it, end, c->today);
	for (int i = 0; late && i < c->nanc; i++)
		c->rows[c->anc[i]].late_under = true;
	c->rows[c->n++] = (struct row){
		.id = it->id, .ref = it->ref, .depth = it->depth, .seq = it->seq,
		.last = it->last, .kind = it->kind, .status = it->status,
		.optional = it->optional, .archived = it->archived,
		.has_note = it->note != NULL, .n_done = it->n_done,
		.n_total = it->n_total, .start = it->start, .end = it->end,
		.due = it->due, .priority = it->priority, .late = late,
		.title = arena_strdup(c->arena, it->title),
	};
	if (it->kind == STORE_HABIT) {
		struct habit_rule hr = progress_habit_rule(it);
		char buf[64];
		plan_every_text(&hr.every, buf, sizeof(buf));
		c->rows[c->n - 1].every =
			it->estimate ? arena_printf(c->arena, "every %s, %d min", buf, it->estimate)
				     : arena_printf(c->arena, "every %s", buf);
	}
	if (!it->archived && it->last > it->seq && c->nanc < (int)ARRAY_SIZE(c->anc))
		c->anc[c->nanc++] = c->n - 1;
	return 0;
}

static void load_detail(struct view *v)
{
	struct checklist *c = v->data;
	store_item_done(&c->detail);
	free(c->links);
	free(c->lessons);
	c->links = c->lessons = NULL;
	struct row *r = selected(v);
	struct store_error err;
	if (c->st->details && r &&
	    (store_item_get(v->app->store, r->id, &c->detail, &err) < 0 ||
	     store_delivered(v->app->store, r->id, &c->links, &c->lessons, &err) < 0))
		app_error(v->app, "%s", err.msg);
}

/* D: the item done, with a link and what was learned (stride deliver). */
static int deliver(struct view *v, const struct row *r)
{
	struct app *a = v->app;
	if (!r)
		return UI_REDRAW;
	if (!store_checkable(r->kind)) {
		app_error(a, "%d is a %s: deliver a task, a criterion or a deliverable", r->ref,
			  store_kind_name(r->kind));
		return UI_REDRAW;
	}
	char *link = app_prompt(a, ui_fmt("Deliver %d: a link to show it (Enter: none):", r->ref),
				NULL);
	if (!link) {
		app_message(a, "nothing delivered");
		return UI_REDRAW;
	}
	if (*link && !portfolio_link_ok(link)) {
		app_error(a, "'%s' is not a link: give a URL like https://github.com/you/project; "
			     "nothing delivered",
			  link);
		free(link);
		return UI_REDRAW;
	}
	char *learned = app_prompt(a, "What you learned (Enter: as it was):", NULL);
	if (!learned) {
		app_message(a, "nothing delivered");
		free(link);
		return UI_REDRAW;
	}
	const char *links[1] = { link };
	bool was_done;
	struct store_error err;
	int ret = UI_RELOAD;
	if (act_deliver(a->store, r->id, links, *link ? 1 : 0, *learned ? learned : NULL,
			a->today, &was_done, &err) < 0) {
		app_error(a, "%s", err.msg);
		ret = UI_REDRAW;
	} else {
		app_message(a, "delivered %d (u undoes it)", r->ref);
	}
	free(link);
	free(learned);
	return ret;
}

static int open_checklist(struct view *v)
{
	struct app *a = v->app;
	struct checklist_state *st = v->state;
	if (!st)
		st = v->state = xcalloc(1, sizeof(*st));
	if (st->plan_id != a->plan.id) {
		idset_free(&st->folded);
		memset(st, 0, sizeof(*st));
		st->plan_id = a->plan.id;
	}
	struct checklist *c = xcalloc(1, sizeof(*c));
	c->st = st;
	c->today = a->today;
	c->arena = arena_new();
	v->data = c;
	struct store_error err;
	if (store_walk(a->store, a->plan.id, 0, INT_MAX, true, keep_row, c, &err) < 0) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	compute_visible(v);
	load_detail(v);
	return 0;
}

static void forget_checklist(struct view *v)
{
	struct checklist_state *st = v->state;
	if (st)
		idset_free(&st->folded);
	free(st);
	v->state = NULL;
}

static void done_checklist(struct view *v)
{
	struct checklist *c = v->data;
	if (!c)
		return;
	store_item_done(&c->detail);
	free(c->links);
	free(c->lessons);
	arena_free(c->arena);
	free(c->rows);
	free(c->vis);
	free(c);
	v->data = NULL;
}

/* ---- drawing ------------------------------------------------------------------ */

static void draw_row(struct view *v, WINDOW *w, int y, int cols,
		     const struct row *r, bool sel)
{
	struct app *a = v->app;
	attr_t base = sel ? ui_attr(UI_SELECTED) : A_NORMAL;
	ui_fill(w, y, 0, cols, base);
	int width = text_digits(a->plan.next_ref > 1 ? a->plan.next_ref - 1 : 1);
	int x = 1;
	x += ui_text(w, y, x, cols - x, ui_fmt("%*d ", width, r->ref),
		     base | ui_attr(UI_DIM));
	int indent = r->archived ? 0 : 2 * (r->depth - 1);
	if (x + indent < cols)
		x += indent;
	x += ui_text(w, y, x, cols - x,
		     has_children(r) ? ui_glyph_fold(!is_folded(v->data, r->id)) : " ", base);
	x += ui_text(w, y, x, cols - x, " ", base);

	/* the right side: counts, dates, marks */
	char right[128] = "";
	size_t o = 0;
	if (r->optional)
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  optional");
	char when[32];
	struct store_item due = { .due = r->due };
	if (!r->archived && (r->status == STORE_TODO || r->status == STORE_DOING) &&
	    *progress_when(&due, r->late, a->today, when, sizeof(when)))
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  %s", when);
	if (r->archived)
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  archived");
	if (r->n_total && (has_children(r) || !store_checkable(r->kind)))
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  [%d/%d]",
				      r->n_done, r->n_total);
	if (r->every) {
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  %s", r->every);
	} else if (!store_checkable(r->kind) && r->start != CALENDAR_NONE && cols >= 90) {
		char d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN];
		o += (size_t)snprintf(right + o, sizeof(right) - o, "  %s..%s",
				      calendar_format(r->start, d1),
				      calendar_format(r->end, d2));
	}
	int rw = ui_text_width(right);
	if (rw > cols - x - 10)
		rw = 0;

	int room = cols - x - rw - 1;
	if (store_checkable(r->kind)) {
		x += ui_text(w, y, x, room, ui_box(r->status),
			     base | ui_attr(ui_status_role(r->status)));
		x += ui_text(w, y, x, cols - x, " ", base);
		room = cols - x - rw - 1;
		const char *kind = store_kind_label(r->kind);
		int kw = ui_text(w, y, x, room, kind, base | ui_attr(UI_DIM));
		x += kw;
		room -= kw;
		attr_t at = base;
		if (r->status == STORE_SKIPPED || r->archived)
			at |= ui_attr(UI_DIM);
		ui_text(w, y, x, room, r->title, at);
	} else {
		attr_t at = base | (r->kind == STORE_PHASE ? ui_attr(UI_TITLE) : A_BOLD);
		if (r->archived)
			at = base | ui_attr(UI_DIM);
		ui_text(w, y, x, room, r->title, at);
	}
	if (rw)
		ui_text(w, y, cols - rw - 1, rw, right,
			base | (r->late			      ? ui_attr(UI_OVERDUE)
				: *when			      ? ui_attr(UI_DOING)
				: r->n_total && r->n_done == r->n_total ? ui_attr(UI_DONE)
									  : ui_attr(UI_DIM)));
}

static void draw_detail(struct view *v, WINDOW *w, int top, int rows, int cols)
{
	struct checklist *c = v->data;
	const struct store_item *it = &c->detail;
	const char *sep = ui_glyph_sep();
	wattrset(w, ui_attr(UI_DIM));
	mvwhline(w, top, 0, ui_utf8() ? 0 : '-', cols);
	wattrset(w, A_NORMAL);
	if (!it->id)
		return;
	int y = top + 1, bottom = rows;
	ui_text(w, y++, 1, cols - 2, it->title, ui_attr(UI_TITLE));
	const char *facts = ui_fmt("%s #%d%skey %s", store_kind_name(it->kind),
				   it->ref, sep, it->key);
	if (store_checkable(it->kind))
		facts = ui_fmt("%s%s%s%s", facts, sep, store_status_name(it->status),
			       it->optional ? ", optional" : "");
	if (it->archived)
		facts = ui_fmt("%s%sarchived (no longer in the plan file)", facts, sep);
	ui_text(w, y++, 1, cols - 2, facts, ui_attr(UI_DIM));
	if (y < bottom && it->start != CALENDAR_NONE) {
		char d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN];
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("Dates: %s to %s", calendar_format(it->start, d1),
			       calendar_format(it->end, d2)),
			A_NORMAL);
	}
	if (y < bottom && (it->estimate || it->minutes))
		ui_text(w, y++, 1, cols - 2,
			it->estimate ? ui_fmt("Time: %s logged of %s estimated",
					      ui_minutes(it->minutes),
					      ui_minutes(it->estimate))
				     : ui_fmt("Time: %s logged", ui_minutes(it->minutes)),
			A_NORMAL);
	if (y < bottom && it->n_total)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("Done: %d of %d items under it", it->n_done, it->n_total),
			A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, "Goal", it->goal, A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, "Summary", it->summary, A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, "From the plan", it->notes, A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, ui_fmt("Your note (%s edits it)", keys_name(REQ_NOTE)), it->note,
			 A_NORMAL);
	/* what it delivered (D, stride deliver) */
	if (c->links && y < bottom) {
		ui_text(w, y++, 1, cols - 2, "Links (D adds one)", A_BOLD);
		char *all = xstrdup(c->links);
		for (char *tok = strtok(all, "\n"); tok && y < bottom; tok = strtok(NULL, "\n"))
			ui_text(w, y++, 3, cols - 4, tok, A_NORMAL);
		free(all);
	}
	y = ui_wrapped(w, y, bottom, 1, cols - 2, "What I learned", c->lessons, A_NORMAL);

	/* what it uses: resources and skills by ref */
	if (it->uses && y < bottom) {
		ui_text(w, y++, 1, cols - 2, "Resources and skills", A_BOLD);
		char *refs = xstrdup(it->uses);
		for (char *tok = strtok(refs, " "); tok && y < bottom; tok = strtok(NULL, " ")) {
			struct store_item r;
			struct store_error err;
			if (store_item_by_ref(v->app->store, it->plan_id, atoi(tok), &r, &err) < 0)
				continue;
			const char *line = r.by ? ui_fmt("%s, %s", r.title, r.by) : r.title;
			if (r.url)
				line = ui_fmt("%s%s%s", line, sep, r.url);
			ui_text(w, y++, 3, cols - 4, line, A_NORMAL);
			store_item_done(&r);
		}
		free(refs);
	}
	/* its criteria, from the rows below it */
	const struct row *sel = selected(v);
	bool head = false;
	for (size_t i = 0; sel && i < c->n && y < bottom; i++) {
		const struct row *r = &c->rows[i];
		if (r->archived || r->seq <= sel->seq || r->seq > sel->last ||
		    r->kind != STORE_CRITERION || r->depth != sel->depth + 1)
			continue;
		if (!head) {
			ui_text(w, y++, 1, cols - 2, "Criteria", A_BOLD);
			head = true;
			if (y >= bottom)
				break;
		}
		int x = 3 + ui_text(w, y, 3, cols - 4, ui_box(r->status),
				    ui_attr(ui_status_role(r->status)));
		ui_text(w, y++, x + 1, cols - x - 2, r->title, A_NORMAL);
	}
}

static void draw_checklist(struct view *v, WINDOW *w, int rows, int cols)
{
	struct checklist *c = v->data;
	werase(w);
	int list_rows = rows;
	if (c->st->details && rows >= 12)
		list_rows = rows - (rows / 2 < 14 ? rows / 2 : 14);
	if (!c->nvis) {
		ui_text(w, 1, 2, cols - 4,
			c->st->filter == SHOW_TODO
				? ui_fmt("Nothing left to do here (%s: what is late).",
					 keys_name(REQ_FILTER))
			: c->st->filter == SHOW_LATE
				? ui_fmt("Nothing is late (%s shows everything).", keys_name(REQ_FILTER))
						     : "This plan has nothing to show.",
			ui_attr(UI_DIM));
	}
	size_t top = view_scroll(v, 0, list_rows);
	for (int y = 0; y < list_rows && top + (size_t)y < c->nvis; y++) {
		size_t vi = top + (size_t)y;
		draw_row(v, w, y, cols, &c->rows[c->vis[vi]], vi == v->sel);
	}
	if (list_rows < rows)
		draw_detail(v, w, list_rows, rows, cols);
}

/* ---- requests ------------------------------------------------------------------ */


/* Moves to the next (dir 1) or previous (-1) row whose title holds the
 * search, unfolding and unfiltering what hides it. */
static int search(struct view *v, int dir)
{
	struct checklist *c = v->data;
	struct checklist_state *st = c->st;
	if (!st->search[0]) {
		app_message(v->app, "no search yet: / searches");
		return UI_REDRAW;
	}
	struct row *cur = selected(v);
	size_t start = 0;
	for (size_t i = 0; cur && i < c->n; i++)
		if (c->rows[i].id == cur->id)
			start = i;
	for (size_t k = 1; k <= c->n; k++) {
		size_t i = (start + (dir > 0 ? k : c->n - k)) % c->n;
		const struct row *r = &c->rows[i];
		if (!text_holds(r->title, st->search))
			continue;
		/* show it: unfold its ancestors, drop a filter that hides it */
		for (size_t j = 0; j < c->n; j++) {
			const struct row *anc = &c->rows[j];
			if (!anc->archived && anc->seq < r->seq && anc->last >= r->seq)
				set_folded(c, anc->id, false);
		}
		if (!wanted(c, r))
			st->filter = SHOW_ALL;
		st->sel_id = r->id;
		compute_visible(v);
		load_detail(v);
		return UI_REDRAW;
	}
	app_message(v->app, "nothing matches '%s'", st->search);
	return UI_REDRAW;
}

/* After the generic navigation: the row to come back to, its details. */
static void moved_checklist(struct view *v)
{
	remember_selection(v);
	load_detail(v);
}

static void move_to(struct view *v, size_t to)
{
	v->sel = to;
	moved_checklist(v);
}

static void fold(struct view *v, struct row *r, bool folded)
{
	struct checklist *c = v->data;
	if (!r || !has_children(r))
		return;
	set_folded(c, r->id, folded);
	c->st->sel_id = r->id;
	compute_visible(v);
}

static int set_status(struct view *v, struct row *r, enum store_status st)
{
	if (!r)
		return UI_REDRAW;
	if (!store_checkable(r->kind)) {
		app_message(v->app, "a %s is done when its items are: tick those",
			    r->kind == STORE_PHASE ? "phase" : "week block");
		return UI_REDRAW;
	}
	if (r->archived) {
		app_message(v->app, "%d is archived (no longer in the plan file)", r->ref);
		return UI_REDRAW;
	}
	return app_set_status(v->app, r->id, r->ref, r->status == st ? STORE_TODO : st);
}

static int request_checklist(struct view *v, enum request req)
{
	struct checklist *c = v->data;
	struct app *a = v->app;
	struct checklist_state *st = c->st;
	struct row *r = selected(v);
	switch (req) {
	case REQ_LEFT:
		if (r && has_children(r) && !is_folded(c, r->id)) {
			fold(v, r, true);
		} else if (r) {
			/* to the parent: the nearest row above, one level up */
			for (size_t i = v->sel; i-- > 0;) {
				const struct row *p = &c->rows[c->vis[i]];
				if (!p->archived && p->depth < r->depth) {
					move_to(v, i);
					break;
				}
			}
		}
		return UI_REDRAW;
	case REQ_RIGHT:
		fold(v, r, false);
		return UI_REDRAW;
	case REQ_FOLD:
		fold(v, r, r && !is_folded(c, r->id));
		return UI_REDRAW;
	case REQ_FOLD_ALL: {
		remember_selection(v);
		bool any = st->folded.n > 0;
		idset_clear(&st->folded);
		if (!any) {
			for (size_t i = 0; i < c->n; i++)
				if (has_children(&c->rows[i]) && c->rows[i].depth == 1)
					set_folded(c, c->rows[i].id, true);
			/* land on the top-level row that holds the cursor */
			for (size_t i = 0; r && i < c->n; i++)
				if (c->rows[i].depth == 1 && c->rows[i].seq <= r->seq &&
				    c->rows[i].last >= r->seq)
					st->sel_id = c->rows[i].id;
		}
		compute_visible(v);
		load_detail(v);
		return UI_REDRAW;
	}
	case REQ_FILTER:
		remember_selection(v);
		st->filter = (st->filter + 1) % 3;
		compute_visible(v);
		load_detail(v);
		app_message(a, st->filter == SHOW_TODO	 ? "showing what is left to do (%s: what is late)"
			       : st->filter == SHOW_LATE ? "showing what is late (%s: everything)"
							 : "showing everything (%s: what is left to do)",
			    keys_name(REQ_FILTER));
		return UI_REDRAW;
	case REQ_SEARCH: {
		char *text = app_prompt(a, "Search titles:", NULL);
		if (text && *text)
			snprintf(st->search, sizeof(st->search), "%s", text);
		free(text);
		return text ? search(v, 1) : UI_REDRAW;
	}
	case REQ_SEARCH_NEXT: return search(v, 1);
	case REQ_SEARCH_PREV: return search(v, -1);
	case REQ_ENTER:
		st->details = !st->details;
		load_detail(v);
		return UI_REDRAW;
	case REQ_CANCEL:
		if (!st->details)
			return UI_UNHANDLED;
		st->details = false;
		load_detail(v);
		return UI_REDRAW;
	case REQ_TICK: return set_status(v, r, STORE_DONE);
	case REQ_START: return set_status(v, r, STORE_DOING);
	case REQ_SKIP: return set_status(v, r, STORE_SKIPPED);
	case REQ_LOG:
		return r ? app_log(a, r->id, ui_fmt("%d %s", r->ref, r->title)) : UI_REDRAW;
	case REQ_CLOCK:
		return r ? app_clock(a, r->id, ui_fmt("%d %s", r->ref, r->title)) : UI_REDRAW;
	case REQ_NOTE:
		return r ? app_edit_note(a, r->id) : UI_REDRAW;
	case REQ_DELIVER:
		return deliver(v, r);
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key checklist_keys[] = {
	{ REQ_TICK, NULL, NULL },	 { REQ_ENTER, NULL, NULL },
	{ REQ_FOLD, NULL, NULL },	 { REQ_FILTER, NULL, NULL },
	{ REQ_SEARCH, NULL, NULL },	 { REQ_START, NULL, NULL },
	{ REQ_SKIP, NULL, NULL },	 { REQ_LOG, NULL, NULL },
	{ REQ_NOTE, NULL, NULL },	 { REQ_SEARCH_NEXT, NULL, NULL },
	{ REQ_SEARCH_PREV, NULL, NULL }, { REQ_FOLD_ALL, NULL, NULL },
	{ REQ_LEFT, NULL, NULL },	 { REQ_RIGHT, NULL, NULL },
	{ REQ_CANCEL, NULL, NULL },	 { REQ_CLOCK, NULL, NULL },
	{ REQ_DELIVER, NULL, NULL },
	{ REQ_NONE, NULL, NULL },
};

static const char *badge_checklist(struct view *v)
{
	const struct checklist_state *st = v->state;
	return !st ? NULL : st->filter == SHOW_TODO ? "left to do" : st->filter == SHOW_LATE ? "late" : NULL;
}

const struct view_ops view_checklist = {
	.name = "Checklist",
	.select = REQ_VIEW_CHECKLIST,
	.open = open_checklist,
	.draw = draw_checklist,
	.request = request_checklist,
	.done = done_checklist,
	.keys = checklist_keys,
	.badge = badge_checklist,
	.moved = moved_checklist,
	.forget = forget_checklist,
};
