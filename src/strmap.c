#include "stride/strmap.h"
#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

/* FNV-1a: no finishing step, so that a hash can be taken further. */
#define STRMAP_FNV_BASIS ((size_t)14695981039346656037ull)
#define STRMAP_FNV_PRIME ((size_t)1099511628211ull)

size_t strmap_hash(const char *s)
{
	size_t h = STRMAP_FNV_BASIS;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= STRMAP_FNV_PRIME;
	}
	return h;
}

size_t strmap_hash_more(size_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= STRMAP_FNV_PRIME;
	}
	return h;
}

void strmap_init(struct strmap *m)
{
	*m = (struct strmap){ 0 };
}

void strmap_done(struct strmap *m)
{
	free(m->slots);
	*m = (struct strmap){ 0 };
}

static struct strmap_slot *strmap_find(const struct strmap *m, const char *key,
				       size_t h)
{
	size_t mask = m->cap - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct strmap_slot *s = &m->slots[i];
		if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
			return s;
	}
}

void *strmap_get_hashed(const struct strmap *m, const char *key, size_t h)
{
	if (!m->cap)
		return NULL;
	struct strmap_slot *s = strmap_find(m, key, h);
	return s->key ? s->value : NULL;
}

void *strmap_get(const struct strmap *m, const char *key)
{
	return m->cap ? strmap_get_hashed(m, key, strmap_hash(key)) : NULL;
}

static void strmap_resize(struct strmap *m, size_t cap)
{
	struct strmap old = *m;
	m->cap = cap;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*strmap_find(m, old.slots[i].key, old.slots[i].hash) =
				old.slots[i];
	free(old.slots);
}

void strmap_reserve(struct strmap *m, size_t n)
{
	size_t cap = m->cap ? m->cap : 16;
	while (n * 4 > cap * 3)
		cap *= 2;
	if (cap != m->cap)
		strmap_resize(m, cap);
}

void *strmap_put(struct strmap *m, const char *key, void *value)
{
	return strmap_put_hashed(m, key, strmap_hash(key), value);
}

void *strmap_put_hashed(struct strmap *m, const char *key, size_t h,
			void *value)
{
	if ((m->n + 1) * 4 > m->cap * 3)
		strmap_resize(m, m->cap ? m->cap * 2 : 16);
	struct strmap_slot *s = strmap_find(m, key, h);
	if (s->key)
		return s->value;
	*s = (struct strmap_slot){ key, value, h };
	m->n++;
	return NULL;
}
