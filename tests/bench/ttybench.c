/*
 * ttybench: times a full-screen program in a pseudo-terminal.
 *
 *   ttybench [-x COLS] [-y ROWS] [-w MARKER] [-k KEYS] [-q QUIT] -- CMD ARGS...
 *
 * Starts CMD in a pty of COLSxROWS (default 200x60), and prints, as
 * "name value" lines:
 *   first_frame_ms  from the fork to the first output holding MARKER
 *                   (default "streak", which the status bar draws)
 *   keys            how many keys were sent (each of KEYS, one at a time,
 *                   each once the screen had gone quiet)
 *   bytes_per_key   the mean bytes the program wrote for a key
 *   max_bytes_key   the most it wrote for one key
 *   first_key_ms    from sending the first key to the last byte of what
 *                   it drew for it (a view switch, when the key is one)
 *   max_key_ms      the longest such time of any key
 *   cpu_ms          user + system CPU of the child, whole run
 *   maxrss_kb       its peak resident memory
 * then sends QUIT (default "q") and waits for the child. Exit 1 when the
 * marker never shows or the child fails.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Reads what the child writes: waits up to timeout_ms for its first byte,
 * then until it has been quiet for quiet_ms; returns the bytes read. When
 * marker is given, stops as soon as the output so far holds it and sets
 * *seen. */
static double last_byte; /* when drain() last read something */

static size_t drain(int fd, int quiet_ms, int timeout_ms, const char *marker,
		    double *seen)
{
	static char window[1 << 16];
	static size_t wlen;
	size_t total = 0;
	double start = now_ms();
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		int left = timeout_ms - (int)(now_ms() - start);
		if (left <= 0)
			break;
		int wait = total && quiet_ms < left ? quiet_ms : left;
		int r = poll(&p, 1, wait);
		if (r <= 0)
			break;
		char buf[8192];
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n <= 0)
			break;
		total += (size_t)n;
		last_byte = now_ms();
		if (marker && seen && *seen < 0) {
			/* keep the tail of the output to look for the marker */
			if (wlen + (size_t)n >= sizeof(window)) {
				size_t keep = sizeof(window) / 2;
				memmove(window, window + wlen - keep, keep);
				wlen = keep;
			}
			if ((size_t)n < sizeof(window) - wlen) {
				memcpy(window + wlen, buf, (size_t)n);
				wlen += (size_t)n;
			}
			window[wlen] = '\0';
			if (memmem(window, wlen, marker, strlen(marker))) {
				*seen = now_ms();
				return total;
			}
		}
	}
	return total;
}

int main(int argc, char **argv)
{
	int cols = 200, rows = 60;
	const char *marker = "streak", *keys = "", *quit = "q";
	int opt;
	while ((opt = getopt(argc, argv, "x:y:w:k:q:")) != -1) {
		switch (opt) {
		case 'x': cols = atoi(optarg); break;
		case 'y': rows = atoi(optarg); break;
		case 'w': marker = optarg; break;
		case 'k': keys = optarg; break;
		case 'q': quit = optarg; break;
		default:
			fprintf(stderr, "usage: ttybench [-x COLS] [-y ROWS] [-w MARKER] "
					"[-k KEYS] [-q QUIT] -- CMD ARGS...\n");
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "ttybench: no command\n");
		return 2;
	}
	struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };
	int fd;
	double t0 = now_ms();
	pid_t pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0) {
		perror("ttybench: forkpty");
		return 1;
	}
	if (pid == 0) {
		execvp(argv[optind], argv + optind);
		perror("ttybench: exec");
		_exit(127);
	}
	double seen = -1;
	drain(fd, 5000, 10000, marker, &seen);
	if (seen < 0) {
		fprintf(stderr, "ttybench: '%s' never showed\n", marker);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return 1;
	}
	/* let the first frame finish */
	drain(fd, 50, 50, NULL, NULL);

	size_t nkeys = strlen(keys), sum = 0, most = 0;
	double first_key = 0, max_key = 0;
	for (size_t i = 0; i < nkeys; i++) {
		double sent = now_ms();
		if (write(fd, &keys[i], 1) != 1)
			break;
		last_byte = sent;
		size_t n = drain(fd, 30, 2000, NULL, NULL);
		double took = last_byte - sent;
		if (i == 0)
			first_key = took;
		if (took > max_key)
			max_key = took;
		sum += n;
		if (n > most)
			most = n;
	}
	if (write(fd, quit, strlen(quit)) < 0)
		perror("ttybench: write");
	drain(fd, 200, 3000, NULL, NULL);
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("ttybench: wait4");
		return 1;
	}
	printf("first_frame_ms %.1f\n", seen - t0);
	printf("keys %zu\n", nkeys);
	printf("bytes_per_key %.0f\n", nkeys ? (double)sum / (double)nkeys : 0.0);
	printf("max_bytes_key %zu\n", most);
	printf("first_key_ms %.2f\n", first_key);
	printf("max_key_ms %.2f\n", max_key);
	printf("cpu_ms %.1f\n", ru.ru_utime.tv_sec * 1e3 + ru.ru_utime.tv_usec / 1e3 +
				     ru.ru_stime.tv_sec * 1e3 + ru.ru_stime.tv_usec / 1e3);
	printf("maxrss_kb %ld\n", ru.ru_maxrss);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
