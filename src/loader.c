/*
 * The loader works in four steps, each of which may add errors:
 *
 * 1. text_check: the file must be UTF-8 without control characters other
 *    than tab and line breaks (one pass over the bytes).
 * 2. tree_build: libyaml's event API turns the text into a tree of ynodes
 *    in the plan's arena. Every node keeps its line and column; anchors,
 *    aliases, tags and a second document are refused here.
 * 3. The walk (load_plan and below) checks every mapping against the keys
 *    its kind allows (unknown keys get a "did you mean"), converts values,
 *    registers explicit ids, and resolves the dates of phases and week
 *    blocks on the way down, since a phase's dates depend only on its own
 *    keys, the sibling before it and its children.
 * 4. With the whole tree walked: references to resources and skills are
 *    resolved (they may point forward), then every item gets its key.
 *
 * The tree's value strings go straight into the plan's arena, so the plan's
 * strings are the tree's and none is copied twice; its nodes and key
 * strings go into a scratch arena that is freed when the walk is done. The
 * file's text is freed as soon as the tree is built. Those two keep the
 * peak memory near the size of the plan itself plus the file.
 */
#include "stride/loader.h"

#include "stride/arena.h"
#include "stride/calendar.h"
#include "stride/strmap.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

/* Containers nested deeper than this are refused before the walk. */
#define TREE_MAX_DEPTH 256

/* The tree's node is the public struct loader_node (loader.h), which
 * loader_doc_load() hands to other readers of YAML (the config file). */
enum { Y_SCALAR = LOADER_SCALAR, Y_SEQ = LOADER_SEQ, Y_MAP = LOADER_MAP };

/* What an explicit id names, for duplicate and reference checks. */
enum id_kind { ID_PHASE, ID_WEEK, ID_TASK, ID_CRITERION, ID_DELIVERABLE,
	       ID_RESOURCE, ID_SKILL };

static const char *const id_kind_names[] = {
	"a phase", "a week block", "a task", "a criterion", "a deliverable",
	"a resource", "a skill",
};

struct idrec {
	enum id_kind kind;
	void *item;
	const struct loader_node *node;
};

/* A reference by id, resolved when the whole file has been read. */
struct ref {
	const struct loader_node *node;
	enum id_kind kind; /* ID_RESOURCE or ID_SKILL */
	void **slot;
};

struct keyref;

/* The suffix to try next for a base key (parent/name) that was taken. */
struct key_base {
	unsigned next;
	char base[];
};

struct loader {
	struct arena *arena;   /* the plan's */
	struct arena *scratch; /* the tree's nodes and keys, freed after the walk */
	struct diag_list *diags;
	struct plan *plan;
	struct strmap ids;  /* explicit id -> struct idrec */
	struct strmap keys; /* item key -> the key itself */
	/* while keys are given: a base key that was taken -> struct key_base
	 * (in the arena keying), the buffer candidate keys are built in, and
	 * the keys of the siblings whose children are being keyed */
	struct strmap bases;
	struct arena *keying;
	char *kbuf;
	size_t kcap;
	struct keyref *krefs;
	size_t nkrefs, krefcap;
	struct ref *refs;
	size_t nrefs, refcap;
	struct plan_resource **res; /* every resource, in order found */
	size_t nres, rescap;
	size_t errors_at_start;
	loader_anchor_fn *anchor; /* a dateless plan's first day, if started */
	void *anchor_ctx;
	const char *what; /* "a plan", or what loader_doc_load() reads */
};

/* ---- errors ---------------------------------------------------------- */

static void err_at(struct loader *ld, const struct loader_node *n, const char *fmt,
		   ...) __attribute__((format(printf, 3, 4)));
static void warn_at(struct loader *ld, unsigned line, unsigned col,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void vreport(struct loader *ld, enum diag_level level, unsigned line,
		    unsigned col, const char *fmt, va_list ap)
{
	char buf[512];
	vsnprintf(buf, sizeof(buf), fmt, ap);
	diag_add(ld->diags, level, line, col, "%s", buf);
}

static void err_at(struct loader *ld, const struct loader_node *n, const char *fmt,
		   ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(ld, DIAG_ERROR, n ? n->line : 1, n ? n->col : 1, fmt, ap);
	va_end(ap);
}

static void warn_at(struct loader *ld, unsigned line, unsigned col,
		    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(ld, DIAG_WARNING, line, col, fmt, ap);
	va_end(ap);
}

static bool failed(const struct loader *ld)
{
	return ld->diags->errors > ld->errors_at_start;
}

/* A value as it appears in a message: quoted, escaped, cut at 40
 * characters. The result lives in the arena. */
static const char *shown(struct loader *ld, const struct loader_node *n)
{
	if (n->kind == Y_SEQ)
		return "a list";
	if (n->kind == Y_MAP)
		return "a mapping";
	char buf[128];
	size_t o = 0, chars = 0;
	buf[o++] = '"';
	for (const unsigned char *s = (const unsigned char *)n->str;
	     *s && o < sizeof(buf) - 8; s++) {
		if ((*s & 0xC0) != 0x80 && ++chars > 40) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (*s == '"' || *s == '\\') {
			buf[o++] = '\\';
			buf[o++] = (char)*s;
		} else if (*s < 0x20 || *s == 0x7f) {
			o += (size_t)snprintf(buf + o, 5, "\\x%02x", *s);
		} else {
			buf[o++] = (char)*s;
		}
	}
	buf[o++] = '"';
	return arena_strndup(ld->arena, buf, o);
}

static const char plan_what[] = "a plan";

/* ---- step 1: the text -------------------------------------------------- */

static bool is_control(uint32_t cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
	       (cp >= 0x7F && cp <= 0x9F && cp != 0x85);
}

static bool is_break(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 ||
	       cp == 0x2029;
}

/* Walks the text as libyaml counts it (a line break is LF, CR, CRLF, NEL,
 * LS or PS; a column is a character), calling visit for every character
 * until it returns false. Invalid UTF-8 is visited with cp = UINT32_MAX.
 * Returns the byte offset where it stopped. */
struct text_pos {
	size_t off;
	unsigned line, col;
};

static void text_pos_start(struct text_pos *p, const char *buf, size_t len)
{
	p->off = 0;
	p->line = 1;
	p->col = 1;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p->off = 3; /* a byte order mark is not a column */
}

/* Decodes the character at p and moves p past it. Returns its code point,
 * or UINT32_MAX when the bytes are not UTF-8 (p does not move). */
static uint32_t text_pos_next(struct text_pos *p, const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf + p->off;
	uint32_t cp;
	size_t w = text_utf8_decode(s, len - p->off, &cp);
	if (!w)
		return UINT32_MAX;
	p->off += w;
	if (cp == '\r' && p->off < len && buf[p->off] == '\n') {
		p->off++;
		cp = '\n';
	}
	if (is_break(cp)) {
		p->line++;
		p->col = 1;
	} else {
		p->col++;
	}
	return cp;
}

/* Whether the eight bytes at s are all printable ASCII, 0x20 to 0x7E: a
 * byte below 0x20 has its high bit set after the subtraction (whatever the
 * borrow), 0x7F after the addition, one above it has it set already. A
 * carry or borrow from such a byte may make a false "no", never a false
 * "yes". */
static bool printable8(const char *s)
{
	uint64_t x;
	memcpy(&x, s, 8);
	return !(((x - 0x2020202020202020u) | (x + 0x0101010101010101u) | x) &
		 0x8080808080808080u);
}

/* Step 1. Reports the first invalid UTF-8 sequence (a file that is not
 * UTF-8 at all would otherwise flood the report) or every control
 * character. */
static bool text_check(struct loader *ld, const char *buf, size_t len)
{
	struct text_pos p;
	text_pos_start(&p, buf, len);
	if (p.off && len - p.off >= 3 && !memcmp(buf + p.off, "\xEF\xBB\xBF", 3)) {
		/* libyaml would skip it as a line's first character and then
		 * find the first key indented by one */
		struct loader_node at = { .line = 1, .col = 1 };
		err_at(ld, &at,
		       "a second byte order mark (U+FEFF): a file may begin "
		       "with one, no more; delete this one");
		return false;
	}
	bool ok = true;
	unsigned controls = 0;
	while (p.off < len) {
		/* fast paths for plain ASCII: eight characters at once (most
		 * of a plan is indentation and English), else one */
		if (len - p.off >= 8 && printable8(buf + p.off)) {
			p.off += 8;
			p.col += 8;
			continue;
		}
		unsigned char c = (unsigned char)buf[p.off];
		if (c >= 0x20 && c < 0x7F) {
			p.off++;
			p.col++;
			continue;
		}
		unsigned line = p.line, col = p.col;
		uint32_t cp = text_pos_next(&p, buf, len);
		if (cp == UINT32_MAX) {
			struct loader_node at = { .line = line, .col = col };
			err_at(ld, &at,
			       "invalid UTF-8 (byte 0x%02x): a plan file must "
			       "be UTF-8 text",
			       c);
			return false;
		}
		if (is_control(cp)) {
			struct loader_node at = { .line = line, .col = col };
			if (cp == 0) {
				err_at(ld, &at,
				       "a NUL byte: this is not a text file, and a "
				       "plan file must be UTF-8 text");
				return false;
			}
			if (++controls > 1000) {
				err_at(ld, &at,
				       "more than 1000 control characters: this "
				       "does not look like a plan file");
				return false;
			}
			err_at(ld, &at,
			       "control character U+%04X is not allowed in a "
			       "plan file",
			       (unsigned)cp);
			ok = false;
		}
	}
	return ok;
}

/* The character at line:col, for hints on syntax errors; 0 if past the
 * end. */
static uint32_t text_char_at(const char *buf, size_t len, unsigned line,
			     unsigned col)
{
	struct text_pos p;
	text_pos_start(&p, buf, len);
	while (p.off < len) {
		if (p.line == line && p.col == col) {
			uint32_t cp;
			return text_utf8_decode((const unsigned char *)buf + p.off,
					   len - p.off, &cp)
				       ? cp
				       : 0;
		}
		if (p.line > line || text_pos_next(&p, buf, len) == UINT32_MAX)
			break;
	}
	return 0;
}

/* ---- step 2: the tree -------------------------------------------------- */

struct frame {
	size_t base; /* where its children start on the node stack */
	unsigned char kind;
	unsigned line, col;
};

struct tree_builder {
	struct loader_node *nodes;
	size_t n, cap;
	struct frame *frames;
	size_t nf, fcap;
};

static void tree_push(struct tree_builder *b, struct loader_node node)
{
	b->nodes = xgrow(b->nodes, &b->cap, b->n + 1, sizeof(*b->nodes));
	b->nodes[b->n++] = node;
}

static struct loader_node mark_node(yaml_mark_t m)
{
	return (struct loader_node){ .line = (unsigned)m.line + 1,
			       .col = (unsigned)m.column + 1 };
}

static void yaml_error(struct loader *ld, yaml_parser_t *parser,
		       const char *buf, size_t len)
{
	struct loader_node at = mark_node(parser->problem_mark);
	const char *problem = parser->problem ? parser->problem : "error";
	switch (parser->error) {
	case YAML_MEMORY_ERROR:
		util_out_of_memory();
	case YAML_READER_ERROR: {
		/* text_check has seen to UTF-8 and controls; what is left
		 * (U+FFFE, say) comes with a byte offset */
		struct text_pos p;
		text_pos_start(&p, buf, len);
		while (p.off < parser->problem_offset && p.off < len &&
		       text_pos_next(&p, buf, len) != UINT32_MAX)
			;
		at = (struct loader_node){ .line = p.line, .col = p.col };
		err_at(ld, &at, "invalid YAML: %s (U+%04X)", problem,
		       (unsigned)parser->problem_value);
		return;
	}
	default:
		break;
	}
	const char *hint = "";
	if (text_char_at(buf, len, at.line, at.col) == '\t')
		hint = " (a tab cannot indent YAML: use spaces)";
	if (parser->context)
		err_at(ld, &at, "invalid YAML: %s (%s at %u:%u)%s", problem,
		       parser->context, (unsigned)parser->context_mark.line + 1,
		       (unsigned)parser->context_mark.column + 1, hint);
	else
		err_at(ld, &at, "invalid YAML: %s%s", problem, hint);
}

/* Anchors and tags on a node: anchors are refused (aliases would let a
 * small file describe a huge plan), tags too, but for !!str. */
static bool node_props(struct loader *ld, const struct loader_node *at,
		       const yaml_char_t *anchor, const yaml_char_t *tag,
		       bool *force_str)
{
	bool ok = true;
	if (anchor) {
		err_at(ld, at,
		       "anchors (&%s) are not supported in %s: write the "
		       "value out",
		       (const char *)anchor, ld->what);
		ok = false;
	}
	if (tag) {
		if (force_str && strcmp((const char *)tag, YAML_STR_TAG) == 0) {
			*force_str = true;
		} else {
			err_at(ld, at,
			       "YAML tags (%s) are not supported in %s",
			       (const char *)tag, ld->what);
			ok = false;
		}
	}
	return ok;
}

/* A scalar's text is held to the rule for text coming in (text_valid):
 * double-quoted escapes ("\e", "\x1b") can make control characters. */
static void scalar_check(struct loader *ld, const struct loader_node *n,
			 const unsigned char *s, size_t len)
{
	struct text_fault f;
	if (text_valid((const char *)s, len, &f))
		return;
	if (f.not_utf8)
		err_at(ld, n, "byte 0x%02X in a string is not UTF-8", f.byte);
	else
		err_at(ld, n,
		       "control character U+%04X in a string: plan text may hold "
		       "tabs and newlines, no other control characters",
		       (unsigned)f.cp);
}

/* Step 2. Returns the document's root node, or NULL when the text is not a
 * single YAML document (with the errors reported). */
static struct loader_node *tree_build(struct loader *ld, const char *buf, size_t len)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		util_out_of_memory();
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);

	struct tree_builder b = { 0 };
	struct loader_node *root = NULL;
	int docs = 0;
	bool done = false, broken = false;
	while (!done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			yaml_error(ld, &parser, buf, len);
			broken = true;
			break;
		}
		struct loader_node at = mark_node(ev.start_mark);
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1) {
				err_at(ld, &at,
				       "%s holds one YAML document; a "
				       "second one starts here",
				       ld->what == plan_what ? "a plan file" : ld->what);
				broken = true;
				done = true;
			}
			break;
		case YAML_ALIAS_EVENT:
			err_at(ld, &at,
			       "aliases (*%s) are not supported in %s: "
			       "write the value out",
			       (const char *)ev.data.alias.anchor, ld->what);
			at.kind = Y_SCALAR;
			at.bad = true;
			at.str = "";
			tree_push(&b, at);
			break;
		case YAML_SCALAR_EVENT: {
			bool force_str = false;
			node_props(ld, &at, ev.data.scalar.anchor,
				   ev.data.scalar.tag, &force_str);
			at.kind = Y_SCALAR;
			at.plain = !force_str &&
				   ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			size_t n = ev.data.scalar.length;
			if (n > UINT_MAX)
				n = UINT_MAX;
			scalar_check(ld, &at, ev.data.scalar.value, n);
			/* a mapping's keys are read during the walk only */
			bool is_key = b.nf && b.frames[b.nf - 1].kind == Y_MAP &&
				      (b.n - b.frames[b.nf - 1].base) % 2 == 0;
			at.str = arena_strndup(is_key ? ld->scratch : ld->arena,
					       (const char *)ev.data.scalar.value, n);
			at.n = (unsigned)n;
			tree_push(&b, at);
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			bool seq = ev.type == YAML_SEQUENCE_START_EVENT;
			node_props(ld, &at,
				   seq ? ev.data.sequence_start.anchor
				       : ev.data.mapping_start.anchor,
				   seq ? ev.data.sequence_start.tag
				       : ev.data.mapping_start.tag,
				   NULL);
			if (b.nf >= TREE_MAX_DEPTH) {
				err_at(ld, &at,
				       "YAML nested more than %d levels deep",
				       TREE_MAX_DEPTH);
				broken = true;
				done = true;
				break;
			}
			b.frames = xgrow(b.frames, &b.fcap, b.nf + 1,
					 sizeof(*b.frames));
			b.frames[b.nf++] = (struct frame){
				b.n, seq ? Y_SEQ : Y_MAP, at.line, at.col
			};
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT: {
			struct frame f = b.frames[--b.nf];
			size_t count = b.n - f.base;
			struct loader_node node = { .kind = f.kind, .line = f.line,
					      .col = f.col };
			node.items = count ? arena_memdup(ld->scratch, b.nodes + f.base,
							  count * sizeof(*b.nodes))
					   : NULL;
			node.n = (unsigned)(f.kind == Y_MAP ? count / 2 : count);
			b.n = f.base;
			tree_push(&b, node);
			break;
		}
		case YAML_DOCUMENT_END_EVENT:
		case YAML_STREAM_START_EVENT:
		case YAML_NO_EVENT:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);

	if (!broken && ld->what != plan_what) {
		/* another kind of document may be empty: a null root */
		if (docs == 0 || b.n != 1) {
			static const struct loader_node empty = { .kind = Y_SCALAR,
								  .plain = true,
								  .line = 1, .col = 1,
								  .str = "" };
			root = arena_memdup(ld->scratch, &empty, sizeof(*root));
		} else {
			root = arena_memdup(ld->scratch, &b.nodes[0], sizeof(*root));
		}
	} else if (!broken) {
		if (docs == 0 || b.n != 1 ||
		    (b.nodes[0].kind == Y_SCALAR && b.nodes[0].plain &&
		     b.nodes[0].n == 0)) {
			struct loader_node at = { .line = 1, .col = 1 };
			err_at(ld, &at,
			       "the file is empty: a plan needs at least "
			       "'stride', 'id', 'title' and 'phases'");
		} else {
			root = arena_memdup(ld->scratch, &b.nodes[0],
					    sizeof(*root));
		}
	}
	free(b.nodes);
	free(b.frames);
	return root;
}

/* ---- reading values ---------------------------------------------------- */

static bool is_null(const struct loader_node *n);

bool loader_node_null(const struct loader_node *n)
{
	return is_null(n);
}

static bool is_null(const struct loader_node *n)
{
	if (!n || n->bad)
		return true;
	if (n->kind != Y_SCALAR || !n->plain)
		return false;
	const char *s = n->str;
	switch (*s) {
	case '\0':
		return true;
	case '~':
		return !s[1];
	case 'n':
	case 'N':
		return !strcmp(s, "null") || !strcmp(s, "Null") ||
		       !strcmp(s, "NULL");
	default:
		return false;
	}
}

static const char *kind_desc(const struct loader_node *n)
{
	return n->kind == Y_SEQ ? "a list" : n->kind == Y_MAP ? "a mapping" : "text";
}

/* The keys a kind of mapping allows, and what to call that kind. */
struct mapdef {
	const char *what; /* "a phase" */
	const char *const *keys;
	size_t n;
};

/*
 * Checks that node is a mapping whose keys are all in def (or begin with
 * x-), none twice, and fills vals[i] with the value of def->keys[i] (NULL
 * when absent). Returns false when node is not a mapping at all.
 */
static bool map_collect(struct loader *ld, const struct loader_node *node,
			const struct mapdef *def, const struct loader_node **vals)
{
	for (size_t i = 0; i < def->n; i++)
		vals[i] = NULL;
	if (node->bad)
		return false;
	if (node->kind != Y_MAP) {
		err_at(ld, node, "%s must be a mapping (key: value lines), got %s",
		       def->what, node->kind == Y_SEQ ? "a list" : shown(ld, node));
		return false;
	}
	/* a large mapping (of x- keys, say) finds duplicates by hashing */
	struct strmap seen;
	strmap_init(&seen);
	bool hashed = node->n > 32;
	for (unsigned p = 0; p < node->n; p++) {
		const struct loader_node *k = &node->items[2 * p];
		const struct loader_node *v = &node->items[2 * p + 1];
		if (k->kind != Y_SCALAR) {
			err_at(ld, k, "a key must be text, not %s", kind_desc(k));
			continue;
		}
		const struct loader_node *first = NULL;
		if (hashed) {
			first = strmap_put(&seen, k->str, (void *)k);
		} else {
			for (unsigned q = 0; q < p && !first; q++) {
				const struct loader_node *o = &node->items[2 * q];
				if (o->kind == Y_SCALAR && !strcmp(o->str, k->str))
					first = o;
			}
		}
		if (first) {
			err_at(ld, k, "duplicate key '%s' (first at %u:%u)",
			       k->str, first->line, first->col);
			continue;
		}
		if (!strncmp(k->str, "x-", 2))
			continue;
		size_t i = 0;
		while (i < def->n && (def->keys[i][0] != k->str[0] ||
				      strcmp(def->keys[i], k->str)))
			i++;
		if (i == def->n) {
			const char *hint = text_did_you_mean(k->str, def->keys, def->n);
			err_at(ld, k, "unknown key '%s' in %s%s", k->str, def->what,
			       *hint ? hint : " (keys of your own must begin with x-)");
			continue;
		}
		vals[i] = v;
	}
	strmap_done(&seen);
	return true;
}

/* A missing required key is reported at the mapping's first key. */
static void missing(struct loader *ld, const struct loader_node *map,
		    const char *key, const char *what)
{
	const struct loader_node *at = map->kind == Y_MAP && map->n ? &map->items[0] : map;
	err_at(ld, at, "%s needs '%s'", what, key);
}

enum text_flags {
	TEXT_FOLD = 1,	   /* shown on one line: line breaks become spaces */
	TEXT_LINE = 4,	   /* one line: a line break is an error */
	TEXT_REQUIRED = 2, /* absent or empty is an error (reported by caller
			      for absent keys) */
};

/* Text with surrounding white space trimmed; NULL when null or empty. */
static const char *get_text(struct loader *ld, const struct loader_node *n,
			    const char *key, int flags)
{
	if (!n || is_null(n)) {
		if (n && !n->bad && (flags & TEXT_REQUIRED))
			err_at(ld, n, "'%s' must not be empty", key);
		return NULL;
	}
	if (n->kind != Y_SCALAR) {
		err_at(ld, n, "'%s' must be text, got %s", key, kind_desc(n));
		return NULL;
	}
	const char *s = n->str, *e = n->str + n->n;
	while (s < e && (*s == ' ' || *s == '\t' || *s == '\n'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
		e--;
	if (s == e) {
		if (flags & TEXT_REQUIRED)
			err_at(ld, n, "'%s' must not be empty", key);
		return NULL;
	}
	bool breaks = memchr(s, '\n', (size_t)(e - s)) != NULL;
	if ((flags & TEXT_LINE) && breaks) {
		err_at(ld, n, "'%s' must be one line", key);
		return NULL;
	}
	if (s == n->str && e == n->str + n->n && !(breaks && (flags & TEXT_FOLD)))
		return n->str;
	char *t = arena_strndup(ld->arena, s, (size_t)(e - s));
	if (breaks && (flags & TEXT_FOLD))
		for (char *c = t; *c; c++)
			if (*c == '\n')
				*c = ' ';
	return t;
}

static bool valid_id(const char *s)
{
	size_t len = strlen(s);
	if (len == 0 || len > 64)
		return false;
	if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')))
		return false;
	for (size_t i = 1; i < len; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

/* An id value: checked against the id syntax. */
static const char *get_id(struct loader *ld, const struct loader_node *n)
{
	const char *s = get_text(ld, n, "id", TEXT_LINE | TEXT_REQUIRED);
	if (s && strlen(s) > 64) {
		err_at(ld, n, "'id' is %zu characters long; an id has at most 64",
		       strlen(s));
		return NULL;
	}
	if (s && !valid_id(s)) {
		err_at(ld, n,
		       "'id' must be lowercase letters, digits, '.', '_' or '-', "
		       "starting with a letter or digit; got %s",
		       shown(ld, n));
		return NULL;
	}
	return s;
}

/* Registers an explicit id. Ids are unique across the plan and all kinds;
 * of two items with one id, the later in the file is the one reported. */
static void register_id(struct loader *ld, const char *id,
			const struct loader_node *node, enum id_kind kind, void *item)
{
	if (!id)
		return;
	struct idrec *r = arena_alloc(ld->arena, sizeof(*r));
	*r = (struct idrec){ kind, item, node };
	struct idrec *old = strmap_put(&ld->ids, id, r);
	if (!old)
		return;
	const struct idrec *first = old, *second = r;
	if (node->line < old->node->line ||
	    (node->line == old->node->line && node->col < old->node->col)) {
		first = r;
		second = old;
	}
	err_at(ld, second->node, "duplicate id '%s': %s at %u:%u has it already",
	       id, id_kind_names[first->kind], first->node->line,
	       first->node->col);
}

static bool parse_uint(const char *s, long max, long *out)
{
	long v = 0;
	if (!*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		v = v * 10 + (*s - '0');
		if (v > max)
			return false;
	}
	*out = v;
	return true;
}

/* A whole number from lo to hi, written plain (not quoted). */
static bool get_int(struct loader *ld, const struct loader_node *n, const char *key,
		    long lo, long hi, long *out)
{
	long v;
	if (n->bad)
		return false;
	if (n->kind == Y_SCALAR && n->plain && parse_uint(n->str, hi, &v) &&
	    v >= lo) {
		*out = v;
		return true;
	}
	err_at(ld, n, "'%s' must be a whole number from %ld to %ld, got %s", key,
	       lo, hi, shown(ld, n));
	return false;
}

static bool get_bool(struct loader *ld, const struct loader_node *n, const char *key,
		     bool *out)
{
	if (n->bad)
		return false;
	if (n->kind == Y_SCALAR && n->plain) {
		if (!strcmp(n->str, "true") || !strcmp(n->str, "True") ||
		    !strcmp(n->str, "TRUE")) {
			*out = true;
			return true;
		}
		if (!strcmp(n->str, "false") || !strcmp(n->str, "False") ||
		    !strcmp(n->str, "FALSE")) {
			*out = false;
			return true;
		}
	}
	err_at(ld, n, "'%s' must be true or false, got %s", key, shown(ld, n));
	return false;
}

static bool get_date(struct loader *ld, const struct loader_node *n, const char *key,
		     int *out)
{
	if (n->bad)
		return false;
	if (n->kind == Y_SCALAR && calendar_parse(n->str, out))
		return true;
	int y, m, d;
	char c;
	if (n->kind == Y_SCALAR &&
	    sscanf(n->str, "%4d-%2d-%2d%c", &y, &m, &d, &c) == 3 &&
	    strlen(n->str) == 10)
		err_at(ld, n, "'%s' %s is not a real date", key, n->str);
	else
		err_at(ld, n, "'%s' must be a date like 2025-06-12, got %s", key,
		       shown(ld, n));
	return false;
}

/* The items of a list value; a null value is an empty list. */
static const struct loader_node *get_list(struct loader *ld, const struct loader_node *n,
				    const char *key, size_t *count)
{
	*count = 0;
	if (!n || is_null(n))
		return NULL;
	if (n->kind != Y_SEQ) {
		err_at(ld, n, "'%s' must be a list, got %s", key,
		       n->kind == Y_MAP ? "a mapping" : shown(ld, n));
		return NULL;
	}
	*count = n->n;
	return n->items;
}

/* A list of one-line strings; a single string is a list of one. */
static struct plan_strv get_strv(struct loader *ld, const struct loader_node *n,
				 const char *key)
{
	struct plan_strv sv = { 0 };
	if (!n || is_null(n))
		return sv;
	const struct loader_node *items = n;
	size_t count = 1;
	if (n->kind == Y_SEQ) {
		items = n->items;
		count = n->n;
	} else if (n->kind != Y_SCALAR) {
		err_at(ld, n, "'%s' must be a list of text, got a mapping", key);
		return sv;
	}
	sv.v = arena_array(ld->arena, count, sizeof(*sv.v));
	for (size_t i = 0; i < count; i++) {
		const char *s = get_text(ld, &items[i], key,
					 TEXT_FOLD | TEXT_REQUIRED);
		if (s)
			sv.v[sv.n++] = s;
	}
	return sv;
}

/* The highest week of its phase a week block may name (1000 weeks is over
 * 19 years), and the highest day a task may name. */
#define WEEK_MAX 1000
#define DAY_MAX 10000

enum range_result { RANGE_OK, RANGE_BAD, RANGE_PAST_MAX };

/* The digits at *p as a number (no more than max + 1, so that it cannot
 * overflow); moves *p past them. */
static long read_digits(const char **p, long max)
{
	long v = 0;
	for (; **p >= '0' && **p <= '9'; (*p)++)
		if (v <= max)
			v = v * 10 + (**p - '0');
	return v > max ? max + 1 : v;
}

/* "N" or "N-M" (an en dash works too), 1 <= N <= M <= max: RANGE_OK.
 * RANGE_PAST_MAX when it is such a range but for M > max. */
static enum range_result parse_range(const char *s, int max, int *from,
				     int *to)
{
	long a, b;
	const char *p = s;
	if (*p < '0' || *p > '9')
		return RANGE_BAD;
	a = read_digits(&p, max);
	while (*p == ' ')
		p++;
	if (!*p) {
		b = a;
	} else {
		if (*p == '-')
			p++;
		else if (!strncmp(p, "\xE2\x80\x93", 3))
			p += 3;
		else
			return RANGE_BAD;
		while (*p == ' ')
			p++;
		if (*p < '0' || *p > '9')
			return RANGE_BAD;
		b = read_digits(&p, max);
		if (*p)
			return RANGE_BAD;
	}
	if (a < 1 || b < a)
		return RANGE_BAD;
	if (b > max)
		return RANGE_PAST_MAX;
	*from = (int)a;
	*to = (int)b;
	return RANGE_OK;
}

/* ---- the walk ------------------------------------------------------------ */

static const char *const weekday_keys[7] = { "mon", "tue", "wed", "thu",
					     "fri", "sat", "sun" };

/* Adds a reference to resolve once every id is known. */
static void add_ref(struct loader *ld, const struct loader_node *node,
		    enum id_kind kind, void **slot)
{
	ld->refs = xgrow(ld->refs, &ld->refcap, ld->nrefs + 1, sizeof(*ld->refs));
	ld->refs[ld->nrefs++] = (struct ref){ node, kind, slot };
}

enum { RS_TITLE, RS_ID, RS_KIND, RS_BY, RS_URL, RS_NOTES, RS_NKEYS };
static const char *const resource_keys[RS_NKEYS] = {
	"title", "id", "kind", "by", "url", "notes",
};
static const struct mapdef resource_def = { "a resource", resource_keys,
					    RS_NKEYS };

static const char *const resource_kinds[] = {
	NULL, "book", "course", "video", "article",
	"docs", "practice", "tool", "other",
};

static struct plan_resource *load_resource(struct loader *ld,
					   const struct loader_node *node,
					   bool is_inline)
{
	const struct loader_node *v[RS_NKEYS];
	if (!map_collect(ld, node, &resource_def, v))
		return NULL;
	struct plan_resource *r = arena_alloc(ld->arena, sizeof(*r));
	r->is_inline = is_inline;
	r->pos = (struct plan_pos){ node->line, node->col };
	if (!v[RS_TITLE])
		missing(ld, node, "title", "a resource");
	r->title = get_text(ld, v[RS_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[RS_ID]) {
		r->id = get_id(ld, v[RS_ID]);
		register_id(ld, r->id, v[RS_ID], ID_RESOURCE, r);
	}
	if (v[RS_KIND]) {
		const char *k = get_text(ld, v[RS_KIND], "kind", TEXT_FOLD);
		size_t i = 1;
		while (k && i < ARRAY_SIZE(resource_kinds) &&
		       strcmp(k, resource_kinds[i]))
			i++;
		if (k && i < ARRAY_SIZE(resource_kinds)) {
			r->kind = (enum plan_resource_kind)i;
		} else if (k) {
			err_at(ld, v[RS_KIND],
			       "'kind' must be one of book, course, video, "
			       "article, docs, practice, tool, other; got %s%s",
			       shown(ld, v[RS_KIND]),
			       text_did_you_mean(k, resource_kinds,
						 ARRAY_SIZE(resource_kinds)));
		}
	}
	r->by = get_text(ld, v[RS_BY], "by", TEXT_FOLD);
	r->url = get_text(ld, v[RS_URL], "url", TEXT_LINE);
	r->notes = get_text(ld, v[RS_NOTES], "notes", 0);
	ld->res = xgrow(ld->res, &ld->rescap, ld->nres + 1, sizeof(*ld->res));
	ld->res[ld->nres++] = r;
	return r;
}

/* `resources:` of a phase, week block or task: ids of library entries, or
 * inline resources. */
static struct plan_resources load_resource_list(struct loader *ld,
						const struct loader_node *n)
{
	struct plan_resources rl = { 0 };
	size_t count;
	const struct loader_node *items = get_list(ld, n, "resources", &count);
	if (!count)
		return rl;
	rl.v = arena_array(ld->arena, count, sizeof(*rl.v));
	rl.defined = arena_array(ld->arena, count, sizeof(*rl.defined));
	for (size_t i = 0; i < count; i++) {
		const struct loader_node *it = &items[i];
		if (it->kind == Y_SCALAR) {
			if (!get_text(ld, it, "resources", TEXT_FOLD | TEXT_REQUIRED))
				continue;
			add_ref(ld, it, ID_RESOURCE, (void **)&rl.v[rl.n++]);
		} else if (it->kind == Y_MAP) {
			struct plan_resource *r = load_resource(ld, it, true);
			if (r) {
				rl.defined[rl.n] = true;
				rl.v[rl.n++] = r;
			}
		} else {
			err_at(ld, it,
			       "a resource must be the id of one in the plan's "
			       "resources, or a mapping with a title; got a list");
		}
	}
	return rl;
}

static struct plan_skills load_skill_refs(struct loader *ld,
					  const struct loader_node *n, const char *key)
{
	struct plan_skills sl = { 0 };
	size_t count;
	const struct loader_node *items = get_list(ld, n, key, &count);
	if (!count)
		return sl;
	sl.v = arena_array(ld->arena, count, sizeof(*sl.v));
	for (size_t i = 0; i < count; i++) {
		if (items[i].kind != Y_SCALAR) {
			err_at(ld, &items[i],
			       "'%s' must list skill ids, got %s", key,
			       kind_desc(&items[i]));
			continue;
		}
		if (get_text(ld, &items[i], key, TEXT_FOLD | TEXT_REQUIRED))
			add_ref(ld, &items[i], ID_SKILL, (void **)&sl.v[sl.n++]);
	}
	return sl;
}

enum { CR_TITLE, CR_ID, CR_NKEYS };
static const char *const criterion_keys[CR_NKEYS] = { "title", "id" };
static const struct mapdef criterion_def = { "a criterion", criterion_keys,
					     CR_NKEYS };

/* Fills c from a criterion (a string or { title, id }); false if it is
 * not one. */
static bool load_criterion(struct loader *ld, const struct loader_node *node,
			   struct plan_criterion *c)
{
	c->pos = (struct plan_pos){ node->line, node->col };
	if (node->kind == Y_SCALAR) {
		c->title = get_text(ld, node, "criterion", TEXT_FOLD | TEXT_REQUIRED);
		return c->title != NULL;
	}
	if (node->kind == Y_SEQ) {
		err_at(ld, node,
		       "a criterion must be text or a mapping with a title, got "
		       "a list");
		return false;
	}
	const struct loader_node *v[CR_NKEYS];
	map_collect(ld, node, &criterion_def, v);
	if (!v[CR_TITLE])
		missing(ld, node, "title", "a criterion");
	c->title = get_text(ld, v[CR_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[CR_ID]) {
		c->id = get_id(ld, v[CR_ID]);
		register_id(ld, c->id, v[CR_ID], ID_CRITERION, c);
	}
	return true;
}

static struct plan_criteria load_criteria(struct loader *ld,
					  const struct loader_node *n)
{
	struct plan_criteria cl = { 0 };
	size_t count;
	const struct loader_node *items = get_list(ld, n, "criteria", &count);
	if (!count)
		return cl;
	cl.v = arena_array(ld->arena, count, sizeof(*cl.v));
	for (size_t i = 0; i < count; i++)
		if (load_criterion(ld, &items[i], &cl.v[cl.n]))
			cl.n++;
	ld->plan->counts.criteria += cl.n;
	return cl;
}

enum { DL_TITLE, DL_ID, DL_SUMMARY, DL_TECH, DL_CRITERIA, DL_NKEYS };
static const char *const deliverable_keys[DL_NKEYS] = {
	"title", "id", "summary", "tech", "criteria",
};
static const struct mapdef deliverable_def = { "a deliverable",
					       deliverable_keys, DL_NKEYS };

static struct plan_deliverable *load_deliverable(struct loader *ld,
						 const struct loader_node *node)
{
	if (is_null(node))
		return NULL;
	struct plan_deliverable *d = arena_alloc(ld->arena, sizeof(*d));
	d->pos = (struct plan_pos){ node->line, node->col };
	ld->plan->counts.deliverables++;
	if (node->kind == Y_SCALAR) {
		d->title = get_text(ld, node, "deliverable", TEXT_FOLD | TEXT_REQUIRED);
		return d;
	}
	if (node->kind == Y_SEQ) {
		err_at(ld, node,
		       "'deliverable' must be text or a mapping with a title, "
		       "got a list (a phase or week block has one deliverable)");
		return d;
	}
	const struct loader_node *v[DL_NKEYS];
	map_collect(ld, node, &deliverable_def, v);
	if (!v[DL_TITLE])
		missing(ld, node, "title", "a deliverable");
	d->title = get_text(ld, v[DL_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[DL_ID]) {
		d->id = get_id(ld, v[DL_ID]);
		register_id(ld, d->id, v[DL_ID], ID_DELIVERABLE, d);
	}
	d->summary = get_text(ld, v[DL_SUMMARY], "summary", 0);
	d->tech = get_strv(ld, v[DL_TECH], "tech");
	d->criteria = load_criteria(ld, v[DL_CRITERIA]);
	return d;
}

enum {
	TK_TITLE, TK_ID, TK_NOTES, TK_ESTIMATE, TK_DAYS, TK_DUE, TK_PRIORITY,
	TK_TAGS, TK_RESOURCES, TK_OPTIONAL, TK_TASKS, TK_EVERY, TK_MINUTES,
	TK_NKEYS
};
static const char *const task_keys[TK_NKEYS] = {
	"title", "id", "notes", "estimate", "days", "due", "priority",
	"tags", "resources", "optional", "tasks", "every", "minutes",
};
static const struct mapdef task_def = { "a task", task_keys, TK_NKEYS };

static const char *const priority_names[] = { NULL, "high", "medium", "low" };

static struct plan_tasks load_tasks(struct loader *ld, const struct loader_node *n,
				    int depth, int block_days);

static void load_days(struct loader *ld, const struct loader_node *n,
		      struct plan_days *days, int block_days)
{
	const char *s = get_text(ld, n, "days", TEXT_FOLD | TEXT_REQUIRED);
	if (!s)
		return;
	for (int w = 0; w < 7; w++) {
		if (!strcmp(s, weekday_keys[w])) {
			*days = (struct plan_days){ PLAN_DAYS_WEEKDAY, w, w };
			return;
		}
	}
	int from, to;
	enum range_result r = parse_range(s, DAY_MAX, &from, &to);
	if (r == RANGE_BAD) {
		err_at(ld, n,
		       "'days' must be a day like 3, a range like 1-2, or a "
		       "weekday mon..sun; got %s",
		       shown(ld, n));
		return;
	}
	if (r == RANGE_PAST_MAX && !block_days) {
		err_at(ld, n, "'days' %s is past day %d, the last a task may name",
		       s, DAY_MAX);
		return;
	}
	if (block_days && (r == RANGE_PAST_MAX || to > block_days)) {
		err_at(ld, n,
		       "'days' %s runs past the end of its week block (%d days)",
		       s, block_days);
		return;
	}
	*days = (struct plan_days){ PLAN_DAYS_RANGE, from, to };
}

/* What `every` takes, for its errors. */
#define EVERY_FORMS "day, a list of weekdays like [mon, wed, fri], or N/week like 3/week"

/* One weekday of an `every` list (or `every: mon`): its number, or -1
 * with an error that names the nearest weekday. */
static int every_weekday(struct loader *ld, const struct loader_node *n)
{
	const char *s = get_text(ld, n, "every", TEXT_FOLD | TEXT_REQUIRED);
	if (!s)
		return -1;
	for (int w = 0; w < 7; w++)
		if (!strcmp(s, weekday_keys[w]))
			return w;
	const char *hint = text_did_you_mean(s, weekday_keys, 7);
	err_at(ld, n, "'every' takes the weekdays mon, tue, wed, thu, fri, sat, sun; got %s%s",
	       shown(ld, n), hint);
	return -1;
}

/* `every:` of a habit (docs/plan-format.md, "Habits"). */
static void load_every(struct loader *ld, const struct loader_node *n, struct plan_every *e)
{
	if (n->bad)
		return;
	if (n->kind == Y_SEQ) {
		if (!n->n) {
			err_at(ld, n, "'every' [] names no day: give %s", EVERY_FORMS);
			return;
		}
		unsigned days = 0;
		bool ok = true;
		for (unsigned i = 0; i < n->n; i++) {
			int w = every_weekday(ld, &n->items[i]);
			if (w < 0) {
				ok = false;
			} else if (days & (1u << w)) {
				err_at(ld, &n->items[i], "'every' names %s twice", weekday_keys[w]);
				ok = false;
			}
			if (w >= 0)
				days |= 1u << w;
		}
		if (ok)
			*e = days == 0x7f ? (struct plan_every){ PLAN_EVERY_DAY, 0x7f, 0 }
					  : (struct plan_every){ PLAN_EVERY_DAYS, days, 0 };
		return;
	}
	if (n->kind != Y_SCALAR || is_null(n)) {
		err_at(ld, n, "'every' must be %s; got %s", EVERY_FORMS,
		       n->kind == Y_MAP ? "a mapping" : shown(ld, n));
		return;
	}
	const char *s = n->str;
	if (!strcmp(s, "day")) {
		*e = (struct plan_every){ PLAN_EVERY_DAY, 0x7f, 0 };
		return;
	}
	for (int w = 0; w < 7; w++) {
		if (!strcmp(s, weekday_keys[w])) {
			*e = (struct plan_every){ PLAN_EVERY_DAYS, 1u << w, 0 };
			return;
		}
	}
	const char *slash = strchr(s, '/');
	if (slash && !strcmp(slash, "/week") && slash > s) {
		const char *p = s;
		long times = read_digits(&p, 1000);
		if (p == slash && times >= 1 && times <= 7 && s[0] != '0') {
			*e = (struct plan_every){ PLAN_EVERY_WEEK, 0, (int)times };
			return;
		}
		if (p == slash && times > 7) {
			err_at(ld, n, "'every' %s is more often than a week has days: give "
				      "1/week to 7/week, or every: day", s);
			return;
		}
		if (p == slash && times == 0 && s[1] == '/') {
			err_at(ld, n, "'every' 0/week is never: give 1/week to 7/week");
			return;
		}
	}
	if (!strcmp(s, "daily") || !strcmp(s, "days") || !strcmp(s, "everyday")) {
		err_at(ld, n, "'every' must be %s; got %s (write every: day)", EVERY_FORMS,
		       shown(ld, n));
		return;
	}
	err_at(ld, n, "'every' must be %s; got %s", EVERY_FORMS, shown(ld, n));
}

/* Whether a mapping holds `key: true` (a plain true, True or TRUE). For
 * the one x- key that stride reads, x-done: anything else there is the
 * author's own business, not an error. */
static bool x_flag(const struct loader_node *map, const char *key)
{
	for (unsigned p = 0; p < map->n; p++) {
		const struct loader_node *k = &map->items[2 * p], *v = k + 1;
		if (k->kind == Y_SCALAR && k->str[0] == key[0] &&
		    !strcmp(k->str, key))
			return v->kind == Y_SCALAR && v->plain && !v->bad &&
			       (!strcmp(v->str, "true") || !strcmp(v->str, "True") ||
				!strcmp(v->str, "TRUE"));
	}
	return false;
}

/* block_days: the length of the week block the task is in, 0 when that is
 * not known. */
static bool load_task(struct loader *ld, const struct loader_node *node,
		      struct plan_task *t, int depth, int block_days)
{
	t->pos = (struct plan_pos){ node->line, node->col };
	t->due = CALENDAR_NONE;
	if (node->kind == Y_SCALAR) {
		t->title = get_text(ld, node, "task", TEXT_FOLD | TEXT_REQUIRED);
		return t->title != NULL;
	}
	if (node->kind == Y_SEQ) {
		err_at(ld, node,
		       "a task must be text or a mapping with a title, got a "
		       "list");
		return false;
	}
	const struct loader_node *v[TK_NKEYS];
	if (map_collect(ld, node, &task_def, v))
		t->marked_done = x_flag(node, "x-done");
	if (!v[TK_TITLE])
		missing(ld, node, "title", "a task");
	t->title = get_text(ld, v[TK_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[TK_ID]) {
		t->id = get_id(ld, v[TK_ID]);
		register_id(ld, t->id, v[TK_ID], ID_TASK, t);
	}
	t->notes = get_text(ld, v[TK_NOTES], "notes", 0);
	if (v[TK_ESTIMATE] && !is_null(v[TK_ESTIMATE]) &&
	    (v[TK_ESTIMATE]->kind != Y_SCALAR ||
	     !calendar_parse_minutes(v[TK_ESTIMATE]->str, &t->estimate)))
		err_at(ld, v[TK_ESTIMATE],
		       "'estimate' must be a duration like 90m or 1.5h, got %s",
		       shown(ld, v[TK_ESTIMATE]));
	if (v[TK_DAYS] && !is_null(v[TK_DAYS]))
		load_days(ld, v[TK_DAYS], &t->days, block_days);
	if (v[TK_DUE] && !is_null(v[TK_DUE]))
		get_date(ld, v[TK_DUE], "due", &t->due);
	if (v[TK_PRIORITY] && !is_null(v[TK_PRIORITY])) {
		const char *s = get_text(ld, v[TK_PRIORITY], "priority", TEXT_FOLD);
		size_t i = 1;
		while (s && i < ARRAY_SIZE(priority_names) &&
		       strcmp(s, priority_names[i]))
			i++;
		if (s && i < ARRAY_SIZE(priority_names))
			t->priority = (enum plan_priority)i;
		else if (s)
			err_at(ld, v[TK_PRIORITY],
			       "'priority' must be high, medium or low, got %s",
			       shown(ld, v[TK_PRIORITY]));
	}
	t->tags = get_strv(ld, v[TK_TAGS], "tags");
	t->resources = load_resource_list(ld, v[TK_RESOURCES]);
	if (v[TK_OPTIONAL] && !is_null(v[TK_OPTIONAL]))
		get_bool(ld, v[TK_OPTIONAL], "optional", &t->optional);
	if (v[TK_EVERY] && !is_null(v[TK_EVERY]))
		load_every(ld, v[TK_EVERY], &t->every);
	if (v[TK_MINUTES] && !is_null(v[TK_MINUTES])) {
		long minutes;
		if (!v[TK_EVERY] || is_null(v[TK_EVERY]))
			err_at(ld, v[TK_MINUTES],
			       "'minutes' is for a habit: add 'every' (%s), or give a "
			       "one-off task an 'estimate' like 30m",
			       EVERY_FORMS);
		else if (get_int(ld, v[TK_MINUTES], "minutes", 1, 1440, &minutes))
			t->minutes = (int)minutes;
	}
	if (v[TK_EVERY] && !is_null(v[TK_EVERY])) {
		/* a habit recurs by itself: what dates or splits a one-off task
		 * has no meaning on it */
		static const int one_off[] = { TK_DAYS, TK_DUE, TK_ESTIMATE, TK_TASKS };
		static const char *const why[] = {
			"it is due on the days 'every' gives",
			"it is due on the days 'every' gives",
			"give the time each occurrence takes as 'minutes'",
			"a habit has no sub-tasks",
		};
		for (size_t i = 0; i < ARRAY_SIZE(one_off); i++)
			if (v[one_off[i]] && !is_null(v[one_off[i]]))
				err_at(ld, v[one_off[i]] - 1,
				       "a habit (a task with 'every') takes no '%s': %s",
				       task_keys[one_off[i]], why[i]);
		if (depth > 1)
			err_at(ld, v[TK_EVERY] - 1,
			       "a habit must stand in a phase, a week block or the plan's "
			       "'habits', not under a task");
		t->tasks = (struct plan_tasks){ 0 };
		return true;
	}
	t->tasks = load_tasks(ld, v[TK_TASKS], depth + 1, block_days);
	return true;
}

static struct plan_tasks load_tasks(struct loader *ld, const struct loader_node *n,
				    int depth, int block_days)
{
	struct plan_tasks tl = { 0 };
	size_t count;
	const struct loader_node *items = get_list(ld, n, "tasks", &count);
	if (!count)
		return tl;
	if (depth > LOADER_MAX_NESTING) {
		err_at(ld, &items[0], "tasks nested more than %d deep",
		       LOADER_MAX_NESTING);
		return tl;
	}
	tl.v = arena_array(ld->arena, count, sizeof(*tl.v));
	for (size_t i = 0; i < count; i++)
		if (load_task(ld, &items[i], &tl.v[tl.n], depth, block_days))
			tl.n++;
	for (size_t i = 0; i < tl.n; i++) {
		if (tl.v[i].every.kind)
			ld->plan->counts.habits++;
		else
			ld->plan->counts.tasks++;
	}
	return tl;
}

/* The plan's own habits (`habits:`): tasks that each say `every`. */
static struct plan_tasks load_habits(struct loader *ld, const struct loader_node *n)
{
	size_t count;
	const struct loader_node *items = get_list(ld, n, "habits", &count);
	for (size_t i = 0; i < count; i++) {
		const struct loader_node *it = &items[i];
		bool has_every = false;
		for (unsigned p = 0; it->kind == Y_MAP && p < it->n; p++) {
			const struct loader_node *k = &it->items[2 * p];
			has_every |= k->kind == Y_SCALAR && !strcmp(k->str, "every") &&
				     !is_null(k + 1);
		}
		if (!has_every && (it->kind == Y_SCALAR || it->kind == Y_MAP) && !it->bad)
			err_at(ld, it->kind == Y_MAP && it->n ? &it->items[0] : it,
			       "a habit under 'habits' needs 'every' (%s)", EVERY_FORMS);
	}
	return load_tasks(ld, n, 1, 0);
}

/* ---- dates of phases and week blocks ----------------------------------- */

static bool scheduled(struct plan_span s)
{
	return s.start != CALENDAR_NONE;
}

/* Grows *acc to cover s. */
static void span_cover(struct plan_span *acc, struct plan_span s)
{
	if (!scheduled(s))
		return;
	if (!scheduled(*acc)) {
		*acc = s;
		return;
	}
	if (s.start < acc->start)
		acc->start = s.start;
	if (s.end > acc->end)
		acc->end = s.end;
}

static const char *fmt_date(struct loader *ld, int date)
{
	char buf[CALENDAR_DATE_LEN];
	return arena_strdup(ld->arena, calendar_format(date, buf));
}

/* Warns about a child that runs outside its parent's span. */
static void check_inside(struct loader *ld, struct plan_pos pos,
			 const char *what, const char *title,
			 struct plan_span child, struct plan_span parent,
			 const char *parent_what)
{
	if (!scheduled(child) || !scheduled(parent))
		return;
	if (child.end > parent.end)
		warn_at(ld, pos.line, pos.col,
			"%s '%s' ends %s, after its %s ends (%s)", what, title,
			fmt_date(ld, child.end), parent_what,
			fmt_date(ld, parent.end));
	else if (child.start < parent.start)
		warn_at(ld, pos.line, pos.col,
			"%s '%s' starts %s, before its %s starts (%s)", what,
			title, fmt_date(ld, child.start), parent_what,
			fmt_date(ld, parent.start));
}

/* A dated sibling, for the overlap check. */
struct sibling {
	struct plan_span span;
	struct plan_pos pos;
	const char *label;
	size_t index; /* place among its siblings, in the file */
};

static int sibling_cmp(const void *pa, const void *pb)
{
	const struct sibling *a = pa, *b = pb;
	if (a->span.start != b->span.start)
		return a->span.start < b->span.start ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Warns about siblings whose dates overlap: sorted by start, each is
 * checked against the one that reaches furthest among those before it.
 * The warning stands at the later of the two in the file. */
static void check_overlaps(struct loader *ld, const char *what,
			   struct sibling *sib, size_t n)
{
	if (n < 2)
		return;
	qsort(sib, n, sizeof(*sib), sibling_cmp);
	size_t far = 0;
	for (size_t i = 1; i < n; i++) {
		const struct sibling *a = &sib[far], *b = &sib[i];
		if (b->span.start <= a->span.end) {
			if (a->index > b->index) {
				const struct sibling *t = a;
				a = b;
				b = t;
			}
			warn_at(ld, b->pos.line, b->pos.col,
				"%s '%s' (%s to %s) overlaps '%s' (%s to %s)", what,
				b->label, fmt_date(ld, b->span.start),
				fmt_date(ld, b->span.end), a->label,
				fmt_date(ld, a->span.start), fmt_date(ld, a->span.end));
		}
		if (sib[i].span.end > sib[far].span.end)
			far = i;
	}
}

/* What a week block is called in messages: its title, else its weeks. */
static const char *week_label(struct loader *ld, const struct plan_week *w)
{
	if (w->title)
		return w->title;
	if (w->week_from == w->week_to)
		return arena_printf(ld->arena, "week %d", w->week_from);
	return arena_printf(ld->arena, "weeks %d-%d", w->week_from, w->week_to);
}

enum {
	WK_TITLE, WK_ID, WK_WEEK, WK_SUMMARY, WK_GOAL, WK_DELIVERABLE,
	WK_RESOURCES, WK_TASKS, WK_CRITERIA, WK_NKEYS
};
static const char *const week_keys[WK_NKEYS] = {
	"title", "id", "week", "summary", "goal", "deliverable",
	"resources", "tasks", "criteria",
};
static const struct mapdef week_def = { "a week block", week_keys, WK_NKEYS };

/* phase_start: the day week 1 begins, CALENDAR_NONE when the phase has no
 * dates. */
static bool load_week(struct loader *ld, const struct loader_node *node,
		      struct plan_week *w, int phase_start)
{
	const struct loader_node *v[WK_NKEYS];
	w->pos = (struct plan_pos){ node->line, node->col };
	w->span = (struct plan_span){ CALENDAR_NONE, CALENDAR_NONE };
	if (!map_collect(ld, node, &week_def, v))
		return false;
	if (!v[WK_WEEK] && !v[WK_TITLE] && !v[WK_ID])
		err_at(ld, node->n ? &node->items[0] : node,
		       "a week block needs 'week' or 'title'");
	w->title = get_text(ld, v[WK_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[WK_ID]) {
		w->id = get_id(ld, v[WK_ID]);
		register_id(ld, w->id, v[WK_ID], ID_WEEK, w);
	}
	int block_days = 0;
	if (v[WK_WEEK] && !v[WK_WEEK]->bad) {
		const struct loader_node *wn = v[WK_WEEK];
		enum range_result r = wn->kind != Y_SCALAR ? RANGE_BAD
			: parse_range(wn->str, WEEK_MAX, &w->week_from, &w->week_to);
		if (r == RANGE_BAD) {
			err_at(ld, wn,
			       "'week' must be a week of the phase like 3, or a "
			       "range like 1-2; got %s",
			       shown(ld, wn));
		} else if (r == RANGE_PAST_MAX) {
			err_at(ld, wn,
			       "'week' %s is past week %d, the last a week block "
			       "may name (weeks count from its phase's start)",
			       wn->str, WEEK_MAX);
		} else {
			block_days = 7 * (w->week_to - w->week_from + 1);
			if (phase_start != CALENDAR_NONE) {
				w->span.start = phase_start + 7 * (w->week_from - 1);
				w->span.end = phase_start + 7 * w->week_to - 1;
				if (w->span.end > CALENDAR_MAX) {
					err_at(ld, wn,
					       "'week' %s of a phase that starts "
					       "%s would end after 9999-12-31, the "
					       "last date a plan can have",
					       wn->str, fmt_date(ld, phase_start));
					w->span = (struct plan_span){
						CALENDAR_NONE, CALENDAR_NONE
					};
				}
			}
		}
	}
	w->summary = get_text(ld, v[WK_SUMMARY], "summary", 0);
	w->goal = get_text(ld, v[WK_GOAL], "goal", 0);
	if (v[WK_DELIVERABLE])
		w->deliverable = load_deliverable(ld, v[WK_DELIVERABLE]);
	w->resources = load_resource_list(ld, v[WK_RESOURCES]);
	w->tasks = load_tasks(ld, v[WK_TASKS], 1, block_days);
	w->criteria = load_criteria(ld, v[WK_CRITERIA]);
	return true;
}

enum {
	PH_TITLE, PH_ID, PH_START, PH_END, PH_DURATION, PH_GOAL, PH_SUMMARY,
	PH_DELIVERABLE, PH_MILESTONE, PH_SKILLS, PH_TAGS, PH_RESOURCES,
	PH_PHASES, PH_WEEKS, PH_TASKS, PH_CRITERIA, PH_NKEYS
};
static const char *const phase_keys[PH_NKEYS] = {
	"title", "id", "start", "end", "duration", "goal", "summary",
	"deliverable", "milestone", "skills", "tags", "resources",
	"phases", "weeks", "tasks", "criteria",
};
static const struct mapdef phase_def = { "a phase", phase_keys, PH_NKEYS };

static struct plan_phases load_phases(struct loader *ld, const struct loader_node *n,
				      int depth, int anchor,
				      struct plan_span *children);

/* A duration that, from start, would end after the last day there is. */
static void err_past_9999(struct loader *ld, const struct loader_node *duration,
			  int start)
{
	err_at(ld, duration,
	       "'duration' %s from %s would end after 9999-12-31, the last date "
	       "a plan can have",
	       duration->str, fmt_date(ld, start));
}

/*
 * Loads one phase and resolves its dates (docs/plan-format.md, "Dates of
 * phases and weeks"). anchor is where a phase without a start of its own
 * begins: the day after the previous dated sibling, or the parent's start;
 * CALENDAR_NONE when neither is known.
 */
static bool load_phase(struct loader *ld, const struct loader_node *node,
		       struct plan_phase *ph, int depth, int anchor)
{
	const struct loader_node *v[PH_NKEYS];
	ph->pos = (struct plan_pos){ node->line, node->col };
	ph->depth = depth;
	ph->span = (struct plan_span){ CALENDAR_NONE, CALENDAR_NONE };
	if (depth > LOADER_MAX_NESTING) {
		err_at(ld, node, "phases nested more than %d deep",
		       LOADER_MAX_NESTING);
		return false;
	}
	if (!map_collect(ld, node, &phase_def, v))
		return false;
	ld->plan->counts.phases++;
	if (!v[PH_TITLE])
		missing(ld, node, "title", "a phase");
	ph->title = get_text(ld, v[PH_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	if (v[PH_ID]) {
		ph->id = get_id(ld, v[PH_ID]);
		register_id(ld, ph->id, v[PH_ID], ID_PHASE, ph);
	}
	ph->goal = get_text(ld, v[PH_GOAL], "goal", 0);
	ph->summary = get_text(ld, v[PH_SUMMARY], "summary", 0);
	ph->milestone = get_text(ld, v[PH_MILESTONE], "milestone", TEXT_FOLD);
	ph->skills = load_skill_refs(ld, v[PH_SKILLS], "skills");
	ph->tags = get_strv(ld, v[PH_TAGS], "tags");
	ph->resources = load_resource_list(ld, v[PH_RESOURCES]);
	if (v[PH_DELIVERABLE])
		ph->deliverable = load_deliverable(ld, v[PH_DELIVERABLE]);

	/* own dates, as far as the keys tell */
	int start = CALENDAR_NONE, end = CALENDAR_NONE;
	struct calendar_span_len dur = { 0, CALENDAR_DAYS };
	bool has_start = false, has_end = false, has_dur = false;
	if (v[PH_START] && !is_null(v[PH_START]))
		has_start = get_date(ld, v[PH_START], "start", &start);
	if (v[PH_END] && !is_null(v[PH_END]))
		has_end = get_date(ld, v[PH_END], "end", &end);
	if (v[PH_DURATION] && !is_null(v[PH_DURATION])) {
		const struct loader_node *dn = v[PH_DURATION];
		has_dur = dn->kind == Y_SCALAR && calendar_parse_len(dn->str, &dur);
		size_t digits = dn->kind == Y_SCALAR ? strspn(dn->str, "0123456789") : 0;
		bool shaped = digits && strchr("dwm", dn->str[digits]) &&
			      dn->str[digits] && !dn->str[digits + 1];
		size_t zeros = dn->kind == Y_SCALAR ? strspn(dn->str, "0") : 0;
		if (has_dur)
			;
		else if (shaped && zeros == digits)
			err_at(ld, dn, "'duration' must be more than 0, got %s",
			       shown(ld, dn));
		else if (shaped && zeros)
			err_at(ld, dn,
			       "'duration' is written without a leading zero: %s, "
			       "not %s",
			       dn->str + zeros, shown(ld, dn));
		else if (shaped)
			err_at(ld, dn,
			       "'duration' %s is longer than all the dates a plan "
			       "can have (0001-01-01 to 9999-12-31)",
			       dn->str);
		else
			err_at(ld, dn,
			       "'duration' must be a number and a unit like 10d, "
			       "6w or 4m; got %s",
			       shown(ld, dn));
	}
	bool bad_dates = (v[PH_START] && !is_null(v[PH_START]) && !has_start) ||
			 (v[PH_END] && !is_null(v[PH_END]) && !has_end) ||
			 (v[PH_DURATION] && !is_null(v[PH_DURATION]) && !has_dur);

	/* where the phase starts, for its children */
	int own_start = CALENDAR_NONE;
	if (has_start) {
		own_start = start;
	} else if (has_end && has_dur) {
		own_start = calendar_add(end + 1, dur, -1);
		if (own_start == CALENDAR_NONE) {
			err_at(ld, v[PH_DURATION],
			       "'duration' %s up to %s would start before "
			       "0001-01-01, the first date a plan can have",
			       v[PH_DURATION]->str, fmt_date(ld, end));
			bad_dates = true;
		}
	} else if (!bad_dates) {
		own_start = anchor;
	}

	struct plan_span children = { CALENDAR_NONE, CALENDAR_NONE };
	ph->phases = load_phases(ld, v[PH_PHASES], depth + 1, own_start,
				 &children);

	size_t nweeks;
	const struct loader_node *weeks = get_list(ld, v[PH_WEEKS], "weeks", &nweeks);
	if (nweeks) {
		ph->weeks.v = arena_array(ld->arena, nweeks, sizeof(*ph->weeks.v));
		struct sibling *sib = xcalloc(nweeks, sizeof(*sib));
		size_t nsib = 0;
		for (size_t i = 0; i < nweeks; i++) {
			struct plan_week *w = &ph->weeks.v[ph->weeks.n];
			if (!load_week(ld, &weeks[i], w, own_start))
				continue;
			ph->weeks.n++;
			span_cover(&children, w->span);
			if (scheduled(w->span))
				sib[nsib++] = (struct sibling){ w->span, w->pos,
								week_label(ld, w), i };
		}
		check_overlaps(ld, "week block", sib, nsib);
		free(sib);
		ld->plan->counts.weeks += ph->weeks.n;
	}
	ph->tasks = load_tasks(ld, v[PH_TASKS], 1, 0);
	ph->criteria = load_criteria(ld, v[PH_CRITERIA]);

	/* the phase's own span */
	if (bad_dates) {
		/* reported already */
	} else if (has_start && has_end) {
		int last = has_dur ? calendar_span_last(start, dur) : end;
		if (end < start)
			err_at(ld, v[PH_END], "'end' %s is before 'start' %s",
			       fmt_date(ld, end), fmt_date(ld, start));
		else if (last == CALENDAR_NONE)
			err_past_9999(ld, v[PH_DURATION], start);
		else if (last != end)
			err_at(ld, v[PH_DURATION],
			       "'start', 'end' and 'duration' disagree: %s + %s "
			       "ends %s, not %s",
			       fmt_date(ld, start), v[PH_DURATION]->str,
			       fmt_date(ld, last), fmt_date(ld, end));
		else
			ph->span = (struct plan_span){ start, end };
	} else if (has_end && has_dur) {
		if (own_start != CALENDAR_NONE)
			ph->span = (struct plan_span){ own_start, end };
	} else if (has_dur && own_start != CALENDAR_NONE) {
		int last = calendar_span_last(own_start, dur);
		if (last == CALENDAR_NONE)
			err_past_9999(ld, v[PH_DURATION], own_start);
		else
			ph->span = (struct plan_span){ own_start, last };
	} else if (has_dur) {
		/* duration alone with nothing to start from: unscheduled */
	} else if (has_end) {
		if (own_start == CALENDAR_NONE)
			err_at(ld, v[PH_END],
			       "a phase with 'end' alone needs a start: give "
			       "'start' or 'duration', or put a dated phase "
			       "before it");
		else if (end < own_start)
			err_at(ld, v[PH_END],
			       "'end' %s is before the day this phase starts (%s, "
			       "after the phase before it)",
			       fmt_date(ld, end), fmt_date(ld, own_start));
		else
			ph->span = (struct plan_span){ own_start, end };
	} else if (has_start) {
		if (!scheduled(children) || children.end < start)
			err_at(ld, v[PH_START],
			       "a phase with 'start' alone needs 'end' or "
			       "'duration' (or dated sub-phases or week blocks)");
		else
			ph->span = (struct plan_span){ start, children.end };
	} else {
		ph->span = children;
	}

	/* children outside the phase */
	if (scheduled(ph->span)) {
		for (size_t i = 0; i < ph->phases.n; i++) {
			const struct plan_phase *c = &ph->phases.v[i];
			if (c->title)
				check_inside(ld, c->pos, "phase", c->title, c->span,
					     ph->span, "parent phase");
		}
		for (size_t i = 0; i < ph->weeks.n; i++) {
			const struct plan_week *w = &ph->weeks.v[i];
			check_inside(ld, w->pos, "week block", week_label(ld, w),
				     w->span, ph->span, "phase");
		}
	}
	return true;
}

/* Loads a list of sibling phases; each starts after the one before it
 * unless it says otherwise. *span grows to cover their dates. */
static struct plan_phases load_phases(struct loader *ld, const struct loader_node *n,
				      int depth, int anchor,
				      struct plan_span *span)
{
	struct plan_phases pl = { 0 };
	size_t count;
	const struct loader_node *items = get_list(ld, n, "phases", &count);
	if (!count)
		return pl;
	pl.v = arena_array(ld->arena, count, sizeof(*pl.v));
	struct sibling *sib = xcalloc(count, sizeof(*sib));
	size_t nsib = 0;
	for (size_t i = 0; i < count; i++) {
		struct plan_phase *ph = &pl.v[pl.n];
		if (!load_phase(ld, &items[i], ph, depth, anchor))
			continue;
		pl.n++;
		span_cover(span, ph->span);
		if (scheduled(ph->span)) {
			if (ph->title)
				sib[nsib++] = (struct sibling){ ph->span, ph->pos,
								ph->title, i };
			anchor = ph->span.end < CALENDAR_MAX ? ph->span.end + 1
							     : CALENDAR_NONE;
		}
	}
	check_overlaps(ld, "phase", sib, nsib);
	free(sib);
	return pl;
}

/* ---- the plan's own keys ---------------------------------------------- */

enum { SK_ID, SK_NAME, SK_LEVEL, SK_NKEYS };
static const char *const skill_keys[SK_NKEYS] = { "id", "name", "level" };
static const struct mapdef skill_def = { "a skill", skill_keys, SK_NKEYS };

static void load_skills(struct loader *ld, const struct loader_node *n)
{
	struct plan *p = ld->plan;
	size_t count;
	const struct loader_node *items = get_list(ld, n, "skills", &count);
	if (!count)
		return;
	p->skills = arena_array(ld->arena, count, sizeof(*p->skills));
	for (size_t i = 0; i < count; i++) {
		const struct loader_node *v[SK_NKEYS];
		if (!map_collect(ld, &items[i], &skill_def, v))
			continue;
		struct plan_skill *s = &p->skills[p->nskills++];
		s->pos = (struct plan_pos){ items[i].line, items[i].col };
		if (!v[SK_ID])
			missing(ld, &items[i], "id", "a skill");
		if (!v[SK_NAME])
			missing(ld, &items[i], "name", "a skill");
		if (v[SK_ID]) {
			s->id = get_id(ld, v[SK_ID]);
			register_id(ld, s->id, v[SK_ID], ID_SKILL, s);
		}
		s->name = get_text(ld, v[SK_NAME], "name", TEXT_FOLD | TEXT_REQUIRED);
		long level;
		if (v[SK_LEVEL] && !is_null(v[SK_LEVEL]) &&
		    get_int(ld, v[SK_LEVEL], "level", 1, 5, &level))
			s->level = (int)level;
	}
}

enum { SD_MINUTES, SD_FOCUS, SD_NKEYS };
static const char *const day_keys[SD_NKEYS] = { "minutes", "focus" };
static const struct mapdef day_def = { "a schedule day", day_keys, SD_NKEYS };
static const struct mapdef schedule_def = { "the schedule", weekday_keys, 7 };

static void load_schedule(struct loader *ld, const struct loader_node *n)
{
	struct plan *p = ld->plan;
	const struct loader_node *days[7];
	if (is_null(n) || !map_collect(ld, n, &schedule_def, days))
		return;
	p->has_schedule = true;
	for (int d = 0; d < 7; d++) {
		const struct loader_node *dn = days[d];
		if (!dn || is_null(dn))
			continue;
		if (dn->kind == Y_SCALAR) {
			if (strcmp(dn->str, "rest"))
				err_at(ld, dn,
				       "a schedule day must be 'rest' or a mapping "
				       "like { minutes: 30, focus: Reading }; got %s",
				       shown(ld, dn));
			continue;
		}
		const struct loader_node *v[SD_NKEYS];
		if (!map_collect(ld, dn, &day_def, v))
			continue;
		long minutes;
		if (!v[SD_MINUTES])
			missing(ld, dn, "minutes", "a schedule day");
		else if (get_int(ld, v[SD_MINUTES], "minutes", 1, 1440, &minutes))
			p->schedule[d].minutes = (int)minutes;
		p->schedule[d].focus = get_text(ld, v[SD_FOCUS], "focus", TEXT_FOLD);
	}
}

enum { RF_PROMPTS, RF_RATE, RF_NKEYS };
static const char *const reflection_keys[RF_NKEYS] = { "prompts", "rate" };
static const struct mapdef reflection_def = { "the reflection",
					      reflection_keys, RF_NKEYS };

const char *const plan_default_prompts[3] = {
	"What did I learn?", "What was hard?", "Goals for next week",
};

static void load_reflection(struct loader *ld, const struct loader_node *n)
{
	struct plan *p = ld->plan;
	const struct loader_node *v[RF_NKEYS] = { 0 };
	if (n && !is_null(n))
		map_collect(ld, n, &reflection_def, v);
	if (v[RF_PROMPTS]) {
		if (v[RF_PROMPTS]->kind == Y_SEQ && v[RF_PROMPTS]->n == 0)
			err_at(ld, v[RF_PROMPTS],
			       "'prompts' must name at least one prompt (leave it "
			       "out for the default ones)");
		p->prompts = get_strv(ld, v[RF_PROMPTS], "prompts");
	}
	if (!p->prompts.n) {
		p->prompts.v = (const char **)plan_default_prompts;
		p->prompts.n = ARRAY_SIZE(plan_default_prompts);
	}
	if (v[RF_RATE]) {
		p->rate = load_skill_refs(ld, v[RF_RATE], "rate");
	} else if (p->nskills) {
		p->rate.v = arena_array(ld->arena, p->nskills, sizeof(*p->rate.v));
		for (size_t i = 0; i < p->nskills; i++)
			p->rate.v[p->rate.n++] = &p->skills[i];
	}
}

/* ---- references and keys ----------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void resolve_refs(struct loader *ld)
{
	for (size_t i = 0; i < ld->nrefs; i++) {
		const struct ref *r = &ld->refs[i];
		const char *id = r->node->str;
		const struct idrec *rec = strmap_get(&ld->ids, id);
		const char *what = r->kind == ID_SKILL ? "skill" : "resource";
		if (rec && rec->kind == r->kind) {
			*r->slot = rec->item;
		} else if (rec) {
			err_at(ld, r->node, "'%s' is %s, not a %s", id,
			       id_kind_names[rec->kind], what);
		} else {
			/* suggest among the ids of the wanted kind */
			const char **cands = xcalloc(ld->ids.n + 1, sizeof(*cands));
			size_t n = 0;
			for (size_t s = 0; s < ld->ids.cap; s++) {
				const struct strmap_slot *sl = &ld->ids.slots[s];
				if (sl->key && ((const struct idrec *)sl->value)->kind == r->kind)
					cands[n++] = sl->key;
			}
			qsort(cands, n, sizeof(*cands), cmp_str);
			const char *hint = text_did_you_mean(id, cands, n);
			if (*hint)
				err_at(ld, r->node, "unknown %s '%s'%s", what, id, hint);
			else
				err_at(ld, r->node,
				       "unknown %s '%s': declare it in the plan's "
				       "'%s' list",
				       what, id, r->kind == ID_SKILL ? "skills" : "resources");
			free(cands);
		}
	}
}

/* The longest slug, and room for its NUL. */
#define SLUG_SIZE (TEXT_SLUG_MAX + 1)

/* The slug of title (text_slug, the identity rule), or NULL when it has
 * none. */
static const char *slugify(const char *title, char buf[SLUG_SIZE])
{
	return text_slug(title, buf) ? buf : NULL;
}

/* A key, its length and its strmap hash: the keys of its children are
 * built and hashed from it without going over it again. */
struct keyref {
	const char *s;
	size_t len, hash;
};

/* Room for n keyrefs of siblings on ld->krefs, kept there while their
 * children get keys; returns the index of the first. The caller gives the
 * room back with ld->nkrefs = that index. */
static size_t krefs_push(struct loader *ld, size_t n)
{
	ld->krefs = xgrow(ld->krefs, &ld->krefcap, ld->nkrefs + n,
			  sizeof(*ld->krefs));
	size_t base = ld->nkrefs;
	ld->nkrefs += n;
	return base;
}

/* Whether some item has key (whose hash is h) already; a top-level key
 * must not be any explicit id either. */
static bool key_taken(const struct loader *ld, bool top, const char *key,
		      size_t h)
{
	return strmap_get_hashed(&ld->keys, key, h) ||
	       (top && strmap_get_hashed(&ld->ids, key, h));
}

/* parent/name (name alone at the top level) in ld->kbuf, with room for a
 * suffix after it; *len and *hash are its length and hash. */
static char *key_build(struct loader *ld, const struct keyref *parent,
		       const char *name, size_t *len, size_t *hash)
{
	size_t plen = parent ? parent->len + 1 : 0, nlen = strlen(name);
	/* room for "-" and any unsigned number */
	char *key = ld->kbuf = xgrow(ld->kbuf, &ld->kcap, plen + nlen + 24, 1);
	size_t h = strmap_hash("");
	if (parent) {
		memcpy(key, parent->s, parent->len);
		key[parent->len] = '/';
		h = strmap_hash_more(parent->hash, "/", 1);
	}
	memcpy(key + plen, name, nlen + 1);
	*len = plen + nlen;
	*hash = strmap_hash_more(h, name, nlen);
	return key;
}

/* Writes "-n" and a NUL at s; returns the length of "-n". */
static size_t key_suffix(char *s, unsigned n)
{
	char digits[16];
	size_t k = 0;
	do
		digits[k++] = (char)('0' + n % 10);
	while (n /= 10);
	s[0] = '-';
	for (size_t i = 0; i < k; i++)
		s[1 + i] = digits[k - 1 - i];
	s[k + 1] = '\0';
	return k + 1;
}

/* Allocates the key built in ld->kbuf and records it as taken. */
static struct keyref key_keep(struct loader *ld, size_t len, size_t hash)
{
	const char *key = arena_strndup(ld->arena, ld->kbuf, len);
	strmap_put_hashed(&ld->keys, key, hash, (void *)key);
	return (struct keyref){ key, len, hash };
}

/*
 * A key no other item has: parent/name, else parent/name-2, -3, ..., the
 * first of them that is free. Keys are only ever added, so a suffix that
 * was taken once stays taken: the search for a base (parent/name) goes on
 * from where the last one for that base stopped, which gives the same key
 * as trying from -2 up would, in time linear in the siblings. Candidates
 * are built in ld->kbuf; only the key found is allocated.
 */
static struct keyref derive_key(struct loader *ld,
				const struct keyref *parent, const char *name)
{
	size_t blen, bhash;
	char *key = key_build(ld, parent, name, &blen, &bhash);
	size_t len = blen, hash = bhash;
	if (key_taken(ld, !parent, key, hash)) {
		struct key_base *kb = strmap_get_hashed(&ld->bases, key, bhash);
		if (!kb) {
			kb = arena_alloc(ld->keying, sizeof(*kb) + blen + 1);
			memcpy(kb->base, key, blen + 1);
			kb->next = 2;
			strmap_put_hashed(&ld->bases, kb->base, bhash, kb);
		}
		do {
			size_t slen = key_suffix(key + blen, kb->next++);
			len = blen + slen;
			hash = strmap_hash_more(bhash, key + blen, slen);
		} while (key_taken(ld, !parent, key, hash));
	}
	return key_keep(ld, len, hash);
}

/* parent/name exactly, for a phase or week block with an explicit id:
 * unique because ids are, and keyed before any sibling's derived key. */
static struct keyref exact_key(struct loader *ld, const struct keyref *parent,
			       const char *name)
{
	size_t len, hash;
	key_build(ld, parent, name, &len, &hash);
	return key_keep(ld, len, hash);
}

/* An item with an explicit id has it as its key. */
static struct keyref id_key(struct loader *ld, const char *id)
{
	struct keyref k = { id, strlen(id), strmap_hash(id) };
	strmap_put_hashed(&ld->keys, id, k.hash, (void *)id);
	return k;
}

static struct keyref title_key(struct loader *ld, const struct keyref *parent,
			       const char *id, const char *title,
			       const char *fallback)
{
	if (id)
		return id_key(ld, id);
	char buf[SLUG_SIZE];
	const char *slug = title ? slugify(title, buf) : NULL;
	return derive_key(ld, parent, slug ? slug : fallback);
}

static void key_resources(struct loader *ld, const struct keyref *parent,
			  struct plan_resources *rl)
{
	for (size_t i = 0; i < rl->n; i++) {
		struct plan_resource *r = rl->v[i];
		if (rl->defined[i])
			r->key = title_key(ld, parent, r->id, r->title, "resource").s;
	}
}

static void key_criteria(struct loader *ld, const struct keyref *parent,
			 struct plan_criteria *cl)
{
	for (size_t i = 0; i < cl->n; i++)
		cl->v[i].key = title_key(ld, parent, cl->v[i].id, cl->v[i].title,
					 "criterion").s;
}

static void key_deliverable(struct loader *ld, const struct keyref *parent,
			    struct plan_deliverable *d)
{
	if (!d)
		return;
	struct keyref k = title_key(ld, parent, d->id, d->title, "deliverable");
	d->key = k.s;
	key_criteria(ld, &k, &d->criteria);
}

static void key_tasks(struct loader *ld, const struct keyref *parent,
		      struct plan_tasks *tl)
{
	if (!tl->n)
		return;
	size_t base = krefs_push(ld, tl->n);
	for (size_t i = 0; i < tl->n; i++) {
		struct plan_task *t = &tl->v[i];
		ld->krefs[base + i] = title_key(ld, parent, t->id, t->title, "task");
		t->key = ld->krefs[base + i].s;
	}
	/* sub-tasks after all siblings, so that a sibling's slug never takes
	 * a suffix because of a nephew */
	for (size_t i = 0; i < tl->n; i++) {
		struct plan_task *t = &tl->v[i];
		struct keyref k = ld->krefs[base + i];
		key_tasks(ld, &k, &t->tasks);
		key_resources(ld, &k, &t->resources);
	}
	ld->nkrefs = base;
}

/* The name a week block without an id is keyed by, in buf. */
static const char *week_name(const struct plan_week *wk, char buf[SLUG_SIZE])
{
	if (wk->week_from && wk->week_from == wk->week_to)
		snprintf(buf, SLUG_SIZE, "week-%d", wk->week_from);
	else if (wk->week_from)
		snprintf(buf, SLUG_SIZE, "week-%d-%d", wk->week_from, wk->week_to);
	else if (!wk->title || !slugify(wk->title, buf))
		return "week";
	return buf;
}

/* The keys of everything in phase ph, whose key is ph_key. */
static void key_phase_children(struct loader *ld, const struct keyref *ph_key,
			       struct plan_phase *ph);

/*
 * Keys of the children of one parent: first those with explicit ids (their
 * keys are fixed), then the derived ones in the order sub-phases, week
 * blocks, tasks, criteria, deliverable, resources; then each child's own
 * children.
 */
static void key_phases(struct loader *ld, const struct keyref *parent,
		       struct plan_phases *pl)
{
	if (!pl->n)
		return;
	size_t base = krefs_push(ld, pl->n);
	for (size_t i = 0; i < pl->n; i++)
		if (pl->v[i].id)
			ld->krefs[base + i] = exact_key(ld, parent, pl->v[i].id);
	for (size_t i = 0; i < pl->n; i++) {
		struct plan_phase *ph = &pl->v[i];
		char buf[SLUG_SIZE];
		const char *slug = ph->id ? NULL : slugify(ph->title, buf);
		if (!ph->id)
			ld->krefs[base + i] = derive_key(ld, parent,
							 slug ? slug : "phase");
		ph->key = ld->krefs[base + i].s;
	}
	for (size_t i = 0; i < pl->n; i++) {
		struct keyref k = ld->krefs[base + i];
		key_phase_children(ld, &k, &pl->v[i]);
	}
	ld->nkrefs = base;
}

static void key_phase_children(struct loader *ld, const struct keyref *ph_key,
			       struct plan_phase *ph)
{
	size_t base = krefs_push(ld, ph->weeks.n);
	for (size_t w = 0; w < ph->weeks.n; w++)
		if (ph->weeks.v[w].id)
			ld->krefs[base + w] = exact_key(ld, ph_key, ph->weeks.v[w].id);
	key_phases(ld, ph_key, &ph->phases);
	for (size_t w = 0; w < ph->weeks.n; w++) {
		struct plan_week *wk = &ph->weeks.v[w];
		char buf[SLUG_SIZE];
		if (!wk->id)
			ld->krefs[base + w] = derive_key(ld, ph_key, week_name(wk, buf));
		wk->key = ld->krefs[base + w].s;
	}
	key_tasks(ld, ph_key, &ph->tasks);
	key_criteria(ld, ph_key, &ph->criteria);
	key_deliverable(ld, ph_key, ph->deliverable);
	key_resources(ld, ph_key, &ph->resources);
	for (size_t w = 0; w < ph->weeks.n; w++) {
		struct plan_week *wk = &ph->weeks.v[w];
		struct keyref k = ld->krefs[base + w];
		key_tasks(ld, &k, &wk->tasks);
		key_criteria(ld, &k, &wk->criteria);
		key_deliverable(ld, &k, wk->deliverable);
		key_resources(ld, &k, &wk->resources);
	}
	ld->nkrefs = base;
}

static void assign_keys(struct loader *ld)
{
	struct plan *p = ld->plan;
	const struct plan_counts *c = &p->counts;
	ld->keying = arena_new();
	strmap_init(&ld->bases);
	strmap_reserve(&ld->keys, c->phases + c->weeks + c->tasks + c->habits + c->criteria +
					  c->deliverables + c->resources + p->nskills);
	for (size_t i = 0; i < p->nskills; i++)
		p->skills[i].key = id_key(ld, p->skills[i].id).s;
	static const char library[] = "resources";
	const struct keyref lib = { library, sizeof(library) - 1,
				    strmap_hash(library) };
	for (size_t i = 0; i < p->nlibrary; i++) {
		struct plan_resource *r = p->resources[i];
		r->key = title_key(ld, &lib, r->id, r->title, "resource").s;
	}
	key_phases(ld, NULL, &p->phases);
	static const char habits[] = "habits";
	const struct keyref hab = { habits, sizeof(habits) - 1, strmap_hash(habits) };
	key_tasks(ld, &hab, &p->habits);
	strmap_done(&ld->bases);
	arena_free(ld->keying);
	free(ld->kbuf);
	free(ld->krefs);
}


/* Whether phases (the plan's list, or a phase's) give any phase, at any
 * depth, one of keys (NULL-terminated) with a value: a start or an end
 * (a plan without one, and without a start or end of its own, has no
 * dates at all), or a duration (it can be laid out from a day). */
static bool phases_have(const struct loader_node *phases, const char *const *keys, int depth)
{
	if (!phases || phases->kind != Y_SEQ || depth > LOADER_MAX_NESTING)
		return false;
	for (unsigned i = 0; i < phases->n; i++) {
		const struct loader_node *ph = &phases->items[i];
		if (ph->kind != Y_MAP)
			continue;
		for (unsigned j = 0; j < ph->n; j++) {
			const struct loader_node *key = &ph->items[2 * j], *val = &ph->items[2 * j + 1];
			if (key->kind != Y_SCALAR)
				continue;
			for (const char *const *k = keys; *k; k++)
				if (!strcmp(key->str, *k) && !is_null(val))
					return true;
			if (!strcmp(key->str, "phases") && phases_have(val, keys, depth + 1))
				return true;
		}
	}
	return false;
}

/* ---- the plan ------------------------------------------------------------ */

enum {
	PL_STRIDE, PL_ID, PL_TITLE, PL_SUMMARY, PL_START, PL_END, PL_SCHEDULE,
	PL_SKILLS, PL_REFLECTION, PL_RESOURCES, PL_TAGS, PL_PHASES, PL_HABITS,
	PL_NKEYS
};
static const char *const plan_keys[PL_NKEYS] = {
	"stride", "id", "title", "summary", "start", "end", "schedule",
	"skills", "reflection", "resources", "tags", "phases", "habits",
};
static const struct mapdef plan_def = { "the plan", plan_keys, PL_NKEYS };

static void load_plan(struct loader *ld, const struct loader_node *root)
{
	struct plan *p = ld->plan;
	const struct loader_node *v[PL_NKEYS];
	if (root->kind != Y_MAP) {
		err_at(ld, root,
		       "a plan file must be a mapping (key: value lines) with "
		       "'stride', 'id', 'title' and 'phases'; got %s",
		       root->kind == Y_SEQ ? "a list" : shown(ld, root));
		return;
	}
	map_collect(ld, root, &plan_def, v);

	static const char *const required[] = { "stride", "id", "title",
						"phases" };
	static const int required_idx[] = { PL_STRIDE, PL_ID, PL_TITLE,
					    PL_PHASES };
	for (size_t i = 0; i < ARRAY_SIZE(required); i++)
		if (!v[required_idx[i]])
			missing(ld, root, required[i], "a plan");

	if (v[PL_STRIDE] && !v[PL_STRIDE]->bad) {
		const struct loader_node *n = v[PL_STRIDE];
		long version;
		if (n->kind == Y_SCALAR && n->plain && parse_uint(n->str, 1000000, &version)) {
			if (version != 1)
				err_at(ld, n,
				       "this plan is in format version %ld; this "
				       "stride reads version 1",
				       version);
		} else if (n->kind == Y_SCALAR && !n->plain) {
			err_at(ld, n, "'stride' must be the number 1, written without "
				      "quotes; got %s", shown(ld, n));
		} else {
			err_at(ld, n, "'stride' must be the format version, 1; got %s",
			       shown(ld, n));
		}
	}
	if (v[PL_ID]) {
		p->id = get_id(ld, v[PL_ID]);
	}
	p->title = get_text(ld, v[PL_TITLE], "title", TEXT_FOLD | TEXT_REQUIRED);
	p->summary = get_text(ld, v[PL_SUMMARY], "summary", 0);
	if (v[PL_START] && !is_null(v[PL_START]))
		get_date(ld, v[PL_START], "start", &p->start);
	if (v[PL_END] && !is_null(v[PL_END]))
		get_date(ld, v[PL_END], "end", &p->end);
	if (p->start != CALENDAR_NONE && p->end != CALENDAR_NONE &&
	    p->end < p->start)
		err_at(ld, v[PL_END], "'end' %s is before 'start' %s",
		       fmt_date(ld, p->end), fmt_date(ld, p->start));
	load_schedule(ld, v[PL_SCHEDULE]);
	load_skills(ld, v[PL_SKILLS]);
	load_reflection(ld, v[PL_REFLECTION]);
	p->tags = get_strv(ld, v[PL_TAGS], "tags");

	size_t nlib;
	const struct loader_node *lib = get_list(ld, v[PL_RESOURCES], "resources", &nlib);
	for (size_t i = 0; i < nlib; i++) {
		if (lib[i].kind == Y_SCALAR)
			err_at(ld, &lib[i],
			       "an entry of the plan's resources must be a "
			       "mapping with a title; got %s",
			       shown(ld, &lib[i]));
		else
			load_resource(ld, &lib[i], false);
	}
	p->nlibrary = ld->nres;

	/* a plan with no dates of its own, started on a day (stride start):
	 * its phases are laid out from that day */
	static const char *const dates[] = { "start", "end", NULL };
	static const char *const lengths[] = { "duration", NULL };
	int first = p->start;
	if (p->start == CALENDAR_NONE && p->end == CALENDAR_NONE &&
	    !phases_have(v[PL_PHASES], dates, 0)) {
		p->layable = phases_have(v[PL_PHASES], lengths, 0);
		if (p->id && ld->anchor)
			first = ld->anchor(p->id, ld->anchor_ctx);
	}

	if (v[PL_PHASES] && (is_null(v[PL_PHASES]) ||
			     (v[PL_PHASES]->kind == Y_SEQ && v[PL_PHASES]->n == 0)))
		err_at(ld, v[PL_PHASES], "'phases' must hold at least one phase");
	struct plan_span span = { CALENDAR_NONE, CALENDAR_NONE };
	p->phases = load_phases(ld, v[PL_PHASES], 1, first, &span);

	/* the plan's span: as written, else its phases' */
	p->span.start = p->start != CALENDAR_NONE ? p->start : span.start;
	p->anchored = first != p->start && span.start != CALENDAR_NONE;
	p->span.end = p->end != CALENDAR_NONE ? p->end : span.end;
	if (p->span.start == CALENDAR_NONE || p->span.end == CALENDAR_NONE ||
	    p->span.end < p->span.start)
		p->span = (struct plan_span){ CALENDAR_NONE, CALENDAR_NONE };
	if (p->start != CALENDAR_NONE && p->end != CALENDAR_NONE &&
	    p->end >= p->start) {
		for (size_t i = 0; i < p->phases.n; i++) {
			const struct plan_phase *ph = &p->phases.v[i];
			if (ph->title)
				check_inside(ld, ph->pos, "phase", ph->title,
					     ph->span, p->span, "plan");
		}
	}

	p->habits = load_habits(ld, v[PL_HABITS]);

	resolve_refs(ld);

	p->resources = arena_memdup(ld->arena, ld->res,
				    ld->nres * sizeof(*ld->res));
	p->nresources = ld->nres;
	p->counts.resources = ld->nres;
}

/*
 * Loads the text in buf. When owned is true the loader owns buf and frees
 * it as soon as the tree is built, so that the file and the plan are never
 * both in memory at their full size.
 */
static enum loader_status load(const char *name, char *buf, size_t len,
			       bool owned, loader_anchor_fn *anchor, void *ctx,
			       struct plan **out, struct diag_list *diags)
{
	*out = NULL;
	struct arena *arena = arena_new();
	struct plan *p = arena_alloc(arena, sizeof(*p));
	p->arena = arena;
	p->file = arena_strdup(arena, name);
	p->start = p->end = CALENDAR_NONE;
	p->span = (struct plan_span){ CALENDAR_NONE, CALENDAR_NONE };

	struct loader ld = { .arena = arena, .scratch = arena_new(), .diags = diags,
			     .plan = p, .errors_at_start = diags->errors,
			     .anchor = anchor, .anchor_ctx = ctx,
			     .what = plan_what };
	strmap_init(&ld.ids);
	strmap_init(&ld.keys);

	struct loader_node *root = NULL;
	if (len > LOADER_MAX_BYTES) {
		struct loader_node at = { .line = 1, .col = 1 };
		err_at(&ld, &at, "the file is %zu bytes, more than the 64 MiB (%zu "
				 "bytes) a plan may have",
		       len, LOADER_MAX_BYTES);
	} else if (text_check(&ld, buf, len)) {
		root = tree_build(&ld, buf, len);
	}
	if (owned)
		free(buf);
	if (root)
		load_plan(&ld, root);
	arena_free(ld.scratch);
	if (!failed(&ld))
		assign_keys(&ld);

	bool ok = !failed(&ld);
	strmap_done(&ld.ids);
	strmap_done(&ld.keys);
	free(ld.refs);
	free(ld.res);
	diag_sort(diags);
	if (!ok) {
		arena_free(arena);
		return LOADER_INVALID;
	}
	*out = p;
	return LOADER_OK;
}

enum loader_status loader_load_buffer(const char *name, const char *buf,
				      size_t len, struct plan **out,
				      struct diag_list *diags)
{
	return load(name, (char *)buf, len, false, NULL, NULL, out, diags);
}

/* ---- files ---------------------------------------------------------------- */

static enum loader_status io_error(struct diag_list *diags, const char *what,
				   int err)
{
	diag_add(diags, DIAG_ERROR, 0, 0, "%s%s%s", what, *what ? ": " : "",
		 strerror(err));
	return LOADER_IO;
}

enum loader_status loader_read_file(const char *path, char **buf_out,
				    size_t *len_out, struct diag_list *diags)
{
	*buf_out = NULL;
	*len_out = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return io_error(diags, "", errno);
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int e = errno;
		if (!is_stdin)
			close(fd);
		return io_error(diags, "", e);
	}
	if (S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		return io_error(diags, "", EISDIR);
	}
	if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > LOADER_MAX_BYTES) {
		if (!is_stdin)
			close(fd);
		diag_add(diags, DIAG_ERROR, 1, 1,
			 "the file is %llu bytes, more than the 64 MiB (%zu bytes) "
			 "a plan may have",
			 (unsigned long long)st.st_size, LOADER_MAX_BYTES);
		return LOADER_INVALID;
	}

	/* read it whole, but never more than the limit and a byte */
	size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
	size_t len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			if (cap > LOADER_MAX_BYTES)
				break;
			cap = cap * 2 > LOADER_MAX_BYTES + 1 ? LOADER_MAX_BYTES + 1
							     : cap * 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + len, cap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			free(buf);
			if (!is_stdin)
				close(fd);
			return io_error(diags, "", e);
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	if (!is_stdin)
		close(fd);
	*buf_out = buf;
	*len_out = len;
	return LOADER_OK;
}

enum loader_status loader_load_text(const char *name, char *buf, size_t len,
				    struct plan **out, struct diag_list *diags)
{
	return load(name, buf, len, true, NULL, NULL, out, diags);
}

enum loader_status loader_load_anchored(const char *name, char *buf, size_t len,
					loader_anchor_fn *anchor, void *ctx,
					struct plan **out, struct diag_list *diags)
{
	return load(name, buf, len, true, anchor, ctx, out, diags);
}

enum loader_status loader_load_file(const char *path, struct plan **out,
				    struct diag_list *diags)
{
	char *buf;
	size_t len;
	*out = NULL;
	enum loader_status st = loader_read_file(path, &buf, &len, diags);
	if (st != LOADER_OK)
		return st;
	return loader_load_text(strcmp(path, "-") ? path : "<stdin>", buf, len,
				out, diags);
}

/* ---- other YAML documents ------------------------------------------------ */

struct loader_doc {
	struct arena *arena; /* the tree's strings and nodes */
};

enum loader_status loader_doc_load(const char *path, const char *what,
				   struct loader_doc **out,
				   const struct loader_node **root,
				   struct diag_list *diags)
{
	*out = NULL;
	*root = NULL;
	char *buf;
	size_t len;
	enum loader_status st = loader_read_file(path, &buf, &len, diags);
	if (st != LOADER_OK)
		return st;
	st = loader_doc_load_buffer(buf, len, what, out, root, diags);
	free(buf);
	return st;
}

enum loader_status loader_doc_load_buffer(const char *buf, size_t len, const char *what,
					  struct loader_doc **out,
					  const struct loader_node **root,
					  struct diag_list *diags)
{
	*out = NULL;
	*root = NULL;
	struct loader_doc *doc = xmalloc(sizeof(*doc));
	doc->arena = arena_new();
	/* one arena for both: the document lives until loader_doc_free() */
	struct loader ld = { .arena = doc->arena, .scratch = doc->arena,
			     .diags = diags, .errors_at_start = diags->errors,
			     .what = what };
	const struct loader_node *r = NULL;
	if (len > LOADER_MAX_BYTES) {
		struct loader_node at = { .line = 1, .col = 1 };
		err_at(&ld, &at, "the file is %zu bytes, more than the 64 MiB (%zu bytes) "
				 "it may have",
		       len, LOADER_MAX_BYTES);
	} else if (text_check(&ld, buf, len)) {
		r = tree_build(&ld, buf, len);
	}
	diag_sort(diags);
	if (!r || failed(&ld)) {
		loader_doc_free(doc);
		return LOADER_INVALID;
	}
	*out = doc;
	*root = r;
	return LOADER_OK;
}

void loader_doc_free(struct loader_doc *doc)
{
	if (!doc)
		return;
	arena_free(doc->arena);
	free(doc);
}
