/*
 * Today: the day's slot of the schedule, the time logged against it, the
 * streak, where the plan stands (phase, week block, their goals, ahead or
 * behind), and what is next there (progress_next: the same list as
 * `stride today`), to tick right there; the habits due or ticked today,
 * each ticked by the key beside it. 'c' checks in: minutes for today, and
 * a note.
 */
#include "ui.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

struct today {
	struct progress_next next; /* what is next (progress_next): the rows
				      of the cursor (struct view) */
	int remind; /* the Monday of a week ending without its
		       reflection (on a Sunday or Monday), or 0 */
	struct progress_hint hint; /* how to start or catch up */
	struct progress_habits habits; /* those current today */
	size_t keyed[sizeof(UI_HABIT_KEYS) - 1]; /* habits.v of each key */
	size_t nkeyed;
};

/* On a Sunday, this week; on a Monday, last week: the week ending, when
 * the plan had begun by then and its reflection is not written. */
static int reminder(struct app *a, int *monday, struct store_error *err)
{
	*monday = 0;
	int wd = calendar_weekday(a->today), start = calendar_week_start();
	int last = (start + 6) % 7;
	if (wd != start && wd != last)
		return 0;
	int week = calendar_week_first(a->today) - (wd == start ? 7 : 0);
	if (a->plan.start != CALENDAR_NONE && a->plan.start > week + 6)
		return 0;
	struct store_reflection r;
	if (store_reflection_get(a->store, a->plan.id, calendar_week_key(week), &r, err) < 0)
		return err->code == STORE_ERR_NOTFOUND ? (*monday = week, 0) : -1;
	store_reflection_done(&r);
	return 0;
}

static int open_today(struct view *v)
{
	struct app *a = v->app;
	struct today *t = xcalloc(1, sizeof(*t));
	v->data = t;
	struct store_error err;
	if (reminder(a, &t->remind, &err) < 0 ||
	    progress_next(a->store, &a->plan, &a->pr, 0, &t->next, &err) < 0 ||
	    progress_hint(a->store, &a->plan, &a->pr, &t->next, &t->hint, &err) < 0 ||
	    progress_habits(a->store, &a->plan, a->today, true, &t->habits, &err) < 0) {
		app_error(a, "%s", err.msg);
		return -1;
	}
	/* a key each for the habits due or ticked today */
	for (size_t i = 0; i < t->habits.n && t->nkeyed < sizeof(t->keyed) / sizeof(t->keyed[0]); i++) {
		const struct habit_facts *f = &t->habits.v[i].facts;
		if (f->due_today || f->done_today)
			t->keyed[t->nkeyed++] = i;
	}
	v->lines = t->next.n;
	return 0;
}

static void done_today(struct view *v)
{
	struct today *t = v->data;
	if (!t)
		return;
	progress_next_done(&t->next);
	progress_habits_done(&t->habits);
	free(t);
	v->data = NULL;
}

static const char *const weekdays[7] = { "Monday", "Tuesday", "Wednesday",
					 "Thursday", "Friday", "Saturday", "Sunday" };
static const char *const months[12] = { "January", "February", "March",
					"April", "May", "June", "July", "August",
					"September", "October", "November", "December" };

static const char *long_date(int day)
{
	int y, m, d;
	calendar_to_civil(day, &y, &m, &d);
	return ui_fmt("%s %d %s %d", weekdays[calendar_weekday(day)], d,
		      months[m - 1], y);
}

static const char *span(int start, int end)
{
	if (start == CALENDAR_NONE)
		return "no dates";
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	return ui_fmt("%s to %s", calendar_format(start, a), calendar_format(end, b));
}

/* A heading line for a phase or week block, and its goal under it. */
static int draw_where(WINDOW *w, int y, int cols, const char *label,
		      const struct store_item *it)
{
	const char *sep = ui_glyph_sep();
	int x = ui_text(w, y, 1, cols - 2, label, A_BOLD);
	x += ui_text(w, y, 1 + x, cols - 2 - x, it->title, ui_attr(UI_TITLE));
	ui_text(w, y, 1 + x, cols - 2 - x,
		ui_fmt("%s%s%s%d/%d done", sep, span(it->start, it->end), sep,
		       it->n_done, it->n_total),
		ui_attr(UI_DIM));
	y++;
	if (it->goal)
		ui_text(w, y++, 3, cols - 4, ui_fmt("Goal: %s", it->goal), A_NORMAL);
	return y;
}

static void draw_today(struct view *v, WINDOW *w, int rows, int cols)
{
	struct app *a = v->app;
	struct today *t = v->data;
	const struct progress *pr = &a->pr;
	const char *sep = ui_glyph_sep();
	werase(w);
	int y = 0;
	ui_text(w, y++, 1, cols - 2, long_date(a->today), ui_attr(UI_TITLE));
	char last[CALENDAR_DATE_LEN];
	if (pr->pause_first != CALENDAR_NONE)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("Today: paused to %s, a rest day",
			       calendar_format(pr->pause_last, last)),
			A_BOLD);
	else if (pr->slot.minutes)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("Today: %s%s%d min", pr->slot.focus ? pr->slot.focus : "study",
			       sep, pr->slot.minutes),
			A_BOLD);
	else
		ui_text(w, y++, 1, cols - 2,
			pr->has_schedule ? "Today: a rest day" : "Today: no schedule",
			A_BOLD);

	/* time logged today, against the slot */
	int x = ui_text(w, y, 1, cols - 2,
			ui_fmt("Logged today: %lld%s min  ", pr->logged_today,
			       pr->slot.minutes ? ui_fmt(" of %d", pr->slot.minutes) : ""),
			A_NORMAL);
	if (pr->slot.minutes && cols - x > 24) {
		ui_bar(w, y, 1 + x, 20, pr->logged_today, pr->slot.minutes,
		       ui_attr(UI_PROGRESS));
		x += 22;
	}
	(void)x;
	y++;
	x = ui_text(w, y, 1, cols - 2,
		    pr->scheduled_week
			    ? ui_fmt("This week: %lld of %lld min%s", pr->logged_week,
				     pr->scheduled_week, sep)
			    : ui_fmt("This week: %lld min%s", pr->logged_week, sep),
		    A_NORMAL);
	ui_text(w, y++, 1 + x, cols - 2 - x,
		pr->streak ? ui_fmt("streak %d day%s", pr->streak, pr->streak == 1 ? "" : "s")
			   : "no streak yet",
		pr->streak ? ui_attr(UI_GOOD) : A_NORMAL);
	y++;

	/* where the plan stands */
	char ended[96];
	if (pr->ended && y < rows - 3)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("This plan %s", progress_ended_text(&a->plan, pr, ended,
								 sizeof(ended))),
			ui_attr(UI_BEHIND));
	else if (pr->starts_in && y < rows - 3)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("This plan %s", progress_starts_text(&a->plan, pr, ended,
								  sizeof(ended))),
			ui_attr(UI_KEY));
	if (pr->phase.id && y < rows - 3)
		y = draw_where(w, y, cols,
			       ui_fmt("Phase %d of %d: ", pr->phase_number, pr->phase_count),
			       &pr->phase);
	if (pr->subphase.id && y < rows - 3)
		y = draw_where(w, y, cols, "In ", &pr->subphase);
	if (pr->week.id && y < rows - 3)
		y = draw_where(w, y, cols, "Week: ", &pr->week);
	if (y < rows - 3 && !pr->ended) {
		const char *pace;
		enum ui_role role = UI_NORMAL;
		if (!pr->dated)
			pace = ui_fmt("%d%% done (%d of %d)", pr->percent, pr->done, pr->total);
		else if (pr->starts_in && pr->days_ahead <= 0)
			pace = ui_fmt("%d%% done (%d of %d), not begun yet", pr->percent, pr->done,
				      pr->total);
		else if (pr->days_ahead < 0) {
			pace = ui_fmt("%d%% done (%d of %d), %d day%s behind schedule",
				      pr->percent, pr->done, pr->total, -pr->days_ahead,
				      pr->days_ahead == -1 ? "" : "s");
			role = UI_BEHIND;
		} else if (pr->days_ahead > 0) {
			pace = ui_fmt("%d%% done (%d of %d), %d day%s ahead of schedule",
				      pr->percent, pr->done, pr->total, pr->days_ahead,
				      pr->days_ahead == 1 ? "" : "s");
			role = UI_GOOD;
		} else {
			pace = ui_fmt("%d%% done (%d of %d), on schedule", pr->percent,
				      pr->done, pr->total);
		}
		ui_text(w, y++, 1, cols - 2, pace, ui_attr(role));
	}
	char date[CALENDAR_DATE_LEN];
	if (t && t->hint.kind == PROGRESS_HINT_START && y < rows - 3)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("To %s from today: press %s (stride start %s)",
			       a->plan.start == CALENDAR_NONE ? "lay its dates out" : "run it",
			       keys_name(REQ_CATCH_UP), a->plan.slug),
			ui_attr(UI_KEY));
	else if (t && t->hint.kind == PROGRESS_HINT_SHIFT && y < rows - 3)
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("To carry on from today: press %s (stride shift %s %dd --from %s)",
			       keys_name(REQ_CATCH_UP), a->plan.slug, t->hint.days,
			       calendar_format(t->hint.from, date)),
			ui_attr(UI_KEY));
	if (t && t->remind && y < rows - 3) {
		char name[CALENDAR_WEEK_LEN];
		ui_text(w, y++, 1, cols - 2,
			ui_fmt("Reflect on %s week (%s): press %s",
			       t->remind == calendar_week_first(a->today) ? "this" : "last",
			       calendar_format_week(t->remind, name), keys_name(REQ_REFLECT)),
			ui_attr(UI_KEY));
	}
	y++;

	/* the habits of today, a key each */
	if (t && t->nkeyed && y < rows - 2) {
		ui_text(w, y++, 1, cols - 2, "Habits today", A_BOLD);
		for (size_t k = 0; k < t->nkeyed && y < rows - 2; k++, y++) {
			const struct progress_habit *h = &t->habits.v[t->keyed[k]];
			const struct habit_facts *f = &h->facts;
			int cx = 1;
			/* the key as bound (a config file may move it) */
			const char *key = keys_name((enum request)(REQ_HABIT_1 + (int)k));
			cx += ui_text(w, y, cx, cols - cx, ui_fmt("%s ", *key ? key : "-"),
				      ui_attr(UI_KEY));
			cx += ui_text(w, y, cx, cols - cx,
				      ui_box(f->done_today ? STORE_DONE : STORE_TODO),
				      ui_attr(ui_status_role(f->done_today ? STORE_DONE
									    : STORE_TODO)));
			cx += ui_text(w, y, cx, cols - cx, " ", A_NORMAL);
			char every[64];
			plan_every_text(&h->rule.every, every, sizeof(every));
			const char *extra =
				ui_fmt("  %s%s%s%d/%d this week%sstreak %d %s", every,
				       h->it.estimate ? ui_fmt(", %d min", h->it.estimate) : "",
				       sep, f->week_done, f->week_need, sep, f->streak,
				       f->weeks ? (f->streak == 1 ? "week" : "weeks")
						: (f->streak == 1 ? "day" : "days"));
			int ew = ui_text_width(extra);
			int room = cols - cx - 1 - ew;
			int tw = ui_text(w, y, cx, room > 8 ? room : cols - cx - 1, h->it.title,
					 A_NORMAL);
			ui_text(w, y, cx + tw, cols - cx - tw - 1, extra,
				f->streak ? ui_attr(UI_GOOD) : ui_attr(UI_DIM));
		}
		y++;
	}

	/* what is next: the late ones first, then the block's */
	const struct progress_next *nx = t ? &t->next : NULL;
	if (!nx || (!nx->where && !nx->carried) || y >= rows) {
		view_scroll(v, rows, 0);
		return;
	}
	size_t here = nx->n - nx->carried;
	const char *open = !nx->optional ? ui_fmt("%zu open", here)
			   : nx->optional == here
				   ? ui_fmt("%zu optional", here)
				   : ui_fmt("%zu open, %zu optional", here - nx->optional,
					    nx->optional);
	const char *head;
	if (nx->carried && nx->where && here)
		head = ui_fmt("Carried over (%zu), then next in %s (%s)", nx->carried,
			      nx->where->title, open);
	else if (nx->carried)
		head = ui_fmt("Carried over (%zu)", nx->carried);
	else if (here)
		head = ui_fmt("Next in %s (%s)", nx->where->title, open);
	else
		head = ui_fmt("Nothing open in %s: well done", nx->where->title);
	ui_text(w, y++, 1, cols - 2, head, A_BOLD);
	if (rows - y <= 0)
		return;
	view_scroll(v, y, rows - y);
	int width = text_digits(a->plan.next_ref > 1 ? a->plan.next_ref - 1 : 1);
	for (size_t i = v->top; i < nx->n && y < rows; i++, y++) {
		const struct store_item *it = &nx->v[i];
		bool sel = i == v->sel;
		attr_t base = sel ? ui_attr(UI_SELECTED) : A_NORMAL;
		ui_fill(w, y, 0, cols, base);
		int cx = 1;
		cx += ui_text(w, y, cx, cols - cx, ui_fmt("%*d ", width, it->ref),
			      base | ui_attr(UI_DIM));
		cx += ui_text(w, y, cx, cols - cx, ui_box(it->status),
			      base | ui_attr(ui_status_role(it->status)));
		cx += ui_text(w, y, cx, cols - cx, " ", base);
		char when[32];
		progress_when(it, nx->late[i], a->today, when, sizeof(when));
		const char *extra = *when ? ui_fmt("  (%s)", when)
				    : it->optional ? "  (optional)"
				    : it->start != CALENDAR_NONE && it->start <= a->today &&
					      a->today <= it->end
					    ? "  (today)"
					    : "";
		attr_t extra_role = nx->late[i] ? ui_attr(UI_OVERDUE)
				    : *when	    ? ui_attr(UI_DOING)
						    : ui_attr(UI_GOOD);
		cx += ui_text(w, y, cx, cols - cx - 1, store_kind_label(it->kind),
			      base | ui_attr(UI_DIM));
		/* the title gives way to what is said of its days */
		int ew = ui_text_width(extra);
		int room = cols - cx - 1 - ew;
		int tw = ui_text(w, y, cx, room > 8 ? room : cols - cx - 1, it->title, base);
		ui_text(w, y, cx + tw, cols - cx - tw - 1, extra, base | extra_role);
	}
}

/* c: log today's minutes, with a note. */
static int checkin(struct view *v)
{
	struct app *a = v->app;
	const struct progress *pr = &a->pr;
	char suggest[24] = "";
	if (pr->slot.minutes && pr->logged_today < pr->slot.minutes)
		snprintf(suggest, sizeof(suggest), "%lldm", pr->slot.minutes - pr->logged_today);
	char *text = app_prompt(a, "Check in: minutes studied today (e.g. 30m):",
				suggest[0] ? suggest : NULL);
	if (!text || !*text) {
		free(text);
		app_message(a, "no check-in");
		return UI_REDRAW;
	}
	int minutes;
	if (!app_parse_logged(a, text, &minutes)) {
		free(text);
		return UI_REDRAW;
	}
	free(text);
	char *note = app_prompt(a, "A note (Enter to skip):", NULL);
	if (!note) {
		app_message(a, "no check-in");
		return UI_REDRAW;
	}
	struct store_error err;
	int ret = UI_REDRAW;
	if (act_log(a->store, a->plan.id, 0, minutes, a->today, *note ? note : NULL,
		    &err) < 0) {
		app_error(a, "%s", err.msg);
	} else {
		app_message(a, "checked in: %lld min today", pr->logged_today + minutes);
		ret = UI_RELOAD;
	}
	free(note);
	return ret;
}

/* C: what the hint under the pace says (progress_hint), asked first. */
static int catch_up(struct view *v)
{
	struct today *t = v->data;
	struct app *a = v->app;
	if (!t || t->hint.kind == PROGRESS_HINT_NONE) {
		app_message(a, "Nothing to catch up: the plan is not a week behind");
		return UI_REDRAW;
	}
	if (t->hint.kind == PROGRESS_HINT_START)
		return app_start_today(a, a->plan.id, "");
	char date[CALENDAR_DATE_LEN];
	calendar_format(t->hint.from, date);
	wint_t ch = app_ask(a, NULL,
			    ui_fmt("Move what is left %d days later, from %s on? (y/n)",
				   t->hint.days, date));
	if (ch != 'y' && ch != 'Y')
		return UI_REDRAW;
	long long moved;
	struct store_error err;
	if (act_shift(a->store, a->plan.id, t->hint.from, t->hint.days, a->today, &moved,
		      &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	app_message(a, "Moved what is left %d days later, from %s on (%s undoes it)",
		    t->hint.days, date, keys_name(REQ_UNDO));
	return UI_RELOAD;
}

/* P: a pause (stride pause), its first and last day asked, and whether
 * to move what is left by as much. */
static int pause(struct view *v)
{
	struct app *a = v->app;
	char *from = app_prompt(a, "Pause from (YYYY-MM-DD, today, tomorrow, +N, monday): ",
				"today");
	int first, last;
	if (!from)
		return UI_REDRAW;
	bool ok = calendar_parse_when(from, a->today, &first);
	if (!ok)
		app_error(a, "'%s' is not a day: give YYYY-MM-DD, today, tomorrow, +N or a "
			     "weekday",
			  from);
	free(from);
	if (!ok)
		return UI_REDRAW;
	char date[CALENDAR_DATE_LEN];
	char *to = app_prompt(a, "Last day of the pause: ", calendar_format(first, date));
	if (!to)
		return UI_REDRAW;
	ok = calendar_parse_when(to, a->today, &last) && last >= first;
	if (!ok)
		app_error(a, "'%s' is not a day on or after %s", to, date);
	free(to);
	if (!ok)
		return UI_REDRAW;
	int len = last - first + 1;
	wint_t ch = app_ask(a, NULL,
			    ui_fmt("Move what is left %d day%s later too? (y/n)", len,
				   len == 1 ? "" : "s"));
	bool shift = ch == 'y' || ch == 'Y';
	struct store_error err;
	if (act_pause(a->store, a->plan.id, first, last, shift, a->today, NULL, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	char end[CALENDAR_DATE_LEN];
	app_message(a, "Paused %s to %s%s (%s undoes it)", date, calendar_format(last, end),
		    shift ? ", what is left moved later" : "", keys_name(REQ_UNDO));
	return UI_RELOAD;
}

static int request_today(struct view *v, enum request req)
{
	struct today *t = v->data;
	struct app *a = v->app;
	const struct store_item *it = t && v->sel < t->next.n ? &t->next.v[v->sel] : NULL;
	switch (req) {
	case REQ_CHECKIN:
		return checkin(v);
	case REQ_CATCH_UP:
		return catch_up(v);
	case REQ_PAUSE:
		return pause(v);
	case REQ_REFLECT:
		/* the Week view, on the week the reminder is about */
		a->show_week = t && t->remind ? t->remind : calendar_week_first(a->today);
		a->show = REQ_VIEW_WEEK;
		return UI_RELOAD;
	case REQ_TICK:
		if (!it)
			return UI_REDRAW;
		return app_set_status(a, it->id, it->ref,
				      it->status == STORE_DONE ? STORE_TODO : STORE_DONE);
	case REQ_START:
		if (!it)
			return UI_REDRAW;
		return app_set_status(a, it->id, it->ref,
				      it->status == STORE_DOING ? STORE_TODO : STORE_DOING);
	case REQ_SKIP:
		if (!it)
			return UI_REDRAW;
		return app_set_status(a, it->id, it->ref,
				      it->status == STORE_SKIPPED ? STORE_TODO : STORE_SKIPPED);
	case REQ_LOG:
		if (!it)
			return UI_REDRAW;
		return app_log(a, it->id, ui_fmt("%d", it->ref));
	case REQ_CLOCK:
		if (!it)
			return UI_REDRAW;
		return app_clock(a, it->id, ui_fmt("%d", it->ref));
	case REQ_NOTE:
		if (!it)
			return UI_REDRAW;
		return app_edit_note(a, it->id);
	case REQ_HABIT_1:
	case REQ_HABIT_2:
	case REQ_HABIT_3:
	case REQ_HABIT_4:
	case REQ_HABIT_5:
	case REQ_HABIT_6:
	case REQ_HABIT_7: {
		size_t k = (size_t)(req - REQ_HABIT_1);
		if (!t || k >= t->nkeyed) {
			app_message(a, "No habit has the key %s today", keys_name(req));
			return UI_REDRAW;
		}
		const struct progress_habit *h = &t->habits.v[t->keyed[k]];
		return app_tick_habit(a, h->it.id, h->it.ref, h->it.title, h->facts.done_today);
	}
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key today_keys[] = {
	{ REQ_CHECKIN, NULL, NULL },
	{ REQ_TICK, "tick the task: done, or todo again", NULL },
	{ REQ_START, NULL, NULL },
	{ REQ_SKIP, NULL, NULL },
	{ REQ_LOG, NULL, NULL },
	{ REQ_NOTE, NULL, NULL },
	{ REQ_REFLECT, "the Week view, to reflect", NULL },
	{ REQ_CATCH_UP, NULL, NULL },
	{ REQ_PAUSE, NULL, NULL },
	{ REQ_CLOCK, NULL, NULL },
	{ REQ_HABIT_1, "tick a habit by its key (a, b, d...)", "habit" },
	{ REQ_NONE, NULL, NULL },
};

const struct view_ops view_today = {
	.name = "Today",
	.select = REQ_VIEW_TODAY,
	.open = open_today,
	.draw = draw_today,
	.request = request_today,
	.done = done_today,
	.keys = today_keys,
};
