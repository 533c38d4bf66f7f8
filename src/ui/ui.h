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

enum request {
	REQ_NONE,
	/* the app's */
	REQ_QUIT,
	REQ_HELP,
	REQ_NEXT_VIEW,
	REQ_PREV_VIEW,
	REQ_VIEW_TODAY,
	REQ_VIEW_TIMELINE,
	REQ_VIEW_CHECKLIST,
	REQ_VIEW_WEEK,
	REQ_VIEW_STATS,
	REQ_VIEW_RESOURCES,
	REQ_PLAN,
	REQ_UNDO,
	REQ_REDRAW,
	REQ_CANCEL,
	/* moving */
	REQ_UP,
	REQ_DOWN,
	REQ_PAGE_UP,
	REQ_PAGE_DOWN,
	REQ_TOP,
	REQ_BOTTOM,
	REQ_LEFT,
	REQ_RIGHT,
	REQ_CLICK, /* a mouse click at app->click_y, app->click_x */
	/* items */
	REQ_TICK,
	REQ_START,
	REQ_SKIP,
	REQ_ENTER,
	REQ_NOTE,
	REQ_LOG,
	REQ_CHECKIN,
	REQ_SEARCH,
	REQ_SEARCH_NEXT,
	REQ_SEARCH_PREV,
	REQ_FOLD,
	REQ_FOLD_ALL,
	REQ_FILTER,
	REQ_PREV_WEEK,
	REQ_NEXT_WEEK,
	REQ_THIS_WEEK,
	REQ_RATE,
	REQ_REFLECT,
	REQ_ZOOM_IN,
	REQ_ZOOM_OUT,
	REQ_PAGE_LEFT,
	REQ_PAGE_RIGHT,
	REQ_OPEN,
	REQ_DIGIT, /* a digit, in app->digit, for a view that takes digits */
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

/* The request a key stands for (get_wch's result and code). */
enum request keys_request(int rc, wint_t key);
/* The name of the first key for req ("Space", "j"), for hints. */
const char *keys_name(enum request req);
/* One line of help for req ("tick: done, or todo again"), at most 36
 * columns. */
const char *keys_help(enum request req);
/* A word or two for req on the bottom line ("tick"). */
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
	UI_ROLE_COUNT
};

/* Set up once curses runs: colours unless NO_COLOR (or none to have),
 * Unicode glyphs in a UTF-8 locale. */
void ui_draw_init(bool utf8);
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
	/* Handles a request; returns UI_ flags. */
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
	void *data;
	bool loaded;
};

struct app {
	struct store *store;
	struct store_plan plan;
	struct progress pr;
	int today;
	int rows, cols;
	int click_y, click_x; /* of the last mouse click, in view coordinates */
	int page;	      /* rows of the view area */
	int digit;	      /* of the last REQ_DIGIT */
	char message[256];
	bool message_is_error;
	bool quit;
	enum request show; /* a view a request asks to bring to the front */
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

/* Leaves curses for $EDITOR on path and comes back; its exit status, or
 * -1 when it could not start. */
int app_edit(struct app *a, const char *path);

/* Records a change through act.c and reports a failure on the message
 * line; returns UI_RELOAD on success, UI_REDRAW on failure. */
int app_set_status(struct app *a, long long item_id, int ref,
		   enum store_status st);
int app_log(struct app *a, long long item_id, const char *what);
int app_edit_note(struct app *a, long long item_id);

extern const struct view_ops view_today, view_timeline, view_checklist, view_week,
	view_stats, view_resources, view_welcome;

/* The Week view's first week when it opens (0: this week); Today's
 * reminder sets it to the week ending. */
extern int week_view_start;

#endif
