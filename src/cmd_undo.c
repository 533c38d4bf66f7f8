/* stride undo: revert the last change. */
#include "stride/cli.h"
#include "stride/store.h"

#include <getopt.h>

struct undone {
	struct store *s;
	int n;
};

static int say(const struct store_event *ev, void *ctx)
{
	struct undone *u = ctx;
	struct store_item it = { 0 };
	struct store_error err;
	bool have = ev->item_id && store_item_get(u->s, ev->item_id, &it, &err) == 0;
	u->n++;
	switch (ev->type) {
	case STORE_EV_STATUS:
		printf("undid   %s %d  %s (now %s)\n",
		       store_status_name(ev->new_status), have ? it.ref : 0,
		       have ? it.title : "?", store_status_name(ev->old_status));
		break;
	case STORE_EV_LOG:
		if (have)
			printf("undid   log of %d min on %d  %s\n", ev->minutes,
			       it.ref, it.title);
		else
			printf("undid   log of %d min\n", ev->minutes);
		break;
	case STORE_EV_NOTE:
		printf("undid   note on %d  %s\n", have ? it.ref : 0,
		       have ? it.title : "?");
		break;
	case STORE_EV_UNDO:
		break;
	}
	store_item_done(&it);
	return 0;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			cli_print_help(&cmd_undo);
			return CLI_OK;
		}
		return cli_usage_error(&cmd_undo, "unknown option '%s'",
				       argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error(&cmd_undo, "unexpected '%s'", argv[optind]);
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_error err;
	struct undone u = { s, 0 };
	if (!s) {
		fputs("stride: nothing to undo\n", stderr);
		return CLI_FAILURE;
	}
	if (store_begin(s, &err) < 0) {
		status = cli_store_error(&err);
	} else if (store_undo(s, today, say, &u, &err) < 0 ||
		   store_commit(s, &err) < 0) {
		store_rollback(s);
		if (err.code == STORE_ERR_NOTFOUND) {
			fputs("stride: nothing to undo\n", stderr);
			status = CLI_FAILURE;
		} else {
			status = cli_store_error(&err);
		}
	}
	store_close(s);
	return status;
}

const struct cli_command cmd_undo = {
	.name = "undo",
	.run = run,
	.synopsis = "undo",
	.summary = "revert the last change (again for the one before it)",
	.help =
		"Reverts the last change made with done, start, skip, reset, log or\n"
		"note, in any plan, exactly: statuses, minutes and notes come back as\n"
		"they were. All the changes of one command are one step. Run it again\n"
		"to revert the change before that. The history keeps both the change\n"
		"and its undoing.\n"
		"\n"
		"exit status: 0 reverted, 1 nothing to undo or the store cannot be\n"
		"written.\n",
};
