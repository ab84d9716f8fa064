/*
 * map_hash.c: hashing and equality of map keys by type descriptor, and the
 * maps' random numbers (seeds, iteration starts, NaN hashes).
 *
 * Strings and byte runs use a wyhash-style function (rt_hash_mem): 16 bytes
 * per 64x64->128-bit multiply whose halves are folded by xor, short inputs
 * read as two overlapping words.  Integers and pointers use one such
 * multiply (hash_u64 in map_hash.h).  Composite keys are hashed part by part,
 * each part's hash seeding the next, so that equal values (by Go's ==) hash
 * alike: floats map -0 to +0, NaN gets a fresh random hash every time (a
 * NaN key can be inserted repeatedly and is never found), interfaces hash
 * their dynamic value, struct padding and blank fields are skipped.
 */
#include "map_hash.h"

#include <stdio.h>
#include <time.h>

/* ---- randomness ---- */

static uint64_t rng;

uint32_t rt_map_rand(void)
{
	if (rng == 0) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		rng = ((uint64_t)ts.tv_nsec ^ (uint64_t)(uintptr_t)&ts) * 0x9E3779B97F4A7C15ull | 1;
	}
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (uint32_t)((rng * 0x2545F4914F6CDD1Dull) >> 32);
}

/* ---- hashing ---- */

/* A wyhash-style hash of n bytes: 16 bytes per multiply, the tail read as
 * two (possibly overlapping) words. */
uint64_t rt_hash_mem(const uint8_t *p, uint64_t n, uint64_t seed)
{
	uint64_t a, b;
	seed ^= P0;
	if (n <= 16) {
		if (n >= 4) {
			uint64_t d = (n >> 3) << 2;
			a = rd4(p) << 32 | rd4(p + d);
			b = rd4(p + n - 4) << 32 | rd4(p + n - 4 - d);
		} else if (n > 0) {
			a = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
			b = 0;
		} else {
			a = b = 0;
		}
	} else {
		uint64_t i = n;
		if (i > 48) {
			uint64_t s1 = seed, s2 = seed;
			do {
				seed = mum(rd8(p) ^ P1, rd8(p + 8) ^ seed);
				s1 = mum(rd8(p + 16) ^ P2, rd8(p + 24) ^ s1);
				s2 = mum(rd8(p + 32) ^ P3, rd8(p + 40) ^ s2);
				p += 48;
				i -= 48;
			} while (i > 48);
			seed ^= s1 ^ s2;
		}
		while (i > 16) {
			seed = mum(rd8(p) ^ P1, rd8(p + 8) ^ seed);
			p += 16;
			i -= 16;
		}
		a = rd8(p + i - 16);
		b = rd8(p + i - 8);
	}
	return mum(P1 ^ n, mum(a ^ P1, b ^ seed));
}

static void unhashable(const GoType *t) RT_NORETURN;
static void unhashable(const GoType *t)
{
	char buf[256];
	snprintf(buf, sizeof buf, "hash of unhashable type %s", t->name);
	rt_panic_runtime(buf);
}

uint64_t rt_hash_value(const GoType *t, const void *p, uint64_t seed)
{
	switch (t->kind) {
	case GOK_FLOAT32: {
		float f = *(const float *)p;
		if (f != f)
			return hash_u64(rt_map_rand() ^ ((uint64_t)rt_map_rand() << 32), seed);
		if (f == 0)
			return hash_u64(0, seed);
		return rt_hash_mem(p, 4, seed);
	}
	case GOK_FLOAT64: {
		double f = *(const double *)p;
		if (f != f)
			return hash_u64(rt_map_rand() ^ ((uint64_t)rt_map_rand() << 32), seed);
		if (f == 0)
			return hash_u64(0, seed);
		return hash_u64(*(const uint64_t *)p, seed);
	}
	case GOK_COMPLEX64:
		return rt_hash_value(
		        &(GoType){.size = 4, .kind = GOK_FLOAT32}, (const uint8_t *)p + 4,
		        rt_hash_value(&(GoType){.size = 4, .kind = GOK_FLOAT32}, p, seed));
	case GOK_COMPLEX128:
		return rt_hash_value(
		        &(GoType){.size = 8, .kind = GOK_FLOAT64}, (const uint8_t *)p + 8,
		        rt_hash_value(&(GoType){.size = 8, .kind = GOK_FLOAT64}, p, seed));
	case GOK_STRING: {
		const GoString *s = p;
		return rt_hash_mem(s->ptr, (uint64_t)s->len, seed);
	}
	case GOK_BOOL:
		return hash_u64(*(const uint8_t *)p != 0, seed);
	case GOK_INTERFACE: {
		const GoIface *in = p;
		if (!in->type)
			return hash_u64(0x6e696c, seed);
		if (!rt_comparable(in->type))
			unhashable(in->type);
		return rt_hash_value(in->type, rt_iface_ptr(in),
		                     seed ^ (uint64_t)in->type->kind * P2);
	}
	case GOK_ARRAY:
		for (int64_t i = 0; i < t->len; i++)
			seed = rt_hash_value(t->elem, (const uint8_t *)p + i * t->elem->size, seed);
		return seed;
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			if (strcmp(f->name, "_") != 0)
				seed = rt_hash_value(f->type, (const uint8_t *)p + f->offset, seed);
		}
		return seed;
	case GOK_SLICE:
	case GOK_MAP:
	case GOK_FUNC:
		unhashable(t);
	}
	if (t->size == 8)
		return hash_u64(*(const uint64_t *)p, seed);
	uint64_t v = 0;
	memcpy(&v, p, (size_t)t->size);
	return hash_u64(v, seed);
}

/* Two interfaces inside a key: equal dynamic types and values; an
 * uncomparable dynamic type panics as hashing it would. */
static bool key_iface_equal(const GoIface *x, const GoIface *y)
{
	if (!x->type || !y->type)
		return x->type == y->type;
	if (!rt_same_type(x->type, y->type))
		return false;
	if (!rt_comparable(x->type))
		unhashable(x->type);
	return rt_equal_value(x->type, rt_iface_ptr(x), rt_iface_ptr(y));
}

bool rt_equal_value(const GoType *t, const void *a, const void *b)
{
	return rt_equal_by(t, a, b, key_iface_equal);
}

/* Keys whose equality is byte equality of the whole key (no floats,
 * strings, interfaces, bools or padding-prone composites). */
bool rt_map_plain_memory(const GoType *t)
{
	switch (t->kind) {
	case GOK_INT:
	case GOK_INT8:
	case GOK_INT16:
	case GOK_INT32:
	case GOK_INT64:
	case GOK_UINT:
	case GOK_UINT8:
	case GOK_UINT16:
	case GOK_UINT32:
	case GOK_UINT64:
	case GOK_UINTPTR:
	case GOK_PTR:
	case GOK_CHAN:
	case GOK_UNSAFEPTR:
		return true;
	}
	return false;
}

bool rt_map_reflexive(const GoType *t)
{
	switch (t->kind) {
	case GOK_FLOAT32:
	case GOK_FLOAT64:
	case GOK_COMPLEX64:
	case GOK_COMPLEX128:
	case GOK_INTERFACE:
		return false;
	case GOK_ARRAY:
		return rt_map_reflexive(t->elem);
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++)
			if (!rt_map_reflexive(t->fields[i].type))
				return false;
		return true;
	}
	return true;
}
