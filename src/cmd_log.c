/* stride log: record study time; list, correct and take out the entries. */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/clock.h"
#include "stride/export.h"
#include "stride/reflect.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- the entries: --list, --edit, --delete ------------------------------------ */

struct entries {
	struct store_entry *v;
	size_t n, cap;
};

static int keep_entry(const struct store_entry *e, void *ctx)
{
	struct entries *l = ctx;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	struct store_entry *c = &l->v[l->n++];
	*c = *e;
	c->uid = xstrdup(e->uid);
	c->plan = xstrdup(e->plan);
	c->key = e->key ? xstrdup(e->key) : NULL;
	c->title = e->title ? xstrdup(e->title) : NULL;
	c->text = e->text ? xstrdup(e->text) : NULL;
	c->owned = true;
	return 0;
}

static void entries_done(struct entries *l)
{
	for (size_t i = 0; i < l->n; i++)
		store_entry_done(&l->v[i]);
	free(l->v);
}

/* "on 3  Title" or "on the plan" */
static const char *entry_on(const struct store_entry *e, char *buf, size_t n)
{
	if (e->item_id)
		snprintf(buf, n, "on %d  %s", e->ref, e->title ? e->title : "?");
	else
		snprintf(buf, n, "on the plan");
	return buf;
}

static int list(struct store *s, const struct store_plan *p, const struct store_item *it,
		int from, int to, bool json)
{
	struct entries l = { 0 };
	struct store_error err;
	if (store_entries(s, p->id, from, to, it->id, keep_entry, &l, &err) < 0) {
		entries_done(&l);
		return cli_store_error(&err);
	}
	if (json) {
		char *text = export_entries_json(p->slug, it->id ? CALENDAR_NONE : from,
						 it->id ? CALENDAR_NONE : to, l.v, l.n);
		text_fputs(text, stdout);
		free(text);
		entries_done(&l);
		return CLI_OK;
	}
	char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN], wk[CALENDAR_WEEK_LEN];
	char scope[600];
	if (it->id)
		snprintf(scope, sizeof(scope), "%d  %s", it->ref, it->title);
	else if (from == to)
		snprintf(scope, sizeof(scope), "%s", calendar_format(from, a));
	else
		snprintf(scope, sizeof(scope), "%s (%s to %s)", calendar_format_week(from, wk),
			 calendar_format(from, a), calendar_format(to, b));
	if (!l.n) {
		text_printf(stdout, "no time logged: %s, %s\n", p->slug, scope);
		entries_done(&l);
		return CLI_OK;
	}
	text_printf(stdout, "%s, %s:\n", p->slug, scope);
	long long total = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct store_entry *e = &l.v[i];
		char on[512];
		text_printf(stdout, "  %.*s  %s  %4d min  %s%s%s%s\n", EXPORT_ENTRY_ID_LEN, e->uid,
			    calendar_format(e->day, a), e->minutes, entry_on(e, on, sizeof(on)),
			    e->text ? "  (" : "", e->text ? e->text : "", e->text ? ")" : "");
		total += e->minutes;
	}
	char m[24];
	text_printf(stdout, "  total %s in %zu entr%s\n",
		    clock_format_minutes(total, m, sizeof(m)), l.n, l.n == 1 ? "y" : "ies");
	entries_done(&l);
	return CLI_OK;
}

/* The entry the id names, of plan p; the message printed and the status
 * returned when there is none, it is ambiguous or of another plan. */
static int find_entry(struct store *s, const struct store_plan *p, const char *id,
		      struct store_entry *e)
{
	struct store_error err;
	int count;
	if (store_entry_find(s, id, e, &count, &err) < 0)
		return cli_store_error(&err);
	if (!count) {
		text_printf(stderr, "stride: no time entry '%s' ('stride log --list' shows "
				    "them, with their ids)\n",
			    id);
		return CLI_USAGE;
	}
	if (count > 1) {
		store_entry_done(e);
		text_printf(stderr, "stride: '%s' begins the ids of several time entries: "
				    "give more of it ('stride log --list --json' has whole "
				    "ids)\n",
			    id);
		return CLI_USAGE;
	}
	if (e->plan_id != p->id) {
		text_printf(stderr, "stride: the time entry %.8s is of the plan %s, not of "
				    "%s: 'stride use %s' first\n",
			    e->uid, e->plan, p->slug, e->plan);
		store_entry_done(e);
		return CLI_USAGE;
	}
	return CLI_OK;
}

/* An entry id as typed: 4 to 32 hex digits, lowercased into out. */
static bool entry_id(const char *s, char *out, size_t n)
{
	size_t len = strlen(s);
	if (len < 4 || len > 32 || len >= n || strspn(s, "0123456789abcdefABCDEF") != len)
		return false;
	for (size_t i = 0; i <= len; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	return true;
}

/* ---- the command ---------------------------------------------------------------- */

enum mode { LOG, LIST, EDIT, DELETE };

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "date", required_argument, NULL, 'd' },
		{ "list", no_argument, NULL, 'L' },
		{ "edit", required_argument, NULL, 'E' },
		{ "delete", required_argument, NULL, 'D' },
		{ "week", required_argument, NULL, 'W' },
		{ "day", required_argument, NULL, 'Y' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *note = NULL, *date = NULL, *id_arg = NULL, *week = NULL, *day_arg = NULL;
	bool json = false;
	enum mode mode = LOG;
	int modes = 0;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': note = optarg; break;
		case 'd': date = optarg; break;
		case 'L': mode = LIST; modes++; break;
		case 'E': mode = EDIT; modes++; id_arg = optarg; break;
		case 'D': mode = DELETE; modes++; id_arg = optarg; break;
		case 'W': week = optarg; break;
		case 'Y': day_arg = optarg; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_log); return CLI_OK;
		default:
			if (isdigit((unsigned char)optopt))
				return cli_usage_error(&cmd_log,
						       "time logged cannot be negative: "
						       "'stride undo' takes back the last "
						       "change, a log too");
			return cli_option_error(&cmd_log, "m:d:h", argc, argv);
		}
	}
	if (modes > 1)
		return cli_usage_error(&cmd_log, "one of --list, --edit and --delete at a time");
	if (mode != LIST && (week || day_arg || json))
		return cli_usage_error(&cmd_log, "--week, --day and --json go with --list");
	if (mode == LIST && week && day_arg)
		return cli_usage_error(&cmd_log, "--week or --day, not both");
	if (mode != LOG && date)
		return cli_usage_error(&cmd_log, "--date is the day of a new log: an entry "
						 "keeps its day");
	if ((mode == LIST || mode == DELETE) && note)
		return cli_usage_error(&cmd_log, "-m goes with a new log or --edit");
	if (note && !cli_text_ok("the log note (-m)", note))
		return CLI_DATA;
	char id[40] = "";
	if (id_arg && !entry_id(id_arg, id, sizeof(id)))
		return cli_usage_error(&cmd_log,
				       "'%s' is not a time entry's id: the first 8 "
				       "characters that 'stride log --list' shows",
				       id_arg);
	/* the words: LOG and EDIT a DURATION (LOG then a REF), LIST a REF */
	int minutes = 0;
	const char *ref = NULL;
	if (mode == LOG || mode == EDIT) {
		if (optind == argc)
			return cli_usage_error(&cmd_log, "how long? give a duration like "
							 "45m, 1h30m or 1.5h");
		if (!calendar_parse_logged(argv[optind], &minutes))
			return cli_usage_error(&cmd_log,
					       "'%s' is not a duration like 45m, 1h30m "
					       "or 1.5h (at most 24h)",
					       argv[optind]);
		optind++;
		if (minutes == 0)
			return cli_usage_error(&cmd_log, "a time entry of 0 minutes: "
							 "'stride log --delete ID' takes one out");
	}
	if ((mode == LOG || mode == LIST) && optind < argc)
		ref = argv[optind++];
	if (mode == LIST && ref && (week || day_arg))
		return cli_usage_error(&cmd_log, "--week, --day or REF: one of them");
	if (optind < argc)
		return cli_usage_error(&cmd_log, "unexpected '%s'", argv[optind]);
	int today, day;
	if (!cli_today(&today))
		return CLI_USAGE;
	day = today;
	if (date && !calendar_parse_day(date, today, &day))
		return cli_usage_error(&cmd_log,
				       "'%s' is not a day like 2025-07-14, today, "
				       "yesterday or -3",
				       date);
	if (day > today)
		return cli_usage_error(&cmd_log, "%s is in the future: log time "
						 "once it is spent",
				       date);
	int from = calendar_week_first(today), to = from + 6;
	if (week && !reflect_parse_week(week, today, &from))
		return cli_usage_error(&cmd_log,
				       "'%s' is not a week: give 2025-W32, a date in the "
				       "week, this, last, or -N (N weeks ago)",
				       week);
	if (week)
		to = from + 6;
	if (day_arg && !calendar_parse_day(day_arg, today, &from))
		return cli_usage_error(&cmd_log,
				       "'%s' is not a day like 2025-07-14, today, "
				       "yesterday or -3",
				       day_arg);
	if (day_arg)
		to = from;

	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	struct store_entry e = { 0 };
	struct store_error err;
	status = cli_plan(s, NULL, &p);
	if (status == CLI_OK && ref)
		status = cli_item(s, &p, ref, &it);
	if (status == CLI_OK && id[0])
		status = find_entry(s, &p, id, &e);
	char d[CALENDAR_DATE_LEN], on[512], new_uid[40];
	if (status != CLI_OK) {
		;
	} else if (mode == LIST) {
		if (it.id && it.plan_id != p.id) {
			/* PLAN:REF: that plan's entries */
			store_plan_done(&p);
			if (store_plan_by_id(s, it.plan_id, &p, &err) < 0)
				status = cli_store_error(&err);
		}
		if (status == CLI_OK)
			status = list(s, &p, &it, it.id ? INT_MIN + 1 : from,
				      it.id ? INT_MAX : to, json);
	} else if (mode == EDIT) {
		if (act_log_edit(s, e.uid, minutes, note, new_uid, sizeof(new_uid), &err) < 0)
			status = cli_store_error(&err);
		else
			text_printf(stdout, "edited  %.8s: %d min %s, %s (was %d min; now %.8s)\n",
				    e.uid, minutes, entry_on(&e, on, sizeof(on)),
				    calendar_format(e.day, d), e.minutes, new_uid);
	} else if (mode == DELETE) {
		if (act_log_delete(s, e.uid, &err) < 0)
			status = cli_store_error(&err);
		else
			text_printf(stdout, "deleted %.8s: %d min %s, %s ('stride undo' brings "
					    "it back)\n",
				    e.uid, e.minutes, entry_on(&e, on, sizeof(on)),
				    calendar_format(e.day, d));
	} else {
		long long plan_id = it.id ? it.plan_id : p.id;
		if (act_log(s, plan_id, it.id, minutes, day, note, &err) < 0)
			status = cli_store_error(&err);
		if (status == CLI_OK) {
			text_printf(stdout, "logged  %d min", minutes);
			if (it.id)
				text_printf(stdout, " on %d  %s", it.ref, it.title);
			text_printf(stdout, ", %s\n", calendar_format(day, d));
		}
	}
	store_entry_done(&e);
	store_item_done(&it);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_log = {
	.name = "log",
	.run = run,
	.synopsis = "log DURATION [REF] [-m NOTE] [--date DAY] | "
		    "log --list [--week WEEK | --day DAY | REF] [--json] | "
		    "log --edit ID DURATION [-m NOTE] | log --delete ID",
	.summary = "log study time, on the plan or on one item; list and correct it",
	.help =
		"Records DURATION of study (45m, 1h30m, 1.5h, or 45 for minutes; at\n"
		"most 24h) on the current plan, or on the item REF names (a number\n"
		"from 'stride list', a key, part of a title, or PLAN:REF).\n"
		"\n"
		"options:\n"
		"  -m, --message NOTE  what the time went on\n"
		"  -d, --date DAY      the day it counts for: YYYY-MM-DD, today,\n"
		"                      yesterday or -N (N days ago); not a future day\n"
		"  --list              the time entries (each log, and each clock's\n"
		"                      stop) of the current plan: this week's, each\n"
		"                      with its id (the first 8 characters of its\n"
		"                      event's id: the same on every machine the\n"
		"                      entry travels to)\n"
		"  --week WEEK         with --list: that week's (2025-W29, a date in\n"
		"                      it, this, last, -N)\n"
		"  --day DAY           with --list: that day's\n"
		"  --json              with --list: as JSON\n"
		"  --edit ID           corrects the entry: DURATION in its place, on\n"
		"                      its item and day, with -m NOTE or its own note\n"
		"                      (the corrected entry gets a new id)\n"
		"  --delete ID         takes the entry out\n"
		"\n"
		"An edit and a delete are changes like any: 'stride undo' takes them\n"
		"back, 'stride redo' makes them again, and they travel with export and\n"
		"sync. An id that names no entry (or several, or one of another plan:\n"
		"'stride use' that plan first) is exit 2, nothing changed.\n",
};
