/*
 * Running the person's hooks (stride/hooks.h). A hook is waited for with
 * poll(): its input written and its output read as each pipe is ready, so
 * that a hook that reads nothing, or writes a lot, never blocks stride
 * past the timeout; at the timeout its process group is killed.
 */
#define _DEFAULT_SOURCE /* setenv, kill of a group */
#include "stride/hooks.h"

#include "stride/export.h"
#include "stride/gitsync.h"
#include "stride/store.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void (*report_fn)(const char *msg, void *ctx);
static void *report_ctx;

void hooks_set_report(void (*fn)(const char *msg, void *ctx), void *ctx)
{
	report_fn = fn;
	report_ctx = ctx;
}

__attribute__((format(printf, 1, 2))) static void report(const char *fmt, ...)
{
	if (!report_fn)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	report_fn(msg, report_ctx);
}

char *hooks_find(const char *name)
{
	const char *off = getenv("STRIDE_NO_HOOKS");
	if (off && *off && strcmp(off, "0"))
		return NULL;
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *path;
	if (xdg && *xdg == '/')
		path = xasprintf("%s/stride/hooks/%s", xdg, name);
	else if (home && *home)
		path = xasprintf("%s/.config/stride/hooks/%s", home, name);
	else
		return NULL;
	struct stat st;
	if (stat(path, &st) < 0) {
		free(path);
		return NULL;
	}
	return path;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The child's side: a session of its own (its own process group, and no
 * terminal: a hook that opens /dev/tty cannot draw over the TUI or wait
 * for a key), the pipes for 0, 1 and 2, nothing else open, the signals as
 * a program expects them. Never returns. */
static void child(const char *path, const char *name, int in, int out)
{
	setsid();
	if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
		_exit(127);
	long max = sysconf(_SC_OPEN_MAX);
	for (int fd = 3; fd < (max > 0 && max < 4096 ? max : 4096); fd++)
		close(fd);
	static const int sigs[] = { SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN,
				    SIGTTOU, SIGWINCH, SIGHUP, SIGCHLD };
	for (size_t i = 0; i < ARRAY_SIZE(sigs); i++)
		signal(sigs[i], SIG_DFL);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	setenv("STRIDE_HOOK", name, 1);
	setenv("STRIDE_NO_HOOKS", "1", 1); /* its own runs of stride: no loop */
	execl(path, path, (char *)NULL);
	dprintf(2, "cannot run %s: %s\n", path, strerror(errno));
	_exit(127);
}

/* The first line of what the hook printed, with what a terminal would
 * take as a command made harmless. */
static void first_line(char *buf)
{
	buf[strcspn(buf, "\r\n")] = '\0';
	for (char *p = buf; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
}

/* Reads what the hook wrote (rfd non-blocking) until there is no more for
 * now, keeping the start of it in line (n bytes, *got of them used);
 * closes *rfd at its end. */
static void drain(int *rfd, char *line, size_t n, size_t *got)
{
	while (*rfd >= 0) {
		char buf[4096];
		ssize_t r = read(*rfd, buf, sizeof(buf));
		if (r > 0) {
			size_t k = (size_t)r;
			if (*got < n - 1) {
				size_t take = k < n - 1 - *got ? k : n - 1 - *got;
				memcpy(line + *got, buf, take);
				*got += take;
				line[*got] = '\0';
			}
			continue;
		}
		if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
			close(*rfd);
			*rfd = -1;
		}
		if (r < 0 && errno == EINTR)
			continue;
		break;
	}
}

enum hooks_result hooks_run(const char *name, const char *json)
{
	char *path = hooks_find(name);
	if (!path)
		return HOOKS_NONE;
	const char *kept = !strcmp(name, "on-change") ? "the change is kept"
			   : !strcmp(name, "on-sync") ? "the sync is done"
						      : "the import is done";
	struct stat st;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) || access(path, X_OK) < 0) {
		report("hook %s not run: not an executable file; %s (chmod +x %s, or "
		       "remove it)",
		       name, kept, path);
		free(path);
		return HOOKS_NOT_RUN;
	}
	int in[2], out[2];
	if (pipe(in) < 0) {
		report("hook %s not run: %s; %s", name, strerror(errno), kept);
		free(path);
		return HOOKS_NOT_RUN;
	}
	if (pipe(out) < 0) {
		report("hook %s not run: %s; %s", name, strerror(errno), kept);
		close(in[0]);
		close(in[1]);
		free(path);
		return HOOKS_NOT_RUN;
	}
	/* a hook that exits without reading its input: EPIPE, not a signal */
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_pipe;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old_pipe);
	pid_t pid = fork();
	if (pid == 0)
		child(path, name, in[0], out[1]);
	close(in[0]);
	close(out[1]);
	if (pid < 0) {
		report("hook %s not run: %s; %s", name, strerror(errno), kept);
		close(in[1]);
		close(out[0]);
		sigaction(SIGPIPE, &old_pipe, NULL);
		free(path);
		return HOOKS_NOT_RUN;
	}
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	fcntl(out[0], F_SETFL, fcntl(out[0], F_GETFL) | O_NONBLOCK);

	size_t len = strlen(json), sent = 0, got = 0;
	char line[256] = "";
	int wfd = in[1], rfd = out[0], status = 0;
	bool exited = false, killed = false;
	long long deadline = now_ms() + HOOKS_TIMEOUT_MS;
	while (!exited) {
		if (wfd >= 0 && sent == len) {
			close(wfd);
			wfd = -1;
		}
		struct pollfd p[2];
		nfds_t n = 0;
		if (wfd >= 0)
			p[n++] = (struct pollfd){ .fd = wfd, .events = POLLOUT };
		if (rfd >= 0)
			p[n++] = (struct pollfd){ .fd = rfd, .events = POLLIN };
		long long left = deadline - now_ms();
		if (left <= 0) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			killed = true;
			break;
		}
		poll(p, n, left < 50 ? (int)left : 50);
		if (wfd >= 0) {
			ssize_t w = write(wfd, json + sent, len - sent);
			if (w > 0) {
				sent += (size_t)w;
			} else if (w < 0 && errno != EAGAIN && errno != EINTR) {
				close(wfd); /* it reads no more */
				wfd = -1;
			}
		}
		drain(&rfd, line, sizeof(line), &got);
		pid_t w = waitpid(pid, &status, WNOHANG);
		exited = w == pid;
	}
	/* what it wrote just before it exited */
	if (exited)
		drain(&rfd, line, sizeof(line), &got);
	if (wfd >= 0)
		close(wfd);
	if (rfd >= 0)
		close(rfd);
	sigaction(SIGPIPE, &old_pipe, NULL);
	first_line(line);
	enum hooks_result res = HOOKS_OK;
	if (killed) {
		report("hook %s still running after %d s: killed; %s", name,
		       HOOKS_TIMEOUT_MS / 1000, kept);
		res = HOOKS_KILLED;
	} else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		report("hook %s failed (exit %d)%s%s; %s", name, WEXITSTATUS(status),
		       *line ? ": " : "", line, kept);
		res = HOOKS_FAILED;
	} else if (WIFSIGNALED(status)) {
		report("hook %s failed (killed by signal %d)%s%s; %s", name, WTERMSIG(status),
		       *line ? ": " : "", line, kept);
		res = HOOKS_FAILED;
	}
	free(path);
	return res;
}

/* ---- the documents --------------------------------------------------------------- */

struct changes {
	struct store_change *v;
	size_t n, cap;
};

static const char *dup_str(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int keep_change(const struct store_change *c, void *ctx)
{
	struct changes *l = ctx;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	struct store_change *k = &l->v[l->n++];
	*k = *c;
	k->uid = dup_str(c->uid);
	k->device = dup_str(c->device);
	k->plan = dup_str(c->plan);
	k->plan_title = dup_str(c->plan_title);
	k->key = dup_str(c->key);
	k->title = dup_str(c->title);
	k->text = dup_str(c->text);
	k->undoes = dup_str(c->undoes);
	k->undone_text = dup_str(c->undone_text);
	return 0;
}

void hooks_after_change(struct store *s)
{
	long long first, last;
	store_tx_events(s, &first, &last);
	if (!first)
		return;
	char *path = hooks_find("on-change");
	if (!path)
		return;
	free(path);
	struct changes l = { 0 };
	struct store_error err;
	if (store_changes(s, first, last, keep_change, &l, &err) < 0) {
		report("hook on-change not run: %s; the change is kept", err.msg);
	} else if (l.n) {
		char *json = export_change_json(l.v, l.n);
		hooks_run("on-change", json);
		free(json);
	}
	for (size_t i = 0; i < l.n; i++) {
		const char *const strs[] = { l.v[i].uid, l.v[i].device, l.v[i].plan,
					     l.v[i].plan_title, l.v[i].key, l.v[i].title,
					     l.v[i].text, l.v[i].undoes, l.v[i].undone_text };
		for (size_t k = 0; k < ARRAY_SIZE(strs); k++)
			free((char *)strs[k]);
	}
	free(l.v);
}

void hooks_after_reflect(struct store *s, const struct store_plan *p, int week,
			 const char *skill, int ratings)
{
	char *path = hooks_find("on-change");
	if (!path)
		return;
	free(path);
	char device[64] = "";
	struct store_error err;
	if (store_device(s, device, sizeof(device), &err) < 0)
		device[0] = '\0';
	struct export_reflect_hook h = {
		.time = (long long)time(NULL), .device = device, .plan = p->slug,
		.title = p->title, .skill = skill, .week = week, .rating = ratings,
	};
	char *json = export_reflect_hook_json(&h);
	hooks_run("on-change", json);
	free(json);
}

void hooks_after_sync(struct store *s, const struct gitsync_report *rep)
{
	char *path = hooks_find("on-sync");
	if (!path)
		return;
	free(path);
	char device[64] = "";
	struct store_error err;
	if (store_device(s, device, sizeof(device), &err) < 0)
		device[0] = '\0';
	struct export_sync_hook h = {
		.time = (long long)time(NULL), .device = device, .dir = rep->dir,
		.remote = rep->remote, .offline = rep->offline, .fetched = rep->fetched,
		.committed = rep->committed, .pushed = rep->pushed, .devices = rep->devices,
		.plans = rep->applied.plans_added, .events = rep->applied.events_added,
		.reflections = rep->applied.reflections_added,
		.ratings = rep->applied.ratings_added, .faults = rep->nfaults,
	};
	char *json = export_sync_hook_json(&h);
	hooks_run("on-sync", json);
	free(json);
}

void hooks_after_import(struct store *s, struct export_import_hook *h)
{
	char *path = hooks_find("on-import");
	if (!path)
		return;
	free(path);
	char device[64] = "";
	struct store_error err;
	if (store_device(s, device, sizeof(device), &err) < 0)
		device[0] = '\0';
	h->time = (long long)time(NULL);
	h->device = device;
	char *json = export_import_hook_json(h);
	hooks_run("on-import", json);
	free(json);
	h->device = NULL;
}
