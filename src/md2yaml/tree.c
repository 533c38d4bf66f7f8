/*
 * md2yaml: The tree md2yaml builds: new nodes, the comments on them, and titles cut
 * to a readable length.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- the tree: nodes and comments ---- */
struct node *new_node(struct conv *cv, enum nkind kind, int line)
{
	struct node *n = arena_alloc(cv->a, sizeof(*n));
	n->kind = kind;
	n->line = line;
	n->weekday = -1;
	n->start = n->end = n->due = CALENDAR_NONE;
	n->h.start = n->h.end = CALENDAR_NONE;
	n->h.weekday = -1;
	return n;
}

void comment(struct conv *cv, struct node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A comment in the draft at n's current end (among its tasks; for the
 * root, among the phases). */
void comment(struct conv *cv, struct node *n, const char *fmt, ...)
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
void precomment(struct conv *cv, struct node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void precomment(struct conv *cv, struct node *n, const char *fmt, ...)
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
const char *brief(struct conv *cv, const char *s)
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

int task_depth(const struct node *n)
{
	int d = 0;
	for (; n && n->kind == NK_TASK; n = n->parent)
		d++;
	return d;
}

/* True when text has a letter or digit (or any non-ASCII character): "-"
 * or "---" alone is no title. */
bool has_words(const char *text)
{
	for (; *text; text++)
		if (ascii_alpha((unsigned char)*text) || ascii_digit((unsigned char)*text) ||
		    (unsigned char)*text >= 0x80)
			return true;
	return false;
}

/* Cuts text to at most max bytes on a character boundary, with "…". */
const char *cut_bytes(struct conv *cv, const char *s, size_t max)
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
size_t char_offset(const char *s, size_t chars)
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
void set_title(struct conv *cv, struct node *n, const char *text,
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
