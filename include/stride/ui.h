/*
 * ui: the terminal user interface (src/ui/, the only code that uses
 * curses).
 */
#ifndef STRIDE_UI_H
#define STRIDE_UI_H

struct store;

#include <stdbool.h>

/* Whether stdin and stdout are a terminal; when not, says so (one line on
 * stderr, pointing at the plain commands). */
bool ui_terminal(void);

/*
 * Runs the TUI on the store's current plan (or a welcome screen when the
 * store has no plan) until the person quits; today is the date it takes
 * for today, message (when not NULL) a line for the status line at the
 * start. The caller has checked ui_terminal(). Returns the exit status.
 */
int ui_run(struct store *s, int today, const char *message);

#endif
