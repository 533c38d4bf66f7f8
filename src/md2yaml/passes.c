/*
 * md2yaml: Passes over the built tree: wrappers dissolved, groups flattened, empty
 * headings dropped, durations chained.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- passes over the tree ------------------------------------------------------ */

/* Root comments go before the phase they stood before (ahead of its own
 * comments), so that moving phases around takes them along. */
void place_root_comments(struct conv *cv)
{
	struct node *r = &cv->root;
	struct pvec keep = { 0 };
	for (size_t i = 0; i < r->notes_c.n; i++) {
		struct cnote *c = r->notes_c.v[i];
		if (c->at >= r->phases.n)
			pvec_push(cv->a, &keep, c);
	}
	/* backwards, each at the front: they keep their order */
	for (size_t i = r->notes_c.n; i-- > 0;) {
		struct cnote *c = r->notes_c.v[i];
		if (c->at < r->phases.n)
			pvec_insert(cv->a, &((struct node *)r->phases.v[c->at])->pre, 0,
				    (void *)c->text);
	}
	r->notes_c = keep;
}

bool has_content(const struct node *n)
{
	if (n->tasks.n || n->crit.n || n->deliv || n->res.n || n->weeks.n || n->goal ||
	    n->start != CALENDAR_NONE)
		return true;
	for (size_t i = 0; i < n->phases.n; i++)
		if (has_content(n->phases.v[i]))
			return true;
	return false;
}

static bool own_content(const struct node *n)
{
	return n->tasks.n || n->crit.n || n->deliv || n->res.n || n->weeks.n ||
	       n->goal || n->start != CALENDAR_NONE;
}

/* A heading that only holds "Phase N" headings ("Issue Templates",
 * "Learning Phases") is no phase of its own: its phases take its place. */
void dissolve_wrappers(struct conv *cv, struct node *parent)
{
	struct pvec out = { 0 };
	for (size_t i = 0; i < parent->phases.n; i++) {
		struct node *p = parent->phases.v[i];
		bool phases_inside = false;
		for (size_t k = 0; k < p->phases.n; k++) {
			struct node *c = p->phases.v[k];
			phases_inside |= c->h.unit == MD2YAML_PHASE && !c->h.len;
		}
		if (p->synthetic || own_content(p) || !phases_inside ||
		    p->h.unit == MD2YAML_PHASE) {
			pvec_push(cv->a, &out, p);
			continue;
		}
		for (size_t k = 0; k < p->phases.n; k++) {
			struct node *c = p->phases.v[k];
			c->parent = parent;
			if (k == 0) {
				for (size_t j = p->pre.n; j-- > 0;)
					pvec_insert(cv->a, &c->pre, 0, p->pre.v[j]);
				pvec_insert(cv->a, &c->pre, p->pre.n,
					    arena_printf(cv->a,
							 "left out: the heading '%s' (line %d) "
							 "that holds these phases",
							 brief(cv, p->title), p->line));
				for (size_t j = 0; j < p->notes_c.n; j++)
					pvec_push(cv->a, &c->pre,
						  (void *)((struct cnote *)p->notes_c.v[j])->text);
			}
			pvec_push(cv->a, &out, c);
		}
	}
	parent->phases = out;
}

/* A deliverable, criteria or resources written after the last week block
 * of a phase, where no other week block has any, belong to the phase. */
void hoist_week_roles(struct conv *cv, struct node *p)
{
	for (size_t i = 0; i < p->phases.n; i++)
		hoist_week_roles(cv, p->phases.v[i]);
	if (p->kind != NK_PHASE || p->weeks.n < 2)
		return;
	struct node *last = p->weeks.v[p->weeks.n - 1];
	for (int bit = 1; bit <= 4; bit <<= 1) {
		if (!(last->late & bit))
			continue;
		bool others = false;
		for (size_t i = 0; i + 1 < p->weeks.n; i++)
			others |= (((struct node *)p->weeks.v[i])->roles & bit) != 0;
		if (others)
			continue;
		const char *what = NULL;
		if (bit == ROLE_BIT_DELIV && last->deliv && !p->deliv) {
			p->deliv = last->deliv;
			last->deliv = NULL;
			what = "deliverable";
		} else if (bit == ROLE_BIT_CRIT && last->crit.n && !p->crit.n) {
			p->crit = last->crit;
			last->crit = (struct pvec){ 0 };
			what = "criteria";
		} else if (bit == ROLE_BIT_RES && last->res.n && !p->res.n) {
			p->res = last->res;
			last->res = (struct pvec){ 0 };
			what = "resources";
		}
		if (what)
			precomment(cv, p, "guessed: the %s written after its last week "
					  "block (line %d) belong%s to the phase",
				   what, last->line, bit == ROLE_BIT_DELIV ? "s" : "");
	}
}

bool has_checklist(const struct node *n)
{
	for (size_t i = 0; i < n->tasks.n; i++) {
		const struct node *t = n->tasks.v[i];
		/* a checkbox, or a task a heading made ("### Day 3") */
		if (t->checklist || t->heading_task || has_checklist(t))
			return true;
	}
	return false;
}

/* A container whose only task is a label's group: the group's tasks are
 * its own ("**Core Concepts to Master:**" and its list). */
void flatten_groups(struct conv *cv, struct node *n)
{
	for (size_t i = 0; i < n->phases.n; i++)
		flatten_groups(cv, n->phases.v[i]);
	for (size_t i = 0; i < n->weeks.n; i++)
		flatten_groups(cv, n->weeks.v[i]);
	for (size_t i = 0; i < n->tasks.n; i++)
		flatten_groups(cv, n->tasks.v[i]);
	if (n->kind == NK_TASK || n->tasks.n != 1)
		return;
	struct node *g = n->tasks.v[0];
	if (!g->label_group || !g->tasks.n || g->days_from || g->weekday >= 0 ||
	    g->done)
		return;
	n->tasks = g->tasks;
	for (size_t i = 0; i < n->tasks.n; i++)
		((struct node *)n->tasks.v[i])->parent = n;
	/* the comments of both, in task order: n's after the group move
	 * past its tasks */
	struct pvec merged = { 0 };
	size_t a = 0, b = 0;
	while (a < n->notes_c.n || b < g->notes_c.n) {
		struct cnote *x = a < n->notes_c.n ? n->notes_c.v[a] : NULL;
		struct cnote *y = b < g->notes_c.n ? g->notes_c.v[b] : NULL;
		if (x && x->at >= 1 && !x->moved) {
			x->at += g->tasks.n - 1;
			x->moved = true;
		}
		if (x && (!y || x->at <= y->at)) {
			pvec_push(cv->a, &merged, x);
			a++;
		} else {
			pvec_push(cv->a, &merged, y);
			b++;
		}
	}
	n->notes_c = merged;
}

/* Drops the phases (and week blocks without a week number) with nothing
 * to tick, saying so where they were. */
void drop_empty(struct conv *cv, struct node *parent)
{
	for (size_t i = 0; i < parent->phases.n; i++)
		drop_empty(cv, parent->phases.v[i]);
	struct pvec out = { 0 };
	struct pvec carry = { 0 }; /* comments for the next phase kept */
	for (size_t i = 0; i < parent->phases.n; i++) {
		struct node *p = parent->phases.v[i];
		if (has_content(p) || p->synthetic) {
			for (size_t k = carry.n; k-- > 0;)
				pvec_insert(cv->a, &p->pre, 0, carry.v[k]);
			carry.n = 0;
			pvec_push(cv->a, &out, p);
			continue;
		}
		cv->c.headings++;
		for (size_t k = 0; k < p->pre.n; k++)
			pvec_push(cv->a, &carry, p->pre.v[k]);
		pvec_push(cv->a, &carry,
			  arena_printf(cv->a, "left out: the heading '%s' (line %d): "
					      "nothing to tick under it",
				       brief(cv, p->title), p->line));
		for (size_t k = 0; k < p->notes_c.n; k++)
			pvec_push(cv->a, &carry, (void *)((struct cnote *)p->notes_c.v[k])->text);
	}
	for (size_t k = 0; k < carry.n; k++)
		comment(cv, parent, "%s", (const char *)carry.v[k]);
	parent->phases = out;
}

/* Where phases counted in months or weeks can say so with `duration`:
 * each that follows on from the one before. pos[u] is how many units of
 * kind u have gone by where the next child starts, -1 when not known. */
/* Week headings with dates ("Week 1 — Jan 1–7") date their phase: it
 * starts on the day the first dated week says week 1 starts. A week whose
 * dates do not follow gets a note. */
void date_weeks(struct conv *cv, struct node *parent)
{
	for (size_t i = 0; i < parent->phases.n; i++) {
		struct node *p = parent->phases.v[i];
		date_weeks(cv, p);
		if (p->start != CALENDAR_NONE || !p->weeks.n)
			continue;
		/* weeks numbered across the plan ("Week 5" first in Month 2)
		 * cannot date a phase they count from */
		int first = 0;
		for (size_t k = 0; k < p->weeks.n; k++) {
			struct node *w = p->weeks.v[k];
			if (w->week_from >= 1 && (!first || w->week_from < first))
				first = w->week_from;
		}
		if (first > 1) {
			/* "Week 5" first in Month 2: weeks numbered across the
			 * plan; a plan counts a phase's weeks from its start */
			int last = 0;
			for (size_t k = 0; k < p->weeks.n; k++) {
				struct node *w = p->weeks.v[k];
				if (w->week_from >= 1) {
					w->week_from -= first - 1;
					w->week_to -= first - 1;
					if (w->week_to > last)
						last = w->week_to;
				}
			}
			precomment(cv, p, "guessed: its weeks are numbered across the plan: "
					  "weeks %d-%d of the plan are its weeks 1-%d",
				   first, last + first - 1, last);
			first = 1;
		}
		if (first != 1)
			continue;
		int start = CALENDAR_NONE;
		for (size_t k = 0; k < p->weeks.n; k++) {
			struct node *w = p->weeks.v[k];
			if (w->h.start == CALENDAR_NONE || w->week_from < 1)
				continue;
			int s = w->h.start - 7 * (w->week_from - 1);
			if (start == CALENDAR_NONE) {
				start = s;
				p->start = s;
				int last = 0;
				for (size_t j = 0; j < p->weeks.n; j++) {
					struct node *x = p->weeks.v[j];
					if (x->week_to > last)
						last = x->week_to;
				}
				p->dated_by_weeks = true;
				if (p->h.unit == MD2YAML_MONTH && !p->h.len) {
					/* "Month 1": a month, whatever its weeks */
					p->dur = p->h.to - p->h.from + 1;
					p->dur_unit = 'm';
				} else {
					p->dur = last;
					p->dur_unit = 'w';
				}
				precomment(cv, p, "guessed: it starts on the day the week "
						  "heading at line %d gives",
					   w->line);
			} else if (s != start) {
				char d[CALENDAR_DATE_LEN];
				precomment(cv, w, "note: its heading's dates (from %s) do not "
						  "follow week by week from the phase's start: "
						  "the week's dates are the phase's",
					   calendar_format(w->h.start, d));
			}
		}
	}
	/* a phase dated by its weeks ends the day before the next dated
	 * one starts ("Month 1" of four weeks, then "Month 2" from Feb 3) */
	for (size_t i = 0; i + 1 < parent->phases.n; i++) {
		struct node *p = parent->phases.v[i], *q = parent->phases.v[i + 1];
		if (p->dated_by_weeks && q->start != CALENDAR_NONE && q->start > p->start)
			p->end = q->start - 1;
	}
}

void chain_durations(struct conv *cv, struct node *parent, int pos[2])
{
	bool broken = false; /* a child that did not follow on: no more */
	for (size_t i = 0; i < parent->phases.n; i++) {
		struct node *p = parent->phases.v[i];
		const struct md2yaml_heading *h = &p->h;
		enum md2yaml_unit u = MD2YAML_NONE;
		int from = 0, to = 0;
		bool open = false, len = false;
		if ((h->unit == MD2YAML_MONTH || h->unit == MD2YAML_WEEK) && !h->len) {
			u = h->unit, from = h->from, to = h->to, open = h->open;
		} else if (h->span == MD2YAML_MONTH || h->span == MD2YAML_WEEK) {
			u = h->span, from = h->span_from, to = h->span_to;
			open = h->span_open, len = h->span_len;
		}
		int k = u == MD2YAML_MONTH ? 0 : 1;
		int inner[2] = { -1, -1 };
		if (p->start != CALENDAR_NONE) {
			chain_durations(cv, p, inner);
			pos[0] = pos[1] = -1;
			/* dated by its weeks, it still counts as "Month 1": the
			 * next month follows on from it */
			if (p->dated_by_weeks && u != MD2YAML_NONE && !len && !open)
				pos[k] = to;
			continue;
		}
		if (u == MD2YAML_NONE) {
			inner[0] = pos[0];
			inner[1] = pos[1];
			chain_durations(cv, p, inner);
			/* it spans its children: the next starts where they end */
			pos[0] = inner[0];
			pos[1] = inner[1];
			continue;
		}
		const char *unit_name = u == MD2YAML_MONTH ? "month" : "week";
		if (len) {
			if (from == to) {
				p->dur = from;
				p->dur_unit = u == MD2YAML_MONTH ? 'm' : 'w';
				if (pos[k] >= 0)
					pos[k] += from;
			} else {
				precomment(cv, p, "note: it takes %d-%d %ss: give it a "
						  "duration (or start and end)",
					   from, to, unit_name);
			}
			inner[0] = k == 0 ? 0 : -1;
			inner[1] = k == 1 ? 0 : -1;
			chain_durations(cv, p, inner);
			if (from != to) {
				pos[0] = inner[0];
				pos[1] = inner[1];
			}
			continue;
		}
		int here_pos = pos[k];
		if (here_pos < 0 && k == 0 && pos[1] > 0 && pos[1] % 4 == 0) {
			here_pos = pos[1] / 4;
			if (from == here_pos + 1)
				precomment(cv, p, "guessed: %d weeks before it taken "
						  "as %d month%s",
					   pos[1], here_pos, here_pos == 1 ? "" : "s");
		}
		inner[k] = from - 1;
		inner[1 - k] = k == 0 ? -1 : 0;
		if (open) {
			precomment(cv, p, "note: '%ss %d+' has no end: give it a "
					  "duration or an end date",
				   unit_name, from);
			chain_durations(cv, p, inner);
			pos[0] = pos[1] = -1;
			broken = true;
			continue;
		}
		if (here_pos == from - 1 && !broken) {
			p->dur = to - from + 1;
			p->dur_unit = k == 0 ? 'm' : 'w';
			pos[k] = to;
			pos[1 - k] = -1;
		} else {
			precomment(cv, p, "note: %s%s %d%s%.0d %s not follow on from the "
					  "phase before: give it start and end",
				   unit_name, to > from ? "s" : "", from,
				   to > from ? "-" : "", to > from ? to : 0,
				   to > from ? "do" : "does");
			broken = true;
		}
		chain_durations(cv, p, inner);
	}
	/* weeks count from the phase start: "Week 5" in "Weeks 5-8" is week 1 */
	if (parent->kind == NK_PHASE) {
		const struct md2yaml_heading *h = &parent->h;
		int f = 0, t = 0;
		if (h->unit == MD2YAML_WEEK && !h->len)
			f = h->from, t = h->open ? 0 : h->to;
		else if (h->span == MD2YAML_WEEK && !h->span_len)
			f = h->span_from, t = h->span_open ? 0 : h->span_to;
		for (size_t i = 0; f > 1 && i < parent->weeks.n; i++) {
			struct node *w = parent->weeks.v[i];
			if (w->week_from >= f && (!t || w->week_to <= t)) {
				precomment(cv, w, "guessed: week %d of the plan is week "
						  "%d of this phase",
					   w->week_from, w->week_from - f + 1);
				w->week_to -= f - 1;
				w->week_from -= f - 1;
			}
		}
	}
}

/* ---- a checklist that restates the headings ----------------------------- */

/* text as lower-case words of letters and digits, one space between: an
 * arena string. */
static const char *norm(struct conv *cv, const char *text)
{
	char *o = arena_alloc(cv->a, strlen(text) + 1);
	size_t n = 0;
	bool sp = false;
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (ascii_alpha(c) || ascii_digit(c) || c >= 0x80) {
			if (sp && n)
				o[n++] = ' ';
			sp = false;
			o[n++] = (char)ascii_lower(c);
		} else {
			sp = true;
		}
	}
	o[n] = '\0';
	return o;
}

struct heads {
	struct node **v;
	size_t n, cap;
};

/* The phases and week blocks under n, but not skip. */
static void collect_heads(struct node *n, struct node *skip, struct heads *h)
{
	for (size_t i = 0; i < n->phases.n; i++) {
		struct node *p = n->phases.v[i];
		if (p == skip)
			continue;
		h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof(*h->v));
		h->v[h->n++] = p;
		collect_heads(p, skip, h);
	}
	for (size_t i = 0; i < n->weeks.n; i++) {
		h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof(*h->v));
		h->v[h->n++] = n->weeks.v[i];
	}
}

/* The one heading an item of a checklist names: the same words as its
 * title ("Week 1: Containers" or "Containers" for the week block "Week 1:
 * Containers"), or the same week number; NULL when none or several. */
static struct node *named_head(struct conv *cv, const struct heads *h,
			       const struct node *t)
{
	const char *tt = norm(cv, t->title);
	struct md2yaml_heading th;
	md2yaml_heading(t->title, 0, &th);
	struct node *hit = NULL;
	for (size_t i = 0; i < h->n; i++) {
		struct node *x = h->v[i];
		bool same = (x->title && !strcmp(tt, norm(cv, x->title))) ||
			    (x->wtitle && *x->wtitle && !strcmp(tt, norm(cv, x->wtitle)));
		if (!same && x->kind == NK_WEEK && th.unit == MD2YAML_WEEK && !th.len &&
		    th.from == x->week_from && th.to == x->week_to)
			same = true;
		if (!same && x->kind == NK_PHASE && th.unit != MD2YAML_NONE &&
		    !th.len && x->h.unit == th.unit && x->h.from == th.from &&
		    x->h.to == th.to)
			same = true;
		if (same) {
			if (hit)
				return NULL;
			hit = x;
		}
	}
	return hit;
}

static void tick_all(struct node *n)
{
	for (size_t i = 0; i < n->tasks.n; i++) {
		struct node *t = n->tasks.v[i];
		if (t->tasks.n)
			tick_all(t);
		else
			t->done = true;
	}
	for (size_t i = 0; i < n->weeks.n; i++)
		tick_all(n->weeks.v[i]);
	for (size_t i = 0; i < n->phases.n; i++)
		tick_all(n->phases.v[i]);
}

/*
 * A phase that is only a checklist whose every item names a heading
 * elsewhere ("## Roadmap" with "- [x] Week 1: Containers") restates the
 * plan: it goes, and a ticked item ticks the tasks of the heading it names
 * (or, when that heading has no tasks, becomes its task), so that nothing
 * counts twice.
 */
void match_checklists(struct conv *cv, struct node *root)
{
	struct pvec keep = { 0 };
	for (size_t i = 0; i < root->phases.n; i++) {
		struct node *p = root->phases.v[i];
		bool list = p->tasks.n >= 2 && !p->weeks.n && !p->phases.n && !p->crit.n &&
			    !p->deliv && !p->res.n;
		for (size_t k = 0; list && k < p->tasks.n; k++) {
			struct node *t = p->tasks.v[k];
			list = t->checklist && !t->tasks.n;
		}
		struct heads h = { 0 };
		struct node **to = NULL;
		if (list) {
			collect_heads(root, p, &h);
			to = xmalloc(p->tasks.n * sizeof(*to));
			for (size_t k = 0; list && k < p->tasks.n; k++)
				list = (to[k] = named_head(cv, &h, p->tasks.v[k])) != NULL;
		}
		if (!list) {
			pvec_push(cv->a, &keep, p);
			free(to);
			free(h.v);
			continue;
		}
		size_t ticks = 0;
		for (size_t k = 0; k < p->tasks.n; k++) {
			struct node *t = p->tasks.v[k];
			struct node *x = to[k];
			if (!x->tasks.n && !x->weeks.n && !x->phases.n) {
				t->parent = x;
				pvec_push(cv->a, &x->tasks, t);
			} else if (t->done) {
				tick_all(x);
			}
			ticks += t->done;
		}
		comment(cv, root, "guessed: the checklist '%s' (line %d) restates the "
				  "headings: its %zu item%s went to them, with %zu "
				  "tick%s",
			brief(cv, p->title), p->line, p->tasks.n,
			p->tasks.n == 1 ? "" : "s", ticks, ticks == 1 ? "" : "s");
		struct cnote *c = root->notes_c.v[root->notes_c.n - 1];
		c->at = keep.n;
		free(to);
		free(h.v);
	}
	root->phases = keep;
}
