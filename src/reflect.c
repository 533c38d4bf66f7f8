#include "stride/reflect.h"

#include "stride/calendar.h"
#include "stride/hooks.h"
#include "stride/progress.h"
#include "stride/stats.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- facts ---------------------------------------------------------------------- */

/* The last status change of each item in the period. */
struct change {
	long long item_id;
	enum store_status status;
};

struct changes {
	struct change *v;
	size_t n, cap;
	long long logged;
	int from;
	long long *by_day;
};

static int keep_event(const struct store_event *ev, void *ctx)
{
	struct changes *c = ctx;
	if (ev->type == STORE_EV_LOG) {
		c->logged += ev->minutes;
		if (c->by_day && ev->day - c->from >= 0 && ev->day - c->from < 7)
			c->by_day[ev->day - c->from] += ev->minutes;
		return 0;
	}
	if (ev->type != STORE_EV_STATUS || !ev->item_id)
		return 0;
	/* an item changed again goes to the end: the lists are in the order
	 * of the changes that left each item as it is */
	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i].item_id == ev->item_id) {
			memmove(&c->v[i], &c->v[i + 1], (c->n - i - 1) * sizeof(*c->v));
			c->n--;
			break;
		}
	}
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = (struct change){ ev->item_id, ev->new_status };
	return 0;
}

static void list_add(struct reflect_list *l, const struct store_item *it,
		     const char *phase)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = (struct reflect_item){ it->ref, it->kind, xstrdup(it->title),
					      phase ? xstrdup(phase) : NULL };
}

static void list_done(struct reflect_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].title);
		free(l->v[i].phase);
	}
	free(l->v);
	*l = (struct reflect_list){ 0 };
}

void reflect_facts_done(struct reflect_facts *f)
{
	list_done(&f->done);
	list_done(&f->started);
	list_done(&f->skipped);
}

struct days {
	int *v;
	size_t n, cap;
};

static int keep_day(int day, long long minutes, void *ctx)
{
	(void)minutes;
	struct days *d = ctx;
	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof(*d->v));
	d->v[d->n++] = day;
	return 0;
}

/* The title of the item's top-level phase. */
static char *top_phase(struct store *s, const struct store_item *it,
		       struct store_error *err)
{
	long long id = it->parent_id;
	char *title = NULL;
	while (id) {
		struct store_item p;
		if (store_item_get(s, id, &p, err) < 0)
			break;
		id = p.parent_id;
		if (p.kind == STORE_PHASE) {
			free(title);
			title = xstrdup(p.title);
		}
		store_item_done(&p);
	}
	return title;
}

int reflect_facts(struct store *s, const struct store_plan *p, int from, int to,
		  int today, struct reflect_facts *f, struct store_error *err)
{
	*f = (struct reflect_facts){
		.from = from, .to = to, .ongoing = to > today, .ahead = from > today
	};
	f->before_plan = p->start != CALENDAR_NONE && to < p->start;
	struct changes c = { .from = from, .by_day = to - from == 6 ? f->logged_by_day : NULL };
	if (store_events_between(s, p->id, from, to, keep_event, &c, err) < 0) {
		free(c.v);
		return -1;
	}
	f->logged = c.logged;
	for (size_t i = 0; i < c.n; i++) {
		struct reflect_list *l = c.v[i].status == STORE_DONE	 ? &f->done
					 : c.v[i].status == STORE_DOING	 ? &f->started
					 : c.v[i].status == STORE_SKIPPED ? &f->skipped
									  : NULL;
		if (!l)
			continue;
		struct store_item it;
		if (store_item_get(s, c.v[i].item_id, &it, err) < 0) {
			free(c.v);
			reflect_facts_done(f);
			return -1;
		}
		char *phase = top_phase(s, &it, err);
		list_add(l, &it, phase);
		if (l == &f->done && it.kind == STORE_CRITERION)
			f->criteria_met++;
		if (l == &f->done && it.kind == STORE_DELIVERABLE)
			f->deliverables_met++;
		free(phase);
		store_item_done(&it);
	}
	free(c.v);

	/* the schedule's minutes over the days the plan runs, but a pause's */
	struct progress_off o;
	if (progress_days_off(s, p, &o, err) < 0) {
		reflect_facts_done(f);
		return -1;
	}
	for (int d = 0; d < 7; d++)
		f->rest_day[d] = o.off.rest[d];
	f->scheduled = progress_scheduled(p, &o.off, from, to);

	/* the streak at the period's end */
	int end = to < today ? to : today;
	struct days d = { 0 };
	if (store_activity(s, p->id, CALENDAR_MIN, end, keep_day, &d, err) < 0) {
		free(d.v);
		progress_days_off_done(&o);
		reflect_facts_done(f);
		return -1;
	}
	int longest;
	stats_streak(d.v, d.n, &o.off, end, &f->streak, &longest);
	progress_days_off_done(&o);
	free(d.v);
	return 0;
}

bool reflect_parse_week(const char *s, int today, int *monday)
{
	int day;
	if (!strcmp(s, "this")) {
		*monday = calendar_week_first(today);
		return true;
	}
	if (!strcmp(s, "last")) {
		*monday = calendar_week_first(today) - 7;
		return true;
	}
	if (s[0] == '-' && s[1] && strspn(s + 1, "0123456789") == strlen(s + 1) &&
	    strlen(s + 1) <= 4) {
		*monday = calendar_week_first(today) - 7 * atoi(s + 1);
		return true;
	}
	if (calendar_parse_week(s, monday))
		return true;
	if (calendar_parse(s, &day)) {
		*monday = calendar_week_first(day);
		return true;
	}
	return false;
}

/* ---- prompts and skills ------------------------------------------------------------ */

static void split_lines(const char *text, char ***v, size_t *n)
{
	*v = NULL;
	*n = 0;
	size_t cap = 0;
	for (const char *p = text; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		*v = xgrow(*v, &cap, *n + 1, sizeof(**v));
		(*v)[(*n)++] = xstrndup(p, len);
		p = nl ? nl + 1 : NULL;
	}
}

void reflect_prompts(const struct store_plan *p, struct reflect_prompts *out)
{
	split_lines(p->prompts, &out->v, &out->n);
}

void reflect_prompts_done(struct reflect_prompts *pr)
{
	for (size_t i = 0; i < pr->n; i++)
		free(pr->v[i]);
	free(pr->v);
	*pr = (struct reflect_prompts){ 0 };
}

struct skill_names {
	char **keys, **names;
	size_t n, cap;
};

static int keep_skill(const struct store_item *it, void *ctx)
{
	struct skill_names *k = ctx;
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 8;
		k->keys = xrealloc(k->keys, k->cap * sizeof(*k->keys));
		k->names = xrealloc(k->names, k->cap * sizeof(*k->names));
	}
	k->keys[k->n] = xstrdup(it->key);
	k->names[k->n++] = xstrdup(it->title);
	return 0;
}

struct rating_scan {
	struct reflect_skills *k;
	int week;
};

static int keep_rating(const struct store_rating *r, void *ctx)
{
	struct rating_scan *sc = ctx;
	for (size_t i = 0; i < sc->k->n; i++) {
		struct reflect_skill *sk = &sc->k->v[i];
		if (strcmp(sk->key, r->skill))
			continue;
		if (r->week == sc->week) {
			sk->rating = r->rating;
		} else {
			sk->previous = r->rating;
			sk->previous_week = r->week;
		}
	}
	return 0;
}

int reflect_skills(struct store *s, const struct store_plan *p, int week,
		   struct reflect_skills *out, struct store_error *err)
{
	*out = (struct reflect_skills){ 0 };
	week = calendar_week_key(week);
	struct skill_names names = { 0 };
	if (store_skills(s, p->id, keep_skill, &names, err) < 0)
		goto fail;
	char **rate;
	size_t nrate;
	split_lines(p->rate, &rate, &nrate);
	out->v = xcalloc(nrate + 1, sizeof(*out->v));
	for (size_t i = 0; i < nrate; i++) {
		const char *name = rate[i];
		for (size_t k = 0; k < names.n; k++)
			if (!strcmp(names.keys[k], rate[i]))
				name = names.names[k];
		out->v[out->n++] = (struct reflect_skill){ xstrdup(rate[i]), xstrdup(name),
							   0, 0, 0 };
		free(rate[i]);
	}
	free(rate);
	for (size_t k = 0; k < names.n; k++) {
		free(names.keys[k]);
		free(names.names[k]);
	}
	free(names.keys);
	free(names.names);
	struct rating_scan sc = { out, week };
	if (store_ratings(s, p->id, CALENDAR_MIN, week, keep_rating, &sc, err) < 0) {
		reflect_skills_done(out);
		return -1;
	}
	return 0;
fail:
	for (size_t k = 0; k < names.n; k++) {
		free(names.keys[k]);
		free(names.names[k]);
	}
	free(names.keys);
	free(names.names);
	return -1;
}

void reflect_skills_done(struct reflect_skills *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].key);
		free(k->v[i].name);
	}
	free(k->v);
	*k = (struct reflect_skills){ 0 };
}

/* ---- the editor's file ---------------------------------------------------------------- */

static void put_minutes(FILE *f, long long m)
{
	char buf[TEXT_MINUTES_LEN];
	fputs(text_minutes(m, buf), f);
}

static const char *const month_names[12] = { "January", "February", "March",
					     "April", "May", "June", "July", "August",
					     "September", "October", "November",
					     "December" };

const char *reflect_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month - 1] : "";
}

const char *reflect_span_text(int from, int to, char *buf, size_t n)
{
	int y1, m1, d1, y2, m2, d2;
	calendar_to_civil(from, &y1, &m1, &d1);
	calendar_to_civil(to, &y2, &m2, &d2);
	if (y1 != y2)
		snprintf(buf, n, "%d %s %d to %d %s %d", d1, month_names[m1 - 1], y1, d2,
			 month_names[m2 - 1], y2);
	else if (m1 != m2)
		snprintf(buf, n, "%d %s to %d %s %d", d1, month_names[m1 - 1], d2,
			 month_names[m2 - 1], y2);
	else
		snprintf(buf, n, "%d to %d %s %d", d1, d2, month_names[m2 - 1], y2);
	return buf;
}

const char *reflect_done_text(const struct reflect_facts *fa, char *buf, size_t n)
{
	int o = snprintf(buf, n, "%zu", fa->done.n);
	if ((fa->criteria_met || fa->deliverables_met) && o > 0 && (size_t)o < n) {
		char crit[32] = "", deliv[32] = "";
		if (fa->criteria_met)
			snprintf(crit, sizeof(crit), "%d %s", fa->criteria_met,
				 fa->criteria_met == 1 ? "criterion" : "criteria");
		if (fa->deliverables_met)
			snprintf(deliv, sizeof(deliv), "%d %s", fa->deliverables_met,
				 fa->deliverables_met == 1 ? "deliverable" : "deliverables");
		snprintf(buf + o, n - (size_t)o, " (%s%s%s)", crit,
			 *crit && *deliv ? ", " : "", deliv);
	}
	return buf;
}

const char *reflect_streak_text(const struct reflect_facts *fa, const char *period,
				char *buf, size_t n)
{
	char days[24] = "none";
	if (fa->streak)
		snprintf(days, sizeof(days), "%d day%s", fa->streak, fa->streak == 1 ? "" : "s");
	if (fa->ahead)
		snprintf(buf, n, "%s today", days);
	else if (fa->ongoing)
		snprintf(buf, n, "%s so far", days);
	else
		snprintf(buf, n, "%s at the %s's end", days, period);
	return buf;
}

/* Closes a text stream of open_text(): only then is *buf complete. */
static char *finish(FILE *f, char **buf)
{
	if (fclose(f) != 0)
		util_out_of_memory();
	return *buf;
}

static FILE *open_text(char **buf, size_t *len)
{
	FILE *f = open_memstream(buf, len);
	if (!f)
		util_out_of_memory();
	return f;
}

char *reflect_template(const struct store_plan *p, int week,
		       const struct reflect_facts *fa,
		       const struct reflect_prompts *prompts,
		       const struct store_reflection *r,
		       const struct reflect_skills *skills)
{
	char *buf;
	size_t len;
	FILE *f = open_text(&buf, &len);
	char wk[CALENDAR_WEEK_LEN], text[96];
	fprintf(f, "<!-- stride: the reflection of %s for %s, %s", p->slug,
		calendar_format_week(week, wk),
		reflect_span_text(week, week + 6, text, sizeof(text)));
	fprintf(f, "\n     Logged: ");
	put_minutes(f, fa->logged);
	if (fa->scheduled) {
		fprintf(f, " of ");
		put_minutes(f, fa->scheduled);
		fprintf(f, " scheduled");
	}
	fprintf(f, "\n     Done: %s", reflect_done_text(fa, text, sizeof(text)));
	fprintf(f, "; started %zu; skipped %zu\n", fa->started.n, fa->skipped.n);
	fprintf(f, "     Streak: %s", reflect_streak_text(fa, "week", text, sizeof(text)));
	fprintf(f, "\n\n     Write under each heading%s. This comment is not saved;\n"
		   "     an emptied or unchanged file saves nothing. -->\n",
		skills->n ? "; under Ratings give each skill 1 to 5\n"
			    "     (a blank changes nothing)"
			  : "");
	for (size_t i = 0; i < prompts->n; i++) {
		fprintf(f, "\n## %s\n\n", prompts->v[i]);
		const char *answer = NULL;
		for (size_t k = 0; r && k < r->n; k++)
			if (!strcmp(r->v[k].prompt, prompts->v[i]))
				answer = r->v[k].answer;
		if (answer)
			fprintf(f, "%s\n", answer);
	}
	if (skills->n) {
		fprintf(f, "\n## Ratings\n\n");
		for (size_t i = 0; i < skills->n; i++) {
			const struct reflect_skill *sk = &skills->v[i];
			fprintf(f, "- %s:", sk->key);
			if (sk->rating)
				fprintf(f, " %d", sk->rating);
			if (strcmp(sk->name, sk->key))
				fprintf(f, "%*s<!-- %s -->", sk->rating ? 2 : 4, "", sk->name);
			fputc('\n', f);
		}
	}
	return finish(f, &buf);
}

/* ---- reading it back -------------------------------------------------------------------- */

static bool same_words(const char *a, const char *b)
{
	/* headings match without regard to case or surrounding space */
	while (*a == ' ')
		a++;
	while (*b == ' ')
		b++;
	size_t la = strlen(a), lb = strlen(b);
	while (la && a[la - 1] == ' ')
		la--;
	while (lb && b[lb - 1] == ' ')
		lb--;
	if (la != lb)
		return false;
	for (size_t i = 0; i < la; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return false;
	return true;
}

char *reflect_skill_keys(const struct reflect_skills *skills)
{
	char *buf;
	size_t len;
	FILE *f = open_text(&buf, &len);
	for (size_t i = 0; i < skills->n; i++)
		fprintf(f, "%s%s", i ? ", " : "", skills->v[i].key);
	return finish(f, &buf);
}

int reflect_rate(struct store *s, const struct store_plan *p, int week, const char *skill,
		 int rating, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	if (store_rating_add(s, p->id, calendar_week_key(week), skill, rating, err) < 0 ||
	    store_commit(s, err) < 0) {
		store_rollback(s);
		return -1;
	}
	hooks_after_reflect(s, p, week, skill, rating);
	return 0;
}

size_t reflect_skill_find(const struct reflect_skills *skills, const char *text)
{
	size_t k = 0;
	while (k < skills->n && strcmp(skills->v[k].key, text) &&
	       !same_words(skills->v[k].name, text))
		k++;
	return k;
}

/* The text with its HTML comments marked out: each of their characters
 * but the newlines becomes COMMENT, so that line numbers stay right and
 * the parser knows which lines held one. */
#define COMMENT '\x01'

static char *without_comments(const char *text)
{
	char *out = xstrdup(text);
	for (char *p = out; (p = strstr(p, "<!--"));) {
		char *end = strstr(p + 4, "-->");
		char *stop = end ? end + 3 : p + strlen(p);
		for (char *q = p; q < stop; q++)
			if (*q != '\n')
				*q = COMMENT;
		p = stop;
	}
	return out;
}

/* A line as written: without its CR (a file saved on Windows) and its
 * comments; a line that held a comment loses its trailing blanks too.
 * False for a line that held only a comment (and blanks): not a line of
 * the text at all. */
static bool clean_line(char *line)
{
	size_t len = strlen(line);
	if (len && line[len - 1] == '\r')
		line[--len] = '\0';
	if (!memchr(line, COMMENT, len))
		return true;
	size_t o = 0;
	for (size_t i = 0; i < len; i++)
		if (line[i] != COMMENT)
			line[o++] = line[i];
	while (o && (line[o - 1] == ' ' || line[o - 1] == '\t'))
		o--;
	line[o] = '\0';
	return strspn(line, " \t") < o;
}

void reflect_input_done(struct reflect_input *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->answers[i]);
	free(in->answers);
	free(in->ratings);
	*in = (struct reflect_input){ 0 };
}

bool reflect_input_empty(const struct reflect_input *in)
{
	for (size_t i = 0; i < in->n; i++)
		if (in->answers[i])
			return false;
	for (size_t i = 0; i < in->nratings; i++)
		if (in->ratings[i])
			return false;
	return true;
}

static void parse_rating(const char *line, unsigned lineno,
			 const struct reflect_skills *skills,
			 struct reflect_input *in, struct diag_list *d)
{
	const char *p = line + 2; /* after "- " */
	const char *colon = strchr(p, ':');
	if (!colon) {
		diag_add(d, DIAG_ERROR, lineno, 1,
			 "a rating is '- skill: N' with N from 1 to 5, got '%s'", line);
		return;
	}
	char *skill = xstrtrim(p, (size_t)(colon - p));
	char *value = xstrtrim(colon + 1, strlen(colon + 1));
	size_t k = skill ? reflect_skill_find(skills, skill) : skills->n;
	if (k == skills->n) {
		const char **keys = xcalloc(skills->n + 1, sizeof(*keys));
		for (size_t i = 0; i < skills->n; i++)
			keys[i] = skills->v[i].key;
		char *list = reflect_skill_keys(skills);
		if (skills->n)
			diag_add(d, DIAG_ERROR, lineno, 1,
				 "unknown skill '%s'%s: the skills rated are %s",
				 skill ? skill : "",
				 skill ? text_did_you_mean(skill, keys, skills->n) : "", list);
		else
			diag_add(d, DIAG_ERROR, lineno, 1,
				 "unknown skill '%s': this plan rates no skills",
				 skill ? skill : "");
		free(list);
		free(keys);
	} else if (value && !(strlen(value) == 1 && value[0] >= '1' && value[0] <= '5')) {
		diag_add(d, DIAG_ERROR, lineno, 1,
			 "the rating of '%s' must be a whole number from 1 to 5, got '%s'",
			 skill, value);
	} else {
		in->ratings[k] = value ? value[0] - '0' : 0;
	}
	free(skill);
	free(value);
}

int reflect_parse(const char *text, const struct reflect_prompts *prompts,
		  const struct reflect_skills *skills, struct reflect_input *in,
		  struct diag_list *d)
{
	*in = (struct reflect_input){
		.answers = xcalloc(prompts->n + 1, sizeof(char *)), .n = prompts->n,
		.ratings = xcalloc(skills->n + 1, sizeof(int)), .nratings = skills->n,
	};
	size_t errors_before = d->errors;
	/* CRLF line ends are line ends; anything else that is not text
	 * refuses the whole file */
	char *lf = xstrdup(text);
	struct text_fault f;
	if (!text_valid(lf, text_lf(lf, strlen(lf)), &f)) {
		char what[64];
		diag_add(d, DIAG_ERROR, f.line, f.col,
			 "%s: a reflection is UTF-8 text without control characters "
			 "but tab and newline",
			 text_fault_what(&f, what, sizeof(what)));
		free(lf);
		return -1;
	}
	char *clean = without_comments(lf);
	free(lf);
	char **lines;
	size_t nlines;
	split_lines(clean, &lines, &nlines);
	free(clean);

	/* section -1: before any heading; prompts->n: the ratings */
	long section = -1;
	char *body = NULL;
	size_t blen = 0, bcap = 0;
	unsigned *first_line = xcalloc(prompts->n + 2, sizeof(*first_line));
	for (size_t i = 0; i <= nlines; i++) {
		const char *line = i < nlines ? lines[i] : NULL;
		if (line && !clean_line(lines[i]))
			continue;
		bool heading = line && !strncmp(line, "## ", 3);
		if (!line || heading) {
			/* close the section being read */
			if (section >= 0 && section < (long)prompts->n)
				in->answers[section] = body ? xstrtrim(body, blen) : NULL;
			blen = 0;
			if (!line)
				break;
			const char *title = line + 3;
			section = -2;
			for (size_t k = 0; k < prompts->n; k++)
				if (same_words(prompts->v[k], title))
					section = (long)k;
			if (same_words("Ratings", title))
				section = (long)prompts->n;
			if (section == -2) {
				diag_add(d, DIAG_ERROR, (unsigned)i + 1, 1,
					 "'## %s' is not one of the plan's prompts: keep "
					 "the headings as they are and write under them",
					 title);
			} else if (first_line[section]) {
				/* a second one would lose the first's text */
				diag_add(d, DIAG_ERROR, (unsigned)i + 1, 1,
					 "'## %s' is here a second time (first on line "
					 "%u): write all of it under one heading",
					 title, first_line[section]);
				section = -2;
			} else {
				first_line[section] = (unsigned)i + 1;
			}
			continue;
		}
		bool blank = strspn(line, " \t\r") == strlen(line);
		if (section == -1 && !blank) {
			diag_add(d, DIAG_ERROR, (unsigned)i + 1, 1,
				 "text before the first heading: write under a '## ' "
				 "heading");
		} else if (section == (long)prompts->n && !blank) {
			if (!strncmp(line, "- ", 2))
				parse_rating(line, (unsigned)i + 1, skills, in, d);
			else
				diag_add(d, DIAG_ERROR, (unsigned)i + 1, 1,
					 "under '## Ratings' each line is '- skill: N'");
		} else if (section >= 0 && section < (long)prompts->n) {
			size_t l = strlen(line);
			body = xgrow(body, &bcap, blen + l + 2, 1);
			memcpy(body + blen, line, l);
			blen += l;
			body[blen++] = '\n';
		}
	}
	free(body);
	free(first_line);
	for (size_t i = 0; i < nlines; i++)
		free(lines[i]);
	free(lines);
	diag_sort(d);
	return d->errors > errors_before ? -1 : 0;
}

int reflect_save(struct store *s, const struct store_plan *p, int week,
		 const struct reflect_prompts *prompts,
		 const struct reflect_input *in,
		 const struct reflect_skills *skills, struct store_error *err)
{
	week = calendar_week_key(week);
	struct store_answer *v = xcalloc(prompts->n + 1, sizeof(*v));
	for (size_t i = 0; i < prompts->n; i++)
		v[i] = (struct store_answer){ prompts->v[i], in->answers[i] };
	int rc = store_begin(s, err);
	if (rc == 0)
		rc = store_reflection_save(s, p->id, week, v, prompts->n, err);
	for (size_t i = 0; rc == 0 && i < skills->n && i < in->nratings; i++)
		if (in->ratings[i] && in->ratings[i] != skills->v[i].rating)
			rc = store_rating_add(s, p->id, week, skills->v[i].key,
					      in->ratings[i], err);
	if (rc == 0)
		rc = store_commit(s, err);
	if (rc < 0) {
		store_rollback(s);
	} else {
		int rated = 0;
		for (size_t i = 0; i < skills->n && i < in->nratings; i++)
			rated += in->ratings[i] && in->ratings[i] != skills->v[i].rating;
		hooks_after_reflect(s, p, week, NULL, rated);
	}
	free(v);
	return rc;
}

/* ---- the review --------------------------------------------------------------------------- */

struct weeks {
	int *v;
	size_t n, cap;
};

static int keep_week(int week, void *ctx)
{
	struct weeks *w = ctx;
	w->v = xgrow(w->v, &w->cap, w->n + 1, sizeof(*w->v));
	w->v[w->n++] = week;
	return 0;
}

int reflect_review(struct store *s, const struct store_plan *p, int from,
		   bool month, int today, struct reflect_review *out,
		   struct store_error *err)
{
	int y, m, d;
	calendar_to_civil(from, &y, &m, &d);
	int to = month ? from + calendar_month_days(y, m) - 1 : from + 6;
	struct reflect_review *rv = out;
	*rv = (struct reflect_review){ .plan = p, .month = month, .from = from, .to = to };
	if (reflect_facts(s, p, from, to, today, &rv->facts, err) < 0)
		return -1;
	reflect_prompts(p, &rv->prompts);
	/* the reflections: of the week, or of the weeks that start in the month */
	struct weeks wk = { 0 };
	int first_week = month ? calendar_week_first(from + 6) : from;
	if (month && calendar_week_first(from) == from)
		first_week = from;
	/* the store keeps a week under its Monday (calendar_week_key) */
	int off = calendar_week_key(first_week) - first_week;
	int ret = store_reflection_weeks(s, p->id, first_week + off, (month ? to : from) + off,
					 keep_week, &wk, err);
	rv->reflections = xcalloc(wk.n + 1, sizeof(*rv->reflections));
	for (size_t i = 0; ret == 0 && i < wk.n; i++) {
		if (store_reflection_get(s, p->id, wk.v[i], &rv->reflections[rv->nreflections],
					 err) < 0)
			ret = -1;
		else
			rv->nreflections++;
	}
	free(wk.v);
	int last_week = month ? calendar_week_first(to) : from;
	if (ret == 0)
		ret = reflect_skills(s, p, last_week, &rv->skills, err);
	/* a month's rating in force is the last one within it */
	if (ret == 0 && month) {
		struct reflect_skills before;
		if (reflect_skills(s, p, first_week, &before, err) < 0) {
			ret = -1;
		} else {
			/* the last rating within the month, against the last one
			 * before it */
			for (size_t i = 0; i < rv->skills.n; i++) {
				struct reflect_skill *sk = &rv->skills.v[i];
				if (!sk->rating && sk->previous_week >= first_week)
					sk->rating = sk->previous;
				sk->previous = before.v[i].previous;
				sk->previous_week = before.v[i].previous_week;
			}
			reflect_skills_done(&before);
		}
	}
	if (ret < 0)
		reflect_review_done(rv);
	return ret;
}

void reflect_review_done(struct reflect_review *rv)
{
	for (size_t i = 0; i < rv->nreflections; i++)
		store_reflection_done(&rv->reflections[i]);
	free(rv->reflections);
	reflect_skills_done(&rv->skills);
	reflect_prompts_done(&rv->prompts);
	reflect_facts_done(&rv->facts);
	*rv = (struct reflect_review){ 0 };
}
