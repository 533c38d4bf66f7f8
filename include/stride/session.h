/*
 * session: the application layer under both front ends, the command line
 * and the TUI. It does what each of them needs done the same way and
 * answers in structures, never in text: the front ends render.
 *
 * (This module grows with issue 11: opening the store with the re-sync of
 * changed plan files and importing a file move here from cli.c.)
 */
#ifndef STRIDE_SESSION_H
#define STRIDE_SESSION_H

#include <stddef.h>

/* A plan file and its plan's title. */
struct session_plan_file {
	char *path, *title;
};

struct session_plan_files {
	struct session_plan_file *v;
	size_t n, cap;
};

/*
 * The bundled plans: the plan files (.yaml, .yml) of the installed
 * share/stride/plans and of ./plans (stride run from its source tree),
 * each directory's sorted by path, with their titles; a file that does not
 * load as a plan is left out. Owned by out; session_plan_files_done frees
 * it.
 */
void session_bundled_plans(struct session_plan_files *out);
void session_plan_files_done(struct session_plan_files *l);

#endif
