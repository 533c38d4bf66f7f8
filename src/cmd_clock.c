/*
 * stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep
 * DURATION | --at HH:MM]: a running timer whose time is logged (a normal
 * log event) when it stops. The clock is in the store (store_clock_get),
 * so it outlives the terminal, a kill and a reboot. A clock that ran past
 * midnight is never logged unasked: every command says so on stderr
 * (cli_open) until `clock out --keep` or `--at` settles it.
 */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/clock.h"
#include "stride/export.h"
#include "stride/store.h"
#include "stride/text.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* "on 3  Title" or "on the plan" (into buf). */
static const char *what(struct store *s, long long item_id, char *buf, size_t n)
{
	struct store_item it;
	struct store_error err;
	if (item_id && store_item_get(s, item_id, &it, &err) == 0) {
		snprintf(buf, n, "on %d  %s", it.ref, it.title);
		store_item_done(&it);
	} else {
		snprintf(buf, n, "on the plan");
	}
	return buf;
}

static void say_stopped(struct store *s, const struct act_clocked *c)
{
	char on[512], d[CALENDAR_DATE_LEN];
	if (c->minutes)
		text_printf(stdout, "clocked out  %d min %s, %s\n", c->minutes,
			    what(s, c->item_id, on, sizeof(on)), calendar_format(c->day, d));
	else
		text_printf(stdout, "clocked out  nothing logged %s\n",
			    what(s, c->item_id, on, sizeof(on)));
}

static int clock_now_or_say(int *day, int *second)
{
	char why[160];
	if (clock_now(day, second, why, sizeof(why)))
		return CLI_OK;
	text_printf(stderr, "stride: %s\n", why);
	return CLI_USAGE;
}

static int clock_in(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *note = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': note = optarg; break;
		case 'h': cli_print_help(&cmd_clock); return CLI_OK;
		default: return cli_option_error(&cmd_clock, "m:h", argc, argv);
		}
	}
	if (note && !cli_text_ok("the clock's note (-m)", note))
		return CLI_DATA;
	const char *ref = optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_clock, "unexpected '%s'", argv[optind]);
	int day, second;
	int status = clock_now_or_say(&day, &second);
	if (status != CLI_OK)
		return status;
	struct store *s;
	cli_clock_quiet(); /* a clock past midnight: act_clock_in says so */
	status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	struct store_error err;
	struct act_clocked stopped;
	status = cli_plan(s, NULL, &p);
	if (status == CLI_OK && ref)
		status = cli_item(s, &p, ref, &it);
	long long plan_id = it.id ? it.plan_id : p.id;
	if (status == CLI_OK &&
	    act_clock_in(s, plan_id, it.id, note, day, second, &stopped, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK) {
		char on[512], at[8];
		if (stopped.stopped)
			say_stopped(s, &stopped);
		text_printf(stdout, "clocked in  %s at %s\n", what(s, it.id, on, sizeof(on)),
			    clock_format_hhmm(second, at, sizeof(at)));
	}
	store_item_done(&it);
	store_plan_done(&p);
	store_close(s);
	return status;
}

static int clock_out(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "keep", required_argument, NULL, 'k' },
		{ "at", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *keep_s = NULL, *at_s = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': keep_s = optarg; break;
		case 'a': at_s = optarg; break;
		case 'h': cli_print_help(&cmd_clock); return CLI_OK;
		default: return cli_option_error(&cmd_clock, "h", argc, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error(&cmd_clock, "unexpected '%s'", argv[optind]);
	if (keep_s && at_s)
		return cli_usage_error(&cmd_clock, "--keep or --at, not both");
	int keep = -1, at = -1;
	if (keep_s && strcmp(keep_s, "0") && !calendar_parse_logged(keep_s, &keep))
		return cli_usage_error(&cmd_clock,
				       "'%s' is not a duration like 45m, 1h30m or 1.5h "
				       "(0 for none; at most 24h)",
				       keep_s);
	if (keep_s && !strcmp(keep_s, "0"))
		keep = 0;
	if (at_s && !clock_parse_hhmm(at_s, &at))
		return cli_usage_error(&cmd_clock, "'%s' is not a time like 17:30", at_s);
	int day, second;
	int status = clock_now_or_say(&day, &second);
	if (status != CLI_OK)
		return status;
	struct store *s;
	cli_clock_quiet();
	status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	if (!s) {
		text_fputs("stride: no clock is running: 'stride clock in [REF]' starts one\n",
			   stderr);
		return CLI_USAGE;
	}
	struct store_error err;
	if (at >= 0) {
		/* the time it stopped, on the day it started */
		struct store_clock cl;
		bool running;
		if (store_clock_get(s, &cl, &running, &err) < 0) {
			status = cli_store_error(&err);
		} else if (running) {
			long long to_now = clock_elapsed(&cl, day, second);
			long long to_at = at - cl.second;
			char a[8];
			if (to_at <= 0 || to_at > to_now) {
				text_printf(stderr,
					    "stride: --at %s is not between the clock's start "
					    "(%s) and now, on the day it started\n",
					    at_s, clock_format_hhmm(cl.second, a, sizeof(a)));
				status = CLI_USAGE;
			}
			keep = clock_minutes(to_at);
		}
		store_clock_done(&cl);
	}
	struct act_clocked out;
	if (status == CLI_OK && act_clock_out(s, day, second, keep, &out, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK)
		say_stopped(s, &out);
	store_close(s);
	return status;
}

static int clock_show(const struct cli_ctx *ctx, int argc, char **argv)
{
	bool json = false;
	const char *plan = NULL;
	int status = cli_parse_json_plan(&cmd_clock, argc, argv, &json, &plan);
	if (status != CLI_OK)
		return status < 0 ? CLI_OK : status;
	if (plan)
		return cli_usage_error(&cmd_clock, "'%s' is not 'in' or 'out'", plan);
	int day, second;
	status = clock_now_or_say(&day, &second);
	if (status != CLI_OK)
		return status;
	struct store *s;
	cli_clock_quiet();
	status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_clock cl = { 0 };
	struct store_error err;
	bool running = false;
	if (s && store_clock_get(s, &cl, &running, &err) < 0) {
		store_close(s);
		return cli_store_error(&err);
	}
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	if (running) {
		if (store_plan_by_id(s, cl.plan_id, &p, &err) < 0)
			status = cli_store_error(&err);
		else if (cl.item_id && store_item_get(s, cl.item_id, &it, &err) < 0)
			status = cli_store_error(&err);
	}
	long long minutes = running ? clock_minutes(clock_elapsed(&cl, day, second)) : 0;
	bool late = running && clock_past_midnight(&cl, day);
	if (status != CLI_OK) {
		;
	} else if (json) {
		struct export_clock ec = { .running = running, .plan = p.slug,
					   .ref = it.id ? it.ref : 0, .key = it.key,
					   .title = it.title, .day = cl.day,
					   .second = cl.second, .minutes = minutes,
					   .note = cl.note, .past_midnight = late };
		char *text = export_clock_json(&ec);
		text_fputs(text, stdout);
		free(text);
	} else if (!running) {
		text_fputs("no clock is running ('stride clock in [REF]' starts one)\n", stdout);
	} else {
		char on[512], at[8], d[CALENDAR_DATE_LEN], m[24];
		if (it.id)
			snprintf(on, sizeof(on), "on %d  %s", it.ref, it.title);
		else
			snprintf(on, sizeof(on), "on the plan %s", p.slug);
		if (late)
			text_printf(stdout, "running  since %s %s, past midnight, %s\n",
				    calendar_format(cl.day, d),
				    clock_format_hhmm(cl.second, at, sizeof(at)), on);
		else
			text_printf(stdout, "running  %s %s (since %s)\n",
				    clock_format_minutes(minutes, m, sizeof(m)), on,
				    clock_format_hhmm(cl.second, at, sizeof(at)));
		if (cl.note)
			text_printf(stdout, "  %s\n", cl.note);
		if (late)
			text_fputs("stride: it is not logged past midnight unasked: "
				   "'stride clock out --keep DURATION' (0 for none) or "
				   "'--at HH:MM' says how much of it was study\n",
				   stderr);
	}
	store_item_done(&it);
	store_plan_done(&p);
	store_clock_done(&cl);
	if (s)
		store_close(s);
	return status;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "in"))
		return clock_in(ctx, argc - 1, argv + 1);
	if (argc > 1 && !strcmp(argv[1], "out"))
		return clock_out(ctx, argc - 1, argv + 1);
	return clock_show(ctx, argc, argv);
}

const struct cli_command cmd_clock = {
	.name = "clock",
	.run = run,
	.synopsis = "clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM]",
	.summary = "a running clock whose time is logged when it stops",
	.help =
		"  stride clock in [REF] [-m NOTE]  starts the clock on the item REF\n"
		"                                   names (else on the plan)\n"
		"  stride clock out                 stops it and logs its time\n"
		"  stride clock [--json]            what runs, and for how long\n"
		"\n"
		"One clock runs at a time: clocking in while one runs stops that one\n"
		"first and logs its time. The time logged is the clock's, rounded to\n"
		"the nearest minute (under half a minute logs nothing), on the day it\n"
		"started, with its NOTE: a log like 'stride log' makes, so 'stride\n"
		"undo' takes it back (the clock is not started again). The clock is\n"
		"kept in the store: closing the terminal, a kill or a reboot does not\n"
		"stop it.\n"
		"\n"
		"A clock left running past midnight is never logged unasked: each\n"
		"command says so on stderr, and 'clock in' and a plain 'clock out'\n"
		"refuse (exit 65) until one of these says how much was study:\n"
		"\n"
		"  --keep DURATION  log DURATION of it (45m, 1h30m; 0 logs nothing);\n"
		"                   at most what the clock ran\n"
		"  --at HH:MM       it stopped at HH:MM, on the day it started\n"
		"\n"
		"Both work on a clock of today too (you forgot to stop it). The clock's\n"
		"time is the local time; $STRIDE_NOW (2025-07-14T09:30), for tests,\n"
		"sets it.\n",
};
