/*
 * hash: a fast 64-bit hash of bytes, to tell whether a plan file's content
 * changed. Not for security.
 */
#ifndef STRIDE_HASH_H
#define STRIDE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* Hex digits of a hash and a NUL. */
#define HASH_HEX_LEN 17

uint64_t hash_bytes(const void *p, size_t n);

/* The same in pieces: h = HASH_SEED, then hash_update() for each piece
 * (its length counts, so "ab","c" differs from "a","bc"), then
 * hash_final(). */
#define HASH_SEED 0x9e3779b97f4a7c15ull
uint64_t hash_update(uint64_t h, const void *p, size_t n);
uint64_t hash_final(uint64_t h);
/* Writes the 16 hex digits of h into buf (HASH_HEX_LEN bytes); returns buf. */
char *hash_hex(uint64_t h, char *buf);

#endif
