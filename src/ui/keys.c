/*
 * The one table of keys. Each entry binds a key to a request; the first
 * entry of a request gives its name in hints and its line of help. The
 * config file's `keys` (keys_init) replace a request's default keys, and
 * take the keys they name from the requests that had them.
 */
#include "ui.h"

#include "stride/config.h"
#include "stride/ui.h"
#include "stride/util.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

struct binding {
	int key;
	bool function_key; /* a KEY_ code from get_wch, not a character */
	enum request req;
	const char *name; /* of the key */
};

static const struct binding defaults[] = {
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
	{ 'I', false, REQ_CLOCK, "I" },
	{ 'D', false, REQ_DELIVER, "D" },
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
	{ 'T', false, REQ_ENTRIES, "T" },
	{ 'C', false, REQ_CATCH_UP, "C" },
	{ 'P', false, REQ_PAUSE, "P" },
	{ '+', false, REQ_ZOOM_IN, "+" },
	{ '=', false, REQ_ZOOM_IN, "=" },
	{ '-', false, REQ_ZOOM_OUT, "-" },
	{ 'H', false, REQ_PAGE_LEFT, "H" },
	{ 'L', false, REQ_PAGE_RIGHT, "L" },
	{ 'o', false, REQ_OPEN, "o" },
	{ 'S', false, REQ_SYNC, "S" },
	{ 'a', false, REQ_HABIT_1, "a" },
	{ 'b', false, REQ_HABIT_2, "b" },
	{ 'd', false, REQ_HABIT_3, "d" },
	{ 'i', false, REQ_HABIT_4, "i" },
	{ 'm', false, REQ_HABIT_5, "m" },
	{ 'v', false, REQ_HABIT_6, "v" },
	{ 'y', false, REQ_HABIT_7, "y" },
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

/* The table in use: the defaults, less what the config file took, and the
 * config file's keys (their names in names[]). */
#define MAX_BINDINGS 256
static struct binding bindings[MAX_BINDINGS];
static size_t nbindings;
static char names[MAX_BINDINGS][16];

/* The requests a key can be bound to, in REQ_INFO's order: all but a
 * click and a digit, which are no key's. */
static const char *bindable[REQ_COUNT];
static enum request bindable_req[REQ_COUNT];
static size_t nbindable;

const char *const *ui_request_names(size_t *n)
{
	if (!nbindable)
		for (int r = REQ_NONE + 1; r < REQ_COUNT; r++)
			if (r != REQ_CLICK && r != REQ_DIGIT) {
				bindable_req[nbindable] = (enum request)r;
				bindable[nbindable++] = requests[r].name;
			}
	*n = nbindable;
	return bindable;
}

/* The curses keys a config key stands for (up to 3). */
static size_t curses_keys(const struct config_key *k, struct binding *out)
{
	switch (k->special) {
	case CONFIG_KEY_CHAR:
		out[0] = (struct binding){ (int)k->code, false, REQ_NONE, NULL };
		return 1;
	case CONFIG_KEY_ENTER:
		out[0] = (struct binding){ '\n', false, REQ_NONE, NULL };
		out[1] = (struct binding){ '\r', false, REQ_NONE, NULL };
		out[2] = (struct binding){ KEY_ENTER, true, REQ_NONE, NULL };
		return 3;
	case CONFIG_KEY_BACKSPACE:
		out[0] = (struct binding){ KEY_BACKSPACE, true, REQ_NONE, NULL };
		out[1] = (struct binding){ 127, false, REQ_NONE, NULL };
		out[2] = (struct binding){ 8, false, REQ_NONE, NULL };
		return 3;
	case CONFIG_KEY_F:
		out[0] = (struct binding){ KEY_F((int)k->code), true, REQ_NONE, NULL };
		return 1;
	default:
		break;
	}
	static const int codes[] = {
		[CONFIG_KEY_BTAB] = KEY_BTAB, [CONFIG_KEY_UP] = KEY_UP,
		[CONFIG_KEY_DOWN] = KEY_DOWN, [CONFIG_KEY_LEFT] = KEY_LEFT,
		[CONFIG_KEY_RIGHT] = KEY_RIGHT, [CONFIG_KEY_HOME] = KEY_HOME,
		[CONFIG_KEY_END] = KEY_END, [CONFIG_KEY_PGUP] = KEY_PPAGE,
		[CONFIG_KEY_PGDN] = KEY_NPAGE, [CONFIG_KEY_INSERT] = KEY_IC,
		[CONFIG_KEY_DELETE] = KEY_DC,
	};
	out[0] = (struct binding){ codes[k->special], true, REQ_NONE, NULL };
	return 1;
}

void keys_init(const struct config *cfg)
{
	size_t nreq;
	ui_request_names(&nreq);
	struct binding taken[CONFIG_MAX_KEYS * 3 * REQ_COUNT];
	size_t ntaken = 0;
	bool rebound[REQ_COUNT] = { false };
	nbindings = 0;
	for (size_t i = 0; cfg && i < cfg->nbindings; i++) {
		const struct config_binding *b = &cfg->bindings[i];
		if (b->request >= nreq)
			continue;
		enum request req = bindable_req[b->request];
		rebound[req] = true;
		for (size_t j = 0; j < b->n && ntaken + 3 <= sizeof(taken) / sizeof(taken[0]); j++) {
			size_t n = curses_keys(&b->keys[j], taken + ntaken);
			for (size_t k = 0; k < n && nbindings < MAX_BINDINGS; k++) {
				taken[ntaken + k].req = req;
				char buf[16];
				snprintf(names[nbindings], sizeof(names[nbindings]), "%s",
					 config_key_name(&b->keys[j], buf));
				taken[ntaken + k].name = names[nbindings];
				bindings[nbindings++] = taken[ntaken + k];
			}
			ntaken += n;
		}
	}
	for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		const struct binding *d = &defaults[i];
		bool gone = rebound[d->req];
		for (size_t k = 0; k < ntaken && !gone; k++)
			gone = taken[k].key == d->key && taken[k].function_key == d->function_key;
		if (!gone && nbindings < MAX_BINDINGS)
			bindings[nbindings++] = *d;
	}
}

/* The table, made from the defaults alone if keys_init() has not run. */
static void ready(void)
{
	if (!nbindings)
		keys_init(NULL);
}

size_t ui_request_keys(size_t i, char *buf, size_t len)
{
	size_t nreq;
	ui_request_names(&nreq);
	ready();
	buf[0] = '\0';
	if (i >= nreq)
		return 0;
	size_t o = 0, n = 0;
	const char *last = NULL;
	for (size_t k = 0; k < nbindings; k++) {
		if (bindings[k].req != bindable_req[i] || bindings[k].key < 0)
			continue;
		if (last && !strcmp(last, bindings[k].name))
			continue; /* Enter's three codes: one name */
		last = bindings[k].name;
		if (o < len)
			o += (size_t)snprintf(buf + o, len - o, "%s%s", n ? " " : "",
					      bindings[k].name);
		n++;
	}
	return n;
}

void ui_keys_init(const struct config *cfg)
{
	keys_init(cfg);
}

enum request keys_request(int rc, wint_t key)
{
	if (rc == KEY_CODE_YES && key == KEY_MOUSE)
		return REQ_CLICK;
	ready();
	for (size_t i = 0; i < nbindings; i++) {
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
	ready();
	for (size_t i = 0; i < nbindings; i++)
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
