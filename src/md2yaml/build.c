/*
 * md2yaml: From blocks to the tree: headings open phases, week blocks and day
 * tasks; list items become tasks, criteria or resources as the section or
 * the label above them says; paragraphs give goals and summaries.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- building the tree ---------------------------------------------------------- */

void pvec_insert(struct arena *a, struct pvec *pv, size_t at, void *x)
{
	pvec_push(a, pv, x);
	memmove(pv->v + at + 1, pv->v + at, (pv->n - 1 - at) * sizeof(*pv->v));
	pv->v[at] = x;
}

static void add_child(struct conv *cv, struct node *parent, struct node *n)
{
	n->parent = parent;
	if (n->kind == NK_PHASE) {
		if (parent->kind == NK_ROOT) {
			/* root items and root weeks after this go to new phases */
			cv->items_phase = NULL;
			cv->week_wrap = NULL;
		}
		pvec_push(cv->a, &parent->phases, n);
	} else if (n->kind == NK_WEEK) {
		pvec_push(cv->a, &parent->weeks, n);
	} else {
		pvec_push(cv->a, &parent->tasks, n);
	}
}

struct node *new_phase(struct conv *cv, struct node *parent,
			      const char *title, int line,
			      const struct md2yaml_heading *h)
{
	struct node *n = new_node(cv, NK_PHASE, line);
	n->title = title;
	if (h) {
		n->h = *h;
		if (h->start != CALENDAR_NONE) {
			n->start = h->start;
			n->end = h->end;
			/* "Week of June 23, 2025": that day and the six after */
			if (h->start == h->end && find_word(title, "week") &&
			    find_word(title, "of"))
				n->end = h->start + 6;
		}
		int k = h->unit == MD2YAML_PHASE ? 0 : h->unit == MD2YAML_MONTH ? 1 : -1;
		if (k >= 0 && !h->len && h->from == h->to && h->from < 100)
			cv->by_num[k][h->from] = n;
	}
	add_child(cv, parent, n);
	if (h && h->need_year)
		precomment(cv, n, "note: its heading names dates but no year: give "
				  "it start and end");
	return n;
}

/* The phase that holds list items found outside any phase. */
static struct node *items_home(struct conv *cv, struct node *c)
{
	if (c->kind != NK_ROOT)
		return c;
	if (!cv->items_phase) {
		struct node *n = new_phase(cv, &cv->root, NULL, 0, NULL);
		n->synthetic = true;
		cv->items_phase = n;
	}
	return cv->items_phase;
}

/* The phase that holds week blocks found outside any phase. */
struct node *weeks_home(struct conv *cv, struct node *c)
{
	if (c->kind == NK_PHASE)
		return c;
	if (!cv->week_wrap) {
		struct node *n = new_phase(cv, &cv->root, NULL, 0, NULL);
		n->synthetic = true;
		precomment(cv, n, "guessed: a phase to hold the week blocks that "
				  "stand outside any phase");
		cv->week_wrap = n;
	}
	return cv->week_wrap;
}

struct node *new_week(struct conv *cv, struct node *phase,
			     const struct md2yaml_heading *h, const char *text,
			     int line)
{
	struct node *n = new_node(cv, NK_WEEK, line);
	n->title = text;
	n->h = *h;
	n->week_from = h->from;
	n->week_to = h->open ? h->from : h->to;
	if (text[h->rest])
		n->wtitle = text + h->rest;
	add_child(cv, phase, n);
	return n;
}

/* Where a task under parent goes, at most TASK_DEPTH deep. */
static struct node *task_parent(struct conv *cv, struct node *parent)
{
	struct node *p = parent;
	while (p->kind == NK_TASK && task_depth(p) >= TASK_DEPTH)
		p = p->parent;
	if (p != parent && !cv->deep_noted) {
		cv->deep_noted = true;
		comment(cv, p, "guessed: items nested deeper than %d levels are "
			       "kept at the %dth",
			TASK_DEPTH, TASK_DEPTH);
	}
	return p;
}

struct node *new_task(struct conv *cv, struct node *parent,
		      const char *text, const struct inl *in, int line)
{
	parent = task_parent(cv, items_home(cv, parent));
	struct node *n = new_node(cv, NK_TASK, line);
	text = task_dates(cv, n, text, line);
	md2yaml_habit(text, n->every, sizeof(n->every), &n->every_minutes);
	set_title(cv, n, text, in);
	n->optional = parent->optional || cv->optional_below ||
		      cv->fr[cv->nfr - 1].optional || cv->details_optional;
	add_child(cv, parent, n);
	return n;
}

/* A task from a "Days 1-3" heading or label. */
static void set_days(struct node *t, const struct md2yaml_heading *h)
{
	if (h->weekday >= 0) {
		t->weekday = h->weekday;
	} else if (!h->open) {
		t->days_from = h->from;
		t->days_to = h->to;
	}
}

static void end_labels(struct conv *cv)
{
	cv->lweek = NULL;
	cv->group = NULL;
	cv->pending = NULL;
	cv->lrole = R_NONE;
	cv->lnode = NULL;
	cv->pgoal = NULL;
	cv->nls = 0;
	cv->ilabel_indent = -1;
}

struct frame *top(struct conv *cv)
{
	return &cv->fr[cv->nfr - 1];
}

/* Where a label's content goes: the week block a label opened, else the
 * innermost heading. */
struct node *here(struct conv *cv)
{
	return cv->lweek ? cv->lweek : top(cv)->node;
}

static const char *clean_text_of(struct conv *cv, const struct block *b)
{
	cv->c.images += b->in.images;
	return strip_decoration(cv->a, b->in.text);
}

static void note_rest_optional(struct conv *cv, struct node *at,
			       const char *text, int line)
{
	if (cv->optional_below || !text_says_rest_optional(text))
		return;
	cv->optional_below = true;
	comment(cv, at, "guessed: the tasks from line %d on are optional, as "
			"the text there says",
		line);
}

/* Converts the week block w (the last of its phase) into a phase: its
 * weeks were "Weeks 1-4" and it holds week headings of its own. */
static void week_to_phase(struct conv *cv, struct node *w)
{
	struct node *p = w->parent;
	p->weeks.n--;
	w->kind = NK_PHASE;
	w->wtitle = NULL;
	pvec_push(cv->a, &p->phases, w);
}

void on_heading(struct conv *cv, struct block *b, int h1s)
{
	if (b->used) { /* the plan's title */
		end_labels(cv);
		return;
	}
	const char *text = clean_text_of(cv, b);
	if (!cv->title_taken) {
		cv->title_taken = true;
		if (b->level == 1 && h1s == 1 && *text) {
			cv->title = text;
			cv->fr[0].level = 1;
			end_labels(cv);
			return;
		}
	}
	if (!*text)
		return;
	while (cv->nfr > 1 && top(cv)->level >= b->level)
		cv->nfr--;
	if (b->level <= cv->fr[0].level)
		cv->fr[0].level = b->level - 1;
	end_labels(cv);
	struct frame *t = top(cv);
	struct frame f = {
		.level = b->level,
		.node = t->node,
		.kind = t->kind,
		.optional = t->optional || text_says_optional(text),
		.skip = t->skip,
	};
	if (f.skip || (size_t)cv->nfr >= ARRAY_SIZE(cv->fr)) {
		if ((size_t)cv->nfr < ARRAY_SIZE(cv->fr))
			cv->fr[cv->nfr++] = f;
		return;
	}
	note_rest_optional(cv, t->node, text, b->line);
	enum plan_resource_kind kind;
	enum role role = role_of(text, &kind);
	{
		int y = year_in(text);
		if (y)
			cv->year_seen = y;
	}
	struct md2yaml_heading h;
	md2yaml_heading(text, year_here(cv), &h);
	/* "Phase 2 (By March 31)": a deadline, not a phase of one day */
	bool deadline = false;
	if (h.start != CALENDAR_NONE && h.start == h.end &&
	    (find_word(text, "by") || find_word(text, "due") ||
	     find_word(text, "deadline") || find_word(text, "until"))) {
		h.start = CALENDAR_NONE;
		deadline = true;
	}
	bool named = (h.unit != MD2YAML_NONE && !h.len) || h.start != CALENDAR_NONE;
	struct node *c = t->node;
	if (role == R_TOC || role == R_NOTWORK) {
		if (role == R_TOC)
			comment(cv, c, "left out: the table of contents under '%s' (line %d)",
				brief(cv, text), b->line);
		else
			comment(cv, c, "left out: the section '%s' (line %d): it is about "
				       "the roadmap, not work to tick",
				brief(cv, text), b->line);
		cv->c.notwork += role == R_NOTWORK;
		f.skip = true;
		cv->fr[cv->nfr++] = f;
		return;
	}
	if (t->role == R_RES && role == R_NONE && !named) {
		f.role = R_RES;
		enum plan_resource_kind k = kind_of(text);
		f.kind = k != PLAN_RES_NONE ? k : t->kind;
		cv->fr[cv->nfr++] = f;
		return;
	}
	if (role != R_NONE && !named) {
		f.role = role;
		f.kind = kind;
		if (c->kind == NK_ROOT && (role == R_CRITERIA || role == R_DELIV) &&
		    cv->root.phases.n) {
			/* "## Success Criteria" after "## Phase 3": the phase
			 * above's, not a phase of its own */
			struct node *last = cv->root.phases.v[cv->root.phases.n - 1];
			f.node = last;
			last->roles |= role == R_DELIV ? ROLE_BIT_DELIV : ROLE_BIT_CRIT;
			precomment(cv, last, "guessed: the %s under '%s' (line %d) are "
					     "this phase's",
				   role == R_DELIV ? "deliverable" : "criteria",
				   brief(cv, text), b->line);
		} else if (c->kind == NK_ROOT && role != R_RES && role != R_SUMMARY)
			f.node = new_phase(cv, &cv->root, text, b->line, &h);
		else if (c->kind != NK_ROOT)
			c->roles |= role == R_DELIV ? ROLE_BIT_DELIV
				    : role == R_CRITERIA ? ROLE_BIT_CRIT
				    : role == R_RES ? ROLE_BIT_RES : 0;
		cv->fr[cv->nfr++] = f;
		return;
	}
	struct node *n;
	bool week = h.unit == MD2YAML_WEEK && !h.len;
	bool day = h.unit == MD2YAML_DAY && !h.len;
	if (c->kind == NK_WEEK && week && c->week_to > c->week_from &&
	    c == c->parent->weeks.v[c->parent->weeks.n - 1]) {
		week_to_phase(cv, c);
		n = new_week(cv, c, &h, text, b->line);
	} else if (day || c->kind == NK_WEEK || c->kind == NK_TASK) {
		/* "Day 1: January 3, 2025": the day is the title, the date its
		 * due date; "Day 1: Setup": the rest is the title */
		const char *title = day && text[h.rest] ? text + h.rest : text;
		int due = CALENDAR_NONE;
		if (day && h.start != CALENDAR_NONE && h.start == h.end) {
			struct md2yaml_heading rh;
			md2yaml_heading(text + h.rest, year_here(cv), &rh);
			if (rh.start == h.start && !has_words_besides_date(text + h.rest)) {
				size_t l = h.rest;
				while (l && (text[l - 1] == ' ' || text[l - 1] == ':' ||
					     text[l - 1] == '-'))
					l--;
				title = arena_strndup(cv->a, text, l);
				due = h.start;
			}
		}
		n = new_task(cv, c, title, NULL, b->line);
		if (due != CALENDAR_NONE)
			n->due = due;
		n->heading_task = true;
		if (day)
			set_days(n, &h);
	} else if (week) {
		n = new_week(cv, weeks_home(cv, c), &h, text, b->line);
	} else {
		n = new_phase(cv, c, text, b->line, &h);
	}
	n->optional |= f.optional;
	if (deadline) {
		char d[CALENDAR_DATE_LEN];
		if (n->kind == NK_TASK)
			n->due = h.end;
		else
			precomment(cv, n, "note: its heading names a deadline (%s), not "
					  "a day it takes: give it start: and end: %s, or "
					  "its tasks due: %s",
				   calendar_format(h.end, d), d, d);
	}
	f.node = n;
	cv->fr[cv->nfr++] = f;
}

/* What follows a label: the runs of a block from run seg, that run's text
 * from byte off. */
struct rest_at {
	size_t seg, off;
};

/* The words of in's runs from at on, folded: an arena string. */
static const char *runs_text(struct conv *cv, const struct inl *in,
			     struct rest_at at)
{
	struct buf b = { 0 };
	buf_need(&b, 0);
	for (size_t k = at.seg; k < in->nsegs; k++) {
		const char *t = in->segs[k].text;
		if (k == at.seg)
			t += strnlen(t, at.off);
		buf_str(&b, t);
	}
	const char *s = mdtree_fold(cv->a, b.p, b.n);
	free(b.p);
	return s;
}

/* A bold label ("**Goal**", "**Days 1-2:** text") or a short "Goal:" at
 * the start of a paragraph: label and the text after it, both cleaned,
 * and where that text begins among the runs (*at). Returns 0 for none,
 * 1 for bold, 2 for a "Word:" label. */
static int split_label(struct conv *cv, const struct inl *in, const char **label,
		       const char **rest, struct rest_at *at)
{
	if (!in->nsegs)
		return 0;
	const struct seg *s0 = &in->segs[0];
	size_t first = 0;
	/* "📚 **References**:": an emoji before the bold label */
	if (s0->k == SEG_TEXT && in->nsegs > 1 && in->segs[1].k == SEG_STRONG) {
		bool deco = true;
		for (const char *p = s0->text; *p && deco;) {
			uint32_t cp;
			size_t w = text_utf8_decode((const unsigned char *)p, strlen(p), &cp);
			deco = w && (cp == ' ' || decoration(cp));
			p += w ? w : 1;
		}
		if (deco) {
			first = 1;
			s0 = &in->segs[1];
		}
	}
	if (s0->k == SEG_STRONG) {
		const char *l = mdtree_fold(cv->a, s0->text, strlen(s0->text));
		size_t ll = strlen(l);
		while (ll && (l[ll - 1] == ':' || l[ll - 1] == ' '))
			ll--;
		if (!ll)
			return 0;
		*label = strip_decoration(cv->a, arena_strndup(cv->a, l, ll));
		*at = (struct rest_at){ first + 1, 0 };
		const char *t = in->nsegs > first + 1 ? in->segs[first + 1].text : "";
		while (t[at->off] == ':' || is_ws((unsigned char)t[at->off]))
			at->off++;
		*rest = runs_text(cv, in, *at);
		if (!has_words(*rest))
			*rest = "";
		return has_words(*label) ? 1 : 0;
	}
	if (s0->k != SEG_TEXT)
		return 0;
	/* Word: or Two Words:, perhaps after an emoji ("📚 Resources:") */
	const char *raw = s0->text;
	size_t skip = 0;
	for (;;) {
		uint32_t cp;
		size_t w = text_utf8_decode((const unsigned char *)raw + skip,
					    strlen(raw + skip), &cp);
		if (!w || !(cp == ' ' || decoration(cp)))
			break;
		skip += w;
	}
	raw += skip;
	size_t k = 0, words = 1;
	while (raw[k] && k < 40 && (ascii_alpha((unsigned char)raw[k]) ||
				    raw[k] == ' ' || raw[k] == '-')) {
		if (raw[k] == ' ')
			words++;
		k++;
	}
	if (k == 0 || raw[k] != ':' || words > 4 ||
	    (raw[k + 1] && !is_ws((unsigned char)raw[k + 1])))
		return 0;
	*label = arena_strndup(cv->a, raw, k);
	*at = (struct rest_at){ 0, skip + k + 1 };
	*rest = runs_text(cv, in, *at);
	if (!has_words(*rest))
		*rest = "";
	return 2;
}

static void set_goal(struct conv *cv, struct node *c, const char *text)
{
	if (!*text)
		return;
	if (c->kind == NK_ROOT) {
		if (!cv->summary)
			cv->summary = cut_bytes(cv, text, PROSE_MAX);
		return;
	}
	if (c->kind == NK_TASK) {
		/* a task has no goal: its notes take it */
		c->notes = c->notes ? arena_printf(cv->a, "%s\n%s", c->notes, text) : text;
		return;
	}
	c->goal = cut_bytes(cv, c->goal ? arena_printf(cv->a, "%s %s", c->goal, text)
					: text,
			    PROSE_MAX);
}

/* The node that criteria, a deliverable or resources of c go to: a
 * task's container, the phase of root items. */
struct node *holder(struct conv *cv, struct node *c)
{
	while (c->kind == NK_TASK)
		c = c->parent;
	return items_home(cv, c);
}

static void add_crit(struct conv *cv, struct node *c, const char *text)
{
	c = holder(cv, c);
	c->roles |= ROLE_BIT_CRIT;
	pvec_push(cv->a, &c->crit, (void *)cut_bytes(cv, text, 500));
}

struct deliv *deliv_of(struct conv *cv, struct node *c)
{
	c->roles |= ROLE_BIT_DELIV;
	if (!c->deliv)
		c->deliv = arena_alloc(cv->a, sizeof(*c->deliv));
	return c->deliv;
}

static void add_deliv_text(struct conv *cv, struct node *c, const char *text,
			   bool item)
{
	struct deliv *d = deliv_of(cv, holder(cv, c));
	if (!d->title) {
		size_t limit = char_offset(text, TITLE_MAX);
		if (text[limit]) {
			struct node tmp = { 0 };
			set_title(cv, &tmp, text, NULL);
			d->title = tmp.title;
			d->summary = tmp.notes;
		} else {
			d->title = text;
		}
	} else if (item) {
		pvec_push(cv->a, &d->crit, (void *)cut_bytes(cv, text, 500));
	} else if (!d->summary) {
		d->summary = cut_bytes(cv, text, PROSE_MAX);
	}
}

/* Splits resource text after its title: "by Author (notes) - more". */
static void res_rest(struct conv *cv, struct res *r, const char *after)
{
	while (*after == ' ' || *after == ',' || *after == ':')
		after++;
	if (!strncmp(after, "by ", 3) || !strncmp(after, "By ", 3)) {
		const char *a = after + 3;
		size_t e = 0, len = strlen(a);
		static const char *const stops[] = { " (", " - ", " – ", " — ", ", ", "; " };
		e = len;
		for (size_t k = 0; k < ARRAY_SIZE(stops); k++) {
			const char *hit = strstr(a, stops[k]);
			if (hit && (size_t)(hit - a) < e)
				e = (size_t)(hit - a);
		}
		if (e)
			r->by = cut_bytes(cv, arena_strndup(cv->a, a, e), 200);
		after = a + e;
	}
	while (*after == ' ' || *after == ',' || *after == ':' || *after == ';' ||
	       *after == '-' || !strncmp(after, "–", 3) || !strncmp(after, "—", 3))
		after += (unsigned char)*after < 0x80 ? 1 : 3;
	size_t al = strlen(after);
	if (al >= 2 && after[0] == '(' && after[al - 1] == ')' &&
	    !memchr(after + 1, '(', al - 2) && !memchr(after + 1, ')', al - 2))
		after = arena_strndup(cv->a, after + 1, al - 2);
	if (*after)
		r->notes = cut_bytes(cv, after, NOTES_MAX);
}

/* A resource from a list item's runs from at on: "**Book**: "Title" by
 * Author (notes)", "[Title](url) - notes", "Title by Author". */
static struct res *parse_res(struct conv *cv, const struct inl *in,
			     struct rest_at at, enum plan_resource_kind kind)
{
	struct res *r = arena_alloc(cv->a, sizeof(*r));
	r->kind = kind;
	/* a kind label first: **Book**: or Course: */
	if (at.seg < in->nsegs && in->segs[at.seg].k == SEG_STRONG && !at.off) {
		const struct seg *s = &in->segs[at.seg];
		const char *inner = mdtree_fold(cv->a, s->text, strlen(s->text));
		enum plan_resource_kind k = kind_of(inner);
		size_t words = 1;
		for (const char *c = inner; *c; c++)
			words += *c == ' ';
		size_t il = strlen(inner);
		bool colon = (il && inner[il - 1] == ':') ||
			     (at.seg + 1 < in->nsegs && in->segs[at.seg + 1].text[0] == ':');
		if (k != PLAN_RES_NONE && words <= 3 && colon && !strchr(inner, '"') &&
		    strncmp(inner, "“", 3)) {
			r->kind = k;
			r->labelled = true;
			at = (struct rest_at){ at.seg + 1, 0 };
			const char *t = at.seg < in->nsegs ? in->segs[at.seg].text : "";
			while (t[at.off] == ':' || t[at.off] == ' ' || t[at.off] == '-')
				at.off++;
		}
	} else if (at.seg < in->nsegs && in->segs[at.seg].k == SEG_TEXT) {
		const char *p = in->segs[at.seg].text + at.off;
		while (*p == ' ') {
			p++;
			at.off++;
		}
		const char *colon = strchr(p, ':');
		if (colon && colon - p < 30 && colon[1] == ' ') {
			const char *label = arena_strndup(cv->a, p, (size_t)(colon - p));
			enum plan_resource_kind k = kind_of(label);
			size_t words = 1;
			bool plain = true;
			for (const char *c = label; *c; c++) {
				words += *c == ' ';
				plain &= ascii_alpha((unsigned char)*c) || *c == ' ';
			}
			if (k != PLAN_RES_NONE && plain && words <= 3) {
				r->kind = k;
				r->labelled = true;
				at.off += (size_t)(colon - p) + 1;
				while (in->segs[at.seg].text[at.off] == ' ')
					at.off++;
			}
		}
	}
	/* what is left: a text run that is only spaces and marks goes */
	while (at.seg < in->nsegs && in->segs[at.seg].k == SEG_TEXT &&
	       !has_words(in->segs[at.seg].text + strnlen(in->segs[at.seg].text, at.off)) &&
	       at.seg + 1 < in->nsegs)
		at = (struct rest_at){ at.seg + 1, 0 };
	const char *text = runs_text(cv, in, at);
	const struct seg *first = at.seg < in->nsegs && !at.off ? &in->segs[at.seg] : NULL;
	for (size_t k = at.seg; k < in->nsegs && !r->url; k++)
		if (in->segs[k].k == SEG_LINK && in->segs[k].url &&
		    in->segs[k].url[0] != '#')
			r->url = in->segs[k].url;
	if (!r->url && in->urls.n)
		r->url = in->urls.v[0];
	const char *after = "";
	if (first && first->k == SEG_LINK) {
		r->title = mdtree_fold(cv->a, first->text, strlen(first->text));
		after = runs_text(cv, in, (struct rest_at){ at.seg + 1, 0 });
	} else if (!strncmp(text, "\"", 1) || !strncmp(text, "“", 3)) {
		bool curly = text[0] != '"';
		const char *a = text + (curly ? 3 : 1);
		const char *e = strstr(a, curly ? "”" : "\"");
		if (e && e > a) {
			r->title = arena_strndup(cv->a, a, (size_t)(e - a));
			r->quoted = true;
			after = e + (curly ? 3 : 1);
		}
	} else if (first && first->k == SEG_STRONG) {
		r->title = mdtree_fold(cv->a, first->text, strlen(first->text));
		after = runs_text(cv, in, (struct rest_at){ at.seg + 1, 0 });
		/* **"Title"** by Author: the quotes go */
		const char *t = r->title;
		size_t tl = strlen(t);
		if (tl > 2 && t[0] == '"' && t[tl - 1] == '"') {
			r->title = arena_strndup(cv->a, t + 1, tl - 2);
			r->quoted = true;
		} else if (tl > 6 && !strncmp(t, "“", 3) && !strcmp(t + tl - 3, "”")) {
			r->title = arena_strndup(cv->a, t + 3, tl - 6);
			r->quoted = true;
		}
	}
	if (!r->title || !*r->title) {
		static const char *const stops[] = { " by ", " - ", " – ", " — ", " (" };
		size_t e = strlen(text);
		for (size_t k = 0; k < ARRAY_SIZE(stops); k++) {
			const char *hit = strstr(text, stops[k]);
			if (hit && hit > text && (size_t)(hit - text) < e)
				e = (size_t)(hit - text);
		}
		r->title = arena_strndup(cv->a, text, e);
		after = text + e;
	}
	res_rest(cv, r, after);
	if (!r->url) {
		const char *h = strstr(text, "https://");
		if (!h)
			h = strstr(text, "http://");
		if (h) {
			size_t e = 0;
			while (h[e] && h[e] != ' ' && h[e] != ')')
				e++;
			r->url = arena_strndup(cv->a, h, e);
		}
	}
	r->title = strip_decoration(cv->a, r->title);
	if (!*r->title)
		r->title = r->url ? r->url : "Resource";
	size_t limit = char_offset(r->title, TITLE_MAX);
	if (r->title[limit]) {
		struct node tmp = { 0 };
		set_title(cv, &tmp, r->title, NULL);
		r->notes = r->notes ? arena_printf(cv->a, "%s\n%s", tmp.notes, r->notes)
				    : tmp.notes;
		r->title = tmp.title;
	}
	return r;
}

/* "**Backstage** (Spotify's portal) - why it matters": the bold name (and
 * what follows it up to the dash) is the title, the rest its notes. */
static void split_bold_name(struct conv *cv, struct node *n, const struct inl *in)
{
	if (in->nsegs < 2 || in->segs[0].k != SEG_STRONG)
		return;
	struct buf all = { 0 };
	buf_need(&all, 0);
	for (size_t k = 0; k < in->nsegs; k++)
		buf_str(&all, in->segs[k].text);
	const char *close = all.p + strlen(in->segs[0].text);
	static const char *const seps[] = { " - ", " – ", " — " };
	const char *hit = NULL;
	size_t sl = 0;
	for (size_t k = 0; k < ARRAY_SIZE(seps); k++) {
		const char *h = strstr(close, seps[k]);
		if (h && (!hit || h < hit)) {
			hit = h;
			sl = strlen(seps[k]);
		}
	}
	if (!hit || hit - close > 80) {
		free(all.p);
		return;
	}
	const char *title = strip_decoration(cv->a, mdtree_fold(cv->a, all.p, (size_t)(hit - all.p)));
	const char *why = mdtree_fold(cv->a, hit + sl, strlen(hit + sl));
	free(all.p);
	if (!has_words(title) || !has_words(why))
		return;
	n->title = title;
	struct buf notes = { 0 };
	buf_str(&notes, cut_bytes(cv, why, NOTES_MAX));
	for (size_t k = 0; k < in->urls.n && k < 20; k++) {
		buf_ch(&notes, '\n');
		buf_str(&notes, in->urls.v[k]);
	}
	n->notes = arena_strdup(cv->a, notes.p);
	free(notes.p);
}

static void push_list(struct conv *cv, int indent, struct node *task,
		      struct res *res, bool crit)
{
	cv->ls = xgrow(cv->ls, &cv->capls, cv->nls + 1, sizeof(*cv->ls));
	cv->ls[cv->nls++] = (struct lent){ indent, task, res, crit };
}

/*
 * A list item that is a label: "- **Objective**: ...", "- **Tasks**:" over
 * a nested list, "- **Resources**:", "- **Success Criteria**:",
 * "- **Milestone**: ...". What follows the label fills the key, and the
 * nested items take its role. True when b was one.
 */
static bool item_label(struct conv *cv, struct block *b)
{
	const char *label, *rest;
	struct rest_at rat;
	if (b->check || split_label(cv, &b->in, &label, &rest, &rat) != 1)
		return false;
	/* a label ends in a colon ("**Tasks**:", "**Tasks:**"); a bold name
	 * without one ("**Resources Library**") is a task's title */
	size_t k = b->in.segs[0].k == SEG_STRONG ? 0 : 1; /* after an emoji */
	const char *s = b->in.segs[k].text;
	size_t n = strlen(s);
	while (n && is_ws((unsigned char)s[n - 1]))
		n--;
	bool colon = n && s[n - 1] == ':';
	if (!colon && k + 1 < b->in.nsegs && b->in.segs[k + 1].k == SEG_TEXT) {
		const char *after = b->in.segs[k + 1].text;
		colon = after[strspn(after, " ")] == ':';
	}
	if (!colon)
		return false;
	enum plan_resource_kind kind;
	enum role role = role_of(label, &kind);
	/* "- **Milestone**: a demo": the deliverable */
	if (role == R_NONE && (!strcmp(label, "Milestone") || !strcmp(label, "Milestones")))
		role = R_DELIV;
	if (role == R_NONE || role == R_TOC)
		return false;
	if (role == R_GOAL && text_says_optional(label))
		return false;
	/* "- **Architectural overview**: ..." is a topic, "- **Overview**:" a
	 * summary */
	if (role == R_SUMMARY && strchr(label, ' '))
		return false;
	struct node *c = here(cv);
	if (c->kind == NK_ROOT && role != R_RES && role != R_SUMMARY)
		c = items_home(cv, c);
	enum role nested = role;
	switch (role) {
	case R_GOAL:
		if (*rest)
			set_goal(cv, c, rest);
		nested = R_TASKS; /* "- **Objectives**:" over a list */
		break;
	case R_SUMMARY:
		if (*rest && c->kind != NK_ROOT && !c->summary)
			c->summary = cut_bytes(cv, rest, PROSE_MAX);
		else if (*rest && !cv->summary)
			cv->summary = cut_bytes(cv, rest, PROSE_MAX);
		nested = R_TASKS;
		break;
	case R_CRITERIA:
		if (*rest)
			add_crit(cv, c, rest);
		break;
	case R_DELIV:
		if (*rest)
			add_deliv_text(cv, c, rest, false);
		else
			deliv_of(cv, holder(cv, c));
		break;
	case R_RES:
		if (*rest) {
			struct res *r = parse_res(cv, &b->in, rat, kind);
			r->line = b->line;
			struct node *h = c->kind == NK_ROOT ? c : holder(cv, c);
			h->roles |= ROLE_BIT_RES;
			pvec_push(cv->a, &h->res, r);
		}
		break;
	case R_TASKS:
		if (*rest) {
			struct inl none = { 0 };
			new_task(cv, c, rest, &none, b->line);
		}
		break;
	case R_NOTWORK:
		comment(cv, c, "left out: the list under '%s' (line %d): it is about "
			       "the roadmap, not work to tick",
			brief(cv, label), b->line);
		cv->c.notwork++;
		push_list(cv, b->indent, NULL, NULL, false);
		return true;
	default:
		return false;
	}
	if (cv->ilabel_indent < 0) {
		cv->ilabel_role = cv->lrole;
		cv->ilabel_kind = cv->lkind;
		cv->ilabel_node = cv->lnode;
	}
	cv->ilabel_indent = b->indent;
	cv->lrole = nested;
	cv->lkind = kind;
	cv->lnode = c;
	push_list(cv, b->indent, NULL, NULL, true);
	return true;
}

void on_item(struct conv *cv, struct block *b)
{
	struct frame *t = top(cv);
	if (t->skip)
		return;
	while (cv->nls && cv->ls[cv->nls - 1].indent >= b->indent)
		cv->nls--;
	/* past the items under a label item: what the label before said */
	if (cv->ilabel_indent >= 0 && b->indent <= cv->ilabel_indent) {
		cv->lrole = cv->ilabel_role;
		cv->lkind = cv->ilabel_kind;
		cv->lnode = cv->ilabel_node;
		cv->ilabel_indent = -1;
	}
	if (!cv->nls && !cv->pgoal && (!cv->lrole || cv->lrole == R_TASKS) &&
	    (t->role == R_NONE || t->role == R_TASKS) && item_label(cv, b))
		return;
	struct lent *pe = cv->nls ? &cv->ls[cv->nls - 1] : NULL;
	const struct inl in = b->in;
	const char *text = clean_text_of(cv, b);
	enum role role = cv->lrole ? cv->lrole : t->role;
	enum plan_resource_kind kind = cv->lrole ? cv->lkind : t->kind;
	struct node *c = cv->lrole ? cv->lnode : here(cv);
	if (cv->pgoal) {
		/* "**Focus Areas:**" and then a list: the list is tasks */
		c = cv->pgoal;
		cv->pgoal = NULL;
		role = R_TASKS;
		cv->lrole = R_TASKS;
		cv->lnode = c;
	}
	if (pe && !pe->task && !pe->res && !pe->crit) {
		push_list(cv, b->indent, NULL, NULL, false); /* under a left-out item */
		return;
	}
	if (in.only_anchor || role == R_TOC) {
		if (!pe)
			cv->c.empty_items++;
		push_list(cv, b->indent, NULL, NULL, false);
		return;
	}
	if (role == R_NOTWORK) {
		push_list(cv, b->indent, NULL, NULL, false);
		return;
	}
	if (!pe && !b->check && text_is_break(text)) {
		comment(cv, here(cv), "left out: '%s' (line %d): a meal or a break, "
				      "not work to tick",
			brief(cv, text), b->line);
		cv->c.notwork++;
		push_list(cv, b->indent, NULL, NULL, false);
		return;
	}
	if (!has_words(text) && in.urls.n)
		text = in.urls.v[0];
	if (!has_words(text)) {
		cv->c.empty_items++;
		if (pe)
			push_list(cv, b->indent, pe->task, pe->res, pe->crit);
		return;
	}
	if (b->check && role != R_CRITERIA && role != R_DELIV)
		role = R_TASKS;
	/* a list under a day of a log records what was done: the day's notes */
	struct node *day = here(cv);
	if (cv->log && !b->check && day->kind == NK_TASK && day->heading_task &&
	    (role == R_NONE || role == R_TASKS)) {
		const char *line = arena_printf(cv->a, "- %s",
						b->in.text_links ? b->in.text_links : text);
		day->notes = cut_bytes(cv, day->notes ? arena_printf(cv->a, "%s\n%s",
								     day->notes, line)
						      : line,
				       NOTES_MAX);
		push_list(cv, b->indent, NULL, NULL, false);
		return;
	}
	/* "- https://...": a link, not work */
	if ((role == R_NONE || role == R_TASKS) && !b->check && in.urls.n == 1 &&
	    !strcmp(text, (const char *)in.urls.v[0])) {
		role = R_RES;
		kind = PLAN_RES_NONE;
	}
	if (role == R_CRITERIA) {
		add_crit(cv, c, text);
		push_list(cv, b->indent, NULL, NULL, true);
		return;
	}
	if (role == R_DELIV) {
		add_deliv_text(cv, c, text, true);
		push_list(cv, b->indent, NULL, NULL, true);
		return;
	}
	struct res *r = NULL;
	if (role == R_RES) {
		r = parse_res(cv, &b->in, (struct rest_at){ 0, 0 }, kind);
		r->line = b->line;
		/* a resources label gathers links (and books, "Title" by
		 * Someone): an item that names none is work of its own */
		if (cv->lrole == R_RES && !pe && !r->url && !r->quoted && !r->by &&
		    !r->labelled && !(b->in.nsegs && b->in.segs[0].k == SEG_STRONG))
			role = R_TASKS;
	}
	if (role == R_RES) {
		if (pe && pe->res) {
			if (!r->url && !r->quoted) {
				/* a line about the resource above */
				struct res *up = pe->res;
				if (!strncmp(text, "by ", 3) && !up->by)
					up->by = cut_bytes(cv, text + 3, 200);
				else
					up->notes = up->notes ? cut_bytes(cv, arena_printf(cv->a, "%s\n%s", up->notes, text), NOTES_MAX)
							      : text;
				push_list(cv, b->indent, NULL, up, false);
				return;
			}
			if (!pe->res->url && !pe->res->quoted && !pe->res->by) {
				/* the item above was a heading for these */
				pe->res->dropped = true;
				if (!r->notes)
					r->notes = pe->res->title;
			}
		}
		struct node *h = c->kind == NK_ROOT ? c : holder(cv, c);
		h->roles |= ROLE_BIT_RES;
		if (h->kind == NK_WEEK && (h->tasks.n || h->notes_c.n) && cv->lrole)
			h->late |= ROLE_BIT_RES;
		pvec_push(cv->a, &h->res, r);
		push_list(cv, b->indent, NULL, r, false);
		return;
	}
	struct node *parent;
	if (pe && pe->task) {
		parent = pe->task;
	} else if (cv->group) {
		parent = cv->group;
	} else if (cv->pending) {
		struct inl none = { 0 };
		cv->group = new_task(cv, c, cv->pending, &none, cv->pending_line);
		cv->group->label_group = true;
		cv->group->optional |= cv->pending_opt;
		cv->pending = NULL;
		parent = cv->group;
	} else {
		parent = c;
	}
	struct node *n = new_task(cv, parent, text, &in, b->line);
	split_bold_name(cv, n, &b->in);
	n->checklist = b->check != 0;
	n->done = b->check == 2;
	/* a log's "**Completed:**" list: done */
	if (cv->log && !b->check && parent->label_group &&
	    (find_word(parent->title, "completed") || find_word(parent->title, "done") ||
	     find_word(parent->title, "accomplished")))
		n->done = true;
	push_list(cv, b->indent, n, NULL, false);
}

void on_para(struct conv *cv, struct block *b)
{
	struct frame *t = top(cv);
	if (t->skip)
		return;
	cv->nls = 0;
	cv->group = NULL;
	cv->pending = NULL;
	const struct inl in = b->in;
	const char *text = clean_text_of(cv, b);
	if (!*text) {
		if (in.images)
			comment(cv, here(cv), "left out: %s at line %d",
				in.images == 1 ? "an image" : "images", b->line);
		return;
	}
	note_rest_optional(cv, here(cv), text, b->line);
	if (b->quote)
		return;
	struct node *ht = here(cv);
	if (ht->kind == NK_TASK && ht->heading_task && !cv->lrole && !cv->pending &&
	    !cv->pgoal) {
		/* a day of a log, or a task's heading: its text is its notes */
		const char *prose = b->in.text_links ? b->in.text_links : text;
		ht->notes = cut_bytes(cv, ht->notes ? arena_printf(cv->a, "%s\n%s",
								   ht->notes, prose)
						    : prose,
				      NOTES_MAX);
		if (cv->log || (b->in.nsegs && b->in.segs[0].k == SEG_STRONG &&
				find_word(b->in.segs[0].text, "progress")))
			ht->done = true;
		return;
	}
	const char *label, *rest;
	struct rest_at rat;
	int kindl = split_label(cv, &b->in, &label, &rest, &rat);
	if (!kindl) {
		/* "Day 1" or "Week 2: Pods" alone on a line: a label as a bold
		 * one would be */
		size_t tl = strlen(text);
		struct md2yaml_heading ph;
		if (tl && tl <= 60 && !strchr(text, '\n') && text[tl - 1] != '.' &&
		    md2yaml_heading(text, year_here(cv), &ph) && !ph.len &&
		    (ph.unit == MD2YAML_DAY || ph.unit == MD2YAML_WEEK) &&
		    strlen(text + ph.rest) <= 40) {
			kindl = 3;
			label = text;
			rest = ph.unit == MD2YAML_DAY && text[ph.rest] ? text + ph.rest : "";
		}
	}
	if (kindl) {
		enum plan_resource_kind kind;
		enum role role = role_of(label, &kind);
		if (role == R_GOAL && text_says_optional(label))
			role = R_NONE; /* "Bonus Focus Areas": optional tasks */
		struct md2yaml_heading h;
		md2yaml_heading(label, cv->year, &h);
		struct node *c = here(cv);
		if (role != R_NONE && role != R_TOC && role != R_NOTWORK) {
			if (h.unit == MD2YAML_PHASE && h.from == h.to && h.from < 100 &&
			    cv->by_num[0][h.from])
				c = cv->by_num[0][h.from];
			if (c->kind == NK_ROOT && role != R_RES && role != R_SUMMARY &&
			    role != R_GOAL)
				c = items_home(cv, c);
			int bit = role == R_DELIV ? ROLE_BIT_DELIV
				  : role == R_CRITERIA ? ROLE_BIT_CRIT
				  : role == R_RES ? ROLE_BIT_RES : 0;
			if (c->kind == NK_WEEK && (c->tasks.n || c->notes_c.n))
				c->late |= bit;
			cv->lrole = role == R_GOAL || role == R_SUMMARY ? R_NONE : role;
			cv->lkind = kind;
			cv->lnode = c;
			switch (role) {
			case R_GOAL:
				if (*rest)
					set_goal(cv, c, rest);
				else
					cv->pgoal = c;
				break;
			case R_SUMMARY:
				if (*rest && c->kind != NK_ROOT && !c->summary)
					c->summary = cut_bytes(cv, rest, PROSE_MAX);
				else if (*rest && !cv->summary)
					cv->summary = cut_bytes(cv, rest, PROSE_MAX);
				break;
			case R_CRITERIA:
				if (*rest)
					add_crit(cv, c, rest);
				break;
			case R_DELIV:
				if (*rest)
					add_deliv_text(cv, c, rest, false);
				else
					deliv_of(cv, holder(cv, c));
				break;
			case R_RES:
				if (*rest) {
					struct res *r = parse_res(cv, &b->in, rat, kind);
					r->line = b->line;
					struct node *hd = c->kind == NK_ROOT ? c : holder(cv, c);
					pvec_push(cv->a, &hd->res, r);
				}
				break;
			case R_TASKS:
				if (*rest) {
					struct inl none = { 0 };
					new_task(cv, c, rest, &none, b->line);
				}
				break;
			default:
				break;
			}
			return;
		}
		if (role == R_TOC || role == R_NOTWORK) {
			if (role == R_NOTWORK) {
				comment(cv, here(cv), "left out: the list under '%s' (line %d): "
						      "it is about the roadmap, not work to tick",
					brief(cv, label), b->line);
				cv->c.notwork++;
			}
			cv->lrole = role;
			return;
		}
		struct node *hn = t->node;
		if (h.unit == MD2YAML_WEEK && !h.len &&
		    (hn->kind == NK_PHASE || hn->kind == NK_ROOT)) {
			cv->lweek = new_week(cv, weeks_home(cv, hn), &h, label, b->line);
			cv->lrole = R_NONE;
			return;
		}
		if (h.unit == MD2YAML_DAY && !h.len) {
			struct inl none = { 0 };
			cv->group = new_task(cv, here(cv), *rest ? rest : label, &none,
					     b->line);
			set_days(cv->group, &h);
			return;
		}
		if (kindl == 1 && !*rest) {
			cv->pending = label;
			cv->pending_opt = text_says_optional(label);
			cv->pending_line = b->line;
			return;
		}
	}
	if (cv->pgoal) {
		set_goal(cv, cv->pgoal, text);
		cv->pgoal = NULL;
		return;
	}
	if (cv->lrole == R_DELIV) {
		add_deliv_text(cv, cv->lnode, text, false);
		return;
	}
	struct node *c = t->role == R_SUMMARY ? t->node : here(cv);
	/* the words with their links' targets: a summary keeps them */
	const char *prose = b->in.text_links ? strip_decoration(cv->a, b->in.text_links)
					     : text;
	if (c->kind == NK_ROOT) {
		if (!cv->summary)
			cv->summary = cut_bytes(cv, prose, PROSE_MAX);
	} else if ((c->kind == NK_PHASE || c->kind == NK_WEEK) && !c->summary) {
		c->summary = cut_bytes(cv, prose, PROSE_MAX);
	}
}

void on_skip(struct conv *cv, struct block *b)
{
	if (top(cv)->skip || b->used)
		return;
	struct node *c = here(cv);
	if (b->sk == SK_HTML && b->info) {
		/* <details><summary>... (optional)</summary>: what it holds
		 * is optional, up to </details> */
		if (!strcmp(b->info, "details")) {
			const char *s = html_text(cv->a, b->html, "summary");
			if (s && text_says_optional(s)) {
				cv->details_optional = true;
				comment(cv, c, "guessed: the tasks under '%s' (line %d) are "
					       "optional, as its summary says",
					brief(cv, s), b->line);
				return;
			}
		}
		if (!strcmp(b->info, "/details") && cv->details_optional) {
			cv->details_optional = false;
			return;
		}
		/* <p align="center">A month of Rust</p> before any heading:
		 * the plan's summary */
		const char *t;
		if (!strcmp(b->info, "p") && c->kind == NK_ROOT && !cv->summary &&
		    (t = html_text(cv->a, b->html, "p"))) {
			cv->summary = cut_bytes(cv, t, PROSE_MAX);
			return;
		}
	}
	if (b->sk == SK_CODE) {
		cv->c.code++;
		comment(cv, c, "left out: a code block%s%s%s (%d line%s) at line %d%s",
			b->info ? " (" : "", b->info ? b->info : "",
			b->info ? ")" : "", b->nlines, b->nlines == 1 ? "" : "s",
			b->line,
			b->unclosed ? ": it is never closed, so the rest of the file "
				      "is code"
				    : "");
	} else if (!strcmp(b->info, "!--")) {
		cv->c.html++;
		comment(cv, c, "left out: an HTML comment (%d line%s) at line %d",
			b->nlines, b->nlines == 1 ? "" : "s", b->line);
	} else {
		cv->c.html++;
		comment(cv, c, "left out: HTML (<%s>, %d line%s) at line %d",
			b->info, b->nlines, b->nlines == 1 ? "" : "s", b->line);
	}
}
