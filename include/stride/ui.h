/*
 * ui: the terminal user interface (src/ui/, the only code that uses
 * curses).
 */
#ifndef STRIDE_UI_H
#define STRIDE_UI_H

struct store;

#include <stdbool.h>
#include <stddef.h>

/* Whether the TUI can run: stdin and stdout a terminal, TERM set to a
 * type the terminal database knows and that can place the cursor (not
 * "dumb"). When not, says so (one line on stderr: what to set, or the
 * plain commands). */
bool ui_terminal(void);

/*
 * Runs the TUI on the store's current plan (or a welcome screen when the
 * store has no plan) until the person quits; today is the date it takes
 * for today, message (when not NULL) a line for the status line at the
 * start. The caller has checked ui_terminal(). Returns the exit status:
 * 0, or 1 when the terminal screen cannot be started.
 */
int ui_run(struct store *s, int today, const char *message);

struct config;

/* The names of the requests a key can be bound to in the config file
 * (`keys`), in the order of the help screen: a static array of *n. */
const char *const *ui_request_names(size_t *n);

/* Makes the TUI's key table from cfg's `keys` (NULL: the defaults). */
void ui_keys_init(const struct config *cfg);

/* The style a theme gives an element (on a terminal of 256 colours), for
 * `stride config`. */
enum config_theme;
enum config_element;
struct config_style;
void ui_theme_style(enum config_theme theme, enum config_element el, struct config_style *out);

/* The keys of the i-th of ui_request_names() in the table in use, as the
 * config file names them ("j Down"), in buf; returns how many. */
size_t ui_request_keys(size_t i, char *buf, size_t len);

#endif
