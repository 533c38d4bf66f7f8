#include "stride/portfolio.h"

#include "stride/calendar.h"
#include "stride/clock.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool portfolio_link_ok(const char *s)
{
	const char *p = s;
	if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return false;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	       (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')
		p++;
	if (strncmp(p, "://", 3) || !p[3])
		return false;
	for (const unsigned char *c = (const unsigned char *)s; *c; c++)
		if (*c <= ' ' || *c == 0x7f || *c == '<' || *c == '>')
			return false;
	return strlen(s) <= 2000;
}

struct collect {
	struct store *s;
	struct portfolio *pf;
	struct store_error *err;
	size_t phase; /* index + 1 of the phase the walk is in; 0: none */
	int failed;
};

static int keep(const struct store_item *it, void *ctx)
{
	struct collect *c = ctx;
	struct portfolio *pf = c->pf;
	if (it->kind == STORE_PHASE) {
		pf->phases = xgrow(pf->phases, &pf->phases_cap, pf->nphases + 1,
				   sizeof(*pf->phases));
		store_item_copy(&pf->phases[pf->nphases++], it);
		c->phase = pf->nphases;
		return 0;
	}
	if (c->phase && it->seq > pf->phases[c->phase - 1].last)
		c->phase = 0;
	if (it->kind == STORE_DELIVERABLE && store_countable(it)) {
		pf->deliverables++;
		pf->delivered += it->status == STORE_DONE;
	}
	if (it->status != STORE_DONE)
		return 0;
	char *links = NULL, *lessons = NULL;
	if (store_delivered(c->s, it->id, &links, &lessons, c->err) < 0) {
		c->failed = 1;
		return 1;
	}
	if (it->kind != STORE_DELIVERABLE && !links && !lessons)
		return 0;
	pf->v = xgrow(pf->v, &pf->cap, pf->n + 1, sizeof(*pf->v));
	struct portfolio_entry *e = &pf->v[pf->n++];
	*e = (struct portfolio_entry){ .links = links, .lessons = lessons,
				       .phase_number = (int)c->phase };
	store_item_copy(&e->it, it);
	return 0;
}

int portfolio_collect(struct store *s, const struct store_plan *p, struct portfolio *out,
		      struct store_error *err)
{
	*out = (struct portfolio){ 0 };
	struct collect c = { .s = s, .pf = out, .err = err };
	if (store_walk(s, p->id, 0, 0x7fffffff, false, keep, &c, err) < 0 || c.failed)
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		struct portfolio_entry *e = &out->v[i];
		if (!e->phase_number)
			continue;
		const struct store_item *ph = &out->phases[e->phase_number - 1];
		e->phase = ph->title;
		long long estimate;
		if (store_time_sums(s, p->id, ph->seq, ph->last, &estimate, &e->phase_minutes,
				    err) < 0)
			return -1;
	}
	return 0;
}

void portfolio_done(struct portfolio *pf)
{
	for (size_t i = 0; i < pf->n; i++) {
		store_item_done(&pf->v[i].it);
		free(pf->v[i].links);
		free(pf->v[i].lessons);
	}
	free(pf->v);
	for (size_t i = 0; i < pf->nphases; i++)
		store_item_done(&pf->phases[i]);
	free(pf->phases);
	*pf = (struct portfolio){ 0 };
}

/* ---- Markdown ------------------------------------------------------------------- */

struct buf {
	char *s;
	size_t n, cap;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	b->s = xgrow(b->s, &b->cap, b->n + (size_t)len + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, (size_t)len + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)len;
}

/* s with every character Markdown gives a meaning backslash-escaped, and
 * line breaks as spaces (malloc'd). */
static char *escaped(const char *s)
{
	char *out = xmalloc(strlen(s) * 2 + 1), *o = out;
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t') {
			*o++ = ' ';
			continue;
		}
		if (strchr("\\`*_{}[]()#+-.!|<>~&", *s))
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

char *portfolio_markdown(const struct store_plan *p, const struct portfolio *pf, int today)
{
	struct buf b = { 0 };
	char *t = escaped(p->title);
	char d1[CALENDAR_DATE_LEN], d2[CALENDAR_DATE_LEN], m1[24], m2[24];
	put(&b, "# %s: portfolio\n\n", t);
	free(t);
	put(&b, "%d of %d deliverable%s finished, as of %s.\n", pf->delivered,
	    pf->deliverables, pf->deliverables == 1 ? "" : "s", calendar_format(today, d1));
	int phase = -1;
	for (size_t i = 0; i < pf->n; i++) {
		const struct portfolio_entry *e = &pf->v[i];
		if (e->phase_number != phase) {
			phase = e->phase_number;
			if (phase) {
				t = escaped(e->phase);
				put(&b, "\n## Phase %d: %s\n", phase, t);
				free(t);
			} else {
				put(&b, "\n## Outside the phases\n");
			}
		}
		t = escaped(e->it.title);
		put(&b, "\n### %s\n\n", t);
		free(t);
		put(&b, "- Finished %s", e->it.status_day != CALENDAR_NONE
						 ? calendar_format(e->it.status_day, d1)
						 : "(day unknown)");
		if (e->it.start != CALENDAR_NONE && e->it.end != CALENDAR_NONE)
			put(&b, " (planned %s to %s)", calendar_format(e->it.start, d1),
			    calendar_format(e->it.end, d2));
		else if (e->it.due != CALENDAR_NONE)
			put(&b, " (due %s)", calendar_format(e->it.due, d1));
		else if (e->phase_number && pf->phases[e->phase_number - 1].start != CALENDAR_NONE)
			put(&b, " (its phase planned %s to %s)",
			    calendar_format(pf->phases[e->phase_number - 1].start, d1),
			    calendar_format(pf->phases[e->phase_number - 1].end, d2));
		put(&b, "\n");
		if (e->phase_number)
			put(&b, "- Time: %s on it, %s on its phase\n",
			    clock_format_minutes(e->it.minutes, m1, sizeof(m1)),
			    clock_format_minutes(e->phase_minutes, m2, sizeof(m2)));
		else
			put(&b, "- Time: %s on it\n",
			    clock_format_minutes(e->it.minutes, m1, sizeof(m1)));
		if (e->links) {
			put(&b, "- Links:\n");
			for (const char *l = e->links; l && *l;) {
				const char *nl = strchr(l, '\n');
				int len = nl ? (int)(nl - l) : (int)strlen(l);
				put(&b, "  - <%.*s>\n", len, l);
				l = nl ? nl + 1 : NULL;
			}
		}
		if (e->lessons)
			put(&b, "\n**What I learned:** %s\n", e->lessons);
	}
	if (!pf->n)
		put(&b, "\nNothing finished yet.\n");
	if (!b.s)
		b.s = xstrdup("");
	return b.s;
}
