/* stride import: check plan files and sync them into the store. */
#include "stride/cli.h"
#include "stride/store.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "mark-done", no_argument, NULL, 'd' },
		{ "replace", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct cli_import im = { .marked = CLI_MARKED_OFFER, .out = stdout,
				 .errs = stderr };
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "ndrh", opts, NULL)) != -1) {
		switch (c) {
		case 'n': im.dry_run = true; break;
		case 'd': im.marked = CLI_MARKED_MARK; break;
		case 'r': im.replace = true; break;
		case 'h': cli_print_help(&cmd_import); return CLI_OK;
		default:
			return cli_option_error(&cmd_import, "ndrh", argc, argv);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_import, "no plan file given");

	util_keep_freed_memory();
	struct store *s;
	int status = cli_open_import(ctx, im.dry_run, argv + optind, argc - optind, &s);
	if (status != CLI_OK)
		return status;
	int worst = CLI_OK;
	for (int i = optind; i < argc; i++) {
		/* (a dry run with no store yet: every plan would be new) */
		int st = cli_import_file(s, argv[i], &im);
		free(im.slug);
		im.slug = NULL;
		/* a file that cannot be read or a store that fails beats an
		 * invalid plan */
		if (st == CLI_FAILURE || (st == CLI_DATA && worst == CLI_OK))
			worst = st;
	}
	store_close(s);
	return cli_flushed(worst);
}

const struct cli_command cmd_import = {
	.name = "import",
	.run = run,
	.synopsis = "import [--dry-run] [--mark-done] [--replace] FILE...",
	.summary = "check plan files and bring them into the store",
	.help =
		"Checks each plan file like 'stride lint' and syncs it into the\n"
		"store, keeping all progress: items are matched by key (see the\n"
		"plan format's \"Identity\"). Prints what changed: added, removed\n"
		"(archived with their progress), retitled, moved (items with an\n"
		"explicit id under a new parent) and restored (archived items that\n"
		"came back, with their progress). An invalid file changes nothing.\n"
		"A plan that an import brings in or changes becomes the current\n"
		"plan; a file that is as the store has it writes nothing at all.\n"
		"Each file is synced in one transaction.\n"
		"\n"
		"Once imported, a plan is re-synced by every stride command when its\n"
		"file changes, with the same report on stderr.\n"
		"\n"
		"A plan is known by its id. A file whose plan id the store has from\n"
		"another file is refused (exit 65, naming both files, nothing\n"
		"changed) while that other file is still there: two files cannot\n"
		"both be the plan. --replace makes this file the plan's file, synced\n"
		"as any edit would be. When the other file is gone, the plan moved:\n"
		"it is synced from its new place, and the report says so.\n"
		"\n"
		"A draft from 'stride md2yaml' marks the tasks ticked in its Markdown\n"
		"with 'x-done: true'. The first import of such a plan says how many\n"
		"there are; --mark-done marks those still to do (or started) done,\n"
		"as one step that 'stride undo' takes back.\n"
		"\n"
		"options:\n"
		"  -n, --dry-run    print the report, write nothing\n"
		"  -d, --mark-done  mark the tasks with x-done: true done\n"
		"  -r, --replace    take over a plan that another file holds\n"
		"\n"
		"exit status: 0 imported (or up to date), 65 some file is not a\n"
		"valid plan or claims another file's plan, 1 some file cannot be read or the store cannot be\n"
		"written, 2 usage error.\n",
};
