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
	const char *name; /* of the key */
};

static const struct binding bindings[] = {
	{ 'q', false, REQ_QUIT, "q" },
	{ '?', false, REQ_HELP, "?" },
	{ '\t', false, REQ_NEXT_VIEW, "Tab" },
	{ KEY_BTAB, true, REQ_PREV_VIEW, "S-Tab" },
	{ '1', false, REQ_VIEW_TODAY, "1" },
	{ '2', false, REQ_VIEW_TIMELINE, "2" },
	{ '3', false, REQ_VIEW_CHECKLIST, "3" },
	{ '4', false, REQ_VIEW_WEEK, "4" },
	{ '5', false, REQ_VIEW_STATS, "5" },
	{ '6', false, REQ_VIEW_RESOURCES, "6" },
	{ 'p', false, REQ_PLAN, "p" },
	{ 'u', false, REQ_UNDO, "u" },
	{ 'U', false, REQ_REDO, "U" },
	{ CTRL('r'), false, REQ_REDO, "C-r" },
	{ CTRL('l'), false, REQ_REDRAW, "C-l" },
	{ 27, false, REQ_CANCEL, "Esc" },

	{ 'k', false, REQ_UP, "k" },
	{ KEY_UP, true, REQ_UP, "Up" },
	{ 'j', false, REQ_DOWN, "j" },
	{ KEY_DOWN, true, REQ_DOWN, "Down" },
	{ KEY_PPAGE, true, REQ_PAGE_UP, "PgUp" },
	{ CTRL('b'), false, REQ_PAGE_UP, "C-b" },
	{ KEY_NPAGE, true, REQ_PAGE_DOWN, "PgDn" },
	{ CTRL('f'), false, REQ_PAGE_DOWN, "C-f" },
	{ 'g', false, REQ_TOP, "g" },
	{ KEY_HOME, true, REQ_TOP, "Home" },
	{ 'G', false, REQ_BOTTOM, "G" },
	{ KEY_END, true, REQ_BOTTOM, "End" },
	{ KEY_LEFT, true, REQ_LEFT, "Left" },
	{ 'h', false, REQ_LEFT, "h" },
	{ KEY_RIGHT, true, REQ_RIGHT, "Right" },

	{ ' ', false, REQ_TICK, "Space" },
	{ 's', false, REQ_START, "s" },
	{ 'x', false, REQ_SKIP, "x" },
	{ '\n', false, REQ_ENTER, "Enter" },
	{ '\r', false, REQ_ENTER, "Enter" },
	{ KEY_ENTER, true, REQ_ENTER, "Enter" },
	{ 'e', false, REQ_NOTE, "e" },
	{ 'l', false, REQ_LOG, "l" },
	{ 'c', false, REQ_CHECKIN, "c" },
	{ '/', false, REQ_SEARCH, "/" },
	{ 'n', false, REQ_SEARCH_NEXT, "n" },
	{ 'N', false, REQ_SEARCH_PREV, "N" },
	{ 'z', false, REQ_FOLD, "z" },
	{ 'Z', false, REQ_FOLD_ALL, "Z" },
	{ 'f', false, REQ_FILTER, "f" },
	{ '[', false, REQ_PREV_WEEK, "[" },
	{ ']', false, REQ_NEXT_WEEK, "]" },
	{ 't', false, REQ_THIS_WEEK, "t" },
	{ 'r', false, REQ_RATE, "r" },
	{ 'w', false, REQ_REFLECT, "w" },
	{ 'C', false, REQ_CATCH_UP, "C" },
	{ 'P', false, REQ_PAUSE, "P" },
	{ '+', false, REQ_ZOOM_IN, "+" },
	{ '=', false, REQ_ZOOM_IN, "=" },
	{ '-', false, REQ_ZOOM_OUT, "-" },
	{ 'H', false, REQ_PAGE_LEFT, "H" },
	{ 'L', false, REQ_PAGE_RIGHT, "L" },
	{ 'o', false, REQ_OPEN, "o" },
	{ 'S', false, REQ_SYNC, "S" },
	/* never a key of its own: keys_digit() makes digits REQ_DIGIT for a
	 * view that takes them; this entry names it in help and hints */
	{ -1, false, REQ_DIGIT, "0-5" },
};

static const struct {
	const char *name, *help, *hint;
} requests[REQ_COUNT] = {
#define REQ_ROW(id, n, h, t) [REQ_##id] = { n, h, t },
	REQ_INFO(REQ_ROW)
#undef REQ_ROW
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
		if (bindings[i].req == req)
			return &bindings[i];
	return NULL;
}

const char *keys_name(enum request req)
{
	const struct binding *b = first(req);
	return b ? b->name : "";
}

const char *keys_request_name(enum request req)
{
	return req > REQ_NONE && req < REQ_COUNT ? requests[req].name : "";
}

const char *keys_help(enum request req)
{
	return req > REQ_NONE && req < REQ_COUNT ? requests[req].help : "";
}

const char *keys_hint(enum request req)
{
	return req > REQ_NONE && req < REQ_COUNT ? requests[req].hint : "";
}
