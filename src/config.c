/*
 * The config file: the loader reads it into its YAML tree (the same checks
 * and file:line:col errors as a plan), and this walks the tree into a
 * struct config, checking every key (an unknown one names the nearest,
 * text_did_you_mean) and every value. Settings go into a scratch copy and
 * are kept only when the whole file is clean.
 */
#include "stride/config.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define DEFAULT_CALENDAR_TIME (18 * 60)

static const char *const element_names[CONFIG_EL_COUNT] = {
#define CONFIG_EL_NAME(id, name) [CONFIG_EL_##id] = name,
	CONFIG_ELEMENTS(CONFIG_EL_NAME)
#undef CONFIG_EL_NAME
};

static const char *const theme_names[] = { "dark", "light", "mono" };

static const char *const top_keys[] = {
	"keys", "colors", "week-start", "plan", "editor", "calendar-time",
};

static const char *const color_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const char *const attr_names[] = { "bold", "dim", "underline", "reverse", "italic" };

/* Named keys, with what else a person may call them. */
static const struct {
	const char *name;
	enum config_special special;
	unsigned code;
} named_keys[] = {
	{ "Enter", CONFIG_KEY_ENTER, 0 },	{ "Return", CONFIG_KEY_ENTER, 0 },
	{ "Tab", CONFIG_KEY_CHAR, '\t' },	{ "S-Tab", CONFIG_KEY_BTAB, 0 },
	{ "BackTab", CONFIG_KEY_BTAB, 0 },	{ "Space", CONFIG_KEY_CHAR, ' ' },
	{ "Esc", CONFIG_KEY_CHAR, 27 },		{ "Escape", CONFIG_KEY_CHAR, 27 },
	{ "Backspace", CONFIG_KEY_BACKSPACE, 0 }, { "Up", CONFIG_KEY_UP, 0 },
	{ "Down", CONFIG_KEY_DOWN, 0 },		{ "Left", CONFIG_KEY_LEFT, 0 },
	{ "Right", CONFIG_KEY_RIGHT, 0 },	{ "Home", CONFIG_KEY_HOME, 0 },
	{ "End", CONFIG_KEY_END, 0 },		{ "PgUp", CONFIG_KEY_PGUP, 0 },
	{ "PageUp", CONFIG_KEY_PGUP, 0 },	{ "PgDn", CONFIG_KEY_PGDN, 0 },
	{ "PageDown", CONFIG_KEY_PGDN, 0 },	{ "Insert", CONFIG_KEY_INSERT, 0 },
	{ "Delete", CONFIG_KEY_DELETE, 0 },	{ "Del", CONFIG_KEY_DELETE, 0 },
};

/* ---- values ------------------------------------------------------------------ */

const char *config_element_name(enum config_element el)
{
	return el < CONFIG_EL_COUNT ? element_names[el] : "";
}

int config_element(const char *name)
{
	for (int i = 0; i < CONFIG_EL_COUNT; i++)
		if (!strcmp(element_names[i], name))
			return i;
	return -1;
}

const char *config_theme_name(enum config_theme t)
{
	return theme_names[t];
}

bool config_parse_key(const char *s, struct config_key *out, char *why, size_t whylen)
{
	size_t len = strlen(s);
	uint32_t cp;
	size_t n = text_utf8_decode((const unsigned char *)s, len, &cp);
	if (len && n == len && cp >= 0x20 && cp != 0x7f && !text_unsafe_cp(cp)) {
		*out = (struct config_key){ CONFIG_KEY_CHAR, cp };
		return true;
	}
	for (size_t i = 0; i < ARRAY_SIZE(named_keys); i++)
		if (!strcasecmp(s, named_keys[i].name)) {
			*out = (struct config_key){ named_keys[i].special, named_keys[i].code };
			return true;
		}
	if (len == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-' &&
	    isalpha((unsigned char)s[2])) {
		*out = (struct config_key){ CONFIG_KEY_CHAR,
					    (unsigned)(tolower((unsigned char)s[2]) & 0x1f) };
		return true;
	}
	if ((s[0] == 'F' || s[0] == 'f') && len >= 2 && len <= 3 &&
	    strspn(s + 1, "0123456789") == len - 1) {
		int f = atoi(s + 1);
		if (f >= 1 && f <= 12) {
			*out = (struct config_key){ CONFIG_KEY_F, (unsigned)f };
			return true;
		}
	}
	const char *cands[ARRAY_SIZE(named_keys)];
	for (size_t i = 0; i < ARRAY_SIZE(named_keys); i++)
		cands[i] = named_keys[i].name;
	const char *hint = text_did_you_mean(s, cands, ARRAY_SIZE(cands));
	snprintf(why, whylen,
		 "'%s' is not a key: a character, C-a to C-z, F1 to F12, or one of "
		 "Enter, Tab, S-Tab, Space, Esc, Backspace, Up, Down, Left, Right, "
		 "Home, End, PgUp, PgDn, Insert, Delete%s",
		 s, hint);
	return false;
}

const char *config_key_name(const struct config_key *k, char buf[16])
{
	if (k->special == CONFIG_KEY_F) {
		snprintf(buf, 16, "F%u", k->code);
		return buf;
	}
	for (size_t i = 0; i < ARRAY_SIZE(named_keys); i++)
		if (named_keys[i].special == k->special &&
		    (k->special != CONFIG_KEY_CHAR || named_keys[i].code == k->code))
			return named_keys[i].name;
	if (k->code < 0x20) {
		snprintf(buf, 16, "C-%c", (char)(k->code + 'a' - 1));
		return buf;
	}
	unsigned c = k->code;
	unsigned char *u = (unsigned char *)buf;
	if (c < 0x80) {
		u[0] = (unsigned char)c;
		u[1] = 0;
	} else if (c < 0x800) {
		u[0] = (unsigned char)(0xC0 | c >> 6);
		u[1] = (unsigned char)(0x80 | (c & 0x3F));
		u[2] = 0;
	} else if (c < 0x10000) {
		u[0] = (unsigned char)(0xE0 | c >> 12);
		u[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		u[2] = (unsigned char)(0x80 | (c & 0x3F));
		u[3] = 0;
	} else {
		u[0] = (unsigned char)(0xF0 | c >> 18);
		u[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
		u[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		u[3] = (unsigned char)(0x80 | (c & 0x3F));
		u[4] = 0;
	}
	return buf;
}

/* A colour: a name, bright-NAME, default, or 0-255. */
static bool parse_color(const char *s, short *out)
{
	if (!strcasecmp(s, "default") || !strcasecmp(s, "none")) {
		*out = CONFIG_COLOR_DEFAULT;
		return true;
	}
	bool bright = !strncasecmp(s, "bright-", 7);
	const char *name = bright ? s + 7 : s;
	for (short i = 0; i < 8; i++)
		if (!strcasecmp(name, color_names[i])) {
			*out = (short)(i + (bright ? 8 : 0));
			return true;
		}
	if (!bright && *s && strlen(s) <= 3 && strspn(s, "0123456789") == strlen(s)) {
		int v = atoi(s);
		if (v <= 255) {
			*out = (short)v;
			return true;
		}
	}
	return false;
}

const char *config_color_name(short c, char buf[16])
{
	if (c < 0)
		return "default";
	if (c < 8)
		return color_names[c];
	if (c < 16)
		snprintf(buf, 16, "bright-%s", color_names[c - 8]);
	else
		snprintf(buf, 16, "%d", c);
	return buf;
}

bool config_parse_style(const char *s, struct config_style *out, char *why, size_t whylen)
{
	struct config_style st = { .set = true, .fg = CONFIG_COLOR_DEFAULT,
				   .bg = CONFIG_COLOR_DEFAULT };
	char *copy = xstrdup(s);
	bool on = false, have_fg = false, have_bg = false, ok = true, any = false;
	char *save = NULL;
	for (char *w = strtok_r(copy, " \t", &save); w && ok; w = strtok_r(NULL, " \t", &save)) {
		any = true;
		bool attr = false;
		for (size_t i = 0; i < ARRAY_SIZE(attr_names); i++)
			if (!strcasecmp(w, attr_names[i])) {
				st.attrs |= 1u << i;
				attr = true;
			}
		if (attr)
			continue;
		if (!strcasecmp(w, "on")) {
			if (on) {
				snprintf(why, whylen, "more than two colours: \"FG\" or \"FG on BG\"");
				ok = false;
			} else if (!have_fg) {
				snprintf(why, whylen, "'on' comes between two colours: "
						      "\"red on black\"");
				ok = false;
			}
			on = true;
			continue;
		}
		short c;
		if (!parse_color(w, &c)) {
			const char *cands[8 + ARRAY_SIZE(attr_names) + 1];
			size_t n = 0;
			for (size_t i = 0; i < 8; i++)
				cands[n++] = color_names[i];
			for (size_t i = 0; i < ARRAY_SIZE(attr_names); i++)
				cands[n++] = attr_names[i];
			cands[n++] = "default";
			snprintf(why, whylen,
				 "'%s' is not a colour: black, red, green, yellow, blue, "
				 "magenta, cyan, white (bright-NAME for the bright ones), "
				 "0 to 255, or default%s",
				 w, text_did_you_mean(w, cands, n));
			ok = false;
		} else if (on && !have_bg) {
			st.bg = c;
			have_bg = true;
		} else if (!on && !have_fg) {
			st.fg = c;
			have_fg = true;
		} else {
			snprintf(why, whylen, "more than two colours: \"FG\" or \"FG on BG\"");
			ok = false;
		}
	}
	free(copy);
	if (ok && !any) {
		snprintf(why, whylen, "an empty style: \"bold red on black\", say");
		ok = false;
	}
	if (ok && on && !have_bg) {
		snprintf(why, whylen, "'on' needs a colour after it");
		ok = false;
	}
	if (ok)
		*out = st;
	return ok;
}

const char *config_style_text(const struct config_style *st, char *buf, size_t len)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(attr_names); i++)
		if (st->attrs & (1u << i))
			o += (size_t)snprintf(buf + o, o < len ? len - o : 0, "%s ", attr_names[i]);
	char c[16];
	if (o && st->fg == CONFIG_COLOR_DEFAULT && st->bg == CONFIG_COLOR_DEFAULT) {
		buf[o - 1] = '\0'; /* "bold": no colour to name */
		return buf;
	}
	if (o < len)
		o += (size_t)snprintf(buf + o, len - o, "%s", config_color_name(st->fg, c));
	if (st->bg != CONFIG_COLOR_DEFAULT && o < len)
		snprintf(buf + o, len - o, " on %s", config_color_name(st->bg, c));
	return buf;
}

bool config_parse_time(const char *s, int *minutes)
{
	if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) || s[2] != ':' ||
	    !isdigit((unsigned char)s[3]) || !isdigit((unsigned char)s[4]) || s[5])
		return false;
	int h = (s[0] - '0') * 10 + s[1] - '0', m = (s[3] - '0') * 10 + s[4] - '0';
	if (h > 23 || m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}

/* ---- the file ------------------------------------------------------------------ */

char *config_default_path(void)
{
	const char *env = getenv("STRIDE_CONFIG");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_CONFIG_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/stride/config.yaml", xdg);
	const char *home = getenv("HOME");
	return xasprintf("%s/.config/stride/config.yaml", home && *home ? home : ".");
}

static void defaults(struct config *cfg)
{
	cfg->theme = CONFIG_THEME_DARK;
	cfg->theme_at = (struct config_origin){ CONFIG_DEFAULT, 0, 0, NULL };
	for (int i = 0; i < CONFIG_EL_COUNT; i++)
		cfg->styles[i] = (struct config_style){ .fg = CONFIG_COLOR_DEFAULT,
							.bg = CONFIG_COLOR_DEFAULT };
	cfg->bindings = NULL;
	cfg->nbindings = 0;
	cfg->week_start = 0;
	cfg->week_start_at = (struct config_origin){ CONFIG_DEFAULT, 0, 0, NULL };
	cfg->plan = NULL;
	cfg->plan_at = cfg->week_start_at;
	cfg->calendar_time = DEFAULT_CALENDAR_TIME;
	cfg->calendar_time_at = cfg->week_start_at;
	const char *v = getenv("VISUAL");
	const char *var = "VISUAL";
	if (!v || !*v) {
		v = getenv("EDITOR");
		var = "EDITOR";
	}
	if (v && *v) {
		cfg->editor = xstrdup(v);
		cfg->editor_at = (struct config_origin){ CONFIG_ENV, 0, 0, var };
	} else {
		cfg->editor = xstrdup("vi");
		cfg->editor_at = cfg->week_start_at;
	}
}

/* The walk: errors go to diags, values into cfg. */
struct walk {
	struct config *cfg;
	struct diag_list *diags;
	const char *const *requests;
	size_t nrequests;
};

static void err(struct walk *w, const struct loader_node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void err(struct walk *w, const struct loader_node *n, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	diag_add(w->diags, DIAG_ERROR, n->line, n->col, "%s", buf);
}

static struct config_origin at(const struct loader_node *n)
{
	return (struct config_origin){ CONFIG_FILE, n->line, n->col, NULL };
}

/* A scalar's text, or NULL with an error naming the key. */
static const char *scalar(struct walk *w, const struct loader_node *v, const char *key)
{
	if (v->kind != LOADER_SCALAR || v->bad) {
		if (!v->bad)
			err(w, v, "'%s' takes one value, not %s", key,
			    v->kind == LOADER_SEQ ? "a list" : "a mapping");
		return NULL;
	}
	if (loader_node_null(v)) {
		err(w, v, "'%s' has no value", key);
		return NULL;
	}
	return v->str;
}

/* Checks that n is a mapping without a key twice; false when it is not
 * a mapping (with an error). */
static bool mapping(struct walk *w, const struct loader_node *n, const char *what)
{
	if (n->kind != LOADER_MAP) {
		if (!n->bad)
			err(w, n, "%s is a mapping of keys to values", what);
		return false;
	}
	for (unsigned i = 0; i < n->n; i++) {
		const struct loader_node *k = &n->items[2 * i];
		if (k->kind != LOADER_SCALAR) {
			err(w, k, "a key in %s must be text", what);
			continue;
		}
		for (unsigned j = 0; j < i; j++)
			if (n->items[2 * j].kind == LOADER_SCALAR &&
			    !strcmp(n->items[2 * j].str, k->str))
				err(w, k, "'%s' is given twice in %s (first at line %u)",
				    k->str, what, n->items[2 * j].line);
	}
	return true;
}

static void unknown(struct walk *w, const struct loader_node *k, const char *what,
		    const char *const *cands, size_t n)
{
	const char *hint = text_did_you_mean(k->str, cands, n);
	err(w, k, "unknown key '%s' in %s%s", k->str, what, hint);
}

static void walk_colors(struct walk *w, const struct loader_node *n)
{
	if (!mapping(w, n, "colors"))
		return;
	const char *cands[CONFIG_EL_COUNT + 1];
	cands[0] = "theme";
	for (int i = 0; i < CONFIG_EL_COUNT; i++)
		cands[i + 1] = element_names[i];
	for (unsigned i = 0; i < n->n; i++) {
		const struct loader_node *k = &n->items[2 * i], *v = &n->items[2 * i + 1];
		if (k->kind != LOADER_SCALAR)
			continue;
		if (!strcmp(k->str, "theme")) {
			const char *s = scalar(w, v, "theme");
			if (!s)
				continue;
			size_t t = 0;
			while (t < ARRAY_SIZE(theme_names) && strcasecmp(s, theme_names[t]))
				t++;
			if (t == ARRAY_SIZE(theme_names)) {
				err(w, v, "'%s' is not a theme: dark, light or mono%s", s,
				    text_did_you_mean(s, theme_names, ARRAY_SIZE(theme_names)));
				continue;
			}
			w->cfg->theme = (enum config_theme)t;
			w->cfg->theme_at = at(v);
			continue;
		}
		int el = config_element(k->str);
		if (el < 0) {
			unknown(w, k, "colors", cands, ARRAY_SIZE(cands));
			continue;
		}
		const char *s = scalar(w, v, k->str);
		if (!s)
			continue;
		char why[400];
		struct config_style st;
		if (!config_parse_style(s, &st, why, sizeof(why))) {
			err(w, v, "%s", why);
			continue;
		}
		st.at = at(v);
		w->cfg->styles[el] = st;
	}
}

static bool same_key(const struct config_key *a, const struct config_key *b)
{
	return a->special == b->special && a->code == b->code;
}

/* One key of a binding, checked against every key bound before it. */
static void bind_key(struct walk *w, struct config_binding *b, const struct loader_node *v)
{
	const char *s = scalar(w, v, w->requests[b->request]);
	if (!s)
		return;
	struct config_key key;
	char why[400];
	if (!config_parse_key(s, &key, why, sizeof(why))) {
		err(w, v, "%s", why);
		return;
	}
	struct config *cfg = w->cfg;
	for (size_t i = 0; i < cfg->nbindings; i++)
		for (size_t j = 0; j < cfg->bindings[i].n; j++)
			if (same_key(&cfg->bindings[i].keys[j], &key)) {
				char nb[16];
				err(w, v, "the key %s is bound twice: to '%s' (line %u) "
					  "and to '%s'",
				    config_key_name(&key, nb),
				    w->requests[cfg->bindings[i].request],
				    cfg->bindings[i].at.line, w->requests[b->request]);
				return;
			}
	for (size_t j = 0; j < b->n; j++)
		if (same_key(&b->keys[j], &key)) {
			char nb[16];
			err(w, v, "the key %s is given twice", config_key_name(&key, nb));
			return;
		}
	if (b->n == CONFIG_MAX_KEYS) {
		err(w, v, "at most %d keys a request", CONFIG_MAX_KEYS);
		return;
	}
	b->keys[b->n++] = key;
}

static void walk_keys(struct walk *w, const struct loader_node *n)
{
	if (!mapping(w, n, "keys"))
		return;
	struct config *cfg = w->cfg;
	for (unsigned i = 0; i < n->n; i++) {
		const struct loader_node *k = &n->items[2 * i], *v = &n->items[2 * i + 1];
		if (k->kind != LOADER_SCALAR)
			continue;
		size_t r = 0;
		while (r < w->nrequests && strcmp(w->requests[r], k->str))
			r++;
		if (r == w->nrequests) {
			const char *hint = text_did_you_mean(k->str, w->requests, w->nrequests);
			err(w, k, "'%s' is not a request of the TUI%s", k->str,
			    *hint ? hint : " (the names are in stride-config(5))");
			continue;
		}
		cfg->bindings = xrealloc(cfg->bindings,
					 (cfg->nbindings + 1) * sizeof(*cfg->bindings));
		struct config_binding b = { .request = r, .at = at(k) };
		if (v->kind == LOADER_SEQ) {
			if (!v->n)
				err(w, v, "'%s' has no keys", k->str);
			for (unsigned j = 0; j < v->n; j++)
				bind_key(w, &b, &v->items[j]);
		} else {
			bind_key(w, &b, v);
		}
		cfg->bindings[cfg->nbindings++] = b;
	}
}

static void walk(struct walk *w, const struct loader_node *root)
{
	if (loader_node_null(root))
		return; /* an empty file: the defaults */
	if (!mapping(w, root, "the config file"))
		return;
	struct config *cfg = w->cfg;
	for (unsigned i = 0; i < root->n; i++) {
		const struct loader_node *k = &root->items[2 * i], *v = &root->items[2 * i + 1];
		if (k->kind != LOADER_SCALAR)
			continue;
		const char *s;
		if (!strcmp(k->str, "keys")) {
			if (!loader_node_null(v))
				walk_keys(w, v);
		} else if (!strcmp(k->str, "colors")) {
			if (!loader_node_null(v))
				walk_colors(w, v);
		} else if (!strcmp(k->str, "week-start")) {
			if (!(s = scalar(w, v, k->str)))
				continue;
			if (!strcasecmp(s, "monday") || !strcasecmp(s, "mon"))
				cfg->week_start = 0;
			else if (!strcasecmp(s, "sunday") || !strcasecmp(s, "sun"))
				cfg->week_start = 6;
			else {
				err(w, v, "week-start is monday or sunday, not '%s'", s);
				continue;
			}
			cfg->week_start_at = at(v);
		} else if (!strcmp(k->str, "plan")) {
			if (!(s = scalar(w, v, k->str)))
				continue;
			free(cfg->plan);
			cfg->plan = xstrdup(s);
			cfg->plan_at = at(v);
		} else if (!strcmp(k->str, "editor")) {
			if (!(s = scalar(w, v, k->str)))
				continue;
			if (!*s || strspn(s, " \t") == strlen(s)) {
				err(w, v, "'editor' is empty");
				continue;
			}
			free(cfg->editor);
			cfg->editor = xstrdup(s);
			cfg->editor_at = at(v);
		} else if (!strcmp(k->str, "calendar-time")) {
			if (!(s = scalar(w, v, k->str)))
				continue;
			if (!config_parse_time(s, &cfg->calendar_time)) {
				err(w, v, "calendar-time is a time of day, HH:MM from 00:00 "
					  "to 23:59, not '%s'",
				    s);
				continue;
			}
			cfg->calendar_time_at = at(v);
		} else {
			unknown(w, k, "the config file", top_keys, ARRAY_SIZE(top_keys));
		}
	}
}

static void clear(struct config *cfg)
{
	free(cfg->bindings);
	free(cfg->plan);
	free(cfg->editor);
	cfg->bindings = NULL;
	cfg->plan = cfg->editor = NULL;
}

/* The settings of the document read (or not: the error is in diags). */
static int settle(struct config *cfg, enum loader_status st, struct loader_doc *doc,
		  const struct loader_node *root, const char *const *requests, size_t nrequests)
{
	if (st == LOADER_OK) {
		struct walk w = { cfg, &cfg->diags, requests, nrequests };
		walk(&w, root);
		loader_doc_free(doc);
		diag_sort(&cfg->diags);
	}
	if (cfg->diags.errors) {
		cfg->bad = true;
		clear(cfg);
		defaults(cfg);
		return -1;
	}
	return 0;
}

int config_load(struct config *cfg, const char *path, const char *const *requests,
		size_t nrequests)
{
	memset(cfg, 0, sizeof(*cfg));
	diag_list_init(&cfg->diags);
	cfg->path = path ? xstrdup(path) : config_default_path();
	defaults(cfg);
	struct stat st;
	if (stat(cfg->path, &st) < 0 && errno == ENOENT)
		return 0;
	cfg->exists = true;
	struct loader_doc *doc;
	const struct loader_node *root;
	enum loader_status ls = loader_doc_load(cfg->path, "a config file", &doc, &root,
						&cfg->diags);
	return settle(cfg, ls, doc, root, requests, nrequests);
}

int config_load_buffer(struct config *cfg, const char *name, const char *buf, size_t len,
		       const char *const *requests, size_t nrequests)
{
	memset(cfg, 0, sizeof(*cfg));
	diag_list_init(&cfg->diags);
	cfg->path = xstrdup(name);
	defaults(cfg);
	cfg->exists = true;
	struct loader_doc *doc;
	const struct loader_node *root;
	enum loader_status ls = loader_doc_load_buffer(buf, len, "a config file", &doc, &root,
						       &cfg->diags);
	return settle(cfg, ls, doc, root, requests, nrequests);
}

void config_done(struct config *cfg)
{
	if (!cfg)
		return;
	clear(cfg);
	free(cfg->path);
	cfg->path = NULL;
	diag_list_done(&cfg->diags);
}

/* ---- the current config ---------------------------------------------------------- */

static const struct config *current;

void config_use(const struct config *cfg)
{
	current = cfg;
	calendar_set_week_start(cfg ? cfg->week_start : 0);
}

const struct config *config_current(void)
{
	static struct config fallback;
	static bool made;
	if (current)
		return current;
	if (!made) {
		defaults(&fallback);
		made = true;
	}
	return &fallback;
}

int config_week_start(void)
{
	return config_current()->week_start;
}

int config_calendar_time(void)
{
	return config_current()->calendar_time;
}

const char *config_editor(void)
{
	if (current)
		return current->editor;
	/* no config in use: the environment as it is now */
	const char *v = getenv("VISUAL");
	if (!v || !*v)
		v = getenv("EDITOR");
	return v && *v ? v : "vi";
}

const char *config_plan(void)
{
	return config_current()->plan;
}

const char *config_origin_text(const struct config *cfg, const struct config_origin *o,
			       char *buf, size_t len)
{
	switch (o->from) {
	case CONFIG_FILE:
		snprintf(buf, len, "%s:%u", cfg->path, o->line);
		break;
	case CONFIG_ENV:
		snprintf(buf, len, "$%s", o->env);
		break;
	default:
		snprintf(buf, len, "default");
		break;
	}
	return buf;
}
