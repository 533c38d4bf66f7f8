/*
 * md2yaml: a draft plan file (docs/plan-format.md) from a Markdown roadmap.
 *
 * Pure: Markdown text in, YAML text, counts and a summary out; no I/O and
 * nothing printed. The draft always loads clean (the loader is the judge:
 * the CLI and the fuzzer check it) whatever the Markdown is, or the input is
 * refused with a message a person can act on.
 *
 * The Markdown is read with cmark-gfm, GitHub's parser, with its table,
 * task list, strikethrough and autolink extensions (src/md2yaml/md2yaml.c,
 * the only user of cmark-gfm); the files under src/md2yaml/ each do one
 * part (src/md2yaml/internal.h lists them).
 *
 * How Markdown becomes a plan (docs/stride.1, "md2yaml", says it for users):
 * headings become phases, sub-phases and week blocks; list items under them
 * become tasks (nested items sub-tasks, `[x]` items `x-done: true`); sections
 * named like "Acceptance Criteria", "Deliverable", "Resources", "Goal" fill
 * those keys; a timeline table gives phases their dates. What a plan cannot
 * hold (code, HTML, images, other tables) is left out with a `# left out:`
 * comment where it was, and every guess is marked `# guessed:`.
 *
 * The YAML is written by md2yaml itself (md2yaml_quote), not by libyaml: the
 * loader stays the only module that includes yaml.h.
 */
#ifndef STRIDE_MD2YAML_H
#define STRIDE_MD2YAML_H

#include <stdbool.h>
#include <stddef.h>

/* Markdown files larger than this are refused (a roadmap is a few hundred
 * KiB at most; the draft must stay under the loader's 64 MiB). */
#define MD2YAML_MAX_BYTES ((size_t)4 << 20)

struct md2yaml_counts {
	/* what the draft holds, counted as `stride lint --json` counts */
	size_t phases, weeks, tasks, criteria, deliverables, resources;
	size_t habits; /* tasks whose words say they recur (`every:`) */
	size_t done; /* tasks ticked in the Markdown (x-done: true) */
	/* what was left out */
	size_t code, html, tables, images, empty_items, headings;
	size_t notwork; /* sections and items about the roadmap, not work */
	/* repairs and guesses */
	size_t bad_bytes; /* invalid UTF-8 bytes replaced by U+FFFD */
	size_t controls;  /* control characters dropped */
	size_t mended;    /* mojibake characters mended */
	size_t guesses;   /* "# guessed:" comments in the draft */
	/* what the Markdown has, as GitHub reads it */
	size_t md_headings, md_items, md_rows; /* rows: of tables, less headers */
};

struct md2yaml_result {
	char *yaml; /* the draft, NUL-terminated, malloc'd */
	size_t len;
	struct md2yaml_counts counts;
};

/*
 * Converts the Markdown in md (len bytes, need not be NUL-terminated).
 * name is how the draft's header comment names its source, and the plan's
 * title when the Markdown has no heading. Returns 0 and fills *out, which
 * the caller releases with md2yaml_result_done(); or -1 with *out zeroed and
 * a one-line message in err (errlen bytes) saying what is wrong with the
 * input: empty, over MD2YAML_MAX_BYTES, not text, or a draft too big.
 */
int md2yaml_convert(const char *name, const char *md, size_t len,
		    struct md2yaml_result *out, char *err, size_t errlen);

void md2yaml_result_done(struct md2yaml_result *r);

/* "9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables,
 * 0 resources; left out: 9 code blocks, 1 table; 3 guesses", malloc'd. */
char *md2yaml_summary(const struct md2yaml_counts *c);

/*
 * When the draft has no tasks, or far fewer than the Markdown has list
 * items and table rows (under a quarter of them, and at least 8 of them),
 * a message that says what the Markdown held and where it went, malloc'd
 * ("the draft has no tasks: the Markdown has 54 headings and no list
 * items ..."); NULL when the draft's tasks match its Markdown. Never a
 * silent empty plan: the CLI prints it on stderr.
 */
char *md2yaml_shortfall(const struct md2yaml_counts *c);

/* ---- the parts, exposed for the unit tests ------------------------------- */

/*
 * The double-quoted or plain YAML scalar for text s (a NUL-terminated UTF-8
 * string), malloc'd. Plain only when that is surely read back as the same
 * string by any YAML 1.1 or 1.2 reader; otherwise double-quoted, with
 * backslash escapes for '"', '\\', control characters, U+0085, U+2028,
 * U+2029, U+FEFF and the bidi controls (text_unsafe_cp). Bytes that are
 * not UTF-8 become U+FFFD.
 */
char *md2yaml_quote(const char *s);

/* What a heading (or a bold label) names. */
enum md2yaml_unit {
	MD2YAML_NONE,
	MD2YAML_PHASE, /* Phase 2, Stage 2, Part 2 */
	MD2YAML_MONTH, /* Month 3, Months 2-3 */
	MD2YAML_WEEK,  /* Week 1, Weeks 1-2, Week 1–2 */
	MD2YAML_DAY,   /* Day 3, Days 1-3, Monday */
};

struct md2yaml_heading {
	/* a leading label: "Weeks 1-2: ..." is WEEK 1 2; "Months 6+" has
	 * open set; "3-4 Months" is a length (len), not weeks of a plan */
	enum md2yaml_unit unit;
	int from, to;
	bool open, len;
	int weekday; /* DAY by name: 0 Monday .. 6 Sunday; -1 otherwise */
	/* a parenthesised span: "(Weeks 1-4)", "(Months 2-3)", "(3-4 Months)" */
	enum md2yaml_unit span;
	int span_from, span_to;
	bool span_open, span_len;
	/* dates in the text (day numbers, calendar.h), CALENDAR_NONE if none;
	 * need_year when the text names dates but no year says which */
	int start, end;
	bool need_year;
	/* the text after the leading label and its separator ("Foundation
	 * Setup" of "Week 1: Foundation Setup"): an offset into the text */
	size_t rest;
};

/* Recognises what heading text (Markdown markup already removed) names;
 * year (0 when unknown) completes dates written without one. False when
 * it names nothing (then *h says so too). */
bool md2yaml_heading(const char *text, int year, struct md2yaml_heading *h);

/*
 * The first date or date range in text: "2025-06-12", "12 Jun", "Jun 12,
 * 2025", "12 Jun → 09 Jul", "Sep–Dec 2025", "September 2025", and a month
 * name alone when it begins the text ("September – Deep ..."). A month means
 * all its days. Dates without a year take year (0: none, and then false
 * with *need_year set). True with *start and *end (inclusive) set.
 */
bool md2yaml_dates(const char *text, int year, int *start, int *end,
		   bool *need_year);

/* Unique ids (docs/plan-format.md "Slugs"): the slug of a title, with -2,
 * -3, ... for the second and later of a kind. Constant time an id. */
struct md2yaml_ids;
struct md2yaml_ids *md2yaml_ids_new(void);
void md2yaml_ids_free(struct md2yaml_ids *ids);
/* The id for title (fallback when the title has no letter or digit),
 * unique among all given by ids; it lives as long as ids. */
const char *md2yaml_id(struct md2yaml_ids *ids, const char *title,
		       const char *fallback);

/* Mends UTF-8 text that was decoded once as Mac Roman or Windows-1252 and
 * encoded again ("‚Äì" or "â€“" for "–") in place, when the text holds at
 * least one such three- or four-byte character; returns the characters
 * mended. *len is updated (the text only shrinks). */
size_t md2yaml_mend(char *s, size_t *len);

#endif
