/*
 * runstat: runs commands several times and reports their wall time and
 * peak memory.
 *
 *   runstat [-n RUNS] [-w WARMUP] [-s K:SETUP]... -- CMD [ARG...]
 *           [-- CMD [ARG...]]...
 *
 * Each command is started with fork and execvp (no shell), its standard
 * input read from /dev/null and its output thrown away into /dev/null.
 * With several commands (separated by "--", so no command can take "--"
 * as an argument) the runs are interleaved, A B A B ..., so that a drift
 * in the machine's speed touches all of them alike. WARMUP rounds (default
 * 1) are run first and not counted: they fill the page cache.
 *
 * -s K:SETUP runs the shell command SETUP (/bin/sh -c, standard input and
 * output on /dev/null, standard error kept) before every run of the K-th
 * command, warm-up runs included, outside the timed span: e.g. removing
 * the store a timed `import` is to fill afresh. A setup that fails stops
 * everything (exit 2). One -s a command at most.
 *
 * For each command one line on stdout, key=value pairs:
 *
 *   cmd=1 runs=7 median_ms=85.210 min_ms=84.902 max_ms=87.113
 *   cpu_ms=84.100 maxrss_mib=41.6 status=ok
 *
 * Wall time is measured from fork to the end of wait4 (CLOCK_MONOTONIC);
 * cpu_ms is the median of user + system time as wait4 reports it (less
 * disturbed than wall time by other work on a busy machine); maxrss_mib is the largest ru_maxrss that wait4 reports for one run, in
 * MiB. status is ok, exit=N (the first non-zero exit status seen) or
 * signal=N (a run was killed by signal N).
 *
 * Exit status: 0 every run of every command exited 0; 1 some run exited
 * non-zero; 3 some run was killed by a signal (a crash); 2 usage error or
 * a command that cannot be started.
 */
#define _DEFAULT_SOURCE /* wait4 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct cmd {
	char **argv;	    /* NULL-terminated, inside main's argv */
	double *ms;	    /* wall time of each counted run */
	double *cpu_ms;	    /* user + system time of each counted run */
	long maxrss_kib;    /* the largest ru_maxrss of any run */
	const char *setup;  /* shell command run before each run, or NULL */
	int exit_status;    /* the first non-zero exit status, else 0 */
	int term_signal;    /* the first signal that killed a run, else 0 */
};

static void usage(void)
{
	fprintf(stderr,
		"usage: runstat [-n RUNS] [-w WARMUP] [-s K:SETUP]... -- "
		"CMD [ARG...] [-- CMD [ARG...]]...\n");
	exit(2);
}

static int parse_count(const char *s, int min)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > 100000)
		usage();
	return (int)v;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double tv_ms(struct timeval tv)
{
	return (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
}

/*
 * Runs the shell command setup, untimed, and waits for it. Returns 0 when
 * it exits 0, else -1 (the reason is on stderr).
 */
static int run_setup(const char *setup)
{
	pid_t pid = fork();
	if (pid < 0) {
		perror("runstat: fork");
		return -1;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0)
			_exit(127);
		execl("/bin/sh", "sh", "-c", setup, (char *)NULL);
		_exit(127);
	}
	int status;
	pid_t w;
	do
		w = waitpid(pid, &status, 0);
	while (w < 0 && errno == EINTR);
	if (w < 0) {
		perror("runstat: waitpid");
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "runstat: setup failed (%s %d): %s\n",
			WIFEXITED(status) ? "exit" : "signal",
			WIFEXITED(status) ? WEXITSTATUS(status) :
					    WTERMSIG(status),
			setup);
		return -1;
	}
	return 0;
}

/*
 * Runs c once. Returns its wall time in ms, stores its CPU time in *cpu
 * and records its memory and status in c; returns a negative number when
 * it cannot be started (the reason is on stderr).
 */
static double run_once(struct cmd *c, double *cpu)
{
	int errpipe[2]; /* the child's exec error, if any */
	if (pipe(errpipe) < 0 || fcntl(errpipe[1], F_SETFD, FD_CLOEXEC) < 0) {
		perror("runstat: pipe");
		return -1;
	}
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		perror("runstat: fork");
		return -1;
	}
	if (pid == 0) {
		close(errpipe[0]);
		int null = open("/dev/null", O_RDWR);
		if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 ||
		    dup2(null, 2) < 0) {
			int e = errno;
			(void)!write(errpipe[1], &e, sizeof(e));
			_exit(127);
		}
		execvp(c->argv[0], c->argv);
		int e = errno;
		(void)!write(errpipe[1], &e, sizeof(e));
		_exit(127);
	}
	close(errpipe[1]);
	int exec_errno = 0;
	ssize_t got;
	do
		got = read(errpipe[0], &exec_errno, sizeof(exec_errno));
	while (got < 0 && errno == EINTR);
	close(errpipe[0]);

	int status;
	struct rusage ru;
	pid_t w;
	do
		w = wait4(pid, &status, 0, &ru);
	while (w < 0 && errno == EINTR);
	double t1 = now_ms();
	if (w < 0) {
		perror("runstat: wait4");
		return -1;
	}
	if (got == (ssize_t)sizeof(exec_errno)) {
		fprintf(stderr, "runstat: cannot run %s: %s\n", c->argv[0],
			strerror(exec_errno));
		return -1;
	}
	*cpu = tv_ms(ru.ru_utime) + tv_ms(ru.ru_stime);
	if (ru.ru_maxrss > c->maxrss_kib)
		c->maxrss_kib = ru.ru_maxrss;
	if (WIFSIGNALED(status) && !c->term_signal)
		c->term_signal = WTERMSIG(status);
	else if (WIFEXITED(status) && WEXITSTATUS(status) && !c->exit_status)
		c->exit_status = WEXITSTATUS(status);
	return t1 - t0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Sorts v (n > 0 items) and returns its median. */
static double median_of(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
	int runs = 7, warmup = 1;
	int i = 1;
	const char **setups = calloc((size_t)argc, sizeof(*setups));
	if (!setups) {
		perror("runstat");
		return 2;
	}
	for (; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc) {
			runs = parse_count(argv[++i], 1);
		} else if (!strcmp(argv[i], "-w") && i + 1 < argc) {
			warmup = parse_count(argv[++i], 0);
		} else if (!strcmp(argv[i], "-s") && i + 1 < argc) {
			char *colon = strchr(argv[++i], ':');
			if (!colon || !colon[1])
				usage();
			*colon = '\0';
			int k = parse_count(argv[i], 1);
			if (k >= argc || setups[k])
				usage();
			setups[k] = colon + 1;
		} else {
			usage();
		}
	}
	if (i >= argc - 1)
		usage();

	/* split what follows into commands at each "--" */
	struct cmd *cmds = calloc((size_t)argc, sizeof(*cmds));
	if (!cmds) {
		perror("runstat");
		return 2;
	}
	size_t ncmds = 0;
	while (i < argc) {
		argv[i++] = NULL; /* the "--": ends the previous command */
		if (i == argc || !strcmp(argv[i], "--"))
			usage(); /* an empty command */
		struct cmd *c = &cmds[ncmds++];
		c->argv = &argv[i];
		c->setup = setups[ncmds];
		c->ms = calloc((size_t)runs, sizeof(*c->ms));
		c->cpu_ms = calloc((size_t)runs, sizeof(*c->cpu_ms));
		if (!c->ms || !c->cpu_ms) {
			perror("runstat");
			return 2;
		}
		while (i < argc && strcmp(argv[i], "--"))
			i++;
	}
	for (int k = (int)ncmds + 1; k < argc; k++)
		if (setups[k])
			usage(); /* a setup for a command that is not there */

	for (int r = -warmup; r < runs; r++) {
		for (size_t k = 0; k < ncmds; k++) {
			double cpu;
			if (cmds[k].setup && run_setup(cmds[k].setup) < 0)
				return 2;
			double ms = run_once(&cmds[k], &cpu);
			if (ms < 0)
				return 2;
			if (r >= 0) {
				cmds[k].ms[r] = ms;
				cmds[k].cpu_ms[r] = cpu;
			}
		}
	}

	int worst = 0;
	for (size_t k = 0; k < ncmds; k++) {
		struct cmd *c = &cmds[k];
		double median = median_of(c->ms, runs);
		printf("cmd=%zu runs=%d median_ms=%.3f min_ms=%.3f max_ms=%.3f "
		       "cpu_ms=%.3f maxrss_mib=%.1f status=",
		       k + 1, runs, median, c->ms[0], c->ms[runs - 1],
		       median_of(c->cpu_ms, runs),
		       (double)c->maxrss_kib / 1024.0);
		if (c->term_signal) {
			printf("signal=%d\n", c->term_signal);
			worst = 3;
		} else if (c->exit_status) {
			printf("exit=%d\n", c->exit_status);
			if (worst < 1)
				worst = 1;
		} else {
			printf("ok\n");
		}
		free(c->ms);
		free(c->cpu_ms);
	}
	free(cmds);
	free(setups);
	if (fflush(stdout) != 0) {
		perror("runstat: cannot write the results");
		return 2;
	}
	return worst;
}
