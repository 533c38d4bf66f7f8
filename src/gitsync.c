/*
 * stride sync through a git repository: see stride/gitsync.h for the
 * layout. The other devices' files are read into one export document
 * (cJSON, as backup.c writes it) and taken in by backup_restore, so there
 * is one merge, restore's; this device's files are cut out of an export
 * of the store. git runs as a child (fork, execvp: no shell), its output
 * read through pipes; a lock in the repository's .git keeps two syncs of
 * the same repository apart, and what a sync killed half way left there
 * (a merge begun, git's index lock) is cleared by the next.
 */
#define _DEFAULT_SOURCE /* flock, which POSIX lacks: glibc, musl */
#include "stride/gitsync.h"

#include "stride/strmap.h"
#include "stride/text.h"
#include "stride/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Pushes refused because another machine pushed first: tries in all. */
#define PUSH_TRIES 5
/* The largest file of another device read. */
#define FILE_MAX ((size_t)1 << 30)

void gitsync_report_done(struct gitsync_report *r)
{
	free(r->dir);
	free(r->remote);
	free(r->offline);
	backup_report_done(&r->applied);
	for (size_t i = 0; i < r->nfaults; i++) {
		free(r->faults[i].file);
		free(r->faults[i].why);
	}
	free(r->faults);
	*r = (struct gitsync_report){ 0 };
}

void gitsync_status_done(struct gitsync_status *st)
{
	free(st->dir);
	free(st->remote);
	*st = (struct gitsync_status){ 0 };
}

/* ---- running git -------------------------------------------------------------- */

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	b->p = xgrow(b->p, &b->cap, b->n + n + 1, 1);
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* The end of s without its trailing newlines and spaces, in place. */
static char *chomp(char *s)
{
	size_t n = s ? strlen(s) : 0;
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

/*
 * Runs git (in dir, unless NULL) with the NULL-terminated arguments:
 * its exit status (127: it could not be run), its standard output in
 * *out and its errors in *errs (malloc'd, either may be NULL to drop it).
 * Standard input is /dev/null unless a terminal: a credential prompt still
 * reaches the person.
 */
/* The repository's lock while a sync holds it (lock_repo), else -1: git
 * inherits it, so that a git that outlives a stride killed half way (its
 * fetch, merge or push goes on) still holds the lock, and the next sync
 * waits for it rather than running beside it. */
static int held_lock = -1;

static int git(const char *dir, char **out, char **errs, ...)
{
	const char *argv[32];
	size_t n = 0;
	argv[n++] = "git";
	if (dir) {
		argv[n++] = "-C";
		argv[n++] = dir;
	}
	va_list ap;
	va_start(ap, errs);
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < ARRAY_SIZE(argv) - 1)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	if (out)
		*out = NULL;
	if (errs)
		*errs = NULL;

	int po[2], pe[2];
	if (pipe(po) < 0)
		return 127;
	if (pipe(pe) < 0) {
		close(po[0]);
		close(po[1]);
		return 127;
	}
	for (int i = 0; i < 2; i++) {
		fcntl(po[i], F_SETFD, FD_CLOEXEC);
		fcntl(pe[i], F_SETFD, FD_CLOEXEC);
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(po[0]), close(po[1]), close(pe[0]), close(pe[1]);
		return 127;
	}
	if (pid == 0) {
		dup2(po[1], STDOUT_FILENO);
		dup2(pe[1], STDERR_FILENO);
		if (!isatty(STDIN_FILENO)) {
			int nul = open("/dev/null", O_RDONLY);
			if (nul >= 0)
				dup2(nul, STDIN_FILENO);
		}
		if (held_lock >= 0)
			fcntl(held_lock, F_SETFD, 0);
		execvp("git", (char *const *)argv);
		const char *msg = "cannot run git: is it installed and on the PATH?\n";
		if (write(STDERR_FILENO, msg, strlen(msg)) < 0)
			_exit(127);
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	struct buf bo = { 0 }, be = { 0 };
	struct pollfd fds[2] = { { po[0], POLLIN, 0 }, { pe[0], POLLIN, 0 } };
	int open_fds = 2;
	while (open_fds) {
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < 2; i++) {
			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			char chunk[8192];
			ssize_t r = read(fds[i].fd, chunk, sizeof(chunk));
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0) {
				close(fds[i].fd);
				fds[i].fd = -1;
				open_fds--;
			} else {
				buf_add(i ? &be : &bo, chunk, (size_t)r);
			}
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	if (out)
		*out = bo.p ? bo.p : xstrdup("");
	else
		free(bo.p);
	if (errs)
		*errs = chomp(be.p ? be.p : xstrdup(""));
	else
		free(be.p);
	return rc;
}

/* git's message, cut to its first lines for one error line. */
static const char *git_words(char *errs)
{
	if (!errs || !*errs)
		return "git said nothing";
	/* the lines that say something: "fatal:", "error:", else the last */
	char *f = strstr(errs, "fatal: ");
	if (!f)
		f = strstr(errs, "error: ");
	if (f)
		errs = f;
	for (char *p = errs; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return errs;
}

/* git with no output wanted: its status; its message in err (code IO)
 * when it fails, with what the step was. */
#define GIT_STEP(err, what, dir, ...)                                                  \
	git_step(err, what, dir, __VA_ARGS__, (const char *)NULL)

static int git_step(struct store_error *err, const char *what, const char *dir, ...)
{
	const char *argv[16];
	size_t n = 0;
	va_list ap;
	va_start(ap, dir);
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < ARRAY_SIZE(argv) - 1)
		argv[n++] = a;
	va_end(ap);
	while (n < ARRAY_SIZE(argv))
		argv[n++] = NULL;
	char *errs;
	int rc = git(dir, NULL, &errs, argv[0], argv[1], argv[2], argv[3], argv[4], argv[5],
		     argv[6], argv[7], argv[8], argv[9], (const char *)NULL);
	if (rc)
		store_set_err(err, STORE_ERR_IO, "%s (in %s): %s", what, dir ? dir : ".", git_words(errs));
	free(errs);
	return rc ? -1 : 0;
}

/* The first line git printed, or NULL when it failed. */
static char *git_line(const char *dir, ...)
{
	const char *argv[12] = { 0 };
	size_t n = 0;
	va_list ap;
	va_start(ap, dir);
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < ARRAY_SIZE(argv) - 1)
		argv[n++] = a;
	va_end(ap);
	char *out;
	int rc = git(dir, &out, NULL, argv[0], argv[1], argv[2], argv[3], argv[4], argv[5],
		     argv[6], argv[7], argv[8], argv[9], (const char *)NULL);
	if (rc) {
		free(out);
		return NULL;
	}
	char *nl = strchr(out, '\n');
	if (nl)
		*nl = '\0';
	return out;
}

static bool has_commit(const char *dir, const char *ref)
{
	char *spec = xasprintf("%s^{commit}", ref);
	char *line = git_line(dir, "rev-parse", "-q", "--verify", spec, (const char *)NULL);
	free(spec);
	free(line);
	return line != NULL;
}

/* ---- the repository on disk ---------------------------------------------------- */

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

static int mkdirs(const char *path, struct store_error *err)
{
	char *p = xstrdup(path);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			store_set_err(err, STORE_ERR_IO, "cannot make the directory %s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*q = '/';
	}
	int rc = 0;
	if (mkdir(p, 0700) < 0 && errno != EEXIST)
		rc = store_set_err(err, STORE_ERR_IO, "cannot make the directory %s: %s", p, strerror(errno));
	free(p);
	return rc;
}

/* A name of a device's directory or of a plan's file that is safe as one
 * path component. */
static bool safe_name(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 64 || s[0] == '.')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("-_.", s[i]))
			return false;
	return true;
}

/* The file name of plan id: the id itself where it is a safe name, else
 * its bytes in hex with a "x-" before them. Malloc'd. */
static char *plan_file(const char *id)
{
	if (safe_name(id) && strncmp(id, "x-", 2))
		return xasprintf("%s.json", id);
	size_t n = strlen(id);
	char *s = xmalloc(2 * n + 8);
	strcpy(s, "x-");
	for (size_t i = 0; i < n; i++)
		sprintf(s + 2 + 2 * i, "%02x", (unsigned char)id[i]);
	strcat(s, ".json");
	return s;
}

/* Takes the repository's lock (.git/stride-sync.lock), waiting up to 10 s
 * for another sync: the descriptor, or -1 with err. */
static int lock_repo(const char *dir, struct store_error *err)
{
	char *path = xasprintf("%s/.git/stride-sync.lock", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		store_set_err(err, STORE_ERR_IO, "cannot open %s: %s (is %s the sync repository? "
					"'stride sync --init' makes one)",
		     path, strerror(errno), dir);
		free(path);
		return -1;
	}
	free(path);
	for (int i = 0; flock(fd, LOCK_EX | LOCK_NB) < 0; i++) {
		if (i == 100) {
			close(fd);
			return store_set_err(err, STORE_ERR_BUSY,
				    "another 'stride sync' has been using %s for 10 s; try again "
				    "when it is done",
				    dir);
		}
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	return fd;
}

/* What a sync killed half way left behind (the lock is held: no other
 * sync runs here): a merge begun, git's index lock. */
static void recover(const char *dir)
{
	char *path = xasprintf("%s/.git/MERGE_HEAD", dir);
	if (exists(path))
		git(dir, NULL, NULL, "merge", "--abort", (const char *)NULL);
	free(path);
	path = xasprintf("%s/.git/index.lock", dir);
	unlink(path);
	free(path);
}

/* Puts what a sync killed half way left back as the last commit has it,
 * but this device's own files, which it writes again: nothing staged (a
 * sync killed between git add and git commit: a merge refuses to start
 * over staged changes), and the other devices' files as committed (a sync
 * killed while git merged: a fast-forward writes the files before the
 * index and HEAD, and leaves no MERGE_HEAD; the next merge would refuse to
 * overwrite them, changed or new and untracked). Only stride writes under
 * devices/, and never another device's files. */
static void tidy_others(const char *dir, const char *own)
{
	char *mine = xasprintf(":(exclude)devices/%s", own);
	if (has_commit(dir, "HEAD")) {
		git(dir, NULL, NULL, "reset", "-q", (const char *)NULL);
		git(dir, NULL, NULL, "checkout", "-q", "HEAD", "--", "devices", mine,
		    (const char *)NULL);
	}
	git(dir, NULL, NULL, "clean", "-fdq", "--", "devices", mine, (const char *)NULL);
	free(mine);
}

/* ---- the other devices' files ----------------------------------------------------- */

struct ev {
	cJSON *o;
	const char *clock;
	size_t dev; /* the device whose file has it */
	bool have;  /* the store has it already */
};

/* A plan file of another device: its name, and the plan id it is for. */
struct planfile {
	char *name, *id;
	size_t dev;
};

struct planent {
	const char *id;
	cJSON *o;
	size_t dev;
};

struct others {
	char **devs; /* sorted */
	size_t ndevs;
	cJSON **roots; /* everything parsed, freed at the end */
	size_t nroots, rcap;
	struct ev *evs;
	size_t nevs, ecap;
	struct planent *plans; /* the plan files read (those needed) */
	size_t nplans, pcap;
	struct planfile *files; /* every device's plan files, by name */
	size_t nfiles, fcap;
	cJSON **refl, **rates;
	size_t nrefl, rfcap, nrates, racap;
	struct strmap uids;  /* event id -> its struct ev index + 1 */
	struct strmap lines; /* the reflection and rating lines (keys kept in keys) */
	char **keys;
	size_t nkeys, kcap;
};

static void others_done(struct others *o)
{
	for (size_t i = 0; i < o->ndevs; i++)
		free(o->devs[i]);
	free(o->devs);
	for (size_t i = 0; i < o->nroots; i++)
		cJSON_Delete(o->roots[i]);
	free(o->roots);
	free(o->evs);
	free(o->plans);
	for (size_t i = 0; i < o->nfiles; i++) {
		free(o->files[i].name);
		free(o->files[i].id);
	}
	free(o->files);
	free(o->refl);
	free(o->rates);
	strmap_done(&o->uids);
	strmap_done(&o->lines);
	for (size_t i = 0; i < o->nkeys; i++)
		free(o->keys[i]);
	free(o->keys);
}

static void keep_root(struct others *o, cJSON *root)
{
	o->roots = xgrow(o->roots, &o->rcap, o->nroots + 1, sizeof(*o->roots));
	o->roots[o->nroots++] = root;
}

static void add_fault(struct gitsync_report *rep, const char *file, long line,
		      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void add_fault(struct gitsync_report *rep, const char *file, long line,
		      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *why = xvasprintf(fmt, ap);
	va_end(ap);
	rep->faults = xrealloc(rep->faults, (rep->nfaults + 1) * sizeof(*rep->faults));
	rep->faults[rep->nfaults++] = (struct gitsync_fault){ xstrdup(file), line, why };
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The line of the place a parse stopped. */
static long line_of(const char *text, const char *end)
{
	long line = 1;
	for (const char *p = text; end && p < end && *p; p++)
		line += *p == '\n';
	return line;
}

/* Reads one .jsonl file of device dev: each line that is a JSON object
 * goes to take(); the others are faults. A missing file is none. */
static void read_lines(struct others *o, size_t dev, const char *path,
		       void (*take)(struct others *o, size_t dev, cJSON *x, const char *line,
				    const char *path, long n, struct gitsync_report *rep),
		       struct gitsync_report *rep)
{
	char why[256];
	size_t len;
	if (!exists(path))
		return;
	char *text = util_read_file(path, FILE_MAX, &len, why, sizeof(why));
	if (!text) {
		add_fault(rep, path, 0, "cannot read it: %s", why);
		return;
	}
	long n = 0;
	for (char *p = text, *nl; p < text + len; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(text + len - p));
		if (!nl)
			nl = text + len;
		*nl = '\0';
		n++;
		if (!*p)
			continue;
		cJSON *x = cJSON_ParseWithLengthOpts(p, (size_t)(nl - p), NULL, false);
		if (!cJSON_IsObject(x)) {
			add_fault(rep, path, n, "not a JSON object (a line cut short, or edited by "
						"hand?); left out");
			cJSON_Delete(x);
			continue;
		}
		keep_root(o, x);
		take(o, dev, x, p, path, n, rep);
	}
	free(text);
}

static void take_event(struct others *o, size_t dev, cJSON *x, const char *line,
		       const char *path, long n, struct gitsync_report *rep)
{
	(void)line;
	if (!backup_event_ok(x)) {
		add_fault(rep, path, n, "an event that %s; left out", EVENT_FAULT);
		return;
	}
	const char *uid = cJSON_GetObjectItemCaseSensitive(x, "id")->valuestring;
	if (strmap_get(&o->uids, uid))
		return; /* in two devices' files: the same event */
	o->evs = xgrow(o->evs, &o->ecap, o->nevs + 1, sizeof(*o->evs));
	o->evs[o->nevs++] = (struct ev){ x, cJSON_GetObjectItemCaseSensitive(x, "clock")->valuestring,
					 dev, false };
	strmap_put(&o->uids, uid, (void *)(intptr_t)o->nevs);
}

static void take_line(struct others *o, cJSON ***v, size_t *nv, size_t *cap, cJSON *x,
		      const char *line, const char *path, long n, struct gitsync_report *rep)
{
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(x, "plan"))) {
		add_fault(rep, path, n, "names no plan; left out");
		return;
	}
	if (strmap_get(&o->lines, line))
		return;
	char *key = xstrdup(line);
	o->keys = xgrow(o->keys, &o->kcap, o->nkeys + 1, sizeof(*o->keys));
	o->keys[o->nkeys++] = key;
	strmap_put(&o->lines, key, key);
	*v = xgrow(*v, cap, *nv + 1, sizeof(**v));
	(*v)[(*nv)++] = x;
}

static void take_reflection(struct others *o, size_t dev, cJSON *x, const char *line,
			    const char *path, long n, struct gitsync_report *rep)
{
	(void)dev;
	if (!backup_reflection_ok(x))
		add_fault(rep, path, n, "a reflection that %s; left out", REFLECTION_FAULT);
	else
		take_line(o, &o->refl, &o->nrefl, &o->rfcap, x, line, path, n, rep);
}

static void take_rating(struct others *o, size_t dev, cJSON *x, const char *line,
			const char *path, long n, struct gitsync_report *rep)
{
	(void)dev;
	if (!backup_rating_ok(x))
		add_fault(rep, path, n, "a rating that %s; left out", RATING_FAULT);
	else
		take_line(o, &o->rates, &o->nrates, &o->racap, x, line, path, n, rep);
}

/* The plan id a plan file's name is for (plan_file's inverse), or NULL. */
static char *file_plan(const char *name)
{
	size_t l = strlen(name);
	if (l < 6 || strcmp(name + l - 5, ".json"))
		return NULL;
	l -= 5;
	if (strncmp(name, "x-", 2))
		return xasprintf("%.*s", (int)l, name);
	if (l % 2)
		return NULL;
	char *id = xmalloc(l / 2);
	for (size_t i = 2; i < l; i += 2) {
		unsigned c;
		if (!isxdigit((unsigned char)name[i]) || !isxdigit((unsigned char)name[i + 1]) ||
		    sscanf(name + i, "%2x", &c) != 1 || !c) {
			free(id);
			return NULL;
		}
		id[i / 2 - 1] = (char)c;
	}
	id[l / 2 - 1] = '\0';
	return id;
}

/* Lists device dev's plan files (read later, those needed: read_plan). */
static void list_plans(struct others *o, size_t dev, const char *pdir)
{
	DIR *d = opendir(pdir);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		char *id = e->d_name[0] == '.' ? NULL : file_plan(e->d_name);
		if (!id)
			continue;
		o->files = xgrow(o->files, &o->fcap, o->nfiles + 1, sizeof(*o->files));
		o->files[o->nfiles++] = (struct planfile){ xstrdup(e->d_name), id, dev };
	}
	if (d)
		closedir(d);
}

static int file_cmp(const void *a, const void *b)
{
	const struct planfile *x = a, *y = b;
	return x->dev != y->dev ? (x->dev < y->dev ? -1 : 1) : strcmp(x->name, y->name);
}

/* Reads a plan file of another device into o->plans. */
static void read_plan(struct others *o, const char *dir, const struct planfile *f,
		      struct gitsync_report *rep)
{
	char *path = xasprintf("%s/devices/%s/plans/%s", dir, o->devs[f->dev], f->name);
	char why[256];
	size_t len;
	char *text = util_read_file(path, FILE_MAX, &len, why, sizeof(why));
	const char *end = NULL;
	cJSON *x = text ? cJSON_ParseWithLengthOpts(text, len, &end, false) : NULL;
	const cJSON *id = cJSON_GetObjectItemCaseSensitive(x, "id");
	const char *bad = x ? backup_plan_fault(x) : NULL;
	if (!text)
		add_fault(rep, path, 0, "cannot read it: %s", why);
	else if (!x)
		add_fault(rep, path, line_of(text, end), "not valid JSON; the plan is left out");
	else if (bad)
		add_fault(rep, path, 1, "a plan that %s; left out", bad);
	if (x && !bad) {
		keep_root(o, x);
		o->plans = xgrow(o->plans, &o->pcap, o->nplans + 1, sizeof(*o->plans));
		o->plans[o->nplans++] = (struct planent){ id->valuestring, x, f->dev };
	} else {
		cJSON_Delete(x);
	}
	free(text);
	free(path);
}

/* Reads every device's files but this one's (own). */
static void read_others(const char *dir, const char *own, struct others *o,
			struct gitsync_report *rep)
{
	strmap_init(&o->uids);
	strmap_init(&o->lines);
	char *ddir = xasprintf("%s/devices", dir);
	DIR *d = opendir(ddir);
	size_t cap = 0;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (!safe_name(e->d_name) || !strcmp(e->d_name, own))
			continue;
		o->devs = xgrow(o->devs, &cap, o->ndevs + 1, sizeof(*o->devs));
		o->devs[o->ndevs++] = xstrdup(e->d_name);
	}
	if (d)
		closedir(d);
	if (o->ndevs > 1)
		qsort(o->devs, o->ndevs, sizeof(*o->devs), str_cmp);
	for (size_t i = 0; i < o->ndevs; i++) {
		char *base = xasprintf("%s/%s", ddir, o->devs[i]);
		if (is_dir(base)) {
			char *p = xasprintf("%s/plans", base);
			list_plans(o, i, p);
			free(p);
			p = xasprintf("%s/events.jsonl", base);
			read_lines(o, i, p, take_event, rep);
			free(p);
			p = xasprintf("%s/reflections.jsonl", base);
			read_lines(o, i, p, take_reflection, rep);
			free(p);
			p = xasprintf("%s/ratings.jsonl", base);
			read_lines(o, i, p, take_rating, rep);
			free(p);
		}
		free(base);
	}
	free(ddir);
	if (o->nfiles > 1)
		qsort(o->files, o->nfiles, sizeof(*o->files), file_cmp);
}

/* Clocks are decimal strings of at most 18 digits: shorter is earlier. */
static int clock_cmp(const char *a, const char *b)
{
	size_t x = strlen(a), y = strlen(b);
	return x != y ? (x < y ? -1 : 1) : strcmp(a, b);
}

static int ev_cmp(const void *a, const void *b)
{
	const struct ev *x = a, *y = b;
	int c = clock_cmp(x->clock, y->clock);
	if (c)
		return c;
	return strcmp(cJSON_GetObjectItemCaseSensitive(x->o, "device")->valuestring,
		      cJSON_GetObjectItemCaseSensitive(y->o, "device")->valuestring);
}

static const char *sfield(const cJSON *o, const char *name)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Whether the event moved its plan's dates (a move, a pause, an undo of
 * one): the plan's dates travel from the device with the latest. */
static bool moves_dates(struct store *s, const struct others *o, const cJSON *e)
{
	const char *t = sfield(e, "type");
	if (!strcmp(t, "move") || !strcmp(t, "pause"))
		return true;
	const char *u = sfield(e, "undoes");
	if (strcmp(t, "undo") || !u)
		return false;
	/* the undone event: in the others' files, or this store's own */
	intptr_t k = (intptr_t)strmap_get(&o->uids, u);
	if (k) {
		t = sfield(o->evs[k - 1].o, "type");
		return !strcmp(t, "move") || !strcmp(t, "pause");
	}
	int type;
	struct store_error err;
	return store_xevent_type(s, u, &type, &err) == 0 &&
	       (type == STORE_EV_MOVE || type == STORE_EV_PAUSE);
}

static bool plan_known(struct store *s, const struct others *o, const char *id,
		       struct store_error *err, int *failed)
{
	for (size_t i = 0; i < o->nplans; i++)
		if (!strcmp(o->plans[i].id, id))
			return true;
	struct store_plan p;
	if (store_plan_get(s, id, &p, err) == 0) {
		store_plan_done(&p);
		return true;
	}
	if (err->code != STORE_ERR_NOTFOUND)
		*failed = 1;
	return false;
}

/* Whether the store has plan slug's item key (a plan it lacks has none). */
static int has_item(struct store *s, const char *slug, const char *key, bool *has,
		    struct store_error *err)
{
	struct store_plan p;
	*has = false;
	if (store_plan_get(s, slug, &p, err) < 0)
		return err->code == STORE_ERR_NOTFOUND ? 0 : -1;
	struct store_item it;
	int rc = store_item_by_key(s, p.id, key, &it, err);
	store_plan_done(&p);
	if (rc == 0)
		store_item_done(&it);
	*has = rc == 0;
	return rc == 0 || err->code == STORE_ERR_NOTFOUND ? 0 : -1;
}

/* Marks the events the store has, and reads the plan files that the rest
 * need: a plan the store lacks, or one whose events coming in move its
 * dates, adopt, or name an item the store lacks (an entry's archived list
 * names them). A plan file read in no other case would change nothing:
 * restore takes a known plan's dates from a document only when its moves
 * are later than the store's (store_xlast_move), and they are not when
 * none comes in. */
static int need_plans(struct store *s, const char *dir, struct others *o,
		      struct gitsync_report *rep, struct store_error *err)
{
	struct strmap need;
	strmap_init(&need);
	int rc = 0;
	for (size_t i = 0; i < o->nevs && rc == 0; i++) {
		struct ev *e = &o->evs[i];
		long long row;
		if (store_xevent_id(s, sfield(e->o, "id"), &row, err) < 0) {
			rc = -1;
			break;
		}
		e->have = row != 0;
		const char *plan = sfield(e->o, "plan"), *item = sfield(e->o, "item");
		bool has = true;
		if (e->have || strmap_get(&need, plan))
			continue;
		if (item)
			rc = has_item(s, plan, item, &has, err);
		if (!has || !strcmp(sfield(e->o, "type"), "adopt") || moves_dates(s, o, e->o))
			strmap_put(&need, plan, (void *)plan);
	}
	for (size_t i = 0; i < o->nfiles && rc == 0; i++) {
		const struct planfile *f = &o->files[i];
		struct store_plan p;
		bool known = store_plan_get(s, f->id, &p, err) == 0;
		if (known)
			store_plan_done(&p);
		else if (err->code != STORE_ERR_NOTFOUND)
			rc = -1;
		if (rc == 0 && (!known || strmap_get(&need, f->id)))
			read_plan(o, dir, f, rep);
	}
	strmap_done(&need);
	return rc;
}

static void add_ref(cJSON *arr, cJSON *x)
{
	if (!cJSON_AddItemReferenceToArray(arr, x))
		util_out_of_memory();
}

/* Builds the document of the other devices' files and restores it. */
static int apply_others(struct store *s, const char *dir, struct others *o,
			struct gitsync_report *rep, struct store_error *err)
{
	size_t had = 0;
	for (size_t i = 0; i < o->nevs; i++)
		had += o->evs[i].have;
	rep->applied.events += had;
	if (had == o->nevs && !o->nplans && !o->nrefl && !o->nrates)
		return 0;
	if (o->nevs > 1)
		qsort(o->evs, o->nevs, sizeof(*o->evs), ev_cmp);
	/* the ids again, now that the events are in order */
	strmap_done(&o->uids);
	strmap_init(&o->uids);
	for (size_t i = 0; i < o->nevs; i++)
		strmap_put(&o->uids, sfield(o->evs[i].o, "id"), (void *)(intptr_t)(i + 1));

	cJSON *root = cJSON_CreateObject(), *plans = cJSON_CreateArray(),
	      *events = cJSON_CreateArray(), *refl = cJSON_CreateArray(),
	      *rates = cJSON_CreateArray();
	if (!root || !plans || !events || !refl || !rates)
		util_out_of_memory();
	cJSON_AddItemToObject(root, "stride_export", cJSON_CreateNumber(BACKUP_FORMAT));
	cJSON_AddItemToObject(root, "plans", plans);
	cJSON_AddItemToObject(root, "events", events);
	cJSON_AddItemToObject(root, "reflections", refl);
	cJSON_AddItemToObject(root, "ratings", rates);

	/* each plan once: from the device whose file has its latest move */
	int failed = 0;
	for (size_t i = 0; i < o->nplans; i++) {
		bool first = true;
		for (size_t k = 0; k < i && first; k++)
			first = strcmp(o->plans[k].id, o->plans[i].id) != 0;
		if (!first)
			continue;
		const struct planent *pick = &o->plans[i];
		const struct ev *latest = NULL;
		for (size_t k = 0; k < o->nevs; k++) {
			const char *plan = sfield(o->evs[k].o, "plan");
			if (!strcmp(plan, pick->id) && moves_dates(s, o, o->evs[k].o))
				latest = &o->evs[k];
		}
		for (size_t k = i; latest && k < o->nplans; k++)
			if (!strcmp(o->plans[k].id, pick->id) && o->plans[k].dev == latest->dev)
				pick = &o->plans[k];
		add_ref(plans, pick->o);
	}
	char *base = xasprintf("%s/devices", dir);
	for (size_t i = 0; i < o->nevs && !failed; i++) {
		cJSON *e = o->evs[i].o;
		if (o->evs[i].have)
			continue;
		const char *plan = sfield(e, "plan"), *undoes = sfield(e, "undoes");
		char *file = xasprintf("%s/%s/events.jsonl", base, o->devs[o->evs[i].dev]);
		long long have = 0;
		if (!plan_known(s, o, plan, err, &failed)) {
			if (!failed)
				add_fault(rep, file, 0, "event %s names the plan '%s', which neither "
							"this store nor any device's plans/ has; left "
							"out",
					  sfield(e, "id"), plan);
		} else if (undoes && !strmap_get(&o->uids, undoes) &&
			   store_xevent_id(s, undoes, &have, err) < 0) {
			failed = 1;
		} else if (undoes && !strmap_get(&o->uids, undoes) && !have) {
			add_fault(rep, file, 0, "event %s undoes event %s, which no device's file "
						"has; left out",
				  sfield(e, "id"), undoes);
		} else {
			add_ref(events, e);
		}
		free(file);
	}
	free(base);
	for (size_t i = 0; i < o->nrefl && !failed; i++)
		if (plan_known(s, o, sfield(o->refl[i], "plan"), err, &failed))
			add_ref(refl, o->refl[i]);
	for (size_t i = 0; i < o->nrates && !failed; i++)
		if (plan_known(s, o, sfield(o->rates[i], "plan"), err, &failed))
			add_ref(rates, o->rates[i]);
	if (failed) {
		cJSON_Delete(root);
		return -1;
	}
	char *text = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (!text)
		util_out_of_memory();
	struct backup_report br;
	char *name = xasprintf("%s/devices", dir);
	int rc = backup_restore(s, name, text, strlen(text), false, &br, err);
	cJSON_free(text);
	if (rc < 0 && err->code == STORE_ERR_INVALID) {
		/* what restore refused: the files as a whole; the rest goes on */
		add_fault(rep, name, 0, "%s; nothing of the other devices was taken in", err->msg);
		rc = 0;
	} else if (rc == 0) {
		rep->applied.events += br.events;
		rep->applied.events_added += br.events_added;
		rep->applied.plans += br.plans;
		rep->applied.plans_added += br.plans_added;
		rep->applied.reflections += br.reflections;
		rep->applied.reflections_added += br.reflections_added;
		rep->applied.ratings += br.ratings;
		rep->applied.ratings_added += br.ratings_added;
		rep->applied.items_added += br.items_added;
	}
	backup_report_done(&br);
	free(name);
	return rc;
}

/* ---- this device's files ------------------------------------------------------------ */

static char *line_of_json(const cJSON *x)
{
	char *t = cJSON_PrintUnformatted(x);
	if (!t)
		util_out_of_memory();
	char *own = xstrdup(t);
	cJSON_free(t);
	return text_json_safe(own);
}

/* Writes path with text unless it has that already; *changed says so. */
static int put_file(const char *path, const char *text, struct store_error *err)
{
	char why[512];
	size_t len, n = strlen(text);
	char *old = exists(path) ? util_read_file(path, FILE_MAX, &len, why, sizeof(why)) : NULL;
	bool same = old && len == n && !memcmp(old, text, n);
	free(old);
	if (same)
		return 0;
	if (util_write_atomic(path, text, n, true, why, sizeof(why)) < 0)
		return store_set_err(err, STORE_ERR_IO, "%s", why);
	return 0;
}

/* A value of the store's meta table, in a transaction of its own. */
static int meta_put(struct store *s, const char *key, const char *value,
		    struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	if (store_meta_set(s, key, value, err) < 0 || store_commit(s, err) < 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

/* What a file is as the file system says (its size and the time it was
 * changed, to the nanosecond; "-" when absent): a file this device wrote,
 * then changed by anyone, or gone, reads otherwise. *out malloc'd. */
static char *file_print(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return xstrdup("-");
	return xasprintf("%lld:%lld.%09ld", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
			 st.st_mtim.tv_nsec);
}

/* Writes plan id's file at path from its own export, with its text, unless
 * the plan's entry cannot have changed since it was written (its print,
 * store_xplan_print, the same) and the file is as it was written (meta
 * "sync_plan:ID": the two prints). */
static int plan_entry(struct store *s, const char *id, const char *path,
		      struct store_error *err)
{
	char *plan = NULL, *was = NULL, *key = xasprintf("sync_plan:%s", id);
	char *file = file_print(path), *print = NULL;
	int rc = store_xplan_print(s, id, &plan, err);
	if (rc == 0)
		rc = store_meta_get(s, key, &was, err);
	if (rc == 0) {
		print = xasprintf("%s %s", plan, file);
		if (was && !strcmp(was, print))
			goto out;
	}
	char *doc = NULL;
	struct backup_report br;
	if (rc == 0)
		rc = backup_export_texts(s, id, true, &doc, &br, err);
	backup_report_done(&br);
	cJSON *root = rc == 0 ? cJSON_Parse(doc) : NULL;
	free(doc);
	const cJSON *one = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "plans"), 0);
	char *t = one ? cJSON_Print(one) : NULL;
	if (rc == 0 && !t)
		util_out_of_memory();
	char *text = t ? text_json_safe(xasprintf("%s\n", t)) : NULL;
	cJSON_free(t);
	cJSON_Delete(root);
	if (rc == 0)
		rc = put_file(path, text, err);
	free(text);
	if (rc == 0) {
		free(file);
		free(print);
		file = file_print(path);
		print = xasprintf("%s %s", plan, file);
		rc = meta_put(s, key, print, err);
	}
out:
	free(print);
	free(file);
	free(was);
	free(plan);
	free(key);
	return rc;
}

/* Appends text to path (made when absent), durably. */
static int append_file(const char *path, const char *text, struct store_error *err)
{
	size_t n = strlen(text);
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	size_t done = 0;
	while (fd >= 0 && done < n) {
		ssize_t w = write(fd, text + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			break;
		done += (size_t)w;
	}
	int saved = errno;
	bool ok = fd >= 0 && done == n && fsync(fd) == 0;
	if (!ok && done == n)
		saved = errno;
	if (fd >= 0 && close(fd) < 0 && ok) {
		ok = false;
		saved = errno;
	}
	if (!ok)
		return store_set_err(err, STORE_ERR_IO, "cannot write %s: %s", path,
				     strerror(saved));
	return 0;
}

/* Writes devices/OWN/: the events this device made and those no other
 * device's file has (only those past the last written, when the file is
 * as this device left it and the store only grew since: meta
 * "sync_events", the last event row written, how many rows there were up
 * to it, the file's print), every reflection and rating no other device's
 * file has, and each plan's file (plan_entry). */
static int write_own(struct store *s, const char *dir, const char *own,
		     const struct others *o, struct store_error *err)
{
	char *base = xasprintf("%s/devices/%s", dir, own);
	char *pdir = xasprintf("%s/plans", base);
	char *evpath = xasprintf("%s/events.jsonl", base);
	char *was = NULL, *file = file_print(evpath);
	long long after = 0, count = 0, last;
	int rc = mkdirs(pdir, err);
	if (rc == 0)
		rc = store_meta_get(s, "sync_events", &was, err);
	if (rc == 0 && was) {
		long long w_after, w_count;
		int at = 0;
		if (sscanf(was, "%lld %lld %n", &w_after, &w_count, &at) == 2 && at &&
		    !strcmp(was + at, file)) {
			rc = store_xevent_rows(s, w_after, &count, &last, err);
			if (rc == 0 && count == w_count)
				after = w_after;
		}
	}
	char *doc = NULL;
	struct backup_report br = { 0 };
	if (rc == 0)
		rc = backup_export_lines(s, after, &doc, &br, err);
	cJSON *root = rc == 0 ? cJSON_Parse(doc) : NULL;
	free(doc);
	if (rc == 0 && !root)
		util_out_of_memory();
	struct buf ev = { 0 }, rf = { 0 }, rt = { 0 };
	buf_add(&ev, "", 0);
	buf_add(&rf, "", 0);
	buf_add(&rt, "", 0);
	const cJSON *x;
	cJSON_ArrayForEach(x, cJSON_GetObjectItemCaseSensitive(root, "events")) {
		const char *dev = sfield(x, "device"), *uid = sfield(x, "id");
		if (dev && uid && strcmp(dev, own) && strmap_get(&o->uids, uid))
			continue;
		char *l = line_of_json(x);
		buf_add(&ev, l, strlen(l));
		buf_add(&ev, "\n", 1);
		free(l);
	}
	if (rc == 0 && after)
		rc = ev.n ? append_file(evpath, ev.p, err) : 0;
	else if (rc == 0)
		rc = put_file(evpath, ev.p, err);
	if (rc == 0 && (after != br.last_event || !after))
		rc = store_xevent_rows(s, br.last_event, &count, &last, err);
	if (rc == 0) {
		free(file);
		file = file_print(evpath);
		char *now = xasprintf("%lld %lld %s", br.last_event, count, file);
		if (!was || strcmp(was, now))
			rc = meta_put(s, "sync_events", now, err);
		free(now);
	}
	backup_report_done(&br);
	struct { const char *list; struct buf *b; } lists[] = {
		{ "reflections", &rf }, { "ratings", &rt },
	};
	for (size_t i = 0; i < ARRAY_SIZE(lists); i++) {
		cJSON_ArrayForEach(x, cJSON_GetObjectItemCaseSensitive(root, lists[i].list)) {
			char *l = line_of_json(x);
			if (!strmap_get(&o->lines, l)) {
				buf_add(lists[i].b, l, strlen(l));
				buf_add(lists[i].b, "\n", 1);
			}
			free(l);
		}
	}
	/* the plans: each its own file; a plan the store no longer has, gone */
	struct strmap names;
	strmap_init(&names);
	char **keep = NULL;
	size_t nkeep = 0, kcap = 0;
	cJSON_ArrayForEach(x, cJSON_GetObjectItemCaseSensitive(root, "plans")) {
		if (rc < 0)
			break;
		char *name = plan_file(sfield(x, "id"));
		char *path = xasprintf("%s/%s", pdir, name);
		rc = plan_entry(s, sfield(x, "id"), path, err);
		free(path);
		keep = xgrow(keep, &kcap, nkeep + 1, sizeof(*keep));
		keep[nkeep++] = name;
		strmap_put(&names, name, name);
	}
	DIR *d = rc == 0 ? opendir(pdir) : NULL;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' || strmap_get(&names, e->d_name))
			continue;
		char *path = xasprintf("%s/%s", pdir, e->d_name);
		unlink(path);
		free(path);
	}
	if (d)
		closedir(d);
	struct { const char *file; struct buf *b; } files[] = {
		{ "reflections.jsonl", &rf }, { "ratings.jsonl", &rt },
	};
	for (size_t i = 0; i < ARRAY_SIZE(files); i++) {
		char *path = xasprintf("%s/%s", base, files[i].file);
		if (rc == 0)
			rc = put_file(path, files[i].b->p, err);
		free(path);
		free(files[i].b->p);
	}
	free(ev.p);
	for (size_t i = 0; i < nkeep; i++)
		free(keep[i]);
	free(keep);
	strmap_done(&names);
	free(file);
	free(was);
	free(evpath);
	free(pdir);
	free(base);
	cJSON_Delete(root);
	return rc;
}

/* ---- sync ------------------------------------------------------------------------------ */

char *gitsync_default_dir(struct store *s)
{
	const char *path = store_path(s);
	size_t n = strlen(path);
	if (n > 3 && !strcmp(path + n - 3, ".db"))
		n -= 3;
	return xasprintf("%.*s-sync", (int)n, path);
}

/* Whether git's refusal of a push is because the remote moved on. */
static bool push_behind(const char *errs)
{
	return strstr(errs, "[rejected]") || strstr(errs, "non-fast-forward") ||
	       strstr(errs, "fetch first") || strstr(errs, "[remote rejected]") ||
	       strstr(errs, "cannot lock ref");
}

static int sync_in(struct store *s, const char *dir, struct gitsync_report *rep,
		   struct store_error *err)
{
	char own[64];
	if (store_device(s, own, sizeof(own), err) < 0)
		return -1;
	char *branch = git_line(dir, "symbolic-ref", "-q", "--short", "HEAD", (const char *)NULL);
	if (!branch)
		return store_set_err(err, STORE_ERR_IO, "the sync repository %s is not on a branch; put it "
					       "back on one ('git -C %s switch BRANCH')",
			    dir, dir);
	rep->remote = git_line(dir, "remote", "get-url", "origin", (const char *)NULL);
	char *tracking = xasprintf("refs/remotes/origin/%s", branch);
	char *dest = xasprintf("HEAD:refs/heads/%s", branch);
	int rc = 0;
	for (int attempt = 0;; attempt++) {
		/* fetch and merge what the others pushed */
		char *errs = NULL;
		if (!rep->offline) {
			if (git(dir, NULL, &errs, "fetch", "-q", "origin", (const char *)NULL)) {
				rep->offline = xstrdup(git_words(errs));
			} else {
				rep->fetched = true;
			}
			free(errs);
		}
		if (has_commit(dir, tracking)) {
			tidy_others(dir, own);
			if (!has_commit(dir, "HEAD"))
				rc = GIT_STEP(err, "cannot take the remote's history", dir, "reset", "-q",
					      tracking);
			else
				rc = GIT_STEP(err, "cannot merge what the other machines pushed", dir,
					      "merge", "-q", "--no-edit", tracking);
			if (rc < 0) {
				recover(dir);
				break;
			}
		}
		/* the others' files in, then this device's out */
		struct others o = { 0 };
		for (size_t i = 0; i < rep->nfaults; i++) {
			free(rep->faults[i].file);
			free(rep->faults[i].why);
		}
		rep->nfaults = 0;
		read_others(dir, own, &o, rep);
		rep->devices = o.ndevs;
		long long count, maxhlc;
		rc = need_plans(s, dir, &o, rep, err);
		if (rc == 0)
			rc = apply_others(s, dir, &o, rep, err);
		if (rc == 0)
			rc = store_xevents_after(s, 0, &count, &maxhlc, err);
		/* this device's files: what changed since they were written */
		if (rc == 0)
			rc = write_own(s, dir, own, &o, err);
		others_done(&o);
		if (rc < 0)
			break;
		char *owndir = xasprintf("devices/%s", own);
		rc = GIT_STEP(err, "cannot add this device's files", dir, "add", "-A", "--", owndir);
		free(owndir);
		if (rc < 0)
			break;
		if (git(dir, NULL, NULL, "diff", "--cached", "--quiet", (const char *)NULL)) {
			char *msg = xasprintf("stride sync: device %s", own);
			rc = GIT_STEP(err, "cannot commit this device's files", dir, "commit", "-q",
				      "--no-verify", "-m", msg);
			free(msg);
			if (rc < 0)
				break;
			rep->committed = true;
		}
		char buf[32];
		snprintf(buf, sizeof(buf), "%lld", maxhlc);
		if (meta_put(s, "sync_hlc", buf, err) < 0) {
			rc = -1;
			break;
		}
		if (rep->offline)
			break;
		/* anything the remote lacks: pushed */
		bool ahead = has_commit(dir, "HEAD");
		if (ahead && has_commit(dir, tracking)) {
			char *range = xasprintf("%s..HEAD", tracking);
			char *n = git_line(dir, "rev-list", "--count", range, (const char *)NULL);
			ahead = n && strcmp(n, "0");
			free(n);
			free(range);
		}
		if (!ahead) {
			rep->pushed = true;
			break;
		}
		if (!git(dir, NULL, &errs, "push", "-q", "origin", dest, (const char *)NULL)) {
			free(errs);
			rep->pushed = true;
			break;
		}
		if (!push_behind(errs)) {
			rep->offline = xstrdup(git_words(errs));
			free(errs);
			break;
		}
		if (attempt + 1 == PUSH_TRIES) {
			rc = store_set_err(err, STORE_ERR_IO, "the remote refused the push %d times, as other "
						     "machines pushed first each time: %s; try "
						     "'stride sync' again",
				  PUSH_TRIES, git_words(errs));
			free(errs);
			break;
		}
		free(errs);
		rep->retries++;
	}
	if (rc == 0 && rep->pushed) {
		char buf[32];
		snprintf(buf, sizeof(buf), "%lld", (long long)time(NULL));
		rc = meta_put(s, "sync_last", buf, err);
	}
	free(branch);
	free(tracking);
	free(dest);
	return rc;
}

static int sync_dir(struct store *s, char **dir, struct store_error *err)
{
	if (store_meta_get(s, "sync_dir", dir, err) < 0)
		return -1;
	if (!*dir)
		return store_set_err(err, STORE_ERR_NOTFOUND, "no sync repository yet: 'stride sync --init "
						     "REPO-OR-URL' makes one");
	return 0;
}

int gitsync_run(struct store *s, struct gitsync_report *rep, struct store_error *err)
{
	if (!rep->dir && sync_dir(s, &rep->dir, err) < 0)
		return -1;
	char *gitdir = xasprintf("%s/.git", rep->dir);
	bool ok = is_dir(gitdir);
	free(gitdir);
	if (!ok)
		return store_set_err(err, STORE_ERR_IO, "the sync repository %s is not there, or not a git "
					       "repository: 'stride sync --init REPO-OR-URL' makes "
					       "it again",
			    rep->dir);
	int fd = lock_repo(rep->dir, err);
	if (fd < 0)
		return -1;
	held_lock = fd;
	recover(rep->dir);
	int rc = sync_in(s, rep->dir, rep, err);
	held_lock = -1;
	close(fd);
	return rc;
}

int gitsync_init(struct store *s, const char *remote, const char *dir,
		 struct gitsync_report *rep, struct store_error *err)
{
	char *want = dir ? xstrdup(dir) : gitsync_default_dir(s);
	/* a repository on this machine, by its full path: the clone's origin
	 * is the same from any directory */
	char real[PATH_MAX];
	const char *url = is_dir(remote) && realpath(remote, real) ? real : remote;
	char *gitdir = xasprintf("%s/.git", want);
	int rc = 0;
	if (is_dir(gitdir)) {
		char *origin = git_line(want, "remote", "get-url", "origin", (const char *)NULL);
		if (!origin || strcmp(origin, url))
			rc = store_set_err(err, STORE_ERR_INVALID,
				  "%s is a git repository already, a clone of %s, not of %s: give "
				  "another --dir, or take it away",
				  want, origin ? origin : "nothing (it has no origin)", url);
		free(origin);
	} else {
		DIR *d = opendir(want);
		struct dirent *e;
		bool empty = true;
		while (d && (e = readdir(d)))
			empty = empty && (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."));
		if (d)
			closedir(d);
		if (!empty) {
			rc = store_set_err(err, STORE_ERR_INVALID,
				  "%s is there and is not empty: give another --dir, or take it "
				  "away",
				  want);
		} else {
			char *errs;
			if (git(NULL, NULL, &errs, "clone", "-q", "--", url, want,
				(const char *)NULL)) {
				rc = store_set_err(err, STORE_ERR_IO, "cannot clone %s into %s: %s", url, want,
					  git_words(errs));
			} else {
				rep->cloned = true;
			}
			free(errs);
		}
	}
	free(gitdir);
	/* the remote's HEAD names a branch it lacks (the first machine
	 * pushed another): take the branch it has */
	if (rc == 0 && !has_commit(want, "HEAD")) {
		char *first = git_line(want, "for-each-ref", "--format=%(refname:lstrip=3)",
				       "refs/remotes/origin/", (const char *)NULL);
		if (first && *first && strcmp(first, "HEAD"))
			rc = GIT_STEP(err, "cannot check out the remote's branch", want, "checkout",
				      "-q", first);
		free(first);
	}
	if (rc == 0 && realpath(want, real)) {
		rep->dir = xstrdup(real);
		rc = meta_put(s, "sync_dir", real, err);
	} else if (rc == 0) {
		rc = store_set_err(err, STORE_ERR_IO, "cannot find %s again: %s", want, strerror(errno));
	}
	free(want);
	if (rc == 0)
		rc = gitsync_run(s, rep, err);
	return rc;
}

int gitsync_status(struct store *s, struct gitsync_status *st, struct store_error *err)
{
	*st = (struct gitsync_status){ .unpushed = -1 };
	char *v = NULL, *h = NULL;
	if (store_meta_get(s, "sync_dir", &st->dir, err) < 0 ||
	    store_meta_get(s, "sync_last", &v, err) < 0 ||
	    store_meta_get(s, "sync_hlc", &h, err) < 0)
		goto fail;
	st->last = v ? strtoll(v, NULL, 10) : 0;
	long long max;
	if (store_xevents_after(s, h ? strtoll(h, NULL, 10) : 0, &st->waiting, &max, err) < 0)
		goto fail;
	free(v);
	free(h);
	if (!st->dir)
		return 0;
	st->remote = git_line(st->dir, "remote", "get-url", "origin", (const char *)NULL);
	char *branch = git_line(st->dir, "symbolic-ref", "-q", "--short", "HEAD",
				(const char *)NULL);
	if (branch && has_commit(st->dir, "HEAD")) {
		char *tracking = xasprintf("refs/remotes/origin/%s", branch);
		char *range = has_commit(st->dir, tracking) ? xasprintf("%s..HEAD", tracking)
							      : xstrdup("HEAD");
		char *n = git_line(st->dir, "rev-list", "--count", range, (const char *)NULL);
		if (n)
			st->unpushed = strtol(n, NULL, 10);
		free(n);
		free(range);
		free(tracking);
	} else if (branch) {
		st->unpushed = 0;
	}
	free(branch);
	return 0;
fail:
	free(v);
	free(h);
	gitsync_status_done(st);
	return -1;
}

int gitsync_unsynced(struct store *s, long long *n, struct store_error *err)
{
	char *dir = NULL, *h = NULL;
	long long max;
	*n = -1;
	int rc = store_meta_get(s, "sync_dir", &dir, err) < 0 ||
			 store_meta_get(s, "sync_hlc", &h, err) < 0
		 ? -1
		 : 0;
	if (rc == 0 && dir)
		rc = store_xevents_after(s, h ? strtoll(h, NULL, 10) : 0, n, &max, err);
	free(dir);
	free(h);
	return rc;
}
