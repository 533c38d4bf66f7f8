/* stride log: record study time. */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/store.h"
#include "stride/text.h"

#include <ctype.h>
#include <getopt.h>
#include <string.h>

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "date", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *note = NULL, *date = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': note = optarg; break;
		case 'd': date = optarg; break;
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
	if (note && !cli_text_ok("the log note (-m)", note))
		return CLI_DATA;
	if (optind == argc)
		return cli_usage_error(&cmd_log, "how long? give a duration like "
						 "45m, 1h30m or 1.5h");
	int minutes;
	if (!calendar_parse_logged(argv[optind], &minutes))
		return cli_usage_error(&cmd_log,
				       "'%s' is not a duration like 45m, 1h30m "
				       "or 1.5h (at most 24h)",
				       argv[optind]);
	const char *ref = optind + 1 < argc ? argv[optind + 1] : NULL;
	if (optind + 2 < argc)
		return cli_usage_error(&cmd_log, "unexpected '%s'", argv[optind + 2]);
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

	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	struct store_error err;
	status = cli_plan(s, NULL, &p);
	if (status == CLI_OK && ref)
		status = cli_item(s, &p, ref, &it);
	long long plan_id = it.id ? it.plan_id : p.id;
	if (status == CLI_OK &&
	    act_log(s, plan_id, it.id, minutes, day, note, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK) {
		char d[CALENDAR_DATE_LEN];
		text_printf(stdout, "logged  %d min", minutes);
		if (it.id)
			text_printf(stdout, " on %d  %s", it.ref, it.title);
		text_printf(stdout, ", %s\n", calendar_format(day, d));
	}
	store_item_done(&it);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_log = {
	.name = "log",
	.run = run,
	.synopsis = "log DURATION [REF] [-m NOTE] [--date DAY]",
	.summary = "log study time, on the plan or on one item",
	.help =
		"Records DURATION of study (45m, 1h30m, 1.5h, or 45 for minutes; at\n"
		"most 24h) on the current plan, or on the item REF names (a number\n"
		"from 'stride list', a key, part of a title, or PLAN:REF).\n"
		"\n"
		"options:\n"
		"  -m, --message NOTE  what the time went on\n"
		"  -d, --date DAY      the day it counts for: YYYY-MM-DD, today,\n"
		"                      yesterday or -N (N days ago); not a future day\n",
};
