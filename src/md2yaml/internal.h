/*
 * What the files of md2yaml share (src/md2yaml/): growing buffers, arrays
 * in the arena, and the blocks that md2yaml.c reads from cmark-gfm's tree
 * and build.c turns into a plan. Not a public interface: nothing outside
 * src/md2yaml/ includes it.
 *
 * The files, one concern each:
 *   md2yaml.c  the only user of cmark-gfm: Markdown (as GitHub reads it)
 *              to blocks with their inline text and links;
 *   clean.c    bytes to clean text (BOM, CRLF, bad UTF-8, mojibake), the
 *              decoration around titles, the text of HTML elements;
 *   dates.c    what a heading names (units, ranges, dates) and the dates
 *              in a task (due dates, days not used);
 *   tree.c     new nodes, comments, titles cut to size;
 *   roles.c    what a section or label is: roles, kinds, not work;
 *   build.c    the blocks to a tree of phases, weeks and tasks;
 *   tables.c   tables: schedules, timelines, course and session tables;
 *   passes.c   passes over the tree (wrappers, empty ones, checklists
 *              that restate headings, dated weeks, durations);
 *   emit.c     the YAML, written by hand (md2yaml_quote), and the ids;
 *   convert.c  md2yaml_convert(), the summary and the shortfall lines.
 */
#ifndef STRIDE_MD2YAML_INTERNAL_H
#define STRIDE_MD2YAML_INTERNAL_H

#include "stride/arena.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- growing buffers (malloc'd; the owner frees b.p) ---------------------- */

struct buf {
	char *p;
	size_t n, cap;
};

static inline void buf_need(struct buf *b, size_t more)
{
	if (more > SIZE_MAX / 4 - b->n)
		util_out_of_memory();
	b->p = xgrow(b->p, &b->cap, b->n + more + 1, 1);
}

static inline void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_need(b, n);
	if (n)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static inline void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static inline void buf_ch(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

static inline void buf_fmt(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static inline void buf_fmt(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_str(b, s);
	free(s);
}

/* ---- arrays of pointers in the arena --------------------------------------- */

struct pvec {
	void **v;
	size_t n, cap;
};

static inline void pvec_push(struct arena *a, struct pvec *pv, void *x)
{
	if (pv->n == pv->cap) {
		size_t cap = pv->cap ? pv->cap * 2 : 4;
		void **v = arena_array(a, cap, sizeof(*v));
		if (pv->n)
			memcpy(v, pv->v, pv->n * sizeof(*v));
		pv->v = v;
		pv->cap = cap;
	}
	pv->v[pv->n++] = x;
}

static inline bool ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool ascii_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline bool is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* ---- blocks, as md2yaml.c reads them from the syntax tree ------------------ */

/* A run of a block's inline text at its top level: plain text (emphasis,
 * code and the like made words), a strong span, or a link. */
enum seg_kind { SEG_TEXT, SEG_STRONG, SEG_LINK };

struct seg {
	enum seg_kind k;
	const char *text; /* its words, as written (spaces not yet folded) */
	const char *url;  /* SEG_LINK: the target, NULL when none */
};

/* A block's inline content. */
struct inl {
	const char *text; /* the words, one space between, "" when none */
	const char *text_links; /* the same with "(url)" after a link's words */
	struct pvec urls; /* link targets in order, not "#..." (arena strings) */
	size_t images;	  /* images left out */
	bool only_anchor; /* the whole text is one link to "#..." */
	struct seg *segs; /* the top-level runs, in order */
	size_t nsegs;
};

enum btype { BT_HEAD, BT_ITEM, BT_PARA, BT_TABLE, BT_SKIP };
enum skipkind { SK_CODE, SK_HTML };

struct block {
	enum btype t;
	int line;
	int level;  /* BT_HEAD: 1-6 */
	int indent; /* BT_ITEM: how deep its list is (0 outermost) */
	int check;  /* BT_ITEM: 0 no box, 1 [ ], 2 [x] */
	bool quote; /* BT_PARA: a block quote */
	struct inl in;
	/* BT_TABLE: rows[0] is the header; cells are their words */
	char ***rows;
	struct pvec **cell_urls; /* [r * ncols + c]: the links of a cell */
	size_t nrows, ncols;
	/* BT_SKIP */
	enum skipkind sk;
	char *info; /* the code block's language, the HTML tag */
	const char *html; /* SK_HTML: the block's text */
	int nlines;
	bool unclosed;
	bool used; /* its text was taken: the plan's title */
};

/*
 * Reads Markdown text (len bytes, clean UTF-8: clean.c) as GitHub does,
 * with cmark-gfm and its table, task list, strikethrough and autolink
 * extensions, and appends its blocks in order to *blocks; everything in
 * arena a.
 */
void mdtree_read(struct arena *a, const char *text, size_t len,
		 struct pvec *blocks);

/* The text of s[0..n) with runs of white space made one space and none at
 * either end: an arena string. */
const char *mdtree_fold(struct arena *a, const char *s, size_t n);


/* ---- the tree and the conversion (shared by the files above) ---- */

/* Longest title before the text is cut into a short title plus notes
 * (characters), and the most a note, goal or summary keeps (bytes). */
#define TITLE_MAX 100
#define TITLE_CUT 80
#define NOTES_MAX 4096
#define PROSE_MAX 2000
/* Tasks nest at most this deep (the loader's limit). */
#define TASK_DEPTH LOADER_MAX_NESTING
/* Tokens of a heading looked at for what it names. */
#define TOKENS_MAX 256


enum tk {
	TK_END, TK_NUM, TK_WORD, TK_DASH, TK_ARROW, TK_COMMA, TK_OPEN,
	TK_CLOSE, TK_PLUS, TK_COLON, TK_DOT, TK_HASH, TK_AMP, TK_SYM,
};

struct tok {
	enum tk t;
	size_t off, end;  /* bytes of the text it spans */
	long num;         /* TK_NUM: its value, -1 when over 6 digits */
	int digits;
	char w[24];       /* TK_WORD: lowercase, cut at 23 letters */
	size_t wlen;      /* the word's full length */
};



enum nkind { NK_ROOT, NK_PHASE, NK_WEEK, NK_TASK };

/* What a section or a bold label says its list is. */
enum role {
	R_NONE, R_TASKS, R_CRITERIA, R_DELIV, R_RES, R_GOAL, R_SUMMARY, R_TOC,
	R_NOTWORK, /* about the project, not work: team, licence, rules */
};

enum { ROLE_BIT_DELIV = 1, ROLE_BIT_CRIT = 2, ROLE_BIT_RES = 4 };

struct res {
	const char *id, *title, *by, *url, *notes;
	enum plan_resource_kind kind;
	bool dropped, quoted;
	bool labelled; /* began with a kind label: "**Book**:", "Course:" */
	int line;
	struct res *canon; /* the library entry it became */
};

struct deliv {
	const char *title, *summary, *id;
	struct pvec crit; /* const char * */
};

struct node {
	enum nkind kind;
	int line;
	const char *title;  /* phases, tasks: the heading or item text */
	const char *wtitle; /* week blocks: the title without "Week N:" */
	const char *id, *notes, *summary, *goal;
	struct node *parent;
	struct pvec phases, weeks, tasks; /* struct node * */
	struct pvec crit;		  /* const char * */
	struct deliv *deliv;
	struct pvec res;   /* struct res * */
	struct pvec notes_c; /* struct cnote *: comments among the tasks */
	struct pvec pre;   /* const char *: comments before the item */
	struct md2yaml_heading h;
	int week_from, week_to;		/* week blocks */
	int days_from, days_to, weekday; /* tasks; weekday -1 when none */
	int start, end;			/* CALENDAR_NONE when none */
	int due;			/* tasks: a deadline, CALENDAR_NONE when none */
	bool heading_task;		/* a task made from a heading: text below is its notes */
	bool dated_by_weeks;		/* phases: start from a week heading's dates */
	int dur;
	char dur_unit;
	bool done, optional, synthetic, label_group;
	bool checklist; /* a task from a `- [ ]` item */
	char every[48];	/* tasks: how often its words say it recurs ("" none) */
	int every_minutes; /* and how long each time, 0 when they do not say */
	int late;	/* role bits a label added after the block's tasks */
	int roles;	/* role bits present */
};

/* A comment written before the at'th task of its node (or, for the root,
 * before its at'th phase). */
struct cnote {
	size_t at;
	const char *text;
	bool moved; /* at was shifted by a flattened group */
};

struct frame {
	int level;
	struct node *node;
	enum role role;
	enum plan_resource_kind kind;
	bool optional, skip;
};

struct lent {
	int indent;
	struct node *task; /* the task an item became (or its parent's) */
	struct res *res;
	bool crit;
};

struct table_use {
	struct block *b;
	struct node *parent; /* where the table was */
	size_t at;	     /* its place among the parent's phases */
	int year;
};

struct conv {
	struct arena *a;
	struct md2yaml_ids *ids;
	struct md2yaml_counts c;
	const char *name;
	const char *title, *summary;
	int year, pstart, pend;
	int year_seen; /* the last year a heading or label named */
	bool log;      /* the title says the file is a log: its days are done */
	bool details_optional; /* inside <details> whose summary says optional */
	struct node root;
	bool title_taken;
	/* the open headings */
	struct frame fr[16];
	int nfr;
	/* what the labels since the last heading said */
	struct node *lweek;    /* a week block opened by "**Week 1-2: ...**" */
	struct node *group;    /* a task whose list follows its label */
	const char *pending;   /* a label that becomes a task if a list follows */
	bool pending_opt;
	int pending_line;
	enum role lrole;
	enum plan_resource_kind lkind;
	struct node *lnode;
	/* a list item that is a label ("- **Tasks**:"): the role its nested
	 * items take, and what the label before it said */
	int ilabel_indent; /* -1: none */
	enum role ilabel_role;
	enum plan_resource_kind ilabel_kind;
	struct node *ilabel_node;
	struct node *pgoal;    /* a Goal label waiting for its text */
	/* the open list items */
	struct lent *ls;
	size_t nls, capls;
	bool optional_below;
	struct node *items_phase, *week_wrap;
	struct node *by_num[2][100]; /* Phase N and Month N headings */
	struct pvec tables;	     /* struct table_use * */
	struct pvec library;	     /* struct res *, the plan's library */
	struct plan_day sched[7];
	bool has_sched;
	bool deep_noted;
};


struct emit {
	struct conv *cv;
	struct buf b;
};

/* clean.c */
char *clean_text(const char *in, size_t len, size_t *outlen,
			struct md2yaml_counts *c, char *err, size_t errlen);
const char *strip_decoration(struct arena *ar, const char *text);

/* dates.c */
bool word_is(const struct tok *t, const char *w);
size_t tokenize(const char *text, struct tok *tv, size_t max);
int weekday_word(const struct tok *t);
bool is_year(const struct tok *t);

/* tree.c */
struct node *new_node(struct conv *cv, enum nkind kind, int line);
void comment(struct conv *cv, struct node *n, const char *fmt, ...);
void precomment(struct conv *cv, struct node *n, const char *fmt, ...);
const char *brief(struct conv *cv, const char *s);
int task_depth(const struct node *n);
bool has_words(const char *text);
const char *cut_bytes(struct conv *cv, const char *s, size_t max);
size_t char_offset(const char *s, size_t chars);
void set_title(struct conv *cv, struct node *n, const char *text,
		      const struct inl *in);

/* roles.c */
enum plan_resource_kind kind_of(const char *text);
bool text_says_optional(const char *text);
bool text_says_rest_optional(const char *text);
bool text_is_break(const char *text);
/* clean.c: an emoji, a status mark, an arrow: what people put around titles */
bool decoration(uint32_t cp);
const char *html_text(struct arena *a, const char *html, const char *tag);
const char *html_img_alt(struct arena *a, const char *html);
enum role role_of(const char *text, enum plan_resource_kind *kind);

/* build.c */
void pvec_insert(struct arena *a, struct pvec *pv, size_t at, void *x);
struct node *new_phase(struct conv *cv, struct node *parent,
			      const char *title, int line,
			      const struct md2yaml_heading *h);
struct node *weeks_home(struct conv *cv, struct node *c);
struct node *new_week(struct conv *cv, struct node *phase,
			     const struct md2yaml_heading *h, const char *text,
			     int line);
struct frame *top(struct conv *cv);
struct node *here(struct conv *cv);
void on_heading(struct conv *cv, struct block *b, int h1s);
struct deliv *deliv_of(struct conv *cv, struct node *c);
void on_item(struct conv *cv, struct block *b);
void on_para(struct conv *cv, struct block *b);
void on_skip(struct conv *cv, struct block *b);

/* tables.c */
int year_in(const char *text);
void on_table(struct conv *cv, struct block *b);
void apply_table(struct conv *cv, struct table_use *u);

/* passes.c */
void place_root_comments(struct conv *cv);
bool has_content(const struct node *n);
void dissolve_wrappers(struct conv *cv, struct node *parent);
void hoist_week_roles(struct conv *cv, struct node *p);
bool has_checklist(const struct node *n);
void flatten_groups(struct conv *cv, struct node *n);
void drop_empty(struct conv *cv, struct node *parent);
void date_weeks(struct conv *cv, struct node *parent);
/* build.c: a task from text under parent (dates read, title cut to size);
 * the node that criteria and resources of c go to */
struct node *new_task(struct conv *cv, struct node *parent, const char *text,
		      const struct inl *in, int line);
struct node *holder(struct conv *cv, struct node *c);
void match_checklists(struct conv *cv, struct node *root);
/* dates.c: the dates in a task's text (a due date, a note for a day not
 * used), returning the title to use; helpers for the others */
const char *task_dates(struct conv *cv, struct node *n, const char *text,
		       int line);
const char *find_word(const char *s, const char *w);
bool has_words_besides_date(const char *text);
int year_here(struct conv *cv);
void chain_durations(struct conv *cv, struct node *parent, int pos[2]);

/* habits.c: whether a task's text says it recurs ("every day", "3-4 per
 * week", "Mon-Sat", "every Friday"): its `every:` value into every (n
 * bytes) and the minutes each time (0: not said) */
bool md2yaml_habit(const char *text, char *every, size_t n, int *minutes);

/* emit.c */
void emit_all(struct conv *cv, struct buf *out);
void quote_into(struct buf *b, const char *s, size_t n);
void put_id(struct buf *b, const char *id);
void emit_notes(struct emit *e, const struct node *n, size_t i, size_t *k,
		       int at, bool last);
void emit_phase(struct emit *e, struct node *p, int at);
void build_library(struct conv *cv, struct node *n, struct strmap *seen);
void emit_library(struct emit *e);
void emit_schedule(struct emit *e);
void name_synthetic(struct conv *cv, struct node *root);
const char *base_name(struct conv *cv, const char *name);

#endif
