/*
 * Text on the screen. ui_text() is the one place where text from the store
 * (titles, notes, anything a plan or a person wrote) reaches the terminal:
 * it decodes UTF-8 itself, turns every control character into '?' (the
 * bidi controls that reorder a line too: text_unsafe_cp), and in a locale
 * that is not UTF-8 draws only ASCII. So no byte from a plan can act as a
 * terminal control sequence, and columns are counted as the terminal
 * counts them (wcwidth), never splitting a wide character.
 */
#include "ui.h"

#include "stride/config.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static bool utf8_mode;
static attr_t roles[UI_ROLE_COUNT];

bool ui_utf8(void)
{
	return utf8_mode;
}

attr_t ui_attr(enum ui_role role)
{
	return roles[role];
}

/* A role's look in a theme: attributes, and colours for a terminal of
 * 256 and of 8 (-1: the terminal's own). */
struct look {
	attr_t attrs;
	short fg, bg, fg8, bg8;
};

#define NOC -1, -1, -1, -1
/* dark: the basic eight colours, as stride always looked, but for the
 * heatmap's shades of green where there are 256 */
static const struct look dark[UI_ROLE_COUNT] = {
	[UI_NORMAL] = { A_NORMAL, NOC },
	[UI_TITLE] = { A_BOLD, COLOR_CYAN, -1, COLOR_CYAN, -1 },
	[UI_DIM] = { A_DIM, NOC },
	[UI_SELECTED] = { A_REVERSE, NOC },
	[UI_BAR] = { A_NORMAL, COLOR_BLACK, COLOR_CYAN, COLOR_BLACK, COLOR_CYAN },
	[UI_TAB] = { A_BOLD | A_REVERSE, NOC },
	[UI_DONE] = { A_NORMAL, COLOR_GREEN, -1, COLOR_GREEN, -1 },
	[UI_DOING] = { A_BOLD, COLOR_YELLOW, -1, COLOR_YELLOW, -1 },
	[UI_OVERDUE] = { A_BOLD, COLOR_RED, -1, COLOR_RED, -1 },
	[UI_BEHIND] = { A_BOLD, COLOR_RED, -1, COLOR_RED, -1 },
	[UI_GOOD] = { A_BOLD, COLOR_GREEN, -1, COLOR_GREEN, -1 },
	[UI_KEY] = { A_BOLD, COLOR_CYAN, -1, COLOR_CYAN, -1 },
	[UI_PROGRESS] = { A_BOLD, COLOR_GREEN, -1, COLOR_GREEN, -1 },
	[UI_HEAT1] = { A_NORMAL, 22, -1, COLOR_GREEN, -1 },
	[UI_HEAT2] = { A_NORMAL, 28, -1, COLOR_GREEN, -1 },
	[UI_HEAT3] = { A_BOLD, 34, -1, COLOR_GREEN, -1 },
	[UI_HEAT4] = { A_BOLD, 46, -1, COLOR_GREEN, -1 },
};

static const struct look light[UI_ROLE_COUNT] = {
	[UI_NORMAL] = { A_NORMAL, NOC },
	[UI_TITLE] = { A_BOLD, 25, -1, COLOR_BLUE, -1 },
	[UI_DIM] = { A_DIM, NOC },
	[UI_SELECTED] = { A_REVERSE, NOC },
	[UI_BAR] = { A_NORMAL, 231, 25, COLOR_WHITE, COLOR_BLUE },
	[UI_TAB] = { A_BOLD | A_REVERSE, NOC },
	[UI_DONE] = { A_NORMAL, 28, -1, COLOR_GREEN, -1 },
	[UI_DOING] = { A_BOLD, 130, -1, COLOR_MAGENTA, -1 },
	[UI_OVERDUE] = { A_BOLD, 160, -1, COLOR_RED, -1 },
	[UI_BEHIND] = { A_BOLD, 124, -1, COLOR_RED, -1 },
	[UI_GOOD] = { A_BOLD, 28, -1, COLOR_GREEN, -1 },
	[UI_KEY] = { A_BOLD, 25, -1, COLOR_BLUE, -1 },
	[UI_PROGRESS] = { A_NORMAL, 28, -1, COLOR_GREEN, -1 },
	[UI_HEAT1] = { A_NORMAL, 151, -1, COLOR_GREEN, -1 },
	[UI_HEAT2] = { A_NORMAL, 114, -1, COLOR_GREEN, -1 },
	[UI_HEAT3] = { A_BOLD, 71, -1, COLOR_GREEN, -1 },
	[UI_HEAT4] = { A_BOLD, 28, -1, COLOR_GREEN, -1 },
};

/* Without colours (mono, NO_COLOR, a terminal without them), attributes
 * alone tell the roles apart. */
static const attr_t mono[UI_ROLE_COUNT] = {
	[UI_NORMAL] = A_NORMAL,	  [UI_TITLE] = A_BOLD,
	[UI_DIM] = A_DIM,	  [UI_SELECTED] = A_REVERSE,
	[UI_BAR] = A_REVERSE,	  [UI_TAB] = A_BOLD,
	[UI_DONE] = A_NORMAL,	  [UI_DOING] = A_BOLD,
	[UI_OVERDUE] = A_BOLD | A_UNDERLINE,
	[UI_BEHIND] = A_BOLD | A_UNDERLINE,
	[UI_GOOD] = A_BOLD,	  [UI_KEY] = A_BOLD,
	[UI_PROGRESS] = A_NORMAL, [UI_HEAT1] = A_DIM,
	[UI_HEAT2] = A_NORMAL,	  [UI_HEAT3] = A_BOLD,
	[UI_HEAT4] = A_BOLD,
};

/* The role of each element of the config file's colors. */
static const enum ui_role element_role[CONFIG_EL_COUNT] = {
	[CONFIG_EL_TITLE] = UI_TITLE,	    [CONFIG_EL_DIM] = UI_DIM,
	[CONFIG_EL_SELECTED] = UI_SELECTED, [CONFIG_EL_STATUS_BAR] = UI_BAR,
	[CONFIG_EL_TAB] = UI_TAB,	    [CONFIG_EL_DONE] = UI_DONE,
	[CONFIG_EL_DOING] = UI_DOING,	    [CONFIG_EL_OVERDUE] = UI_OVERDUE,
	[CONFIG_EL_BEHIND] = UI_BEHIND,	    [CONFIG_EL_GOOD] = UI_GOOD,
	[CONFIG_EL_KEY] = UI_KEY,	    [CONFIG_EL_BAR] = UI_PROGRESS,
	[CONFIG_EL_HEAT1] = UI_HEAT1,	    [CONFIG_EL_HEAT2] = UI_HEAT2,
	[CONFIG_EL_HEAT3] = UI_HEAT3,	    [CONFIG_EL_HEAT4] = UI_HEAT4,
};

/* One of the 256 colours on a terminal of 8: the colour whose red, green
 * and blue are those at least half the brightest of c's. */
static short to8(short c)
{
	if (c < 16)
		return c < 0 ? c : (short)(c % 8);
	if (c >= 232)
		return c < 244 ? COLOR_BLACK : COLOR_WHITE;
	int r = (c - 16) / 36, g = (c - 16) / 6 % 6, b = (c - 16) % 6;
	int max = r > g ? (r > b ? r : b) : (g > b ? g : b);
	if (!max)
		return COLOR_BLACK;
	return (short)((2 * r >= max ? 1 : 0) | (2 * g >= max ? 2 : 0) | (2 * b >= max ? 4 : 0));
}

static attr_t style_attrs(unsigned a)
{
	return (a & CONFIG_BOLD ? A_BOLD : 0) | (a & CONFIG_DIM ? A_DIM : 0) |
	       (a & CONFIG_UNDERLINE ? A_UNDERLINE : 0) | (a & CONFIG_REVERSE ? A_REVERSE : 0) |
	       (a & CONFIG_ITALIC ? A_ITALIC : 0);
}

static unsigned config_attrs(attr_t a)
{
	return (a & A_BOLD ? CONFIG_BOLD : 0) | (a & A_DIM ? CONFIG_DIM : 0) |
	       (a & A_UNDERLINE ? CONFIG_UNDERLINE : 0) | (a & A_REVERSE ? CONFIG_REVERSE : 0) |
	       (a & A_ITALIC ? CONFIG_ITALIC : 0);
}

void ui_theme_style(enum config_theme theme, enum config_element el, struct config_style *out)
{
	enum ui_role r = element_role[el];
	*out = (struct config_style){ .fg = CONFIG_COLOR_DEFAULT, .bg = CONFIG_COLOR_DEFAULT };
	if (theme == CONFIG_THEME_MONO) {
		out->attrs = config_attrs(mono[r]);
		return;
	}
	const struct look *l = theme == CONFIG_THEME_LIGHT ? &light[r] : &dark[r];
	out->attrs = config_attrs(l->attrs);
	out->fg = l->fg;
	out->bg = l->bg;
}

void ui_draw_init(bool utf8, const struct config *cfg)
{
	utf8_mode = utf8;
	const char *no_color = getenv("NO_COLOR");
	bool color = has_colors() && !(no_color && *no_color) &&
		     (!cfg || cfg->theme != CONFIG_THEME_MONO);
	for (int r = 0; r < UI_ROLE_COUNT; r++)
		roles[r] = mono[r];
	if (color) {
		start_color();
		use_default_colors();
	}
	bool c256 = color && COLORS >= 256;
	const struct look *theme = cfg && cfg->theme == CONFIG_THEME_LIGHT ? light : dark;
	for (int r = 0; color && r < UI_ROLE_COUNT; r++) {
		const struct look *l = &theme[r];
		short fg = c256 ? l->fg : l->fg8, bg = c256 ? l->bg : l->bg8;
		roles[r] = l->attrs;
		if (fg >= 0 || bg >= 0) {
			init_pair((short)(r + 1), fg, bg);
			roles[r] |= COLOR_PAIR(r + 1);
		}
	}
	/* the file's own, over the theme's */
	for (int e = 0; cfg && e < CONFIG_EL_COUNT; e++) {
		const struct config_style *st = &cfg->styles[e];
		if (!st->set)
			continue;
		enum ui_role r = element_role[e];
		roles[r] = style_attrs(st->attrs);
		if (!color)
			continue;
		short fg = c256 ? st->fg : to8(st->fg), bg = c256 ? st->bg : to8(st->bg);
		if (fg >= 0 || bg >= 0) {
			init_pair((short)(r + 1), fg, bg);
			roles[r] |= COLOR_PAIR(r + 1);
		}
	}
}

/* The character to draw for code point cp, and its width: controls, the
 * bidi controls that would reorder the line (text_unsafe_cp) and what
 * cannot be shown become '?'. */
static wchar_t shown(uint32_t cp, int *width)
{
	if (text_unsafe_cp(cp)) {
		*width = 1;
		return cp == '\t' ? L' ' : L'?';
	}
	if (!utf8_mode) {
		*width = 1;
		if (cp < 0x80)
			return (wchar_t)cp;
		char c = text_ascii_fold(cp);
		return c ? (wchar_t)c : L'?';
	}
	int w = wcwidth((wchar_t)cp);
	if (w < 0) {
		*width = 1;
		return L'?';
	}
	*width = w;
	return (wchar_t)cp;
}

/* Walks s as UTF-8, one shown character at a time. */
static const char *next(const char *s, wchar_t *wc, int *width)
{
	uint32_t cp;
	size_t n = text_utf8_decode((const unsigned char *)s, strlen(s), &cp);
	if (!n) {
		n = 1;
		cp = 0xFFFD;
	}
	*wc = shown(cp, width);
	return s + n;
}

int ui_text_width(const char *s)
{
	int cols = 0, w;
	wchar_t wc;
	while (s && *s) {
		s = next(s, &wc, &w);
		cols += w;
	}
	return cols;
}

int ui_text(WINDOW *win, int y, int x, int width, const char *s, attr_t attr)
{
	if (width <= 0 || !s)
		return 0;
	const char *ellipsis = utf8_mode ? "\xe2\x80\xa6" : "~";
	int total = ui_text_width(s);
	int room = total > width ? width - 1 : width; /* keep a cell for … */
	wchar_t buf[512];
	int n = 0, cols = 0, w;
	wchar_t wc;
	const char *p = s;
	bool at_start = true;
	while (*p && n < (int)(sizeof(buf) / sizeof(buf[0])) - 2) {
		const char *q = next(p, &wc, &w);
		if (w == 0 && at_start) {
			/* a combining mark with nothing to sit on */
			wc = L'?';
			w = 1;
		}
		if (cols + w > room)
			break;
		buf[n++] = wc;
		cols += w;
		at_start = false;
		p = q;
	}
	buf[n] = L'\0';
	wattrset(win, attr);
	mvwaddnwstr(win, y, x, buf, n);
	if (total > width) {
		waddstr(win, ellipsis);
		cols++;
	}
	wattrset(win, A_NORMAL);
	return cols;
}

size_t ui_text_fit(const char *s, int width)
{
	int cols = 0, w;
	wchar_t wc;
	const char *p = s;
	while (*p) {
		const char *q = next(p, &wc, &w);
		if (cols + w > width)
			break;
		cols += w;
		p = q;
	}
	return (size_t)(p - s);
}

void ui_fill(WINDOW *win, int y, int x, int width, attr_t attr)
{
	wattrset(win, attr);
	for (int i = 0; i < width; i++)
		mvwaddch(win, y, x + i, ' ');
	wattrset(win, A_NORMAL);
}

const char *ui_fmt(const char *fmt, ...)
{
	static char buf[4][1024];
	static int i;
	i = (i + 1) % 4;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf[i], sizeof(buf[i]), fmt, ap);
	va_end(ap);
	return buf[i];
}

void ui_bar(WINDOW *win, int y, int x, int width, long long part, long long whole,
	    attr_t attr)
{
	if (width <= 0)
		return;
	long long filled = whole > 0 ? part * width / whole : 0;
	if (filled > width)
		filled = width;
	wmove(win, y, x);
	for (int i = 0; i < width; i++) {
		if (utf8_mode) {
			wattrset(win, i < filled ? attr : ui_attr(UI_DIM));
			waddstr(win, i < filled ? "\xe2\x96\x88" : "\xe2\x96\x91");
		} else {
			wattrset(win, i < filled ? attr : A_NORMAL);
			waddch(win, i < filled ? '#' : '-');
		}
	}
	wattrset(win, A_NORMAL);
}

const char *ui_glyph_fold(bool open)
{
	if (utf8_mode)
		return open ? "\xe2\x96\xbe" : "\xe2\x96\xb8";
	return open ? "v" : ">";
}

const char *ui_glyph_sep(void)
{
	return utf8_mode ? " \xc2\xb7 " : " | ";
}

const char *ui_box(enum store_status st)
{
	switch (st) {
	case STORE_DOING: return "[~]";
	case STORE_DONE: return "[x]";
	case STORE_SKIPPED: return "[-]";
	default: return "[ ]";
	}
}

enum ui_role ui_status_role(enum store_status st)
{
	switch (st) {
	case STORE_DOING: return UI_DOING;
	case STORE_DONE: return UI_DONE;
	case STORE_SKIPPED: return UI_DIM;
	default: return UI_NORMAL;
	}
}

const char *ui_minutes(long long m)
{
	char buf[TEXT_MINUTES_LEN];
	return ui_fmt("%s", text_minutes(m, buf));
}

int ui_wrapped(WINDOW *w, int y, int bottom, int x, int width,
			const char *label, const char *text, attr_t attr)
{
	if (!text || y >= bottom)
		return y;
	if (label) {
		ui_text(w, y++, x, width, label, A_BOLD);
		if (y >= bottom)
			return y;
	}
	char *copy = xstrdup(text);
	for (char *line = strtok(copy, "\n"); line && y < bottom;
	     line = strtok(NULL, "\n")) {
		/* cut long lines at the pane's width, at a space if one is near */
		const char *p = line;
		while (*p && y < bottom) {
			/* as much as fits, whole characters, cut at a space when
			 * one is in the second half */
			size_t len = strlen(p), take = ui_text_fit(p, width - 2);
			if (take < len) {
				size_t space = take;
				while (space > take / 2 && p[space] != ' ')
					space--;
				if (space > take / 2)
					take = space;
			}
			if (!take) /* a character wider than the pane */
				take = strlen(p);
			ui_text(w, y++, x + 2, width - 2, ui_fmt("%.*s", (int)take, p), attr);
			p += take;
			while (*p == ' ')
				p++;
		}
	}
	free(copy);
	return y;
}
