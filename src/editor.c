/*
 * editor: the round trip through a person's editor, and reading back a
 * file they wrote: a temporary file of their own, $VISUAL / $EDITOR run on
 * it, its text read back under the rule for text coming in (text.h).
 * Shared by the command line (note, reflect) and the TUI. Prints nothing:
 * each function says what went wrong in why (whylen bytes).
 */
#define _DEFAULT_SOURCE	 /* mkstemps, which POSIX lacks: glibc, musl */
#define _DARWIN_C_SOURCE /* the same on macOS */
#include "stride/editor.h"

#include "stride/config.h"

#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *editor_temp(const char *name, const char *text, char *why, size_t whylen)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	char *path = xasprintf("%s/stride-%s-XXXXXX.md", dir, name);
	int fd = mkstemps(path, 3);
	if (fd < 0) {
		snprintf(why, whylen, "cannot make a temporary file in %s: %s", dir,
			 strerror(errno));
		free(path);
		return NULL;
	}
	bool ok = util_write_all(fd, text, strlen(text));
	int saved = errno;
	if (close(fd) != 0 && ok) {
		ok = false;
		saved = errno;
	}
	if (!ok) {
		snprintf(why, whylen, "cannot write %s: %s", path, strerror(saved));
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

char *editor_read(const char *path, bool *refused, char *why, size_t whylen)
{
	*refused = false;
	bool in = !strcmp(path, "-");
	if (in)
		path = "standard input";
	FILE *f = in ? stdin : fopen(path, "r");
	if (!f) {
		snprintf(why, whylen, "cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	char *text = NULL;
	size_t cap = 0, len = 0;
	for (;;) {
		text = xgrow(text, &cap, len + 4097, 1);
		size_t got = fread(text + len, 1, 4096, f);
		len += got;
		if (!got)
			break;
	}
	bool failed = ferror(f);
	if (!in)
		fclose(f);
	if (failed) {
		snprintf(why, whylen, "cannot read %s: %s", path, strerror(errno));
		free(text);
		return NULL;
	}
	text[len] = '\0';
	len = text_lf(text, len);
	struct text_fault bad;
	if (!text_valid(text, len, &bad)) {
		char what[64];
		snprintf(why, whylen, "%s:%u:%u: %s", path, bad.line, bad.col,
			 text_fault_what(&bad, what, sizeof(what)));
		*refused = true;
		free(text);
		return NULL;
	}
	return text;
}

int editor_run(const char *path, char *why, size_t whylen)
{
	/* the config file's editor, else $VISUAL, $EDITOR, vi */
	const char *editor = config_editor();
	/* split at spaces, no shell: "code --wait" works, pipes do not */
	char *copy = xstrdup(editor);
	char *argv[32];
	int argc = 0;
	for (char *tok = strtok(copy, " \t"); tok && argc < 30;
	     tok = strtok(NULL, " \t"))
		argv[argc++] = tok;
	argv[argc++] = (char *)path;
	argv[argc] = NULL;

	/* a failed exec reports its errno through a pipe that closes on a
	 * successful one */
	int fds[2];
	if (pipe(fds) < 0 || fcntl(fds[0], F_SETFD, FD_CLOEXEC) < 0 ||
	    fcntl(fds[1], F_SETFD, FD_CLOEXEC) < 0) {
		snprintf(why, whylen, "cannot start the editor: %s", strerror(errno));
		free(copy);
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		snprintf(why, whylen, "cannot start the editor: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		free(copy);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		execvp(argv[0], argv);
		int e = errno;
		if (write(fds[1], &e, sizeof(e)) < 0)
			_exit(127);
		_exit(127);
	}
	close(fds[1]);
	int child_errno = 0;
	ssize_t got;
	while ((got = read(fds[0], &child_errno, sizeof(child_errno))) < 0 &&
	       errno == EINTR)
		;
	close(fds[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			snprintf(why, whylen, "lost the editor: %s", strerror(errno));
			free(copy);
			return -1;
		}
	}
	if (got == (ssize_t)sizeof(child_errno)) {
		snprintf(why, whylen,
			 "cannot start the editor '%s': %s (set VISUAL or EDITOR)",
			 argv[0], strerror(child_errno));
		free(copy);
		return -1;
	}
	free(copy);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
