/*
 * md2yaml: md2yaml_convert(): clean text, blocks (md2yaml.c), the tree (build.c,
 * tables.c), the passes (passes.c) and the YAML (emit.c); the summary line.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- the conversion ------------------------------------------------------------ */

static void build(struct conv *cv, struct pvec *blocks)
{
	int h1s = 0;
	for (size_t i = 0; i < blocks->n; i++) {
		struct block *b = blocks->v[i];
		h1s += b->t == BT_HEAD && b->level == 1;
		cv->c.md_headings += b->t == BT_HEAD;
		cv->c.md_items += b->t == BT_ITEM;
		cv->c.md_rows += b->t == BT_TABLE && b->nrows ? b->nrows - 1 : 0;
	}
	/* no Markdown title: an HTML heading (<h1>, else <h2> or <h3>, as a
	 * banner has) before the first Markdown heading is one */
	for (size_t i = 0; i < blocks->n && h1s != 1; i++) {
		struct block *b = blocks->v[i];
		if (b->t == BT_HEAD)
			break;
		const char *t = NULL;
		if (b->t == BT_SKIP && b->sk == SK_HTML &&
		    ((t = html_text(cv->a, b->html, "h1")) ||
		     (t = html_text(cv->a, b->html, "h2")) ||
		     (t = html_text(cv->a, b->html, "h3")) ||
		     (i == 0 && (t = html_img_alt(cv->a, b->html))))) {
			cv->title = t;
			cv->title_taken = true;
			cv->year = year_in(t);
			b->used = true;
			comment(cv, &cv->root, "guessed: the title comes from the HTML "
					       "heading at line %d",
				b->line);
			break;
		}
	}
	/* several level-one headings: the first is the title when it opens
	 * the file, holds no list or table of its own and names no section
	 * ("# Rust in 30 Days", then "# Part 1", "# Part 2") */
	for (size_t i = 0; i < blocks->n && h1s > 1 && !cv->title_taken; i++) {
		struct block *b = blocks->v[i];
		if (b->t != BT_HEAD)
			continue;
		if (b->level != 1)
			break;
		bool own = false;
		for (size_t k = i + 1; k < blocks->n && !own; k++) {
			const struct block *x = blocks->v[k];
			if (x->t == BT_HEAD)
				break;
			own = x->t == BT_ITEM || x->t == BT_TABLE;
		}
		const char *t = strip_decoration(cv->a, b->in.text);
		enum plan_resource_kind kind;
		struct md2yaml_heading h;
		md2yaml_heading(t, 0, &h);
		if (!own && has_words(t) && role_of(t, &kind) == R_NONE &&
		    (h.unit == MD2YAML_NONE || h.len)) {
			cv->title = t;
			cv->title_taken = true;
			cv->year = year_in(t);
			b->used = true;
		}
		break;
	}
	/* the title's year completes dates written without one */
	for (size_t i = 0; i < blocks->n; i++) {
		struct block *b = blocks->v[i];
		if (b->t != BT_HEAD)
			continue;
		if (b->level == 1 && h1s == 1) {
			const char *t = b->in.text;
			cv->year = year_in(t);
			cv->log = strstr(t, "Log") || strstr(t, "log ") ||
				  (strlen(t) >= 3 && !strcmp(t + strlen(t) - 3, "log"));
			int s, e;
			bool ny;
			if (md2yaml_dates(t, cv->year, &s, &e, &ny) && e > s) {
				cv->pstart = s;
				cv->pend = e;
			}
		}
		break;
	}
	for (size_t i = 0; i < blocks->n; i++) {
		struct block *b = blocks->v[i];
		switch (b->t) {
		case BT_HEAD: on_heading(cv, b, h1s); break;
		case BT_ITEM: on_item(cv, b); break;
		case BT_PARA: on_para(cv, b); break;
		case BT_TABLE: on_table(cv, b); break;
		case BT_SKIP: on_skip(cv, b); break;
		}
	}
}

static void finish(struct conv *cv)
{
	struct node *root = &cv->root;
	place_root_comments(cv);
	for (size_t i = cv->tables.n; i-- > 0;)
		apply_table(cv, cv->tables.v[i]);
	dissolve_wrappers(cv, root);
	hoist_week_roles(cv, root);
	/* list items before the first heading, without a checkbox, while the
	 * headings hold the plan: badges, links, translations */
	struct pvec out = { 0 };
	size_t real = 0;
	for (size_t i = 0; i < root->phases.n; i++) {
		struct node *p = root->phases.v[i];
		real += !(p->synthetic && p->tasks.n && !p->weeks.n);
	}
	for (size_t i = 0; i < root->phases.n; i++) {
		struct node *p = root->phases.v[i];
		if (p->synthetic && !p->weeks.n && real && !has_checklist(p) &&
		    !p->crit.n && !p->deliv && !p->res.n) {
			cv->c.headings++;
			comment(cv, root, "left out: %zu list item%s before the first "
					  "heading (line %d): no checkboxes among them",
				p->tasks.n, p->tasks.n == 1 ? "" : "s",
				p->tasks.n ? ((struct node *)p->tasks.v[0])->line : 0);
			struct cnote *c = root->notes_c.v[root->notes_c.n - 1];
			c->at = out.n;
			continue;
		}
		pvec_push(cv->a, &out, p);
	}
	root->phases = out;
	place_root_comments(cv);
	flatten_groups(cv, root);
	match_checklists(cv, root);
	if (!cv->title)
		cv->title = base_name(cv, cv->name);
	bool any = false;
	for (size_t i = 0; i < root->phases.n && !any; i++)
		any = has_content(root->phases.v[i]);
	if (any)
		drop_empty(cv, root);
	place_root_comments(cv);
	if (!root->phases.n) {
		struct node *p = new_phase(cv, root, cv->title, 0, NULL);
		precomment(cv, p, "note: the Markdown has no headings or list "
				  "items to make phases and tasks of");
	}
	name_synthetic(cv, root);
	date_weeks(cv, root);
	int pos[2] = { 0, 0 };
	chain_durations(cv, root, pos);
}


int md2yaml_convert(const char *name, const char *md, size_t len,
		    struct md2yaml_result *out, char *err, size_t errlen)
{
	*out = (struct md2yaml_result){ 0 };
	if (len > MD2YAML_MAX_BYTES) {
		snprintf(err, errlen,
			 "it is %zu bytes, more than the %zu MiB md2yaml reads: "
			 "split it, or convert the part that is the plan",
			 len, MD2YAML_MAX_BYTES >> 20);
		return -1;
	}
	struct conv cv = { .name = name ? name : "<stdin>" };
	size_t n;
	char *text = clean_text(md, len, &n, &cv.c, err, errlen);
	if (!text)
		return -1;
	size_t blank = 0;
	while (blank < n && is_ws(text[blank]))
		blank++;
	if (blank == n) {
		free(text);
		snprintf(err, errlen, "it is empty: write the roadmap's headings "
				      "and lists first");
		return -1;
	}
	cv.a = arena_new();
	cv.ids = md2yaml_ids_new();
	cv.root.kind = NK_ROOT;
	cv.root.start = cv.root.end = CALENDAR_NONE;
	cv.pstart = cv.pend = CALENDAR_NONE;
	cv.fr[0] = (struct frame){ .level = 0, .node = &cv.root };
	cv.nfr = 1;
	cv.ilabel_indent = -1;
	struct pvec blocks = { 0 };
	mdtree_read(cv.a, text, n, &blocks);
	build(&cv, &blocks);
	finish(&cv);
	struct buf yaml = { 0 };
	emit_all(&cv, &yaml);
	free(text);
	free(cv.ls);
	out->counts = cv.c;
	md2yaml_ids_free(cv.ids);
	arena_free(cv.a);
	if (yaml.n > LOADER_MAX_BYTES) {
		snprintf(err, errlen,
			 "the draft would be %zu bytes, more than the 64 MiB a plan "
			 "may have: split the Markdown",
			 yaml.n);
		free(yaml.p);
		*out = (struct md2yaml_result){ 0 };
		return -1;
	}
	out->yaml = yaml.p;
	out->len = yaml.n;
	return 0;
}

void md2yaml_result_done(struct md2yaml_result *r)
{
	free(r->yaml);
	*r = (struct md2yaml_result){ 0 };
}

static void count_part(struct buf *b, bool *first, size_t n, const char *one,
		       const char *many)
{
	if (!n)
		return;
	buf_fmt(b, "%s%zu %s", *first ? "" : ", ", n, n == 1 ? one : many);
	*first = false;
}

char *md2yaml_summary(const struct md2yaml_counts *c)
{
	struct buf b = { 0 };
	buf_fmt(&b, "%zu phase%s, %zu week block%s, %zu task%s", c->phases,
		c->phases == 1 ? "" : "s", c->weeks, c->weeks == 1 ? "" : "s",
		c->tasks, c->tasks == 1 ? "" : "s");
	if (c->done)
		buf_fmt(&b, " (%zu ticked)", c->done);
	buf_fmt(&b, ", %zu criteri%s, %zu deliverable%s, %zu resource%s",
		c->criteria, c->criteria == 1 ? "on" : "a", c->deliverables,
		c->deliverables == 1 ? "" : "s", c->resources,
		c->resources == 1 ? "" : "s");
	if (c->habits)
		buf_fmt(&b, ", %zu habit%s", c->habits, c->habits == 1 ? "" : "s");
	if (c->code || c->html || c->tables || c->images || c->headings ||
	    c->empty_items || c->notwork) {
		bool first = true;
		buf_str(&b, "; left out: ");
		count_part(&b, &first, c->code, "code block", "code blocks");
		count_part(&b, &first, c->html, "HTML block", "HTML blocks");
		count_part(&b, &first, c->tables, "table", "tables");
		count_part(&b, &first, c->images, "image", "images");
		count_part(&b, &first, c->headings, "heading with nothing to tick",
			   "headings with nothing to tick");
		count_part(&b, &first, c->empty_items, "empty or in-page link item",
			   "empty or in-page link items");
		count_part(&b, &first, c->notwork, "section or item that is not work",
			   "sections or items that are not work");
	}
	if (c->bad_bytes)
		buf_fmt(&b, "; %zu bad byte%s replaced", c->bad_bytes,
			c->bad_bytes == 1 ? "" : "s");
	if (c->controls)
		buf_fmt(&b, "; %zu control character%s dropped", c->controls,
			c->controls == 1 ? "" : "s");
	if (c->guesses)
		buf_fmt(&b, "; %zu guess%s marked '# guessed:'", c->guesses,
			c->guesses == 1 ? "" : "es");
	return b.p;
}

char *md2yaml_shortfall(const struct md2yaml_counts *c)
{
	/* habits are work to tick too */
	size_t units = c->md_items + c->md_rows, work = c->tasks + c->habits;
	if (work && (units < 8 || work * 4 >= units))
		return NULL;
	struct buf b = { 0 };
	if (work)
		buf_fmt(&b, "the draft has %zu task%s for the Markdown's", work,
			work == 1 ? "" : "s");
	else
		buf_str(&b, "the draft has no tasks: the Markdown has");
	buf_fmt(&b, " %zu heading%s, %zu list item%s and %zu table row%s",
		c->md_headings, c->md_headings == 1 ? "" : "s", c->md_items,
		c->md_items == 1 ? "" : "s", c->md_rows, c->md_rows == 1 ? "" : "s");
	bool first = true;
	struct buf w = { 0 };
	count_part(&w, &first, c->phases, "phase", "phases");
	count_part(&w, &first, c->weeks, "week block", "week blocks");
	count_part(&w, &first, c->criteria, "criterion", "criteria");
	count_part(&w, &first, c->resources, "resource", "resources");
	count_part(&w, &first, c->empty_items, "empty or in-page link item left out",
		   "empty or in-page link items left out");
	count_part(&w, &first, c->tables, "table left out", "tables left out");
	count_part(&w, &first, c->notwork, "section or item that is not work",
		   "sections or items that are not work");
	count_part(&w, &first, c->headings, "heading with nothing to tick",
		   "headings with nothing to tick");
	if (w.p)
		buf_fmt(&b, "; they became %s", w.p);
	free(w.p);
	buf_str(&b, work ? ": check that every task the roadmap names is there"
			     : ": a plan needs tasks to tick; write them as list items "
			       "(\"- [ ] ...\") under the headings");
	return b.p;
}
