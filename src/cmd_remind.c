/*
 * stride remind [PLAN] [--notify | --json]: what needs the person now in
 * every running plan (remind.c decides), worded a line each, for cron or a systemd user timer; exits
 * 0 when it said something and 1 when nothing needs them, as grep does
 * with matches. --notify sends it with notify-send, run without a shell.
 */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/remind.h"
#include "stride/session.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* remind's exit status when nothing needs the person */
#define REMIND_NOTHING 1

/* The reason's line, into buf (n bytes), with the command that answers
 * it; for a plan that is not the current one (slug: else NULL), with the
 * `stride use` that makes it current first where the command needs it. */
static const char *reason_text(const struct remind *r, const struct remind_reason *v,
			       const char *slug, char *buf, size_t n)
{
	char week[16], use[160] = "";
	if (slug)
		snprintf(use, sizeof(use), "'stride use %s', then ", slug);
	switch (v->kind) {
	case REMIND_SLOT:
		snprintf(buf, n, "today's slot: %lld of %lld min logged%s%s%s: %s'stride log %lldm'",
			 v->logged, v->minutes, r->pr.slot.focus ? " (" : "",
			 r->pr.slot.focus ? r->pr.slot.focus : "", r->pr.slot.focus ? ")" : "", use,
			 v->minutes - v->logged);
		break;
	case REMIND_STREAK:
		snprintf(buf, n, "the streak of %d day%s ends today unless you tick or log "
			 "something",
			 v->streak, v->streak == 1 ? "" : "s");
		break;
	case REMIND_LATE:
		snprintf(buf, n, "%d item%s late: 'stride list %s%s--late'", v->late,
			 v->late == 1 ? " is" : "s are", slug ? slug : "", slug ? " " : "");
		break;
	case REMIND_REFLECTION:
		snprintf(buf, n, "the reflection of %s is not written, and the week ends "
			 "today: %s'stride reflect'",
			 calendar_format_week(v->week, week), use);
		break;
	}
	return buf;
}

/* Whether prog is an executable file in a directory of $PATH. */
static bool on_path(const char *prog)
{
	const char *path = getenv("PATH");
	if (!path)
		return false;
	while (*path) {
		size_t n = strcspn(path, ":");
		char *f = n ? xasprintf("%.*s/%s", (int)n, path, prog) : xasprintf("./%s", prog);
		bool ok = access(f, X_OK) == 0;
		free(f);
		if (ok)
			return true;
		path += n + (path[n] == ':');
	}
	return false;
}

/* notify-send SUMMARY BODY, by fork and exec (no shell): 0 when it ran and
 * exited 0, else -1 with why (n bytes). */
static int notify(const char *summary, const char *body, char *why, size_t n)
{
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		snprintf(why, n, "cannot run notify-send: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		char *argv[] = { "notify-send", "--app-name=stride", "--", (char *)summary,
				 (char *)body, NULL };
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR) {
			snprintf(why, n, "cannot wait for notify-send: %s", strerror(errno));
			return -1;
		}
	}
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return 0;
	if (WIFEXITED(st))
		snprintf(why, n, "notify-send failed (exit %d)", WEXITSTATUS(st));
	else
		snprintf(why, n, "notify-send was killed (signal %d)", WTERMSIG(st));
	return -1;
}

/* One plan's reminder, a line each (or one notification: notified). */
static void say(const struct store_plan *p, const struct remind *r, bool current, bool send,
		bool *warned)
{
	char line[512], why[128];
	const char *other = current ? NULL : p->slug;
	if (send) {
		char *body = NULL;
		size_t len = 0;
		for (size_t i = 0; i < r->n; i++) {
			reason_text(r, &r->v[i], other, line, sizeof(line));
			body = xrealloc(body, len + strlen(line) + 2);
			len += (size_t)sprintf(body + len, "%s%s", i ? "\n" : "", line);
		}
		int rc = -1;
		if (!on_path("notify-send")) {
			if (!*warned)
				text_fputs("stride: no notify-send on PATH (Debian: apt install "
					   "libnotify-bin): the reminder is on standard output\n",
					   stderr);
			*warned = true;
		} else if ((rc = notify(p->title, body, why, sizeof(why))) < 0) {
			text_printf(stderr, "stride: %s: the reminder is on standard output\n", why);
		}
		free(body);
		if (rc == 0)
			return;
	}
	for (size_t i = 0; i < r->n; i++)
		text_printf(stdout, "%s: %s\n", p->slug,
			    reason_text(r, &r->v[i], other, line, sizeof(line)));
}

struct slugs {
	char **v;
	size_t n, cap;
};

static int keep_slug(const struct store_plan *p, void *ctx)
{
	struct slugs *l = ctx;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = xstrdup(p->slug);
	return 0;
}

static int remind_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "notify", no_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool send = false, json = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n': send = true; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_remind); return CLI_OK;
		default: return cli_option_error(&cmd_remind, "h", argc, argv);
		}
	}
	const char *slug = optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_remind, "unexpected '%s'", argv[optind]);
	if (send && json)
		return cli_usage_error(&cmd_remind, "--notify or --json, not both");
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	struct store *s;
	struct store_error err;
	if (session_open_readonly(ctx->db, &s, &err) < 0) {
		/* no store yet: nothing to remind of */
		if (err.code == STORE_ERR_ABSENT) {
			if (json)
				text_fputs("[]\n", stdout);
			return cli_flushed(REMIND_NOTHING);
		}
		text_printf(stderr, "stride: %s\n", err.msg);
		return CLI_USAGE;
	}
	/* the plan named, else every plan (most recently used first) */
	struct slugs names = { 0 };
	int status = CLI_OK;
	if (slug)
		keep_slug(&(struct store_plan){ .slug = (char *)slug }, &names);
	else if (store_plans(s, keep_slug, &names, &err) < 0)
		status = CLI_USAGE;
	struct store_plan *plans = xcalloc(names.n + 1, sizeof(*plans));
	struct remind *rs = xcalloc(names.n + 1, sizeof(*rs));
	size_t n = 0, reasons = 0;
	for (size_t i = 0; status == CLI_OK && i < names.n; i++) {
		if (store_plan_get(s, names.v[i], &plans[n], &err) < 0) {
			if (err.code == STORE_ERR_NOTFOUND)
				text_printf(stderr, "stride: no plan '%s' in the store ('stride "
						"plans' lists them)\n",
					    names.v[i]);
			status = CLI_USAGE;
		} else if (remind_gather(s, &plans[n], today, &rs[n], &err) < 0) {
			status = CLI_USAGE;
			n++;
		} else if (!slug && !rs[n].running) {
			/* a template, a plan to come or one ended: not unless named */
			remind_done(&rs[n]);
			store_plan_done(&plans[n]);
		} else {
			reasons += rs[n].n;
			n++;
		}
	}
	if (status != CLI_OK && err.code != STORE_ERR_NOTFOUND)
		text_printf(stderr, "stride: %s\n", err.msg);
	if (status == CLI_OK && json) {
		struct export_remind *v = xcalloc(n + 1, sizeof(*v));
		for (size_t i = 0; i < n; i++)
			v[i] = (struct export_remind){ &plans[i], &rs[i] };
		char *text = export_remind_json(v, n);
		text_fputs(text, stdout);
		free(text);
		free(v);
	} else if (status == CLI_OK) {
		/* the commands it suggests work on the current plan */
		struct store_plan cur = { 0 };
		if (store_plan_current(s, &cur, &err) < 0)
			cur.id = 0;
		bool warned = false;
		for (size_t i = 0; i < n; i++)
			if (rs[i].n)
				say(&plans[i], &rs[i], plans[i].id == cur.id, send, &warned);
		store_plan_done(&cur);
	}
	if (status == CLI_OK)
		status = cli_flushed(reasons ? CLI_OK : REMIND_NOTHING);
	for (size_t i = 0; i < n; i++) {
		remind_done(&rs[i]);
		store_plan_done(&plans[i]);
	}
	for (size_t i = 0; i < names.n; i++)
		free(names.v[i]);
	free(names.v);
	free(plans);
	free(rs);
	store_close(s);
	return status;
}

const struct cli_command cmd_remind = {
	.name = "remind",
	.run = remind_run,
	.synopsis = "remind [PLAN] [--notify | --json]",
	.summary = "what needs you now, for cron or a timer (exit 1: nothing)",
	.help =
		"Prints what needs you now in every plan that is running (or in\n"
		"PLAN), a line each: today's slot of the schedule not met yet, a\n"
		"streak that ends today unless you tick or log something, items\n"
		"late, and on Sunday the week's reflection when it is not written.\n"
		"A template not begun, a plan that starts later and one that has\n"
		"ended are left out, unless named.\n"
		"\n"
		"Like grep, it exits 0 when it printed something and 1 when nothing\n"
		"needs you (no store or no plan either); 2 on an error (the store\n"
		"cannot be read, no such plan, a usage error). It reads\n"
		"the store only and does not re-sync changed plan files.\n"
		"\n"
		"options:\n"
		"  --notify  send it as a desktop notification with notify-send\n"
		"            (nothing on standard output then); without\n"
		"            notify-send, or when it fails, it says so on stderr\n"
		"            and prints the reminder\n"
		"  --json    one JSON array, an object a plan: {\"plan\", \"title\",\n"
		"            \"today\", \"reasons\": [{\"kind\", ...}]} (see man\n"
		"            stride); the same exit status\n"
		"\n"
		"From cron, every day at 18:00 (see man stride for a systemd timer):\n"
		"  0 18 * * * stride remind --notify\n",
};
