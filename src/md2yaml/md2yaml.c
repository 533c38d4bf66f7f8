/*
 * The Markdown, read as GitHub reads it: cmark-gfm (CommonMark with the
 * table, task list, strikethrough and autolink extensions) parses the text,
 * and this file walks the syntax tree into md2yaml's blocks (internal.h):
 * headings, list items with their depth and checkbox, paragraphs, block
 * quotes, tables, and what a plan cannot hold (code, HTML). Inline content
 * becomes words plus links: emphasis, code spans and character references
 * are cmark-gfm's business, not ours.
 *
 * The only file of stride that includes cmark-gfm's headers.
 *
 * Two kinds of code block are read as Markdown after all: one whose
 * language is md, markdown or gfm, and one that is only a list (perhaps
 * after a comment line naming it: "// Learning Objectives"), which people
 * use to keep a list's layout. Their lines keep the file's line numbers.
 */
#include "internal.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

/* How deep Markdown read from code blocks may nest in itself. */
#define NEST_MAX 4

struct reader {
	struct arena *a;
	struct pvec *blocks;
	const char *src;   /* the text this tree was parsed from */
	size_t len;
	size_t *lines;	   /* where each of its lines begins */
	size_t nlines;
	int base;	   /* its line 1 is the file's line base + 1 */
	int nest;
};

const char *mdtree_fold(struct arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n + 1);
	size_t o = 0;
	bool space = false;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
		/* a no-break space (U+00A0, U+202F) is a space */
		if (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] == 0xA0) {
			ws = true;
			k++;
		} else if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 &&
			   (unsigned char)s[k + 2] == 0xAF) {
			ws = true;
			k += 2;
		}
		if (ws) {
			space = o > 0;
			continue;
		}
		/* control characters a plan may not hold (cmark-gfm decodes
		 * "&#1;" to U+0001): dropped */
		if (c < 0x20 || c == 0x7F)
			continue;
		if (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] >= 0x80 &&
		    (unsigned char)s[k + 1] <= 0x9F) {
			k++;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = false;
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return out;
}

static bool is_type(cmark_node *n, const char *name)
{
	return !strcmp(cmark_node_get_type_string(n), name);
}

/* A link's destination, NULL when it has none or only an in-page one
 * ("#..."); control characters left out (an entity such as &#1; decodes
 * to one, and a plan's text may hold none). In the reader's arena. */
static const char *link_url(struct reader *rd, cmark_node *n)
{
	const char *u = cmark_node_get_url(n);
	if (!u || !*u)
		return NULL;
	char *out = arena_strdup(rd->a, u), *w = out;
	for (const char *p = u; *p; p++)
		if ((unsigned char)*p >= 0x20 && *p != 0x7f)
			*w++ = *p;
	*w = '\0';
	return *out ? out : NULL;
}

/* The words of an inline subtree into b; its links and images into in. */
static void inline_text(struct reader *rd, cmark_node *n, struct buf *b,
			struct inl *in)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_CODE: {
		const char *s = cmark_node_get_literal(n);
		if (s)
			buf_str(b, s);
		return;
	}
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
	case CMARK_NODE_HTML_INLINE:
		buf_ch(b, ' ');
		return;
	case CMARK_NODE_IMAGE:
		in->images++;
		return;
	case CMARK_NODE_FOOTNOTE_REFERENCE:
		return;
	case CMARK_NODE_LINK: {
		const char *u = link_url(rd, n);
		for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c))
			inline_text(rd, c, b, in);
		if (u && u[0] != '#')
			pvec_push(rd->a, &in->urls, (void *)u);
		return;
	}
	default:
		for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c))
			inline_text(rd, c, b, in);
		return;
	}
}

struct segs {
	struct seg *v;
	size_t n, cap;
};

static void seg_add(struct segs *sv, enum seg_kind k, const char *text,
		    const char *url)
{
	sv->v = xgrow(sv->v, &sv->cap, sv->n + 1, sizeof(*sv->v));
	sv->v[sv->n++] = (struct seg){ k, text, url };
}

/*
 * The inline content of the blocks first..last (siblings: the paragraphs
 * of an item; a heading, a paragraph or a table cell alone), with a space
 * between blocks; only inline-holding blocks are read.
 */
static void read_inlines(struct reader *rd, cmark_node *first, cmark_node *last,
			 struct inl *in)
{
	memset(in, 0, sizeof(*in));
	struct segs sv = { 0 };
	struct buf all = { 0 }, cur = { 0 }, allx = { 0 };
	buf_need(&all, 0);
	buf_need(&cur, 0);
	buf_need(&allx, 0);
	for (cmark_node *blk = first; blk; blk = cmark_node_next(blk)) {
		cmark_node_type bt = cmark_node_get_type(blk);
		if (bt == CMARK_NODE_PARAGRAPH || bt == CMARK_NODE_HEADING ||
		    is_type(blk, "table_cell")) {
			if (blk != first)
				buf_ch(&cur, ' ');
			for (cmark_node *c = cmark_node_first_child(blk); c;
			     c = cmark_node_next(c)) {
				cmark_node_type t = cmark_node_get_type(c);
				if (t != CMARK_NODE_STRONG && t != CMARK_NODE_LINK) {
					inline_text(rd, c, &cur, in);
					continue;
				}
				if (cur.n) {
					seg_add(&sv, SEG_TEXT, arena_strndup(rd->a, cur.p, cur.n), NULL);
					buf_add(&all, cur.p, cur.n);
					buf_add(&allx, cur.p, cur.n);
					cur.n = 0;
				}
				size_t urls_before = in->urls.n;
				inline_text(rd, c, &cur, in);
				const char *u = t == CMARK_NODE_LINK ? link_url(rd, c) : NULL;
				seg_add(&sv, t == CMARK_NODE_LINK ? SEG_LINK : SEG_STRONG,
					arena_strndup(rd->a, cur.p, cur.n), u);
				buf_add(&all, cur.p, cur.n);
				buf_add(&allx, cur.p, cur.n);
				/* the links in it, unless its words are the link */
				for (size_t k = urls_before; k < in->urls.n; k++) {
					const char *x = in->urls.v[k];
					if (strlen(x) == cur.n && !memcmp(x, cur.p, cur.n))
						continue;
					buf_fmt(&allx, " (%s)", x);
				}
				cur.n = 0;
			}
		}
		if (blk == last)
			break;
	}
	if (cur.n) {
		seg_add(&sv, SEG_TEXT, arena_strndup(rd->a, cur.p, cur.n), NULL);
		buf_add(&all, cur.p, cur.n);
		buf_add(&allx, cur.p, cur.n);
	}
	in->text = mdtree_fold(rd->a, all.p, all.n);
	in->text_links = mdtree_fold(rd->a, allx.p, allx.n);
	free(allx.p);
	/* the text is one link to an anchor: a table of contents' line */
	size_t links = 0, words = 0;
	const char *anchor = NULL;
	for (size_t k = 0; k < sv.n; k++) {
		if (sv.v[k].k == SEG_LINK) {
			links++;
			anchor = sv.v[k].url;
		} else if (*mdtree_fold(rd->a, sv.v[k].text, strlen(sv.v[k].text))) {
			words++;
		}
	}
	in->only_anchor = links == 1 && !words && anchor && anchor[0] == '#';
	if (sv.n) {
		in->segs = arena_array(rd->a, sv.n, sizeof(*in->segs));
		memcpy(in->segs, sv.v, sv.n * sizeof(*sv.v));
		in->nsegs = sv.n;
	}
	free(sv.v);
	free(all.p);
	free(cur.p);
}

static struct block *new_block(struct reader *rd, enum btype t, cmark_node *n)
{
	struct block *b = arena_alloc(rd->a, sizeof(*b));
	b->t = t;
	b->line = rd->base + cmark_node_get_start_line(n);
	pvec_push(rd->a, rd->blocks, b);
	return b;
}

/* Line l (1-based) of the reader's text, without its line end. */
static const char *line_at(const struct reader *rd, int l, size_t *n)
{
	if (l < 1 || (size_t)l > rd->nlines) {
		*n = 0;
		return "";
	}
	size_t at = rd->lines[l - 1];
	const char *s = rd->src + at;
	const char *e = memchr(s, '\n', rd->len - at);
	*n = e ? (size_t)(e - s) : rd->len - at;
	return s;
}

static void read_one(struct reader *rd, cmark_node *c, int depth);
static void read_markdown(struct reader *rd, const char *text, size_t len,
			  int base);

/* A list marker at the start of p: its length with the space after. */
static size_t list_marker(const char *p, size_t n)
{
	size_t k = 0;
	if (n && (p[0] == '-' || p[0] == '*' || p[0] == '+')) {
		k = 1;
	} else {
		while (k < n && k < 9 && ascii_digit(p[k]))
			k++;
		if (!k || k >= n || (p[k] != '.' && p[k] != ')'))
			return 0;
		k++;
	}
	if (k < n && !is_ws(p[k]))
		return 0;
	return k;
}

/* A code block that is only a list, perhaps after one comment line: true,
 * with *header the comment line's offset (or SIZE_MAX) and *body where
 * the list begins. */
static bool code_is_list(const char *s, size_t *header, size_t *hlen,
			 size_t *body)
{
	size_t items = 0;
	*header = SIZE_MAX;
	*body = 0;
	for (size_t i = 0; s[i];) {
		size_t e = i;
		while (s[e] && s[e] != '\n')
			e++;
		size_t a = i;
		while (a < e && is_ws(s[a]))
			a++;
		const char *p = s + a;
		size_t n = e - a;
		if (n && list_marker(p, n)) {
			items++;
		} else if (n && !items && *header == SIZE_MAX &&
			   ((n >= 2 && p[0] == '/' && p[1] == '/') || p[0] == '#' ||
			    (n >= 2 && p[0] == '-' && p[1] == '-'))) {
			*header = a;
			*hlen = n;
			*body = s[e] ? e + 1 : e;
		} else if (n) {
			return false;
		}
		i = s[e] ? e + 1 : e;
	}
	return items >= 2;
}

static void read_code(struct reader *rd, cmark_node *n)
{
	const char *lit = cmark_node_get_literal(n);
	if (!lit)
		lit = "";
	int flen = 0, foff = 0;
	char fch = 0;
	bool fenced = cmark_node_get_fenced(n, &flen, &foff, &fch) != 0;
	int start = cmark_node_get_start_line(n), end = cmark_node_get_end_line(n);
	/* the info string: its first word, lower case */
	const char *info = fenced ? cmark_node_get_fence_info(n) : NULL;
	char word[32];
	size_t il = 0;
	for (; info && info[il] && !is_ws(info[il]) && il < 24; il++) {
		unsigned char c = (unsigned char)info[il];
		word[il] = (char)(c < 0x80 && c > 0x20 ? ascii_lower(c) : '?');
	}
	word[il] = '\0';
	bool unclosed = false;
	if (fenced) {
		size_t ln;
		const char *l = line_at(rd, end, &ln);
		size_t k = 0, run = 0;
		while (k < ln && l[k] == ' ')
			k++;
		while (k < ln && l[k] == fch) {
			k++;
			run++;
		}
		while (k < ln && is_ws(l[k]))
			k++;
		unclosed = end == start || run < (size_t)flen || k != ln;
	}
	if (rd->nest < NEST_MAX && !unclosed &&
	    (!strcmp(word, "md") || !strcmp(word, "markdown") || !strcmp(word, "gfm"))) {
		read_markdown(rd, lit, strlen(lit), rd->base + start);
		return;
	}
	size_t header, hlen = 0, body;
	if (rd->nest < NEST_MAX && !unclosed && code_is_list(lit, &header, &hlen, &body)) {
		if (header != SIZE_MAX) {
			const char *h = lit + header;
			size_t hn = hlen;
			int hl = 1;
			for (size_t k = 0; k < header; k++)
				hl += lit[k] == '\n';
			while (hn && (*h == '/' || *h == '#' || *h == '-' || is_ws(*h))) {
				h++;
				hn--;
			}
			if (hn) {
				/* the comment line names the list, as a bold label would */
				struct block *b = new_block(rd, BT_PARA, n);
				b->line = rd->base + start + hl;
				const char *t = mdtree_fold(rd->a, h, hn);
				b->in.text = t;
				b->in.segs = arena_alloc(rd->a, sizeof(*b->in.segs));
				b->in.segs[0] = (struct seg){ SEG_STRONG, t, NULL };
				b->in.nsegs = 1;
			}
		}
		int skipped = 0;
		for (size_t k = 0; k < body; k++)
			skipped += lit[k] == '\n';
		struct buf t = { 0 };
		buf_need(&t, 0);
		/* the list's own indentation is kept, less what all its lines
		 * share (a list indented four columns is still a list here) */
		size_t common = SIZE_MAX;
		for (int pass = 0; pass < 2; pass++) {
			for (const char *p = lit + body; *p;) {
				const char *e = strchr(p, '\n');
				size_t ln = e ? (size_t)(e - p) : strlen(p);
				size_t a = 0, col = 0;
				for (; a < ln && (p[a] == ' ' || p[a] == '\t'); a++)
					col = p[a] == '\t' ? col + 4 - col % 4 : col + 1;
				if (pass == 0 && a < ln && col < common)
					common = col;
				if (pass == 1) {
					for (size_t k = common; a < ln && k < col; k++)
						buf_ch(&t, ' ');
					buf_add(&t, p + a, ln - a);
					buf_ch(&t, '\n');
				}
				p = e ? e + 1 : p + ln;
			}
		}
		read_markdown(rd, t.p, t.n, rd->base + start + skipped);
		free(t.p);
		return;
	}
	if (!fenced) {
		/* text indented four spaces: GitHub shows it as code, but a
		 * README that does it sets prose apart ("Everything below
		 * this point is optional"): read as paragraphs */
		int l = 0;
		for (const char *p = lit; *p;) {
			while (*p == '\n') {
				p++;
				l++;
			}
			if (!*p)
				break;
			const char *e = strstr(p, "\n\n");
			size_t len = e ? (size_t)(e - p) : strlen(p);
			struct block *q = new_block(rd, BT_PARA, n);
			q->line += l;
			q->in.text = mdtree_fold(rd->a, p, len);
			q->in.segs = arena_alloc(rd->a, sizeof(*q->in.segs));
			q->in.segs[0] = (struct seg){ SEG_TEXT, q->in.text, NULL };
			q->in.nsegs = 1;
			for (size_t k = 0; k < len; k++)
				l += p[k] == '\n';
			p += len;
		}
		return;
	}
	struct block *b = new_block(rd, BT_SKIP, n);
	b->sk = SK_CODE;
	b->info = il ? arena_strdup(rd->a, word) : NULL;
	b->nlines = fenced ? (unclosed ? end - start : end - start - 1) : end - start + 1;
	if (b->nlines < 0)
		b->nlines = 0;
	b->unclosed = unclosed;
}

static void read_html(struct reader *rd, cmark_node *n)
{
	const char *p = cmark_node_get_literal(n);
	if (!p)
		p = "";
	struct block *b = new_block(rd, BT_SKIP, n);
	b->sk = SK_HTML;
	b->html = arena_strdup(rd->a, p);
	b->nlines = cmark_node_get_end_line(n) - cmark_node_get_start_line(n) + 1;
	if (!strncmp(p, "<!--", 4)) {
		b->info = arena_strdup(rd->a, "!--");
		return;
	}
	char tag[16];
	size_t k = 1, t = 0;
	bool close = p[0] && p[1] == '/';
	if (p[0] && (p[1] == '/' || p[1] == '!'))
		k++;
	while (p[0] && t < sizeof(tag) - 1 &&
	       (ascii_alpha((unsigned char)p[k]) || ascii_digit((unsigned char)p[k])))
		tag[t++] = (char)ascii_lower((unsigned char)p[k++]);
	tag[t] = '\0';
	b->info = t ? arena_printf(rd->a, "%s%s", close ? "/" : "", tag)
		    : arena_strdup(rd->a, "?");
}

static void read_table(struct reader *rd, cmark_node *n)
{
	struct block *b = new_block(rd, BT_TABLE, n);
	b->ncols = cmark_gfm_extensions_get_table_columns(n);
	for (cmark_node *r = cmark_node_first_child(n); r; r = cmark_node_next(r))
		b->nrows++;
	size_t cells = b->nrows * (b->ncols ? b->ncols : 1);
	b->rows = arena_array(rd->a, b->nrows ? b->nrows : 1, sizeof(*b->rows));
	b->cell_urls = arena_array(rd->a, cells ? cells : 1, sizeof(*b->cell_urls));
	size_t r = 0;
	for (cmark_node *row = cmark_node_first_child(n); row;
	     row = cmark_node_next(row), r++) {
		char **cv = arena_array(rd->a, b->ncols ? b->ncols : 1, sizeof(*cv));
		size_t c = 0;
		for (cmark_node *cell = cmark_node_first_child(row); cell && c < b->ncols;
		     cell = cmark_node_next(cell), c++) {
			struct inl in;
			read_inlines(rd, cell, cell, &in);
			cv[c] = (char *)in.text;
			struct pvec *u = arena_alloc(rd->a, sizeof(*u));
			*u = in.urls;
			b->cell_urls[r * b->ncols + c] = u;
		}
		for (; c < b->ncols; c++) {
			cv[c] = (char *)"";
			struct pvec *u = arena_alloc(rd->a, sizeof(*u));
			b->cell_urls[r * b->ncols + c] = u;
		}
		b->rows[r] = cv;
	}
}

/* All the words under n (a block quote), as one paragraph. */
static void quote_text(struct reader *rd, cmark_node *n, struct buf *b,
		       struct inl *in)
{
	for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
		cmark_node_type t = cmark_node_get_type(c);
		if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) {
			struct inl one;
			read_inlines(rd, c, c, &one);
			if (b->n)
				buf_ch(b, ' ');
			buf_str(b, one.text);
			in->images += one.images;
		} else {
			quote_text(rd, c, b, in);
		}
	}
}

static void read_item(struct reader *rd, cmark_node *item, int depth)
{
	cmark_node *c0 = cmark_node_first_child(item);
	/* "- ## Heading" and what follows it: blocks of their own */
	if (c0 && cmark_node_get_type(c0) == CMARK_NODE_HEADING) {
		for (cmark_node *c = c0; c; c = cmark_node_next(c))
			read_one(rd, c, depth + 1);
		return;
	}
	cmark_node *first = NULL, *last = NULL;
	for (cmark_node *c = c0; c; c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
			if (!first)
				first = c;
			last = c;
		}
	}
	struct block *b = new_block(rd, BT_ITEM, item);
	b->indent = depth;
	if (is_type(item, "tasklist"))
		b->check = cmark_gfm_extensions_get_tasklist_item_checked(item) ? 2 : 1;
	if (first)
		read_inlines(rd, first, last, &b->in);
	else
		b->in.text = "";
	const char *t = b->in.text;
	if (!b->check && t[0] == '[' && (t[1] == ' ' || t[1] == 'x' || t[1] == 'X') &&
	    t[2] == ']' && !t[3]) {
		/* "- [ ]" with nothing after it */
		b->check = t[1] == ' ' ? 1 : 2;
		b->in.text = "";
	}
	for (cmark_node *c = c0; c; c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH)
			read_one(rd, c, depth + 1); /* a list, a code block, a quote */
	}
}

/* One block; depth is that of the list items it holds. */
static void read_one(struct reader *rd, cmark_node *c, int depth)
{
	switch (cmark_node_get_type(c)) {
	case CMARK_NODE_HEADING: {
		struct block *b = new_block(rd, BT_HEAD, c);
		b->level = cmark_node_get_heading_level(c);
		read_inlines(rd, c, c, &b->in);
		return;
	}
	case CMARK_NODE_PARAGRAPH: {
		struct block *b = new_block(rd, BT_PARA, c);
		read_inlines(rd, c, c, &b->in);
		return;
	}
	case CMARK_NODE_LIST:
		for (cmark_node *it = cmark_node_first_child(c); it; it = cmark_node_next(it))
			read_item(rd, it, depth);
		return;
	case CMARK_NODE_BLOCK_QUOTE: {
		struct block *b = new_block(rd, BT_PARA, c);
		b->quote = true;
		struct buf t = { 0 };
		buf_need(&t, 0);
		quote_text(rd, c, &t, &b->in);
		b->in.text = mdtree_fold(rd->a, t.p, t.n);
		free(t.p);
		return;
	}
	case CMARK_NODE_CODE_BLOCK:
		read_code(rd, c);
		return;
	case CMARK_NODE_HTML_BLOCK:
		read_html(rd, c);
		return;
	default:
		if (is_type(c, "table"))
			read_table(rd, c);
		return;
	}
}

static void read_blocks(struct reader *rd, cmark_node *parent, int depth)
{
	for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c))
		read_one(rd, c, depth);
}

static cmark_parser *new_parser(void)
{
	static const char *const exts[] = { "table", "tasklist", "strikethrough",
					    "autolink" };
	cmark_gfm_core_extensions_ensure_registered();
	cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
	if (!p)
		util_out_of_memory();
	for (size_t i = 0; i < ARRAY_SIZE(exts); i++) {
		cmark_syntax_extension *e = cmark_find_syntax_extension(exts[i]);
		if (e)
			cmark_parser_attach_syntax_extension(p, e);
	}
	return p;
}

static void read_markdown(struct reader *up, const char *text, size_t len,
			  int base)
{
	struct reader rd = { .a = up->a, .blocks = up->blocks, .src = text,
			     .len = len, .base = base, .nest = up->nest + 1 };
	size_t cap = 0;
	for (size_t i = 0; i < len;) {
		rd.lines = xgrow(rd.lines, &cap, rd.nlines + 1, sizeof(*rd.lines));
		rd.lines[rd.nlines++] = i;
		const char *e = memchr(text + i, '\n', len - i);
		i = e ? (size_t)(e - text) + 1 : len;
	}
	cmark_parser *p = new_parser();
	cmark_parser_feed(p, text, len);
	cmark_node *doc = cmark_parser_finish(p);
	if (!doc)
		util_out_of_memory();
	read_blocks(&rd, doc, 0);
	cmark_node_free(doc);
	cmark_parser_free(p);
	free(rd.lines);
}

void mdtree_read(struct arena *a, const char *text, size_t len,
		 struct pvec *blocks)
{
	struct reader top = { .a = a, .blocks = blocks, .nest = -1 };
	read_markdown(&top, text, len, 0);
}
