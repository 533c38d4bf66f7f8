/*
 * reflect: the weekly reflection and the review of a week or a month.
 *
 * A reflection is one per plan and ISO week: an answer for each of the
 * plan's prompts and a 1-5 confidence rating for each skill it rates,
 * with the facts stride knows without being told (time logged against the
 * schedule, what was done, started and skipped, the criteria and
 * deliverables met, the streak at the week's end).
 *
 * The editor's file is Markdown: the facts in an HTML comment (not read
 * back), then "## PROMPT" and the answer under it for each prompt, then
 * "## Ratings" with "- skill: N" lines. reflect_template() writes it and
 * reflect_parse() reads it back, reporting a malformed line with its
 * number.
 *
 * Everything here returns malloc'd text or fills structs the caller frees
 * with the matching _done(); nothing prints.
 */
#ifndef STRIDE_REFLECT_H
#define STRIDE_REFLECT_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/diag.h"
#include "stride/store.h"

/* An item that changed status in the period. */
struct reflect_item {
	int ref;
	enum store_kind kind;
	char *title, *phase; /* phase: the title of its top-level phase */
};

struct reflect_list {
	struct reflect_item *v;
	size_t n, cap;
};

/* What stride knows of a period (a week, or a month) by itself. */
struct reflect_facts {
	int from, to;		     /* the period's first and last day */
	long long logged, scheduled; /* minutes; scheduled: the plan's days */
	long long logged_by_day[7];  /* a week's minutes, Monday first */
	bool rest_day[7];	     /* the schedule's rest days */
	struct reflect_list done, started, skipped;
	int criteria_met, deliverables_met;
	int streak; /* at the period's end (or today, when earlier) */
	bool before_plan; /* the period ends before the plan starts */
	bool ongoing;	  /* the period ends after today */
	bool ahead;	  /* and begins after today */
};

/* Gathers the facts of plan p for days from..to, as of today. */
int reflect_facts(struct store *s, const struct store_plan *p, int from, int to,
		  int today, struct reflect_facts *out, struct store_error *err);
void reflect_facts_done(struct reflect_facts *f);

/* Parses a week as a person writes it: "2025-W32", a date in the week,
 * "last" (last week), "this", or "-N" (N weeks ago). *monday gets the
 * week's Monday. */
bool reflect_parse_week(const char *s, int today, int *monday);

/* A skill a plan rates, with its rating for a week (0: none) and the
 * last rating before that week (0: none) and the week it was given. */
struct reflect_skill {
	char *key, *name;
	int rating, previous, previous_week;
};

struct reflect_skills {
	struct reflect_skill *v;
	size_t n;
};

/* The skills plan p rates each week (its reflection's `rate`), with their
 * ratings in force for `week` (the last saved up to that week's Sunday
 * counts for the week itself only when saved for it). */
int reflect_skills(struct store *s, const struct store_plan *p, int week,
		   struct reflect_skills *out, struct store_error *err);
void reflect_skills_done(struct reflect_skills *k);
/* The index of the skill named by text, its key or its name (case and
 * surrounding space aside); skills->n when none is. */
size_t reflect_skill_find(const struct reflect_skills *skills, const char *text);
/* The skills' keys, "node, sql" (malloc'd). */
char *reflect_skill_keys(const struct reflect_skills *skills);
/* Saves one rating (1 to 5) of skill (a key) for the week, in a
 * transaction of its own. */
int reflect_rate(struct store *s, const struct store_plan *p, int week, const char *skill,
		 int rating, struct store_error *err);

/* The prompts of plan p, in order (defaults filled at import). */
struct reflect_prompts {
	char **v;
	size_t n;
};
void reflect_prompts(const struct store_plan *p, struct reflect_prompts *out);
void reflect_prompts_done(struct reflect_prompts *pr);

/* The editor's file for the week: facts, current answers (r may be NULL),
 * ratings. */
char *reflect_template(const struct store_plan *p, int week,
		       const struct reflect_facts *f,
		       const struct reflect_prompts *prompts,
		       const struct store_reflection *r,
		       const struct reflect_skills *skills);

/* What a person wrote: an answer (or NULL) for each prompt, and the
 * ratings given (0: left blank). */
struct reflect_input {
	char **answers; /* prompts->n of them */
	size_t n;
	int *ratings; /* skills->n of them */
	size_t nratings;
};

/*
 * Reads the file back. Returns 0, or -1 with the problems in diags (line
 * numbers from 1, column 1): a heading that is no prompt, text outside
 * every heading, a rating that is not 1 to 5, an unknown skill; or text
 * that is not what stride keeps (text_valid: with its line and column,
 * and nothing else is read). The answers it fills in are always text.
 */
int reflect_parse(const char *text, const struct reflect_prompts *prompts,
		  const struct reflect_skills *skills, struct reflect_input *out,
		  struct diag_list *diags);
void reflect_input_done(struct reflect_input *in);
/* True when the input holds no answer and no rating. */
bool reflect_input_empty(const struct reflect_input *in);

/*
 * Saves a new version of the week's reflection (answers by prompt) and
 * the ratings that differ from those in force, in one transaction.
 */
int reflect_save(struct store *s, const struct store_plan *p, int week,
		 const struct reflect_prompts *prompts,
		 const struct reflect_input *in,
		 const struct reflect_skills *skills, struct store_error *err);

/*
 * The review of a week (month false) or of the month whose first day is
 * `from`: the facts, the items done, the reflections (of the week, or of
 * the weeks that start in the month) and the skills with their ratings in
 * force at its end and before it. The callers write it out (the CLI as
 * Markdown, export as JSON). Owned; freed by reflect_review_done.
 */
struct reflect_review {
	const struct store_plan *plan; /* borrowed */
	bool month;
	int from, to;
	struct reflect_facts facts;
	struct reflect_prompts prompts;
	struct store_reflection *reflections;
	size_t nreflections;
	struct reflect_skills skills;
};
int reflect_review(struct store *s, const struct store_plan *p, int from,
		   bool month, int today, struct reflect_review *out,
		   struct store_error *err);
void reflect_review_done(struct reflect_review *rv);

/* The facts as a person reads them, shared by the editor's template and
 * the review. Each writes into buf (n bytes) and returns it. */
/* "14 to 20 July 2025", "28 July to 3 August 2025" */
const char *reflect_span_text(int from, int to, char *buf, size_t n);
/* "5 (2 criteria, 1 deliverable)": the items done */
const char *reflect_done_text(const struct reflect_facts *fa, char *buf, size_t n);
/* "3 days so far", "none at the week's end" (period: "week", "month") */
const char *reflect_streak_text(const struct reflect_facts *fa, const char *period,
				char *buf, size_t n);
/* "January" for 1 */
const char *reflect_month_name(int month);

#endif
