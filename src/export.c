#include "stride/export.h"

#include "stride/calendar.h"
#include "stride/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* cJSON reports allocation failure as NULL; stride treats it as fatal. */
static cJSON *must(cJSON *item)
{
	if (!item)
		util_out_of_memory();
	return item;
}

static void add(cJSON *obj, const char *name, cJSON *item)
{
	if (!cJSON_AddItemToObject(obj, name, must(item)))
		util_out_of_memory();
}

static void add_str(cJSON *obj, const char *name, const char *s)
{
	add(obj, name, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}

static void add_date(cJSON *obj, const char *name, int date)
{
	char buf[CALENDAR_DATE_LEN];
	add_str(obj, name, date == CALENDAR_NONE ? NULL : calendar_format(date, buf));
}

static void push(cJSON *arr, cJSON *item)
{
	if (!cJSON_AddItemToArray(arr, must(item)))
		util_out_of_memory();
}

static char *print(cJSON *root)
{
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		util_out_of_memory();
	size_t len = strlen(text);
	char *out = xmalloc(len + 2);
	memcpy(out, text, len);
	out[len] = '\n';
	out[len + 1] = '\0';
	cJSON_free(text);
	return out;
}

static cJSON *lint_phase(const struct plan_phase *ph)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "id", ph->id);
	add_str(o, "key", ph->key);
	add_str(o, "title", ph->title);
	add_date(o, "start", ph->span.start);
	add_date(o, "end", ph->span.end);
	cJSON *phases = must(cJSON_CreateArray());
	for (size_t i = 0; i < ph->phases.n; i++)
		push(phases, lint_phase(&ph->phases.v[i]));
	add(o, "phases", phases);
	cJSON *weeks = must(cJSON_CreateArray());
	for (size_t i = 0; i < ph->weeks.n; i++) {
		const struct plan_week *w = &ph->weeks.v[i];
		cJSON *wo = must(cJSON_CreateObject());
		add_str(wo, "key", w->key);
		add_str(wo, "title", w->title);
		add_date(wo, "start", w->span.start);
		add_date(wo, "end", w->span.end);
		push(weeks, wo);
	}
	add(o, "weeks", weeks);
	return o;
}

static cJSON *lint_diags(const struct diag_list *d, enum diag_level level,
			 const char *prefix)
{
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; d && i < d->n; i++) {
		const struct diag *g = &d->v[i];
		if (g->level != level)
			continue;
		cJSON *o = must(cJSON_CreateObject());
		if (g->line) {
			add(o, "line", cJSON_CreateNumber(g->line));
			add(o, "column", cJSON_CreateNumber(g->col));
		} else {
			add(o, "line", cJSON_CreateNull());
			add(o, "column", cJSON_CreateNull());
		}
		char *msg = xasprintf("%s%s", prefix, g->msg);
		add_str(o, "message", msg);
		free(msg);
		push(arr, o);
	}
	return arr;
}

char *export_lint_json(const struct export_lint *files, size_t n)
{
	cJSON *root = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++) {
		const struct export_lint *f = &files[i];
		const struct plan *p = f->plan;
		cJSON *o = must(cJSON_CreateObject());
		add_str(o, "file", f->file);
		add(o, "valid", cJSON_CreateBool(p != NULL));
		add_str(o, "plan", p ? p->id : NULL);
		add_str(o, "title", p ? p->title : NULL);
		add_date(o, "start", p ? p->span.start : CALENDAR_NONE);
		add_date(o, "end", p ? p->span.end : CALENDAR_NONE);
		if (p) {
			cJSON *c = must(cJSON_CreateObject());
			add(c, "phases", cJSON_CreateNumber((double)p->counts.phases));
			add(c, "weeks", cJSON_CreateNumber((double)p->counts.weeks));
			add(c, "tasks", cJSON_CreateNumber((double)p->counts.tasks));
			add(c, "criteria", cJSON_CreateNumber((double)p->counts.criteria));
			add(c, "deliverables",
			    cJSON_CreateNumber((double)p->counts.deliverables));
			add(c, "resources", cJSON_CreateNumber((double)p->counts.resources));
			add(o, "counts", c);
		} else {
			add(o, "counts", cJSON_CreateNull());
		}
		cJSON *phases = must(cJSON_CreateArray());
		for (size_t k = 0; p && k < p->phases.n; k++)
			push(phases, lint_phase(&p->phases.v[k]));
		add(o, "phases", phases);
		add(o, "errors", lint_diags(f->diags, DIAG_ERROR,
					    f->status == LOADER_IO ? "cannot read the file: " : ""));
		add(o, "warnings", lint_diags(f->diags, DIAG_WARNING, ""));
		push(root, o);
	}
	return print(root);
}
