/*
 * ui: the terminal user interface (src/ui/, the only code that uses
 * curses).
 */
#ifndef STRIDE_UI_H
#define STRIDE_UI_H

struct store;

/*
 * Runs the TUI on the store's current plan (or a welcome screen when the
 * store has no plan) until the person quits; today is the date it takes
 * for today. Without a terminal on stdin and stdout it says so and returns
 * 2. Returns the exit status.
 */
int ui_run(struct store *s, int today);

#endif
