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

/* The Markdown at path ("-": standard input), at most MD2YAML_MAX_BYTES
 * and one more (so that a larger file is known to be larger). NULL with
 * why set when it cannot be read. */
static char *read_input(const char *path, size_t *len, char *why, size_t whylen)
{
	bool in = !strcmp(path, "-");
	int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, whylen, "%s", strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(why, whylen, "%s", strerror(EISDIR));
		if (!in)
			close(fd);
		return NULL;
	}
	size_t cap = 0, n = 0, limit = MD2YAML_MAX_BYTES + 1;
	char *buf = NULL;
	for (;;) {
		buf = xgrow(buf, &cap, n + 65536 + 1, 1);
		size_t want = cap - n - 1;
		if (want > limit - n)
			want = limit - n;
		if (!want)
			break;
		ssize_t got = read(fd, buf + n, want);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(why, whylen, "%s", strerror(errno));
			free(buf);
			if (!in)
				close(fd);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	if (!in)
		close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/*
 * Writes text to path at once: a temporary file beside it, flushed to
 * disk, then renamed into place (so that path holds the old text or the
 * new, never a part). Without force an existing path is left alone and
 * that is an error. Returns 0, or -1 with why set.
 */
static int write_atomic(const char *path, const char *text, size_t len,
			bool force, char *why, size_t whylen)
{
	char *copy = xstrdup(path);
	char *tmp = xasprintf("%s/.%s.XXXXXX", dirname(copy), "md2yaml");
	free(copy);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(why, whylen, "cannot write beside %s: %s", path,
			 strerror(errno));
		free(tmp);
		return -1;
	}
	mode_t mask = umask(0);
	umask(mask);
	bool ok = fchmod(fd, 0666 & ~mask) == 0 && util_write_all(fd, text, len) &&
		  fsync(fd) == 0;
	int saved = errno;
	if (close(fd) != 0 && ok) {
		ok = false;
		saved = errno;
	}
	if (!ok) {
		snprintf(why, whylen, "cannot write %s: %s", path, strerror(saved));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	int rc;
	if (force) {
		rc = rename(tmp, path);
	} else {
		/* link() fails if path exists: no window for a race */
		rc = link(tmp, path);
		if (rc < 0 && (errno == EPERM || errno == ENOTSUP || errno == EXDEV)) {
			struct stat st;
			if (lstat(path, &st) == 0) {
				errno = EEXIST;
			} else {
				rc = rename(tmp, path);
			}
		}
		if (rc == 0)
			unlink(tmp);
	}
	if (rc < 0) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		if (saved == EEXIST)
			snprintf(why, whylen,
				 "%s exists: give --force to replace it, or "
				 "another -o file",
				 path);
		else
			snprintf(why, whylen, "cannot write %s: %s", path,
				 strerror(saved));
		return -1;
	}
	free(tmp);
	return 0;
}

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
	char *md = read_input(path, &len, why, sizeof(why));
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
	} else if (write_atomic(output, res.yaml, res.len, force, why,
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
		"Goal those keys, a timeline table the phases' dates. Code, HTML,\n"
		"images and other tables are left out, each with a '# left out:'\n"
		"comment; guesses are marked '# guessed:'. Tasks ticked in the\n"
		"Markdown ([x]) carry 'x-done: true': 'stride import --mark-done'\n"
		"marks them done as it imports the draft.\n"
		"The draft always lints clean. One line on stderr sums it up.\n"
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
