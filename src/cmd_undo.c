/* stride undo: revert the last change; stride redo: revert the last undo. */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/session.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

#include <getopt.h>

/* What was undone, said once the undo is recorded. */
struct undone {
	struct store *s;
	struct line {
		enum store_event_type type;
		long long item_id;
		enum store_status old_status, new_status;
		int ref, minutes, old_rating;
		bool resource, archived;
		char *title; /* NULL: the plan as a whole */
		char *how;   /* a move of the dates: start, shift, file-dates */
		int day;     /* the day it counted for (a habit's tick) */
	} *v;
	size_t n, cap;
};

static int keep(const struct store_event *ev, void *ctx)
{
	struct undone *u = ctx;
	struct store_item it = { 0 };
	struct store_error err;
	bool have = ev->item_id && store_item_get(u->s, ev->item_id, &it, &err) == 0;
	u->v = xgrow(u->v, &u->cap, u->n + 1, sizeof(*u->v));
	u->v[u->n++] = (struct line){ ev->type, ev->item_id, ev->old_status, ev->new_status,
				      have ? it.ref : 0, ev->minutes, ev->old_rating,
				      have && it.kind == STORE_RESOURCE, have && it.archived,
				      have ? xstrdup(it.title) : NULL,
				      ev->type == STORE_EV_MOVE && ev->text ? xstrdup(ev->text)
									    : NULL,
				      ev->day };
	store_item_done(&it);
	return 0;
}

static const char *const commands[] = {
	[STORE_TODO] = "reset", [STORE_DOING] = "start",
	[STORE_DONE] = "done", [STORE_SKIPPED] = "skip",
};

/* The status and rating the items have once the undo is in: those of
 * their changes not undone, which are not always what the change undone
 * found (another store's change, restored, may have come between). */
static void now(struct undone *u)
{
	for (size_t i = 0; i < u->n; i++) {
		struct store_item it = { 0 };
		struct store_error err;
		if (!u->v[i].item_id || store_item_get(u->s, u->v[i].item_id, &it, &err) < 0)
			continue;
		u->v[i].old_status = it.status;
		u->v[i].old_rating = it.rating;
		store_item_done(&it);
	}
}

static void say(const struct undone *u, bool redo)
{
	const char *verb = redo ? "redid" : "undid";
	int width = 1;
	for (size_t i = 0; i < u->n; i++)
		if (text_digits(u->v[i].ref) > width)
			width = text_digits(u->v[i].ref);
	for (size_t i = 0; i < u->n; i++) {
		const struct line *l = &u->v[i];
		switch (l->type) {
		case STORE_EV_STATUS:
			text_printf(stdout, "%s   %-6s %*d  %s  (%s again)\n", verb,
			       l->resource ? "status" : commands[l->new_status],
			       width, l->ref, l->title,
			       store_status_name(l->old_status));
			break;
		case STORE_EV_LOG:
			if (l->title)
				text_printf(stdout, "%s   log    %*d  %s  (%d min)\n", verb, width,
				       l->ref, l->title, l->minutes);
			else
				text_printf(stdout, "%s   log of %d min\n", verb, l->minutes);
			break;
		case STORE_EV_NOTE:
			text_printf(stdout, "%s   note   %*d  %s\n", verb, width, l->ref, l->title);
			break;
		case STORE_EV_RATING:
			if (l->old_rating)
				text_printf(stdout, "%s   rating %*d  %s  (%d/5 again)\n", verb, width,
				       l->ref, l->title, l->old_rating);
			else
				text_printf(stdout, "%s   rating %*d  %s  (not rated again)\n",
				       verb, width, l->ref, l->title);
			break;
		case STORE_EV_TICK: {
			char day[CALENDAR_DATE_LEN];
			calendar_format(l->day, day);
			bool on = l->new_status == STORE_DONE;
			text_printf(stdout, "%s   %-6s %*d  %s  (%s %s again)\n", verb,
				    on ? "tick" : "untick", width, l->ref, l->title, day,
				    on == redo ? "ticked" : "not ticked");
			break;
		}
		case STORE_EV_MOVE:
			text_printf(stdout, "%s   stride %s: the plan's dates are as they "
					    "were %s\n",
				    verb, l->how && !strcmp(l->how, "file-dates") ? "start --file-dates"
				    : l->how				     ? l->how
									     : "start",
				    redo ? "after it" : "before");
			break;
		case STORE_EV_PAUSE:
			if (redo && l->minutes == 1)
				text_printf(stdout, "redid   stride pause: its day is off the plan "
						    "again\n");
			else if (redo)
				text_printf(stdout, "redid   stride pause: its %d days are off the "
						    "plan again\n",
					    l->minutes);
			else if (l->minutes == 1)
				text_printf(stdout, "undid   stride pause: its day is a plan day again\n");
			else
				text_printf(stdout, "undid   stride pause: its %d days are plan days "
						    "again\n",
					    l->minutes);
			break;
		case STORE_EV_ADOPT:
			/* said once, on the item that had taken the progress */
			if (!l->archived) {
				const char *from = NULL;
				for (size_t k = 0; k < u->n; k++)
					if (u->v[k].type == STORE_EV_ADOPT && u->v[k].archived)
						from = u->v[k].title;
				if (redo)
					text_printf(stdout, "redid   adopt  %*d  %s  (the progress "
							    "of '%s' on it again)\n",
						    width, l->ref, l->title, from ? from : "?");
				else
					text_printf(stdout, "undid   adopt  %*d  %s  (the progress is "
							    "back on '%s', archived)\n",
						    width, l->ref, l->title, from ? from : "?");
			}
			break;
		case STORE_EV_UNLOG: /* stride log --delete, and an edit's first half */
			if (l->title)
				text_printf(stdout, "%s   unlog  %*d  %s  (%d min %s)\n", verb, width,
					    l->ref, l->title, l->minutes,
					    redo ? "taken out again" : "back");
			else
				text_printf(stdout, "%s   unlog of %d min (%s)\n", verb, l->minutes,
					    redo ? "taken out again" : "back");
			break;
		case STORE_EV_DELIVER:
			text_printf(stdout, "%s   links and lessons  %*d  %s\n", verb, width,
				    l->ref, l->title ? l->title : "?");
			break;
		case STORE_EV_UNDO:
		case STORE_EV_REKEY: /* never undone (store_undo passes it by) */
			break;
		}
	}
}

static int run_both(const struct cli_command *cmd, bool redo, const struct cli_ctx *ctx,
		    int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			cli_print_help(cmd);
			return CLI_OK;
		}
		return cli_option_error(cmd, "h", argc, argv);
	}
	if (optind < argc)
		return cli_usage_error(cmd, "unexpected '%s'", argv[optind]);
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_error err;
	struct undone u = { .s = s };
	if (!s) {
		text_printf(stderr, "stride: nothing to %s\n", redo ? "redo" : "undo");
		return CLI_FAILURE;
	}
	if ((redo ? session_redo(s, keep, &u, &err) : session_undo(s, today, keep, &u, &err)) < 0) {
		if (err.code == STORE_ERR_NOTFOUND) {
			text_printf(stderr, "stride: %s\n", err.msg);
			status = CLI_FAILURE;
		} else {
			status = cli_store_error(&err);
		}
	}
	if (status == CLI_OK) {
		now(&u);
		say(&u, redo);
	}
	for (size_t i = 0; i < u.n; i++) {
		free(u.v[i].title);
		free(u.v[i].how);
	}
	free(u.v);
	store_close(s);
	return status;
}

static int run_undo(const struct cli_ctx *ctx, int argc, char **argv)
{
	return run_both(&cmd_undo, false, ctx, argc, argv);
}

static int run_redo(const struct cli_ctx *ctx, int argc, char **argv)
{
	return run_both(&cmd_redo, true, ctx, argc, argv);
}

const struct cli_command cmd_undo = {
	.name = "undo",
	.run = run_undo,
	.synopsis = "undo",
	.summary = "revert the last change (again for the one before it)",
	.help =
		"Reverts the last change (done, start, skip, reset, log, note,\n"
		"resource, adopt, start PLAN, shift, pause), in any plan: the item is\n"
		"then as its other changes say (its status, note and rating the\n"
		"latest of them, its minutes their sum), as it was before the change\n"
		"unless a change restored from another machine ('stride restore')\n"
		"came after it. The last change is the latest by the events' clocks,\n"
		"whichever machine made it. All the changes of one command are one\n"
		"step. Run it again to revert the change before that. The history\n"
		"keeps both the change and its undoing. 'stride redo' reverts an undo.\n"
		"\n"
		"exit status: 0 reverted, 1 nothing to undo or the store cannot be\n"
		"written.\n",
};

const struct cli_command cmd_redo = {
	.name = "redo",
	.run = run_redo,
	.synopsis = "redo",
	.summary = "revert the last undo (again for the undo before it)",
	.help =
		"Reverts the last 'stride undo' (or u in the TUI): the changes it took\n"
		"back are made again, exactly (the same status, minutes, note, rating\n"
		"and day; a move of the dates or a pause as it was). Run it again to\n"
		"redo the undo before that, as deep as the undos go. A new change\n"
		"after an undo ends the chain: there is then nothing to redo (a redo\n"
		"itself is not such a change). 'stride undo' after a redo takes the\n"
		"redo back. A redo is recorded as a change that names the undo it\n"
		"reverts, so that it travels to your other machines with 'stride\n"
		"sync' and 'stride export' like any change. The undo of a move or a\n"
		"pause made on another machine cannot be redone here: do it again.\n"
		"\n"
		"exit status: 0 redone, 1 nothing to redo (none undone, or a change\n"
		"made since) or the store cannot be written.\n",
};
