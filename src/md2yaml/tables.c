/*
 * md2yaml: Tables: a weekly schedule, a timeline of phases with dates, and what is
 * left out.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- tables -------------------------------------------------------------------- */

static bool header_has(const char *cell, const char *const *words, size_t n)
{
	const char *t = cell;
	struct tok tv[32];
	size_t nt = tokenize(t, tv, 32);
	for (size_t i = 0; i + 1 < nt; i++)
		for (size_t k = 0; k < n; k++)
			if (word_is(&tv[i], words[k]))
				return true;
	return false;
}

int year_in(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	for (size_t i = 0; i + 1 < n; i++)
		if (is_year(&tv[i]) && tv[i].num >= 1900 && tv[i].num <= 2199)
			return (int)tv[i].num;
	return 0;
}

/* Minutes in "30 min", "1.5 h", "2 hours"; 0 when none. */
static int minutes_in(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	for (size_t i = 0; i + 1 < n; i++) {
		if (tv[i].t != TK_NUM || tv[i].num <= 0 || tv[i].num > 1440)
			continue;
		double v = (double)tv[i].num;
		size_t k = i + 1;
		if (tv[k].t == TK_DOT && tv[k + 1].t == TK_NUM && tv[k + 1].digits == 1) {
			v += tv[k + 1].num / 10.0;
			k += 2;
		}
		if (word_is(&tv[k], "min") || word_is(&tv[k], "mins") ||
		    word_is(&tv[k], "minutes") || word_is(&tv[k], "m"))
			return (int)v;
		if (word_is(&tv[k], "h") || word_is(&tv[k], "hr") ||
		    word_is(&tv[k], "hrs") || word_is(&tv[k], "hour") ||
		    word_is(&tv[k], "hours"))
			return v * 60 <= 1440 ? (int)(v * 60 + 0.5) : 0;
	}
	return 0;
}

/* A weekly routine: a row a weekday, each with minutes (in the row or the
 * header) or a rest day. */
static bool take_schedule(struct conv *cv, struct block *b)
{
	if (b->nrows < 4 || b->ncols < 2 || cv->has_sched)
		return false;
	struct plan_day days[7] = { { 0 } };
	int head_min = 0;
	for (size_t c = 0; c < b->ncols; c++)
		if (!head_min)
			head_min = minutes_in(b->rows[0][c]);
	size_t found = 0;
	for (size_t r = 1; r < b->nrows; r++) {
		const char *key = b->rows[r][0];
		struct tok tv[8];
		size_t n = tokenize(key, tv, 8);
		int d = n == 2 ? weekday_word(&tv[0]) : -1;
		if (d < 0 || days[d].focus)
			return false;
		const char *focus = NULL;
		int min = 0;
		for (size_t c = 1; c < b->ncols; c++) {
			const char *cell = b->rows[r][c];
			int m = minutes_in(cell);
			if (m && !min)
				min = m;
			if (*cell && !focus)
				focus = cell;
		}
		if (!min)
			min = head_min;
		if (!focus)
			return false;
		struct tok ft[8];
		size_t fn = tokenize(focus, ft, 8);
		if (fn == 2 && (word_is(&ft[0], "rest") || word_is(&ft[0], "off")))
			continue;
		if (!min)
			return false;
		days[d] = (struct plan_day){ min, cut_bytes(cv, focus, 200) };
		found++;
	}
	if (found < 3)
		return false;
	memcpy(cv->sched, days, sizeof(days));
	cv->has_sched = true;
	return true;
}

struct tcols {
	int key, date, focus, project, goal;
	enum md2yaml_unit unit;
};

/* Is the table a timeline: rows of phases (or weeks) with dates, or rows
 * keyed "Phase 1", "Week 2" with what each is about? */
static bool timeline_cols(struct block *b, int year,
			  struct tcols *tc)
{
	*tc = (struct tcols){ -1, -1, -1, -1, -1, MD2YAML_PHASE };
	if (b->nrows < 2 || b->ncols < 2)
		return false;
	size_t data = b->nrows - 1;
	static const char *const focus_w[] = { "focus", "topic", "topics", "theme",
					       "subject", "title", "name", "area",
					       "description", "content" };
	static const char *const proj_w[] = { "project", "deliverable",
					      "deliverables", "milestone", "output" };
	static const char *const goal_w[] = { "goal", "goals", "objective",
					      "objectives", "outcome" };
	for (size_t c = 0; c < b->ncols && c < 16; c++) {
		size_t dates = 0, keys = 0;
		enum md2yaml_unit u = MD2YAML_PHASE;
		for (size_t r = 1; r < b->nrows; r++) {
			const char *cell = b->rows[r][c];
			int s, e;
			bool ny;
			if (md2yaml_dates(cell, year ? year : 2000, &s, &e, &ny))
				dates++;
			struct md2yaml_heading h;
			struct tok tv[8];
			size_t n = tokenize(cell, tv, 8);
			if (n == 2 && tv[0].t == TK_NUM && tv[0].num >= 1 && tv[0].num < 100)
				keys++;
			else if (md2yaml_heading(cell, 0, &h) && !h.len && h.from == h.to &&
				 (h.unit == MD2YAML_PHASE || h.unit == MD2YAML_WEEK ||
				  h.unit == MD2YAML_MONTH) && h.from < 100) {
				keys++;
				u = h.unit;
			}
		}
		if (tc->date < 0 && dates * 2 >= data && dates)
			tc->date = (int)c;
		else if (tc->key < 0 && keys * 2 >= data && keys && keys == data) {
			tc->key = (int)c;
			tc->unit = u;
		} else if (tc->focus < 0 &&
			   header_has(b->rows[0][c], focus_w, ARRAY_SIZE(focus_w)))
			tc->focus = (int)c;
		else if (tc->project < 0 &&
			 header_has(b->rows[0][c], proj_w, ARRAY_SIZE(proj_w)))
			tc->project = (int)c;
		else if (tc->goal < 0 &&
			 header_has(b->rows[0][c], goal_w, ARRAY_SIZE(goal_w)))
			tc->goal = (int)c;
	}
	return tc->date >= 0 ||
	       (tc->key >= 0 && (tc->focus >= 0 || tc->project >= 0 || tc->goal >= 0));
}

/* The column of a table of courses or lessons: its header names what each
 * row is ("Courses", "Lesson", "Module", "Topic", "Title"); -1 when none. */
static int course_column(const struct block *b, enum plan_resource_kind *kind)
{
	static const char *const course_w[] = { "course", "courses", "class",
						"classes", "mooc" };
	static const char *const unit_w[] = {
		"lesson", "lessons", "module", "modules", "topic", "topics",
		"chapter", "chapters", "unit", "units", "lecture", "lectures",
		"assignment", "assignments", "project", "projects", "task",
		"tasks", "tutorial", "tutorials", "exercise", "exercises",
		"title", "name", "subject", "subjects", "step", "steps",
		"session", "sessions", "activity", "activities", "workshop",
		"workshops",
	};
	for (size_t c = 0; c < b->ncols && c < 16; c++) {
		if (header_has(b->rows[0][c], course_w, ARRAY_SIZE(course_w))) {
			*kind = PLAN_RES_COURSE;
			return (int)c;
		}
		if (header_has(b->rows[0][c], unit_w, ARRAY_SIZE(unit_w))) {
			*kind = PLAN_RES_NONE;
			return (int)c;
		}
	}
	return -1;
}

/*
 * A table of courses or lessons (a column named "Courses", "Lesson",
 * "Module" ...): each row a task under the heading it is under, its other
 * columns ("Duration: 13 weeks; Effort: 6 hours/week; Prerequisites: ...")
 * its notes, a link in its name a resource of the phase. False when the
 * table is not one.
 */
static bool take_course_table(struct conv *cv, struct block *b, struct node *c)
{
	enum plan_resource_kind kind;
	int key = course_column(b, &kind);
	if (key < 0 || b->nrows < 2)
		return false;
	size_t made = 0;
	for (size_t r = 1; r < b->nrows; r++) {
		const char *name = strip_decoration(cv->a, b->rows[r][key]);
		if (!has_words(name))
			continue;
		int line = b->line + 1 + (int)r; /* the header, the delimiter row */
		if (text_is_break(name)) {
			comment(cv, c, "left out: '%s' (line %d): a meal or a break, not "
				       "work to tick",
				brief(cv, name), line);
			cv->c.notwork++;
			continue;
		}
		struct buf notes = { 0 };
		for (size_t k = 0; k < b->ncols; k++) {
			const char *cell = b->rows[r][k];
			if ((int)k == key || !has_words(cell))
				continue;
			const char *head = b->rows[0][k];
			if (notes.n)
				buf_str(&notes, "; ");
			if (has_words(head))
				buf_fmt(&notes, "%s: %s", head, cell);
			else
				buf_str(&notes, cell);
			const struct pvec *u = b->cell_urls[r * b->ncols + k];
			for (size_t j = 0; j < u->n; j++)
				buf_fmt(&notes, " (%s)", (const char *)u->v[j]);
		}
		struct inl none = { 0 };
		struct node *t = new_task(cv, c, name, &none, line);
		if (notes.n)
			t->notes = t->notes ? arena_printf(cv->a, "%s\n%s", t->notes, notes.p)
					    : cut_bytes(cv, arena_strdup(cv->a, notes.p), NOTES_MAX);
		free(notes.p);
		const struct pvec *ku = b->cell_urls[r * b->ncols + (size_t)key];
		if (ku->n) {
			struct res *res = arena_alloc(cv->a, sizeof(*res));
			res->title = t->title;
			res->url = ku->v[0];
			res->kind = kind;
			res->line = line;
			struct node *h = c->kind == NK_ROOT ? c : holder(cv, c);
			h->roles |= ROLE_BIT_RES;
			pvec_push(cv->a, &h->res, res);
		}
		made++;
	}
	if (!made)
		return false;
	comment(cv, c, "guessed: the table at line %d lists %s: its %zu row%s "
		       "became tasks",
		b->line, kind == PLAN_RES_COURSE ? "courses" : "lessons", made,
		made == 1 ? "" : "s");
	return true;
}

void on_table(struct conv *cv, struct block *b)
{
	if (top(cv)->skip)
		return;
	cv->nls = 0;
	struct node *c = here(cv);
	if (take_schedule(cv, b)) {
		comment(cv, &cv->root, "the weekly schedule comes from the table "
				       "at line %d",
			b->line);
		return;
	}
	int year = 0;
	for (size_t k = 0; k < b->ncols && !year; k++)
		year = year_in(b->rows[0][k]);
	if (!year)
		year = cv->year;
	struct tcols tc;
	if (timeline_cols(b, year, &tc)) {
		struct table_use *u = arena_alloc(cv->a, sizeof(*u));
		struct node *p = c;
		while (p->kind != NK_ROOT && p->kind != NK_PHASE)
			p = p->parent;
		*u = (struct table_use){ b, p, p->phases.n, year };
		pvec_push(cv->a, &cv->tables, u);
		return;
	}
	if (take_course_table(cv, b, c))
		return;
	cv->c.tables++;
	comment(cv, c, "left out: a table (%zu row%s, %zu column%s) at line %d",
		b->nrows ? b->nrows - 1 : 0, b->nrows == 2 ? "" : "s", b->ncols,
		b->ncols == 1 ? "" : "s", b->line);
}

static const char *cell_text(struct conv *cv, struct block *b, size_t r, int c)
{
	if (c < 0)
		return "";
	return strip_decoration(cv->a, b->rows[r][c]);
}

/* A timeline's rows give their phases dates, summaries, deliverables and
 * goals; rows that no heading names become phases where the table was. */
void apply_table(struct conv *cv, struct table_use *u)
{
	struct block *b = u->b;
	struct tcols tc;
	timeline_cols(b, u->year, &tc);
	size_t dated = 0, made = 0, matched = 0;
	bool need_year = false;
	for (size_t r = 1; r < b->nrows; r++) {
		const char *key = cell_text(cv, b, r, tc.key);
		const char *focus = cell_text(cv, b, r, tc.focus);
		const char *proj = cell_text(cv, b, r, tc.project);
		const char *goal = cell_text(cv, b, r, tc.goal);
		int num = 0;
		enum md2yaml_unit unit = tc.unit;
		if (tc.key >= 0) {
			struct md2yaml_heading h;
			struct tok tv[8];
			if (tokenize(key, tv, 8) == 2 && tv[0].t == TK_NUM)
				num = (int)tv[0].num;
			else if (md2yaml_heading(key, 0, &h))
				num = h.from, unit = h.unit;
		}
		int s = CALENDAR_NONE, e = CALENDAR_NONE;
		bool ny = false;
		if (tc.date >= 0 &&
		    !md2yaml_dates(cell_text(cv, b, r, tc.date), u->year, &s, &e, &ny))
			need_year |= ny;
		struct node *n = NULL;
		if (num > 0 && num < 100 && unit == MD2YAML_PHASE)
			n = cv->by_num[0][num];
		else if (num > 0 && num < 100 && unit == MD2YAML_MONTH)
			n = cv->by_num[1][num];
		else if (num > 0 && unit == MD2YAML_WEEK)
			for (size_t w = 0; w < u->parent->weeks.n && !n; w++) {
				struct node *wk = u->parent->weeks.v[w];
				if (wk->week_from == num)
					n = wk;
			}
		if (n) {
			matched++;
		} else if (unit == MD2YAML_WEEK && num > 0) {
			struct md2yaml_heading h = { .unit = MD2YAML_WEEK, .from = num,
						     .to = num, .weekday = -1 };
			n = new_week(cv, weeks_home(cv, u->parent), &h,
				     *focus ? focus : key, b->line);
			if (!*focus)
				n->wtitle = NULL;
			made++;
		} else {
			const char *title = *focus ? (*key ? arena_printf(cv->a, "%s%s: %s",
						       num && unit == MD2YAML_PHASE && tc.key >= 0 &&
						       key[0] >= '0' && key[0] <= '9' ? "Phase " : "",
						       key, focus) : focus)
					   : *key ? (key[0] >= '0' && key[0] <= '9'
							     ? arena_printf(cv->a, "Phase %s", key)
							     : key)
						  : *proj ? proj : NULL;
			if (!title)
				continue;
			n = new_node(cv, NK_PHASE, b->line);
			n->title = title;
			n->parent = u->parent;
			pvec_insert(cv->a, &u->parent->phases, u->at + made, n);
			made++;
			focus = "";
		}
		if (s != CALENDAR_NONE && n->kind == NK_PHASE && n->start == CALENDAR_NONE) {
			n->start = s;
			n->end = e;
			dated++;
		}
		if (*focus && !n->summary)
			n->summary = focus;
		if (*proj && !n->deliv)
			deliv_of(cv, n)->title = proj;
		if (*goal && !n->goal)
			n->goal = goal;
	}
	const char *what = arena_printf(cv->a, "the timeline table at line %d: "
						"%zu row%s matched headings, %zu became phases "
						"or week blocks, %zu got dates",
					b->line, matched, matched == 1 ? "" : "s", made, dated);
	if (need_year)
		what = arena_printf(cv->a, "%s (its dates name no year: give the "
					   "phases start and end)",
				    what);
	struct node *p = u->parent;
	if (p->kind == NK_ROOT && u->at < p->phases.n)
		pvec_insert(cv->a, &((struct node *)p->phases.v[u->at])->pre, 0,
			    (void *)what);
	else
		comment(cv, p, "%s", what);
}
