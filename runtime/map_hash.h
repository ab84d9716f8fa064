/*
 * map_hash.h: hashing and key equality by type descriptor (map_hash.c),
 * for the hash table in map.c.  The word-level primitives (mum, rd8,
 * str_eq, hash_u64) are inline so that map.c's fast paths for integer and
 * string keys inline them.  gort.h "maps (map.c)" is the ABI generated
 * code uses.
 */
#ifndef GOFRONT_MAP_HASH_H
#define GOFRONT_MAP_HASH_H

#include "rt.h"

#include <string.h>

#define P0 0xa0761d6478bd642full
#define P1 0xe7037ed1a0b428dbull
#define P2 0x8ebc6af09c88c6e3ull
#define P3 0x589965cc75374cc3ull

static inline uint64_t mum(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rd8(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}
static inline uint64_t rd4(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* Equal strings of n bytes: short ones by (overlapping) word loads. */
static inline bool str_eq(const uint8_t *a, const uint8_t *b, int64_t n)
{
	if (a == b)
		return true;
	if (n >= 8) {
		if (n <= 16)
			return rd8(a) == rd8(b) && rd8(a + n - 8) == rd8(b + n - 8);
		return memcmp(a, b, (size_t)n) == 0;
	}
	if (n >= 4)
		return rd4(a) == rd4(b) && rd4(a + n - 4) == rd4(b + n - 4);
	for (int64_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* A 64-bit value: two multiply-folds, as wyhash finishes an 8-byte input.
 * (One multiply by a constant leaves the low bits, which pick the bucket,
 * too regular for consecutive integers.) */
static inline uint64_t hash_u64(uint64_t v, uint64_t seed)
{
	return mum(P1 ^ 8, mum(v ^ P1, (v << 32 | v >> 32) ^ seed ^ P0));
}

uint32_t rt_map_rand(void);                                        /* xorshift, clock-seeded */
uint64_t rt_hash_mem(const uint8_t *p, uint64_t n, uint64_t seed); /* n bytes */
/* Hash / compare a value of type t by its descriptor: floats +0 == -0 and NaN
 * hashed randomly; interfaces by dynamic value (an uncomparable dynamic
 * type panics "hash of unhashable type T"); structs field by field (blank
 * fields skipped), arrays element by element. */
uint64_t rt_hash_value(const GoType *t, const void *p, uint64_t seed);
bool rt_equal_value(const GoType *t, const void *a, const void *b);
bool rt_map_plain_memory(const GoType *t); /* equality is byte equality of an integer/pointer */
bool rt_map_reflexive(const GoType *t);    /* k == k for every value (no floats, interfaces) */

#endif
