/*
 * util: allocation that cannot fail, and the one handler that runs when it
 * does.
 *
 * xmalloc() and friends never return NULL: on exhaustion they call the
 * out-of-memory hook (the TUI sets one that restores the terminal), print
 * "stride: out of memory" and abort. Memory from them is freed with free().
 */
#ifndef STRIDE_UTIL_H
#define STRIDE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Grows an array of n elements of size elsize, to at least need elements. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elsize);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* The first n bytes of s without the white space around them; NULL when
 * nothing else is there. */
char *xstrtrim(const char *s, size_t n);
/* A malloc'd string formatted like printf. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Runs the hook, says "stride: out of memory" and aborts. */
_Noreturn void util_out_of_memory(void);

/* Called before aborting on allocation failure; set by whoever owns the
 * terminal. */
void util_set_oom_hook(void (*hook)(void));

/* Writes all len bytes of buf to fd, again after EINTR and short writes;
 * false (errno set) when a write fails. */
bool util_write_all(int fd, const char *buf, size_t len);

/* The file at path ("-": standard input) whole, NUL-terminated, at most
 * max bytes and one more (so that a larger file is known to be larger).
 * NULL with why (whylen bytes) set when it cannot be read. */
char *util_read_file(const char *path, size_t max, size_t *len, char *why, size_t whylen);

/*
 * Writes text to path at once: a temporary file beside it, flushed to
 * disk, then renamed into place (so that path holds the old text or the
 * new, never a part). Without force an existing path is left alone and
 * that is an error. Returns 0, or -1 with why set.
 */
int util_write_atomic(const char *path, const char *text, size_t len, bool force, char *why,
		      size_t whylen);

/* For a short command that frees big blocks and then allocates as much
 * again (an import: the loader's scratch tree, then the sync's nodes):
 * freed memory stays with the process for reuse, where the C library
 * would give it back to the kernel and take it again page by page. A
 * no-op where the C library has no such knobs. */
void util_keep_freed_memory(void);

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
