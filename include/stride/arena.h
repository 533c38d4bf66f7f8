/*
 * arena: a bump allocator. Everything allocated from one arena is released
 * by one arena_free(); nothing in it is freed on its own.
 *
 * The loaded plan lives in an arena (see plan.h), so that the loader can
 * build it with many small allocations and the caller frees it at once.
 */
#ifndef STRIDE_ARENA_H
#define STRIDE_ARENA_H

#include <stddef.h>

struct arena;

/* A new, empty arena. Never NULL (allocation failure aborts). */
struct arena *arena_new(void);
/* Releases the arena and everything allocated from it. NULL is a no-op. */
void arena_free(struct arena *a);

/* size bytes, aligned for any type, zero-filled. */
void *arena_alloc(struct arena *a, size_t size);
/* n elements of size each, zero-filled; aborts on overflow. */
void *arena_array(struct arena *a, size_t n, size_t size);
/* A NUL-terminated copy of the n bytes at s. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* A copy of the n bytes at p. */
void *arena_memdup(struct arena *a, const void *p, size_t n);
/* A string formatted like printf. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Bytes handed out so far and bytes reserved from the system. */
size_t arena_used(const struct arena *a);
size_t arena_reserved(const struct arena *a);

#endif
