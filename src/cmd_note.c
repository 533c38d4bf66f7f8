/* stride note: attach a note to an item. */
#include "stride/act.h"
#include "stride/cli.h"
#include "stride/store.h"
#include "stride/util.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Without trailing white space; NULL when nothing is left. */
static char *trimmed(const char *s)
{
	size_t n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	size_t lead = strspn(s, " \t\r\n");
	return lead >= n ? NULL : xstrndup(s, n);
}

/* Runs the editor on a temporary file holding the note; the new text, or
 * NULL with *status set when there is nothing to save. */
static char *edit(const char *note, int *status)
{
	char why[512];
	char *initial = note ? xasprintf("%s\n", note) : xstrdup("");
	char *path = cli_temp_text("note", initial, why, sizeof(why));
	free(initial);
	if (!path) {
		fprintf(stderr, "stride: %s\n", why);
		*status = CLI_FAILURE;
		return NULL;
	}
	int rc = cli_edit(path, why, sizeof(why));
	char *text = NULL, *buf = NULL;
	if (rc > 0) {
		fprintf(stderr, "stride: the editor failed (exit status %d): nothing saved\n", rc);
		*status = CLI_FAILURE;
	} else if (rc < 0 || !(buf = cli_read_text(path, why, sizeof(why)))) {
		fprintf(stderr, "stride: %s\n", why);
		*status = CLI_FAILURE;
	} else if (!(text = trimmed(buf))) {
		fputs("stride: the note is empty: nothing saved\n", stderr);
		*status = CLI_OK;
	} else if (note && !strcmp(text, note)) {
		fputs("stride: the note is unchanged: nothing saved\n", stderr);
		free(text);
		text = NULL;
		*status = CLI_OK;
	}
	free(buf);
	unlink(path);
	free(path);
	return text;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *message = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': message = optarg; break;
		case 'h': cli_print_help(&cmd_note); return CLI_OK;
		default:
			return cli_usage_error(&cmd_note, "unknown option '%s' or "
							  "missing value",
					       argv[optind - 1]);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_note, "no item given");
	if (optind + 1 < argc)
		return cli_usage_error(&cmd_note, "unexpected '%s' (quote a note "
						  "of several words)",
				       argv[optind + 1]);
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	char *added = message ? trimmed(message) : NULL;
	if (message && !added)
		return cli_usage_error(&cmd_note, "the note is empty");

	struct store *s;
	int status = cli_open(ctx, false, &s);
	struct store_plan p = { 0 };
	struct store_item it = { 0 };
	if (status == CLI_OK)
		status = cli_plan(s, NULL, &p);
	if (status == CLI_OK)
		status = cli_item(s, &p, argv[optind], &it);
	char *text = NULL;
	if (status == CLI_OK && added) {
		/* -m adds a paragraph to the note */
		text = it.note ? xasprintf("%s\n\n%s", it.note, added) : xstrdup(added);
	} else if (status == CLI_OK) {
		text = edit(it.note, &status);
	}
	struct store_error err;
	if (text) {
		if (act_note(s, it.id, text, today, &err) < 0)
			status = cli_store_error(&err);
		else
			printf("noted   %d  %s\n", it.ref, it.title);
	}
	free(text);
	free(added);
	store_item_done(&it);
	store_plan_done(&p);
	store_close(s);
	return status;
}

const struct cli_command cmd_note = {
	.name = "note",
	.run = run,
	.synopsis = "note REF [-m TEXT]",
	.summary = "attach a note to an item",
	.help =
		"Each item has one note, kept in the store with its history. With\n"
		"-m, TEXT is added to the note as a paragraph of its own. Without,\n"
		"the note opens in $VISUAL, else $EDITOR, else vi (run without a\n"
		"shell: the variable is split at spaces), on a temporary Markdown\n"
		"file; what you save is the new note. An editor that fails, a file\n"
		"left empty or left as it was saves nothing.\n"
		"\n"
		"options:\n"
		"  -m, --message TEXT  add TEXT, without an editor\n",
};
