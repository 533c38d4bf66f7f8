/*
 * md2yaml: The YAML, written by hand: every string through md2yaml_quote(), the ids
 * (md2yaml_id), and the draft from the tree.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- YAML scalars ------------------------------------------------------------ */

/* Words that YAML 1.1 or 1.2 readers take for null or a boolean. */
static bool yaml_reserved(const char *s, size_t n)
{
	static const char *const words[] = {
		"null", "true", "false", "yes", "no", "on", "off", "y", "n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t wl = strlen(words[i]);
		if (wl != n)
			continue;
		size_t k = 0;
		while (k < n && ascii_lower((unsigned char)s[k]) == words[i][k])
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* True when s can be written as a plain scalar and read back as itself:
 * it begins with a letter, holds no ": " or " #", no control or special
 * line-break characters, does not end in a space or ':', and is no word
 * that YAML reads as null or a boolean. */
static bool plain_safe(const char *s, size_t n)
{
	if (n == 0 || n > 200)
		return false;
	unsigned char c0 = (unsigned char)s[0];
	if (!ascii_alpha(c0) && c0 < 0xC2)
		return false;
	if (s[n - 1] == ' ' || s[n - 1] == ':')
		return false;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c < 0x20 || c == 0x7F)
				return false;
			if (c == ':' && (i + 1 == n || s[i + 1] == ' '))
				return false;
			if (c == '#' && i > 0 && s[i - 1] == ' ')
				return false;
			i++;
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (!w || cp <= 0xA0 || cp == 0x2028 || cp == 0x2029 ||
		    cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF ||
		    (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || text_unsafe_cp(cp))
			return false;
		i += w;
	}
	return !yaml_reserved(s, n);
}

void quote_into(struct buf *b, const char *s, size_t n)
{
	if (plain_safe(s, n)) {
		buf_add(b, s, n);
		return;
	}
	buf_ch(b, '"');
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			switch (c) {
			case '"': buf_str(b, "\\\""); continue;
			case '\\': buf_str(b, "\\\\"); continue;
			case '\n': buf_str(b, "\\n"); continue;
			case '\t': buf_str(b, "\\t"); continue;
			case '\r': buf_str(b, "\\r"); continue;
			default: break;
			}
			if (c < 0x20 || c == 0x7F)
				buf_fmt(b, "\\x%02X", c);
			else
				buf_ch(b, (char)c);
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (!w) {
			buf_str(b, "\\uFFFD");
			i++;
			continue;
		}
		if (cp == 0x85)
			buf_str(b, "\\N");
		else if (cp < 0xA0)
			buf_fmt(b, "\\x%02X", (unsigned)cp);
		else if (cp == 0x2028)
			buf_str(b, "\\L");
		else if (cp == 0x2029)
			buf_str(b, "\\P");
		else if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF || text_unsafe_cp(cp))
			buf_fmt(b, "\\u%04X", (unsigned)cp); /* bidi controls too */
		else
			buf_add(b, s + i, w);
		i += w;
	}
	buf_ch(b, '"');
}

char *md2yaml_quote(const char *s)
{
	struct buf b = { 0 };
	quote_into(&b, s, strlen(s));
	return b.p;
}

/* ---- ids ----------------------------------------------------------------------- */

struct md2yaml_ids {
	struct arena *a;
	struct strmap used; /* id -> id */
	struct strmap next; /* base -> the next suffix to try (unsigned *) */
};

struct md2yaml_ids *md2yaml_ids_new(void)
{
	struct md2yaml_ids *ids = xcalloc(1, sizeof(*ids));
	ids->a = arena_new();
	strmap_init(&ids->used);
	strmap_init(&ids->next);
	return ids;
}

void md2yaml_ids_free(struct md2yaml_ids *ids)
{
	if (!ids)
		return;
	strmap_done(&ids->used);
	strmap_done(&ids->next);
	arena_free(ids->a);
	free(ids);
}

/* The slug of title: the loader's rule (text_slug). */
static size_t slug(const char *title, char out[TEXT_SLUG_MAX + 1])
{
	return text_slug(title, out);
}

/* True when an id with the slug of title is given already. */
static bool id_taken(struct md2yaml_ids *ids, const char *title)
{
	char base[TEXT_SLUG_MAX + 1];
	return slug(title, base) && strmap_get(&ids->used, base);
}

const char *md2yaml_id(struct md2yaml_ids *ids, const char *title,
		       const char *fallback)
{
	char base[TEXT_SLUG_MAX + 1];
	if (!title || !slug(title, base)) {
		if (!slug(fallback, base))
			memcpy(base, "item", 5);
	}
	const char *have = strmap_get(&ids->used, base);
	if (!have) {
		char *id = arena_strdup(ids->a, base);
		strmap_put(&ids->used, id, id);
		return id;
	}
	unsigned *next = strmap_get(&ids->next, have);
	if (!next) {
		next = arena_alloc(ids->a, sizeof(*next));
		*next = 2;
		strmap_put(&ids->next, have, next);
	}
	for (;;) {
		char *id = arena_printf(ids->a, "%s-%u", have, (*next)++);
		if (!strmap_get(&ids->used, id)) {
			strmap_put(&ids->used, id, id);
			return id;
		}
	}
}


/* ---- writing the YAML ---------------------------------------------------------- */


static void ind(struct emit *e, int n)
{
	buf_need(&e->b, (size_t)n);
	memset(e->b.p + e->b.n, ' ', (size_t)n);
	e->b.n += (size_t)n;
	e->b.p[e->b.n] = '\0';
}

static void put_comment(struct emit *e, int at, const char *text)
{
	ind(e, at);
	buf_str(&e->b, "# ");
	buf_str(&e->b, text);
	buf_ch(&e->b, '\n');
}

/* An id, quoted when a YAML reader would take it for something else
 * ("null", "no", "2025"). */
void put_id(struct buf *b, const char *id)
{
	quote_into(b, id, strlen(id));
}

/* "- id: ID" and a newline, the first line of a list item. */
static void put_item_id(struct emit *e, const char *id)
{
	buf_str(&e->b, "- id: ");
	put_id(&e->b, id);
	buf_ch(&e->b, '\n');
}

static void put_key(struct emit *e, int at, const char *key, const char *value)
{
	ind(e, at);
	buf_str(&e->b, key);
	buf_str(&e->b, ": ");
	quote_into(&e->b, value, strlen(value));
	buf_ch(&e->b, '\n');
}

static void put_raw(struct emit *e, int at, const char *key, const char *value)
{
	ind(e, at);
	buf_fmt(&e->b, "%s: %s\n", key, value);
}

static void put_range(struct emit *e, int at, const char *key, int from, int to)
{
	ind(e, at);
	if (to > from)
		buf_fmt(&e->b, "%s: %d-%d\n", key, from, to);
	else
		buf_fmt(&e->b, "%s: %d\n", key, from);
}

static void put_date(struct emit *e, int at, const char *key, int day)
{
	char d[CALENDAR_DATE_LEN];
	put_raw(e, at, key, calendar_format(day, d));
}

static void emit_pre(struct emit *e, const struct node *n, int at)
{
	for (size_t i = 0; i < n->pre.n; i++)
		put_comment(e, at, n->pre.v[i]);
}

/* The comments that stood before task i (i == n: after the last). */
void emit_notes(struct emit *e, const struct node *n, size_t i, size_t *k,
		       int at, bool last)
{
	while (*k < n->notes_c.n) {
		const struct cnote *c = n->notes_c.v[*k];
		if (c->at > i && !last)
			break;
		put_comment(e, at, c->text);
		(*k)++;
	}
}

static void emit_tasks(struct emit *e, const struct node *n, int at, int block_days);

static void emit_task(struct emit *e, struct node *t, int at, int block_days)
{
	struct conv *cv = e->cv;
	emit_pre(e, t, at);
	t->id = md2yaml_id(cv->ids, t->title, "task");
	/* a habit, where its words say how often and nothing else of it
	 * forbids one (plan-format.md, "Habits") */
	bool habit = t->every[0] && !t->tasks.n && t->due == CALENDAR_NONE && t->weekday < 0 &&
		     !t->days_from && !t->done && t->parent && t->parent->kind != NK_TASK;
	if (habit)
		cv->c.habits++;
	else
		cv->c.tasks++;
	ind(e, at);
	put_item_id(e, t->id);
	put_key(e, at + 2, "title", t->title);
	if (habit) {
		ind(e, at + 2);
		buf_fmt(&e->b, "# guessed: a habit, from the task's words (line %d)\n", t->line);
		cv->c.guesses++;
		put_raw(e, at + 2, "every", t->every);
		if (t->every_minutes)
			put_raw(e, at + 2, "minutes", arena_printf(cv->a, "%d", t->every_minutes));
	}
	if (t->done) {
		put_raw(e, at + 2, "x-done", "true");
		cv->c.done++;
	}
	if (t->optional)
		put_raw(e, at + 2, "optional", "true");
	if (t->weekday >= 0) {
		put_raw(e, at + 2, "days", plan_weekday_name(t->weekday));
	} else if (t->days_from) {
		if (block_days && t->days_to > block_days) {
			ind(e, at + 2);
			buf_fmt(&e->b, "# note: days %d-%d run past its %d-day week "
				       "block, so they are left out\n",
				t->days_from, t->days_to, block_days);
		} else {
			put_range(e, at + 2, "days", t->days_from, t->days_to);
		}
	}
	if (t->due != CALENDAR_NONE)
		put_date(e, at + 2, "due", t->due);
	if (t->notes)
		put_key(e, at + 2, "notes", t->notes);
	if (t->tasks.n || t->notes_c.n) {
		if (t->tasks.n) {
			ind(e, at + 2);
			buf_str(&e->b, "tasks:\n");
		}
		emit_tasks(e, t, at + 4, block_days);
	}
}

static void emit_tasks(struct emit *e, const struct node *n, int at, int block_days)
{
	size_t k = 0;
	for (size_t i = 0; i < n->tasks.n; i++) {
		emit_notes(e, n, i, &k, at, false);
		emit_task(e, n->tasks.v[i], at, block_days);
	}
	emit_notes(e, n, n->tasks.n, &k, at, true);
}

static void emit_common(struct emit *e, struct node *n, int at)
{
	struct conv *cv = e->cv;
	if (n->summary)
		put_key(e, at, "summary", n->summary);
	if (n->goal)
		put_key(e, at, "goal", n->goal);
	if (n->deliv && n->deliv->title) {
		struct deliv *d = n->deliv;
		d->id = md2yaml_id(cv->ids, d->title, "deliverable");
		cv->c.deliverables++;
		ind(e, at);
		buf_str(&e->b, "deliverable:\n");
		ind(e, at + 2);
		buf_str(&e->b, "id: ");
		put_id(&e->b, d->id);
		buf_ch(&e->b, '\n');
		put_key(e, at + 2, "title", d->title);
		if (d->summary)
			put_key(e, at + 2, "summary", d->summary);
		if (d->crit.n) {
			ind(e, at + 2);
			buf_str(&e->b, "criteria:\n");
			for (size_t i = 0; i < d->crit.n; i++) {
				const char *c = d->crit.v[i];
				ind(e, at + 4);
				put_item_id(e, md2yaml_id(cv->ids, c, "criterion"));
				put_key(e, at + 6, "title", c);
				cv->c.criteria++;
			}
		}
	}
	size_t nres = 0;
	for (size_t i = 0; i < n->res.n; i++)
		nres += !((struct res *)n->res.v[i])->dropped;
	if (nres) {
		ind(e, at);
		buf_str(&e->b, "resources: [");
		bool first = true;
		for (size_t i = 0; i < n->res.n; i++) {
			struct res *r = n->res.v[i];
			if (r->dropped)
				continue;
			/* the same library entry once */
			bool seen = false;
			for (size_t j = 0; j < i && !seen; j++) {
				struct res *o = n->res.v[j];
				seen = !o->dropped && o->canon == r->canon;
			}
			if (seen)
				continue;
			buf_str(&e->b, first ? "" : ", ");
			put_id(&e->b, r->canon->id);
			first = false;
		}
		buf_str(&e->b, "]\n");
	}
}

static void emit_crit(struct emit *e, struct node *n, int at)
{
	if (!n->crit.n)
		return;
	ind(e, at);
	buf_str(&e->b, "criteria:\n");
	for (size_t i = 0; i < n->crit.n; i++) {
		const char *c = n->crit.v[i];
		ind(e, at + 2);
		put_item_id(e, md2yaml_id(e->cv->ids, c, "criterion"));
		put_key(e, at + 4, "title", c);
		e->cv->c.criteria++;
	}
}

static void emit_week(struct emit *e, struct node *w, const char *phase_id,
		      int at)
{
	struct conv *cv = e->cv;
	emit_pre(e, w, at);
	if (w->week_from) {
		/* week-2, or phase-3-week-2 when another phase has a week 2 */
		const char *name = w->week_to > w->week_from
					   ? arena_printf(cv->a, "week %d %d", w->week_from, w->week_to)
					   : arena_printf(cv->a, "week %d", w->week_from);
		if (id_taken(cv->ids, name)) {
			size_t pl = strlen(phase_id);
			if (pl > 30) {
				pl = 30;
				while (pl > 10 && phase_id[pl] != '-')
					pl--;
			}
			name = arena_printf(cv->a, "%.*s %s", (int)pl, phase_id, name);
		}
		w->id = md2yaml_id(cv->ids, name, "week");
	} else
		w->id = md2yaml_id(cv->ids, w->title, "week");
	cv->c.weeks++;
	ind(e, at);
	put_item_id(e, w->id);
	if (w->week_from)
		put_range(e, at + 2, "week", w->week_from, w->week_to);
	if (w->wtitle && *w->wtitle)
		put_key(e, at + 2, "title", w->wtitle);
	else if (!w->week_from)
		put_key(e, at + 2, "title", w->title ? w->title : "Week");
	emit_common(e, w, at + 2);
	int block_days = w->week_from ? 7 * (w->week_to - w->week_from + 1) : 0;
	if (w->tasks.n) {
		ind(e, at + 2);
		buf_str(&e->b, "tasks:\n");
	}
	emit_tasks(e, w, at + 4, block_days);
	emit_crit(e, w, at + 2);
}

void emit_phase(struct emit *e, struct node *p, int at)
{
	struct conv *cv = e->cv;
	emit_pre(e, p, at);
	const char *base = p->title;
	if (p->h.unit == MD2YAML_PHASE && !p->h.len && p->h.from == p->h.to)
		base = arena_printf(cv->a, "phase %d", p->h.from);
	else if (p->h.unit == MD2YAML_MONTH && !p->h.len && !p->h.open)
		base = p->h.from == p->h.to
			       ? arena_printf(cv->a, "month %d", p->h.from)
			       : arena_printf(cv->a, "months %d %d", p->h.from, p->h.to);
	if (base == p->title && base) {
		/* "3. Six-Week Learning Plan": the number is no part of the id */
		size_t k = 0;
		while (ascii_digit((unsigned char)base[k]) && k < 3)
			k++;
		if (k && (base[k] == '.' || base[k] == ')') && base[k + 1] == ' ')
			base += k + 2;
	}
	p->id = md2yaml_id(cv->ids, base, "phase");
	cv->c.phases++;
	ind(e, at);
	put_item_id(e, p->id);
	put_key(e, at + 2, "title", p->title);
	if (p->start != CALENDAR_NONE) {
		put_date(e, at + 2, "start", p->start);
		if (p->end != CALENDAR_NONE) {
			put_date(e, at + 2, "end", p->end);
		} else if (p->dur) {
			ind(e, at + 2);
			buf_fmt(&e->b, "duration: %d%c\n", p->dur, p->dur_unit);
		}
	} else if (p->dur) {
		ind(e, at + 2);
		buf_fmt(&e->b, "duration: %d%c\n", p->dur, p->dur_unit);
	}
	emit_common(e, p, at + 2);
	if (p->phases.n) {
		ind(e, at + 2);
		buf_str(&e->b, "phases:\n");
		for (size_t i = 0; i < p->phases.n; i++)
			emit_phase(e, p->phases.v[i], at + 4);
	}
	if (p->weeks.n) {
		ind(e, at + 2);
		buf_str(&e->b, "weeks:\n");
		for (size_t i = 0; i < p->weeks.n; i++)
			emit_week(e, p->weeks.v[i], p->id, at + 4);
	}
	if (p->tasks.n) {
		ind(e, at + 2);
		buf_str(&e->b, "tasks:\n");
	}
	emit_tasks(e, p, at + 4, 0);
	emit_crit(e, p, at + 2);
}

/* The plan's library: every resource once (same title and url), in the
 * order they appear. */
void build_library(struct conv *cv, struct node *n, struct strmap *seen)
{
	for (size_t i = 0; i < n->res.n; i++) {
		struct res *r = n->res.v[i];
		if (r->dropped)
			continue;
		const char *key = arena_printf(cv->a, "%s\n%s", r->title,
					       r->url ? r->url : "");
		struct res *have = strmap_get(seen, key);
		if (have) {
			r->canon = have;
			if (!have->by)
				have->by = r->by;
			if (have->kind == PLAN_RES_NONE)
				have->kind = r->kind;
			continue;
		}
		strmap_put(seen, key, r);
		r->canon = r;
		pvec_push(cv->a, &cv->library, r);
	}
	for (size_t i = 0; i < n->phases.n; i++)
		build_library(cv, n->phases.v[i], seen);
	for (size_t i = 0; i < n->weeks.n; i++)
		build_library(cv, n->weeks.v[i], seen);
}

static int by_line(const void *a, const void *b)
{
	const struct res *x = *(struct res *const *)a, *y = *(struct res *const *)b;
	return x->line < y->line ? -1 : x->line > y->line ? 1 : 0;
}

void emit_library(struct emit *e)
{
	struct conv *cv = e->cv;
	if (!cv->library.n)
		return;
	buf_str(&e->b, "\nresources:\n");
	for (size_t i = 0; i < cv->library.n; i++) {
		struct res *r = cv->library.v[i];
		ind(e, 2);
		put_item_id(e, r->id);
		put_key(e, 4, "title", r->title);
		if (r->kind != PLAN_RES_NONE)
			put_raw(e, 4, "kind", plan_resource_kind_name(r->kind));
		if (r->by && *r->by)
			put_key(e, 4, "by", r->by);
		if (r->url && *r->url)
			put_key(e, 4, "url", r->url);
		if (r->notes && *r->notes)
			put_key(e, 4, "notes", r->notes);
		cv->c.resources++;
	}
}

void emit_schedule(struct emit *e)
{
	struct conv *cv = e->cv;
	if (!cv->has_sched)
		return;
	buf_str(&e->b, "\nschedule:\n");
	for (int d = 0; d < 7; d++) {
		if (!cv->sched[d].minutes)
			continue;
		ind(e, 2);
		buf_fmt(&e->b, "%s:\n", plan_weekday_name(d));
		ind(e, 4);
		buf_fmt(&e->b, "minutes: %d\n", cv->sched[d].minutes);
		put_key(e, 4, "focus", cv->sched[d].focus);
	}
}

/* The week-block wrapper's title: "Weeks 1-6". */
void name_synthetic(struct conv *cv, struct node *root)
{
	for (size_t i = 0; i < root->phases.n; i++) {
		struct node *p = root->phases.v[i];
		if (!p->synthetic || p->title)
			continue;
		if (p->weeks.n && !p->tasks.n) {
			int lo = 0, hi = 0;
			for (size_t k = 0; k < p->weeks.n; k++) {
				struct node *w = p->weeks.v[k];
				if (w->week_from && (!lo || w->week_from < lo))
					lo = w->week_from;
				if (w->week_to > hi)
					hi = w->week_to;
			}
			p->title = lo ? (hi > lo ? arena_printf(cv->a, "Weeks %d-%d", lo, hi)
						 : arena_printf(cv->a, "Week %d", lo))
				      : "Week blocks";
		} else {
			p->title = cv->title;
			if (root->phases.n > 1)
				precomment(cv, p, "guessed: a phase for the list items "
						  "before the first heading");
		}
	}
}

const char *base_name(struct conv *cv, const char *name)
{
	const char *s = strrchr(name, '/');
	s = s ? s + 1 : name;
	const char *dot = strrchr(s, '.');
	size_t n = dot && dot != s ? (size_t)(dot - s) : strlen(s);
	if (!n || !strcmp(name, "<stdin>") || !strcmp(name, "-"))
		return "Draft plan";
	const char *t = mdtree_fold(cv->a, s, n);
	return *t ? t : "Draft plan";
}

/* The whole draft into out: the header comments, the plan, its library
 * and schedule, its phases. */
void emit_all(struct conv *cv, struct buf *out)
{
	struct emit e = { .cv = cv };
	const char *plan_id = md2yaml_id(cv->ids, cv->title, "plan");
	struct strmap seen;
	strmap_init(&seen);
	build_library(cv, &cv->root, &seen);
	strmap_done(&seen);
	/* in the order of the Markdown (lines are unique to an item) */
	if (cv->library.n)
		qsort(cv->library.v, cv->library.n, sizeof(*cv->library.v), by_line);
	for (size_t i = 0; i < cv->library.n; i++) {
		struct res *r = cv->library.v[i];
		r->id = md2yaml_id(cv->ids, r->title, "resource");
	}

	buf_str(&e.b, "\nphases:\n");
	size_t k = 0;
	for (size_t i = 0; i < cv->root.phases.n; i++) {
		emit_notes(&e, &cv->root, i, &k, 2, false);
		emit_phase(&e, cv->root.phases.v[i], 2);
	}
	emit_notes(&e, &cv->root, cv->root.phases.n, &k, 2, true);
	struct buf body = e.b;
	e.b = (struct buf){ 0 };
	emit_library(&e);
	struct buf lib = e.b;
	e.b = (struct buf){ 0 };
	emit_schedule(&e);
	struct buf sched = e.b;

	struct buf *o = out;
	buf_fmt(o, "# A draft plan made by stride md2yaml from %s.\n",
		cut_bytes(cv, cv->name, 200));
	buf_str(o, "# Read it through and edit it, then check it with 'stride lint' and\n"
		   "# bring it in with 'stride import'. Comments say what was left out\n"
		   "# of the Markdown ('# left out:') and what was guessed ('# guessed:').\n");
	if (cv->c.done)
		buf_fmt(o, "#\n# %zu task%s ticked in the Markdown ([x]) carr%s 'x-done: true':\n"
			   "# 'stride import --mark-done' marks %s done as it imports this file.\n",
			cv->c.done, cv->c.done == 1 ? "" : "s",
			cv->c.done == 1 ? "ies" : "y", cv->c.done == 1 ? "it" : "them");
	if (cv->c.bad_bytes)
		buf_fmt(o, "# %zu byte%s that %s not UTF-8 became U+FFFD.\n",
			cv->c.bad_bytes, cv->c.bad_bytes == 1 ? "" : "s",
			cv->c.bad_bytes == 1 ? "was" : "were");
	if (cv->c.mended)
		buf_fmt(o, "# guessed: %zu character%s of mojibake (UTF-8 read as "
			   "another encoding) %s mended.\n",
			cv->c.mended, cv->c.mended == 1 ? "" : "s",
			cv->c.mended == 1 ? "was" : "were");
	cv->c.guesses += cv->c.mended ? 1 : 0;
	buf_str(o, "\nstride: 1\n");
	buf_str(o, "id: ");
	put_id(o, plan_id);
	buf_ch(o, '\n');
	buf_str(o, "title: ");
	quote_into(o, cv->title, strlen(cv->title));
	buf_ch(o, '\n');
	if (cv->summary) {
		buf_str(o, "summary: ");
		quote_into(o, cv->summary, strlen(cv->summary));
		buf_ch(o, '\n');
	}
	if (cv->pstart != CALENDAR_NONE) {
		char d[CALENDAR_DATE_LEN];
		buf_fmt(o, "start: %s\n", calendar_format(cv->pstart, d));
		buf_fmt(o, "end: %s\n", calendar_format(cv->pend, d));
	}
	if (sched.p)
		buf_str(o, sched.p);
	if (lib.p)
		buf_str(o, lib.p);
	buf_str(o, body.p);
	free(body.p);
	free(lib.p);
	free(sched.p);
}
