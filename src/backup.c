/*
 * A store's progress as one JSON document, out and back in: see
 * stride/backup.h. The store reads and writes it by plan id and item key
 * (store_x*); this file is the document: building it in a fixed order, and
 * checking all of one before any of it is written.
 */
#include "stride/backup.h"

#include "stride/calendar.h"
#include "stride/hash.h"
#include "stride/loader.h"
#include "stride/session.h"
#include "stride/strmap.h"
#include "stride/sync.h"
#include "stride/text.h"
#include "stride/util.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void backup_report_done(struct backup_report *r)
{
	free(r->no_text_plan);
	*r = (struct backup_report){ 0 };
}

static int fail(struct store_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int fail(struct store_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	err->code = STORE_ERR_INVALID;
	return -1;
}

/* ---- the names of what travels -------------------------------------------------- */

static const char *const type_names[] = {
	[STORE_EV_STATUS] = "status", [STORE_EV_LOG] = "log",	 [STORE_EV_NOTE] = "note",
	[STORE_EV_UNDO] = "undo",     [STORE_EV_RATING] = "rating", [STORE_EV_MOVE] = "move",
	[STORE_EV_PAUSE] = "pause",   [STORE_EV_ADOPT] = "adopt",  [STORE_EV_REKEY] = "rekey",
	[STORE_EV_UNLOG] = "unlog",    [STORE_EV_DELIVER] = "deliver",
	[STORE_EV_TICK] = "tick",
};

static bool type_parse(const char *name, enum store_event_type *t)
{
	for (size_t i = 1; i < ARRAY_SIZE(type_names); i++) {
		if (type_names[i] && !strcmp(type_names[i], name)) {
			*t = (enum store_event_type)i;
			return true;
		}
	}
	return false;
}

/* ---- writing the document -------------------------------------------------------- */

static cJSON *must(cJSON *item)
{
	if (!item)
		util_out_of_memory();
	return item;
}

static void put(cJSON *o, const char *name, cJSON *v)
{
	if (!cJSON_AddItemToObject(o, name, must(v)))
		util_out_of_memory();
}

static void put_str(cJSON *o, const char *name, const char *v)
{
	put(o, name, v ? cJSON_CreateString(v) : cJSON_CreateNull());
}

static void put_num(cJSON *o, const char *name, double v)
{
	put(o, name, cJSON_CreateNumber(v));
}

static void put_date(cJSON *o, const char *name, int day)
{
	char buf[CALENDAR_DATE_LEN];
	put_str(o, name, day == CALENDAR_NONE ? NULL : calendar_format(day, buf));
}

static void push(cJSON *a, cJSON *v)
{
	if (!cJSON_AddItemToArray(a, must(v)))
		util_out_of_memory();
}

struct out {
	struct store *s;
	cJSON *arr;   /* what the callbacks add to */
	const char *plan;
	struct store_error *err;
	int failed;
};

static int put_move(const struct store_xmove *m, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	put_str(e, "key", m->key);
	if (m->start != CALENDAR_NONE || !m->key)
		put_num(e, "start", m->start == CALENDAR_NONE ? 0 : m->start);
	if (m->key) {
		put_num(e, "end", m->end);
		put_num(e, "due", m->due);
	}
	push(o->arr, e);
	return 0;
}

/* A move_undo row: days may be missing (NULL) for the plan's own row. */
static cJSON *num_or_null(int v)
{
	return v == CALENDAR_NONE ? cJSON_CreateNull() : cJSON_CreateNumber(v);
}

/* A row of a move's undo, as an array (a big plan's shift has one for
 * each item it moved): [key, start, end, due], the plan's row [null,
 * start, end, moved, anchor]. */
static int put_undo_row(const struct store_xmove *m, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateArray());
	push(e, m->key ? cJSON_CreateString(m->key) : cJSON_CreateNull());
	push(e, num_or_null(m->start));
	push(e, num_or_null(m->end));
	push(e, num_or_null(m->due));
	if (!m->key) {
		char buf[CALENDAR_DATE_LEN];
		push(e, m->anchor == CALENDAR_NONE ? cJSON_CreateNull()
						   : cJSON_CreateString(calendar_format(m->anchor, buf)));
	}
	push(o->arr, e);
	return 0;
}

static int put_event(const struct store_xevent *ev, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	char clock[24];
	snprintf(clock, sizeof(clock), "%lld", ev->hlc);
	put_str(e, "id", ev->uid);
	put_str(e, "clock", clock);
	put_str(e, "device", ev->device);
	put_str(e, "plan", ev->plan);
	put_str(e, "item", ev->item);
	put_str(e, "type", (size_t)ev->type < ARRAY_SIZE(type_names) ? type_names[ev->type] : "?");
	put_num(e, "at", (double)ev->at);
	put_date(e, "day", ev->day);
	if (ev->has_old_status)
		put_str(e, "old_status", store_status_name(ev->old_status));
	if (ev->has_new_status)
		put_str(e, "new_status", store_status_name(ev->new_status));
	if (ev->has_minutes)
		put_num(e, "minutes", ev->minutes);
	if (ev->text)
		put_str(e, "text", ev->text);
	if (ev->old_text)
		put_str(e, "old_text", ev->old_text);
	if (ev->has_old_rating)
		put_num(e, "old_rating", ev->old_rating);
	if (ev->has_new_rating)
		put_num(e, "new_rating", ev->new_rating);
	put_str(e, "undoes", ev->undoes);
	put_str(e, "batch", ev->batch);
	if (ev->type == STORE_EV_MOVE) {
		struct out rows = { o->s, must(cJSON_CreateArray()), NULL, o->err, 0 };
		if (store_xmove_undo(o->s, ev->id, put_undo_row, &rows, o->err) < 0)
			o->failed = 1;
		put(e, "undo", rows.arr);
	}
	push(o->arr, e);
	return o->failed;
}

static int put_pause(int first, int last, const char *event, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	put_date(e, "first", first);
	put_date(e, "last", last);
	put_str(e, "event", event);
	push(o->arr, e);
	return 0;
}

static int put_archived(const char *key, const char *title, enum store_kind kind, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	put_str(e, "key", key);
	put_str(e, "title", title);
	put_num(e, "kind", kind);
	push(o->arr, e);
	return 0;
}

static int put_reflection(const struct store_xreflection *r, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	put_str(e, "plan", o->plan);
	put_date(e, "week", r->week);
	put_num(e, "saved_at", (double)r->saved_at);
	cJSON *a = must(cJSON_CreateArray());
	for (size_t i = 0; i < r->n; i++) {
		cJSON *x = must(cJSON_CreateObject());
		put_str(x, "prompt", r->v[i].prompt);
		put_str(x, "answer", r->v[i].answer);
		push(a, x);
	}
	put(e, "answers", a);
	push(o->arr, e);
	return 0;
}

static int put_rating(int week, const char *skill, int rating, long long saved_at, void *ctx)
{
	struct out *o = ctx;
	cJSON *e = must(cJSON_CreateObject());
	put_str(e, "plan", o->plan);
	put_date(e, "week", week);
	put_str(e, "skill", skill);
	put_num(e, "rating", rating);
	put_num(e, "saved_at", (double)saved_at);
	push(o->arr, e);
	return 0;
}

/* The text of plan p: the one the store keeps (restored without its
 * file), else its file as it is. NULL when neither can be had. */
static char *plan_text(struct store *s, const struct store_plan *p, struct store_error *err,
		       int *failed)
{
	char *text = NULL;
	if (store_source_text(s, p->id, &text, err) < 0) {
		*failed = 1;
		return NULL;
	}
	if (text || !p->source)
		return text;
	struct diag_list d;
	diag_list_init(&d);
	char *buf;
	size_t len;
	if (loader_read_file(p->source, &buf, &len, &d) == LOADER_OK) {
		text = xmalloc(len + 1);
		memcpy(text, buf, len);
		text[len] = '\0';
		free(buf);
		if (strlen(text) != len) { /* a NUL in it: no plan the loader reads */
			free(text);
			text = NULL;
		}
	}
	diag_list_done(&d);
	return text;
}

struct slugs {
	struct { long long id; char *slug; } *v;
	size_t n, cap;
	const char *only;
};

static int keep_slug(const struct store_plan *p, void *ctx)
{
	struct slugs *l = ctx;
	if (l->only && strcmp(l->only, p->slug))
		return 0;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].id = p->id;
	l->v[l->n++].slug = xstrdup(p->slug);
	return 0;
}

static int slug_cmp(const void *a, const void *b)
{
	const struct slugs *x = NULL;
	(void)x;
	return strcmp(*(char *const *)((const char *)a + sizeof(long long)),
		      *(char *const *)((const char *)b + sizeof(long long)));
}

int backup_export(struct store *s, const char *slug, char **out, struct backup_report *rep,
		  struct store_error *err)
{
	return backup_export_texts(s, slug, true, out, rep, err);
}

/* What export_doc puts in a plan's entry besides its id, title and
 * source. */
enum { EXPORT_TEXT = 1, EXPORT_SHAPE = 2 };

/* The document of plan slug (NULL: all), each plan's entry with what parts
 * says, the events past row after. */
static int export_doc(struct store *s, const char *slug, unsigned parts, long long after,
		      char **out, struct backup_report *rep, struct store_error *err)
{
	bool texts = parts & EXPORT_TEXT;
	*out = NULL;
	*rep = (struct backup_report){ 0 };
	struct slugs l = { .only = slug };
	if (store_begin_read(s, err) < 0)
		return -1;
	int failed = store_plans(s, keep_slug, &l, err) < 0;
	if (!failed && slug && !l.n) {
		err->code = STORE_ERR_NOTFOUND;
		snprintf(err->msg, sizeof(err->msg),
			 "no plan '%s' in the store ('stride plans' lists them)", slug);
		failed = 1;
	}
	if (l.n > 1)
		qsort(l.v, l.n, sizeof(*l.v), slug_cmp);
	cJSON *root = must(cJSON_CreateObject());
	put_num(root, "stride_export", BACKUP_FORMAT);
	cJSON *plans = must(cJSON_CreateArray()), *events = must(cJSON_CreateArray()),
	      *refl = must(cJSON_CreateArray()), *rates = must(cJSON_CreateArray());
	for (size_t i = 0; i < l.n && !failed; i++) {
		struct store_plan p;
		if (store_plan_by_id(s, l.v[i].id, &p, err) < 0) {
			failed = 1;
			break;
		}
		cJSON *o = must(cJSON_CreateObject());
		put_str(o, "id", p.slug);
		put_str(o, "title", p.title);
		put_str(o, "source", p.source);
		char *text = texts ? plan_text(s, &p, err, &failed) : NULL;
		if (texts && !text && !failed && !rep->no_text++)
			rep->no_text_plan = xstrdup(p.slug);
		if (parts & (EXPORT_TEXT | EXPORT_SHAPE))
			put_str(o, "text", text);
		free(text);
		struct out w = { s, NULL, p.slug, err, 0 };
		if (parts & EXPORT_SHAPE) {
			put_num(o, "moved", p.moved);
			put_date(o, "anchor", p.anchor);
			/* the span's own days past the file's, moved (a shift's) */
			bool span = p.start != CALENDAR_NONE && p.file_start != CALENDAR_NONE;
			put_num(o, "start_days", span ? p.start - p.file_start - p.moved : 0);
			put_num(o, "end_days", span ? p.end - p.file_end - p.moved : 0);
			w.arr = must(cJSON_CreateArray());
			failed |= store_xitem_moves(s, p.id, put_move, &w, err) < 0;
			put(o, "item_moves", w.arr);
			w.arr = must(cJSON_CreateArray());
			failed |= store_xpauses(s, p.id, put_pause, &w, err) < 0;
			put(o, "pauses", w.arr);
			w.arr = must(cJSON_CreateArray());
			failed |= store_xarchived(s, p.id, put_archived, &w, err) < 0;
			put(o, "archived", w.arr);
		}
		push(plans, o);
		w.arr = refl;
		failed |= store_xreflections(s, p.id, put_reflection, &w, err) < 0;
		w.arr = rates;
		failed |= store_xratings(s, p.id, put_rating, &w, err) < 0;
		store_plan_done(&p);
		rep->plans++;
	}
	struct out w = { s, events, NULL, err, 0 };
	long long count;
	if (!failed && store_xevents(s, slug ? (l.n ? l.v[0].id : -1) : 0, after, put_event, &w,
				     err) != 0)
		failed = 1;
	if (!failed && store_xevent_rows(s, 0, &count, &rep->last_event, err) < 0)
		failed = 1;
	store_rollback(s);
	rep->events = (size_t)cJSON_GetArraySize(events);
	rep->reflections = (size_t)cJSON_GetArraySize(refl);
	rep->ratings = (size_t)cJSON_GetArraySize(rates);
	put(root, "plans", plans);
	put(root, "events", events);
	put(root, "reflections", refl);
	put(root, "ratings", rates);
	for (size_t i = 0; i < l.n; i++)
		free(l.v[i].slug);
	free(l.v);
	if (failed) {
		cJSON_Delete(root);
		return -1;
	}
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		util_out_of_memory();
	size_t len = strlen(text);
	char *doc = xmalloc(len + 2);
	memcpy(doc, text, len);
	memcpy(doc + len, "\n", 2);
	cJSON_free(text);
	*out = text_json_safe(doc);
	return 0;
}

int backup_export_texts(struct store *s, const char *slug, bool texts, char **out,
			struct backup_report *rep, struct store_error *err)
{
	return export_doc(s, slug, (texts ? EXPORT_TEXT : 0) | EXPORT_SHAPE, 0, out, rep, err);
}

int backup_export_lines(struct store *s, long long after, char **out,
			struct backup_report *rep, struct store_error *err)
{
	return export_doc(s, NULL, 0, after, out, rep, err);
}

/* ---- reading the document --------------------------------------------------------- */

/* What a check found wrong, where: "event 3 (abc...)". */
struct check {
	const char *name; /* the document's */
	struct store_error *err;
};

static const cJSON *field(const cJSON *o, const char *name)
{
	return cJSON_GetObjectItemCaseSensitive(o, name);
}

static const char *str_field(const cJSON *o, const char *name)
{
	const cJSON *v = field(o, name);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A whole number in [lo, hi]. */
static bool int_field(const cJSON *o, const char *name, long long lo, long long hi,
		      long long *out)
{
	const cJSON *v = field(o, name);
	if (!cJSON_IsNumber(v) || v->valuedouble != (double)(long long)v->valuedouble ||
	    v->valuedouble < (double)lo || v->valuedouble > (double)hi)
		return false;
	*out = (long long)v->valuedouble;
	return true;
}

/* A date, or (when nullable) null: CALENDAR_NONE. */
static bool date_field(const cJSON *o, const char *name, bool nullable, int *out)
{
	const cJSON *v = field(o, name);
	*out = CALENDAR_NONE;
	if (nullable && (!v || cJSON_IsNull(v)))
		return true;
	return cJSON_IsString(v) && calendar_parse(v->valuestring, out);
}

/* Text that is safe to keep (or absent, where optional). */
static bool safe(const char *t)
{
	struct text_fault f;
	return !t || text_valid(t, strlen(t), &f);
}

static bool is_uid(const char *u)
{
	return u && strlen(u) == 32 && strspn(u, "0123456789abcdef") == 32;
}

/* A string or null (absent is null), safe: the store keeps it as is. */
static bool opt_text(const cJSON *o, const char *name, const char **out)
{
	const cJSON *v = field(o, name);
	*out = cJSON_IsString(v) ? v->valuestring : NULL;
	return (!v || cJSON_IsNull(v) || cJSON_IsString(v)) && safe(*out);
}

static const cJSON *array_field(const cJSON *o, const char *name)
{
	const cJSON *v = field(o, name);
	return cJSON_IsArray(v) ? v : NULL;
}

/* An event of the document, read into ev (its strings borrowed from the
 * tree); false when it is not one. */
static bool read_event(const cJSON *o, struct store_xevent *ev)
{
	*ev = (struct store_xevent){ 0 };
	const char *clock = str_field(o, "clock"), *type = str_field(o, "type");
	long long at;
	ev->uid = str_field(o, "id");
	ev->device = str_field(o, "device");
	ev->plan = str_field(o, "plan");
	ev->batch = str_field(o, "batch");
	if (!cJSON_IsObject(o) || !is_uid(ev->uid) || !clock || !*clock ||
	    strspn(clock, "0123456789") != strlen(clock) || strlen(clock) > 18 || !ev->device ||
	    !*ev->device || !safe(ev->device) || strlen(ev->device) > 64 || !ev->plan ||
	    !type || !type_parse(type, &ev->type) || !int_field(o, "at", 0, 1LL << 40, &at) ||
	    !date_field(o, "day", false, &ev->day) || !is_uid(ev->batch) ||
	    !opt_text(o, "item", &ev->item) || !opt_text(o, "text", &ev->text) ||
	    !opt_text(o, "old_text", &ev->old_text) || !opt_text(o, "undoes", &ev->undoes) ||
	    (ev->undoes && !is_uid(ev->undoes)))
		return false;
	ev->hlc = strtoll(clock, NULL, 10);
	ev->at = at;
	const char *st;
	if ((st = str_field(o, "old_status"))) {
		if (!store_status_parse(st, &ev->old_status))
			return false;
		ev->has_old_status = true;
	}
	if ((st = str_field(o, "new_status"))) {
		if (!store_status_parse(st, &ev->new_status))
			return false;
		ev->has_new_status = true;
	}
	long long v;
	if (field(o, "minutes")) {
		if (!int_field(o, "minutes", -(1LL << 31) + 1, (1LL << 31) - 1, &v))
			return false;
		ev->minutes = (int)v;
		ev->has_minutes = true;
	}
	if (field(o, "old_rating")) {
		if (!int_field(o, "old_rating", 0, 5, &v))
			return false;
		ev->old_rating = (int)v;
		ev->has_old_rating = true;
	}
	if (field(o, "new_rating")) {
		if (!int_field(o, "new_rating", 0, 5, &v))
			return false;
		ev->new_rating = (int)v;
		ev->has_new_rating = true;
	}
	return true;
}

/* A row of a move's undo (put_undo_row): its days (null: none). */
static bool read_undo_row(const cJSON *o, struct store_xmove *m)
{
	*m = (struct store_xmove){ .anchor = CALENDAR_NONE };
	int n = cJSON_GetArraySize(o);
	const cJSON *key = cJSON_GetArrayItem(o, 0);
	if (!cJSON_IsArray(o) || !(cJSON_IsString(key) || cJSON_IsNull(key)))
		return false;
	m->key = cJSON_IsString(key) ? key->valuestring : NULL;
	if (n != (m->key ? 4 : 5) || !safe(m->key))
		return false;
	int *days[] = { &m->start, &m->end, &m->due };
	for (int i = 0; i < 3; i++) {
		const cJSON *v = cJSON_GetArrayItem(o, i + 1);
		if (cJSON_IsNull(v))
			*days[i] = CALENDAR_NONE;
		else if (cJSON_IsNumber(v) && v->valuedouble == (double)(int)v->valuedouble &&
			 v->valuedouble >= -4000000 && v->valuedouble <= 4000000)
			*days[i] = (int)v->valuedouble;
		else
			return false;
	}
	const cJSON *a = m->key ? NULL : cJSON_GetArrayItem(o, 4);
	return !a || cJSON_IsNull(a) || (cJSON_IsString(a) && calendar_parse(a->valuestring, &m->anchor));
}

/* The plans the document has: by id, its object. */
struct doc {
	const cJSON *root, *plans, *events, *reflections, *ratings;
	struct strmap plan; /* id -> its cJSON object */
	struct strmap uids; /* the events' ids -> their object */
	struct strmap rows; /* a plan's id -> its row in the store */
	struct strmap made; /* the plans this restore made (id -> its object) */
};

static void doc_done(struct doc *d)
{
	strmap_done(&d->plan);
	strmap_done(&d->uids);
	strmap_done(&d->rows);
	strmap_done(&d->made);
}

/* Whether plan id is one the store has (*id its row) or the document has.
 * The rows found are kept (d->rows): a plan is not removed meanwhile. */
static int known_plan(struct store *s, struct doc *d, const char *slug, long long *id,
		      struct store_error *err)
{
	struct store_plan p;
	/* the row itself is the value: rows are never 0 */
	*id = (long long)(intptr_t)strmap_get(&d->rows, slug);
	if (*id)
		return 1;
	if (store_plan_get(s, slug, &p, err) == 0) {
		*id = p.id;
		store_plan_done(&p);
		strmap_put(&d->rows, slug, (void *)(intptr_t)*id);
		return 1;
	}
	if (err->code != STORE_ERR_NOTFOUND)
		return -1;
	return strmap_get(&d->plan, slug) ? 1 : 0;
}

/* A move event's undo rows, each as put_undo_row writes it. */
static bool undo_rows_ok(const cJSON *o, const struct store_xevent *ev)
{
	const cJSON *x;
	cJSON_ArrayForEach(x, (ev->type == STORE_EV_MOVE ? array_field(o, "undo") : NULL)) {
		struct store_xmove m;
		if (!read_undo_row(x, &m))
			return false;
	}
	return true;
}

bool backup_event_ok(const struct cJSON *o)
{
	struct store_xevent ev;
	return read_event(o, &ev) && undo_rows_ok(o, &ev);
}

bool backup_reflection_ok(const struct cJSON *o)
{
	int week;
	long long at;
	const cJSON *answers = array_field(o, "answers"), *x;
	bool ok = str_field(o, "plan") && date_field(o, "week", false, &week) &&
		  int_field(o, "saved_at", 0, 1LL << 52, &at) && answers;
	cJSON_ArrayForEach(x, answers) {
		const char *p = str_field(x, "prompt"), *a;
		ok = ok && p && safe(p) && opt_text(x, "answer", &a);
	}
	return ok;
}

bool backup_rating_ok(const struct cJSON *o)
{
	const char *skill = str_field(o, "skill");
	int week;
	long long r, at;
	return str_field(o, "plan") && skill && safe(skill) && date_field(o, "week", false, &week) &&
	       int_field(o, "rating", 1, 5, &r) && int_field(o, "saved_at", 0, 1LL << 52, &at);
}

const char *backup_plan_fault(const struct cJSON *o)
{
	const char *id = str_field(o, "id"), *text;
	long long moved;
	int anchor;
	if (!cJSON_IsObject(o) || !id || !*id || !safe(id) || !opt_text(o, "text", &text) ||
	    !opt_text(o, "source", &text) || !opt_text(o, "title", &text) ||
	    !int_field(o, "moved", -4000000, 4000000, &moved) ||
	    !int_field(o, "start_days", -4000000, 4000000, &moved) ||
	    !int_field(o, "end_days", -4000000, 4000000, &moved) ||
	    !date_field(o, "anchor", true, &anchor) || !array_field(o, "item_moves") ||
	    !array_field(o, "pauses") || !array_field(o, "archived"))
		return "is not one an export has (id, title, source, text, moved, anchor, "
		       "start_days, end_days, item_moves, pauses, archived)";
	const cJSON *x;
	cJSON_ArrayForEach(x, array_field(o, "item_moves")) {
		long long v;
		const char *key = str_field(x, "key");
		if (!key || !safe(key) || !int_field(x, "start", -4000000, 4000000, &v) ||
		    !int_field(x, "end", -4000000, 4000000, &v) ||
		    !int_field(x, "due", -4000000, 4000000, &v))
			return "has an item move that is not one (key, start, end, due)";
	}
	cJSON_ArrayForEach(x, array_field(o, "pauses")) {
		int a, b;
		if (!date_field(x, "first", false, &a) || !date_field(x, "last", false, &b) ||
		    b < a || !is_uid(str_field(x, "event")))
			return "has a pause that is not one (first, last, event)";
	}
	cJSON_ArrayForEach(x, array_field(o, "archived")) {
		long long k;
		const char *key = str_field(x, "key"), *title = str_field(x, "title");
		if (!key || !*key || !title || !safe(key) || !safe(title) ||
		    !int_field(x, "kind", STORE_PHASE, STORE_KIND_LAST, &k))
			return "has an archived item that is not one (key, title, kind)";
	}
	return NULL;
}

/* Checks the whole document: the first fault found goes to err. */
static int check(struct store *s, const char *name, struct doc *d, struct store_error *err)
{
	const cJSON *root = d->root;
	long long format;
	if (!cJSON_IsObject(root) || !field(root, "stride_export"))
		return fail(err, "%s is not a stride export (no \"stride_export\" format "
				 "number): 'stride export' makes one",
			    name);
	if (!int_field(root, "stride_export", 1, 1 << 30, &format))
		return fail(err, "%s: \"stride_export\" must be the format number, 1", name);
	if (format > BACKUP_FORMAT)
		return fail(err, "%s is an export of format %lld; this stride reads format %d: "
				 "restore it with a newer stride",
			    name, format, BACKUP_FORMAT);
	d->plans = array_field(root, "plans");
	d->events = array_field(root, "events");
	d->reflections = array_field(root, "reflections");
	d->ratings = array_field(root, "ratings");
	if (!d->plans || !d->events || !d->reflections || !d->ratings)
		return fail(err, "%s: an export has the lists \"plans\", \"events\", "
				 "\"reflections\" and \"ratings\"; one is missing or not a list",
			    name);
	int i = 0;
	const cJSON *o;
	cJSON_ArrayForEach(o, d->plans) {
		i++;
		const char *id = str_field(o, "id");
		const char *why = backup_plan_fault(o);
		if (why)
			return fail(err, "%s: plan %d %s", name, i, why);
		if (strmap_get(&d->plan, id))
			return fail(err, "%s: the plan '%s' is there twice", name, id);
		strmap_put(&d->plan, id, (void *)o);
	}
	i = 0;
	cJSON_ArrayForEach(o, d->events) {
		i++;
		struct store_xevent ev;
		if (!read_event(o, &ev) || !undo_rows_ok(o, &ev))
			return fail(err, "%s: event %d %s", name, i, EVENT_FAULT);
		if (strmap_get(&d->uids, ev.uid))
			return fail(err, "%s: event %s is there twice", name, ev.uid);
		strmap_put(&d->uids, ev.uid, (void *)o);
		long long id;
		int k = known_plan(s, d, ev.plan, &id, err);
		if (k < 0)
			return -1;
		if (!k)
			return fail(err, "%s: event %d (%s) names the plan '%s', which neither "
					 "the export nor this store has",
				    name, i, ev.uid, ev.plan);
	}
	/* an undone event is in the export, or in the store */
	cJSON_ArrayForEach(o, d->events) {
		const char *u = str_field(o, "undoes");
		long long id;
		if (u && !strmap_get(&d->uids, u)) {
			if (store_xevent_id(s, u, &id, err) < 0)
				return -1;
			if (!id)
				return fail(err, "%s: event %s undoes event %s, which neither the "
						 "export nor this store has",
					    name, str_field(o, "id"), u);
		}
	}
	i = 0;
	cJSON_ArrayForEach(o, d->reflections) {
		i++;
		const char *plan = str_field(o, "plan");
		long long id;
		if (!backup_reflection_ok(o))
			return fail(err, "%s: reflection %d %s", name, i, REFLECTION_FAULT);
		int k = known_plan(s, d, plan, &id, err);
		if (k <= 0)
			return k < 0 ? -1
				     : fail(err, "%s: reflection %d names the plan '%s', which "
						 "neither the export nor this store has",
					    name, i, plan);
	}
	i = 0;
	cJSON_ArrayForEach(o, d->ratings) {
		i++;
		const char *plan = str_field(o, "plan");
		long long id;
		if (!backup_rating_ok(o))
			return fail(err, "%s: rating %d %s", name, i, RATING_FAULT);
		int k = known_plan(s, d, plan, &id, err);
		if (k <= 0)
			return k < 0 ? -1
				     : fail(err, "%s: rating %d names the plan '%s', which neither "
						 "the export nor this store has",
					    name, i, plan);
	}
	return 0;
}

/* The dates of plan o of the document (owned arrays: plan_dates_done). */
static void plan_dates(const cJSON *o, struct store_xdates *xd)
{
	struct store_xmove *own = NULL;
	struct store_xpause *ps = NULL;
	size_t nown = 0, npause = 0, cap1 = 0, cap2 = 0;
	const cJSON *x;
	cJSON_ArrayForEach(x, array_field(o, "item_moves")) {
		long long a = 0, b = 0, c = 0;
		int_field(x, "start", -4000000, 4000000, &a);
		int_field(x, "end", -4000000, 4000000, &b);
		int_field(x, "due", -4000000, 4000000, &c);
		own = xgrow(own, &cap1, nown + 1, sizeof(*own));
		own[nown++] = (struct store_xmove){ str_field(x, "key"), (int)a, (int)b, (int)c,
						    CALENDAR_NONE };
	}
	cJSON_ArrayForEach(x, array_field(o, "pauses")) {
		int a, b;
		date_field(x, "first", false, &a);
		date_field(x, "last", false, &b);
		ps = xgrow(ps, &cap2, npause + 1, sizeof(*ps));
		ps[npause++] = (struct store_xpause){ a, b, str_field(x, "event") };
	}
	long long moved = 0, sd = 0, ed = 0;
	int anchor;
	int_field(o, "moved", -4000000, 4000000, &moved);
	int_field(o, "start_days", -4000000, 4000000, &sd);
	int_field(o, "end_days", -4000000, 4000000, &ed);
	date_field(o, "anchor", true, &anchor);
	*xd = (struct store_xdates){ (int)moved, anchor, (int)sd, (int)ed, own, nown, ps, npause,
				     false };
}

static void plan_dates_done(struct store_xdates *xd)
{
	free((void *)xd->own);
	free((void *)xd->pauses);
}

/* The plan a plan the store lacks comes from: the document's text,
 * loaded (*out; NULL with err when it is missing or no valid plan). */
static int load_plan(const char *name, const cJSON *o, struct plan **out,
		     struct store_error *err)
{
	const char *id = str_field(o, "id"), *text = str_field(o, "text"),
		   *source = str_field(o, "source");
	*out = NULL;
	if (!text)
		return fail(err, "%s: the plan '%s' is not in this store, and the export has "
				 "no text for it (its file could not be read when it was made)",
			    name, id);
	struct diag_list d;
	diag_list_init(&d);
	int rc = 0;
	if (loader_load_buffer(source ? source : id, text, strlen(text), out, &d) != LOADER_OK) {
		rc = fail(err, "%s: the text of plan '%s' is not a valid plan (%s)", name, id,
			  d.n ? d.v[0].msg : "see 'stride lint'");
	} else if (strcmp((*out)->id, id)) {
		rc = fail(err, "%s: the text of plan '%s' holds the plan '%s'", name, id,
			  (*out)->id);
		plan_free(*out);
		*out = NULL;
	}
	diag_list_done(&d);
	return rc;
}

/* A plan the store lacks, made from p, loaded from the document's text
 * (load_plan): linked to its file where that file is on this machine with
 * the same text, else with the text kept in the store. */
static int add_plan(struct store *s, const cJSON *o, const struct plan *p,
		    struct store_error *err)
{
	const char *id = str_field(o, "id"), *text = str_field(o, "text"),
		   *source = str_field(o, "source");
	size_t len = strlen(text);
	struct diag_list d;
	int rc = 0;
	{
		char hex[HASH_HEX_LEN];
		hash_hex(hash_bytes(text, len), hex);
		/* the file, if it is here and says the same */
		char *buf = NULL;
		size_t flen = 0;
		struct stat st;
		diag_list_init(&d);
		bool here = source && stat(source, &st) == 0 &&
			    loader_read_file(source, &buf, &flen, &d) == LOADER_OK && flen == len &&
			    !memcmp(buf, text, len);
		diag_list_done(&d);
		free(buf);
		struct sync_source src = { source, here ? (long long)st.st_size : -1,
					   here ? (long long)st.st_mtim.tv_sec * 1000000000LL +
							  st.st_mtim.tv_nsec
						: -1,
					   hex };
		struct sync_report rep;
		struct store_xdates xd;
		plan_dates(o, &xd);
		struct sync_dates dates = { xd.moved, xd.own, xd.nown };
		rc = sync_plan_dated(s, p, source ? &src : NULL, &dates, &rep, err);
		plan_dates_done(&xd);
		sync_report_done(&rep);
		struct store_plan sp;
		if (rc == 0 && !here && store_plan_get(s, id, &sp, err) == 0) {
			if (store_begin(s, err) < 0 || store_set_source_text(s, sp.id, text, err) < 0 ||
			    store_commit(s, err) < 0) {
				store_rollback(s);
				rc = -1;
			}
			store_plan_done(&sp);
		}
	}
	return rc;
}

/* The row of item key of plan plan_id, made as an archived item (title
 * from the document's archived list, else the key) when the store has
 * none. */
static int item_row(struct store *s, const cJSON *plan, long long plan_id, const char *key,
		    bool *made, long long *id, struct store_error *err)
{
	struct store_item it;
	*made = false;
	if (store_item_by_key(s, plan_id, key, &it, err) == 0) {
		*id = it.id;
		store_item_done(&it);
		return 0;
	}
	if (err->code != STORE_ERR_NOTFOUND)
		return -1;
	const char *title = key;
	long long kind = STORE_TASK;
	const cJSON *x;
	cJSON_ArrayForEach(x, (plan ? array_field(plan, "archived") : NULL)) {
		if (!strcmp(str_field(x, "key"), key)) {
			title = str_field(x, "title");
			int_field(x, "kind", STORE_PHASE, STORE_KIND_LAST, &kind);
		}
	}
	*made = true;
	return store_xitem_add(s, plan_id, key, title, (enum store_kind)kind, id, err);
}

struct batch_map {
	struct strmap m; /* the document's batch uid -> a boxed local batch */
	long long *v;
	size_t n, cap;
};

/* Whether event e changed its plan's dates: a move, a pause, or the undo
 * of one (as the document has it). */
static bool moves_dates(struct store *s, const struct doc *d, const cJSON *e)
{
	const char *t = str_field(e, "type");
	if (!strcmp(t, "move") || !strcmp(t, "pause"))
		return true;
	const char *u = str_field(e, "undoes");
	if (strcmp(t, "undo") || !u)
		return false;
	/* the undone event: in the document, or in the store (the undo of
	 * this store's own move, made on another machine) */
	const cJSON *undone = strmap_get(&d->uids, u);
	if (undone)
		return !strcmp(str_field(undone, "type"), "move") ||
		       !strcmp(str_field(undone, "type"), "pause");
	int type;
	struct store_error err;
	return store_xevent_type(s, u, &type, &err) == 0 &&
	       (type == STORE_EV_MOVE || type == STORE_EV_PAUSE);
}

/* Takes the document in, in the caller's transaction. */
static int apply(struct store *s, struct doc *d, bool dry_run, struct backup_report *rep,
		 long long *relay, size_t *nrelay, struct store_error *err)
{
	/* the plans' dates: the side whose latest move or pause is later */
	const cJSON *o;
	struct strmap newer;
	strmap_init(&newer);
	cJSON_ArrayForEach(o, d->plans) {
		/* later: by the clock, the device breaking a tie (as events are
		 * ordered everywhere) */
		long long id, mine = 0, theirs = 0;
		char my_device[65] = "", their_device[65] = "";
		if (known_plan(s, d, str_field(o, "id"), &id, err) < 0)
			goto fail;
		if (id && store_xlast_move(s, id, &mine, my_device, sizeof(my_device), err) < 0)
			goto fail;
		const cJSON *e;
		cJSON_ArrayForEach(e, d->events) {
			if (!strcmp(str_field(e, "plan"), str_field(o, "id")) && moves_dates(s, d, e)) {
				long long c = strtoll(str_field(e, "clock"), NULL, 10);
				const char *dev = str_field(e, "device");
				if (c > theirs || (c == theirs && strcmp(dev, their_device) > 0)) {
					theirs = c;
					snprintf(their_device, sizeof(their_device), "%s", dev);
				}
			}
		}
		if (theirs > mine || (theirs == mine && theirs && strcmp(their_device, my_device) > 0))
			strmap_put(&newer, str_field(o, "id"), (void *)o);
	}

	struct batch_map bm = { 0 };
	strmap_init(&bm.m);
	long long *items = NULL;
	size_t nitems = 0, icap = 0;
	cJSON_ArrayForEach(o, d->events) {
		struct store_xevent ev;
		read_event(o, &ev);
		rep->events++;
		long long have;
		if (store_xevent_id(s, ev.uid, &have, err) < 0)
			goto fail_items;
		if (have)
			continue;
		rep->events_added++;
		if (dry_run)
			continue;
		long long plan_id, item_id = 0, undoes = 0, id;
		if (known_plan(s, d, ev.plan, &plan_id, err) < 0)
			goto fail_items;
		bool made = false;
		/* a rekey: the item known by the old key takes the new one */
		bool rekey = ev.type == STORE_EV_REKEY && ev.item && ev.text;
		if (rekey && store_xrekey(s, plan_id, ev.text, ev.item, &item_id, err) < 0)
			goto fail_items;
		if (ev.item && !item_id &&
		    (item_row(s, strmap_get(&d->plan, ev.plan), plan_id, ev.item, &made, &item_id,
			      err) < 0 ||
		     (rekey && store_xrekey(s, plan_id, ev.text, ev.item, &item_id, err) < 0)))
			goto fail_items;
		rep->items_added += ev.item && made;
		if (ev.undoes && store_xevent_id(s, ev.undoes, &undoes, err) < 0)
			goto fail_items;
		/* the batch: the local one of its first event, if that is here */
		long long *batch = strmap_get(&bm.m, ev.batch);
		if (!batch) {
			long long first, b = 0;
			if (store_xevent_id(s, ev.batch, &first, err) < 0)
				goto fail_items;
			if (first) {
				if (store_event_batch(s, first, &b, err) < 0)
					goto fail_items;
			} else if (store_next_batch(s, &b, err) < 0) {
				goto fail_items;
			}
			bm.v = xgrow(bm.v, &bm.cap, bm.n + 1, sizeof(*bm.v));
			/* boxed apart: the array may move */
			batch = xmalloc(sizeof(*batch));
			*batch = b;
			strmap_put(&bm.m, ev.batch, batch);
			bm.v[bm.n++] = (long long)(intptr_t)batch;
		}
		if (store_xevent_add(s, plan_id, item_id, &ev, undoes, *batch, &id, err) < 0)
			goto fail_items;
		const cJSON *x;
		cJSON_ArrayForEach(x, array_field(o, "undo")) {
			struct store_xmove m;
			read_undo_row(x, &m);
			long long row = 0;
			int rc = store_xmove_undo_add(s, id, plan_id, &m, err);
			/* an item the plan no longer has: archived, then its row */
			if (rc == 1 && (item_row(s, strmap_get(&d->plan, ev.plan), plan_id, m.key,
						 &made, &row, err) < 0 ||
					store_xmove_undo_add(s, id, plan_id, &m, err) != 0))
				goto fail_items;
			if (rc < 0)
				goto fail_items;
		}
		if (item_id) {
			items = xgrow(items, &icap, nitems + 1, sizeof(*items));
			items[nitems++] = item_id;
		}
	}
	/* the items' state as all their events say */
	for (size_t i = 0; i < nitems; i++) {
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = items[k] == items[i];
		if (!seen && store_replay_item(s, items[i], err) < 0)
			goto fail_items;
	}
	/* the plans' dates where the document's are later, and a plan made
	 * by this restore (its items have them already) */
	cJSON_ArrayForEach(o, d->plans) {
		const char *slug = str_field(o, "id");
		bool made = strmap_get(&d->made, slug) != NULL;
		long long id;
		if (dry_run || (!made && !strmap_get(&newer, slug)))
			continue;
		if (known_plan(s, d, slug, &id, err) < 0)
			goto fail_items;
		struct store_xdates xd;
		plan_dates(o, &xd);
		xd.items_moved = made;
		int rc = store_xdates(s, id, &xd, err);
		plan_dates_done(&xd);
		if (rc < 0)
			goto fail_items;
		relay[(*nrelay)++] = id;
	}
	/* reflections and ratings: the versions not there yet */
	cJSON_ArrayForEach(o, d->reflections) {
		rep->reflections++;
		long long plan_id, at = 0;
		int week;
		if (known_plan(s, d, str_field(o, "plan"), &plan_id, err) < 0)
			goto fail_items;
		date_field(o, "week", false, &week);
		int_field(o, "saved_at", 0, 1LL << 52, &at);
		struct store_answer *v = NULL;
		size_t n = 0, cap = 0;
		const cJSON *x;
		cJSON_ArrayForEach(x, array_field(o, "answers")) {
			v = xgrow(v, &cap, n + 1, sizeof(*v));
			v[n++] = (struct store_answer){ (char *)str_field(x, "prompt"),
							(char *)str_field(x, "answer") };
		}
		bool added = true;
		int rc = plan_id && !dry_run
				 ? store_xreflection_add(s, plan_id, week, at, v, n, &added, err)
				 : 0;
		free(v);
		if (rc < 0)
			goto fail_items;
		rep->reflections_added += added;
	}
	cJSON_ArrayForEach(o, d->ratings) {
		rep->ratings++;
		long long plan_id, at = 0, r = 0;
		int week;
		if (known_plan(s, d, str_field(o, "plan"), &plan_id, err) < 0)
			goto fail_items;
		date_field(o, "week", false, &week);
		int_field(o, "saved_at", 0, 1LL << 52, &at);
		int_field(o, "rating", 1, 5, &r);
		bool added = true;
		if (plan_id && !dry_run &&
		    store_xrating_add(s, plan_id, week, str_field(o, "skill"), (int)r, at, &added,
				      err) < 0)
			goto fail_items;
		rep->ratings_added += added;
	}
	free(items);
	for (size_t i = 0; i < bm.n; i++)
		free((void *)(intptr_t)bm.v[i]);
	free(bm.v);
	strmap_done(&bm.m);
	strmap_done(&newer);
	return 0;
fail_items:
	free(items);
	for (size_t i = 0; i < bm.n; i++)
		free((void *)(intptr_t)bm.v[i]);
	free(bm.v);
	strmap_done(&bm.m);
fail:
	strmap_done(&newer);
	return -1;
}

int backup_restore(struct store *s, const char *name, const char *text, size_t len,
		   bool dry_run, struct backup_report *rep, struct store_error *err)
{
	*rep = (struct backup_report){ 0 };
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
	if (!root) {
		/* where it stopped: a line and column a person can look at */
		size_t at = end && end >= text ? (size_t)(end - text) : 0;
		unsigned line = 1, col = 1;
		for (size_t i = 0; i < at && i < len; i++) {
			if (text[i] == '\n') {
				line++;
				col = 1;
			} else {
				col++;
			}
		}
		return fail(err, "%s:%u:%u: not valid JSON: is it an export made by 'stride "
				 "export'?",
			    name, line, col);
	}
	struct doc d = { .root = root };
	strmap_init(&d.plan);
	strmap_init(&d.uids);
	strmap_init(&d.rows);
	strmap_init(&d.made);
	int rc = check(s, name, &d, err);
	/* the plans the store lacks: loaded (checked), then made first
	 * (each a sync of its own), once the whole document is known to be
	 * good */
	const cJSON *o;
	size_t nplans = (size_t)cJSON_GetArraySize(d.plans), pi = 0;
	struct plan **loaded = xcalloc(nplans + 1, sizeof(*loaded));
	cJSON_ArrayForEach(o, (rc == 0 ? d.plans : NULL)) {
		rep->plans++;
		long long id;
		int k = known_plan(s, &d, str_field(o, "id"), &id, err);
		if (k < 0 || (!id && load_plan(name, o, &loaded[pi], err) < 0)) {
			rc = -1;
			break;
		}
		rep->plans_added += !id;
		pi++;
	}
	pi = 0;
	cJSON_ArrayForEach(o, (rc == 0 && !dry_run ? d.plans : NULL)) {
		if (loaded[pi] && add_plan(s, o, loaded[pi], err) < 0) {
			rc = -1;
			break;
		}
		if (loaded[pi])
			strmap_put(&d.made, str_field(o, "id"), (void *)o);
		pi++;
	}
	for (pi = 0; pi < nplans; pi++)
		plan_free(loaded[pi]);
	free(loaded);
	long long *relay = xcalloc((size_t)cJSON_GetArraySize(d.plans) + 1, sizeof(*relay));
	size_t nrelay = 0;
	if (rc == 0 && (dry_run ? store_begin_read(s, err) : store_begin(s, err)) < 0)
		rc = -1;
	else if (rc == 0 && apply(s, &d, dry_run, rep, relay, &nrelay, err) < 0) {
		store_rollback(s);
		rc = -1;
	} else if (rc == 0 && dry_run) {
		store_rollback(s);
	} else if (rc == 0 && store_commit(s, err) < 0) {
		store_rollback(s);
		rc = -1;
	}
	/* plans whose dates came from the document: laid out again */
	for (size_t i = 0; rc == 0 && i < nrelay; i++)
		rc = session_relay(s, relay[i], err);
	free(relay);
	doc_done(&d);
	cJSON_Delete(root);
	return rc;
}
