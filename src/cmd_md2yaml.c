/* stride md2yaml: a draft plan file from a Markdown roadmap. */
#include "stride/cli.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const char *output = NULL;
	bool force = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "o:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': force = true; break;
		case 'h': cli_print_help(&cmd_md2yaml); return CLI_OK;
		case ':':
			return cli_usage_error(&cmd_md2yaml, "'%s' needs a file",
					       argv[optind - 1]);
		default:
			if (optopt == 'o')
				return cli_usage_error(&cmd_md2yaml,
						       "-o needs a file");
			return cli_option_error(&cmd_md2yaml, "o:fh", argc, argv);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_md2yaml, "no Markdown file given");
	if (argc - optind > 1)
		return cli_usage_error(&cmd_md2yaml,
				       "one Markdown file at a time, got %d",
				       argc - optind);
	if (output && !*output)
		return cli_usage_error(&cmd_md2yaml, "-o needs a file");
	const char *path = argv[optind];
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	bool to_stdout = !output || !strcmp(output, "-");

	char why[512];
	size_t len;
	char *md = util_read_file(path, MD2YAML_MAX_BYTES, &len, why, sizeof(why));
	if (!md) {
		text_printf(stderr, "stride: cannot read %s: %s\n", name, why);
		return CLI_FAILURE;
	}
	struct md2yaml_result res;
	int rc = md2yaml_convert(name, md, len, &res, why, sizeof(why));
	free(md);
	if (rc < 0) {
		text_printf(stderr, "stride: %s: %s\n", name, why);
		return CLI_DATA;
	}

	/* the draft must load: a draft that does not is stride's bug */
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st = loader_load_buffer(to_stdout ? "draft" : output,
						   res.yaml, res.len, &p, &d);
	plan_free(p);
	if (st != LOADER_OK) {
		text_printf(stderr,
			    "stride: the draft made from %s does not load (a bug in "
			    "stride md2yaml: please report it with the Markdown): %u:%u: "
			    "%s\n",
			    name, d.n ? d.v[0].line : 0, d.n ? d.v[0].col : 0,
			    d.n ? d.v[0].msg : "?");
		diag_list_done(&d);
		md2yaml_result_done(&res);
		return CLI_FAILURE;
	}
	size_t warnings = d.warnings;
	diag_list_done(&d);

	if (to_stdout) {
		if (!util_write_all(STDOUT_FILENO, res.yaml, res.len)) {
			text_printf(stderr, "stride: cannot write the draft: %s\n",
				    strerror(errno));
			md2yaml_result_done(&res);
			return CLI_FAILURE;
		}
	} else if (util_write_atomic(output, res.yaml, res.len, force, why,
				sizeof(why)) < 0) {
		text_printf(stderr, "stride: %s\n", why);
		md2yaml_result_done(&res);
		return CLI_FAILURE;
	}
	char *summary = md2yaml_summary(&res.counts);
	text_printf(stderr, "%s: %s", name, summary);
	if (warnings)
		text_printf(stderr, "; %zu lint warning%s ('stride lint' shows %s)",
			    warnings, warnings == 1 ? "" : "s",
			    warnings == 1 ? "it" : "them");
	fputc('\n', stderr);
	free(summary);
	char *short_of = md2yaml_shortfall(&res.counts);
	if (short_of)
		text_printf(stderr, "stride: %s: %s\n", name, short_of);
	free(short_of);
	md2yaml_result_done(&res);
	return CLI_OK;
}

const struct cli_command cmd_md2yaml = {
	.name = "md2yaml",
	.run = run,
	.synopsis = "md2yaml FILE.md [-o OUT.yaml [--force]]",
	.summary = "draft a plan file from a Markdown roadmap",
	.help =
		"Reads a Markdown roadmap (- for standard input) and writes a draft\n"
		"plan: headings become phases and week blocks, list items tasks,\n"
		"sections named like Acceptance Criteria, Deliverable, Resources or\n"
		"Goal those keys, a timeline table the phases' dates, a table of\n"
		"courses or sessions tasks. It reads the Markdown as GitHub does\n"
		"(cmark-gfm). Code, HTML, images, other tables and sections that\n"
		"are not work (team, licence, rules, meals) are left out, each with\n"
		"a '# left out:' comment; guesses are marked '# guessed:'. Deadlines\n"
		"('(By March 31)') become due dates. Tasks ticked in the\n"
		"Markdown ([x]) carry 'x-done: true': 'stride import --mark-done'\n"
		"marks them done as it imports the draft.\n"
		"The draft always lints clean. One line on stderr sums it up, and\n"
		"another says so when the draft has no tasks, or far fewer than\n"
		"the Markdown has list items and table rows.\n"
		"\n"
		"options:\n"
		"  -o, --output FILE  write the draft to FILE (default: stdout),\n"
		"                     all at once; an existing FILE is an error\n"
		"  -f, --force        replace an existing FILE\n"
		"\n"
		"exit status: 0 the draft was written, 65 the input cannot be\n"
		"converted (empty, not text, too big), 1 it cannot be read or the\n"
		"draft cannot be written, 2 usage error.\n",
};
