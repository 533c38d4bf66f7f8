/*
 * export: stride's JSON documents. The only module that uses cJSON.
 *
 * Every function returns a malloc'd, NUL-terminated JSON text (ending in a
 * newline) that the caller frees with free(). The text is valid UTF-8
 * whatever the strings held, and safe on a terminal (text_json_safe).
 */
#ifndef STRIDE_EXPORT_H
#define STRIDE_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/diag.h"
#include "stride/library.h"
#include "stride/loader.h"
#include "stride/plan.h"

/* One file as `stride lint` saw it. */
struct export_lint {
	const char *file;
	enum loader_status status;
	const struct plan *plan; /* NULL unless status is LOADER_OK */
	const struct diag_list *diags;
};

/*
 * The `stride lint --json` document: an array with one object a file,
 * {"file", "valid", "plan", "title", "start", "end", "counts", "phases",
 * "errors", "warnings"} (docs/stride.1 has the fields).
 */
char *export_lint_json(const struct export_lint *files, size_t n);

struct store_plan;
struct store_item;
struct progress;

/* One item of `stride list --json`, as a compact object on one line;
 * late: its days late (progress_late). */
char *export_item_json(const struct store_item *it, int late);

/* A plan in `stride plans --json`. */
struct export_plan {
	const struct store_plan *plan;
	const struct progress *pr;
	bool current;
};
char *export_plans_json(const struct export_plan *v, size_t n);

/* `stride status --json`, with the first of what is next and how many. */
struct progress_next;
char *export_status_json(const struct store_plan *p, const struct progress *pr,
			 const struct progress_next *nx);

/* `stride today --json`: "next" holds all of what is next
 * (progress_next); "more" is 0, kept for the scripts that read it. */
char *export_today_json(const struct store_plan *p, const struct progress *pr,
			const struct progress_next *nx);

#include "stride/reflect.h"

/* `stride review --json`: the review reflect_review gathered. */
char *export_review_json(const struct reflect_review *rv);

/* `stride pause --list --json`: {"plan", "pauses": [{"first", "last",
 * "days"}]}, first to last. */
struct stats_pause;
char *export_pauses_json(const struct store_plan *p, const struct stats_pause *v, size_t n);

/* `stride habits --json`: {"plan", "today", "habits": [{"ref", "key",
 * "title", "every", "minutes", "start", "end", "active", "due_today",
 * "done_today", "week": {"done", "need"}, "streak", "best", "unit"
 * ("days" or "weeks"), "due", "met", "percent", "last"}]}. */
struct progress_habits;
char *export_habits_json(const struct store_plan *p, const struct progress_habits *h);

/* `stride stats --json`. */
struct trends;
char *export_stats_json(const struct store_plan *p, const struct trends *t);

/* `stride resources --json`: an array with an object a resource (see
 * docs/stride.1 for the fields). */
char *export_resources_json(const struct library *lib);

/* `stride resource REF --json`: the one resource's object. */
char *export_resource_json(const struct library_entry *e);

/* ---- what a hook gets on its standard input (docs/stride.1, HOOKS) ---- */

/* on-change: {"hook", "what", "plan": {"id", "title"}, "time", "device",
 * "changes": [...]}, one object an event of the step (store_changes). */
struct store_change;
char *export_change_json(const struct store_change *v, size_t n);

/* on-change for a week's reflection saved (skill NULL; rating: how many
 * skills it rated) or a skill rated (stride rate). */
struct export_reflect_hook {
	long long time; /* Unix seconds */
	const char *device, *plan, *title, *skill;
	int week, rating;
};
char *export_reflect_hook_json(const struct export_reflect_hook *h);

/* on-sync: what a stride sync did. */
struct export_sync_hook {
	long long time; /* Unix seconds */
	const char *device, *dir, *remote, *offline;
	bool fetched, committed, pushed;
	size_t devices, plans, events, reflections, ratings, faults;
};
char *export_sync_hook_json(const struct export_sync_hook *h);

/* on-import: a plan file imported (restore false), or an export restored. */
struct export_import_hook {
	bool restore;
	long long time; /* Unix seconds */
	const char *device, *file;
	const char *plan, *title; /* a plan's */
	bool created, changed;
	size_t added, removed, retitled, moved, items;
	size_t plans, events, reflections, ratings; /* a restore's, added */
};
char *export_import_hook_json(const struct export_import_hook *h);
/* `stride remind --json`: an array, an object a plan: {"plan", "title",
 * "today", "reasons": [{"kind": "slot", "logged", "minutes", "focus"} |
 * {"kind": "streak", "days"} | {"kind": "late", "items"} | {"kind":
 * "reflection", "week"}]}. */
struct remind;
struct export_remind {
	const struct store_plan *plan;
	const struct remind *r;
};
char *export_remind_json(const struct export_remind *v, size_t n);
#include "stride/config.h"

/* What `stride config --json` needs besides the config: the colours in
 * effect (the theme's, or the file's) and each request's keys. */
struct export_config {
	const struct config *cfg;
	struct config_style styles[CONFIG_EL_COUNT]; /* in effect */
	const char *const *requests;		     /* nrequests names */
	const char *const *keys;		     /* their keys, "t Enter" */
	const struct config_origin *keys_at;	     /* where each came from */
	size_t nrequests;
};

/*
 * `stride config --json`: {"file", "exists", "errors": [{"line", "column",
 * "message"}], "settings": {"week-start", "plan", "editor", "calendar-time",
 * "colors": {"theme", ELEMENT...}, "keys": {REQUEST: ...}}}, each setting
 * {"value" (keys: "keys", a list), "from": "default" | "file" |
 * "environment", "line" (from the file), "variable" (from the
 * environment)}.
 */
char *export_config_json(const struct export_config *x);

/* `stride clock --json`: {"running": false}, or {"running": true, "plan",
 * "ref", "key", "title" (null for the plan as a whole), "since"
 * (YYYY-MM-DDTHH:MM), "minutes", "note", "past_midnight"}. */
struct export_clock {
	bool running;
	const char *plan;
	int ref; /* 0: the plan as a whole */
	const char *key, *title;
	int day, second;
	long long minutes;
	const char *note;
	bool past_midnight;
};
char *export_clock_json(const struct export_clock *c);

/* `stride log --list --json`: {"plan", "from", "to" (null for an item's
 * entries: every day), "minutes" (their sum), "entries": [{"id" (the
 * short id, STORE_ENTRY_ID_LEN hex digits), "uid", "day", "minutes",
 * "ref", "key", "title" (null on the plan as a whole), "note"}]}. */
#define EXPORT_ENTRY_ID_LEN 8
struct store_entry;
/* `stride portfolio --json`: {"plan", "title", "as_of", "deliverables",
 * "delivered", "items": [{"ref", "key", "title", "kind", "phase",
 * "done_on", "start", "end", "due", "minutes", "phase_minutes", "links"
 * ([]: none), "lessons"}]}. */
struct portfolio;
char *export_portfolio_json(const struct store_plan *p, const struct portfolio *pf,
			    int today);

char *export_entries_json(const char *plan, int from, int to, const struct store_entry *v,
			  size_t n);

#endif
