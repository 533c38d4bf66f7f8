/* stride note: attach a note to an item. */
#include "stride/act.h"
#include "stride/cli.h"
#include "stride/editor.h"
#include "stride/store.h"
#include "stride/text.h"
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

/* The rule for what a note may hold, for messages. */
#define TEXT_RULE "a note is UTF-8 text without control characters but tab and newline"

/* Runs the editor on a temporary file holding the note; the new text, or
 * NULL with *status set when there is nothing to save. Text that is
 * refused stays in its file, and the message says how to give it back. */
static char *edit(const char *note, const char *ref, int *status)
{
	char why[512];
	char *initial = note ? xasprintf("%s\n", note) : xstrdup("");
	char *path = editor_temp("note", initial, why, sizeof(why));
	free(initial);
	if (!path) {
		text_printf(stderr, "stride: %s\n", why);
		*status = CLI_FAILURE;
		return NULL;
	}
	int rc = editor_run(path, why, sizeof(why));
	char *text = NULL, *buf = NULL;
	bool refused = false;
	if (rc > 0) {
		text_printf(stderr, "stride: the editor failed (exit status %d): nothing saved\n", rc);
		*status = CLI_FAILURE;
	} else if (rc < 0 || !(buf = editor_read(path, &refused, why, sizeof(why)))) {
		if (refused) {
			char q1[256], q2[512];
			text_printf(stderr,
				    "stride: %s: " TEXT_RULE ": nothing saved; your text "
				    "is kept in that file: mend it and run 'stride note %s "
				    "--from %s'\n",
				    why, cli_shell_word(ref, q1, sizeof(q1)),
				    cli_shell_word(path, q2, sizeof(q2)));
		} else {
			text_printf(stderr, "stride: %s\n", why);
		}
		*status = refused ? CLI_DATA : CLI_FAILURE;
	} else if (!(text = trimmed(buf))) {
		text_fputs("stride: the note is empty: nothing saved\n", stderr);
		*status = CLI_OK;
	} else if (note && !strcmp(text, note)) {
		text_fputs("stride: the note is unchanged: nothing saved\n", stderr);
		free(text);
		text = NULL;
		*status = CLI_OK;
	}
	free(buf);
	if (!refused)
		unlink(path);
	free(path);
	return text;
}

/* --from FILE: the note from a file ("-": standard input); NULL with
 * *status when there is nothing to save. */
static char *from_file(const char *file, const char *note, int *status)
{
	char why[512];
	bool refused;
	char *buf = editor_read(file, &refused, why, sizeof(why));
	if (!buf) {
		text_printf(stderr, "stride: %s%s\n", why,
			    refused ? ": " TEXT_RULE ": nothing saved" : "");
		*status = refused ? CLI_DATA : CLI_FAILURE;
		return NULL;
	}
	char *text = trimmed(buf);
	free(buf);
	if (!text) {
		text_printf(stderr, "stride: %s is empty: nothing saved\n", file);
		*status = CLI_DATA;
	} else if (note && !strcmp(text, note)) {
		text_fputs("stride: the note is unchanged: nothing saved\n", stderr);
		free(text);
		text = NULL;
	}
	return text;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "message", required_argument, NULL, 'm' },
		{ "from", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *message = NULL, *from = NULL;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': message = optarg; break;
		case 'f': from = optarg; break;
		case 'h': cli_print_help(&cmd_note); return CLI_OK;
		default:
			return cli_option_error(&cmd_note, "m:h", argc, argv);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_note, "no item given");
	if (optind + 1 < argc)
		return cli_usage_error(&cmd_note, "unexpected '%s' (quote a note "
						  "of several words)",
				       argv[optind + 1]);
	if (message && from)
		return cli_usage_error(&cmd_note, "give -m or --from, not both");
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;
	if (message && !cli_text_ok("the note (-m)", message))
		return CLI_DATA;
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
	} else if (status == CLI_OK && from) {
		text = from_file(from, it.note, &status);
	} else if (status == CLI_OK) {
		text = edit(it.note, argv[optind], &status);
	}
	struct store_error err;
	if (text) {
		if (act_note(s, it.id, text, today, &err) < 0)
			status = cli_store_error(&err);
		else
			text_printf(stdout, "noted   %d  %s\n", it.ref, it.title);
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
	.synopsis = "note REF [-m TEXT | --from FILE]",
	.summary = "attach a note to an item",
	.help =
		"Each item has one note, kept in the store with its history. With\n"
		"-m, TEXT is added to the note as a paragraph of its own; with\n"
		"--from, the file's text is the new note. Without either, the note\n"
		"opens in $VISUAL, else $EDITOR, else vi (run without a shell: the\n"
		"variable is split at spaces), on a temporary Markdown file; what\n"
		"you save is the new note. An editor that fails, a file left empty\n"
		"or left as it was saves nothing.\n"
		"\n"
		"A note is UTF-8 text with no control characters but tab and\n"
		"newline (CRLF line ends become LF). Anything else is refused with\n"
		"where it is, and nothing is saved; what you wrote in the editor\n"
		"stays in its file, for --from once mended.\n"
		"\n"
		"options:\n"
		"  -m, --message TEXT  add TEXT, without an editor\n"
		"  --from FILE         the note is FILE's text (-: standard input)\n",
};
