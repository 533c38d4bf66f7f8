/*
 * Welcome: what a first run with an empty store shows. It says how to
 * import a plan and lists the bundled plans (those installed with stride,
 * and ./plans when run from the source tree); Enter imports the one
 * chosen.
 */
#include "ui.h"

#include "stride/calendar.h"
#include "stride/session.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

/* What open() loaded (v->data); the cursor (v->sel) is over the plans. */
struct welcome {
	struct session_plan_files plans;
};

static int open_welcome(struct view *v)
{
	struct welcome *w = xcalloc(1, sizeof(*w));
	v->data = w;
	session_bundled_plans(&w->plans);
	v->lines = w->plans.n;
	return 0;
}

static void done_welcome(struct view *v)
{
	struct welcome *w = v->data;
	if (!w)
		return;
	session_plan_files_done(&w->plans);
	free(w);
	v->data = NULL;
}

static void draw_welcome(struct view *v, WINDOW *win, int rows, int cols)
{
	struct welcome *w = v->data;
	werase(win);
	int y = 1;
	ui_text(win, y++, 2, cols - 4, "Welcome to stride", ui_attr(UI_TITLE));
	y++;
	ui_text(win, y++, 2, cols - 4,
		"stride tracks a learning plan that you keep in a YAML file.", A_NORMAL);
	ui_text(win, y++, 2, cols - 4, "Your store has no plan yet. Import one from a shell:",
		A_NORMAL);
	y++;
	ui_text(win, y++, 4, cols - 6, "stride import path/to/plan.yaml", A_BOLD);
	y++;
	ui_text(win, y++, 2, cols - 4,
		"(docs/plan-format.md, or 'man stride', says how to write one.)",
		ui_attr(UI_DIM));
	y++;
	if (!w->plans.n) {
		ui_text(win, y, 2, cols - 4, "No bundled plans were found.", ui_attr(UI_DIM));
		return;
	}
	ui_text(win, y++, 2, cols - 4,
		"Or start with a bundled plan: choose it and press Enter.", A_NORMAL);
	y++;
	/* titles in one column, their files in another */
	int tw = 0;
	for (size_t i = 0; i < w->plans.n; i++)
		if (ui_text_width(w->plans.v[i].title) > tw)
			tw = ui_text_width(w->plans.v[i].title);
	if (tw > cols / 2)
		tw = cols / 2;
	for (size_t i = view_scroll(v, y, rows - y); i < w->plans.n && y < rows; i++, y++) {
		attr_t at = i == v->sel ? ui_attr(UI_SELECTED) : A_NORMAL;
		ui_fill(win, y, 2, cols - 4, at);
		ui_text(win, y, 3, tw, w->plans.v[i].title, at | A_BOLD);
		ui_text(win, y, 3 + tw + 2, cols - tw - 7, w->plans.v[i].path, at | ui_attr(UI_DIM));
	}
}

static int request_welcome(struct view *v, enum request req)
{
	struct welcome *w = v->data;
	struct app *a = v->app;
	switch (req) {
	case REQ_ENTER: {
		if (!w->plans.n)
			return UI_REDRAW;
		/* what happened goes to the bottom line */
		struct session_import how = { .marked = SESSION_MARKED_IGNORE };
		struct session_file f;
		session_import_file(a->store, w->plans.v[v->sel].path, &how, &f);
		char line[512];
		session_file_summary(&f, line, sizeof(line));
		bool ok = f.what == SESSION_SYNCED;
		struct store_plan p;
		struct store_error err;
		if (!ok)
			app_error(a, "%s", line);
		else if (store_plan_get(a->store, f.slug, &p, &err) == 0 &&
			 p.done == 0) {
			/* a bundled plan is a template: it runs from today */
			app_start_today(a, p.id, ui_fmt("imported %s; ", p.slug));
			store_plan_done(&p);
		} else {
			app_message(a, "%s", line);
		}
		session_file_done(&f);
		return ok ? UI_RELOAD : UI_REDRAW;
	}
	default:
		return UI_UNHANDLED;
	}
}

static const struct view_key welcome_keys[] = {
	{ REQ_ENTER, "import the plan chosen", "import" },
	{ REQ_UP, "the plan above", NULL },
	{ REQ_DOWN, "the plan below", NULL },
	{ REQ_NONE, NULL, NULL },
};

const struct view_ops view_welcome = {
	.name = "Welcome",
	.select = REQ_NONE,
	.open = open_welcome,
	.draw = draw_welcome,
	.request = request_welcome,
	.done = done_welcome,
	.keys = welcome_keys,
	.alone = true,
};
