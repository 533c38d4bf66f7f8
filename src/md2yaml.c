/*
 * md2yaml: a draft plan from a Markdown roadmap.
 *
 * Four stages, each a pass over the last one's result:
 *
 *   1. the bytes become clean text: no BOM, LF line ends, invalid UTF-8
 *      replaced, mojibake mended, control characters dropped;
 *   2. the lines become blocks, as CommonMark reads them (headings, list
 *      items with their continuation lines, paragraphs, tables, and the
 *      blocks a plan cannot hold: code, HTML);
 *   3. the blocks build a tree of phases, week blocks and tasks: a stack of
 *      open headings, a stack of open list items, and what a bold label
 *      ("**Acceptance Criteria**", "**Days 1-2:**") says the next list is;
 *   4. passes over the tree (timeline tables, wrappers and empty headings,
 *      durations, ids) and the YAML, written by hand: every string through
 *      md2yaml_quote().
 *
 * Everything lives in one arena, freed when the conversion ends; only the
 * YAML text is handed to the caller. Nothing here is quadratic: ids come
 * from hash maps with a counter a base, inline markup is matched with
 * precomputed bracket and backtick tables, and lists are stacks.
 */
#include "stride/md2yaml.h"

#include "stride/arena.h"
#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* ---- growing buffers ------------------------------------------------------ */

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_need(struct buf *b, size_t more)
{
	if (more > SIZE_MAX / 4 - b->n)
		util_out_of_memory();
	b->p = xgrow(b->p, &b->cap, b->n + more + 1, 1);
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_need(b, n);
	if (n)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_ch(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

static void buf_fmt(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void buf_fmt(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_str(b, s);
	free(s);
}

static void buf_utf8(struct buf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(b, u, n);
}

/* ---- arrays of pointers in the arena ----------------------------------------- */

struct pvec {
	void **v;
	size_t n, cap;
};

static void pvec_push(struct arena *a, struct pvec *pv, void *x)
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

/* ---- YAML scalars ------------------------------------------------------------ */

static bool ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ascii_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

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

static void quote_into(struct buf *b, const char *s, size_t n)
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

/* ---- clean text ------------------------------------------------------------------ */

/* Mac Roman's upper half, as Unicode. */
static const uint16_t mac_roman[128] = {
	0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
	0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
	0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
	0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
	0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
	0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
	0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
	0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
	0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
	0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
	0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
	0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
	0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
	0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
	0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
	0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/* Windows-1252's 0x80-0x9F (its undefined bytes pass through as the C1
 * code points); 0xA0-0xFF are Latin-1. */
static const uint16_t cp1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The byte that code point cp was in encoding enc (0 Mac Roman, 1
 * Windows-1252), or -1 when it is no upper-half byte there. */
static int mojibake_byte(int enc, uint32_t cp)
{
	if (cp < 0x80)
		return -1;
	if (enc == 1) {
		if (cp >= 0xA0 && cp <= 0xFF)
			return (int)cp;
		for (int i = 0; i < 32; i++)
			if (cp1252[i] == cp)
				return 0x80 + i;
		return -1;
	}
	for (int i = 0; i < 128; i++)
		if (mac_roman[i] == cp)
			return 0x80 + i;
	return -1;
}

/* At s (n bytes left), the mojibake of one UTF-8 character in encoding
 * enc: returns the bytes it spans and puts the character's bytes in out
 * (*outn of them); 0 when there is none. */
static size_t mojibake_at(int enc, const char *s, size_t n, char out[4],
			  size_t *outn)
{
	uint32_t cp;
	size_t w = text_utf8_decode((const unsigned char *)s, n, &cp);
	if (!w)
		return 0;
	int b0 = mojibake_byte(enc, cp);
	if (b0 < 0xC2 || b0 > 0xF4)
		return 0;
	size_t need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
	unsigned char bytes[4] = { (unsigned char)b0 };
	size_t off = w;
	for (size_t k = 1; k <= need; k++) {
		if (off >= n)
			return 0;
		size_t wk = text_utf8_decode((const unsigned char *)s + off, n - off, &cp);
		int bk = wk ? mojibake_byte(enc, cp) : -1;
		if (bk < 0x80 || bk > 0xBF)
			return 0;
		bytes[k] = (unsigned char)bk;
		off += wk;
	}
	uint32_t real;
	if (text_utf8_decode(bytes, need + 1, &real) != need + 1)
		return 0;
	memcpy(out, bytes, need + 1);
	*outn = need + 1;
	return off;
}

size_t md2yaml_mend(char *s, size_t *len)
{
	/* which encoding, if any, made three- or four-byte mojibake */
	size_t evidence[2] = { 0, 0 };
	for (int enc = 0; enc < 2; enc++) {
		for (size_t i = 0; i < *len;) {
			char out[4];
			size_t outn, w;
			if ((unsigned char)s[i] >= 0xC2 &&
			    (w = mojibake_at(enc, s + i, *len - i, out, &outn))) {
				if (outn >= 3)
					evidence[enc]++;
				i += w;
			} else {
				i++;
			}
		}
	}
	int enc = evidence[1] > evidence[0] ? 1 : 0;
	if (!evidence[enc])
		return 0;
	size_t o = 0, mended = 0;
	for (size_t i = 0; i < *len;) {
		char out[4];
		size_t outn, w;
		if ((unsigned char)s[i] >= 0xC2 &&
		    (w = mojibake_at(enc, s + i, *len - i, out, &outn))) {
			memcpy(s + o, out, outn);
			o += outn;
			i += w;
			mended++;
		} else {
			s[o++] = s[i++];
		}
	}
	*len = o;
	s[o] = '\0';
	return mended;
}

/* The input as text stride can read: UTF-8 with LF line ends, no BOM, no
 * control characters but tab and newline. Returns NULL, with err set, for
 * input that is not text at all. */
static char *clean_text(const char *in, size_t len, size_t *outlen,
			struct md2yaml_counts *c, char *err, size_t errlen)
{
	const unsigned char *s = (const unsigned char *)in;
	if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
			 (s[0] == 0xFE && s[1] == 0xFF))) {
		snprintf(err, errlen, "it is UTF-16 text: save it as UTF-8 and "
				      "convert that");
		return NULL;
	}
	size_t i = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	struct buf b = { 0 };
	buf_need(&b, len + 16);
	size_t nul = 0;
	while (i < len) {
		unsigned char ch = s[i];
		if (ch == '\r') {
			buf_ch(&b, '\n');
			i += i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		if (ch == 0) {
			nul++;
			c->controls++;
			i++;
			continue;
		}
		if (ch < 0x80) {
			buf_ch(&b, (char)ch);
			i++;
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode(s + i, len - i, &cp);
		if (!w) {
			c->bad_bytes++;
			buf_utf8(&b, 0xFFFD);
			i++;
			continue;
		}
		buf_add(&b, (const char *)s + i, w);
		i += w;
	}
	if (len >= 32 && (nul + c->bad_bytes) * 8 > len) {
		snprintf(err, errlen,
			 "it does not look like text (%zu of its %zu bytes are "
			 "not UTF-8): give a Markdown file",
			 nul + c->bad_bytes, len);
		free(b.p);
		return NULL;
	}
	if (!b.p)
		buf_need(&b, 1);
	c->mended = md2yaml_mend(b.p, &b.n);
	/* control characters: C0 but tab and newline, DEL, C1 */
	size_t o = 0;
	for (size_t k = 0; k < b.n;) {
		unsigned char ch = (unsigned char)b.p[k];
		if (ch < 0x80) {
			if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F) {
				c->controls++;
				k++;
				continue;
			}
			b.p[o++] = b.p[k++];
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode((unsigned char *)b.p + k, b.n - k, &cp);
		if (w == 0)
			w = 1; /* cannot happen: the text is UTF-8 by now */
		if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
			b.p[o++] = ' '; /* a line separator inside a line */
			k += w;
			continue;
		}
		if (cp >= 0x80 && cp <= 0x9F) {
			c->controls++;
			k += w;
			continue;
		}
		memmove(b.p + o, b.p + k, w);
		o += w;
		k += w;
	}
	b.p[o] = '\0';
	*outlen = o;
	return b.p;
}

/* ---- what headings name ----------------------------------------------------- */

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

static bool word_is(const struct tok *t, const char *w)
{
	return t->t == TK_WORD && t->wlen == strlen(w) && !strcmp(t->w, w);
}

/* Splits text into tokens (at most max); returns how many, the last one
 * TK_END. */
static size_t tokenize(const char *text, struct tok *tv, size_t max)
{
	size_t n = 0, i = 0, len = strlen(text);
	const unsigned char *s = (const unsigned char *)text;
	while (i < len && n + 1 < max) {
		struct tok t = { .t = TK_SYM, .off = i };
		unsigned char c = s[i];
		if (c == ' ' || c == '\t' || c == '\n') {
			i++;
			continue;
		}
		if (ascii_alpha(c)) {
			size_t k = i;
			while (k < len && ascii_alpha(s[k])) {
				if (k - i < sizeof(t.w) - 1)
					t.w[k - i] = (char)ascii_lower(s[k]);
				k++;
			}
			t.t = TK_WORD;
			t.wlen = k - i;
			i = k;
		} else if (ascii_digit(c)) {
			size_t k = i;
			long v = 0;
			while (k < len && ascii_digit(s[k])) {
				if (k - i < 6)
					v = v * 10 + (s[k] - '0');
				k++;
			}
			t.t = TK_NUM;
			t.digits = (int)(k - i);
			t.num = t.digits > 6 ? -1 : v;
			/* 1st, 2nd, 3rd, 12th */
			if (k + 1 < len && ascii_alpha(s[k]) && ascii_alpha(s[k + 1]) &&
			    (k + 2 == len || !ascii_alpha(s[k + 2]))) {
				char a = (char)ascii_lower(s[k]), b = (char)ascii_lower(s[k + 1]);
				if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
				    (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
					k += 2;
			}
			i = k;
		} else if (c < 0x80) {
			i++;
			switch (c) {
			case '-':
				if (i < len && s[i] == '>') {
					t.t = TK_ARROW;
					i++;
				} else {
					t.t = TK_DASH;
				}
				break;
			case '~': t.t = TK_DASH; break;
			case '=':
				if (i < len && s[i] == '>') {
					t.t = TK_ARROW;
					i++;
				}
				break;
			case ',': t.t = TK_COMMA; break;
			case '(': case '[': t.t = TK_OPEN; break;
			case ')': case ']': t.t = TK_CLOSE; break;
			case '+': t.t = TK_PLUS; break;
			case ':': t.t = TK_COLON; break;
			case '.': t.t = TK_DOT; break;
			case '#': t.t = TK_HASH; break;
			case '&': t.t = TK_AMP; break;
			default: break;
			}
		} else {
			uint32_t cp;
			size_t w = text_utf8_decode(s + i, len - i, &cp);
			if (!w) {
				w = 1;
				cp = 0xFFFD;
			}
			i += w;
			if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
			    cp == 0x202F || cp == 0x205F || cp == 0x3000)
				continue; /* a space */
			if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
				t.t = TK_DASH;
			else if (cp == 0x2192 || cp == 0x27F6 || cp == 0x21D2 ||
				 cp == 0x2794 || cp == 0x279C || cp == 0x27A1)
				t.t = TK_ARROW;
		}
		t.end = i;
		tv[n++] = t;
	}
	tv[n] = (struct tok){ .t = TK_END, .off = len, .end = len };
	return n + 1;
}

static enum md2yaml_unit unit_word(const struct tok *t)
{
	static const struct {
		const char *w;
		enum md2yaml_unit u;
	} words[] = {
		{ "phase", MD2YAML_PHASE }, { "stage", MD2YAML_PHASE },
		{ "part", MD2YAML_PHASE },  { "month", MD2YAML_MONTH },
		{ "months", MD2YAML_MONTH }, { "week", MD2YAML_WEEK },
		{ "weeks", MD2YAML_WEEK },  { "wk", MD2YAML_WEEK },
		{ "day", MD2YAML_DAY },	    { "days", MD2YAML_DAY },
	};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (word_is(t, words[i].w))
			return words[i].u;
	return MD2YAML_NONE;
}

/* The largest number a range of that unit may hold and still be a plan's
 * (the loader takes weeks up to 1000, days up to 10000). */
static int unit_max(enum md2yaml_unit u)
{
	switch (u) {
	case MD2YAML_MONTH: return 120;
	case MD2YAML_WEEK: return 520;
	case MD2YAML_DAY: return 366;
	default: return 99;
	}
}

/* "3", "1-2", "1–2", "1 to 2", "1 & 2", "6+" at tv[i]: returns the tokens
 * it spans, 0 when none. */
static size_t parse_range(const struct tok *tv, size_t i, int max, int *from,
			  int *to, bool *open)
{
	const struct tok *a = &tv[i];
	if (a->t != TK_NUM || a->num < 1 || a->num > max)
		return 0;
	*from = *to = (int)a->num;
	*open = false;
	const struct tok *sep = &tv[i + 1];
	if (sep->t == TK_PLUS) {
		*open = true;
		return 2;
	}
	if (sep->t == TK_DASH || sep->t == TK_AMP || word_is(sep, "to") ||
	    word_is(sep, "and") || word_is(sep, "through") || word_is(sep, "thru")) {
		const struct tok *b = &tv[i + 2];
		if (b->t == TK_NUM && b->num > a->num && b->num <= max) {
			*to = (int)b->num;
			return 3;
		}
	}
	return 1;
}

/* "Weeks 1-4" (position) or "3-4 Months" (length) at tv[i]. */
static size_t parse_unit_range(const struct tok *tv, size_t i,
			       enum md2yaml_unit *u, int *from, int *to,
			       bool *open, bool *len)
{
	enum md2yaml_unit w = unit_word(&tv[i]);
	if (w != MD2YAML_NONE) {
		size_t j = i + 1;
		if (tv[j].t == TK_HASH)
			j++;
		size_t r = parse_range(tv, j, unit_max(w), from, to, open);
		if (r) {
			*u = w;
			*len = false;
			return j + r - i;
		}
		return 0;
	}
	if (tv[i].t == TK_NUM) {
		int f, t;
		bool o;
		size_t r = parse_range(tv, i, 999, &f, &t, &o);
		if (!r || o)
			return 0;
		w = unit_word(&tv[i + r]);
		if (w == MD2YAML_NONE || w == MD2YAML_PHASE || t > unit_max(w))
			return 0;
		*u = w;
		*from = f;
		*to = t;
		*open = false;
		*len = true;
		return r + 1;
	}
	return 0;
}

static int weekday_word(const struct tok *t)
{
	static const char *const full[7] = { "monday", "tuesday", "wednesday",
					     "thursday", "friday", "saturday",
					     "sunday" };
	static const char *const abbr[7] = { "mon", "tue", "wed", "thu",
					     "fri", "sat", "sun" };
	for (int d = 0; d < 7; d++)
		if (word_is(t, full[d]) || word_is(t, abbr[d]))
			return d;
	return -1;
}

static int month_word(const struct tok *t)
{
	static const char *const names[12] = {
		"january", "february", "march",	    "april",   "may",
		"june",	   "july",     "august",    "september", "october",
		"november", "december",
	};
	if (t->t != TK_WORD || t->wlen < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		if (t->wlen <= strlen(names[m]) && !strncmp(names[m], t->w, t->wlen) &&
		    (t->wlen == 3 || t->wlen == strlen(names[m]) ||
		     (m == 8 && t->wlen == 4)))
			return m + 1;
	}
	return 0;
}

/* A date as written: y 0 when it names no year, d 0 for a whole month. */
struct pdate {
	int y, m, d;
};

/* Years of a roadmap: 1900 to 2199 (so that dates and durations never
 * come near the year 9999, where plans end). */
static bool is_year(const struct tok *t)
{
	return t->t == TK_NUM && t->digits == 4 && t->num >= 1900 && t->num <= 2199;
}

static bool is_mday(const struct tok *t)
{
	return t->t == TK_NUM && t->digits <= 2 && t->num >= 1 && t->num <= 31;
}

/* One date at tv[i]: 2025-06-12, 12 Jun [2025], Jun 12[, 2025],
 * Jun[.] [2025]. Returns the tokens it spans, 0 when none. */
static size_t parse_pdate(const struct tok *tv, size_t i, struct pdate *p)
{
	*p = (struct pdate){ 0 };
	const struct tok *t = &tv[i];
	if (is_year(t) && tv[i + 1].t == TK_DASH && tv[i + 2].t == TK_NUM &&
	    tv[i + 2].digits <= 2 && tv[i + 3].t == TK_DASH &&
	    tv[i + 4].t == TK_NUM && tv[i + 4].digits <= 2) {
		*p = (struct pdate){ (int)t->num, (int)tv[i + 2].num, (int)tv[i + 4].num };
		return p->m >= 1 && p->m <= 12 && p->d >= 1 ? 5 : 0;
	}
	size_t k;
	if (is_mday(t) && (p->m = month_word(&tv[i + 1]))) {
		p->d = (int)t->num;
		k = i + 2;
		if (tv[k].t == TK_DOT)
			k++;
		if (tv[k].t == TK_COMMA && is_year(&tv[k + 1]))
			k++;
		if (is_year(&tv[k]))
			p->y = (int)tv[k++].num;
		return k - i;
	}
	if ((p->m = month_word(t))) {
		k = i + 1;
		if (tv[k].t == TK_DOT)
			k++;
		if (is_mday(&tv[k])) {
			p->d = (int)tv[k++].num;
			if (tv[k].t == TK_COMMA && is_year(&tv[k + 1]))
				k++;
		}
		if (is_year(&tv[k]))
			p->y = (int)tv[k++].num;
		return k - i;
	}
	return 0;
}

static bool range_sep(const struct tok *t)
{
	return t->t == TK_DASH || t->t == TK_ARROW || word_is(t, "to") ||
	       word_is(t, "until") || word_is(t, "till") ||
	       word_is(t, "through") || word_is(t, "thru");
}

/* Month and day compared, as if in one year. */
static int md_cmp(const struct pdate *a, const struct pdate *b)
{
	int x = a->m * 32 + a->d, y = b->m * 32 + (b->d ? b->d : 31);
	return x < y ? -1 : x > y ? 1 : 0;
}

/* Day numbers of a..b (b NULL: a alone), or false. */
static bool resolve_dates(struct pdate a, const struct pdate *bp, int year,
			  int *start, int *end, bool *need_year)
{
	struct pdate b = bp ? *bp : a;
	if (!a.y && !b.y) {
		if (!year) {
			*need_year = true;
			return false;
		}
		a.y = b.y = year;
		if (bp && md_cmp(&a, &b) > 0)
			b.y = year + 1;
	} else if (!a.y) {
		a.y = md_cmp(&a, &b) > 0 ? b.y - 1 : b.y;
	} else if (!b.y) {
		b.y = md_cmp(&a, &b) > 0 ? a.y + 1 : a.y;
	}
	int ad = a.d ? a.d : 1;
	int bd = b.d ? b.d : (b.y >= 1 && b.y <= 9999 && b.m >= 1 && b.m <= 12
				      ? calendar_month_days(b.y, b.m)
				      : 0);
	if (!calendar_valid(a.y, a.m, ad) || !calendar_valid(b.y, b.m, bd))
		return false;
	*start = calendar_from_civil(a.y, a.m, ad);
	*end = calendar_from_civil(b.y, b.m, bd);
	return *end >= *start;
}

static bool dates_in(const struct tok *tv, size_t n, size_t first, int year,
		     int *start, int *end, bool *need_year)
{
	for (size_t i = 0; i + 1 < n; i++) {
		struct pdate a, b;
		size_t ca = 0;
		/* 12–15 Jun [2025] */
		if (is_mday(&tv[i]) && tv[i + 1].t == TK_DASH && is_mday(&tv[i + 2]) &&
		    month_word(&tv[i + 3])) {
			struct pdate m;
			parse_pdate(tv, i + 2, &m);
			a = m;
			a.d = (int)tv[i].num;
			if (resolve_dates(a, &m, year, start, end, need_year))
				return true;
			continue;
		}
		if (!(ca = parse_pdate(tv, i, &a)))
			continue;
		size_t k = i + ca;
		size_t cb;
		/* Jun 12–15 */
		if (a.d && !a.y && tv[k].t == TK_DASH && is_mday(&tv[k + 1]) &&
		    !month_word(&tv[k + 2])) {
			b = a;
			b.d = (int)tv[k + 1].num;
			if (is_year(&tv[k + 2]))
				a.y = b.y = (int)tv[k + 2].num;
			else if (tv[k + 2].t == TK_COMMA && is_year(&tv[k + 3]))
				a.y = b.y = (int)tv[k + 3].num;
			if (resolve_dates(a, &b, year, start, end, need_year))
				return true;
			continue;
		}
		if (range_sep(&tv[k]) && (cb = parse_pdate(tv, k + 1, &b))) {
			if (resolve_dates(a, &b, year, start, end, need_year))
				return true;
			i = k + cb - 1;
			continue;
		}
		/* a month alone names a span only with its year, or where the
		 * text begins ("September – ..."), and "may" never alone */
		if (!a.d && !a.y && (i != first || word_is(&tv[i], "may")))
			continue;
		if (resolve_dates(a, NULL, year, start, end, need_year))
			return true;
	}
	return false;
}

/* The index of the first token that is a word, number or bracket. */
static size_t first_content(const struct tok *tv, size_t n)
{
	size_t i = 0;
	while (i + 1 < n && tv[i].t != TK_WORD && tv[i].t != TK_NUM &&
	       tv[i].t != TK_OPEN)
		i++;
	return i;
}

bool md2yaml_dates(const char *text, int year, int *start, int *end,
		   bool *need_year)
{
	struct tok tv[TOKENS_MAX];
	size_t n = tokenize(text, tv, TOKENS_MAX);
	*start = *end = CALENDAR_NONE;
	*need_year = false;
	return dates_in(tv, n, first_content(tv, n), year, start, end, need_year);
}

bool md2yaml_heading(const char *text, int year, struct md2yaml_heading *h)
{
	*h = (struct md2yaml_heading){ .weekday = -1, .start = CALENDAR_NONE,
				       .end = CALENDAR_NONE };
	struct tok tv[TOKENS_MAX];
	size_t n = tokenize(text, tv, TOKENS_MAX);
	size_t i = first_content(tv, n);
	/* a number before the title: "3. Six-Week Learning Plan" */
	if (tv[i].t == TK_NUM && (tv[i + 1].t == TK_DOT || tv[i + 1].t == TK_CLOSE) &&
	    tv[i + 2].t == TK_WORD && tv[i].digits <= 3)
		i += 2;
	size_t first = i, j = i, r;
	if ((r = parse_unit_range(tv, i, &h->unit, &h->from, &h->to, &h->open,
				  &h->len))) {
		j = i + r;
	} else if ((h->weekday = weekday_word(&tv[i])) >= 0 &&
		   (tv[i + 1].t == TK_END || tv[i + 1].t == TK_COLON ||
		    tv[i + 1].t == TK_DASH || tv[i + 1].t == TK_COMMA)) {
		h->unit = MD2YAML_DAY;
		j = i + 1;
	} else {
		h->weekday = -1;
	}
	if (h->unit != MD2YAML_NONE) {
		while (tv[j].t == TK_COLON || tv[j].t == TK_DASH ||
		       tv[j].t == TK_DOT || tv[j].t == TK_SYM || tv[j].t == TK_ARROW)
			j++;
		h->rest = tv[j].off;
	}
	for (size_t k = h->unit != MD2YAML_NONE ? j : first; k + 1 < n; k++) {
		bool open, len;
		enum md2yaml_unit u;
		int f, t;
		if (parse_unit_range(tv, k, &u, &f, &t, &open, &len) &&
		    u != MD2YAML_PHASE) {
			h->span = u;
			h->span_from = f;
			h->span_to = t;
			h->span_open = open;
			h->span_len = len;
			break;
		}
	}
	dates_in(tv, n, first, year, &h->start, &h->end, &h->need_year);
	return h->unit != MD2YAML_NONE || h->span != MD2YAML_NONE ||
	       h->start != CALENDAR_NONE;
}

/* ---- inline Markdown ------------------------------------------------------------ */

static bool ascii_punct(int c)
{
	return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
	       (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

static bool is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* What inline text held besides its words. */
struct inl {
	struct pvec urls;  /* link targets, in order (arena strings) */
	size_t images;	   /* images left out */
	bool only_anchor;  /* the whole text is one link to "#..." */
};

#define NOMATCH UINT32_MAX

/* HTML character references, the common named ones and numeric ones:
 * returns the bytes used at s (0: not one) and the code point. */
static size_t entity(const char *s, size_t n, uint32_t *cp)
{
	static const struct {
		const char *name;
		uint32_t cp;
	} named[] = {
		{ "&amp;", '&' },     { "&lt;", '<' },	     { "&gt;", '>' },
		{ "&quot;", '"' },    { "&apos;", '\'' },   { "&nbsp;", ' ' },
		{ "&ndash;", 0x2013 }, { "&mdash;", 0x2014 }, { "&rarr;", 0x2192 },
		{ "&hellip;", 0x2026 }, { "&copy;", 0xA9 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(named); i++) {
		size_t l = strlen(named[i].name);
		if (l <= n && !memcmp(s, named[i].name, l)) {
			*cp = named[i].cp;
			return l;
		}
	}
	if (n < 4 || s[1] != '#')
		return 0;
	size_t k = 2;
	bool hex = s[k] == 'x' || s[k] == 'X';
	if (hex)
		k++;
	uint32_t v = 0;
	size_t d = 0;
	for (; k < n && d < 7; k++, d++) {
		int c = (unsigned char)s[k];
		int x = ascii_digit(c) ? c - '0'
			: hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
			: hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
						      : -1;
		if (x < 0)
			break;
		v = v * (hex ? 16 : 10) + (uint32_t)x;
	}
	if (!d || k >= n || s[k] != ';')
		return 0;
	*cp = v;
	return k + 1;
}

/* The url of a link's "(url "title")" part, s[a..b): an arena string. */
static char *link_url(struct arena *ar, const char *s, size_t a, size_t b)
{
	while (a < b && is_ws(s[a]))
		a++;
	size_t e = a;
	if (a < b && s[a] == '<') {
		a++;
		e = a;
		while (e < b && s[e] != '>')
			e++;
	} else {
		while (e < b && !is_ws(s[e]))
			e++;
	}
	return e > a ? arena_strndup(ar, s + a, e - a) : NULL;
}

/*
 * The words of inline Markdown s[0..n) on one line: links keep their text
 * (the url goes in in->urls), images go, emphasis and code markers go,
 * HTML tags go, character references are decoded, white space is one
 * space. An arena string, "" when nothing is left.
 */
static char *clean_inline(struct arena *ar, const char *s, size_t n,
			  struct inl *in)
{
	memset(in, 0, sizeof(*in));
	if (n == 0)
		return arena_strdup(ar, "");
	uint32_t *m = xmalloc(n * sizeof(*m));
	uint32_t *stack = xmalloc(n * sizeof(*stack));
	for (size_t i = 0; i < n; i++)
		m[i] = NOMATCH;

	/* code spans: a backtick run closed by the next run of its length */
	size_t nruns = 0, maxrun = 0;
	for (size_t i = 0; i < n;) {
		if (s[i] == '\\' && i + 1 < n) {
			i += 2;
			continue;
		}
		if (s[i] != '`') {
			i++;
			continue;
		}
		size_t k = i;
		while (k < n && s[k] == '`')
			k++;
		stack[nruns++] = (uint32_t)i;
		if (k - i > maxrun)
			maxrun = k - i;
		i = k;
	}
	if (nruns) {
		uint32_t *runlen = xmalloc(nruns * sizeof(*runlen));
		uint32_t *next = xmalloc(nruns * sizeof(*next));
		uint32_t *last = xmalloc((maxrun + 1) * sizeof(*last));
		for (size_t k = 0; k <= maxrun; k++)
			last[k] = NOMATCH;
		for (size_t r = 0; r < nruns; r++) {
			size_t k = stack[r];
			while (k < n && s[k] == '`')
				k++;
			runlen[r] = (uint32_t)(k - stack[r]);
		}
		for (size_t r = nruns; r-- > 0;) {
			next[r] = last[runlen[r]];
			last[runlen[r]] = (uint32_t)r;
		}
		for (size_t r = 0; r < nruns;) {
			if (next[r] != NOMATCH) {
				/* m[open] = where the closing run starts */
				m[stack[r]] = stack[next[r]];
				r = next[r] + 1;
			} else {
				r++;
			}
		}
		free(runlen);
		free(next);
		free(last);
	}

	/* brackets and parentheses, outside code spans */
	size_t nb = 0, np = 0;
	uint32_t *pstack = xmalloc(n * sizeof(*pstack));
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\\') {
			i++;
			continue;
		}
		if (c == '`' && m[i] != NOMATCH) {
			size_t k = m[i];
			while (k < n && s[k] == '`')
				k++;
			i = k - 1;
			continue;
		}
		if (c == '[')
			stack[nb++] = (uint32_t)i;
		else if (c == ']' && nb)
			m[stack[--nb]] = (uint32_t)i;
		else if (c == '(')
			pstack[np++] = (uint32_t)i;
		else if (c == ')' && np)
			m[pstack[--np]] = (uint32_t)i;
	}
	free(pstack);

	/* the walk; stack holds the open links: where each one's text ends */
	struct buf b = { 0 };
	buf_need(&b, n);
	uint32_t *resume = xmalloc(n * sizeof(*resume));
	const char **url = xmalloc(n * sizeof(*url));
	size_t depth = 0, tail = n;
	while (tail > 0 && is_ws(s[tail - 1]))
		tail--;
	for (size_t i = 0; i < n;) {
		if (depth && i == stack[depth - 1]) {
			depth--;
			if (url[depth] && url[depth][0] != '#')
				pvec_push(ar, &in->urls, (void *)url[depth]);
			i = resume[depth];
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' && i + 1 < n && ascii_punct((unsigned char)s[i + 1])) {
			buf_ch(&b, s[i + 1]);
			i += 2;
			continue;
		}
		if (c == '`' && m[i] != NOMATCH) {
			size_t k = i;
			while (k < n && s[k] == '`')
				k++;
			size_t a = k, e = m[i];
			size_t run = k - i;
			if (e - a >= 2 && s[a] == ' ' && s[e - 1] == ' ') {
				a++;
				e--;
			}
			buf_add(&b, s + a, e - a);
			i = m[i] + run;
			continue;
		}
		if (c == '!' && i + 1 < n && s[i + 1] == '[' && m[i + 1] != NOMATCH) {
			size_t j = m[i + 1];
			if (j + 1 < n && (s[j + 1] == '(' || s[j + 1] == '[') &&
			    m[j + 1] != NOMATCH) {
				in->images++;
				i = m[j + 1] + 1;
				continue;
			}
		}
		if (c == '[' && m[i] != NOMATCH) {
			size_t j = m[i];
			if (j + 1 < n && (s[j + 1] == '(' || s[j + 1] == '[') &&
			    m[j + 1] != NOMATCH) {
				bool inline_link = s[j + 1] == '(';
				stack[depth] = (uint32_t)j;
				resume[depth] = m[j + 1] + 1;
				url[depth] = inline_link ? link_url(ar, s, j + 2, m[j + 1]) : NULL;
				if (i == 0 && url[depth] && url[depth][0] == '#' &&
				    resume[depth] >= tail)
					in->only_anchor = true;
				depth++;
				i++;
				continue;
			}
		}
		if (c == '<') {
			/* an autolink, or an HTML tag (dropped) */
			size_t k = i + 1, lim = i + 300 < n ? i + 300 : n;
			while (k < lim && s[k] != '>' && s[k] != '<' && s[k] != '\n')
				k++;
			if (k < lim && s[k] == '>') {
				size_t in_len = k - i - 1;
				const char *t = s + i + 1;
				bool autolink = in_len > 7 && !memchr(t, ' ', in_len) &&
						(!strncmp(t, "http://", 7) ||
						 !strncmp(t, "https://", 8) ||
						 !strncmp(t, "mailto:", 7));
				bool tag = ascii_alpha((unsigned char)t[0]) || t[0] == '!' ||
					   (t[0] == '/' && in_len > 1 &&
					    ascii_alpha((unsigned char)t[1]));
				if (autolink) {
					buf_add(&b, t, in_len);
					pvec_push(ar, &in->urls, arena_strndup(ar, t, in_len));
					i = k + 1;
					continue;
				}
				if (tag) {
					buf_ch(&b, ' ');
					i = k + 1;
					continue;
				}
			}
		}
		if (c == '&') {
			uint32_t cp;
			size_t l = entity(s + i, n - i, &cp);
			if (l) {
				if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F) &&
				    !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF &&
				    cp != 0xFFFE && cp != 0xFFFF)
					buf_utf8(&b, cp);
				i += l;
				continue;
			}
		}
		if (c == '*' || c == '_' || c == '~') {
			size_t k = i;
			while (k < n && s[k] == (char)c)
				k++;
			size_t run = k - i;
			int before = i ? (unsigned char)s[i - 1] : ' ';
			int after = k < n ? (unsigned char)s[k] : ' ';
			bool left = !is_ws(after), right = !is_ws(before);
			bool word_b = ascii_alpha(before) || ascii_digit(before) || before >= 0x80;
			bool word_a = ascii_alpha(after) || ascii_digit(after) || after >= 0x80;
			bool drop = (left || right) && !(word_b && word_a);
			if (c == '~' && run != 2)
				drop = false;
			if (!drop)
				buf_add(&b, s + i, run);
			i = k;
			continue;
		}
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			buf_ch(&b, ' '); /* a no-break space is a space */
			i += 2;
			continue;
		}
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0xAF) {
			buf_ch(&b, ' ');
			i += 3;
			continue;
		}
		buf_ch(&b, is_ws(c) ? ' ' : (char)c);
		i++;
	}
	free(resume);
	free(url);
	free(stack);
	free(m);

	/* one space between words, none at the ends */
	size_t o = 0;
	bool space = false;
	for (size_t k = 0; k < b.n; k++) {
		if (b.p[k] == ' ') {
			space = o > 0;
			continue;
		}
		if (space)
			b.p[o++] = ' ';
		space = false;
		b.p[o++] = b.p[k];
	}
	char *out = arena_strndup(ar, b.p ? b.p : "", o);
	free(b.p);
	return out;
}

/* Symbols people put around titles: emoji, status marks (✅ ⏳ ❌), arrows,
 * dingbats, variation selectors, private-use characters. */
static bool decoration(uint32_t cp)
{
	return (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) ||
	       (cp >= 0x25A0 && cp <= 0x27BF) || (cp >= 0x2900 && cp <= 0x297F) ||
	       (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
	       (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D || cp == 0x20E3 ||
	       (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0x2705 || cp == 0x2714;
}

/* text without the decoration (and spaces) at either end; text itself
 * when nothing else would be left. */
static const char *strip_decoration(struct arena *ar, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), a = 0, e = n;
	while (a < n) {
		uint32_t cp;
		size_t w = text_utf8_decode(s + a, n - a, &cp);
		if (!w || !(cp == ' ' || decoration(cp)))
			break;
		a += w;
	}
	while (e > a) {
		size_t k = e - 1;
		while (k > a && (s[k] & 0xC0) == 0x80)
			k--;
		uint32_t cp;
		size_t w = text_utf8_decode(s + k, e - k, &cp);
		if (!w || w != e - k || !(cp == ' ' || decoration(cp)))
			break;
		e = k;
	}
	if (a == e)
		return text;
	if (a == 0 && e == n)
		return text;
	return arena_strndup(ar, text + a, e - a);
}

/* ---- blocks ------------------------------------------------------------------ */

enum btype { BT_HEAD, BT_ITEM, BT_PARA, BT_TABLE, BT_SKIP };
enum skipkind { SK_CODE, SK_HTML };

struct block {
	enum btype t;
	int line;
	int level;  /* BT_HEAD: 1-6 */
	int indent; /* BT_ITEM: the marker's column */
	int check;  /* BT_ITEM: 0 no box, 1 [ ], 2 [x] */
	bool quote; /* BT_PARA: a block quote */
	bool label; /* BT_PARA made from a code block's comment line */
	char *text; /* raw Markdown: lines of a paragraph joined by '\n' */
	/* BT_TABLE */
	char ***rows;
	size_t nrows, ncols;
	/* BT_SKIP */
	enum skipkind sk;
	char *info; /* the code block's language, the HTML tag */
	int nlines;
	bool unclosed;
};

struct line {
	const char *s;
	size_t n;
};

struct scan {
	struct arena *a;
	struct pvec *blocks;
	struct line *lines;
	size_t nlines;
	struct block *open; /* the paragraph or item being read */
	struct buf tb;	    /* its text */
	bool blank_after;   /* a blank line since the open item began */
};

static int indent_of(const struct line *l, size_t *at)
{
	int col = 0;
	size_t i = 0;
	for (; i < l->n; i++) {
		if (l->s[i] == ' ')
			col++;
		else if (l->s[i] == '\t')
			col += 4 - col % 4;
		else
			break;
	}
	*at = i;
	return col;
}

static struct block *new_block(struct scan *sc, enum btype t, int line)
{
	struct block *b = arena_alloc(sc->a, sizeof(*b));
	b->t = t;
	b->line = line;
	pvec_push(sc->a, sc->blocks, b);
	return b;
}

static void close_open(struct scan *sc)
{
	if (!sc->open)
		return;
	sc->open->text = arena_strndup(sc->a, sc->tb.p ? sc->tb.p : "", sc->tb.n);
	sc->open = NULL;
	sc->tb.n = 0;
	if (sc->tb.p)
		sc->tb.p[0] = '\0';
}

/* "```lang" or "~~~": the fence's character and length, 0 when none. */
static size_t fence_open(const char *p, size_t n, char *ch)
{
	if (n < 3 || (p[0] != '`' && p[0] != '~'))
		return 0;
	size_t k = 0;
	while (k < n && p[k] == p[0])
		k++;
	if (k < 3)
		return 0;
	if (p[0] == '`' && memchr(p + k, '`', n - k))
		return 0;
	*ch = p[0];
	return k;
}

static bool fence_close(const char *p, size_t n, char ch, size_t len)
{
	size_t k = 0;
	while (k < n && p[k] == ch)
		k++;
	if (k < len)
		return false;
	while (k < n && is_ws(p[k]))
		k++;
	return k == n;
}

/* "#", "##", ...: the level of an ATX heading, 0 when none; *text is
 * where its text begins and *tn its length (closing #s dropped). */
static int atx_level(const char *p, size_t n, const char **text, size_t *tn)
{
	int lv = 0;
	while ((size_t)lv < n && p[lv] == '#')
		lv++;
	if (lv < 1 || lv > 6 || ((size_t)lv < n && !is_ws(p[lv])))
		return 0;
	size_t a = (size_t)lv, e = n;
	while (a < e && is_ws(p[a]))
		a++;
	while (e > a && is_ws(p[e - 1]))
		e--;
	size_t k = e;
	while (k > a && p[k - 1] == '#')
		k--;
	if (k == a || is_ws(p[k - 1])) {
		e = k;
		while (e > a && is_ws(p[e - 1]))
			e--;
	}
	*text = p + a;
	*tn = e - a;
	return lv;
}

static bool thematic_break(const char *p, size_t n)
{
	if (!n || (p[0] != '-' && p[0] != '*' && p[0] != '_'))
		return false;
	size_t cnt = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == p[0])
			cnt++;
		else if (!is_ws(p[i]))
			return false;
	}
	return cnt >= 3;
}

/* A list marker: its length (marker and the space after), 0 when none. */
static size_t list_marker(const char *p, size_t n)
{
	if (!n)
		return 0;
	size_t k = 0;
	if (p[0] == '-' || p[0] == '*' || p[0] == '+') {
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
	while (k < n && is_ws(p[k]))
		k++;
	return k;
}

static bool delimiter_row(const char *p, size_t n)
{
	size_t dashes = 0;
	bool pipe = false;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c == '-')
			dashes++;
		else if (c == '|')
			pipe = true;
		else if (c != ':' && !is_ws(c))
			return false;
	}
	return dashes > 0 && (pipe || dashes >= 3);
}

/* The cells of a table row, as arena strings. */
static char **table_cells(struct arena *ar, const char *p, size_t n,
			  size_t *ncells)
{
	while (n && is_ws(p[0])) {
		p++;
		n--;
	}
	while (n && is_ws(p[n - 1]))
		n--;
	if (n && p[0] == '|') {
		p++;
		n--;
	}
	if (n && p[n - 1] == '|' && (n < 2 || p[n - 2] != '\\'))
		n--;
	struct pvec cells = { 0 };
	size_t a = 0;
	bool code = false;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && p[i] == '\\') {
			i++;
			continue;
		}
		if (i < n && p[i] == '`')
			code = !code;
		if (i == n || (p[i] == '|' && !code)) {
			size_t s = a, e = i;
			while (s < e && is_ws(p[s]))
				s++;
			while (e > s && is_ws(p[e - 1]))
				e--;
			pvec_push(ar, &cells, arena_strndup(ar, p + s, e - s));
			a = i + 1;
		}
	}
	*ncells = cells.n;
	return (char **)cells.v;
}

/* A code block that is only a list (and perhaps a comment line naming
 * it): "// Learning Objectives\n- Modern JavaScript ...". */
static bool code_is_list(const struct line *l, size_t a, size_t b,
			 size_t *header)
{
	size_t items = 0;
	*header = SIZE_MAX;
	for (size_t i = a; i < b; i++) {
		size_t at;
		indent_of(&l[i], &at);
		const char *p = l[i].s + at;
		size_t n = l[i].n - at;
		if (!n)
			continue;
		if (list_marker(p, n)) {
			items++;
			continue;
		}
		if (!items && *header == SIZE_MAX &&
		    ((n >= 2 && p[0] == '/' && p[1] == '/') || p[0] == '#' ||
		     (n >= 2 && p[0] == '-' && p[1] == '-'))) {
			*header = i;
			continue;
		}
		return false;
	}
	return items >= 2;
}

/* A fenced code block from line i: consumed up to its closing fence (or
 * the end). Returns the line after it. */
static size_t scan_fence(struct scan *sc, size_t i, const char *p, size_t n,
			 char ch, size_t flen, bool *md)
{
	/* the info string: its first word */
	size_t a = flen;
	while (a < n && is_ws(p[a]))
		a++;
	size_t e = a;
	while (e < n && !is_ws(p[e]) && e - a < 24)
		e++;
	char info[32];
	size_t il = e - a < sizeof(info) - 1 ? e - a : sizeof(info) - 1;
	for (size_t k = 0; k < il; k++) {
		unsigned char c = (unsigned char)p[a + k];
		info[k] = (char)(c < 0x80 && c > 0x20 ? ascii_lower(c) : '?');
	}
	info[il] = '\0';
	if (!strcmp(info, "md") || !strcmp(info, "markdown") || !strcmp(info, "gfm")) {
		*md = true;
		return i + 1;
	}
	size_t j = i + 1;
	for (; j < sc->nlines; j++) {
		size_t at;
		indent_of(&sc->lines[j], &at);
		if (fence_close(sc->lines[j].s + at, sc->lines[j].n - at, ch, flen))
			break;
	}
	bool unclosed = j >= sc->nlines;
	size_t header;
	if (!unclosed && code_is_list(sc->lines, i + 1, j, &header)) {
		if (header != SIZE_MAX) {
			size_t at;
			indent_of(&sc->lines[header], &at);
			const char *h = sc->lines[header].s + at;
			size_t hn = sc->lines[header].n - at;
			while (hn && (*h == '/' || *h == '#' || *h == '-' || is_ws(*h))) {
				h++;
				hn--;
			}
			if (hn) {
				struct block *b = new_block(sc, BT_PARA, (int)header + 1);
				b->label = true;
				b->text = arena_printf(sc->a, "**%.*s**", (int)hn, h);
			}
		}
		for (size_t k = i + 1; k < j; k++) {
			size_t at;
			int ind = indent_of(&sc->lines[k], &at);
			const char *q = sc->lines[k].s + at;
			size_t qn = sc->lines[k].n - at;
			size_t ml = list_marker(q, qn);
			if (!ml)
				continue;
			struct block *b = new_block(sc, BT_ITEM, (int)k + 1);
			b->indent = ind;
			b->label = true; /* read from a code block */
			b->text = arena_strndup(sc->a, q + ml, qn - ml);
		}
		return j + 1;
	}
	struct block *b = new_block(sc, BT_SKIP, (int)i + 1);
	b->sk = SK_CODE;
	b->info = il ? arena_strdup(sc->a, info) : NULL;
	b->nlines = (int)(j - i - 1);
	b->unclosed = unclosed;
	return unclosed ? j : j + 1;
}

/* An HTML block from line i (CommonMark's kinds, simplified): a comment
 * runs to "-->", <pre>, <script>, <style> and <textarea> to their end
 * tag, anything else to a blank line. Returns the line after it. */
static size_t scan_html(struct scan *sc, size_t i, const char *p, size_t n)
{
	char tag[16];
	size_t k = 1, t = 0;
	if (k < n && (p[k] == '/' || p[k] == '!'))
		k++;
	while (k < n && t < sizeof(tag) - 1 && (ascii_alpha((unsigned char)p[k]) ||
						 ascii_digit((unsigned char)p[k])))
		tag[t++] = (char)ascii_lower((unsigned char)p[k++]);
	tag[t] = '\0';
	const char *end = NULL;
	if (n >= 4 && !strncmp(p, "<!--", 4))
		end = "-->";
	else if (!strcmp(tag, "pre"))
		end = "</pre>";
	else if (!strcmp(tag, "script"))
		end = "</script>";
	else if (!strcmp(tag, "style"))
		end = "</style>";
	else if (!strcmp(tag, "textarea"))
		end = "</textarea>";
	size_t j = i;
	for (; j < sc->nlines; j++) {
		const struct line *l = &sc->lines[j];
		if (end) {
			/* the end marker on this line (a plain search: these
			 * blocks are rare and their lines short) */
			size_t el = strlen(end);
			bool found = false;
			for (size_t x = 0; x + el <= l->n && !found; x++) {
				size_t y = 0;
				while (y < el && ascii_lower((unsigned char)l->s[x + y]) == end[y])
					y++;
				found = y == el;
			}
			if (found) {
				j++;
				break;
			}
		} else {
			size_t at;
			indent_of(l, &at);
			if (at == l->n)
				break;
		}
	}
	struct block *b = new_block(sc, BT_SKIP, (int)i + 1);
	b->sk = SK_HTML;
	b->info = t ? arena_printf(sc->a, "%s%s", p[1] == '/' ? "/" : "", tag)
		    : arena_strdup(sc->a, n >= 4 && !strncmp(p, "<!--", 4) ? "!--" : "?");
	b->nlines = (int)(j - i);
	return j;
}

/* Reads the lines into blocks. */
static void scan_blocks(struct arena *ar, char *text, size_t len,
			struct pvec *blocks)
{
	struct scan sc = { .a = ar, .blocks = blocks };
	size_t cap = 0;
	for (size_t i = 0; i <= len;) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		if (i == len && e == len && len && text[len - 1] == '\n')
			break;
		sc.lines = xgrow(sc.lines, &cap, sc.nlines + 1, sizeof(*sc.lines));
		sc.lines[sc.nlines++] = (struct line){ text + i, e - i };
		i = e + 1;
	}
	char mdch = 0;
	size_t mdlen = 0;
	for (size_t i = 0; i < sc.nlines;) {
		const struct line *l = &sc.lines[i];
		size_t at;
		int ind = indent_of(l, &at);
		const char *p = l->s + at;
		size_t n = l->n - at;
		int ln = (int)i + 1;
		if (n == 0) {
			if (sc.open && sc.open->t == BT_ITEM)
				sc.blank_after = true;
			else
				close_open(&sc);
			i++;
			continue;
		}
		if (mdch && fence_close(p, n, mdch, mdlen)) {
			close_open(&sc);
			mdch = 0;
			i++;
			continue;
		}
		char fch;
		size_t flen = fence_open(p, n, &fch);
		if (flen) {
			close_open(&sc);
			bool md = false;
			i = scan_fence(&sc, i, p, n, fch, flen, &md);
			if (md) {
				mdch = fch;
				mdlen = flen;
			}
			continue;
		}
		const char *ht;
		size_t htn;
		int lv;
		if (ind < 4 && (lv = atx_level(p, n, &ht, &htn))) {
			close_open(&sc);
			struct block *b = new_block(&sc, BT_HEAD, ln);
			b->level = lv;
			b->text = arena_strndup(ar, ht, htn);
			i++;
			continue;
		}
		if (ind < 4 && sc.open && sc.open->t == BT_PARA && !sc.open->quote &&
		    !sc.open->label && n >= 2 && (p[0] == '=' || p[0] == '-')) {
			size_t k = 0;
			while (k < n && p[k] == p[0])
				k++;
			size_t k2 = k;
			while (k2 < n && is_ws(p[k2]))
				k2++;
			if (k >= 2 && k2 == n) {
				struct block *b = sc.open;
				close_open(&sc);
				b->t = BT_HEAD;
				b->level = p[0] == '=' ? 1 : 2;
				i++;
				continue;
			}
		}
		if (ind < 4 && thematic_break(p, n)) {
			close_open(&sc);
			i++;
			continue;
		}
		if (ind < 4 && p[0] == '<' && n > 1 &&
		    (ascii_alpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!' ||
		     p[1] == '?')) {
			close_open(&sc);
			i = scan_html(&sc, i, p, n);
			continue;
		}
		if (memchr(p, '|', n) && i + 1 < sc.nlines) {
			const struct line *nl = &sc.lines[i + 1];
			size_t nat;
			indent_of(nl, &nat);
			if (delimiter_row(nl->s + nat, nl->n - nat) &&
			    memchr(nl->s + nat, '-', nl->n - nat)) {
				close_open(&sc);
				struct block *b = new_block(&sc, BT_TABLE, ln);
				struct pvec rows = { 0 };
				size_t j = i;
				for (; j < sc.nlines; j++) {
					const struct line *r = &sc.lines[j];
					size_t rat;
					indent_of(r, &rat);
					if (rat == r->n || !memchr(r->s, '|', r->n))
						break;
					if (j == i + 1)
						continue;
					size_t nc;
					char **cells = table_cells(ar, r->s + rat, r->n - rat, &nc);
					if (nc > b->ncols)
						b->ncols = nc;
					pvec_push(ar, &rows, cells);
					pvec_push(ar, &rows, (void *)(uintptr_t)nc);
				}
				b->nrows = rows.n / 2;
				b->rows = arena_array(ar, b->nrows ? b->nrows : 1, sizeof(*b->rows));
				for (size_t r = 0; r < b->nrows; r++) {
					char **cells = rows.v[2 * r];
					size_t nc = (size_t)(uintptr_t)rows.v[2 * r + 1];
					char **full = arena_array(ar, b->ncols, sizeof(*full));
					for (size_t c = 0; c < b->ncols; c++)
						full[c] = c < nc ? cells[c] : (char *)"";
					b->rows[r] = full;
				}
				i = j;
				continue;
			}
		}
		if (ind < 4 && p[0] == '>') {
			if (!(sc.open && sc.open->t == BT_PARA && sc.open->quote)) {
				close_open(&sc);
				sc.open = new_block(&sc, BT_PARA, ln);
				sc.open->quote = true;
			} else {
				buf_ch(&sc.tb, '\n');
			}
			size_t k = 0;
			while (k < n && (p[k] == '>' || is_ws(p[k])))
				k++;
			buf_add(&sc.tb, p + k, n - k);
			i++;
			continue;
		}
		size_t ml = list_marker(p, n);
		if (ml && (ml < n || !sc.open || sc.open->t != BT_PARA)) {
			close_open(&sc);
			const char *q = p + ml;
			size_t qn = n - ml;
			if ((lv = atx_level(q, qn, &ht, &htn))) {
				struct block *b = new_block(&sc, BT_HEAD, ln);
				b->level = lv;
				b->indent = ind;
				b->text = arena_strndup(ar, ht, htn);
				i++;
				continue;
			}
			struct block *b = new_block(&sc, BT_ITEM, ln);
			b->indent = ind;
			if (qn >= 3 && q[0] == '[' && (q[1] == ' ' || q[1] == 'x' || q[1] == 'X') &&
			    q[2] == ']' && (qn == 3 || is_ws(q[3]))) {
				b->check = q[1] == ' ' ? 1 : 2;
				q += 3;
				qn -= 3;
				while (qn && is_ws(*q)) {
					q++;
					qn--;
				}
			}
			sc.open = b;
			sc.blank_after = false;
			buf_add(&sc.tb, q, qn);
			i++;
			continue;
		}
		if (sc.open && sc.open->t == BT_ITEM &&
		    (!sc.blank_after || ind > sc.open->indent)) {
			buf_ch(&sc.tb, ' ');
			buf_add(&sc.tb, p, n);
			i++;
			continue;
		}
		if (sc.open && sc.open->t == BT_PARA && !sc.open->quote) {
			buf_ch(&sc.tb, '\n');
			buf_add(&sc.tb, p, n);
			i++;
			continue;
		}
		close_open(&sc);
		sc.open = new_block(&sc, BT_PARA, ln);
		buf_add(&sc.tb, p, n);
		i++;
	}
	close_open(&sc);
	free(sc.tb.p);
	free(sc.lines);
}

/* ---- the tree ------------------------------------------------------------------ */

enum nkind { NK_ROOT, NK_PHASE, NK_WEEK, NK_TASK };

/* What a section or a bold label says its list is. */
enum role {
	R_NONE, R_TASKS, R_CRITERIA, R_DELIV, R_RES, R_GOAL, R_SUMMARY, R_TOC,
};

enum { ROLE_BIT_DELIV = 1, ROLE_BIT_CRIT = 2, ROLE_BIT_RES = 4 };

struct res {
	const char *id, *title, *by, *url, *notes;
	enum plan_resource_kind kind;
	bool dropped, quoted;
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
	int dur;
	char dur_unit;
	bool done, optional, synthetic, label_group;
	bool checklist; /* a task from a `- [ ]` item */
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

static struct node *new_node(struct conv *cv, enum nkind kind, int line)
{
	struct node *n = arena_alloc(cv->a, sizeof(*n));
	n->kind = kind;
	n->line = line;
	n->weekday = -1;
	n->start = n->end = CALENDAR_NONE;
	n->h.start = n->h.end = CALENDAR_NONE;
	n->h.weekday = -1;
	return n;
}

static void comment(struct conv *cv, struct node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A comment in the draft at n's current end (among its tasks; for the
 * root, among the phases). */
static void comment(struct conv *cv, struct node *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	struct cnote *c = arena_alloc(cv->a, sizeof(*c));
	c->at = n->kind == NK_ROOT ? n->phases.n : n->tasks.n;
	c->text = arena_strdup(cv->a, s);
	free(s);
	pvec_push(cv->a, &n->notes_c, c);
	if (!strncmp(c->text, "guessed:", 8))
		cv->c.guesses++;
}

/* A comment just before the item n itself. */
static void precomment(struct conv *cv, struct node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void precomment(struct conv *cv, struct node *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	pvec_push(cv->a, &n->pre, arena_strdup(cv->a, s));
	if (!strncmp(s, "guessed:", 8))
		cv->c.guesses++;
	free(s);
}

/* Text for a comment: at most 60 characters of s. */
static const char *brief(struct conv *cv, const char *s)
{
	size_t n = 0, chars = 0, len = strlen(s);
	while (n < len && chars < 60) {
		n++;
		while (n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
			n++;
		chars++;
	}
	if (n == len)
		return s;
	return arena_printf(cv->a, "%.*s...", (int)n, s);
}

static int task_depth(const struct node *n)
{
	int d = 0;
	for (; n && n->kind == NK_TASK; n = n->parent)
		d++;
	return d;
}

/* True when text has a letter or digit (or any non-ASCII character): "-"
 * or "---" alone is no title. */
static bool has_words(const char *text)
{
	for (; *text; text++)
		if (ascii_alpha((unsigned char)*text) || ascii_digit((unsigned char)*text) ||
		    (unsigned char)*text >= 0x80)
			return true;
	return false;
}

/* Cuts text to at most max bytes on a character boundary, with "…". */
static const char *cut_bytes(struct conv *cv, const char *s, size_t max)
{
	size_t len = strlen(s);
	if (len <= max)
		return s;
	size_t n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return arena_printf(cv->a, "%.*s…", (int)n, s);
}

/* The byte offset of character chars in s, or strlen(s). */
static size_t char_offset(const char *s, size_t chars)
{
	size_t i = 0;
	while (s[i] && chars) {
		i++;
		while (s[i] && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		chars--;
	}
	return i;
}

/*
 * Gives n its title from text, and notes: a text up to TITLE_MAX
 * characters is the title; a longer one is cut at its first " - ", ": "
 * or ". " if that leaves a title of 20 characters or more, else at a word
 * near TITLE_CUT characters (with "…"), and the whole text becomes notes.
 * Link targets follow in the notes, a line each.
 */
static void set_title(struct conv *cv, struct node *n, const char *text,
		      const struct inl *in)
{
	struct buf notes = { 0 };
	size_t limit = char_offset(text, TITLE_MAX);
	if (!text[limit]) {
		n->title = text;
	} else {
		static const char *const seps[] = { " - ", " – ", " — ", ": ", ". " };
		size_t best = 0;
		size_t lo = char_offset(text, 20);
		for (size_t k = 0; k < ARRAY_SIZE(seps); k++) {
			const char *hit = strstr(text, seps[k]);
			if (hit && (size_t)(hit - text) >= lo && (size_t)(hit - text) <= limit &&
			    (!best || (size_t)(hit - text) < best))
				best = (size_t)(hit - text);
		}
		if (best) {
			n->title = arena_strndup(cv->a, text, best);
		} else {
			size_t cut = char_offset(text, TITLE_CUT);
			size_t sp = cut;
			while (sp > cut / 2 && text[sp] != ' ')
				sp--;
			if (text[sp] == ' ')
				cut = sp;
			n->title = arena_printf(cv->a, "%.*s…", (int)cut, text);
		}
		buf_str(&notes, cut_bytes(cv, text, NOTES_MAX));
	}
	for (size_t k = 0; in && k < in->urls.n && k < 20; k++) {
		if (notes.n)
			buf_ch(&notes, '\n');
		buf_str(&notes, cut_bytes(cv, in->urls.v[k], 2000));
	}
	if (notes.n)
		n->notes = arena_strdup(cv->a, notes.p);
	free(notes.p);
}

static enum plan_resource_kind kind_of_word(const char *w, size_t len)
{
	static const struct {
		const char *w;
		enum plan_resource_kind k;
	} words[] = {
		{ "book", PLAN_RES_BOOK },	   { "books", PLAN_RES_BOOK },
		{ "ebook", PLAN_RES_BOOK },	   { "course", PLAN_RES_COURSE },
		{ "courses", PLAN_RES_COURSE },	   { "class", PLAN_RES_COURSE },
		{ "mooc", PLAN_RES_COURSE },	   { "specialization", PLAN_RES_COURSE },
		{ "bootcamp", PLAN_RES_COURSE },   { "video", PLAN_RES_VIDEO },
		{ "videos", PLAN_RES_VIDEO },	   { "youtube", PLAN_RES_VIDEO },
		{ "channel", PLAN_RES_VIDEO },	   { "playlist", PLAN_RES_VIDEO },
		{ "lecture", PLAN_RES_VIDEO },	   { "lectures", PLAN_RES_VIDEO },
		{ "talk", PLAN_RES_VIDEO },	   { "talks", PLAN_RES_VIDEO },
		{ "podcast", PLAN_RES_VIDEO },	   { "podcasts", PLAN_RES_VIDEO },
		{ "article", PLAN_RES_ARTICLE },   { "articles", PLAN_RES_ARTICLE },
		{ "blog", PLAN_RES_ARTICLE },	   { "paper", PLAN_RES_ARTICLE },
		{ "papers", PLAN_RES_ARTICLE },	   { "docs", PLAN_RES_DOCS },
		{ "documentation", PLAN_RES_DOCS }, { "reference", PLAN_RES_DOCS },
		{ "manual", PLAN_RES_DOCS },	   { "handbook", PLAN_RES_DOCS },
		{ "tutorial", PLAN_RES_DOCS },	   { "tutorials", PLAN_RES_DOCS },
		{ "guide", PLAN_RES_DOCS },	   { "guides", PLAN_RES_DOCS },
		{ "practice", PLAN_RES_PRACTICE }, { "interactive", PLAN_RES_PRACTICE },
		{ "exercises", PLAN_RES_PRACTICE }, { "katas", PLAN_RES_PRACTICE },
		{ "platform", PLAN_RES_PRACTICE }, { "projects", PLAN_RES_PRACTICE },
		{ "tool", PLAN_RES_TOOL },	   { "tools", PLAN_RES_TOOL },
		{ "software", PLAN_RES_TOOL },
	};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i].w) == len && !strncmp(words[i].w, w, len))
			return words[i].k;
	return PLAN_RES_NONE;
}

/* The kind a label names ("Book", "YouTube Channel", "Online Courses"):
 * its first word that names one. */
static enum plan_resource_kind kind_of(const char *text)
{
	struct tok tv[32];
	size_t n = tokenize(text, tv, 32);
	for (size_t i = 0; i + 1 < n; i++)
		if (tv[i].t == TK_WORD && tv[i].wlen < sizeof(tv[i].w)) {
			enum plan_resource_kind k = kind_of_word(tv[i].w, tv[i].wlen);
			if (k != PLAN_RES_NONE)
				return k;
		}
	return PLAN_RES_NONE;
}

static bool text_says_optional(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	for (size_t i = 0; i + 1 < n; i++)
		if (word_is(&tv[i], "optional") || word_is(&tv[i], "bonus"))
			return true;
	return false;
}

/* "Everything below this point is optional". */
static bool text_says_rest_optional(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	bool below = false;
	for (size_t i = 0; i + 1 < n; i++) {
		if (word_is(&tv[i], "below") || word_is(&tv[i], "following") ||
		    word_is(&tv[i], "after"))
			below = true;
		if (below && word_is(&tv[i], "optional"))
			return true;
	}
	return false;
}

static bool has_word(const char *const *words, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(words[i], w))
			return true;
	return false;
}

/* What a heading or label names as a section of its container. */
static enum role role_of(const char *text, enum plan_resource_kind *kind)
{
	struct tok tv[32];
	size_t n = tokenize(text, tv, 32);
	const char *words[12];
	size_t nw = 0;
	*kind = PLAN_RES_NONE;
	for (size_t i = 0; i + 1 < n; i++) {
		if (tv[i].t != TK_WORD || tv[i].wlen >= sizeof(tv[i].w))
			continue;
		if (nw == ARRAY_SIZE(words))
			return R_NONE; /* a sentence, not a section name */
		words[nw++] = tv[i].w;
	}
	if (!nw || nw > 6)
		return R_NONE;
#define HAS(w) has_word(words, nw, w)
	if (HAS("criteria") || (HAS("definition") && HAS("done")))
		return R_CRITERIA;
	if (HAS("deliverable") || HAS("deliverables") || HAS("miniproject") ||
	    (HAS("mini") && (HAS("project") || HAS("projects"))))
		return R_DELIV;
	if ((HAS("table") && HAS("contents")) || (nw == 1 && HAS("contents")) ||
	    (nw == 1 && HAS("toc")))
		return R_TOC;
	if (HAS("resources") || HAS("resource") || HAS("bibliography") ||
	    (HAS("further") && HAS("reading")) || (nw == 1 && HAS("references"))) {
		*kind = kind_of(text);
		return R_RES;
	}
	/* "Books", "Online Courses", "Books for Data Structures" */
	enum plan_resource_kind k0 = kind_of_word(words[0], strlen(words[0]));
	enum plan_resource_kind kl = kind_of_word(words[nw - 1], strlen(words[nw - 1]));
	if ((k0 != PLAN_RES_NONE && k0 != PLAN_RES_PRACTICE && k0 != PLAN_RES_TOOL &&
	     words[0][strlen(words[0]) - 1] == 's') ||
	    (kl != PLAN_RES_NONE && kl != PLAN_RES_PRACTICE && kl != PLAN_RES_TOOL &&
	     words[nw - 1][strlen(words[nw - 1]) - 1] == 's')) {
		*kind = k0 != PLAN_RES_NONE ? k0 : kl;
		return R_RES;
	}
	if (nw <= 3 && (HAS("goal") || HAS("goals") || HAS("focus") ||
			HAS("objective") || HAS("objectives") || HAS("aim") ||
			HAS("outcome") || HAS("outcomes")))
		return R_GOAL;
	if (nw <= 3 && (HAS("tasks") || HAS("todo") || HAS("checklist") ||
			(HAS("to") && HAS("do")) || (HAS("action") && HAS("items"))))
		return R_TASKS;
	if (nw <= 2 && (HAS("overview") || HAS("introduction") || HAS("intro") ||
			HAS("summary") || HAS("about") || HAS("description")))
		return R_SUMMARY;
#undef HAS
	return R_NONE;
}

/* ---- building the tree ---------------------------------------------------------- */

static void pvec_insert(struct arena *a, struct pvec *pv, size_t at, void *x)
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

static struct node *new_phase(struct conv *cv, struct node *parent,
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
static struct node *weeks_home(struct conv *cv, struct node *c)
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

static struct node *new_week(struct conv *cv, struct node *phase,
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

static struct node *new_task(struct conv *cv, struct node *parent,
			     const char *text, const struct inl *in, int line)
{
	parent = task_parent(cv, items_home(cv, parent));
	struct node *n = new_node(cv, NK_TASK, line);
	set_title(cv, n, text, in);
	n->optional = parent->optional || cv->optional_below ||
		      cv->fr[cv->nfr - 1].optional;
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
}

static struct frame *top(struct conv *cv)
{
	return &cv->fr[cv->nfr - 1];
}

/* Where a label's content goes: the week block a label opened, else the
 * innermost heading. */
static struct node *here(struct conv *cv)
{
	return cv->lweek ? cv->lweek : top(cv)->node;
}

static const char *clean_text_of(struct conv *cv, const char *raw,
				 struct inl *in)
{
	const char *t = clean_inline(cv->a, raw, strlen(raw), in);
	cv->c.images += in->images;
	return strip_decoration(cv->a, t);
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

static void on_heading(struct conv *cv, struct block *b, int h1s)
{
	struct inl in;
	const char *text = clean_text_of(cv, b->text, &in);
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
	struct md2yaml_heading h;
	md2yaml_heading(text, cv->year, &h);
	bool named = (h.unit != MD2YAML_NONE && !h.len) || h.start != CALENDAR_NONE;
	struct node *c = t->node;
	if (role == R_TOC) {
		comment(cv, c, "left out: the table of contents under '%s' (line %d)",
			brief(cv, text), b->line);
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
		if (c->kind == NK_ROOT && role != R_RES && role != R_SUMMARY)
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
	} else if (c->kind == NK_WEEK || c->kind == NK_TASK) {
		n = new_task(cv, c, day && text[h.rest] ? text + h.rest : text, NULL,
			     b->line);
		if (day)
			set_days(n, &h);
	} else if (week) {
		n = new_week(cv, weeks_home(cv, c), &h, text, b->line);
	} else if (day) {
		n = new_task(cv, c, text[h.rest] ? text + h.rest : text, NULL, b->line);
		set_days(n, &h);
	} else {
		n = new_phase(cv, c, text, b->line, &h);
	}
	n->optional |= f.optional;
	f.node = n;
	cv->fr[cv->nfr++] = f;
}

/* A bold label ("**Goal**", "**Days 1-2:** text") or a short "Goal:" at
 * the start of a paragraph: label and the text after it, both cleaned.
 * Returns 0 for none, 1 for bold, 2 for a "Word:" label. */
static int split_label(struct conv *cv, const char *raw, const char **label,
		       const char **rest)
{
	size_t n = strlen(raw);
	const char *eol = memchr(raw, '\n', n);
	size_t first = eol ? (size_t)(eol - raw) : n;
	struct inl in;
	if (n > 4 && (raw[0] == '*' || raw[0] == '_') && raw[1] == raw[0]) {
		char d = raw[0];
		size_t k = 2;
		while (k + 1 < first && !(raw[k] == d && raw[k + 1] == d))
			k++;
		if (k + 1 >= first || k == 2)
			return 0;
		const char *l = clean_inline(cv->a, raw + 2, k - 2, &in);
		size_t ll = strlen(l);
		while (ll && (l[ll - 1] == ':' || l[ll - 1] == ' '))
			ll--;
		*label = strip_decoration(cv->a, arena_strndup(cv->a, l, ll));
		size_t r = k + 2;
		while (r < n && (raw[r] == ':' || is_ws(raw[r])))
			r++;
		*rest = clean_inline(cv->a, raw + r, n - r, &in);
		if (!has_words(*rest))
			*rest = "";
		return has_words(*label) ? 1 : 0;
	}
	/* Word: or Two Words: */
	size_t k = 0, words = 1;
	while (k < first && k < 40 && (ascii_alpha((unsigned char)raw[k]) ||
				       raw[k] == ' ' || raw[k] == '-')) {
		if (raw[k] == ' ')
			words++;
		k++;
	}
	if (k == 0 || k >= first || raw[k] != ':' || words > 4 ||
	    (k + 1 < n && !is_ws(raw[k + 1])))
		return 0;
	*label = arena_strndup(cv->a, raw, k);
	*rest = clean_inline(cv->a, raw + k + 1, n - k - 1, &in);
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
static struct node *holder(struct conv *cv, struct node *c)
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

static struct deliv *deliv_of(struct conv *cv, struct node *c)
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

/* The end of a link "[text](url)" that starts at s[0], or 0. */
static size_t link_end(const char *s, size_t n, size_t *text_end)
{
	if (!n || s[0] != '[')
		return 0;
	int depth = 0;
	size_t k = 0;
	for (; k < n; k++) {
		if (s[k] == '\\') {
			k++;
			continue;
		}
		if (s[k] == '[')
			depth++;
		else if (s[k] == ']' && --depth == 0)
			break;
	}
	if (k >= n || k + 1 >= n || s[k + 1] != '(')
		return 0;
	*text_end = k;
	depth = 0;
	for (size_t j = k + 1; j < n; j++) {
		if (s[j] == '(')
			depth++;
		else if (s[j] == ')' && --depth == 0)
			return j + 1;
	}
	return 0;
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

/* A resource from a list item: "**Book**: "Title" by Author (notes)",
 * "[Title](url) - notes", "Title by Author". */
static struct res *parse_res(struct conv *cv, const char *raw,
			     enum plan_resource_kind kind)
{
	struct res *r = arena_alloc(cv->a, sizeof(*r));
	r->kind = kind;
	size_t n = strlen(raw);
	const char *p = raw;
	struct inl in;
	/* a kind label first: **Book**: or Course: */
	if (n > 4 && p[0] == '*' && p[1] == '*') {
		const char *close = strstr(p + 2, "**");
		if (close && close - p < 60) {
			const char *inner = clean_inline(cv->a, p + 2, (size_t)(close - p - 2), &in);
			enum plan_resource_kind k = kind_of(inner);
			size_t words = 1;
			for (const char *c = inner; *c; c++)
				words += *c == ' ';
			bool colon = close[-1] == ':' || close[2] == ':';
			if (k != PLAN_RES_NONE && words <= 3 && colon &&
			    !strchr(inner, '"') && strncmp(inner, "“", 3)) {
				r->kind = k;
				p = close + 2;
				while (*p == ':' || *p == ' ' || *p == '-')
					p++;
			}
		}
	} else {
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
				p = colon + 1;
				while (*p == ' ')
					p++;
			}
		}
	}
	n = strlen(p);
	size_t te, le = link_end(p, n, &te);
	const char *text = clean_inline(cv->a, p, n, &in);
	if (in.urls.n)
		r->url = in.urls.v[0];
	const char *after = "";
	if (le) {
		r->title = clean_inline(cv->a, p + 1, te - 1, &in);
		after = clean_inline(cv->a, p + le, n - le, &in);
	} else if (!strncmp(text, "\"", 1) || !strncmp(text, "“", 3)) {
		bool curly = text[0] != '"';
		const char *a = text + (curly ? 3 : 1);
		const char *e = strstr(a, curly ? "”" : "\"");
		if (e && e > a) {
			r->title = arena_strndup(cv->a, a, (size_t)(e - a));
			r->quoted = true;
			after = e + (curly ? 3 : 1);
		}
	} else if (p[0] == '*' && p[1] == '*') {
		const char *close = strstr(p + 2, "**");
		if (close) {
			r->title = clean_inline(cv->a, p + 2, (size_t)(close - p - 2), &in);
			after = clean_inline(cv->a, close + 2, strlen(close + 2), &in);
		}
		/* **"Title"** by Author: the quotes go */
		if (r->title) {
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
static void split_bold_name(struct conv *cv, struct node *n, const char *raw,
			    const struct inl *in)
{
	if (raw[0] != '*' || raw[1] != '*')
		return;
	const char *close = strstr(raw + 2, "**");
	if (!close)
		return;
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
	if (!hit || hit - close > 80)
		return;
	struct inl a, b;
	const char *title = strip_decoration(cv->a, clean_inline(cv->a, raw, (size_t)(hit - raw), &a));
	const char *why = clean_inline(cv->a, hit + sl, strlen(hit + sl), &b);
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

static void on_item(struct conv *cv, struct block *b)
{
	struct frame *t = top(cv);
	if (t->skip)
		return;
	while (cv->nls && cv->ls[cv->nls - 1].indent >= b->indent)
		cv->nls--;
	struct lent *pe = cv->nls ? &cv->ls[cv->nls - 1] : NULL;
	struct inl in;
	const char *text = clean_text_of(cv, b->text, &in);
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
	if (role == R_RES) {
		struct res *r = parse_res(cv, b->text, kind);
		r->line = b->line;
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
	split_bold_name(cv, n, b->text, &in);
	n->checklist = b->check != 0;
	n->done = b->check == 2;
	push_list(cv, b->indent, n, NULL, false);
}

static void on_para(struct conv *cv, struct block *b)
{
	struct frame *t = top(cv);
	if (t->skip)
		return;
	cv->nls = 0;
	cv->group = NULL;
	cv->pending = NULL;
	struct inl in;
	const char *text = clean_text_of(cv, b->text, &in);
	if (!*text) {
		if (in.images)
			comment(cv, here(cv), "left out: %s at line %d",
				in.images == 1 ? "an image" : "images", b->line);
		return;
	}
	note_rest_optional(cv, here(cv), text, b->line);
	if (b->quote)
		return;
	const char *label, *rest;
	int kindl = split_label(cv, b->text, &label, &rest);
	if (kindl) {
		enum plan_resource_kind kind;
		enum role role = role_of(label, &kind);
		if (role == R_GOAL && text_says_optional(label))
			role = R_NONE; /* "Bonus Focus Areas": optional tasks */
		struct md2yaml_heading h;
		md2yaml_heading(label, cv->year, &h);
		struct node *c = here(cv);
		if (role != R_NONE && role != R_TOC) {
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
					struct res *r = parse_res(cv, rest, kind);
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
		if (role == R_TOC) {
			cv->lrole = R_TOC;
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
	if (c->kind == NK_ROOT) {
		if (!cv->summary)
			cv->summary = cut_bytes(cv, text, PROSE_MAX);
	} else if ((c->kind == NK_PHASE || c->kind == NK_WEEK) && !c->summary) {
		c->summary = cut_bytes(cv, text, PROSE_MAX);
	}
}

static void on_skip(struct conv *cv, struct block *b)
{
	if (top(cv)->skip)
		return;
	struct node *c = here(cv);
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

/* ---- tables -------------------------------------------------------------------- */

static bool header_has(struct conv *cv, const char *cell, const char *const *words,
		       size_t n)
{
	struct inl in;
	const char *t = clean_inline(cv->a, cell, strlen(cell), &in);
	struct tok tv[32];
	size_t nt = tokenize(t, tv, 32);
	for (size_t i = 0; i + 1 < nt; i++)
		for (size_t k = 0; k < n; k++)
			if (word_is(&tv[i], words[k]))
				return true;
	return false;
}

static int year_in(const char *text)
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
		struct inl in;
		const char *key = clean_inline(cv->a, b->rows[r][0], strlen(b->rows[r][0]), &in);
		struct tok tv[8];
		size_t n = tokenize(key, tv, 8);
		int d = n == 2 ? weekday_word(&tv[0]) : -1;
		if (d < 0 || days[d].focus)
			return false;
		const char *focus = NULL;
		int min = 0;
		for (size_t c = 1; c < b->ncols; c++) {
			const char *cell = clean_inline(cv->a, b->rows[r][c], strlen(b->rows[r][c]), &in);
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
static bool timeline_cols(struct conv *cv, struct block *b, int year,
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
			struct inl in;
			const char *cell = clean_inline(cv->a, b->rows[r][c], strlen(b->rows[r][c]), &in);
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
			   header_has(cv, b->rows[0][c], focus_w, ARRAY_SIZE(focus_w)))
			tc->focus = (int)c;
		else if (tc->project < 0 &&
			 header_has(cv, b->rows[0][c], proj_w, ARRAY_SIZE(proj_w)))
			tc->project = (int)c;
		else if (tc->goal < 0 &&
			 header_has(cv, b->rows[0][c], goal_w, ARRAY_SIZE(goal_w)))
			tc->goal = (int)c;
	}
	return tc->date >= 0 ||
	       (tc->key >= 0 && (tc->focus >= 0 || tc->project >= 0 || tc->goal >= 0));
}

static void on_table(struct conv *cv, struct block *b)
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
	if (timeline_cols(cv, b, year, &tc)) {
		struct table_use *u = arena_alloc(cv->a, sizeof(*u));
		struct node *p = c;
		while (p->kind != NK_ROOT && p->kind != NK_PHASE)
			p = p->parent;
		*u = (struct table_use){ b, p, p->phases.n, year };
		pvec_push(cv->a, &cv->tables, u);
		return;
	}
	cv->c.tables++;
	comment(cv, c, "left out: a table (%zu row%s, %zu column%s) at line %d",
		b->nrows ? b->nrows - 1 : 0, b->nrows == 2 ? "" : "s", b->ncols,
		b->ncols == 1 ? "" : "s", b->line);
}

static const char *cell_text(struct conv *cv, struct block *b, size_t r, int c)
{
	if (c < 0)
		return "";
	struct inl in;
	return strip_decoration(cv->a, clean_inline(cv->a, b->rows[r][c],
						    strlen(b->rows[r][c]), &in));
}

/* A timeline's rows give their phases dates, summaries, deliverables and
 * goals; rows that no heading names become phases where the table was. */
static void apply_table(struct conv *cv, struct table_use *u)
{
	struct block *b = u->b;
	struct tcols tc;
	timeline_cols(cv, b, u->year, &tc);
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

/* ---- passes over the tree ------------------------------------------------------ */

/* Root comments go before the phase they stood before (ahead of its own
 * comments), so that moving phases around takes them along. */
static void place_root_comments(struct conv *cv)
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

static bool has_content(const struct node *n)
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
static void dissolve_wrappers(struct conv *cv, struct node *parent)
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
static void hoist_week_roles(struct conv *cv, struct node *p)
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

static bool has_checklist(const struct node *n)
{
	for (size_t i = 0; i < n->tasks.n; i++) {
		const struct node *t = n->tasks.v[i];
		if (t->checklist || has_checklist(t))
			return true;
	}
	return false;
}

/* A container whose only task is a label's group: the group's tasks are
 * its own ("**Core Concepts to Master:**" and its list). */
static void flatten_groups(struct conv *cv, struct node *n)
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
static void drop_empty(struct conv *cv, struct node *parent)
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
static void chain_durations(struct conv *cv, struct node *parent, int pos[2])
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

/* ---- writing the YAML ---------------------------------------------------------- */

struct emit {
	struct conv *cv;
	struct buf b;
};

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
static void put_id(struct buf *b, const char *id)
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
static void emit_notes(struct emit *e, const struct node *n, size_t i, size_t *k,
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
	cv->c.tasks++;
	ind(e, at);
	put_item_id(e, t->id);
	put_key(e, at + 2, "title", t->title);
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

static void emit_phase(struct emit *e, struct node *p, int at)
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
		put_date(e, at + 2, "end", p->end);
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
static void build_library(struct conv *cv, struct node *n, struct strmap *seen)
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

static void emit_library(struct emit *e)
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

static void emit_schedule(struct emit *e)
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
static void name_synthetic(struct conv *cv, struct node *root)
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

static const char *base_name(struct conv *cv, const char *name)
{
	const char *s = strrchr(name, '/');
	s = s ? s + 1 : name;
	const char *dot = strrchr(s, '.');
	size_t n = dot && dot != s ? (size_t)(dot - s) : strlen(s);
	if (!n || !strcmp(name, "<stdin>") || !strcmp(name, "-"))
		return "Draft plan";
	struct inl in;
	const char *t = clean_inline(cv->a, s, n, &in);
	return *t ? t : "Draft plan";
}

/* ---- the conversion ------------------------------------------------------------ */

static void build(struct conv *cv, struct pvec *blocks)
{
	int h1s = 0;
	for (size_t i = 0; i < blocks->n; i++) {
		struct block *b = blocks->v[i];
		h1s += b->t == BT_HEAD && b->level == 1;
	}
	/* the title's year completes dates written without one */
	for (size_t i = 0; i < blocks->n; i++) {
		struct block *b = blocks->v[i];
		if (b->t != BT_HEAD)
			continue;
		if (b->level == 1 && h1s == 1) {
			struct inl in;
			const char *t = clean_inline(cv->a, b->text, strlen(b->text), &in);
			cv->year = year_in(t);
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
	int pos[2] = { 0, 0 };
	chain_durations(cv, root, pos);
}

static void emit_all(struct conv *cv, struct buf *out)
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
	struct pvec blocks = { 0 };
	scan_blocks(cv.a, text, n, &blocks);
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
	if (c->code || c->html || c->tables || c->images || c->headings ||
	    c->empty_items) {
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
