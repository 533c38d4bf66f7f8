/* stride start and shift: the plan's dates, moved in the store. */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/session.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static const char *const weekdays[7] = { "Monday", "Tuesday",  "Wednesday", "Thursday",
					 "Friday", "Saturday", "Sunday" };

/* What a date argument can be, for the errors. */
#define DAY_FORMS                                                              \
	"YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a " \
	"weekday such as monday"

/* Opens the store and reads plan slug (NULL: the current one). */
static int open_plan(const struct cli_ctx *ctx, const char *slug, struct store **s,
		     struct store_plan *p)
{
	*s = NULL;
	int status = cli_open(ctx, false, s);
	if (status == CLI_OK)
		status = cli_plan(*s, slug, p);
	return status;
}

/* Reads p again, as the move left it. */
static int reread(struct store *s, struct store_plan *p)
{
	long long id = p->id;
	struct store_error err;
	store_plan_done(p);
	return store_plan_by_id(s, id, p, &err) < 0 ? cli_store_error(&err) : CLI_OK;
}

/* "2026-12-07 to 2027-06-30" */
static const char *span_text(int start, int end, char *buf, size_t n)
{
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	snprintf(buf, n, "%s to %s", calendar_format(start, a), calendar_format(end, b));
	return buf;
}

/* ---- start ------------------------------------------------------------------- */

static void say_started(const struct store_plan *p, int was)
{
	char span[48], file[48];
	if (was == CALENDAR_NONE) {
		text_printf(stdout, "%s now runs %s, from a %s: laid out from its phases' "
				    "durations\n",
			    p->slug, span_text(p->start, p->end, span, sizeof(span)),
			    weekdays[calendar_weekday(p->start)]);
		text_printf(stdout, "(the file gives no dates, and is untouched; 'stride undo' "
				    "takes this back, 'stride start --file-dates' leaves the "
				    "plan without dates again)\n");
		return;
	}
	int days = p->start - was;
	text_printf(stdout, "%s now runs %s, from a %s: every date moved %d day%s %s\n",
		    p->slug, span_text(p->start, p->end, span, sizeof(span)),
		    weekdays[calendar_weekday(p->start)], days < 0 ? -days : days,
		    days == 1 || days == -1 ? "" : "s", days < 0 ? "earlier" : "later");
	text_printf(stdout,
		    "(the file says %s, and is untouched; 'stride undo' takes this "
		    "back, 'stride start --file-dates' goes back to the file's dates)\n",
		    span_text(p->file_start, p->file_end, file, sizeof(file)));
}

static int start_plan(const struct cli_ctx *ctx, int argc, char **argv, bool bare);

static bool is_slug(const struct cli_ctx *ctx, const char *word)
{
	struct store *s = NULL;
	struct store_plan p;
	struct store_error err;
	bool yes = false;
	/* (quiet: what cannot be opened is said by the command that runs) */
	char *path = ctx->db ? xstrdup(ctx->db) : store_default_path(&err);
	if (path && store_open(path, false, &s, &err) == 0 &&
	    store_plan_get(s, word, &p, &err) == 0) {
		yes = true;
		store_plan_done(&p);
	}
	store_close(s);
	free(path);
	return yes;
}

/* A word meant as a day, a real one or not: what calendar_parse_when
 * takes, YYYY-MM-DD in shape, or a sign and digits. */
static bool looks_like_day(const char *w, int today)
{
	int day;
	if (calendar_parse_when(w, today, &day))
		return true;
	if (strlen(w) == 10 && w[4] == '-' && w[7] == '-' && strspn(w, "0123456789-") == 10)
		return true;
	return (w[0] == '+' || w[0] == '-') && w[1] &&
	       strspn(w + 1, "0123456789") == strlen(w + 1);
}

int cli_start_plan(const struct cli_ctx *ctx, int argc, char **argv)
{
	/* `stride start REF...` marks items; `stride start [PLAN] [DATE]`
	 * moves a plan: no word, a day, a plan's id, or one and then the
	 * other */
	int words = 0, today;
	const char *word[2] = { NULL, NULL };
	bool any_option = false;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--file-dates"))
			any_option = true;
		else if (argv[i][0] == '-' && !(argv[i][1] >= '0' && argv[i][1] <= '9'))
			continue;
		else if (words++ < 2)
			word[words - 1] = argv[i];
	}
	if (!session_today(&today, (char[128]){ 0 }, 128))
		today = 0;
	/* nothing, a day, a plan; a plan or anything and then a day; a plan
	 * and more (said to be too many) */
	bool plan_form = any_option || words == 0 ||
			 (words == 1 && (looks_like_day(word[0], today) ||
					 is_slug(ctx, word[0]))) ||
			 (words == 2 && (looks_like_day(word[1], today) || is_slug(ctx, word[0]))) ||
			 (words > 2 && is_slug(ctx, word[0]));
	return plan_form ? start_plan(ctx, argc, argv, words == 0 && !any_option) : -1;
}

static int start_plan(const struct cli_ctx *ctx, int argc, char **argv, bool bare)
{
	static const struct option opts[] = {
		{ "file-dates", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	const char *ago = cli_take_ago(&argc, argv, "h", opts);
	bool file_dates = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'f': file_dates = true; break;
		case 'h': cli_print_help(&cmd_start); return CLI_OK;
		default: return cli_option_error(&cmd_start, "h", argc, argv);
		}
	}
	/* [PLAN] [DATE]: one word is a date when it reads as one */
	const char *slug = NULL, *when = ago;
	int nargs = argc - optind;
	if (nargs + (ago != NULL) > 2)
		return cli_usage_error(&cmd_start, "unexpected '%s'", argv[argc - 1]);
	int day = today;
	if (nargs == 2 || (nargs == 1 && ago)) {
		slug = argv[optind];
		when = when ? when : argv[optind + 1];
	} else if (nargs == 1) {
		if (looks_like_day(argv[optind], today))
			when = argv[optind];
		else
			slug = argv[optind];
	}
	if (when && file_dates)
		return cli_usage_error(&cmd_start, "--file-dates takes no date: the file "
						   "says when the plan starts");
	if (when && !calendar_parse_when(when, today, &day))
		return cli_usage_error(&cmd_start, "'%s' is not a day: give %s", when,
				       DAY_FORMS);

	struct store *s;
	struct store_plan p = { 0 };
	struct store_error err;
	int status = open_plan(ctx, slug, &s, &p);
	int was = CALENDAR_NONE;
	if (status == CLI_OK && bare && p.done) {
		text_printf(stderr,
			    "stride: %s is under way (%d item%s done): 'stride start' with "
			    "no date would move all of it to begin today; to do that, "
			    "'stride start %s today' ('stride shift' moves only what is "
			    "left)\n",
			    p.slug, p.done, p.done == 1 ? "" : "s", p.slug);
		status = CLI_USAGE;
	}
	int rc = status == CLI_OK
			 ? session_start_plan(s, p.id, file_dates ? CALENDAR_NONE : day, today, &was, &err)
			 : 0;
	char date[CALENDAR_DATE_LEN], span[48];
	if (rc < 0) {
		status = cli_store_error(&err);
	} else if (status == CLI_OK && rc == 1) {
		if (file_dates)
			text_printf(stdout, "%s is on its file's dates already (%s): nothing "
					    "changed\n",
				    p.slug, span_text(p.start, p.end, span, sizeof(span)));
		else
			text_printf(stdout, "%s starts on %s already: nothing changed\n", p.slug,
				    calendar_format(p.start, date));
	} else if (status == CLI_OK) {
		status = reread(s, &p);
		if (status == CLI_OK && file_dates && p.start == CALENDAR_NONE)
			text_printf(stdout, "%s is back on its file, which gives no dates: its "
					    "items are unscheduled again ('stride undo' takes this "
					    "back)\n",
				    p.slug);
		else if (status == CLI_OK && file_dates)
			text_printf(stdout, "%s is back on its file's dates: %s ('stride undo' "
					    "takes this back)\n",
				    p.slug, span_text(p.start, p.end, span, sizeof(span)));
		else if (status == CLI_OK)
			say_started(&p, was);
	}
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

/* ---- shift ------------------------------------------------------------------- */

static int shift_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	/* a move earlier is "-3d": not an option */
	const char *back = cli_take_negative(&argc, argv, "dwm", "h", opts);
	for (int i = 1; i < argc && !back; i++) {
		if (argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9') {
			back = argv[i]; /* not a move ("-3x"): said below */
			memmove(&argv[i], &argv[i + 1], (size_t)(argc - i) * sizeof(*argv));
			argc--;
		}
	}
	const char *from_arg = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'f': from_arg = optarg; break;
		case 'h': cli_print_help(&cmd_shift); return CLI_OK;
		default: return cli_option_error(&cmd_shift, "h", argc, argv);
		}
	}
	int nargs = argc - optind + (back != NULL);
	if (nargs == 0)
		return cli_usage_error(&cmd_shift, "no duration given: how far to move "
						   "the rest of the plan, such as 2w, 10d or -3d");
	if (nargs > 2)
		return cli_usage_error(&cmd_shift, "unexpected '%s'", argv[argc - 1]);
	const char *slug = nargs == 2 ? argv[optind] : NULL;
	const char *dur = back ? back : argv[argc - 1];
	int from = today, days;
	if (from_arg && !calendar_parse_when(from_arg, today, &from))
		return cli_usage_error(&cmd_shift, "--from '%s' is not a day: give %s",
				       from_arg, DAY_FORMS);
	const char *len = dur + (*dur == '+' || *dur == '-');
	size_t digits = strspn(len, "0123456789");
	struct calendar_span_len ok;
	char date[CALENDAR_DATE_LEN];
	if (!calendar_parse_shift(dur, from, &days) && calendar_parse_len(len, &ok))
		return cli_usage_error(&cmd_shift, "%s from %s would leave the calendar "
						   "(0001-01-01 to 9999-12-31): give a shorter move",
				       dur, calendar_format(from, date));
	if (!calendar_parse_shift(dur, from, &days) && digits && digits < strlen(len) &&
	    strchr("dwm", len[digits]) && !len[digits + 1] && len[0] != '0')
		return cli_usage_error(&cmd_shift, "'%s' is longer than the calendar (0001 to "
						   "9999): give a shorter move",
				       dur);
	if (!calendar_parse_shift(dur, from, &days))
		return cli_usage_error(&cmd_shift,
				       "'%s' is not a move: give a number of days, weeks "
				       "or months, such as 2w, 10d, 1m, or -3d to move "
				       "earlier (not 0)",
				       dur);

	struct store *s;
	struct store_plan p = { 0 };
	struct store_error err;
	long long moved = 0;
	int status = open_plan(ctx, slug, &s, &p);
	if (status == CLI_OK && act_shift(s, p.id, from, days, today, &moved, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && !moved) {
		text_printf(stdout, "nothing of %s left to do is dated on or after %s: "
				    "nothing changed\n",
			    p.slug, calendar_format(from, date));
	} else if (status == CLI_OK) {
		status = reread(s, &p);
		if (status == CLI_OK)
			text_printf(stdout,
				    "moved what is left of %s %d day%s %s, from %s on (%lld "
				    "item%s with dates); it now ends on "
				    "%s ('stride undo' takes this back)\n",
				    p.slug, days < 0 ? -days : days,
				    days == 1 || days == -1 ? "" : "s",
				    days < 0 ? "earlier" : "later", calendar_format(from, date),
				    moved, moved == 1 ? "" : "s", calendar_format(p.end, (char[CALENDAR_DATE_LEN]){ 0 }));
	}
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_shift = {
	.name = "shift",
	.run = shift_run,
	.synopsis = "shift [PLAN] DURATION [--from DATE]",
	.summary = "replan after a slip: move what is left by DURATION",
	.help =
		"Moves every date of what is not finished and is dated on or after\n"
		"DATE (default: today) by DURATION: 2w, 10d, 1m later, or -3d\n"
		"earlier to get ahead. What is done or skipped keeps its dates; a\n"
		"phase or week block that has begun keeps its start and ends later.\n"
		"The move lives in the store, the plan file is untouched, and edits\n"
		"to it later keep the move. One step for 'stride undo'.\n"
		"\n"
		"options:\n"
		"  --from DATE  move what is dated on or after DATE (YYYY-MM-DD,\n"
		"               today, tomorrow, +N, -N, or a weekday)\n",
};

/* ---- pause -------------------------------------------------------------------- */

/* stride pause --list [--json]: the plan's pauses, first to last. */
static int list_pauses(struct store *s, const struct store_plan *p, bool json)
{
	struct progress_off o;
	struct store_error err;
	if (progress_days_off(s, p, &o, &err) < 0)
		return cli_store_error(&err);
	if (json) {
		char *text = export_pauses_json(p, o.off.pauses, o.off.npauses);
		text_fputs(text, stdout);
		free(text);
	} else if (!o.off.npauses) {
		text_printf(stdout, "%s has no pauses\n", p->slug);
	}
	for (size_t i = 0; i < o.off.npauses && !json; i++) {
		const struct stats_pause *pa = &o.off.pauses[i];
		char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
		int len = pa->last - pa->first + 1;
		text_printf(stdout, "%s to %s  (%d day%s)\n", calendar_format(pa->first, a),
			    calendar_format(pa->last, b), len, len == 1 ? "" : "s");
	}
	progress_days_off_done(&o);
	return CLI_OK;
}

static int pause_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	/* by hand, not getopt: "-3" (three days ago) is a day, in its place */
	const char *days_arg = NULL, *word[3] = { NULL };
	bool list = false, shift = false, json = false;
	int n = 0;
	for (int i = 1; i < argc; i++) {
		const char *w = argv[i];
		bool day_ago = w[0] == '-' && w[1] >= '0' && w[1] <= '9';
		if (!strcmp(w, "--help") || !strcmp(w, "-h")) {
			cli_print_help(&cmd_pause);
			return CLI_OK;
		} else if (!strcmp(w, "--list")) {
			list = true;
		} else if (!strcmp(w, "--json")) {
			json = true;
		} else if (!strcmp(w, "--shift")) {
			shift = true;
		} else if (!strcmp(w, "--days") || !strncmp(w, "--days=", 7)) {
			days_arg = w[6] == '=' ? w + 7 : i + 1 < argc ? argv[++i] : NULL;
			if (!days_arg)
				return cli_usage_error(&cmd_pause, "'--days' needs a value");
		} else if (w[0] == '-' && w[1] && !day_ago) {
			return cli_usage_error(&cmd_pause, "unknown option '%s'", w);
		} else if (n == 3) {
			return cli_usage_error(&cmd_pause, "unexpected '%s'", w);
		} else {
			word[n++] = w;
		}
	}
	const char *slug = NULL;
	int k = 0;
	if (n && !looks_like_day(word[0], today) && (n > 1 || list)) {
		slug = word[0];
		k = 1;
	}
	if (json && !list)
		return cli_usage_error(&cmd_pause, "--json goes with --list: 'stride pause "
						   "--list --json'");
	if (list) {
		if (k < n)
			return cli_usage_error(&cmd_pause, "--list takes no day");
	} else if (k == n) {
		return cli_usage_error(&cmd_pause, "no day given: the first day of the pause "
						   "(%s)",
				       DAY_FORMS);
	} else if (n - k > 2) {
		return cli_usage_error(&cmd_pause, "unexpected '%s'", word[n - 1]);
	}
	int first = today, last = today;
	if (!list && !calendar_parse_when(word[k], today, &first))
		return cli_usage_error(&cmd_pause, "'%s' is not a day: give %s", word[k],
				       DAY_FORMS);
	last = first;
	if (!list && n - k == 2) {
		if (days_arg)
			return cli_usage_error(&cmd_pause, "give the last day or --days, not "
							   "both");
		if (!calendar_parse_when(word[k + 1], today, &last))
			return cli_usage_error(&cmd_pause, "'%s' is not a day: give %s",
					       word[k + 1], DAY_FORMS);
	}
	if (!list && days_arg) {
		char *end;
		long nd = strtol(days_arg, &end, 10);
		if (*end || end == days_arg || nd < 1 || nd > 3660)
			return cli_usage_error(&cmd_pause, "--days takes a number of days from "
							   "1 to 3660; got '%s'",
					       days_arg);
		if ((long long)first + nd - 1 > CALENDAR_MAX)
			return cli_usage_error(&cmd_pause, "a pause of %ld days from there "
							   "would end past 9999-12-31",
					       nd);
		last = first + (int)nd - 1;
	}
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
	if (!list && last < first)
		return cli_usage_error(&cmd_pause, "the pause would end (%s) before it starts "
						   "(%s): give its first day, then its last",
				       calendar_format(last, a), calendar_format(first, b));

	struct store *s;
	struct store_plan p = { 0 };
	struct store_error err;
	int status = open_plan(ctx, slug, &s, &p);
	if (status == CLI_OK && list) {
		status = list_pauses(s, &p, json);
	} else if (status == CLI_OK) {
		long long moved = 0;
		if (act_pause(s, p.id, first, last, shift, today, &moved, &err) < 0) {
			status = cli_store_error(&err);
		} else {
			int len = last - first + 1;
			text_printf(stdout,
				    "paused %s from %s to %s (%d day%s): rest days, which keep "
				    "the streak and which the plan does not count",
				    p.slug, calendar_format(first, a), calendar_format(last, b),
				    len, len == 1 ? "" : "s");
			if (shift)
				text_printf(stdout, "; what is left from %s on moved %d day%s later",
					    a, len, len == 1 ? "" : "s");
			text_printf(stdout, " ('stride undo' takes %s back)\n",
				    shift ? "both" : "it");
		}
	}
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_pause = {
	.name = "pause",
	.run = pause_run,
	.synopsis = "pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN]",
	.summary = "days off the plan (a holiday, an illness) that keep the streak",
	.help =
		"Takes the days FROM to TO (TO: FROM, or --days N from it) off the\n"
		"plan: they are rest days, a streak is not broken across them, and\n"
		"the plan's expected progress does not count them (its line is flat\n"
		"across them, so you are not behind for them). With --shift, what is\n"
		"left of the plan from FROM on also moves later by the pause's length\n"
		"(as 'stride shift' would). One step for 'stride undo'. Pauses may\n"
		"not overlap.\n"
		"\n"
		"FROM and TO are YYYY-MM-DD, today, tomorrow, yesterday, +N, -N, or a\n"
		"weekday (monday, or mon: the next one, today included).\n"
		"\n"
		"options:\n"
		"  --days N  the pause lasts N days from FROM\n"
		"  --shift   move what is left of the plan later by as much\n"
		"  --list    the plan's pauses (--json: {\"plan\", \"pauses\":\n"
		"            [{\"first\", \"last\", \"days\"}]})\n",
};
