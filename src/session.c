/*
 * The application layer under both front ends: see session.h.
 */
#include "stride/session.h"

#include "stride/loader.h"
#include "stride/util.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#ifndef STRIDE_DATADIR
#define STRIDE_DATADIR "/usr/local/share/stride"
#endif

/* ---- the bundled plans ---------------------------------------------------------- */

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the plan files of dir that load, with their titles. */
static void scan(struct session_plan_files *out, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **found = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		bool yaml = (len > 5 && !strcmp(e->d_name + len - 5, ".yaml")) ||
			    (len > 4 && !strcmp(e->d_name + len - 4, ".yml"));
		if (!yaml)
			continue;
		found = xgrow(found, &cap, n + 1, sizeof(*found));
		found[n++] = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(found, n, sizeof(*found), path_cmp);
	for (size_t i = 0; i < n; i++) {
		struct diag_list dl;
		diag_list_init(&dl);
		struct plan *p;
		if (loader_load_file(found[i], &p, &dl) == LOADER_OK) {
			out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
			out->v[out->n++] = (struct session_plan_file){ found[i],
								       xstrdup(p->title) };
			found[i] = NULL;
			plan_free(p);
		}
		diag_list_done(&dl);
		free(found[i]);
	}
	free(found);
}

void session_bundled_plans(struct session_plan_files *out)
{
	*out = (struct session_plan_files){ 0 };
	scan(out, STRIDE_DATADIR "/plans");
	scan(out, "plans");
}

void session_plan_files_done(struct session_plan_files *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].title);
	}
	free(l->v);
	*l = (struct session_plan_files){ 0 };
}
