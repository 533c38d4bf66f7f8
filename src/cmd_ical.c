/* stride ical: a plan as an iCalendar file, for a calendar program. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/config.h"
#include "stride/ical.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "at", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *output = NULL, *at = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'a': at = optarg; break;
		case 'h': cli_print_help(&cmd_ical); return CLI_OK;
		default: return cli_option_error(&cmd_ical, "o:h", argc, argv);
		}
	}
	if (argc - optind > 1)
		return cli_usage_error(&cmd_ical, "unexpected '%s'", argv[optind + 1]);
	/* the schedule's time of day: --at, else the config's calendar-time */
	int hour, minute;
	char dflt[8];
	if (!at) {
		int t = config_calendar_time();
		snprintf(dflt, sizeof(dflt), "%02d:%02d", t / 60 % 24, t % 60);
		at = dflt;
	}
	if (!ical_parse_time(at, &hour, &minute))
		return cli_usage_error(&cmd_ical,
				       "--at takes a time of day as HH:MM, 00:00 to 23:59, "
				       "not '%s'",
				       at);
	const char *slug = argc - optind == 1 ? argv[optind] : NULL;
	struct store *s = NULL;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	if (!s) {
		text_printf(stderr, "stride: no plans yet: import one with 'stride import FILE'\n");
		return CLI_DATA;
	}
	struct store_plan p;
	status = cli_plan(s, slug, &p);
	if (status != CLI_OK) {
		store_close(s);
		return status;
	}
	struct ical_doc d;
	struct store_error err;
	if (ical_gather(s, &p, hour, minute, &d, &err) < 0) {
		status = cli_store_error(&err);
	} else if (d.n == 0 && p.start == CALENDAR_NONE) {
		if (p.layable)
			text_printf(stderr,
				    "stride: %s has no dates yet, so nothing for a calendar: "
				    "'stride start %s' lays it out from today (or 'stride start "
				    "%s YYYY-MM-DD' from another day)\n",
				    p.slug, p.slug, p.slug);
		else
			text_printf(stderr,
				    "stride: %s has no dates, so nothing for a calendar: give "
				    "it a 'start:' date in its file, or its phases a "
				    "'duration:' and then 'stride start %s'\n",
				    p.slug, p.slug);
		status = CLI_FAILURE;
		ical_doc_done(&d);
	} else {
		char *text = ical_text(&d);
		char why[512];
		if (!output || !strcmp(output, "-")) {
			if (!util_write_all(STDOUT_FILENO, text, strlen(text))) {
				text_printf(stderr, "stride: cannot write the calendar: standard "
						    "output is closed or full\n");
				status = CLI_FAILURE;
			}
		} else if (util_write_atomic(output, text, strlen(text), true, why,
					     sizeof(why)) < 0) {
			text_printf(stderr, "stride: %s\n", why);
			status = CLI_FAILURE;
		} else {
			size_t sched = 0;
			for (int i = 0; i < 7 && p.has_schedule && p.start != CALENDAR_NONE; i++)
				sched += p.schedule[i].minutes > 0;
			text_printf(stderr,
				    "wrote %s to %s: %zu dated event%s, %zu weekly study "
				    "event%s at %s\n",
				    p.slug, output, d.n, d.n == 1 ? "" : "s", sched,
				    sched == 1 ? "" : "s", at);
		}
		free(text);
		ical_doc_done(&d);
	}
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_ical = {
	.name = "ical",
	.run = run,
	.synopsis = "ical [PLAN] [-o FILE] [--at HH:MM]",
	.summary = "the plan as an iCalendar file, for your calendar",
	.help =
		"Writes the plan (the current one when PLAN is not given) as an\n"
		"iCalendar file (RFC 5545) to standard output, or to FILE with -o\n"
		"(written whole, then renamed into place): its phases and week blocks\n"
		"as all-day events from their first day to their last, each item's\n"
		"due date and each phase's milestone (on its last day) as all-day\n"
		"events, and the weekly schedule as a recurring event for each study\n"
		"day, from the plan's first day to its last, at --at (a time of day,\n"
		"else the config file's calendar-time, else 18:00, in the calendar's\n"
		"own zone) for that day's minutes,\n"
		"but for the days of the plan's pauses.\n"
		"Archived items are left out; dates are the store's (moved by start\n"
		"and shift). Each event's UID comes from the plan's id and the item's\n"
		"key (KEY@PLAN.stride), so a calendar that imports the file again\n"
		"updates its events instead of doubling them; the file is the same\n"
		"bytes while the plan is unchanged (DTSTAMP is when the plan last\n"
		"changed: its file's modification time, or its latest start, shift or\n"
		"pause, whichever is later).\n"
		"\n"
		"exit status: 0 written; 1 the plan has no dates yet ('stride start'\n"
		"gives it some) or the file cannot be written; 2 usage; 65 no store.\n",
};
