/*
 * The TUI's own interface, shared by the files of src/ui/ (the only code
 * that includes curses).
 *
 * Design, after tig and htop: the main loop (app.c) owns the screen. Keys
 * become semantic requests through one table (keys.c), which also writes
 * the help screen and the status bar's hints. The view in front handles a
 * request and returns flags: redraw, reload, quit, or "not mine", in which
 * case the app handles it (view switching, undo, help). Views never call
 * refresh(); they draw into the window they are given, and only the main
 * loop updates the terminal. A view owns what it loaded and frees it in
 * done(). All text reaches the screen through ui_text() (draw.c), the one
 * place where it is measured and made safe.
 */
#ifndef STRIDE_UI_INTERNAL_H
#define STRIDE_UI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>

#include "stride/progress.h"
#include "stride/store.h"

/*
 * Every request: its name (the word a key binding will name it by), its
 * line of help (at most 36 columns: the help screen has two of them) and a
 * word or two for the bottom line. One table, after tig's REQ_INFO: the
 * enum, the help screen, the hints and the key table (keys.c) all come
 * from it, so a request means one thing everywhere.
 */
#define REQ_INFO(_)                                                                \
	/* the app's */                                                            \
	_(QUIT, "quit", "quit", "quit")                                            \
	_(HELP, "help", "this help (Esc closes it)", "help")                       \
	_(NEXT_VIEW, "next-view", "next view", "next view")                        \
	_(PREV_VIEW, "prev-view", "previous view", "previous view")                \
	_(VIEW_TODAY, "view-today", "Today: slot, check-in, next tasks", "Today")  \
	_(VIEW_TIMELINE, "view-timeline", "Timeline: the plan as a Gantt chart",   \
	  "Timeline")                                                              \
	_(VIEW_CHECKLIST, "view-checklist", "Checklist: the plan as a tree",       \
	  "Checklist")                                                             \
	_(VIEW_WEEK, "view-week", "Week: the week and its reflection", "Week")     \
	_(VIEW_STATS, "view-stats", "Stats: streaks, heatmap, burn-up", "Stats")   \
	_(VIEW_RESOURCES, "view-resources", "Resources: the plan's library",       \
	  "Resources")                                                             \
	_(PLAN, "plan", "switch to another plan", "plans")                         \
	_(UNDO, "undo", "undo the last change (again: more)", "undo")              \
	_(REDO, "redo", "redo what u undid (also C-r)", "redo")                    \
	_(REDRAW, "redraw", "redraw the screen", "redraw")                         \
	_(CANCEL, "cancel", "close the details; cancel", "close")                  \
	/* moving: a view that does not handle them gets the generic cursor */    \
	_(UP, "up", "up", "up")                                                    \
	_(DOWN, "down", "down", "down")                                            \
	_(PAGE_UP, "page-up", "page up (also C-b)", "page up")                     \
	_(PAGE_DOWN, "page-down", "page down (also C-f)", "page down")             \
	_(TOP, "top", "first row (also Home)", "top")                              \
	_(BOTTOM, "bottom", "last row (also End)", "bottom")                       \
	_(LEFT, "left", "fold, or go to the parent (also h)", "fold")              \
	_(RIGHT, "right", "unfold", "unfold")                                      \
	_(CLICK, "click", "a mouse click", "click")                                \
	/* items */                                                                \
	_(TICK, "tick", "tick: done, or todo again", "tick")                       \
	_(START, "start", "start (doing), or todo again", "start")                 \
	_(SKIP, "skip", "skip, or todo again", "skip")                             \
	_(ENTER, "details", "details: notes, time, resources", "details")          \
	_(NOTE, "note", "edit the note in $EDITOR", "note")                       \
	_(LOG, "log", "log time on it", "log time")                                \
	_(DELIVER, "deliver", "deliver it: a link and lessons",                  \
	  "deliver")                                                               \
	_(CLOCK, "clock", "clock in on it; again: clock out",                    \
	  "clock")                                                                 \
	_(CHECKIN, "check-in", "check in: today's minutes, a note", "check in")    \
	_(SEARCH, "search", "search titles", "search")                             \
	_(SEARCH_NEXT, "search-next", "next match", "next")                        \
	_(SEARCH_PREV, "search-prev", "previous match", "previous")                \
	_(FOLD, "fold", "fold or unfold the row", "fold")                          \
	_(FOLD_ALL, "fold-all", "fold all, or unfold all", "fold all")             \
	_(FILTER, "filter", "show what is left, what is late, all", "filter")      \
	_(PREV_WEEK, "prev-week", "the week before", "previous week")              \
	_(NEXT_WEEK, "next-week", "the week after", "next week")                   \
	_(THIS_WEEK, "this-week", "back to this week", "this week")                \
	_(RATE, "rate", "rate a skill: r, the skill, 1-5", "rate")                 \
	_(REFLECT, "reflect", "write the week's reflection", "reflect")            \
	_(ENTRIES, "entries", "the week's time entries, or its tasks again",     \
	  "time entries")                                                          \
	_(PAUSE, "pause", "pause: days off that keep the streak", "pause")         \
	_(CATCH_UP, "catch-up", "start a past plan, or catch up",                  \
	  "catch up")                                                              \
	_(ZOOM_IN, "zoom-in", "zoom in (also =)", "zoom in")                       \
	_(ZOOM_OUT, "zoom-out", "zoom out", "zoom out")                            \
	_(PAGE_LEFT, "page-left", "a screen to the left", "page left")             \
	_(PAGE_RIGHT, "page-right", "a screen to the right", "page right")         \
	_(OPEN, "open", "open the url in a browser", "open")                       \
	_(SYNC, "sync", "sync with your other machines (stride sync)", "sync")     \
	/* a habit of Today, by the key shown beside it */                        \
	_(HABIT_1, "habit-1", "tick today's habit a (Today)", "habit")             \
	_(HABIT_2, "habit-2", "tick today's habit b (Today)", "")                  \
	_(HABIT_3, "habit-3", "tick today's habit d (Today)", "")                  \
	_(HABIT_4, "habit-4", "tick today's habit i (Today)", "")                  \
	_(HABIT_5, "habit-5", "tick today's habit m (Today)", "")                  \
	_(HABIT_6, "habit-6", "tick today's habit v (Today)", "")                  \
	_(HABIT_7, "habit-7", "tick today's habit y (Today)", "")                  \
	/* a digit, in app->digit, for a view that takes digits (keys_digit) */   \
	_(DIGIT, "digit", "rate it 1 to 5; 0 takes it away", "rate")

enum request {
	REQ_NONE,
#define REQ_ENUM(id, name, help, hint) REQ_##id,
	REQ_INFO(REQ_ENUM)
#undef REQ_ENUM
	REQ_COUNT
};

/* What handling a request asks of the main loop. */
enum {
	UI_HANDLED = 0,	    /* handled; nothing to show */
	UI_REDRAW = 1,	    /* draw again */
	UI_RELOAD = 2,	    /* the store changed: every view loads again */
	UI_QUIT = 4,
	UI_UNHANDLED = 8,   /* not this view's: the app's, if anyone's */
};

/* ---- keys (keys.c) ---------------------------------------------------------- */

struct config;
/* Makes the key table: the defaults, with the config file's keys (cfg may
 * be NULL: the defaults alone). */
void keys_init(const struct config *cfg);
/* The request a key stands for (get_wch's result and code). */
enum request keys_request(int rc, wint_t key);
/* The name of the first key for req ("Space", "j"), for hints. */
const char *keys_name(enum request req);
/* From REQ_INFO: the request's own name ("tick"), its line of help, its
 * word or two for the bottom line. */
const char *keys_request_name(enum request req);
const char *keys_help(enum request req);
const char *keys_hint(enum request req);
/* Whether the key is a digit, and which. */
bool keys_digit(int rc, wint_t key, int *digit);

/* ---- drawing (draw.c) --------------------------------------------------------- */

/* Roles of text, each an attribute (and a colour when there are colours). */
enum ui_role {
	UI_NORMAL,
	UI_TITLE,    /* headings */
	UI_DIM,	     /* secondary text, skipped and archived items */
	UI_SELECTED, /* the cursor's row */
	UI_BAR,	     /* the status bar and the tabs */
	UI_TAB,	     /* the view in front, in the tab bar */
	UI_DONE,
	UI_DOING,
	UI_BEHIND,   /* late, warnings */
	UI_GOOD,     /* ahead, progress */
	UI_KEY,	     /* key names in hints */
	UI_OVERDUE,  /* an item past its due date */
	UI_PROGRESS, /* the filled part of a bar */
	UI_HEAT1,    /* the heatmap's levels, 1 to 4 */
	UI_HEAT2,
	UI_HEAT3,
	UI_HEAT4,
	UI_ROLE_COUNT
};

/* Set up once curses runs: the colours of cfg's theme and its own (256
 * where the terminal has them, else 8; none under NO_COLOR, with the mono
 * theme, or on a terminal without colours: attributes alone), Unicode
 * glyphs in a UTF-8 locale. cfg may be NULL: the dark theme. */
struct config;
void ui_draw_init(bool utf8, const struct config *cfg);
bool ui_utf8(void);
attr_t ui_attr(enum ui_role role);

/*
 * Draws UTF-8 text at y, x in at most width columns and returns the
 * columns it took. Wide and combining characters are measured with
 * wcwidth; a character that does not fit is not split, and text cut short
 * ends in an ellipsis. Control characters (and, outside a UTF-8 locale,
 * anything not ASCII) never reach the terminal as themselves: they are
 * drawn as '?', or as the plain letter for an accented Latin one.
 */
int ui_text(WINDOW *w, int y, int x, int width, const char *s, attr_t attr);
/* The columns ui_text would take for s with no limit. */
int ui_text_width(const char *s);
/* How many bytes of s fit in width columns, whole characters only. */
size_t ui_text_fit(const char *s, int width);
/* Fills width columns at y, x with spaces in attr. */
void ui_fill(WINDOW *w, int y, int x, int width, attr_t attr);
/* printf into a static buffer, for ui_text. */
const char *ui_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Minutes as a person reads them: "45m", "2h", "1h30m" (ui_fmt's buffer). */
const char *ui_minutes(long long m);
/* Draws text from row y down to (not including) row bottom, in width
 * columns from x: the label (if any) in bold, then each line of the text
 * indented by two and wrapped at a space where one is near. Returns the
 * next free row. */
int ui_wrapped(WINDOW *w, int y, int bottom, int x, int width, const char *label,
	       const char *text, attr_t attr);
/* A bar of width cells, filled to part/whole. */
void ui_bar(WINDOW *w, int y, int x, int width, long long part, long long whole,
	    attr_t attr);

/* Glyphs with an ASCII fallback. */
const char *ui_glyph_fold(bool open); /* "▾"/"▸", "v"/">" */
const char *ui_glyph_sep(void);	      /* " · " or " | " */

/* "[x]" and friends for a status, and the role to draw it in. */
const char *ui_box(enum store_status st);
enum ui_role ui_status_role(enum store_status st);

/* ---- the app (app.c) ------------------------------------------------------------ */

struct app;
struct view;

struct view_ops {
	const char *name;
	enum request select; /* the request that brings it to the front */
	/* Loads what it shows from the store; 0, or -1 with app_error(). */
	int (*open)(struct view *v);
	/* Draws into w, rows x cols (the area between the bars). */
	void (*draw)(struct view *v, WINDOW *w, int rows, int cols);
	/* Handles a request; returns UI_ flags (UI_UNHANDLED for the
	 * generic navigation and the app's requests). NULL: none of its own. */
	int (*request)(struct view *v, enum request req);
	/* Frees what open() loaded. */
	void (*done)(struct view *v);
	/* Its own keys, for the help screen and the hints (the first ones
	 * that fit), ended by REQ_NONE. */
	const struct view_key *keys;
	/* True for a view that stands alone (the welcome): no other views to
	 * switch to, no plan to undo in. */
	bool alone;
	/* A word for the tab bar about what it shows ("left to do"), or
	 * NULL. */
	const char *(*badge)(struct view *v);
	/* Digits come to it as REQ_DIGIT first (a digit it leaves
	 * unhandled does what the key does elsewhere: switch views). */
	bool digits;
	/* Called when the generic navigation has moved the cursor (to
	 * remember the row, load its details), or NULL. */
	void (*moved)(struct view *v);
	/* Frees v->state, when the TUI ends; NULL when it has none. */
	void (*forget)(struct view *v);
	/* The generic navigation scrolls it (top moves, no cursor). */
	bool scrolls;
};

/* A key of a view; help and hint, when not NULL, say what it does there
 * instead of what the key table says. A hint of "" pairs the key with
 * the one before it on the bottom line ("j/k scroll"). */
struct view_key {
	enum request req;
	const char *help, *hint;
};

struct view {
	const struct view_ops *ops;
	struct app *app;
	void *data;  /* what open() loaded; done() frees it */
	void *state; /* what outlives a reload (folds, zoom, the week shown):
			the view makes it, ops->forget frees it at the end */
	bool loaded;
	/* The cursor, for the generic navigation (view_navigate) of a view
	 * that leaves it the moving requests: row sel of lines rows, top the
	 * first on screen; the list was last drawn at list_y, list_rows rows
	 * (view_scroll). A view with ops->scrolls has no cursor: top alone. */
	size_t sel, top, lines;
	int list_y, list_rows;
};

/* The generic navigation (j/k, arrows, PgUp/PgDn, g/G, the mouse wheel, a
 * click on the list): moves v->sel (or v->top) and calls ops->moved.
 * UI_REDRAW, or UI_UNHANDLED for a request that is not one of those. A
 * page is the rows of the list less one, so that one row stays in view. */
int view_navigate(struct view *v, enum request req);
/* For draw: the list is at row y, rows high; sel is kept within lines and
 * top moved so that sel is on screen (or, for ops->scrolls, so that the
 * screen is not past the end). Returns top. */
size_t view_scroll(struct view *v, int y, int rows);

struct app {
	struct store *store;
	struct store_plan plan;
	struct progress pr;
	int today;
	long long unsynced; /* changes not synced yet (stride sync); -1: no
			       sync repository */
	int rows, cols;
	int click_y, click_x; /* of the last mouse click, in view coordinates */
	int digit;	      /* of the last REQ_DIGIT */
	char message[256];
	bool message_is_error;
	char hook_message[256]; /* a hook's trouble, shown once the request is done */
	bool quit;
	enum request show; /* a view a request asks to bring to the front */
	int show_week;	   /* the week (its Monday) the Week view is to open on
			      next, or 0: Today's reminder sets it */
	struct store_clock clock; /* the running clock (stride clock) */
	bool clocking;		  /* one runs */
	long long clock_shown;	  /* its minutes on the status bar (-1: past
				     midnight) */
};

/* A message on the bottom line until the next key. */
void app_message(struct app *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void app_error(struct app *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * A one-line prompt on the bottom line: the text typed (malloc'd), or NULL
 * when Esc cancelled it. initial may be NULL.
 */
char *app_prompt(struct app *a, const char *label, const char *initial);

/* A question on the bottom line (and a line above it in the error colour,
 * when not NULL), answered by one key: the character typed, or 0 for a
 * key that is not one (an arrow, a function key). */
wint_t app_ask(struct app *a, const char *above, const char *question);

/* Runs plan plan_id from today (stride start), saying so on the message
 * line after done ("" or "imported ...: "); UI_RELOAD, or UI_REDRAW with
 * the error said. */
int app_start_today(struct app *a, long long plan_id, const char *done);

/* Leaves curses for $EDITOR on path and comes back; its exit status, or
 * -1 when it could not start. */
int app_edit(struct app *a, const char *path);

/* The default keys of Today's habits (REQ_HABIT_1 ...: keys.c binds them,
 * a config file may move them); its length is how many habits get one. */
#define UI_HABIT_KEYS "abdimvy"
/* Ticks (or unticks, when ticked) the habit's occurrence of today;
 * UI_RELOAD, or UI_REDRAW with the error said. */
int app_tick_habit(struct app *a, long long item_id, int ref, const char *title, bool ticked);

/* Records a change through act.c and reports a failure on the message
 * line; returns UI_RELOAD on success, UI_REDRAW on failure. */
int app_set_status(struct app *a, long long item_id, int ref,
		   enum store_status st);
int app_log(struct app *a, long long item_id, const char *what);
/* The clock key on item item_id (what names it): clocks in on it, or out
 * when its clock runs; a clock past midnight asks how much to keep
 * first. */
int app_clock(struct app *a, long long item_id, const char *what);
/* Study time as typed at a prompt (calendar_parse_logged); false, with
 * the error on the message line, when it is none. */
bool app_parse_logged(struct app *a, const char *typed, int *minutes);
int app_edit_note(struct app *a, long long item_id);

extern const struct view_ops view_today, view_timeline, view_checklist, view_week,
	view_stats, view_resources, view_welcome;

#endif
