/*
 * portfolio: what a plan delivered (stride portfolio, stride deliver): its
 * finished deliverables, and any finished item given links or lessons
 * (stride deliver), each with its phase, dates, time, links and lessons;
 * as Markdown for a README or a blog (the JSON is export_portfolio_json).
 */
#ifndef STRIDE_PORTFOLIO_H
#define STRIDE_PORTFOLIO_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

/* Whether s is a link stride keeps: SCHEME://REST, the scheme a letter
 * then letters, digits, +, - or ., something after the ://, and no white
 * space, control character, < or > anywhere. */
bool portfolio_link_ok(const char *s);

struct portfolio_entry {
	struct store_item it;	  /* owned */
	const char *phase;	  /* its phase's title (in phase_item); NULL */
	int phase_number;	  /* 1-based; 0: none */
	long long phase_minutes;  /* logged on its phase, all of it */
	char *links;		  /* one a line; NULL: none */
	char *lessons;		  /* NULL: none */
};

struct portfolio {
	struct portfolio_entry *v;
	size_t n, cap;
	int deliverables;	  /* the plan's deliverables that count */
	int delivered;		  /* of those, done */
	struct store_item *phases; /* owned */
	size_t nphases, phases_cap;
};

/* The plan's portfolio, in plan order; portfolio_done frees it. */
int portfolio_collect(struct store *s, const struct store_plan *p, struct portfolio *out,
		      struct store_error *err);
void portfolio_done(struct portfolio *pf);

/* The Markdown page (malloc'd): a heading for the plan, one for each
 * phase, one for each entry with its dates, time, links and lessons.
 * Titles are escaped; lessons are put as they were written. */
char *portfolio_markdown(const struct store_plan *p, const struct portfolio *pf, int today);

#endif
