/*
 * md2yaml: What a heading names: a leading unit ("Week 3", "Days 1-2", "Phase 2"), a
 * span in parentheses, and dates ("Jun 12", "12 Jun → 09 Jul", "Sep–Dec
 * 2025"): a tokenizer and small parsers over its tokens.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- what headings name ----------------------------------------------------- */
bool word_is(const struct tok *t, const char *w)
{
	return t->t == TK_WORD && t->wlen == strlen(w) && !strcmp(t->w, w);
}

/* Splits text into tokens (at most max); returns how many, the last one
 * TK_END. */
size_t tokenize(const char *text, struct tok *tv, size_t max)
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

int weekday_word(const struct tok *t)
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
bool is_year(const struct tok *t)
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

/* ---- the dates of tasks ---------------------------------------------------- */

/* Where a case-insensitive word w begins in s as a word of its own, or
 * NULL. */
const char *find_word(const char *s, const char *w)
{
	size_t wl = strlen(w);
	for (const char *p = s; *p; p++) {
		if (p > s && (ascii_alpha((unsigned char)p[-1]) || p[-1] == '\''))
			continue;
		size_t k = 0;
		while (k < wl && p[k] && ascii_lower((unsigned char)p[k]) == w[k])
			k++;
		if (k == wl && !ascii_alpha((unsigned char)p[k]))
			return p;
	}
	return NULL;
}

/* True when text has a word that is no part of a date ("January 3, 2025"
 * has none, "Setup on January 3" has). */
bool has_words_besides_date(const char *text)
{
	static const char *const date_words[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "jan",
		"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
		"sat", "sun", "st", "nd", "rd", "th", "of",
	};
	struct tok tv[32];
	size_t n = tokenize(text, tv, 32);
	for (size_t i = 0; i + 1 < n; i++) {
		if (tv[i].t != TK_WORD)
			continue;
		bool known = false;
		for (size_t k = 0; k < ARRAY_SIZE(date_words) && !known; k++)
			known = word_is(&tv[i], date_words[k]);
		if (!known)
			return true;
	}
	return false;
}

/* The year the text around says: the title's, else the last year a
 * heading or label named. */
int year_here(struct conv *cv)
{
	return cv->year ? cv->year : cv->year_seen;
}

/*
 * The dates in a task's text: "(By March 31)", "due March 31", "deadline:
 * 2025-03-31" give it a due date (and leave its title); a leading
 * "Monday 1st July 2024:" is its due date; any other day named in it is
 * left to the person with a "# note:". Returns the title to use.
 */
const char *task_dates(struct conv *cv, struct node *n, const char *text,
			      int line)
{
	int s, e;
	bool ny = false;
	int year = year_here(cv);
	/* a leading date and a colon */
	const char *colon = strchr(text, ':');
	if (colon && colon - text < 40 && colon[1] == ' ') {
		const char *head = arena_strndup(cv->a, text, (size_t)(colon - text));
		struct md2yaml_heading h;
		md2yaml_heading(head, year, &h);
		if (h.start != CALENDAR_NONE && h.start == h.end &&
		    h.unit == MD2YAML_NONE && !has_words_besides_date(head)) {
			n->due = h.start;
			const char *rest = colon + 2;
			if (*rest >= 'a' && *rest <= 'z')
				rest = arena_printf(cv->a, "%c%s", *rest - 'a' + 'A', rest + 1);
			return rest;
		}
	}
	static const char *const keys[] = { "by", "due", "deadline", "until" };
	for (size_t k = 0; k < ARRAY_SIZE(keys); k++) {
		const char *w = find_word(text, keys[k]);
		if (!w)
			continue;
		bool paren = w > text && w[-1] == '(';
		const char *after = w + strlen(keys[k]);
		while (*after == ':' || *after == ' ')
			after++;
		const char *close = paren ? strchr(after, ')') : NULL;
		size_t dl = close ? (size_t)(close - after) : strlen(after);
		if (dl > 32)
			continue;
		const char *ds = arena_strndup(cv->a, after, dl);
		struct md2yaml_heading h;
		md2yaml_heading(ds, year, &h);
		if (h.start == CALENDAR_NONE || h.unit != MD2YAML_NONE) {
			if (h.need_year)
				precomment(cv, n, "note: '%s' (line %d) names a deadline "
						  "without a year: add due: YYYY-MM-DD",
					   brief(cv, ds), line);
			continue;
		}
		n->due = h.end;
		/* the title without the deadline */
		const char *cut = paren ? w - 1 : w;
		while (cut > text && cut[-1] == ' ')
			cut--;
		const char *tail = paren && close ? close + 1 : "";
		if (cut == text)
			return text;
		return *tail ? arena_printf(cv->a, "%.*s%s", (int)(cut - text), text, tail)
			     : arena_strndup(cv->a, text, (size_t)(cut - text));
	}
	if (md2yaml_dates(text, year, &s, &e, &ny) && s == e) {
		char d[CALENDAR_DATE_LEN];
		precomment(cv, n, "note: the task at line %d names a day (%s) that "
				  "md2yaml did not use: add due: %s if it is a deadline",
			   line, calendar_format(s, d), d);
	} else if (ny) {
		precomment(cv, n, "note: the task at line %d names a day without a "
				  "year that md2yaml did not use",
			   line);
	}
	return text;
}
