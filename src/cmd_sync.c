/* stride sync: progress shared between machines through a git repository. */
#include "stride/cli.h"
#include "stride/gitsync.h"
#include "stride/session.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

static void print_report(const struct gitsync_report *r)
{
	const struct backup_report *a = &r->applied;
	if (r->cloned)
		text_printf(stdout, "cloned %s into %s\n", r->remote ? r->remote : "the remote",
			    r->dir);
	if (r->devices)
		text_printf(stdout, "from %zu other device%s: added %zu of %zu event%s, %zu of %zu "
				    "reflection%s, %zu of %zu rating%s\n",
			    r->devices, plural(r->devices), a->events_added, a->events,
			    plural(a->events), a->reflections_added, a->reflections,
			    plural(a->reflections), a->ratings_added, a->ratings, plural(a->ratings));
	if (a->plans_added)
		text_printf(stdout, "new plan%s from the other devices: %zu\n",
			    plural(a->plans_added), a->plans_added);
	for (size_t i = 0; i < r->nfaults; i++) {
		const struct gitsync_fault *f = &r->faults[i];
		if (f->line)
			text_printf(stderr, "stride: sync: %s:%ld: %s\n", f->file, f->line, f->why);
		else
			text_printf(stderr, "stride: sync: %s: %s\n", f->file, f->why);
	}
	if (r->retries)
		text_printf(stdout, "another machine pushed first: merged and pushed again (%d "
				    "time%s)\n",
			    r->retries, r->retries == 1 ? "" : "s");
	if (r->offline)
		text_printf(stdout, "offline: %s this machine's changes here; the next "
				    "'stride sync' pushes them (git: %s)\n",
			    r->committed ? "committed" : "kept", r->offline);
	else if (r->committed)
		text_printf(stdout, "pushed this machine's changes to %s\n",
			    r->remote ? r->remote : "the remote");
	else
		text_printf(stdout, "up to date with %s\n", r->remote ? r->remote : "the remote");
}

static int print_status(struct store *s)
{
	struct gitsync_status st;
	struct store_error err;
	if (gitsync_status(s, &st, &err) < 0)
		return cli_store_error(&err);
	if (!st.dir) {
		text_printf(stdout, "not synced: 'stride sync --init REPO-OR-URL' sets it up\n");
	} else {
		text_printf(stdout, "repository: %s\n", st.dir);
		text_printf(stdout, "remote:     %s\n", st.remote ? st.remote : "(none)");
		if (st.last) {
			char when[64];
			time_t t = (time_t)st.last;
			strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime(&t));
			text_printf(stdout, "last sync:  %s\n", when);
		} else {
			text_printf(stdout, "last sync:  never\n");
		}
		text_printf(stdout, "waiting:    %lld event%s not synced yet", st.waiting,
			    st.waiting == 1 ? "" : "s");
		if (st.unpushed > 0)
			text_printf(stdout, ", %ld commit%s not pushed", st.unpushed,
				    st.unpushed == 1 ? "" : "s");
		text_printf(stdout, "\n");
	}
	gitsync_status_done(&st);
	return CLI_OK;
}

static int sync_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "init", required_argument, NULL, 'i' },
		{ "dir", required_argument, NULL, 'd' },
		{ "status", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *init = NULL, *dir = NULL;
	bool status_only = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'i': init = optarg; break;
		case 'd': dir = optarg; break;
		case 's': status_only = true; break;
		case 'h': cli_print_help(&cmd_sync); return CLI_OK;
		default: return cli_option_error(&cmd_sync, "h", argc, argv);
		}
	}
	if (argc > optind)
		return cli_usage_error(&cmd_sync, "unexpected '%s'", argv[optind]);
	if (dir && !init)
		return cli_usage_error(&cmd_sync, "--dir goes with --init");
	if (status_only && init)
		return cli_usage_error(&cmd_sync, "--status and --init do not go together");
	struct store *s = NULL;
	int status = cli_open(ctx, init != NULL, &s);
	if (status != CLI_OK)
		return status;
	if (!s) {
		if (status_only) {
			text_printf(stdout, "not synced: no store yet\n");
			return cli_flushed(CLI_OK);
		}
		text_printf(stderr, "stride: no store yet: 'stride sync --init REPO-OR-URL' takes "
				    "one from the other machines\n");
		return CLI_DATA;
	}
	if (status_only) {
		status = print_status(s);
		store_close(s);
		return cli_flushed(status);
	}
	struct gitsync_report rep = { 0 };
	struct store_error err;
	int rc = session_sync(s, init, dir, &rep, &err);
	if (rc < 0) {
		for (size_t i = 0; i < rep.nfaults; i++)
			text_printf(stderr, "stride: sync: %s:%ld: %s\n", rep.faults[i].file,
				    rep.faults[i].line, rep.faults[i].why);
		status = cli_store_error(&err);
	} else {
		print_report(&rep);
		if (rep.nfaults)
			status = CLI_DATA;
	}
	gitsync_report_done(&rep);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_sync = {
	.name = "sync",
	.run = sync_run,
	.synopsis = "sync [--init REPO-OR-URL [--dir DIR]] [--status]",
	.summary = "share progress with your other machines through a git repository",
	.help =
		"Pulls what your other machines pushed to the sync repository, takes\n"
		"in their progress (as 'stride restore' does: nothing twice, nothing\n"
		"lost), writes this machine's, commits and pushes. When another\n"
		"machine pushed first, it merges and pushes again. Offline, it commits\n"
		"here and the next sync pushes. Each machine writes only its own files\n"
		"(devices/DEVICE/ in the repository), so two machines never make a git\n"
		"conflict. git runs with your own configuration, keys and credentials.\n"
		"A line of another machine's files that is damaged is named (file and\n"
		"line) and left out, the rest taken in (exit 65).\n"
		"\n"
		"options:\n"
		"  --init REPO-OR-URL  clone the repository (a path, or a URL: a bare\n"
		"                      repository on a disk, over ssh, on a git host;\n"
		"                      an empty one is fine) and sync\n"
		"  --dir DIR           where the clone goes (default: beside the store,\n"
		"                      its name less .db with -sync: stride-sync/)\n"
		"  --status            when it last synced, the remote, what is waiting\n",
};
