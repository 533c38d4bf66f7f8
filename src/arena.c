/*
 * Chunks are malloc'd and chained; an allocation that does not fit the
 * current chunk opens a new one (twice as large as the last, up to 1 MiB,
 * or exactly its size when larger than that). The unused tail of a full
 * chunk is abandoned: the arena trades that slack for speed.
 */
#include "stride/arena.h"
#include "stride/util.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_FIRST (4u * 1024)
#define ARENA_MAX_CHUNK (1024u * 1024)

struct chunk {
	struct chunk *prev;
	size_t size, used;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct chunk *top;
	size_t next_size;
	size_t used, reserved;
};

struct arena *arena_new(void)
{
	struct arena *a = xcalloc(1, sizeof(*a));
	a->next_size = ARENA_FIRST;
	return a;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	struct chunk *c = a->top;
	while (c) {
		struct chunk *prev = c->prev;
		free(c);
		c = prev;
	}
	free(a);
}

static struct chunk *arena_grow(struct arena *a, size_t need)
{
	size_t size = a->next_size;
	if (size < need)
		size = need;
	struct chunk *c = xmalloc(sizeof(*c) + size);
	c->prev = a->top;
	c->size = size;
	c->used = 0;
	a->top = c;
	a->reserved += size;
	if (a->next_size < ARENA_MAX_CHUNK)
		a->next_size *= 2;
	return c;
}

void *arena_alloc(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	if (size == 0)
		size = 1;
	struct chunk *c = a->top;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || at > c->size || c->size - at < size) {
		c = arena_grow(a, size);
		at = 0;
	}
	void *p = c->data + at;
	c->used = at + size;
	a->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_array(struct arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		abort();
	return arena_alloc(a, n * size);
}

/* Strings need no alignment: they are packed byte by byte, and the next
 * aligned allocation rounds up. */
char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	struct chunk *c = a->top;
	if (!c || c->size - c->used < n + 1)
		c = arena_grow(a, n + 1);
	char *p = (char *)c->data + c->used;
	c->used += n + 1;
	a->used += n + 1;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void *arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *q = arena_alloc(a, n);
	if (n)
		memcpy(q, p, n);
	return q;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *tmp = xvasprintf(fmt, ap);
	va_end(ap);
	char *p = arena_strdup(a, tmp);
	free(tmp);
	return p;
}

size_t arena_used(const struct arena *a)
{
	return a->used;
}

size_t arena_reserved(const struct arena *a)
{
	return a->reserved;
}
