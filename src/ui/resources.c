/*
 * Resources: the plan's library (its resources, then those declared in
 * its phases, week blocks and tasks), a row each: the person's status
 * mark, title, kind, author, rating in stars and where the plan uses it.
 * Space cycles the status (todo, doing, done, todo), a digit 1 to 5 rates
 * (0 takes the rating away), 'e' edits the note in $EDITOR, 'o' opens the
 * url with xdg-open (open on macOS), Enter shows the details (url, notes,
 * every item that uses it), 'f' shows the archived ones too.
 *
 * The url opener runs detached: in a session of its own, its input and
 * output on /dev/null, reaped at once (a double fork), so that nothing it
 * does reaches the screen and no zombie is left. It is found on PATH and
 * run without a shell; only http and https addresses are handed to it.
 */
#include "ui.h"

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/library.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* What survives a reload (v->state). */
struct resources_state {
	long long plan_id;
	long long sel_id;
	bool details, archived;
};

/* What open() loaded (v->data); the cursor (v->sel) is over lib. */
struct resources {
	struct resources_state *st;
	struct library lib;
};

static struct library_entry *selected(struct view *v)
{
	struct resources *r = v->data;
	return v->sel < r->lib.n ? &r->lib.v[v->sel] : NULL;
}

static void done_resources(struct view *v);

static int open_resources(struct view *v)
{
	struct app *a = v->app;
	struct resources_state *st = v->state;
	if (!st)
		st = v->state = xcalloc(1, sizeof(*st));
	if (st->plan_id != a->plan.id) {
		memset(st, 0, sizeof(*st));
		st->plan_id = a->plan.id;
	}
	struct resources *r = xcalloc(1, sizeof(*r));
	r->st = st;
	v->data = r;
	struct store_error err;
	if (library_load(a->store, a->plan.id, st->archived, &r->lib, &err) < 0) {
		app_error(a, "%s", err.msg);
		done_resources(v);
		return -1;
	}
	v->lines = r->lib.n;
	v->sel = 0;
	for (size_t i = 0; i < r->lib.n; i++)
		if (r->lib.v[i].it.id == st->sel_id)
			v->sel = i;
	return 0;
}

/* After the generic navigation: the resource to come back to. */
static void moved_resources(struct view *v)
{
	struct library_entry *e = selected(v);
	((struct resources *)v->data)->st->sel_id = e ? e->it.id : 0;
}

static void forget_resources(struct view *v)
{
	free(v->state);
	v->state = NULL;
}

static void done_resources(struct view *v)
{
	struct resources *r = v->data;
	if (!r)
		return;
	library_done(&r->lib);
	free(r);
	v->data = NULL;
}

/* ---- drawing ------------------------------------------------------------------ */

/* The columns of a row: the mark at 1, then the title, kind, author,
 * rating and (when there is room) where it is used. */
struct columns {
	int title, kind, by, rating, used; /* x of each; used 0: none */
	int title_w, by_w, used_w;
};

#define KIND_W 8   /* "practice" */
#define RATING_W 5 /* five stars */

static struct columns layout(int cols)
{
	struct columns c = { .title = 5 };
	int flexible = cols - c.title - 1 - (KIND_W + 2) - (RATING_W + 2);
	if (flexible >= 70) {
		c.title_w = flexible * 50 / 100 < 60 ? flexible * 50 / 100 : 60;
		c.by_w = flexible * 21 / 100 < 28 ? flexible * 21 / 100 : 28;
		c.used_w = flexible - c.title_w - c.by_w - 4;
	} else {
		c.title_w = flexible * 65 / 100;
		c.by_w = flexible - c.title_w - 2;
		c.used_w = 0;
	}
	c.kind = c.title + c.title_w + 2;
	c.by = c.kind + KIND_W + 2;
	c.rating = c.by + c.by_w + 2;
	c.used = c.used_w > 0 ? c.rating + RATING_W + 2 : 0;
	return c;
}

static const char *stars(int rating)
{
	static char buf[32];
	buf[0] = '\0';
	for (int k = 1; k <= 5; k++)
		strcat(buf, ui_utf8() ? (k <= rating ? "\xe2\x98\x85" : "\xe2\x98\x86")
				      : (k <= rating ? "*" : "."));
	return buf;
}

/* "Storage engines, Read chapter 3" (ui_fmt's buffer). */
static const char *uses_text(const struct library_entry *e)
{
	if (e->it.archived)
		return "archived";
	if (!e->nuses)
		return "not used";
	char buf[512];
	size_t o = 0;
	for (size_t k = 0; k < e->nuses && o < sizeof(buf) - 1; k++)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%s", k ? ", " : "",
				      e->uses[k].title);
	return ui_fmt("%s", buf);
}

static void draw_row(WINDOW *w, int y, int cols, const struct columns *c,
		     const struct library_entry *e, bool sel)
{
	const struct store_item *it = &e->it;
	attr_t base = sel ? ui_attr(UI_SELECTED) : A_NORMAL;
	attr_t dim = base | ui_attr(UI_DIM);
	ui_fill(w, y, 0, cols, base);
	ui_text(w, y, 1, 3, ui_box(it->status), base | ui_attr(ui_status_role(it->status)));
	ui_text(w, y, c->title, c->title_w, it->title, it->archived ? dim : base);
	const char *kind = library_kind(it);
	if (kind)
		ui_text(w, y, c->kind, KIND_W, kind, dim);
	if (it->by)
		ui_text(w, y, c->by, c->by_w, it->by, it->archived ? dim : base);
	ui_text(w, y, c->rating, RATING_W, stars(it->rating),
		it->rating ? base | ui_attr(UI_GOOD) : dim);
	if (c->used)
		ui_text(w, y, c->used, c->used_w, uses_text(e), dim);
}

static void draw_detail(struct view *v, WINDOW *w, int top, int rows, int cols)
{
	const struct library_entry *e = selected(v);
	const char *sep = ui_glyph_sep();
	wattrset(w, ui_attr(UI_DIM));
	mvwhline(w, top, 0, ui_utf8() ? 0 : '-', cols);
	wattrset(w, A_NORMAL);
	if (!e)
		return;
	const struct store_item *it = &e->it;
	int y = top + 1, bottom = rows;
	ui_text(w, y++, 1, cols - 2, it->title, ui_attr(UI_TITLE));
	const char *kind = library_kind(it);
	const char *facts = ui_fmt("resource #%d%skey %s", it->ref, sep, it->key);
	if (kind)
		facts = ui_fmt("%s%s%s", facts, sep, kind);
	if (it->by)
		facts = ui_fmt("%s%sby %s", facts, sep, it->by);
	if (it->archived)
		facts = ui_fmt("%s%sarchived (no longer in the plan file)", facts, sep);
	ui_text(w, y++, 1, cols - 2, facts, ui_attr(UI_DIM));
	if (y < bottom) {
		char date[CALENDAR_DATE_LEN];
		const char *st = it->status != STORE_TODO && it->status_day != CALENDAR_NONE
					 ? ui_fmt("Status: %s since %s", store_status_name(it->status),
						  calendar_format(it->status_day, date))
					 : ui_fmt("Status: %s", store_status_name(it->status));
		st = it->rating ? ui_fmt("%s%sRating: %s %d/5", st, sep, stars(it->rating),
					 it->rating)
				: ui_fmt("%s%sRating: none (1-5 rates)", st, sep);
		ui_text(w, y++, 1, cols - 2, st, A_NORMAL);
	}
	if (y < bottom)
		ui_text(w, y++, 1, cols - 2,
			it->url ? ui_fmt("URL: %s", it->url) : "URL: none", A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, "From the plan", it->notes, A_NORMAL);
	y = ui_wrapped(w, y, bottom, 1, cols - 2, ui_fmt("Your note (%s edits it)", keys_name(REQ_NOTE)), it->note,
		       A_NORMAL);
	if (y < bottom)
		ui_text(w, y++, 1, cols - 2, e->nuses ? "Used in" : "Used in: nothing in the plan",
			A_BOLD);
	for (size_t k = 0; k < e->nuses && y < bottom; k++)
		ui_text(w, y++, 3, cols - 4,
			ui_fmt("%d %s (%s)", e->uses[k].ref, e->uses[k].title,
			       store_kind_name(e->uses[k].kind)),
			A_NORMAL);
}

static void draw_resources(struct view *v, WINDOW *w, int rows, int cols)
{
	struct resources *r = v->data;
	const struct library *lib = &r->lib;
	const char *sep = ui_glyph_sep();
	werase(w);
	int x = ui_text(w, 0, 1, cols - 2, "Library", ui_attr(UI_TITLE));
	size_t live = lib->n - lib->archived;
	const char *counts =
		ui_fmt("%s%zu resource%s: %d done, %d doing, %d to do", sep, live,
		       live == 1 ? "" : "s", lib->done, lib->doing, lib->todo);
	if (lib->archived)
		counts = ui_fmt("%s, %zu archived", counts, lib->archived);
	ui_text(w, 0, 1 + x, cols - 2 - x, counts, A_NORMAL);
	if (!lib->n) {
		ui_wrapped(w, 2, rows, 0, cols - 2, NULL,
			   r->st->archived ? "This plan has no resources, archived or not."
					 : ui_fmt("This plan has no resources: a 'resources' list at "
					   "its top (its library), or in its phases, week blocks "
					   "and tasks, shows here (%s shows archived ones).",
						  keys_name(REQ_FILTER)),
			   ui_attr(UI_DIM));
		return;
	}
	struct columns c = layout(cols);
	attr_t head = ui_attr(UI_DIM);
	ui_text(w, 1, c.title, c.title_w, "Title", head);
	ui_text(w, 1, c.kind, KIND_W, "Kind", head);
	ui_text(w, 1, c.by, c.by_w, "By", head);
	ui_text(w, 1, c.rating, RATING_W + 2, "Rating", head);
	if (c.used)
		ui_text(w, 1, c.used, c.used_w, "Used in", head);

	int list_y = 2, list_rows = rows - list_y;
	if (r->st->details && rows >= 12)
		list_rows -= rows / 2 < 14 ? rows / 2 : 14;
	if (list_rows < 1)
		list_rows = 1;
	size_t top = view_scroll(v, list_y, list_rows);
	for (int i = 0; i < list_rows && top + (size_t)i < lib->n; i++) {
		size_t k = top + (size_t)i;
		draw_row(w, list_y + i, cols, &c, &lib->v[k], k == v->sel);
	}
	if (list_y + list_rows < rows)
		draw_detail(v, w, list_y + list_rows, rows, cols);
}

/* ---- the url ---------------------------------------------------------------------- */

/* The path of name in a directory of $PATH (malloc'd), or NULL. */
static char *on_path(const char *name)
{
	const char *path = getenv("PATH");
	if (!path || !*path)
		return NULL;
	char *copy = xstrdup(path), *save = NULL;
	for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		char *full = xasprintf("%s/%s", *dir ? dir : ".", name);
		struct stat st;
		if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && access(full, X_OK) == 0) {
			free(copy);
			return full;
		}
		free(full);
	}
	free(copy);
	return NULL;
}

/* Runs opener on url, detached; 0, or the errno of a start that failed. */
static int spawn(const char *opener, const char *url)
{
	int fds[2];
	if (pipe(fds) < 0)
		return errno;
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		close(fds[0]);
		close(fds[1]);
		return e;
	}
	if (pid == 0) {
		/* a session of its own, away from the terminal; the child of
		 * this child runs the opener, and init reaps it */
		close(fds[0]);
		setsid();
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
			if (null > STDERR_FILENO)
				close(null);
		}
		pid_t grandchild = fork();
		if (grandchild == 0) {
			char *argv[] = { (char *)opener, (char *)url, NULL };
			execv(opener, argv);
			int e = errno;
			if (write(fds[1], &e, sizeof(e)) < 0)
				_exit(127);
			_exit(127);
		}
		int e = grandchild < 0 ? errno : 0;
		if (e && write(fds[1], &e, sizeof(e)) < 0)
			_exit(127);
		_exit(0);
	}
	close(fds[1]);
	int child_errno = 0;
	ssize_t got;
	while ((got = read(fds[0], &child_errno, sizeof(child_errno))) < 0 && errno == EINTR)
		;
	close(fds[0]);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	return got == (ssize_t)sizeof(child_errno) ? child_errno : 0;
}

static int open_url(struct app *a, const struct store_item *it)
{
	if (!it->url) {
		app_message(a, "%d %s has no url", it->ref, it->title);
		return UI_REDRAW;
	}
	if (strncasecmp(it->url, "http://", 7) && strncasecmp(it->url, "https://", 8)) {
		app_error(a, "o opens only http and https addresses, not '%s'", it->url);
		return UI_REDRAW;
	}
	static const char *const openers[] = {
#ifdef __APPLE__
		"open",
#endif
		"xdg-open",
	};
	char *opener = NULL;
	for (size_t i = 0; i < ARRAY_SIZE(openers) && !opener; i++)
		opener = on_path(openers[i]);
	if (!opener) {
		app_error(a, "no %s on PATH to open %s (%s shows it to copy)",
			  openers[0], it->url, keys_name(REQ_ENTER));
		return UI_REDRAW;
	}
	int e = spawn(opener, it->url);
	if (e)
		app_error(a, "cannot run %s: %s", opener, strerror(e));
	else
		app_message(a, "opening %s (with %s)", it->url, strrchr(opener, '/') + 1);
	free(opener);
	return UI_REDRAW;
}

/* ---- requests ------------------------------------------------------------------ */

static int rate(struct app *a, const struct store_item *it, int rating)
{
	struct act_resource set = { .set_rating = true, .rating = rating };
	struct store_error err;
	bool changed;
	if (act_resource(a->store, it->id, &set, a->today, &changed, &err) < 0) {
		app_error(a, "%s", err.msg);
		return UI_REDRAW;
	}
	if (!changed)
		app_message(a, rating ? "%d is rated %d/5 already" : "%d is not rated",
			    it->ref, rating);
	else if (rating)
		app_message(a, "%d rated %d/5 (%s undoes it)", it->ref, rating, keys_name(REQ_UNDO));
	else
		app_message(a, "%d: rating taken away (%s undoes it)", it->ref, keys_name(REQ_UNDO));
	return changed ? UI_RELOAD : UI_REDRAW;
}

static int request_resources(struct view *v, enum request req)
{
	struct resources *r = v->data;
	struct app *a = v->app;
	struct resources_state *st = r->st;
	struct library_entry *e = selected(v);
	switch (req) {
	case REQ_ENTER:
		st->details = !st->details;
		return UI_REDRAW;
	case REQ_CANCEL:
		if (!st->details)
			return UI_UNHANDLED;
		st->details = false;
		return UI_REDRAW;
	case REQ_FILTER:
		st->archived = !st->archived;
		app_message(a,
			    st->archived ? "showing the archived resources too (%s: not)"
					 : "showing the resources in the plan file (%s: archived too)",
			    keys_name(REQ_FILTER));
		return UI_RELOAD;
	case REQ_TICK:
		if (!e)
			return UI_REDRAW;
		st->sel_id = e->it.id;
		return app_set_status(a, e->it.id, e->it.ref, library_next_status(e->it.status));
	case REQ_DIGIT:
		/* 6 (this view) and the digits of no rating do what they do
		 * elsewhere, and so do all of them when there is nothing to rate */
		if (a->digit > 5 || !e)
			return UI_UNHANDLED;
		st->sel_id = e->it.id;
		return rate(a, &e->it, a->digit);
	case REQ_NOTE:
		if (!e)
			return UI_REDRAW;
		st->sel_id = e->it.id;
		return app_edit_note(a, e->it.id);
	case REQ_OPEN:
		return e ? open_url(a, &e->it) : UI_REDRAW;
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key resources_keys[] = {
	{ REQ_TICK, "status: todo, doing, done, todo", "status" },
	{ REQ_DIGIT, "rate 1-5, 0: none (not views here)", NULL },
	{ REQ_OPEN, NULL, NULL },
	{ REQ_NOTE, "edit your note in $EDITOR", "note" },
	{ REQ_ENTER, "details: url, notes, where used", NULL },
	{ REQ_FILTER, "show the archived ones too, or not", "archived" },
	{ REQ_CANCEL, NULL, NULL },
	{ REQ_NONE, NULL, NULL },
};

static const char *badge_resources(struct view *v)
{
	const struct resources_state *st = v->state;
	return st && st->archived ? "archived too" : NULL;
}

const struct view_ops view_resources = {
	.name = "Resources",
	.select = REQ_VIEW_RESOURCES,
	.open = open_resources,
	.draw = draw_resources,
	.request = request_resources,
	.done = done_resources,
	.keys = resources_keys,
	.badge = badge_resources,
	.digits = true,
	.moved = moved_resources,
	.forget = forget_resources,
};
