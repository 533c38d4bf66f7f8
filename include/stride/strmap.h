/*
 * strmap: a hash map from strings to pointers (open addressing, linear
 * probing, FNV-1a).
 *
 * The map does not own its keys or values: a key must outlive the map (keys
 * of the loader's maps live in the plan's arena). strmap_done() frees only
 * the table.
 */
#ifndef STRIDE_STRMAP_H
#define STRIDE_STRMAP_H

#include <stddef.h>

struct strmap_slot {
	const char *key;
	void *value;
	size_t hash;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap, n; /* cap is 0 or a power of two */
};

void strmap_init(struct strmap *m);
void strmap_done(struct strmap *m);

/* Makes room for n keys in all, so that adding them does not rehash. */
void strmap_reserve(struct strmap *m, size_t n);

/* The value stored under key, or NULL. */
void *strmap_get(const struct strmap *m, const char *key);

/* Stores value (not NULL) under key unless the key is there already. Returns NULL when
 * it stored, else the value already there (and leaves it). */
void *strmap_put(struct strmap *m, const char *key, void *value);

/*
 * The hash of a key, and the same hash taken further: strmap_hash_more(
 * strmap_hash(a), b, strlen(b)) is the hash of a followed by b. A caller
 * that builds keys from a prefix it has hashed already (a path, say) hashes
 * only what it adds, and passes the hash to the _hashed calls.
 */
size_t strmap_hash(const char *key);
size_t strmap_hash_more(size_t h, const char *s, size_t n);

/* strmap_get and strmap_put for a key whose strmap_hash() is h. */
void *strmap_get_hashed(const struct strmap *m, const char *key, size_t h);
void *strmap_put_hashed(struct strmap *m, const char *key, size_t h,
			void *value);

#endif
