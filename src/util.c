#include "stride/util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void (*oom_hook)(void);

void util_set_oom_hook(void (*hook)(void))
{
	oom_hook = hook;
}

_Noreturn void util_out_of_memory(void)
{
	if (oom_hook)
		oom_hook();
	fputs("stride: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		util_out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		util_out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		util_out_of_memory();
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elsize)
{
	if (need <= *cap)
		return p;
	size_t n = *cap ? *cap : 8;
	while (n < need) {
		if (n > (size_t)-1 / 2 / elsize)
			util_out_of_memory();
		n *= 2;
	}
	*cap = n;
	return xrealloc(p, n * elsize);
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrtrim(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n ? xstrndup(s, n) : NULL;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		util_out_of_memory();
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void util_keep_freed_memory(void)
{
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
	/* blocks up to 32 MiB from the heap, not from mmap (a freed mmap
	 * goes straight back); the heap's top trimmed only past 256 MiB */
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

bool util_write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t w = write(fd, buf, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return false;
		}
		buf += w;
		len -= (size_t)w;
	}
	return true;
}

char *util_read_file(const char *path, size_t max, size_t *len, char *why, size_t whylen)
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
	size_t cap = 0, n = 0, limit = max + 1;
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

int util_write_atomic(const char *path, const char *text, size_t len,
			bool force, char *why, size_t whylen)
{
	char *copy = xstrdup(path);
	char *tmp = xasprintf("%s/.stride.XXXXXX", dirname(copy));
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
