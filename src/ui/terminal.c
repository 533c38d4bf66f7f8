/*
 * Whether the TUI can run here: a terminal on stdin and stdout, of a type
 * the terminal database knows, that can place the cursor. Asked before
 * curses starts, because initscr() exits with a message of its own (and
 * newterm() only says NULL) where stride can say what to do. Its own file:
 * term.h defines names (lines, columns) that the views use.
 */
#include <curses.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>

#include "stride/text.h"
#include "stride/ui.h"

bool ui_terminal(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		text_fputs("stride: the TUI needs a terminal; try 'stride status' or "
			   "'stride list'\n",
			   stderr);
		return false;
	}
	const char *term = getenv("TERM");
	int found = 0;
	if (!term || !*term) {
		text_fputs("stride: TERM is not set, so the TUI cannot know how to draw: "
			   "set it (export TERM=xterm-256color, say) or use the commands "
			   "('stride status', 'stride today')\n",
			   stderr);
		return false;
	}
	bool ok = setupterm(NULL, STDOUT_FILENO, &found) == OK;
	/* a terminal that cannot place the cursor (TERM=dumb) cannot show a
	 * screen; nor can a hard-copy one */
	const char *cup = ok ? tigetstr("cup") : NULL;
	bool moves = cup && cup != (char *)-1;
	if (cur_term)
		del_curterm(cur_term);
	if (!ok || !moves) {
		text_printf(stderr,
			    "stride: %s '%s' (TERM): the TUI cannot draw on it; set "
			    "TERM to your terminal's type (xterm-256color, say) or "
			    "use the commands ('stride status', 'stride today')\n",
			    !ok && found == 0 ? "no terminal description is known for"
			    : !ok	      ? "cannot read the terminal description of"
					      : "cannot move the cursor on a terminal of type",
			    term);
		return false;
	}
	return true;
}
