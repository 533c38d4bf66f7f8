/*
 * config: the person's settings, from $XDG_CONFIG_HOME/stride/config.yaml
 * (docs/stride-config.5): key bindings, colours, the first day of the
 * week, the default plan, the editor and the time of day of the weekly
 * schedule in the calendar feed.
 *
 * The file is optional and read with the loader's YAML tree (the same
 * file:line:col errors as plans). A file with any error gives no setting
 * at all: config_load() leaves the defaults in place and the errors in
 * cfg->diags, and stride runs on, saying so (never refusing to open over
 * a config mistake). Each setting remembers where it came from.
 *
 * A process has one current config (config_use()), which the core reads
 * where a setting applies: calendar (the week start), editor, cli_plan.
 * Nothing here prints.
 */
#ifndef STRIDE_CONFIG_H
#define STRIDE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/diag.h"

/* Where a setting's value came from. */
enum config_from { CONFIG_DEFAULT, CONFIG_FILE, CONFIG_ENV };

struct config_origin {
	enum config_from from;
	unsigned line, col; /* in the file, for CONFIG_FILE */
	const char *env;    /* the variable, for CONFIG_ENV */
};

enum config_theme { CONFIG_THEME_DARK, CONFIG_THEME_LIGHT, CONFIG_THEME_MONO };

/* What the colours section can colour: each a role of the TUI. */
#define CONFIG_ELEMENTS(_)                                                       \
	_(TITLE, "title")                                                        \
	_(DIM, "dim")                                                            \
	_(SELECTED, "selected")                                                  \
	_(STATUS_BAR, "status-bar")                                              \
	_(TAB, "tab")                                                            \
	_(DONE, "done")                                                          \
	_(DOING, "doing")                                                        \
	_(OVERDUE, "overdue")                                                    \
	_(BEHIND, "behind")                                                      \
	_(GOOD, "good")                                                          \
	_(KEY, "key")                                                            \
	_(BAR, "bar")                                                            \
	_(HEAT1, "heat-1")                                                       \
	_(HEAT2, "heat-2")                                                       \
	_(HEAT3, "heat-3")                                                       \
	_(HEAT4, "heat-4")

enum config_element {
#define CONFIG_EL_ENUM(id, name) CONFIG_EL_##id,
	CONFIG_ELEMENTS(CONFIG_EL_ENUM)
#undef CONFIG_EL_ENUM
	CONFIG_EL_COUNT
};

/* Attributes of a style. */
enum {
	CONFIG_BOLD = 1,
	CONFIG_DIM = 2,
	CONFIG_UNDERLINE = 4,
	CONFIG_REVERSE = 8,
	CONFIG_ITALIC = 16,
};

#define CONFIG_COLOR_DEFAULT (-1) /* the terminal's own */

/* "bold red on 236": colours 0-255 (0-7 the eight named ones, 8-15 their
 * bright-), or CONFIG_COLOR_DEFAULT. */
struct config_style {
	bool set; /* the file gave it */
	short fg, bg;
	unsigned attrs;
	struct config_origin at;
};

/* A key as the file names it: a character (a Unicode code point, "C-x"
 * being the control character) or one of the keys that are not. */
enum config_special {
	CONFIG_KEY_CHAR, /* not special: code is the character */
	CONFIG_KEY_ENTER,
	CONFIG_KEY_BACKSPACE,
	CONFIG_KEY_BTAB,
	CONFIG_KEY_UP,
	CONFIG_KEY_DOWN,
	CONFIG_KEY_LEFT,
	CONFIG_KEY_RIGHT,
	CONFIG_KEY_HOME,
	CONFIG_KEY_END,
	CONFIG_KEY_PGUP,
	CONFIG_KEY_PGDN,
	CONFIG_KEY_INSERT,
	CONFIG_KEY_DELETE,
	CONFIG_KEY_F, /* code: 1 to 12 */
};

struct config_key {
	enum config_special special;
	unsigned code;
};

#define CONFIG_MAX_KEYS 8

/* The keys the file gives a request: they replace its default keys. */
struct config_binding {
	size_t request; /* an index into the names config_load() was given */
	struct config_key keys[CONFIG_MAX_KEYS];
	size_t n;
	struct config_origin at;
};

struct config {
	char *path;  /* the file looked for (malloc'd) */
	bool exists; /* it was there */
	bool bad;    /* it has errors: diags; every setting is the default */
	struct diag_list diags;

	enum config_theme theme;
	struct config_origin theme_at;
	struct config_style styles[CONFIG_EL_COUNT];
	struct config_binding *bindings;
	size_t nbindings;
	int week_start; /* 0 Monday, 6 Sunday (calendar_weekday's numbers) */
	struct config_origin week_start_at;
	char *plan; /* the default plan's id, or NULL */
	struct config_origin plan_at;
	char *editor; /* the editor's command line: never NULL ("vi") */
	struct config_origin editor_at;
	int calendar_time; /* minutes after midnight */
	struct config_origin calendar_time_at;
};

/* The file to read: $STRIDE_CONFIG, else $XDG_CONFIG_HOME/stride/config.yaml,
 * else ~/.config/stride/config.yaml (malloc'd). */
char *config_default_path(void);

/*
 * Fills cfg with the defaults (the editor from $VISUAL, $EDITOR or vi),
 * then, when the file at path (NULL: config_default_path()) exists, reads
 * it. Returns 0, or -1 when the file has errors (in cfg->diags, with
 * cfg->bad set, and every setting left at its default); a missing file is
 * no error. requests names the TUI's requests (nrequests of them), which
 * the `keys` section is checked against. config_done() frees what cfg
 * holds. Nothing is read but a stat() when there is no file.
 */
int config_load(struct config *cfg, const char *path, const char *const *requests,
		size_t nrequests);
/* The same for a file's text in memory (buf stays the caller's; name is
 * what messages call it): for the fuzzer. */
int config_load_buffer(struct config *cfg, const char *name, const char *buf, size_t len,
		       const char *const *requests, size_t nrequests);
void config_done(struct config *cfg);

/* Makes cfg the process's current config (it stays the caller's), or the
 * defaults again with NULL. */
void config_use(const struct config *cfg);
/* The current config: the one config_use() was given, else the defaults
 * (with the editor of the environment). Never NULL. */
const struct config *config_current(void);

/* The element named name, or -1. */
int config_element(const char *name);
const char *config_element_name(enum config_element el);
const char *config_theme_name(enum config_theme t);

/* Parses one key name ("x", "Space", "C-x", "F1", "Enter"): true, or
 * false with why (a suffix may name the nearest key name). */
bool config_parse_key(const char *s, struct config_key *out, char *why, size_t whylen);
/* The key's name as the file would write it ("Space", "C-x", "F1"). */
const char *config_key_name(const struct config_key *k, char buf[16]);
/* Parses a style ("bold red on 236"): true, or false with why. */
bool config_parse_style(const char *s, struct config_style *out, char *why, size_t whylen);
/* A colour's name: "red", "bright-red", "236", "default" (buf). */
const char *config_color_name(short c, char buf[16]);
/* A style as the file would write it (buf). */
const char *config_style_text(const struct config_style *st, char *buf, size_t len);
/* Parses "HH:MM" into minutes after midnight: true, or false. */
bool config_parse_time(const char *s, int *minutes);

/* Where a setting came from, as `stride config` prints it: "default",
 * "FILE:LINE", "$VISUAL" (buf). */
const char *config_origin_text(const struct config *cfg, const struct config_origin *at,
			       char *buf, size_t len);

/* The setting's value, from the current config. */
int config_week_start(void);
int config_calendar_time(void);
const char *config_editor(void);
const char *config_plan(void);

#endif
