/* stride reflect, rate and review: the weekly reflection. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/diag.h"
#include "stride/editor.h"
#include "stride/export.h"
#include "stride/reflect.h"
#include "stride/stats.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The plan and today, for the three commands. */
static int open_plan(const struct cli_ctx *ctx, struct store **s,
		     struct store_plan *p, int *today)
{
	if (!cli_today(today))
		return CLI_USAGE;
	int status = cli_open(ctx, false, s);
	if (status == CLI_OK)
		status = cli_plan(*s, NULL, p);
	return status;
}

static int bad_week(const struct cli_command *cmd, const char *arg)
{
	return cli_usage_error(cmd,
			       "'%s' is not a week: give 2025-W32, a date in the "
			       "week, this, last, or -N (N weeks ago)",
			       arg);
}

/* Reads the file a person wrote; NULL (with a message, and *status) when
 * it cannot, or when it is not text stride keeps (*refused). */
static char *read_text(const char *path, bool *refused, int *status)
{
	char why[512];
	char *text = editor_read(path, refused, why, sizeof(why));
	if (!text) {
		text_printf(stderr, "stride: %s%s\n", why,
			    *refused ? ": a reflection is UTF-8 text without control "
				       "characters but tab and newline; nothing saved"
				     : "");
		*status = *refused ? CLI_DATA : CLI_FAILURE;
	}
	return text;
}

/* Runs the editor on the week's template; the text saved, or NULL (with
 * *status, and the message) when there is nothing to save. *path keeps the
 * file's name, so that a file with a mistake can be kept. */
static char *edit_reflection(const char *template, int *status, char **path)
{
	char why[512];
	*path = editor_temp("reflection", template, why, sizeof(why));
	int rc = *path ? editor_run(*path, why, sizeof(why)) : -1;
	if (rc != 0) {
		if (rc > 0)
			text_printf(stderr, "stride: the editor failed (exit status %d): "
					"nothing saved\n",
				    rc);
		else
			text_printf(stderr, "stride: %s\n", why);
		*status = CLI_FAILURE;
		return NULL;
	}
	bool refused;
	char *text = read_text(*path, &refused, status);
	if (!text) {
		if (refused) {
			text_printf(stderr, "stride: your text is kept in %s\n", *path);
			free(*path);
			*path = NULL; /* kept */
		}
		return NULL;
	}
	if (!strcmp(text, template)) {
		text_fputs("stride: the reflection is unchanged: nothing saved\n", stderr);
		free(text);
		*status = CLI_OK;
		return NULL;
	}
	return text;
}

static int reflect_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "from", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *message = NULL, *from = NULL;
	int c;
	const char *ago = cli_take_ago(&argc, argv, "m:h", opts);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': message = optarg; break;
		case 'f': from = optarg; break;
		case 'h': cli_print_help(&cmd_reflect); return CLI_OK;
		default:
			return cli_option_error(&cmd_reflect, "m:h", argc, argv);
		}
	}
	if (message && from)
		return cli_usage_error(&cmd_reflect, "give -m or --from, not both");
	const char *week_arg = ago ? ago : optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_reflect, "unexpected '%s'", argv[optind]);
	if (message && !cli_text_ok("the answer (-m)", message))
		return CLI_DATA;
	char *answer = message ? xstrtrim(message, strlen(message)) : NULL;
	if (message && !answer)
		return cli_usage_error(&cmd_reflect, "-m gives an empty answer: nothing saved");

	struct store *s = NULL;
	struct store_plan p = { 0 };
	int today;
	int status = open_plan(ctx, &s, &p, &today);
	int week = 0;
	if (status == CLI_OK) {
		week = calendar_week_first(today);
		if (week_arg && !reflect_parse_week(week_arg, today, &week))
			status = bad_week(&cmd_reflect, week_arg);
	}
	struct reflect_prompts prompts = { 0 };
	struct reflect_skills skills = { 0 };
	struct reflect_facts facts = { 0 };
	struct store_reflection current = { 0 };
	struct reflect_input in = { 0 };
	struct store_error err;
	char *text = NULL, *path = NULL, *template = NULL;
	if (status == CLI_OK) {
		reflect_prompts(&p, &prompts);
		if (reflect_skills(s, &p, week, &skills, &err) < 0 ||
		    reflect_facts(s, &p, week, week + 6, today, &facts, &err) < 0 ||
		    (store_reflection_get(s, p.id, calendar_week_key(week), &current, &err) < 0 &&
		     err.code != STORE_ERR_NOTFOUND))
			status = cli_store_error(&err);
	}
	if (status == CLI_OK && message) {
		/* -m: the first prompt's answer; the others as they were */
		in.n = prompts.n;
		in.answers = xcalloc(prompts.n + 1, sizeof(*in.answers));
		in.nratings = skills.n;
		in.ratings = xcalloc(skills.n + 1, sizeof(*in.ratings));
		for (size_t i = 0; i < prompts.n; i++)
			for (size_t k = 0; k < current.n; k++)
				if (!strcmp(current.v[k].prompt, prompts.v[i]) && current.v[k].answer)
					in.answers[i] = xstrdup(current.v[k].answer);
		if (prompts.n) {
			free(in.answers[0]);
			in.answers[0] = answer;
			answer = NULL;
		}
	} else if (status == CLI_OK) {
		template = reflect_template(&p, week, &facts, &prompts,
					    current.id ? &current : NULL, &skills);
		bool refused;
		text = from ? read_text(from, &refused, &status)
			    : edit_reflection(template, &status, &path);
		if (text) {
			struct diag_list d;
			diag_list_init(&d);
			const char *name = !from ? path : strcmp(from, "-") ? from : "<stdin>";
			if (reflect_parse(text, &prompts, &skills, &in, &d) < 0) {
				cli_print_diags(stderr, name, &d);
				if (path) {
					text_printf(stderr, "stride: nothing saved; your text is "
							"kept in %s\n",
						    path);
					free(path);
					path = NULL; /* kept */
				}
				status = CLI_DATA;
			} else if (reflect_input_empty(&in)) {
				text_fputs("stride: the reflection is empty: nothing saved\n",
					   stderr);
				status = path ? CLI_OK : CLI_DATA;
				reflect_input_done(&in);
			}
			diag_list_done(&d);
		}
	}
	if (status == CLI_OK && in.answers) {
		char wk[CALENDAR_WEEK_LEN];
		if (reflect_save(s, &p, week, &prompts, &in, &skills, &err) < 0)
			status = cli_store_error(&err);
		else
			text_printf(stdout, "saved   the reflection of %s for %s (version %d)\n", p.slug,
			       calendar_format_week(week, wk), current.versions + 1);
	}
	if (path) {
		unlink(path);
		free(path);
	}
	free(answer);
	free(text);
	free(template);
	reflect_input_done(&in);
	store_reflection_done(&current);
	reflect_facts_done(&facts);
	reflect_skills_done(&skills);
	reflect_prompts_done(&prompts);
	store_plan_done(&p);
	store_close(s);
	return status;
}

static int rate_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "week", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *week_arg = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'w': week_arg = optarg; break;
		case 'h': cli_print_help(&cmd_rate); return CLI_OK;
		default:
			return cli_option_error(&cmd_rate, "h", argc, argv);
		}
	}
	if (argc - optind != 2)
		return cli_usage_error(&cmd_rate, "give a skill and a rating from 1 to 5");
	const char *skill = argv[optind], *value = argv[optind + 1];
	if (strlen(value) != 1 || value[0] < '1' || value[0] > '5')
		return cli_usage_error(&cmd_rate, "the rating must be a whole number from "
						  "1 to 5, got '%s'",
				       value);
	struct store *s = NULL;
	struct store_plan p = { 0 };
	int today;
	int status = open_plan(ctx, &s, &p, &today);
	int week = 0;
	if (status == CLI_OK) {
		week = calendar_week_first(today);
		if (week_arg && !reflect_parse_week(week_arg, today, &week))
			status = bad_week(&cmd_rate, week_arg);
	}
	struct reflect_skills skills = { 0 };
	struct store_error err;
	if (status == CLI_OK && reflect_skills(s, &p, week, &skills, &err) < 0)
		status = cli_store_error(&err);
	size_t k = status == CLI_OK ? reflect_skill_find(&skills, skill) : 0;
	if (status == CLI_OK && k == skills.n) {
		if (!skills.n) {
			text_printf(stderr, "stride: %s rates no skills (its plan file has no "
					"'skills', or 'reflection: rate: []')\n",
				    p.slug);
		} else {
			const char **keys = xcalloc(skills.n + 1, sizeof(*keys));
			for (size_t i = 0; i < skills.n; i++)
				keys[i] = skills.v[i].key;
			char *list = reflect_skill_keys(&skills);
			text_printf(stderr, "stride: %s rates no skill '%s'%s; the skills it rates "
					"each week: %s\n",
				    p.slug, skill, text_did_you_mean(skill, keys, skills.n), list);
			free(list);
			free(keys);
		}
		status = CLI_USAGE;
	}
	if (status == CLI_OK) {
		char wk[CALENDAR_WEEK_LEN];
		if (reflect_rate(s, &p, week, skills.v[k].key, value[0] - '0', &err) < 0) {
			status = cli_store_error(&err);
		} else {
			text_printf(stdout, "rated   %s %c/5 for %s", skills.v[k].name, value[0],
			       calendar_format_week(week, wk));
			int change = value[0] - '0' - skills.v[k].previous;
			if (skills.v[k].previous && change)
				text_printf(stdout, " (%+d since %s)", change,
				       calendar_format_week(skills.v[k].previous_week, wk));
			else if (skills.v[k].previous)
				text_printf(stdout, " (the same as %s)",
				       calendar_format_week(skills.v[k].previous_week, wk));
			putchar('\n');
		}
	}
	reflect_skills_done(&skills);
	store_plan_done(&p);
	store_close(s);
	return status;
}

/* ---- the review, as Markdown ------------------------------------------------ */

static void print_item_line(const struct reflect_item *it)
{
	text_printf(stdout, "- %s%s (%d)\n", store_kind_label(it->kind), it->title, it->ref);
}

/* Items grouped under their top-level phase, in the order done. */
static void print_items(const struct reflect_list *l)
{
	bool *shown = xcalloc(l->n + 1, sizeof(*shown));
	for (size_t i = 0; i < l->n; i++) {
		if (shown[i])
			continue;
		const char *phase = l->v[i].phase;
		text_printf(stdout, "\n### %s\n\n", phase ? phase : "Outside the phases");
		for (size_t j = i; j < l->n; j++) {
			const char *pj = l->v[j].phase;
			if (shown[j] || !((!phase && !pj) || (phase && pj && !strcmp(phase, pj))))
				continue;
			print_item_line(&l->v[j]);
			shown[j] = true;
		}
	}
	free(shown);
}

static void print_list(const char *head, const struct reflect_list *l)
{
	if (!l->n)
		return;
	text_printf(stdout, "\n## %s\n\n", head);
	for (size_t i = 0; i < l->n; i++)
		print_item_line(&l->v[i]);
}

/* Text for a cell of a Markdown table: a pipe escaped, lines joined. */
static void print_cell(const char *s)
{
	char *cell = xmalloc(2 * strlen(s) + 1), *o = cell;
	for (; *s; s++) {
		if (*s == '|')
			*o++ = '\\';
		*o++ = *s == '\n' || *s == '\r' ? ' ' : *s;
	}
	*o = '\0';
	text_fputs(cell, stdout);
	free(cell);
}

static void print_ratings(const struct reflect_skills *skills)
{
	char wname[CALENDAR_WEEK_LEN];
	text_printf(stdout, "\n## Ratings\n\n| Skill | Rating | Change |\n|---|---|---|\n");
	for (size_t i = 0; i < skills->n; i++) {
		const struct reflect_skill *sk = &skills->v[i];
		text_fputs("| ", stdout);
		print_cell(sk->name);
		text_fputs(" | ", stdout);
		if (sk->rating)
			text_printf(stdout, "%d/5 | ", sk->rating);
		else
			text_fputs("- | ", stdout);
		if (sk->rating && sk->previous == sk->rating)
			text_printf(stdout, "the same as %s |\n",
				    calendar_format_week(sk->previous_week, wname));
		else if (sk->rating && sk->previous)
			text_printf(stdout, "%+d since %s |\n", sk->rating - sk->previous,
				    calendar_format_week(sk->previous_week, wname));
		else if (sk->rating)
			text_fputs("first rating |\n", stdout);
		else
			text_fputs("not rated |\n", stdout);
	}
}

/* The review as Markdown: the facts, what was done by phase, what was
 * started and skipped, the reflections' answers, the ratings. */
static void print_review(const struct reflect_review *rv)
{
	const struct reflect_facts *fa = &rv->facts;
	char wname[CALENDAR_WEEK_LEN], text[96], a[TEXT_MINUTES_LEN], b[TEXT_MINUTES_LEN];
	int y, m, d;
	calendar_to_civil(rv->from, &y, &m, &d);
	if (rv->month)
		text_printf(stdout, "# %s %d: %s\n\n", reflect_month_name(m), y,
			    rv->plan->title);
	else
		text_printf(stdout, "# Week %s: %s\n\n", calendar_format_week(rv->from, wname),
			    rv->plan->title);
	text_printf(stdout, "%s\n\n- Time: %s logged",
		    reflect_span_text(rv->from, rv->to, text, sizeof(text)),
		    text_minutes(fa->logged, a));
	if (fa->scheduled)
		text_printf(stdout, " of %s scheduled (%d%%)", text_minutes(fa->scheduled, b),
			    stats_percent(fa->logged, fa->scheduled));
	text_printf(stdout, "\n- Done: %s; started %zu; skipped %zu\n",
		    reflect_done_text(fa, text, sizeof(text)), fa->started.n, fa->skipped.n);
	text_printf(stdout, "- Streak: %s\n",
		    reflect_streak_text(fa, rv->month ? "month" : "week", text, sizeof(text)));
	if (fa->before_plan)
		text_fputs("- The plan had not started yet\n", stdout);
	if (fa->done.n) {
		text_fputs("\n## Done\n", stdout);
		print_items(&fa->done);
	}
	print_list("Started", &fa->started);
	print_list("Skipped", &fa->skipped);

	text_printf(stdout, "\n## Reflection%s\n", rv->month ? "s" : "");
	if (!rv->nreflections && fa->before_plan)
		text_fputs("\n_None: the plan had not started._\n", stdout);
	else if (!rv->nreflections)
		text_printf(stdout, "\n_Not written yet: `stride reflect %s`._\n",
			    rv->month ? "WEEK" : calendar_format_week(rv->from, wname));
	for (size_t i = 0; i < rv->nreflections; i++) {
		const struct store_reflection *r = &rv->reflections[i];
		if (rv->month)
			text_printf(stdout, "\n### Week %s\n", calendar_format_week(r->week, wname));
		for (size_t k = 0; k < r->n; k++)
			text_printf(stdout, "\n%s %s\n\n%s\n", rv->month ? "####" : "###",
				    r->v[k].prompt,
				    r->v[k].answer ? r->v[k].answer : "_(left blank)_");
	}
	if (rv->skills.n)
		print_ratings(&rv->skills);
}

static int review_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "month", required_argument, NULL, 'M' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *month_arg = NULL;
	bool json = false;
	int c;
	const char *ago = cli_take_ago(&argc, argv, "h", opts);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'M': month_arg = optarg; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_review); return CLI_OK;
		default:
			return cli_option_error(&cmd_review, "h", argc, argv);
		}
	}
	const char *week_arg = ago ? ago : optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_review, "unexpected '%s'", argv[optind]);
	if (week_arg && month_arg)
		return cli_usage_error(&cmd_review, "give a week or --month, not both");
	int first = 0;
	if (month_arg) {
		char buf[16];
		snprintf(buf, sizeof(buf), "%s-01", month_arg);
		if (strlen(month_arg) != 7 || !calendar_parse(buf, &first))
			return cli_usage_error(&cmd_review, "--month takes YYYY-MM, got '%s'",
					       month_arg);
	}
	struct store *s = NULL;
	struct store_plan p = { 0 };
	int today;
	int status = open_plan(ctx, &s, &p, &today);
	if (status == CLI_OK && !month_arg) {
		first = calendar_week_first(today);
		if (week_arg && !reflect_parse_week(week_arg, today, &first))
			status = bad_week(&cmd_review, week_arg);
	}
	struct reflect_review rv = { 0 };
	struct store_error err;
	if (status == CLI_OK &&
	    reflect_review(s, &p, first, month_arg != NULL, today, &rv, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *js = export_review_json(&rv);
		text_fputs(js, stdout);
		free(js);
	} else if (status == CLI_OK) {
		print_review(&rv);
	}
	reflect_review_done(&rv);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_reflect = {
	.name = "reflect",
	.run = reflect_run,
	.synopsis = "reflect [WEEK] [-m TEXT | --from FILE]",
	.summary = "write the week's reflection: answers and skill ratings",
	.help =
		"Opens $VISUAL, else $EDITOR, else vi (no shell) on the week's\n"
		"reflection as Markdown: the week's facts in a comment (time logged\n"
		"against the schedule, what was done, started and skipped, the\n"
		"streak), then '## PROMPT' with the current answer under it for\n"
		"each of the plan's prompts, then '## Ratings' with a '- skill: N'\n"
		"line (1 to 5) for each skill the plan rates. What you save is a new\n"
		"version (the old ones are kept). An editor that fails, or a file\n"
		"left unchanged or emptied, saves nothing; a malformed line is\n"
		"reported with its number and the file is kept.\n"
		"\n"
		"WEEK is 2025-W32, a date in the week, this, last, or -N (N weeks\n"
		"ago); the default is this week.\n"
		"\n"
		"options:\n"
		"  -m, --message TEXT  TEXT answers the first prompt, no editor\n"
		"  --from FILE         read the answers from FILE (- for stdin), in\n"
		"                      the editor's format\n",
};

const struct cli_command cmd_rate = {
	.name = "rate",
	.run = rate_run,
	.synopsis = "rate SKILL N [--week WEEK]",
	.summary = "set one skill's confidence rating (1-5) for a week",
	.help =
		"SKILL is a skill's id or its name (any case), as the plan's\n"
		"'skills' give them; N is 1 to 5.\n"
		"The week is this one unless --week says another (as for reflect).\n",
};

const struct cli_command cmd_review = {
	.name = "review",
	.run = review_run,
	.synopsis = "review [WEEK | --month YYYY-MM] [--json]",
	.summary = "the week's (or month's) review as Markdown",
	.help =
		"Prints the week (or the month, its weeks together) as Markdown: its\n"
		"dates, the time logged against the schedule, what was done (by\n"
		"phase), started and skipped, the criteria and deliverables met, the\n"
		"reflection's answers, the ratings with their change since the last\n"
		"rating before, and the streak. --json prints the same as one JSON\n"
		"object (see man stride).\n",
};
