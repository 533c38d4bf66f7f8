/*
 * Eight bytes at a time, each word multiplied into the state and the state
 * rotated and multiplied again; the length and a splitmix64 finalizer
 * close it. Fast (a few GB/s) and well spread for change detection.
 */
#include "stride/hash.h"

#include <stdio.h>
#include <string.h>

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static uint64_t mix(uint64_t h, uint64_t w)
{
	h ^= w * 0xbf58476d1ce4e5b9ull;
	return rotl(h, 31) * 0x94d049bb133111ebull;
}

uint64_t hash_update(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t len = n;
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = mix(h, w);
		s += 8;
		n -= 8;
	}
	uint64_t w = 0;
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)s[i] << (8 * i);
	return mix(h, w ^ ((uint64_t)len << 56));
}

uint64_t hash_final(uint64_t h)
{
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebull;
	return h ^ (h >> 31);
}

uint64_t hash_bytes(const void *p, size_t n)
{
	return hash_final(hash_update(HASH_SEED, p, n));
}

char *hash_hex(uint64_t h, char *buf)
{
	snprintf(buf, HASH_HEX_LEN, "%016llx", (unsigned long long)h);
	return buf;
}
