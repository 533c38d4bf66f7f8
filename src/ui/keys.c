/*
 * The one table of keys. Each entry binds a key to a request; the first
 * entry of a request gives its name in hints and its line of help.
 */
#include "ui.h"

#include <stddef.h>

#define CTRL(c) ((c) & 0x1f)

struct binding {
	int key;
	bool function_key; /* a KEY_ code from get_wch, not a character */
	enum request req;
	const char *name;
	const char *help; /* at most 36 columns: the help has two of them */
	const char *hint; /* a word or two for the bottom line */
};

static const struct binding bindings[] = {
	{ 'q', false, REQ_QUIT, "q", "quit", "quit" },
	{ '?', false, REQ_HELP, "?", "this help (any key closes it)", "help" },
	{ '\t', false, REQ_NEXT_VIEW, "Tab", "next view", "next view" },
	{ KEY_BTAB, true, REQ_PREV_VIEW, "S-Tab", "previous view", "previous view" },
	{ '1', false, REQ_VIEW_TODAY, "1", "Today: slot, check-in, next tasks", "Today" },
	{ '2', false, REQ_VIEW_TIMELINE, "2", "Timeline: the plan as a Gantt chart", "Timeline" },
	{ '3', false, REQ_VIEW_CHECKLIST, "3", "Checklist: the plan as a tree", "Checklist" },
	{ '4', false, REQ_VIEW_WEEK, "4", "Week: the week and its reflection", "Week" },
	{ '5', false, REQ_VIEW_STATS, "5", "Stats: streaks, heatmap, burn-up", "Stats" },
	{ '6', false, REQ_VIEW_RESOURCES, "6", "Resources: the plan's library", "Resources" },
	{ 'p', false, REQ_PLAN, "p", "switch to another plan", "plans" },
	{ 'u', false, REQ_UNDO, "u", "undo the last change (again: more)", "undo" },
	{ CTRL('l'), false, REQ_REDRAW, "C-l", "redraw the screen", "redraw" },
	{ 27, false, REQ_CANCEL, "Esc", "close the details; cancel", "close" },

	{ 'k', false, REQ_UP, "k", "up", "up" },
	{ KEY_UP, true, REQ_UP, "Up", NULL, NULL },
	{ 'j', false, REQ_DOWN, "j", "down", "down" },
	{ KEY_DOWN, true, REQ_DOWN, "Down", NULL, NULL },
	{ KEY_PPAGE, true, REQ_PAGE_UP, "PgUp", "page up (also C-b)", "page up" },
	{ CTRL('b'), false, REQ_PAGE_UP, "C-b", NULL, NULL },
	{ KEY_NPAGE, true, REQ_PAGE_DOWN, "PgDn", "page down (also C-f)", "page down" },
	{ CTRL('f'), false, REQ_PAGE_DOWN, "C-f", NULL, NULL },
	{ 'g', false, REQ_TOP, "g", "first row (also Home)", "top" },
	{ KEY_HOME, true, REQ_TOP, "Home", NULL, NULL },
	{ 'G', false, REQ_BOTTOM, "G", "last row (also End)", "bottom" },
	{ KEY_END, true, REQ_BOTTOM, "End", NULL, NULL },
	{ KEY_LEFT, true, REQ_LEFT, "Left", "fold, or go to the parent (also h)", "fold" },
	{ 'h', false, REQ_LEFT, "h", NULL, NULL },
	{ KEY_RIGHT, true, REQ_RIGHT, "Right", "unfold", "unfold" },

	{ ' ', false, REQ_TICK, "Space", "tick: done, or todo again", "tick" },
	{ 's', false, REQ_START, "s", "start (doing), or todo again", "start" },
	{ 'x', false, REQ_SKIP, "x", "skip, or todo again", "skip" },
	{ '\n', false, REQ_ENTER, "Enter", "details: notes, time, resources", "details" },
	{ '\r', false, REQ_ENTER, "Enter", NULL, NULL },
	{ KEY_ENTER, true, REQ_ENTER, "Enter", NULL, NULL },
	{ 'e', false, REQ_NOTE, "e", "edit the note in $EDITOR", "note" },
	{ 'l', false, REQ_LOG, "l", "log time on it", "log time" },
	{ 'c', false, REQ_CHECKIN, "c", "check in: today's minutes, a note", "check in" },
	{ '/', false, REQ_SEARCH, "/", "search titles", "search" },
	{ 'n', false, REQ_SEARCH_NEXT, "n", "next match", "next" },
	{ 'N', false, REQ_SEARCH_PREV, "N", "previous match", "previous" },
	{ 'z', false, REQ_FOLD, "z", "fold or unfold the row", "fold" },
	{ 'Z', false, REQ_FOLD_ALL, "Z", "fold all, or unfold all", "fold all" },
	{ 'f', false, REQ_FILTER, "f", "show what is left, or everything", "filter" },
	{ '[', false, REQ_PREV_WEEK, "[", "the week before", "previous week" },
	{ ']', false, REQ_NEXT_WEEK, "]", "the week after", "next week" },
	{ 't', false, REQ_THIS_WEEK, "t", "back to this week", "this week" },
	{ 'r', false, REQ_RATE, "r", "rate a skill: r, the skill, 1-5", "rate" },
	{ 'w', false, REQ_REFLECT, "w", "write the week's reflection", "reflect" },
	{ '+', false, REQ_ZOOM_IN, "+", "zoom in (also =)", "zoom in" },
	{ '=', false, REQ_ZOOM_IN, "=", NULL, NULL },
	{ '-', false, REQ_ZOOM_OUT, "-", "zoom out", "zoom out" },
	{ 'H', false, REQ_PAGE_LEFT, "H", "a screen to the left", "page left" },
	{ 'L', false, REQ_PAGE_RIGHT, "L", "a screen to the right", "page right" },
	{ 'o', false, REQ_OPEN, "o", "open the url in a browser", "open" },
	/* never a key of its own: keys_digit() makes digits REQ_DIGIT for a
	 * view that takes them; this entry names it in help and hints */
	{ -1, false, REQ_DIGIT, "0-5", "rate it 1 to 5; 0 takes it away", "rate" },
};

enum request keys_request(int rc, wint_t key)
{
	if (rc == KEY_CODE_YES && key == KEY_MOUSE)
		return REQ_CLICK;
	for (size_t i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++) {
		const struct binding *b = &bindings[i];
		if (b->key == (int)key && b->function_key == (rc == KEY_CODE_YES))
			return b->req;
	}
	return REQ_NONE;
}

bool keys_digit(int rc, wint_t key, int *digit)
{
	if (rc != OK || key < '0' || key > '9')
		return false;
	*digit = (int)(key - '0');
	return true;
}

static const struct binding *first(enum request req)
{
	for (size_t i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++)
		if (bindings[i].req == req && bindings[i].help)
			return &bindings[i];
	return NULL;
}

const char *keys_name(enum request req)
{
	const struct binding *b = first(req);
	return b ? b->name : "";
}

const char *keys_help(enum request req)
{
	const struct binding *b = first(req);
	return b ? b->help : "";
}

const char *keys_hint(enum request req)
{
	const struct binding *b = first(req);
	return b ? b->hint : "";
}
