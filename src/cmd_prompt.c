/*
 * stride prompt [FORMAT]: one short line for a shell prompt or tmux's
 * status line. It must never break the prompt: no store, a store that
 * cannot be read, no plan, a bad STRIDE_TODAY, anything but a mistake in
 * its own arguments prints nothing and exits 0. The store is opened
 * read-only and plan files are not re-synced (the figures are the store's
 * as of the last command that re-synced), so it stays fast.
 */
#include "stride/cli.h"

#include "stride/clock.h"
#include "stride/progress.h"
#include "stride/session.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROMPT_DEFAULT "%P %m/%Mm %p%% %sd %o late"

/* FORMAT with its placeholders filled, on one line, through text_fputs
 * (a control character in FORMAT is shown escaped: colours go around the
 * command in PS1, not in FORMAT). */
static void render(const char *fmt, const struct store_plan *p, const struct progress *pr,
		   int late, const char *clock)
{
	size_t cap = strlen(fmt) * 2 + 64, n = 0;
	char *out = xmalloc(cap);
	for (const char *f = fmt; *f; f++) {
		char num[24] = "";
		const char *add = num;
		if (*f == '\n' || *f == '\r') {
			add = " ";
		} else if (*f != '%' || !f[1]) {
			num[0] = *f;
		} else {
			switch (*++f) {
			case 'm': snprintf(num, sizeof(num), "%lld", pr->logged_today); break;
			case 'M': snprintf(num, sizeof(num), "%d", pr->slot.minutes); break;
			case 's': snprintf(num, sizeof(num), "%d", pr->streak); break;
			case 'p': snprintf(num, sizeof(num), "%d", pr->percent); break;
			case 'o': snprintf(num, sizeof(num), "%d", late); break;
			case 'd': snprintf(num, sizeof(num), "%d", pr->done); break;
			case 't': snprintf(num, sizeof(num), "%d", pr->total); break;
			case 'P': add = p->slug; break;
			case 'c': add = clock; break;
			case '%': add = "%"; break;
			default: /* not a placeholder: as it is */
				num[0] = '%';
				num[1] = *f;
				break;
			}
		}
		size_t len = strlen(add);
		out = xgrow(out, &cap, n + len + 2, 1);
		memcpy(out + n, add, len);
		n += len;
	}
	out[n++] = '\n';
	out[n] = '\0';
	text_fputs(out, stdout);
	free(out);
}

static int prompt_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	const char *fmt = PROMPT_DEFAULT;
	int i = 1;
	if (i < argc && (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))) {
		cli_print_help(&cmd_prompt);
		return CLI_OK;
	}
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i < argc)
		fmt = argv[i++];
	if (i < argc)
		return cli_usage_error(&cmd_prompt, "unexpected '%s' (one FORMAT: quote it)",
				       argv[i]);
	int today;
	char why[128];
	struct store *s;
	struct store_plan p;
	struct store_error err;
	if (!session_today(&today, why, sizeof(why)) ||
	    session_open_readonly(ctx->db, &s, &err) < 0)
		return CLI_OK;
	/* the running clock: its time so far, "clock?" past midnight */
	char clock[24] = "";
	struct store_clock cl;
	bool running;
	int day, second;
	if (store_clock_get(s, &cl, &running, &err) == 0 && running &&
	    clock_now(&day, &second, why, sizeof(why))) {
		if (clock_past_midnight(&cl, day))
			snprintf(clock, sizeof(clock), "clock?");
		else
			clock_format_minutes(clock_minutes(clock_elapsed(&cl, day, second)), clock,
					     sizeof(clock));
	}
	store_clock_done(&cl);
	if (store_plan_current(s, &p, &err) == 0) {
		struct progress pr;
		int late;
		if (progress_compute(s, &p, today, &pr, &err) == 0) {
			if (progress_late_count(s, &p, today, &late, &err) == 0)
				render(fmt, &p, &pr, late, clock);
			progress_done(&pr);
		}
		store_plan_done(&p);
	}
	store_close(s);
	/* a prompt is no place for an error: a closed pipe says nothing */
	fflush(stdout);
	return CLI_OK;
}

const struct cli_command cmd_prompt = {
	.name = "prompt",
	.run = prompt_run,
	.synopsis = "prompt [FORMAT]",
	.summary = "one short line for a shell prompt or tmux's status line",
	.help =
		"Prints one line of where you stand in the current plan, for PS1\n"
		"or tmux's status line. In FORMAT (default: '" PROMPT_DEFAULT "'):\n"
		"\n"
		"  %m  minutes logged today       %M  minutes of today's slot\n"
		"  %s  the streak, in days        %p  % done\n"
		"  %o  items late (overdue)       %P  the plan's id\n"
		"  %d  items done                 %t  items that count\n"
		"  %c  the running clock's time (stride clock): 25m, 1h05m;\n"
		"      nothing when none runs; clock? when it ran past midnight\n"
		"  %%  a %\n"
		"\n"
		"Any other character, and a % before any other, is printed as it\n"
		"is (a control character escaped: put colours around the command\n"
		"in PS1). It never breaks a prompt: with no store, no plan or any\n"
		"error it prints nothing and exits 0. It reads the store only, and\n"
		"does not re-sync changed plan files (the next other command\n"
		"does): a figure may be as of that command.\n"
		"\n"
		"  PS1='[$(stride prompt \"%m/%Mm %sd\")] \\$ '\n"
		"  set -g status-right '#(stride prompt)'     (tmux)\n",
};
