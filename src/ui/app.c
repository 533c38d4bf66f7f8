/*
 * The app: the terminal, the main loop, the bars, help, the plan switcher,
 * prompts, the editor, and the changes a view asks for.
 *
 * Screen: row 0 the tab bar, then the view in front, then the status bar
 * (plan, date, % done, streak, phase) and the bottom line (a message, or
 * the view's key hints). Below 40x10 only "terminal too small" is drawn,
 * and the app waits for a bigger terminal.
 *
 * Every change goes to the store at once, in its own transaction (act.c),
 * so killing the terminal loses nothing. Nothing is printed while curses
 * owns the screen: problems go to the bottom line.
 */
#include "ui.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/clock.h"
#include "stride/config.h"
#include "stride/editor.h"
#include "stride/gitsync.h"
#include "stride/hooks.h"
#include "stride/session.h"
#include "stride/text.h"
#include "stride/ui.h"
#include "stride/util.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#define MIN_COLS 40
#define MIN_ROWS 10
/* How often, idle, the app looks at the store (changed by another process:
 * it loads again) and at the plan file (changed: a re-sync). */
#define TICK_MS 400

static const struct view_ops *const all_views[] = {
	&view_today, &view_timeline, &view_checklist, &view_week, &view_stats, &view_resources,
};
#define NVIEWS (sizeof(all_views) / sizeof(all_views[0]))

struct ui {
	struct app app;
	struct view views[NVIEWS];
	struct view welcome;
	size_t front;
	bool help;	 /* the help is shown, scrolled to help_top */
	int help_top, help_lines; /* help_lines: of the last drawn */
	bool empty; /* no plan in the store: the welcome screen */
	long long version; /* the store's data_version, last looked at */
	WINDOW *area; /* the view's part of the screen */
	long long offered; /* the plan last offered to start today */
};

static bool curses_on;

static void leave_curses(void)
{
	if (curses_on) {
		endwin();
		curses_on = false;
	}
}

/* ---- messages, prompts, the editor --------------------------------------------- */

void app_message(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->message, sizeof(a->message), fmt, ap);
	va_end(ap);
	a->message_is_error = false;
}

void app_error(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->message, sizeof(a->message), fmt, ap);
	va_end(ap);
	a->message_is_error = true;
}

static void draw(struct ui *u);

/* The columns the wide characters buf[from..n) take. */
static int wide_width(const wchar_t *buf, size_t from, size_t n)
{
	int w = 0;
	for (size_t i = from; i < n; i++) {
		int c = wcwidth(buf[i]);
		w += c > 0 ? c : 1;
	}
	return w;
}

char *app_prompt(struct app *a, const char *label, const char *initial)
{
	struct ui *u = (struct ui *)a; /* the app is the ui's first member */
	wchar_t buf[256];
	size_t n = initial ? mbstowcs(buf, initial, 255) : 0;
	if (n == (size_t)-1)
		n = 0;
	/* a suggested value goes when typing starts, stays when edited */
	bool fresh = n > 0;
	curs_set(1);
	timeout(-1);
	bool cancelled = false;
	for (;;) {
		int y = a->rows - 1;
		ui_fill(stdscr, y, 0, a->cols, A_NORMAL);
		int x = 1 + ui_text(stdscr, y, 1, a->cols - 13, label, ui_attr(UI_KEY));
		x += ui_text(stdscr, y, x, 1, " ", A_NORMAL);
		/* the end of what was typed, in view, whole characters only */
		int room = a->cols - x - 1;
		size_t from = 0;
		while (from < n && wide_width(buf, from, n) > room)
			from++;
		buf[n] = L'\0';
		char shown[1024];
		size_t len = wcstombs(shown, buf + from, sizeof(shown) - 1);
		shown[len == (size_t)-1 ? 0 : len] = '\0';
		int w = ui_text(stdscr, y, x, room, shown, fresh ? ui_attr(UI_DIM) : A_NORMAL);
		move(y, x + w);
		refresh();
		wint_t ch;
		int rc = get_wch(&ch);
		if (rc == ERR)
			continue;
		if (rc == KEY_CODE_YES) {
			if (ch == KEY_RESIZE) {
				/* everything again at the new size, then the prompt */
				draw(u);
				curs_set(1);
			} else if (ch == KEY_BACKSPACE && n) {
				n--;
				fresh = false;
			} else if (ch == KEY_ENTER) {
				break;
			}
			continue;
		}
		if (ch == 27) {
			cancelled = true;
			break;
		}
		if (ch == '\n' || ch == '\r')
			break;
		if ((ch == 127 || ch == 8) && n) {
			n--;
			fresh = false;
		} else if (ch == 21) { /* C-u */
			n = 0;
			fresh = false;
		} else if ((ch >= 0x20 && ch < 0x7F) || ch >= 0xA0) { /* no C1 control */
			if (fresh)
				n = 0;
			fresh = false;
			if (n < 255)
				buf[n++] = (wchar_t)ch;
		}
	}
	curs_set(0);
	timeout(TICK_MS);
	if (cancelled)
		return NULL;
	buf[n] = L'\0';
	char out[1024];
	size_t len = wcstombs(out, buf, sizeof(out) - 1);
	out[len == (size_t)-1 ? 0 : len] = '\0';
	return xstrdup(out);
}

int app_edit(struct app *a, const char *path)
{
	def_prog_mode();
	endwin();
	char why[256] = "";
	int rc = editor_run(path, why, sizeof(why));
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	if (rc < 0)
		app_error(a, "%s", why);
	return rc;
}

wint_t app_ask(struct app *a, const char *above, const char *question)
{
	struct ui *u = (struct ui *)a;
	timeout(-1);
	wint_t ch = 0;
	for (;;) {
		if (above) {
			ui_fill(stdscr, a->rows - 2, 0, a->cols, A_NORMAL);
			ui_text(stdscr, a->rows - 2, 1, a->cols - 2, above, ui_attr(UI_BEHIND));
		}
		ui_fill(stdscr, a->rows - 1, 0, a->cols, A_NORMAL);
		ui_text(stdscr, a->rows - 1, 1, a->cols - 2, question, ui_attr(UI_KEY));
		refresh();
		int rc = get_wch(&ch);
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE) {
			draw(u);
			continue;
		}
		if (rc == ERR || rc == KEY_CODE_YES)
			ch = 0;
		break;
	}
	timeout(TICK_MS);
	return ch;
}

/* ---- changes ---------------------------------------------------------------------- */

int app_set_status(struct app *a, long long item_id, int ref,
		   enum store_status st)
{
	struct store_error err;
	if (act_status(a->store, &item_id, 1, st, a->today, NULL, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	app_message(a, "%d is %s (%s undoes it)", ref, store_status_name(st), keys_name(REQ_UNDO));
	return UI_RELOAD;
}

int app_tick_habit(struct app *a, long long item_id, int ref, const char *title, bool ticked)
{
	struct store_error err;
	if (act_tick(a->store, &item_id, 1, a->today, !ticked, a->today, NULL, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	app_message(a, "%d %s: today's %s (u undoes it)", ref, title,
		    ticked ? "unticked" : "ticked");
	return UI_RELOAD;
}

bool app_parse_logged(struct app *a, const char *typed, int *minutes)
{
	if (calendar_parse_logged(typed, minutes))
		return true;
	app_error(a, "'%s' is not a duration like 30m, 1h15m or 1.5h (at most 24h): "
		     "nothing logged",
		  typed);
	return false;
}

int app_log(struct app *a, long long item_id, const char *what)
{
	char *label = xasprintf("Log time on %s (e.g. 30m, 1h15m):", what);
	char *text = app_prompt(a, label, NULL);
	free(label);
	if (!text || !*text) {
		free(text);
		app_message(a, "nothing logged");
		return UI_REDRAW;
	}
	int minutes;
	int ret = UI_REDRAW;
	struct store_error err;
	if (!app_parse_logged(a, text, &minutes))
		;
	else if (act_log(a->store, a->plan.id, item_id, minutes, a->today, NULL,
			 &err) < 0)
		app_error(a, "%s", err.msg);
	else {
		app_message(a, "logged %d min on %s", minutes, what);
		ret = UI_RELOAD;
	}
	free(text);
	return ret;
}

/* The running clock's minutes now, -1 past midnight. */
static long long clock_shows(const struct app *a)
{
	int day, second;
	char why[128];
	if (!a->clocking || !clock_now(&day, &second, why, sizeof(why)))
		return 0;
	if (clock_past_midnight(&a->clock, day))
		return -1;
	return clock_minutes(clock_elapsed(&a->clock, day, second));
}

int app_clock(struct app *a, long long item_id, const char *what)
{
	int day, second;
	char why[128];
	struct store_error err;
	struct act_clocked out;
	if (!clock_now(&day, &second, why, sizeof(why))) {
		app_error(a, "%s", why);
		return UI_REDRAW;
	}
	bool here = a->clocking && a->clock.item_id == item_id &&
		    a->clock.plan_id == a->plan.id;
	if (a->clocking && clock_past_midnight(&a->clock, day)) {
		char d[CALENDAR_DATE_LEN], at[8];
		char *label = xasprintf("The clock started %s %s ran past midnight: how much "
					"of it to log (e.g. 1h30m, 0 for none)?",
					calendar_format(a->clock.day, d),
					clock_format_hhmm(a->clock.second, at, sizeof(at)));
		char *text = app_prompt(a, label, NULL);
		free(label);
		int keep = 0;
		bool ok = text && *text &&
			  (!strcmp(text, "0") || app_parse_logged(a, text, &keep));
		if (text && !*text)
			app_message(a, "the clock runs on: nothing logged");
		else if (!text)
			app_message(a, "the clock runs on: nothing logged");
		free(text);
		if (!ok)
			return UI_REDRAW;
		if (act_clock_out(a->store, day, second, keep, &out, &err) < 0) {
			app_error(a, "%s", err.msg);
			return UI_REDRAW;
		}
		a->clocking = false;
		if (here) {
			app_message(a, "clocked out: %d min logged (u undoes it)", out.minutes);
			return UI_RELOAD;
		}
	} else if (here) {
		if (act_clock_out(a->store, day, second, -1, &out, &err) < 0) {
			app_error(a, "%s", err.msg);
			return UI_REDRAW;
		}
		app_message(a, "clocked out of %s: %d min logged (u undoes it)", what,
			    out.minutes);
		return UI_RELOAD;
	}
	if (act_clock_in(a->store, a->plan.id, item_id, NULL, day, second, &out, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_RELOAD;
	}
	if (out.stopped)
		app_message(a, "clocked in on %s (the clock before: %d min logged)", what,
			    out.minutes);
	else
		app_message(a, "clocked in on %s (I again: clock out)", what);
	return UI_RELOAD;
}

int app_edit_note(struct app *a, long long item_id)
{
	struct store_error err;
	struct store_item it;
	if (store_item_get(a->store, item_id, &it, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	char why[512];
	char *initial = it.note ? xasprintf("%s\n", it.note) : xstrdup("");
	char *path = editor_temp("note", initial, why, sizeof(why));
	free(initial);
	int ret = UI_REDRAW;
	if (!path) {
		app_error(a, "%s", why);
	} else {
		int rc = app_edit(a, path);
		bool refused = false;
		char *text = rc == 0 ? editor_read(path, &refused, why, sizeof(why)) : NULL;
		size_t len = text ? strlen(text) : 0;
		while (len && strchr(" \t\r\n", text[len - 1]))
			text[--len] = '\0';
		if (rc > 0)
			app_error(a, "the editor failed (exit status %d): nothing saved", rc);
		else if (rc < 0)
			; /* app_edit said why */
		else if (refused)
			app_error(a, "%s: a note is UTF-8 text without control characters "
				     "but tab and newline; nothing saved; your text is kept "
				     "in that file",
				  why);
		else if (!text)
			app_error(a, "%s", why);
		else if (!*text)
			app_message(a, "the note is empty: nothing saved");
		else if (it.note && !strcmp(text, it.note))
			app_message(a, "the note is unchanged");
		else if (act_note(a->store, item_id, text, a->today, &err) < 0)
			app_error(a, "%s", err.msg);
		else {
			app_message(a, "note saved on %d", it.ref);
			ret = UI_RELOAD;
		}
		free(text);
		if (!refused)
			unlink(path);
	}
	free(path);
	store_item_done(&it);
	return ret;
}

/* ---- the generic navigation ---------------------------------------------------------- */

int view_navigate(struct view *v, enum request req)
{
	size_t n = v->lines, page = v->list_rows > 1 ? (size_t)v->list_rows - 1 : 1;
	size_t at = v->ops->scrolls ? v->top : v->sel, last = n ? n - 1 : 0;
	if (v->ops->scrolls)
		last = n > (size_t)v->list_rows ? n - (size_t)v->list_rows : 0;
	switch (req) {
	case REQ_UP: at = at ? at - 1 : 0; break;
	case REQ_DOWN: at = at < last ? at + 1 : last; break;
	case REQ_PAGE_UP: at = at > page ? at - page : 0; break;
	case REQ_PAGE_DOWN: at = at + page < last ? at + page : last; break;
	case REQ_TOP: at = 0; break;
	case REQ_BOTTOM: at = last; break;
	case REQ_CLICK: {
		int y = v->app->click_y - v->list_y;
		if (v->ops->scrolls || y < 0 || y >= v->list_rows ||
		    v->top + (size_t)y >= n)
			return UI_HANDLED;
		at = v->top + (size_t)y;
		break;
	}
	default:
		return UI_UNHANDLED;
	}
	if (!n)
		return UI_HANDLED;
	if (v->ops->scrolls)
		v->top = at;
	else
		v->sel = at;
	if (v->ops->moved)
		v->ops->moved(v);
	return UI_REDRAW;
}

size_t view_scroll(struct view *v, int y, int rows)
{
	v->list_y = y;
	v->list_rows = rows > 0 ? rows : 0;
	size_t room = (size_t)v->list_rows;
	if (v->ops->scrolls) {
		size_t last = v->lines > room ? v->lines - room : 0;
		if (v->top > last)
			v->top = last;
		return v->top;
	}
	if (v->sel >= v->lines)
		v->sel = v->lines ? v->lines - 1 : 0;
	if (v->sel < v->top)
		v->top = v->sel;
	if (room && v->sel >= v->top + room)
		v->top = v->sel - room + 1;
	return v->top;
}

/* ---- loading ------------------------------------------------------------------------ */

static void close_views(struct ui *u)
{
	for (size_t i = 0; i < NVIEWS; i++) {
		if (u->views[i].loaded)
			u->views[i].ops->done(&u->views[i]);
		u->views[i].loaded = false;
	}
	if (u->welcome.loaded)
		u->welcome.ops->done(&u->welcome);
	u->welcome.loaded = false;
}

/* Reads the current plan and where it stands; the views load lazily. */
static void load(struct ui *u)
{
	struct app *a = &u->app;
	close_views(u);
	progress_done(&a->pr);
	store_plan_done(&a->plan);
	struct store_error err;
	u->empty = false;
	if (store_plan_current(a->store, &a->plan, &err) < 0) {
		if (err.code == STORE_ERR_NOTFOUND)
			u->empty = true;
		else
			app_error(a, "%s", err.msg);
		return;
	}
	if (progress_compute(a->store, &a->plan, a->today, &a->pr, &err) < 0)
		app_error(a, "%s", err.msg);
	if (gitsync_unsynced(a->store, &a->unsynced, &err) < 0)
		a->unsynced = -1;
	store_clock_done(&a->clock);
	if (store_clock_get(a->store, &a->clock, &a->clocking, &err) < 0)
		a->clocking = false;
	a->clock_shown = clock_shows(a);
}

static struct view *front(struct ui *u)
{
	struct view *v = u->empty ? &u->welcome : &u->views[u->front];
	if (!v->loaded) {
		v->loaded = true;
		if (v->ops->open(v) < 0)
			v->loaded = false;
	}
	return v;
}

int app_start_today(struct app *a, long long plan_id, const char *done)
{
	int was;
	struct store_error err;
	int rc = session_start_plan(a->store, plan_id, a->today, a->today, &was, &err);
	if (rc < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	struct store_plan p;
	char moved[160];
	if (rc == 0 && store_plan_by_id(a->store, plan_id, &p, &err) == 0) {
		const char *how = progress_moved_text(&p, moved, sizeof(moved));
		app_message(a, "%s%s (%s undoes it)", done, how ? how : "started today", keys_name(REQ_UNDO));
		store_plan_done(&p);
	}
	return UI_RELOAD;
}

/* S: stride sync, as the command does it; what it did on the bottom
 * line. */
static int sync_now(struct app *a)
{
	long long n;
	struct store_error err;
	if (gitsync_unsynced(a->store, &n, &err) == 0 && n < 0) {
		app_message(a, "No sync repository yet: 'stride sync --init REPO' in a shell "
			       "(see 'man stride', sync)");
		return UI_REDRAW;
	}
	struct gitsync_report rep = { 0 };
	if (session_sync(a->store, NULL, NULL, &rep, &err) < 0) {
		app_error(a, "%s", err.msg);
		gitsync_report_done(&rep);
		return UI_RELOAD;
	}
	if (rep.nfaults)
		app_error(a, "synced; %s:%ld: %s (the rest taken in)", rep.faults[0].file,
			  rep.faults[0].line, rep.faults[0].why);
	else if (rep.offline)
		app_message(a, "synced here; the remote cannot be reached: the next sync pushes");
	else
		app_message(a, "synced: %zu change%s from %zu other device%s%s",
			    rep.applied.events_added, rep.applied.events_added == 1 ? "" : "s",
			    rep.devices, rep.devices == 1 ? "" : "s",
			    rep.pushed ? ", yours pushed" : "");
	gitsync_report_done(&rep);
	return UI_RELOAD;
}

/* A template opened (progress_is_template): offers, once a plan a run, to
 * start it today. Returns whether it asked. */
static bool offer_start(struct ui *u)
{
	struct app *a = &u->app;
	if (u->empty || !a->plan.id || u->offered == a->plan.id ||
	    a->cols < MIN_COLS || a->rows < MIN_ROWS ||
	    !progress_is_template(&a->plan, &a->pr))
		return false;
	u->offered = a->plan.id;
	char text[96];
	wint_t ch = app_ask(a, NULL,
			    ui_fmt("This plan %s. Start it today? (y/n)",
				   progress_template_text(&a->plan, &a->pr, text, sizeof(text))));
	if (ch == 'y' || ch == 'Y') {
		if (app_start_today(a, a->plan.id, "") & UI_RELOAD)
			load(u);
	} else {
		app_message(a, "Not moved: 'stride start %s DATE' runs it from a day you choose",
			    a->plan.slug);
	}
	return true;
}

/* ---- drawing --------------------------------------------------------------------------- */

/* A view's tab: its key and name, or its key alone in a compact bar. */
static const char *tab_label(const struct ui *u, size_t i, bool compact)
{
	const struct view_ops *ops = all_views[i];
	return !compact || i == u->front ? ui_fmt(" %s %s ", keys_name(ops->select), ops->name)
					 : ui_fmt(" %s ", keys_name(ops->select));
}

/* Whether every tab's name does not fit: then only the front view's
 * name is beside the keys. */
static bool tabs_compact(const struct ui *u)
{
	int need = ui_text_width(" stride ");
	for (size_t i = 0; i < NVIEWS; i++)
		need += ui_text_width(tab_label(u, i, false));
	return need > u->app.cols;
}

static void draw_tabs(struct ui *u)
{
	struct app *a = &u->app;
	ui_fill(stdscr, 0, 0, a->cols, ui_attr(UI_BAR));
	int x = ui_text(stdscr, 0, 0, a->cols, " stride ", ui_attr(UI_BAR) | A_BOLD);
	if (u->empty)
		return;
	bool compact = tabs_compact(u);
	for (size_t i = 0; i < NVIEWS && x < a->cols; i++)
		x += ui_text(stdscr, 0, x, a->cols - x, tab_label(u, i, compact),
			     i == u->front ? ui_attr(UI_TAB) : ui_attr(UI_BAR));
	/* what the view in front shows, at the right end */
	struct view *v = &u->views[u->front];
	const char *badge = v->loaded && v->ops->badge ? v->ops->badge(v) : NULL;
	if (badge) {
		const char *text = ui_fmt(" %s ", badge);
		int w = ui_text_width(text);
		if (x + w < a->cols)
			ui_text(stdscr, 0, a->cols - w, w, text, ui_attr(UI_TAB));
	}
}

static void draw_status(struct ui *u)
{
	struct app *a = &u->app;
	int y = a->rows - 2;
	attr_t bar = ui_attr(UI_BAR);
	ui_fill(stdscr, y, 0, a->cols, bar);
	char date[CALENDAR_DATE_LEN];
	calendar_format(a->today, date);
	if (u->empty) {
		ui_text(stdscr, y, 1, a->cols - 1, date, bar);
		return;
	}
	const struct progress *pr = &a->pr;
	const char *sep = ui_glyph_sep();
	/* the right side first: the figures must not be cut */
	char clock[40] = "", m[24];
	if (a->clocking && a->clock_shown < 0)
		snprintf(clock, sizeof(clock), "clock: past midnight%s", sep);
	else if (a->clocking)
		snprintf(clock, sizeof(clock), "clock %s%s",
			 clock_format_minutes(a->clock_shown, m, sizeof(m)), sep);
	const char *right = ui_fmt("%s%s%s%s%d%% done%sstreak %d ", clock,
				   a->unsynced > 0 ? ui_fmt("%lld to sync%s", a->unsynced, sep) : "",
				   date, sep, pr->percent, sep, pr->streak);
	int rw = ui_text_width(right);
	if (rw < a->cols - 10)
		ui_text(stdscr, y, a->cols - rw, rw, right, bar);
	else
		rw = 0;
	char ended[96];
	/* where the plan stands, after its title; an ended plan's or one
	 * still to begin drops the title when the two do not fit (that is
	 * what the line is there to say) */
	const char *where = pr->ended ? progress_ended_text(&a->plan, pr, ended, sizeof(ended))
			    : pr->starts_in == 1 ? "starts tomorrow"
			    : pr->starts_in	 ? ui_fmt("starts in %d days", pr->starts_in)
			    : pr->phase.id ? ui_fmt("phase %d of %d: %s", pr->phase_number,
						    pr->phase_count, pr->phase.title)
					   : NULL;
	const char *left = where ? ui_fmt(" %s%s%s", a->plan.title, sep, where)
				 : ui_fmt(" %s", a->plan.title);
	if ((pr->ended || pr->starts_in) && ui_text_width(left) > a->cols - rw - 1)
		left = ui_fmt(" %s", where);
	ui_text(stdscr, y, 0, a->cols - rw - 1, left, bar | A_BOLD);
}

static const char *key_help(const struct view_key *k)
{
	return k->help ? k->help : keys_help(k->req);
}

static const char *key_hint(const struct view_key *k)
{
	return k->hint ? k->hint : keys_hint(k->req);
}

/* The bottom line: a message, or the view's first keys that fit whole,
 * with help and quit always at the end. */
static void draw_bottom(struct ui *u, struct view *v)
{
	struct app *a = &u->app;
	int y = a->rows - 1;
	ui_fill(stdscr, y, 0, a->cols, A_NORMAL);
	if (a->message[0]) {
		ui_text(stdscr, y, 1, a->cols - 1, a->message,
			a->message_is_error ? ui_attr(UI_BEHIND) : A_NORMAL);
		return;
	}
	const char *tail = ui_fmt("%s %s  %s %s", keys_name(REQ_HELP),
				  keys_hint(REQ_HELP), keys_name(REQ_QUIT),
				  keys_hint(REQ_QUIT));
	int room = a->cols - 2 - ui_text_width(tail) - 3;
	int x = 1;
	for (const struct view_key *k = v->ops->keys; k && k->req; k++) {
		const char *name = keys_name(k->req);
		const char *hint = key_hint(k);
		if (!*hint)
			continue; /* named with its pair */
		if (k[1].req && k[1].hint && !*k[1].hint)
			name = ui_fmt("%s/%s", name, keys_name(k[1].req));
		int w = ui_text_width(name) + 1 + ui_text_width(hint) + 3;
		if (x - 1 + w > room)
			break;
		x += ui_text(stdscr, y, x, a->cols - x, name, ui_attr(UI_KEY));
		x += ui_text(stdscr, y, x, a->cols - x, ui_fmt(" %s   ", hint), A_NORMAL);
	}
	x += ui_text(stdscr, y, x, a->cols - x, keys_name(REQ_HELP), ui_attr(UI_KEY));
	x += ui_text(stdscr, y, x, a->cols - x, ui_fmt(" %s   ", keys_hint(REQ_HELP)),
		     A_NORMAL);
	x += ui_text(stdscr, y, x, a->cols - x, keys_name(REQ_QUIT), ui_attr(UI_KEY));
	ui_text(stdscr, y, x, a->cols - x, ui_fmt(" %s", keys_hint(REQ_QUIT)), A_NORMAL);
}

/* The rows the help's lines have: the view's area less its title and
 * footer. */
static int help_room(const struct app *a)
{
	return a->rows - 6 > 1 ? a->rows - 6 : 1;
}

/* The help: the view's keys, then the keys that work everywhere; side by
 * side when the terminal is wide enough (the helps are at most 36
 * columns). Taller than the screen, it scrolls (help_scroll). */
static void draw_help(struct ui *u, struct view *v)
{
	struct app *a = &u->app;
	WINDOW *w = u->area;
	werase(w);
	int rows = a->rows - 3;
	static const struct view_key everywhere[] = {
		{ REQ_VIEW_TODAY, NULL, NULL }, { REQ_VIEW_TIMELINE, NULL, NULL },
		{ REQ_VIEW_CHECKLIST, NULL, NULL },
		{ REQ_VIEW_WEEK, NULL, NULL }, { REQ_VIEW_STATS, NULL, NULL },
		{ REQ_VIEW_RESOURCES, NULL, NULL },
		{ REQ_NEXT_VIEW, NULL, NULL },	{ REQ_PREV_VIEW, NULL, NULL },
		{ REQ_PLAN, NULL, NULL },	{ REQ_UNDO, NULL, NULL },
		{ REQ_REDO, NULL, NULL },
		{ REQ_UP, NULL, NULL },		{ REQ_DOWN, NULL, NULL },
		{ REQ_PAGE_UP, NULL, NULL },	{ REQ_PAGE_DOWN, NULL, NULL },
		{ REQ_TOP, NULL, NULL },	{ REQ_BOTTOM, NULL, NULL },
		{ REQ_REDRAW, NULL, NULL },	{ REQ_HELP, NULL, NULL },
		{ REQ_QUIT, NULL, NULL },	{ REQ_NONE, NULL, NULL },
	};
	/* a view alone (the welcome) has only the keys that mean something */
	static const struct view_key alone[] = {
		{ REQ_REDRAW, NULL, NULL }, { REQ_HELP, NULL, NULL },
		{ REQ_QUIT, NULL, NULL },   { REQ_NONE, NULL, NULL },
	};
	const struct view_key *lists[2] = { v->ops->keys,
					    v->ops->alone ? alone : everywhere };
	const char *heads[2] = { v->ops->name, "Everywhere" };
	bool two = a->cols >= 2 * (12 + 36 + 1);
	int colw = two ? a->cols / 2 : a->cols;
	/* the lines of the page, below its title: in one column the second
	 * list follows the first after a blank line */
	int len[2] = { 0, 0 };
	for (int l = 0; l < 2; l++)
		for (const struct view_key *k = lists[l]; k && k->req; k++)
			len[l] += 1 + (k == lists[l]); /* and the heading */
	int lines = two ? (len[0] > len[1] ? len[0] : len[1])
			: len[0] + (len[0] && len[1]) + len[1];
	int room = help_room(a);
	u->help_lines = lines;
	if (u->help_top > lines - room)
		u->help_top = lines - room > 0 ? lines - room : 0;
	bool scrolls = lines > room;
	ui_text(w, 0, 1, a->cols - 2,
		scrolls ? "Keys (j/k, PgUp/PgDn scroll; any other key closes this help)"
			: "Keys (any key closes this help)",
		ui_attr(UI_TITLE));
	for (int l = 0; l < 2; l++) {
		int line = two || l == 0 ? 0 : len[0] + (len[0] > 0);
		int x0 = two && l == 1 ? colw : 0;
		for (const struct view_key *k = lists[l]; k && k->req; k++) {
			if (k == lists[l]) {
				int y = 2 + line++ - u->help_top;
				if (y >= 2 && y < 2 + room)
					ui_text(w, y, x0 + 1, colw - 2, heads[l], A_BOLD);
			}
			int y = 2 + line++ - u->help_top;
			if (y < 2 || y >= 2 + room)
				continue;
			ui_text(w, y, x0 + 3, 8, keys_name(k->req), ui_attr(UI_KEY));
			ui_text(w, y, x0 + 12, colw - 13, key_help(k), A_NORMAL);
		}
	}
	if (scrolls) {
		int below = lines - room - u->help_top;
		ui_text(w, rows - 1, 1, a->cols - 2,
			below > 0 ? ui_fmt("%s %d more", ui_utf8() ? "\xe2\x86\x93" : "v", below)
				  : "(the end)",
			ui_attr(UI_DIM));
	}
}

/* A key while the help is shown: when it is taller than the screen, the
 * moving ones scroll it (true); any other key closes it. */
static bool help_scroll(struct ui *u, enum request req)
{
	int room = help_room(&u->app);
	if (u->help_lines <= room)
		return false;
	int last = u->help_lines - room;
	int top = u->help_top;
	switch (req) {
	case REQ_UP: top--; break;
	case REQ_DOWN: top++; break;
	case REQ_PAGE_UP: top -= room > 1 ? room - 1 : 1; break;
	case REQ_PAGE_DOWN: top += room > 1 ? room - 1 : 1; break;
	case REQ_TOP: top = 0; break;
	case REQ_BOTTOM: top = last; break;
	default: return false;
	}
	u->help_top = top < 0 ? 0 : top > last ? last : top;
	return true;
}

static void draw(struct ui *u)
{
	struct app *a = &u->app;
	getmaxyx(stdscr, a->rows, a->cols);
	erase();
	if (a->cols < MIN_COLS || a->rows < MIN_ROWS) {
		/* on one line if it fits, else on two */
		const char *one = ui_fmt("terminal too small (need %dx%d)", MIN_COLS, MIN_ROWS);
		const char *lines[2] = { one, NULL };
		if (ui_text_width(one) > a->cols) {
			lines[0] = "terminal too small";
			lines[1] = ui_fmt("(need %dx%d)", MIN_COLS, MIN_ROWS);
		}
		int y = a->rows / 2 - (lines[1] ? 1 : 0);
		for (int i = 0; i < 2 && lines[i]; i++, y++) {
			int w = ui_text_width(lines[i]);
			int x = a->cols > w ? (a->cols - w) / 2 : 0;
			ui_text(stdscr, y < 0 ? 0 : y, x, a->cols, lines[i], A_BOLD);
		}
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	if (u->area)
		delwin(u->area);
	u->area = derwin(stdscr, a->rows - 3, a->cols, 1, 0);
	struct view *v = front(u);
	draw_tabs(u);
	draw_status(u);
	draw_bottom(u, v);
	wnoutrefresh(stdscr);
	if (u->help)
		draw_help(u, v);
	else if (v->loaded)
		v->ops->draw(v, u->area, a->rows - 3, a->cols);
	wnoutrefresh(u->area);
	doupdate();
}

/* ---- the plan switcher ------------------------------------------------------------------ */

struct plan_list {
	char **slugs, **titles;
	size_t n, cap;
};

static int keep_plan(const struct store_plan *p, void *ctx)
{
	struct plan_list *l = ctx;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->slugs = xrealloc(l->slugs, l->cap * sizeof(*l->slugs));
		l->titles = xrealloc(l->titles, l->cap * sizeof(*l->titles));
	}
	l->slugs[l->n] = xstrdup(p->slug);
	l->titles[l->n++] = xstrdup(p->title);
	return 0;
}

/* A list of the plans over the view; Enter makes the one chosen current. */
static int switch_plan(struct ui *u)
{
	struct app *a = &u->app;
	struct plan_list l = { 0 };
	struct store_error err;
	if (store_plans(a->store, keep_plan, &l, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	size_t sel = 0;
	int ret = UI_REDRAW;
	int slug_w = 0;
	for (size_t i = 0; i < l.n; i++)
		if (ui_text_width(l.slugs[i]) > slug_w)
			slug_w = ui_text_width(l.slugs[i]);
	if (slug_w > a->cols / 3)
		slug_w = a->cols / 3;
	timeout(-1);
	for (bool done = false; !done;) {
		WINDOW *w = u->area;
		werase(w);
		ui_text(w, 0, 1, a->cols - 2,
			ui_fmt("Switch to a plan (%s: switch, %s: stay)", keys_name(REQ_ENTER),
			       keys_name(REQ_CANCEL)),
			ui_attr(UI_TITLE));
		for (size_t i = 0; i < l.n && (int)i + 2 < a->rows - 3; i++) {
			attr_t at = i == sel ? ui_attr(UI_SELECTED) : A_NORMAL;
			ui_fill(w, (int)i + 2, 0, a->cols, at);
			ui_text(w, (int)i + 2, 2, slug_w, l.slugs[i], at | A_BOLD);
			ui_text(w, (int)i + 2, slug_w + 5, a->cols - slug_w - 6,
				l.titles[i], at);
		}
		wnoutrefresh(w);
		doupdate();
		wint_t ch;
		int rc = get_wch(&ch);
		switch (keys_request(rc, ch)) {
		case REQ_UP: sel = sel ? sel - 1 : 0; break;
		case REQ_DOWN: sel = sel + 1 < l.n ? sel + 1 : sel; break;
		case REQ_ENTER: {
			struct store_plan p;
			if (store_plan_get(a->store, l.slugs[sel], &p, &err) == 0) {
				if (act_use(a->store, p.id, &err) < 0) {
					app_error(a, "%s", err.msg);
				} else {
					struct store_plan now;
					bool took = store_plan_current(a->store, &now, &err) == 0 &&
						    now.id == p.id;
					if (took)
						app_message(a, "now on %s", p.slug);
					else
						app_error(a, "could not switch to %s", p.slug);
					store_plan_done(&now);
					ret = UI_RELOAD;
				}
				store_plan_done(&p);
			}
			done = true;
			break;
		}
		case REQ_CANCEL:
		case REQ_QUIT:
		case REQ_PLAN:
			done = true;
			break;
		default:
			break;
		}
	}
	timeout(TICK_MS);
	for (size_t i = 0; i < l.n; i++) {
		free(l.slugs[i]);
		free(l.titles[i]);
	}
	free(l.slugs);
	free(l.titles);
	return ret;
}

/* ---- requests the app handles ------------------------------------------------------------- */

struct undone {
	int n;
	char what[200];
};

static int note_undone(const struct store_event *ev, void *ctx)
{
	struct undone *u = ctx;
	if (!u->n++)
		snprintf(u->what, sizeof(u->what), "%s",
			 ev->type == STORE_EV_STATUS   ? "a status change"
			 : ev->type == STORE_EV_LOG    ? "a time log"
			 : ev->type == STORE_EV_RATING ? "a rating"
			 : ev->type == STORE_EV_MOVE   ? "a move of the plan's dates"
			 : ev->type == STORE_EV_PAUSE  ? "a pause"
			 : ev->type == STORE_EV_ADOPT  ? "an adopt"
			 : ev->type == STORE_EV_UNLOG  ? "a time entry's removal"
			 : ev->type == STORE_EV_DELIVER ? "links and lessons"
			 : ev->type == STORE_EV_TICK   ? "a habit's tick"
						       : "a note");
	return 0;
}

static int app_request(struct ui *u, enum request req)
{
	struct app *a = &u->app;
	if (u->empty && req != REQ_QUIT && req != REQ_HELP && req != REQ_REDRAW)
		return UI_HANDLED; /* the welcome stands alone */
	switch (req) {
	case REQ_QUIT:
		return UI_QUIT;
	case REQ_HELP:
		u->help = true;
		u->help_top = 0;
		return UI_REDRAW;
	case REQ_NEXT_VIEW:
		u->front = (u->front + 1) % NVIEWS;
		return UI_REDRAW;
	case REQ_PREV_VIEW:
		u->front = (u->front + NVIEWS - 1) % NVIEWS;
		return UI_REDRAW;
	case REQ_PLAN:
		return u->empty ? UI_HANDLED : switch_plan(u);
	case REQ_UNDO: {
		struct undone un = { 0 };
		struct store_error err;
		if (session_undo(a->store, a->today, note_undone, &un, &err) < 0) {
			if (err.code == STORE_ERR_NOTFOUND)
				app_message(a, "nothing to undo");
			else
				app_error(a, "%s", err.msg);
			return UI_REDRAW;
		}
		app_message(a, "undid %s%s (U redoes it)", un.what,
			    un.n > 1 ? ui_fmt(" and %d more", un.n - 1) : "");
		return UI_RELOAD;
	}
	case REQ_REDO: {
		struct undone un = { 0 };
		struct store_error err;
		if (session_redo(a->store, note_undone, &un, &err) < 0) {
			if (err.code == STORE_ERR_NOTFOUND)
				app_message(a, "%s", err.msg);
			else
				app_error(a, "%s", err.msg);
			return UI_REDRAW;
		}
		app_message(a, "redid %s%s", un.what,
			    un.n > 1 ? ui_fmt(" and %d more", un.n - 1) : "");
		return UI_RELOAD;
	}
	case REQ_REDRAW:
		clearok(curscr, TRUE);
		return UI_REDRAW;
	case REQ_SYNC:
		return sync_now(a);
	default:
		for (size_t i = 0; i < NVIEWS; i++) {
			if (all_views[i]->select == req) {
				u->front = i;
				return UI_REDRAW;
			}
		}
		return UI_HANDLED;
	}
}

/* ---- the loop -------------------------------------------------------------------------------- */

/* Looks at the plan files and the date, as every command does. */
static int tick(struct ui *u)
{
	struct app *a = &u->app;
	int today;
	int flags = 0;
	long long version;
	struct store_error err;
	if (store_data_version(a->store, &version, &err) == 0 && version != u->version) {
		u->version = version;
		flags |= UI_RELOAD; /* another stride (a shell, a sync) changed it */
	}
	char why[128];
	if (!getenv("STRIDE_TODAY") && session_today(&today, why, sizeof(why)) &&
	    today != a->today) {
		a->today = today;
		flags |= UI_RELOAD;
	}
	/* the running clock's minutes on the status bar */
	if (a->clocking && clock_shows(a) != a->clock_shown) {
		a->clock_shown = clock_shows(a);
		flags |= UI_REDRAW;
	}
	/* the plan files: what a re-sync did goes to the status line */
	struct session_files synced = { 0 };
	int rc = session_resync(a->store, 0, NULL, 0, &synced, &err);
	for (size_t i = 0; i < synced.n; i++) {
		const struct session_file *f = &synced.v[i];
		char line[512];
		session_file_summary(f, line, sizeof(line));
		if (f->what == SESSION_SYNCED) {
			app_message(a, "%s", line);
			flags |= UI_RELOAD;
		} else {
			app_error(a, "%s", line);
			flags |= UI_REDRAW;
		}
	}
	if (rc < 0 && !synced.n) {
		app_error(a, "%s", err.msg);
		flags |= UI_REDRAW;
	}
	session_files_done(&synced);
	return flags;
}

static void mouse(struct ui *u, enum request *req)
{
	MEVENT ev;
	*req = REQ_NONE;
	if (getmouse(&ev) != OK)
		return;
	u->app.click_y = ev.y - 1;
	u->app.click_x = ev.x;
	if (ev.bstate & BUTTON4_PRESSED) {
		*req = REQ_UP;
#ifdef BUTTON5_PRESSED
	} else if (ev.bstate & BUTTON5_PRESSED) {
		*req = REQ_DOWN;
#endif
	} else if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))) {
		return;
	} else if (ev.y == 0 && !u->empty) {
		/* a tab: the same widths as draw_tabs */
		int x = ui_text_width(" stride ");
		bool compact = tabs_compact(u);
		for (size_t i = 0; i < NVIEWS; i++) {
			int w = ui_text_width(tab_label(u, i, compact));
			if (ev.x >= x && ev.x < x + w)
				*req = all_views[i]->select;
			x += w;
		}
	} else if (ev.y >= 1 && ev.y <= u->app.rows - 3) {
		*req = REQ_CLICK;
	}
}

/* After a hangup (with SIGHUP ignored, as under nohup) every read fails
 * at once: the terminal is gone, and there is no one to draw for. */
static bool terminal_gone(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	return poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

static void oom_hook(void)
{
	leave_curses();
}

/* A hook's trouble (stride/hooks.h): kept for the status line, as the
 * request that ran the hook will set its own message first. */
static void hook_report(const char *msg, void *ctx)
{
	struct app *a = ctx;
	snprintf(a->hook_message, sizeof(a->hook_message), "%s", msg);
}

/* Shows the hook's trouble, if any, over what the request said. */
static void show_hook_message(struct app *a)
{
	if (!a->hook_message[0])
		return;
	app_error(a, "%s", a->hook_message);
	a->hook_message[0] = '\0';
}

int ui_run(struct store *s, int today, const char *message)
{
	const char *codeset = nl_langinfo(CODESET);
	bool utf8 = codeset && (!strcmp(codeset, "UTF-8") || !strcmp(codeset, "utf8"));

	struct ui *u = xcalloc(1, sizeof(*u));
	struct app *a = &u->app;
	a->store = s;
	a->today = today;
	for (size_t i = 0; i < NVIEWS; i++)
		u->views[i] = (struct view){ .ops = all_views[i], .app = a };
	u->welcome = (struct view){ .ops = &view_welcome, .app = a };

	util_set_oom_hook(oom_hook);
	/* newterm, not initscr: a failure is ours to report */
	SCREEN *screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		text_fputs("stride: cannot start the terminal screen: check TERM\n", stderr);
		util_set_oom_hook(NULL);
		free(u);
		return 1; /* a runtime failure (stride.1) */
	}
	curses_on = true;
	hooks_set_report(hook_report, a);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
			  | BUTTON5_PRESSED
#endif
		  ,
		  NULL);
	mouseinterval(0);
	timeout(TICK_MS);
	ui_draw_init(utf8, config_current());
	keys_init(config_current());
	struct store_error verr;
	if (store_data_version(s, &u->version, &verr) < 0)
		u->version = -1;
	load(u);
	if (message)
		app_message(a, "%s", message);

	bool dirty = true;
	while (!a->quit) {
		if (dirty)
			draw(u);
		dirty = false;
		if (offer_start(u)) {
			dirty = true;
			continue;
		}
		wint_t ch;
		int rc = get_wch(&ch);
		if (terminal_gone())
			break;
		if (rc == ERR) {
			int flags = tick(u);
			if (flags & UI_RELOAD)
				load(u);
			dirty = flags != 0;
			continue;
		}
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE) {
			dirty = true;
			continue;
		}
		enum request req = keys_request(rc, ch);
		if (req == REQ_CLICK)
			mouse(u, &req);
		a->message[0] = '\0';
		dirty = true;
		if (u->help) {
			/* the moving keys scroll the help, any other closes it */
			if (help_scroll(u, req))
				continue;
			u->help = false;
			if (req != REQ_QUIT)
				continue;
		}
		if (a->cols < MIN_COLS || a->rows < MIN_ROWS) {
			if (req == REQ_QUIT)
				break;
			continue;
		}
		struct view *v = front(u);
		enum request plain = req;
		if (v->ops->digits && keys_digit(rc, ch, &a->digit))
			req = REQ_DIGIT;
		int flags = v->loaded && v->ops->request ? v->ops->request(v, req)
							 : UI_UNHANDLED;
		if ((flags & UI_UNHANDLED) && v->loaded)
			flags = view_navigate(v, req);
		if (flags & UI_UNHANDLED)
			flags = app_request(u, plain);
		if (flags & UI_QUIT)
			break;
		if (a->show) {
			app_request(u, a->show);
			a->show = REQ_NONE;
		}
		if (flags & UI_RELOAD)
			load(u);
		show_hook_message(a);
	}
	close_views(u);
	for (size_t i = 0; i < NVIEWS; i++)
		if (u->views[i].ops->forget)
			u->views[i].ops->forget(&u->views[i]);
	if (u->area)
		delwin(u->area);
	leave_curses();
	delscreen(screen);
	util_set_oom_hook(NULL);
	hooks_set_report(NULL, NULL);
	progress_done(&a->pr);
	store_plan_done(&a->plan);
	store_clock_done(&a->clock);
	free(u);
	return 0;
}
