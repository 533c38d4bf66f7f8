#include "stride/export.h"

#include "stride/calendar.h"
#include "stride/portfolio.h"
#include "stride/progress.h"
#include "stride/remind.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/trends.h"
#include "stride/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <time.h>
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
	return text_json_safe(out);
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
			add(c, "habits", cJSON_CreateNumber((double)p->counts.habits));
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

/* ---- the store's documents ------------------------------------------------- */

static cJSON *item_object(const struct store_item *it, int late)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "ref", cJSON_CreateNumber(it->ref));
	add_str(o, "key", it->key);
	add_str(o, "kind", store_kind_name(it->kind));
	add_str(o, "title", it->title);
	if (store_checkable(it->kind))
		add_str(o, "status", store_status_name(it->status));
	else
		add(o, "status", cJSON_CreateNull());
	add(o, "depth", cJSON_CreateNumber(it->depth));
	add(o, "optional", cJSON_CreateBool(it->optional));
	add(o, "archived", cJSON_CreateBool(it->archived));
	add_date(o, "start", it->start);
	add_date(o, "end", it->end);
	add(o, "done", cJSON_CreateNumber(it->n_done));
	add(o, "total", cJSON_CreateNumber(it->n_total));
	add(o, "minutes", cJSON_CreateNumber(it->minutes));
	if (it->estimate)
		add(o, "estimate", cJSON_CreateNumber(it->estimate));
	else
		add(o, "estimate", cJSON_CreateNull());
	add_str(o, "note", it->note);
	add_date(o, "due", it->due);
	add_str(o, "priority", it->priority ? plan_priority_name(it->priority) : NULL);
	add(o, "late_days", cJSON_CreateNumber(late));
	cJSON *tags = must(cJSON_CreateArray());
	for (const char *t = it->tags; t && *t;) {
		const char *nl = strchr(t, '\n');
		size_t len = nl ? (size_t)(nl - t) : strlen(t);
		char *tag = xstrndup(t, len);
		push(tags, cJSON_CreateString(tag));
		free(tag);
		t = nl ? nl + 1 : NULL;
	}
	add(o, "tags", tags);
	/* an item's row id holds its plan's id and its ref (store_item_id) */
	if (it->parent_id)
		add(o, "parent", cJSON_CreateNumber((double)(it->parent_id & 0xffffffffLL)));
	else
		add(o, "parent", cJSON_CreateNull());
	return o;
}

static char *print_compact(cJSON *root)
{
	char *text = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (!text)
		util_out_of_memory();
	char *out = xstrdup(text);
	cJSON_free(text);
	return text_json_safe(out);
}

char *export_item_json(const struct store_item *it, int late)
{
	return print_compact(item_object(it, late));
}

/* A phase or week block in status and today: null when there is none. */
static cJSON *where(const struct store_item *it)
{
	if (!it->id)
		return must(cJSON_CreateNull());
	cJSON *o = must(cJSON_CreateObject());
	add(o, "ref", cJSON_CreateNumber(it->ref));
	add_str(o, "key", it->key);
	add_str(o, "title", it->title);
	add_str(o, "goal", it->goal);
	add_date(o, "start", it->start);
	add_date(o, "end", it->end);
	add(o, "done", cJSON_CreateNumber(it->n_done));
	add(o, "total", cJSON_CreateNumber(it->n_total));
	return o;
}

static void add_plan_fields(cJSON *o, const struct store_plan *p)
{
	add_str(o, "plan", p->slug);
	add_str(o, "title", p->title);
	add_str(o, "source", p->source);
	add_date(o, "start", p->start);
	add_date(o, "end", p->end);
	/* the dates as the plan file has them (stride start and shift move
	 * the others; none where the file gives none, and the plan was laid
	 * out from the day it was started on) */
	bool anchored = p->anchor != CALENDAR_NONE;
	add_date(o, "file_start", anchored ? CALENDAR_NONE : p->file_start);
	add_date(o, "file_end", anchored ? CALENDAR_NONE : p->file_end);
}

static void add_progress(cJSON *o, const struct progress *pr)
{
	add(o, "done", cJSON_CreateNumber(pr->done));
	add(o, "total", cJSON_CreateNumber(pr->total));
	add(o, "percent", cJSON_CreateNumber(pr->percent));
	add(o, "phase", where(&pr->phase));
	add(o, "phase_number", cJSON_CreateNumber(pr->phase_number));
	add(o, "phase_count", cJSON_CreateNumber(pr->phase_count));
	add(o, "subphase", where(&pr->subphase));
	add(o, "week", where(&pr->week));
}

static cJSON *slot_object(const struct progress *pr)
{
	cJSON *o = must(cJSON_CreateObject());
	add_date(o, "date", pr->today);
	add_str(o, "weekday", plan_weekday_name(calendar_weekday(pr->today)));
	add(o, "minutes", cJSON_CreateNumber(pr->slot.minutes));
	add_str(o, "focus", pr->slot.focus);
	add(o, "rest", cJSON_CreateBool((pr->has_schedule && !pr->slot.minutes) ||
					pr->pause_first != CALENDAR_NONE));
	add_date(o, "paused_to", pr->pause_last); /* the pause today is in */
	add(o, "logged", cJSON_CreateNumber(pr->logged_today));
	return o;
}

static cJSON *streak_object(const struct progress *pr)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "current", cJSON_CreateNumber(pr->streak));
	add(o, "longest", cJSON_CreateNumber(pr->longest_streak));
	return o;
}

char *export_plans_json(const struct export_plan *v, size_t n)
{
	cJSON *root = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++) {
		cJSON *o = must(cJSON_CreateObject());
		add_plan_fields(o, v[i].plan);
		add(o, "current", cJSON_CreateBool(v[i].current));
		add(o, "template", cJSON_CreateBool(progress_is_template(v[i].plan, v[i].pr)));
		add_progress(o, v[i].pr);
		push(root, o);
	}
	return print(root);
}

char *export_pauses_json(const struct store_plan *p, const struct stats_pause *v, size_t n)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", p->slug);
	cJSON *a = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++) {
		cJSON *e = must(cJSON_CreateObject());
		add_date(e, "first", v[i].first);
		add_date(e, "last", v[i].last);
		add(e, "days", cJSON_CreateNumber(v[i].last - v[i].first + 1));
		push(a, e);
	}
	add(o, "pauses", a);
	return print(o);
}

char *export_habits_json(const struct store_plan *p, const struct progress_habits *h)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", p->slug);
	add_date(o, "today", h->today);
	cJSON *a = must(cJSON_CreateArray());
	for (size_t i = 0; i < h->n; i++) {
		const struct progress_habit *ph = &h->v[i];
		const struct habit_facts *f = &ph->facts;
		cJSON *e = must(cJSON_CreateObject());
		char every[64];
		add(e, "ref", cJSON_CreateNumber(ph->it.ref));
		add_str(e, "key", ph->it.key);
		add_str(e, "title", ph->it.title);
		add_str(e, "every", plan_every_text(&ph->rule.every, every, sizeof(every)));
		add(e, "minutes", ph->it.estimate ? cJSON_CreateNumber(ph->it.estimate)
						  : cJSON_CreateNull());
		add_date(e, "start", ph->rule.start);
		add_date(e, "end", ph->rule.end);
		add(e, "active", cJSON_CreateBool(f->active));
		add(e, "due_today", cJSON_CreateBool(f->due_today));
		add(e, "done_today", cJSON_CreateBool(f->done_today));
		cJSON *w = must(cJSON_CreateObject());
		add(w, "done", cJSON_CreateNumber(f->week_done));
		add(w, "need", cJSON_CreateNumber(f->week_need));
		add(e, "week", w);
		add(e, "streak", cJSON_CreateNumber(f->streak));
		add(e, "best", cJSON_CreateNumber(f->best));
		add_str(e, "unit", f->weeks ? "weeks" : "days");
		add(e, "due", cJSON_CreateNumber(f->due));
		add(e, "met", cJSON_CreateNumber(f->met));
		add(e, "percent", cJSON_CreateNumber(stats_percent(f->met, f->due)));
		add_date(e, "last", f->last_tick);
		push(a, e);
	}
	add(o, "habits", a);
	return print(o);
}

char *export_status_json(const struct store_plan *p, const struct progress *pr,
			 const struct progress_next *nx)
{
	cJSON *o = must(cJSON_CreateObject());
	add_plan_fields(o, p);
	add_date(o, "today", pr->today);
	add(o, "ended", cJSON_CreateBool(pr->ended));
	add(o, "starts_in", cJSON_CreateNumber(pr->starts_in));
	add(o, "template", cJSON_CreateBool(progress_is_template(p, pr)));
	add_progress(o, pr);
	if (pr->dated) {
		add(o, "expected_percent", cJSON_CreateNumber(pr->expected_percent));
		add(o, "days_ahead", cJSON_CreateNumber(pr->days_ahead));
	} else {
		add(o, "expected_percent", cJSON_CreateNull());
		add(o, "days_ahead", cJSON_CreateNull());
	}
	add(o, "slot", slot_object(pr));
	add(o, "streak", streak_object(pr));
	cJSON *week = must(cJSON_CreateObject());
	add_date(week, "start", pr->week_start);
	add(week, "logged", cJSON_CreateNumber(pr->logged_week));
	add(week, "scheduled", cJSON_CreateNumber(pr->scheduled_week));
	add(o, "this_week", week);
	add(o, "next", nx->n ? item_object(&nx->v[0], nx->late[0]) : cJSON_CreateNull());
	add(o, "open", cJSON_CreateNumber((double)nx->n));
	add(o, "late", cJSON_CreateNumber((double)nx->carried));
	return print(o);
}

char *export_today_json(const struct store_plan *p, const struct progress *pr,
			const struct progress_next *nx)
{
	cJSON *o = must(cJSON_CreateObject());
	add_plan_fields(o, p);
	add(o, "slot", slot_object(pr));
	add(o, "phase", where(&pr->phase));
	add(o, "subphase", where(&pr->subphase));
	add(o, "week", where(&pr->week));
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < nx->n; i++)
		push(arr, item_object(&nx->v[i], nx->late[i]));
	add(o, "next", arr);
	add(o, "carried", cJSON_CreateNumber((double)nx->carried));
	add(o, "more", cJSON_CreateNumber((double)(nx->more + nx->more_carried)));
	add(o, "streak", streak_object(pr));
	return print(o);
}

static cJSON *review_items(const struct reflect_list *l)
{
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < l->n; i++) {
		cJSON *o = must(cJSON_CreateObject());
		add(o, "ref", cJSON_CreateNumber(l->v[i].ref));
		add_str(o, "kind", store_kind_name(l->v[i].kind));
		add_str(o, "title", l->v[i].title);
		add_str(o, "phase", l->v[i].phase);
		push(arr, o);
	}
	return arr;
}

static void add_week(cJSON *o, const char *name, int monday)
{
	char buf[CALENDAR_WEEK_LEN];
	add_str(o, name, monday == CALENDAR_NONE ? NULL : calendar_format_week(monday, buf));
}

char *export_review_json(const struct reflect_review *rv)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", rv->plan->slug);
	add_str(o, "title", rv->plan->title);
	cJSON *period = must(cJSON_CreateObject());
	add_str(period, "kind", rv->month ? "month" : "week");
	if (rv->month) {
		char buf[CALENDAR_DATE_LEN];
		calendar_format(rv->from, buf);
		buf[7] = '\0';
		add_str(period, "name", buf);
	} else {
		add_week(period, "name", rv->from);
	}
	add_date(period, "start", rv->from);
	add_date(period, "end", rv->to);
	add(o, "period", period);
	const struct reflect_facts *f = &rv->facts;
	add(o, "logged", cJSON_CreateNumber(f->logged));
	add(o, "scheduled", cJSON_CreateNumber(f->scheduled));
	add(o, "streak", cJSON_CreateNumber(f->streak));
	add(o, "before_plan", cJSON_CreateBool(f->before_plan));
	add(o, "ongoing", cJSON_CreateBool(f->ongoing));
	add(o, "criteria_met", cJSON_CreateNumber(f->criteria_met));
	add(o, "deliverables_met", cJSON_CreateNumber(f->deliverables_met));
	add(o, "done", review_items(&f->done));
	add(o, "started", review_items(&f->started));
	add(o, "skipped", review_items(&f->skipped));
	cJSON *refls = must(cJSON_CreateArray());
	for (size_t i = 0; i < rv->nreflections; i++) {
		const struct store_reflection *r = &rv->reflections[i];
		cJSON *ro = must(cJSON_CreateObject());
		add_week(ro, "week", r->week);
		add(ro, "versions", cJSON_CreateNumber(r->versions));
		cJSON *answers = must(cJSON_CreateArray());
		for (size_t k = 0; k < r->n; k++) {
			cJSON *a = must(cJSON_CreateObject());
			add_str(a, "prompt", r->v[k].prompt);
			add_str(a, "answer", r->v[k].answer);
			push(answers, a);
		}
		add(ro, "answers", answers);
		push(refls, ro);
	}
	add(o, "reflections", refls);
	cJSON *ratings = must(cJSON_CreateArray());
	for (size_t i = 0; i < rv->skills.n; i++) {
		const struct reflect_skill *sk = &rv->skills.v[i];
		cJSON *ro = must(cJSON_CreateObject());
		add_str(ro, "skill", sk->key);
		add_str(ro, "name", sk->name);
		add(ro, "rating", sk->rating ? cJSON_CreateNumber(sk->rating) : cJSON_CreateNull());
		add(ro, "previous", sk->previous ? cJSON_CreateNumber(sk->previous)
						 : cJSON_CreateNull());
		add_week(ro, "previous_week", sk->previous ? sk->previous_week : CALENDAR_NONE);
		push(ratings, ro);
	}
	add(o, "ratings", ratings);
	return print(o);
}

/* ---- stride stats ------------------------------------------------------------ */

/* "week": "2025-W29", "start": its Monday */
static void add_week_start(cJSON *o, int monday)
{
	add_week(o, "week", monday);
	add_date(o, "start", monday);
}

static cJSON *int_or_null(int v, bool null)
{
	return null ? cJSON_CreateNull() : cJSON_CreateNumber(v);
}

static cJSON *stats_heatmap(const struct trends *t)
{
	cJSON *o = must(cJSON_CreateObject());
	add_date(o, "from", t->heat_from);
	add_date(o, "to", t->heat_from + TRENDS_HEAT_WEEKS * 7 - 1);
	add(o, "max_minutes", cJSON_CreateNumber(t->heat_max));
	add(o, "active_days", cJSON_CreateNumber(t->active_days));
	add(o, "minutes", cJSON_CreateNumber(t->heat_minutes));
	cJSON *days = must(cJSON_CreateArray());
	for (int i = 0; i < TRENDS_HEAT_WEEKS * 7; i++) {
		const struct trends_day *d = &t->heat[i];
		if (!d->active && !d->minutes)
			continue;
		cJSON *day = must(cJSON_CreateObject());
		add_date(day, "date", t->heat_from + i);
		add(day, "minutes", cJSON_CreateNumber(d->minutes));
		add(day, "level", cJSON_CreateNumber(d->level));
		push(days, day);
	}
	add(o, "days", days);
	return o;
}

static cJSON *stats_burnup(const struct trends *t)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "total", cJSON_CreateNumber(t->total));
	add(o, "done", cJSON_CreateNumber(t->done));
	add(o, "planned_today", t->dated ? cJSON_CreateNumber(t->planned_today)
					 : cJSON_CreateNull());
	cJSON *points = must(cJSON_CreateArray());
	for (size_t i = 0; i < t->nburnup; i++) {
		const struct trends_point *pt = &t->burnup[i];
		cJSON *p = must(cJSON_CreateObject());
		add_week_start(p, pt->monday);
		add(p, "done", int_or_null(pt->done, pt->done < 0));
		add(p, "planned", t->dated ? cJSON_CreateNumber(pt->planned)
					   : cJSON_CreateNull());
		push(points, p);
	}
	add(o, "points", points);
	return o;
}

static cJSON *stats_forecast_object(const struct trends *t)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "recent_done", cJSON_CreateNumber(t->recent));
	add(o, "window_days", cJSON_CreateNumber(TRENDS_PACE_DAYS));
	add_date(o, "finish", t->forecast);
	add_date(o, "plan_end", t->plan_end);
	bool both = t->forecast != CALENDAR_NONE && t->plan_end != CALENDAR_NONE;
	add(o, "days_after_end", int_or_null(both ? t->forecast - t->plan_end : 0, !both));
	return o;
}

char *export_stats_json(const struct store_plan *p, const struct trends *t)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", p->slug);
	add_str(o, "title", p->title);
	add_date(o, "today", t->today);
	cJSON *streak = must(cJSON_CreateObject());
	add(streak, "current", cJSON_CreateNumber(t->streak));
	add(streak, "longest", cJSON_CreateNumber(t->longest));
	add(o, "streak", streak);
	add(o, "heatmap", stats_heatmap(t));
	add(o, "burnup", stats_burnup(t));
	add(o, "forecast", stats_forecast_object(t));
	cJSON *weeks = must(cJSON_CreateArray());
	for (int i = 0; i < TRENDS_WEEKS; i++) {
		cJSON *w = must(cJSON_CreateObject());
		add_week_start(w, t->weeks[i].monday);
		add(w, "logged", cJSON_CreateNumber(t->weeks[i].logged));
		add(w, "scheduled", cJSON_CreateNumber(t->weeks[i].scheduled));
		push(weeks, w);
	}
	add(o, "weeks", weeks);
	cJSON *phases = must(cJSON_CreateArray());
	for (size_t i = 0; i < t->nphases; i++) {
		const struct trends_phase *ph = &t->phases[i];
		cJSON *x = must(cJSON_CreateObject());
		add_str(x, "key", ph->key);
		add_str(x, "title", ph->title);
		add(x, "estimate", cJSON_CreateNumber(ph->estimate));
		add(x, "minutes", cJSON_CreateNumber(ph->minutes));
		add(x, "done", cJSON_CreateNumber(ph->done));
		add(x, "total", cJSON_CreateNumber(ph->total));
		push(phases, x);
	}
	add(o, "phases", phases);
	add(o, "logged", cJSON_CreateNumber(t->logged));
	cJSON *skills = must(cJSON_CreateArray());
	for (size_t i = 0; i < t->nskills; i++) {
		const struct trends_skill *sk = &t->skills[i];
		cJSON *x = must(cJSON_CreateObject());
		add_str(x, "skill", sk->key);
		add_str(x, "name", sk->name);
		cJSON *ratings = must(cJSON_CreateArray());
		for (int w = 0; w < TRENDS_WEEKS; w++) {
			cJSON *r = must(cJSON_CreateObject());
			add_week_start(r, t->weeks[w].monday);
			add(r, "rating", int_or_null(sk->ratings[w], !sk->ratings[w]));
			push(ratings, r);
		}
		add(x, "ratings", ratings);
		push(skills, x);
	}
	add(o, "skills", skills);
	return print(o);
}

/* ---- the library ------------------------------------------------------------ */

static cJSON *resource_object(const struct library_entry *e)
{
	const struct store_item *it = &e->it;
	cJSON *o = must(cJSON_CreateObject());
	add(o, "ref", cJSON_CreateNumber(it->ref));
	add_str(o, "key", it->key);
	add_str(o, "title", it->title);
	add_str(o, "kind", library_kind(it));
	add_str(o, "by", it->by);
	add_str(o, "url", it->url);
	add_str(o, "plan_notes", it->notes);
	add(o, "inline", cJSON_CreateBool(it->parent_id != 0));
	add(o, "archived", cJSON_CreateBool(it->archived));
	add_str(o, "status", store_status_name(it->status));
	add_date(o, "status_date", it->status_day);
	add(o, "rating", it->rating ? cJSON_CreateNumber(it->rating) : cJSON_CreateNull());
	add_str(o, "note", it->note);
	cJSON *used = must(cJSON_CreateArray());
	for (size_t i = 0; i < e->nuses; i++) {
		const struct library_use *u = &e->uses[i];
		cJSON *uo = must(cJSON_CreateObject());
		add(uo, "ref", cJSON_CreateNumber(u->ref));
		add_str(uo, "key", u->key);
		add_str(uo, "kind", store_kind_name(u->kind));
		add_str(uo, "title", u->title);
		push(used, uo);
	}
	add(o, "used_in", used);
	return o;
}

char *export_resources_json(const struct library *lib)
{
	cJSON *root = must(cJSON_CreateArray());
	for (size_t i = 0; i < lib->n; i++)
		push(root, resource_object(&lib->v[i]));
	return print(root);
}

char *export_resource_json(const struct library_entry *e)
{
	return print(resource_object(e));
}

/* ---- what a hook gets (stride/hooks.h) ------------------------------------------ */

static void add_time(cJSON *o, const char *name, long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char buf[32];
	if (!gmtime_r(&tt, &tm) || !strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(buf, sizeof(buf), "1970-01-01T00:00:00Z");
	add_str(o, name, buf);
}

static const char *const status_commands[] = {
	[STORE_TODO] = "reset", [STORE_DOING] = "start",
	[STORE_DONE] = "done", [STORE_SKIPPED] = "skip",
};

/* What an event did, in the words of the command that did it. */
static const char *change_what(enum store_event_type t, bool has_new, enum store_status st)
{
	switch (t) {
	case STORE_EV_STATUS:
		return has_new && (size_t)st < ARRAY_SIZE(status_commands) ? status_commands[st]
									  : "status";
	case STORE_EV_LOG:
		return "log";
	case STORE_EV_NOTE:
		return "note";
	case STORE_EV_UNDO:
		return "undo";
	case STORE_EV_RATING:
		return "rating"; /* a resource's: stride resource --rating */
	case STORE_EV_MOVE:
		return "dates"; /* "how": start, shift, file-dates */
	case STORE_EV_PAUSE:
		return "pause";
	case STORE_EV_ADOPT:
		return "adopt";
	case STORE_EV_REKEY:
		return "rekey"; /* a re-sync's: the item's old key in "was" */
	case STORE_EV_UNLOG:
		return "unlog"; /* stride log --delete, --edit: "entry" the log's id */
	case STORE_EV_DELIVER:
		return "deliver"; /* "links" and "lessons" */
	case STORE_EV_TICK:
		return has_new && st == STORE_DONE ? "tick" : "untick"; /* a habit's, of "day" */
	}
	return "?";
}

static cJSON *change_obj(const struct store_change *c)
{
	cJSON *o = must(cJSON_CreateObject());
	bool redo = c->type != STORE_EV_UNDO && c->undoes;
	const char *what = change_what(c->type, c->has_new_status, c->new_status);
	add_str(o, "what", redo ? "redo" : what);
	if (c->type == STORE_EV_UNDO)
		add_str(o, "undid", change_what(c->undone_type, c->undone_has_status,
						c->undone_new_status));
	if (redo)
		add_str(o, "redid", what);
	add_str(o, "id", c->uid);
	add_str(o, "plan", c->plan);
	if (c->key) {
		cJSON *it = must(cJSON_CreateObject());
		add_str(it, "key", c->key);
		add(it, "ref", cJSON_CreateNumber(c->ref));
		add_str(it, "title", c->title);
		add(o, "item", it);
	} else {
		add(o, "item", cJSON_CreateNull());
	}
	add_date(o, "day", c->day);
	switch (c->type) {
	case STORE_EV_STATUS:
	case STORE_EV_ADOPT:
		if (c->has_new_status)
			add_str(o, "status", store_status_name(c->new_status));
		if (c->has_old_status)
			add_str(o, "was", store_status_name(c->old_status));
		if (c->type == STORE_EV_ADOPT)
			add(o, "minutes", cJSON_CreateNumber(c->minutes));
		break;
	case STORE_EV_LOG:
		add(o, "minutes", cJSON_CreateNumber(c->minutes));
		add_str(o, "text", c->text);
		break;
	case STORE_EV_NOTE:
		add_str(o, "note", c->text);
		break;
	case STORE_EV_RATING:
		add(o, "rating", cJSON_CreateNumber(c->new_rating));
		add(o, "was", cJSON_CreateNumber(c->old_rating));
		break;
	case STORE_EV_MOVE:
		add_str(o, "how", c->text);
		add(o, "days", cJSON_CreateNumber(c->minutes));
		break;
	case STORE_EV_PAUSE:
		add(o, "days", cJSON_CreateNumber(c->minutes));
		break;
	case STORE_EV_UNDO:
		add_str(o, "undoes", c->undoes);
		break;
	case STORE_EV_REKEY:
		add_str(o, "was", c->text);
		break;
	case STORE_EV_UNLOG:
		add_str(o, "entry", c->text);
		add(o, "minutes", cJSON_CreateNumber(c->minutes));
		break;
	case STORE_EV_DELIVER:
		add_str(o, "lessons", c->text);
		break;
	case STORE_EV_TICK:
		break;
	}
	if (redo)
		add_str(o, "undoes", c->undoes);
	return o;
}

char *export_change_json(const struct store_change *v, size_t n)
{
	cJSON *root = must(cJSON_CreateObject());
	add_str(root, "hook", "on-change");
	cJSON *first = n ? change_obj(&v[0]) : NULL;
	const cJSON *w = first ? cJSON_GetObjectItemCaseSensitive(first, "what") : NULL;
	add_str(root, "what", w ? w->valuestring : NULL);
	if (n) {
		cJSON *p = must(cJSON_CreateObject());
		add_str(p, "id", v[0].plan);
		add_str(p, "title", v[0].plan_title);
		add(root, "plan", p);
		add_time(root, "time", v[0].at);
		add_str(root, "device", v[0].device);
	}
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++)
		push(arr, i ? change_obj(&v[i]) : first);
	add(root, "changes", arr);
	return print(root);
}

char *export_reflect_hook_json(const struct export_reflect_hook *h)
{
	cJSON *root = must(cJSON_CreateObject());
	add_str(root, "hook", "on-change");
	add_str(root, "what", h->skill ? "rate" : "reflect");
	cJSON *p = must(cJSON_CreateObject());
	add_str(p, "id", h->plan);
	add_str(p, "title", h->title);
	add(root, "plan", p);
	add_time(root, "time", h->time);
	add_str(root, "device", h->device);
	cJSON *arr = must(cJSON_CreateArray());
	cJSON *c = must(cJSON_CreateObject());
	add_str(c, "what", h->skill ? "rate" : "reflect");
	add_str(c, "plan", h->plan);
	add_date(c, "week", h->week);
	if (h->skill) {
		add_str(c, "skill", h->skill);
		add(c, "rating", cJSON_CreateNumber(h->rating));
	} else {
		add(c, "ratings", cJSON_CreateNumber(h->rating));
	}
	push(arr, c);
	add(root, "changes", arr);
	return print(root);
}

char *export_sync_hook_json(const struct export_sync_hook *h)
{
	cJSON *root = must(cJSON_CreateObject());
	add_str(root, "hook", "on-sync");
	add_time(root, "time", h->time);
	add_str(root, "device", h->device);
	add_str(root, "dir", h->dir);
	add_str(root, "remote", h->remote);
	add(root, "fetched", cJSON_CreateBool(h->fetched));
	add(root, "committed", cJSON_CreateBool(h->committed));
	add(root, "pushed", cJSON_CreateBool(h->pushed));
	add_str(root, "offline", h->offline);
	add(root, "devices", cJSON_CreateNumber((double)h->devices));
	cJSON *a = must(cJSON_CreateObject());
	add(a, "plans", cJSON_CreateNumber((double)h->plans));
	add(a, "events", cJSON_CreateNumber((double)h->events));
	add(a, "reflections", cJSON_CreateNumber((double)h->reflections));
	add(a, "ratings", cJSON_CreateNumber((double)h->ratings));
	add(root, "added", a);
	add(root, "faults", cJSON_CreateNumber((double)h->faults));
	return print(root);
}

char *export_import_hook_json(const struct export_import_hook *h)
{
	cJSON *root = must(cJSON_CreateObject());
	add_str(root, "hook", "on-import");
	add_str(root, "kind", h->restore ? "restore" : "plan");
	add_time(root, "time", h->time);
	add_str(root, "device", h->device);
	add_str(root, "file", h->file);
	if (h->restore) {
		cJSON *a = must(cJSON_CreateObject());
		add(a, "plans", cJSON_CreateNumber((double)h->plans));
		add(a, "events", cJSON_CreateNumber((double)h->events));
		add(a, "reflections", cJSON_CreateNumber((double)h->reflections));
		add(a, "ratings", cJSON_CreateNumber((double)h->ratings));
		add(root, "added", a);
	} else {
		cJSON *p = must(cJSON_CreateObject());
		add_str(p, "id", h->plan);
		add_str(p, "title", h->title);
		add(root, "plan", p);
		add(root, "new", cJSON_CreateBool(h->created));
		add(root, "changed", cJSON_CreateBool(h->changed));
		cJSON *it = must(cJSON_CreateObject());
		add(it, "added", cJSON_CreateNumber((double)h->added));
		add(it, "removed", cJSON_CreateNumber((double)h->removed));
		add(it, "retitled", cJSON_CreateNumber((double)h->retitled));
		add(it, "moved", cJSON_CreateNumber((double)h->moved));
		add(it, "total", cJSON_CreateNumber((double)h->items));
		add(root, "items", it);
	}
	return print(root);
}

static cJSON *remind_object(const struct store_plan *p, const struct remind *r)
{
	static const char *const kinds[] = {
		[REMIND_SLOT] = "slot",
		[REMIND_STREAK] = "streak",
		[REMIND_LATE] = "late",
		[REMIND_REFLECTION] = "reflection",
	};
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", p->slug);
	add_str(o, "title", p->title);
	add_date(o, "today", r->pr.today);
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < r->n; i++) {
		const struct remind_reason *v = &r->v[i];
		cJSON *x = must(cJSON_CreateObject());
		add_str(x, "kind", kinds[v->kind]);
		char week[CALENDAR_WEEK_LEN];
		switch (v->kind) {
		case REMIND_SLOT:
			add(x, "logged", cJSON_CreateNumber((double)v->logged));
			add(x, "minutes", cJSON_CreateNumber((double)v->minutes));
			add_str(x, "focus", r->pr.slot.focus);
			break;
		case REMIND_STREAK:
			add(x, "days", cJSON_CreateNumber(v->streak));
			break;
		case REMIND_LATE:
			add(x, "items", cJSON_CreateNumber(v->late));
			break;
		case REMIND_REFLECTION:
			add_str(x, "week", calendar_format_week(v->week, week));
			break;
		}
		push(arr, x);
	}
	add(o, "reasons", arr);
	return o;
}

char *export_remind_json(const struct export_remind *v, size_t n)
{
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++)
		push(arr, remind_object(v[i].plan, v[i].r));
	return print(arr);
}

/* ---- stride config --json ----------------------------------------------------- */

static cJSON *setting(cJSON *value, const struct config_origin *at)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "value", value);
	add_str(o, "from", at->from == CONFIG_FILE  ? "file"
			   : at->from == CONFIG_ENV ? "environment"
						    : "default");
	if (at->from == CONFIG_FILE)
		add(o, "line", cJSON_CreateNumber(at->line));
	if (at->from == CONFIG_ENV)
		add_str(o, "variable", at->env);
	return o;
}

char *export_config_json(const struct export_config *x)
{
	const struct config *cfg = x->cfg;
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "file", cfg->path);
	add(o, "exists", cJSON_CreateBool(cfg->exists));
	cJSON *errors = must(cJSON_CreateArray());
	for (size_t i = 0; i < cfg->diags.n; i++) {
		const struct diag *g = &cfg->diags.v[i];
		cJSON *e = must(cJSON_CreateObject());
		add(e, "line", cJSON_CreateNumber(g->line));
		add(e, "column", cJSON_CreateNumber(g->col));
		add_str(e, "message", g->msg);
		push(errors, e);
	}
	add(o, "errors", errors);
	cJSON *set = must(cJSON_CreateObject());
	add(set, "week-start",
	    setting(cJSON_CreateString(cfg->week_start ? "sunday" : "monday"), &cfg->week_start_at));
	add(set, "plan",
	    setting(cfg->plan ? cJSON_CreateString(cfg->plan) : cJSON_CreateNull(), &cfg->plan_at));
	add(set, "editor", setting(cJSON_CreateString(cfg->editor), &cfg->editor_at));
	char hm[8];
	snprintf(hm, sizeof(hm), "%02d:%02d", cfg->calendar_time / 60 % 24, cfg->calendar_time % 60);
	add(set, "calendar-time", setting(cJSON_CreateString(hm), &cfg->calendar_time_at));
	cJSON *colors = must(cJSON_CreateObject());
	add(colors, "theme",
	    setting(cJSON_CreateString(config_theme_name(cfg->theme)), &cfg->theme_at));
	for (int e = 0; e < CONFIG_EL_COUNT; e++) {
		char buf[128];
		const struct config_style *st = &cfg->styles[e];
		add(colors, config_element_name((enum config_element)e),
		    setting(cJSON_CreateString(config_style_text(&x->styles[e], buf, sizeof(buf))),
			    st->set ? &st->at : &cfg->theme_at));
	}
	add(set, "colors", colors);
	cJSON *keys = must(cJSON_CreateObject());
	for (size_t i = 0; i < x->nrequests; i++) {
		cJSON *list = must(cJSON_CreateArray());
		char *copy = xstrdup(x->keys[i]);
		char *save = NULL;
		for (char *k = strtok_r(copy, " ", &save); k; k = strtok_r(NULL, " ", &save))
			push(list, cJSON_CreateString(k));
		free(copy);
		add(keys, x->requests[i], setting(list, &x->keys_at[i]));
	}
	add(set, "keys", keys);
	add(o, "settings", set);
	return print(o);
}

char *export_clock_json(const struct export_clock *c)
{
	cJSON *o = must(cJSON_CreateObject());
	add(o, "running", cJSON_CreateBool(c->running));
	if (c->running) {
		char since[32], date[CALENDAR_DATE_LEN];
		snprintf(since, sizeof(since), "%sT%02d:%02d", calendar_format(c->day, date),
			 c->second / 3600, c->second / 60 % 60);
		add_str(o, "plan", c->plan);
		add(o, "ref", c->ref ? cJSON_CreateNumber(c->ref) : cJSON_CreateNull());
		add_str(o, "key", c->ref ? c->key : NULL);
		add_str(o, "title", c->ref ? c->title : NULL);
		add_str(o, "since", since);
		add(o, "minutes", cJSON_CreateNumber((double)c->minutes));
		add_str(o, "note", c->note);
		add(o, "past_midnight", cJSON_CreateBool(c->past_midnight));
	}
	return print(o);
}

char *export_entries_json(const char *plan, int from, int to, const struct store_entry *v,
			  size_t n)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", plan);
	add_date(o, "from", from);
	add_date(o, "to", to);
	long long total = 0;
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < n; i++) {
		const struct store_entry *e = &v[i];
		char id[EXPORT_ENTRY_ID_LEN + 1];
		snprintf(id, sizeof(id), "%s", e->uid);
		cJSON *x = must(cJSON_CreateObject());
		add_str(x, "id", id);
		add_str(x, "uid", e->uid);
		add_date(x, "day", e->day);
		add(x, "minutes", cJSON_CreateNumber(e->minutes));
		add(x, "ref", e->item_id ? cJSON_CreateNumber(e->ref) : cJSON_CreateNull());
		add_str(x, "key", e->item_id ? e->key : NULL);
		add_str(x, "title", e->item_id ? e->title : NULL);
		add_str(x, "note", e->text);
		push(arr, x);
		total += e->minutes;
	}
	add(o, "minutes", cJSON_CreateNumber((double)total));
	add(o, "entries", arr);
	return print(o);
}

char *export_portfolio_json(const struct store_plan *p, const struct portfolio *pf,
			    int today)
{
	cJSON *o = must(cJSON_CreateObject());
	add_str(o, "plan", p->slug);
	add_str(o, "title", p->title);
	add_date(o, "as_of", today);
	add(o, "deliverables", cJSON_CreateNumber(pf->deliverables));
	add(o, "delivered", cJSON_CreateNumber(pf->delivered));
	cJSON *arr = must(cJSON_CreateArray());
	for (size_t i = 0; i < pf->n; i++) {
		const struct portfolio_entry *e = &pf->v[i];
		cJSON *x = must(cJSON_CreateObject());
		add(x, "ref", cJSON_CreateNumber(e->it.ref));
		add_str(x, "key", e->it.key);
		add_str(x, "title", e->it.title);
		add_str(x, "kind", store_kind_name(e->it.kind));
		add_str(x, "phase", e->phase);
		add_date(x, "done_on", e->it.status_day);
		add_date(x, "start", e->it.start);
		add_date(x, "end", e->it.end);
		add_date(x, "due", e->it.due);
		add(x, "minutes", cJSON_CreateNumber((double)e->it.minutes));
		add(x, "phase_minutes", e->phase ? cJSON_CreateNumber((double)e->phase_minutes)
						 : cJSON_CreateNull());
		cJSON *links = must(cJSON_CreateArray());
		for (const char *l = e->links; l && *l;) {
			const char *nl = strchr(l, '\n');
			size_t len = nl ? (size_t)(nl - l) : strlen(l);
			char *one = xmalloc(len + 1);
			memcpy(one, l, len);
			one[len] = '\0';
			push(links, cJSON_CreateString(one));
			free(one);
			l = nl ? nl + 1 : NULL;
		}
		add(x, "links", links);
		add_str(x, "lessons", e->lessons);
		push(arr, x);
	}
	add(o, "items", arr);
	return print(o);
}
