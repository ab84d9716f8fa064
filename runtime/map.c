/*
 * map.c: Go maps -- a hash table of 8-slot buckets with incremental growth,
 * after the design of Go's runtime/map.go (written anew for gofront).
 *
 * Layout.  A map value is a pointer to a GoMap header (NULL = nil map); the
 * header's first word is the entry count, so len(m) is one load.  The table
 * is an array of 2^B buckets; a bucket is
 *
 *     uint8_t tophash[8] | K keys[8] | V elems[8] | bucket *overflow
 *
 * Every part starts on an 8-byte boundary (8*size is a multiple of 8), so
 * the bucket's pointer mask is the key mask repeated 8 times, the elem mask
 * repeated 8 times and the overflow word; MapInfo builds that descriptor
 * once per map type (a small cache keyed by the map's GoType) and every
 * bucket array and overflow bucket is allocated with it, so the collector
 * scans keys and values precisely.  A header that escapes is allocated with
 * its own descriptor; one that does not lives in the caller's frame
 * (gort_makemap's stackhdr) and is scanned with the stack, as is its
 * first bucket when the hint is small (stackbucket, as gc does).  Nothing
 * on the heap ever points at those: growth copies the stack bucket's
 * entries into heap buckets.
 *
 * Hashing (map_hash.c).  h = hash(key, seed) with a per-map random seed:
 * 64-bit keys go through one 64x64->128 multiply-fold, strings and other
 * byte runs through a wyhash-style loop, and composite keys (structs,
 * arrays, interfaces) through the type descriptor, element by element; the
 * key kind is classified once per map type (MapInfo.hk) so the common
 * cases skip the descriptor walk.  Floats hash +0 and -0
 * alike and NaN randomly (a NaN key is never found again, as in Go).  An
 * interface key whose dynamic type is not comparable panics with "hash of
 * unhashable type T".  The low B bits of h pick the bucket; the top byte
 * (tophash, kept >= MIN_TOPHASH) is compared before the key.  Small tophash
 * values mark empty slots (EMPTY_REST: this slot and everything after it in
 * the chain is empty, so a lookup can stop) and evacuated slots.
 *
 * Growth.  When an insert would raise the load above 6.5 entries per bucket
 * (or overflow buckets pile up after deletions), a table twice as large (or
 * as large) is allocated and the old one kept in `oldbuckets`; each later
 * insert or delete first evacuates the old bucket it touches plus one more
 * in order (nevacuate), so no single operation pays for the whole copy.
 * An old bucket i splits into new buckets i and i + 2^oldB by hash bit oldB;
 * its tophash slots are rewritten EVAC_X/EVAC_Y/EVAC_EMPTY but its keys stay
 * in place, since an iterator may still be reading that array.  Lookups read
 * the old bucket while it is not evacuated.
 *
 * Iteration keeps Go's semantics: a random start bucket and slot offset;
 * every entry present for the whole loop is seen exactly once; an entry
 * deleted before it is reached is not seen; an entry added during the loop
 * may or may not be.  The iterator remembers the bucket array and size it
 * started with.  If growth started before the loop, it walks the new table
 * but reads a not-yet-evacuated old bucket instead, keeping only the
 * entries that belong to the new bucket it stands for.  If the map grew
 * after the loop started, entries found evacuated in the iterator's array
 * are looked up again in the live map (skipped when gone; the current
 * value taken otherwise).
 */
#include "map_hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	BUCKETCNT = 8,
	EMPTY_REST = 0, /* this slot and all later ones in the chain are empty */
	EMPTY_ONE = 1,  /* this slot is empty */
	EVAC_X = 2,     /* moved to the first half of the new table */
	EVAC_Y = 3,     /* moved to the second half */
	EVAC_EMPTY = 4, /* empty, and the bucket is evacuated */
	MIN_TOPHASH = 5,
};

/* header flags */
enum { F_ITERATOR = 1, F_SAMESIZE = 2 };

/* Key handling chosen once per map type. */
enum { HK_U64, HK_U32, HK_STR, HK_MEM, HK_GENERIC };

typedef struct MapInfo {
	const GoType *mt, *key, *elem;
	int64_t ks, es;     /* key and elem sizes */
	int64_t eoff, ooff; /* offsets of elems[0] and the overflow pointer */
	int64_t bsize;      /* bucket size */
	int hk;             /* HK_* */
	bool reflexive;     /* k == k for every key (no floats inside) */
	GoType bt;          /* the bucket's descriptor */
} MapInfo;

typedef struct GoMap {
	int64_t count; /* live entries: len(m) */
	uint8_t B;     /* log2 of the number of buckets */
	uint8_t flags;
	uint16_t noverflow; /* approximate number of overflow buckets */
	uint32_t hash0;     /* seed */
	MapInfo *ti;
	uint8_t *buckets;    /* 2^B buckets (NULL until the first insert) */
	uint8_t *oldbuckets; /* the previous table while growing */
	uint64_t nevacuate;  /* old buckets below this are evacuated */
} GoMap;

_Static_assert(sizeof(GoMap) <= GORT_MAPHDR_SIZE, "GoMap outgrew GORT_MAPHDR_SIZE");

/* words 3 and 4 (buckets, oldbuckets) hold heap pointers */
static const uint8_t hmap_mask[1] = {0x18};
static const GoType hmap_type = {
        .size = sizeof(GoMap), .kind = GOK_STRUCT, .name = "runtime.hmap", .ptrmask = hmap_mask};

typedef struct MapIter {
	void *key, *elem; /* the current entry; key == NULL: done */
	GoMap *h;
	uint8_t *buckets; /* the table the iteration started on */
	uint8_t *bptr;    /* the bucket being read */
	uint64_t bucket;  /* the next bucket index */
	uint64_t startbucket;
	uint64_t checkbucket; /* NOCHECK, or the new bucket an old one is read for */
	uint8_t B, offset, i, wrapped;
} MapIter;
_Static_assert(sizeof(MapIter) <= sizeof(GoMapIter), "MapIter outgrew GoMapIter");

#define NOCHECK (~(uint64_t)0)

static inline uint64_t key_hash(const MapInfo *ti, const void *k, uint64_t seed)
{
	switch (ti->hk) {
	case HK_U64:
		return hash_u64(*(const uint64_t *)k, seed);
	case HK_U32:
		return hash_u64(*(const uint32_t *)k, seed);
	case HK_STR:
		return rt_hash_mem(((const GoString *)k)->ptr, (uint64_t)((const GoString *)k)->len,
		                   seed);
	case HK_MEM:
		return rt_hash_mem(k, (uint64_t)ti->ks, seed);
	}
	return rt_hash_value(ti->key, k, seed);
}

static inline bool key_equal(const MapInfo *ti, const void *a, const void *b)
{
	switch (ti->hk) {
	case HK_U64:
		return *(const uint64_t *)a == *(const uint64_t *)b;
	case HK_U32:
		return *(const uint32_t *)a == *(const uint32_t *)b;
	case HK_STR: {
		const GoString *x = a, *y = b;
		return x->len == y->len && str_eq(x->ptr, y->ptr, x->len);
	}
	case HK_MEM:
		return memcmp(a, b, (size_t)ti->ks) == 0;
	}
	return rt_equal_value(ti->key, a, b);
}

/* ---- map types ---- */

static void set_bits(uint8_t *mask, int64_t word0, const GoType *t)
{
	if (!t->ptrmask)
		return;
	for (int64_t w = 0; w < t->size / 8; w++)
		if (t->ptrmask[w / 8] >> (w % 8) & 1)
			mask[(word0 + w) / 8] |= (uint8_t)(1u << ((word0 + w) % 8));
}

static MapInfo *make_info(const GoType *mt)
{
	MapInfo *ti = calloc(1, sizeof *ti);
	if (!ti)
		rt_fatal("out of memory");
	ti->mt = mt;
	ti->key = mt->key;
	ti->elem = mt->elem;
	ti->ks = mt->key->size;
	ti->es = mt->elem->size;
	ti->eoff = 8 + BUCKETCNT * ti->ks;
	ti->ooff = ti->eoff + BUCKETCNT * ti->es;
	ti->bsize = ti->ooff + 8;
	const GoType *k = mt->key;
	if (rt_map_plain_memory(k) && k->size == 8)
		ti->hk = HK_U64;
	else if (rt_map_plain_memory(k) && k->size == 4)
		ti->hk = HK_U32;
	else if (rt_map_plain_memory(k))
		ti->hk = HK_MEM;
	else if (k->kind == GOK_STRING)
		ti->hk = HK_STR;
	else
		ti->hk = HK_GENERIC;
	ti->reflexive = rt_map_reflexive(k);
	int64_t nwords = ti->bsize / 8;
	uint8_t *mask = calloc((size_t)(nwords + 7) / 8, 1);
	if (!mask)
		rt_fatal("out of memory");
	for (int i = 0; i < BUCKETCNT; i++) {
		set_bits(mask, (8 + i * ti->ks) / 8, ti->key);
		set_bits(mask, (ti->eoff + i * ti->es) / 8, ti->elem);
	}
	mask[(nwords - 1) / 8] |= (uint8_t)(1u << ((nwords - 1) % 8));
	ti->bt = (GoType){
	        .size = ti->bsize, .kind = GOK_STRUCT, .name = "runtime.bmap", .ptrmask = mask};
	return ti;
}

/* map type -> MapInfo: open addressing on the descriptor's address. */
static struct {
	const GoType *mt;
	MapInfo *ti;
} * infos;
static uint64_t ninfos, capinfos;

static MapInfo *map_info(const GoType *mt)
{
	if (capinfos) {
		uint64_t i = (uint64_t)(uintptr_t)mt * P0 >> 32;
		for (;; i++) {
			i &= capinfos - 1;
			if (infos[i].mt == mt)
				return infos[i].ti;
			if (!infos[i].mt)
				break;
		}
	}
	if (2 * (ninfos + 1) > capinfos) {
		uint64_t oldcap = capinfos;
		__typeof__(infos) old = infos;
		capinfos = capinfos ? 2 * capinfos : 64;
		infos = calloc(capinfos, sizeof *infos);
		if (!infos)
			rt_fatal("out of memory");
		for (uint64_t j = 0; j < oldcap; j++)
			if (old[j].mt) {
				uint64_t i = (uint64_t)(uintptr_t)old[j].mt * P0 >> 32;
				while (infos[i & (capinfos - 1)].mt)
					i++;
				infos[i & (capinfos - 1)] = old[j];
			}
		free(old);
	}
	MapInfo *ti = make_info(mt);
	uint64_t i = (uint64_t)(uintptr_t)mt * P0 >> 32;
	while (infos[i & (capinfos - 1)].mt)
		i++;
	infos[i & (capinfos - 1)].mt = mt;
	infos[i & (capinfos - 1)].ti = ti;
	ninfos++;
	return ti;
}

/* ---- buckets ---- */

#define TOPH(b)         ((uint8_t *)(b))
#define KEYP(ti, b, i)  ((uint8_t *)(b) + 8 + (int64_t)(i) * (ti)->ks)
#define ELEMP(ti, b, i) ((uint8_t *)(b) + (ti)->eoff + (int64_t)(i) * (ti)->es)
#define OVF(ti, b)      (*(uint8_t **)((uint8_t *)(b) + (ti)->ooff))

static inline uint8_t tophash(uint64_t h)
{
	uint8_t top = (uint8_t)(h >> 56);
	return top < MIN_TOPHASH ? top + MIN_TOPHASH : top;
}
static inline bool is_empty(uint8_t x)
{
	return x <= EMPTY_ONE;
}
static inline bool evacuated(uint8_t *b)
{
	return b[0] > EMPTY_ONE && b[0] < MIN_TOPHASH;
}
static inline uint64_t bucket_mask(unsigned B)
{
	return ((uint64_t)1 << B) - 1;
}
static inline bool growing(GoMap *h)
{
	return h->oldbuckets != NULL;
}
static inline uint64_t noldbuckets(GoMap *h)
{
	unsigned B = h->B;
	if (!(h->flags & F_SAMESIZE))
		B--;
	return (uint64_t)1 << B;
}

static bool over_load(int64_t count, unsigned B)
{
	return count > BUCKETCNT && (uint64_t)count > 13 * (((uint64_t)1 << B) / 2);
}

static bool too_many_overflow(uint16_t noverflow, unsigned B)
{
	if (B > 15)
		B = 15;
	return noverflow >= (uint16_t)1 << (B & 15);
}

static uint8_t *new_buckets(MapInfo *ti, unsigned B)
{
	uint64_t n = (uint64_t)1 << B;
	return gort_alloc((int64_t)n * ti->bsize, &ti->bt);
}

static uint8_t *new_overflow(GoMap *h, uint8_t *b)
{
	uint8_t *ovf = gort_alloc(h->ti->bsize, &h->ti->bt);
	if (h->noverflow < 0xffff)
		h->noverflow++;
	OVF(h->ti, b) = ovf;
	return ovf;
}

/* ---- entry points ---- */

void *gort_makemap(const GoType *mt, int64_t hint, void *stackhdr, void *stackbucket)
{
	if (hint < 0 || hint > (int64_t)1 << 40)
		hint = 0; /* as Go: a hint that overflows the allocation is ignored */
	MapInfo *ti = map_info(mt);
	GoMap *h = stackhdr;
	if (h)
		memset(h, 0, sizeof *h);
	else
		h = gort_alloc(sizeof *h, &hmap_type);
	h->ti = ti;
	h->hash0 = rt_map_rand();
	unsigned B = 0;
	while (over_load(hint, B))
		B++;
	h->B = (uint8_t)B;
	if (B > 0) {
		h->buckets = new_buckets(ti, B);
	} else if (stackbucket) {
		memset(stackbucket, 0, (size_t)ti->bsize);
		h->buckets = stackbucket;
	}
	return h;
}

int64_t gort_maplen(void *m)
{
	return m ? ((GoMap *)m)->count : 0;
}

/* The slot holding key (hash h) in the live map: returns the elem and sets
 * *kp, or NULL. */
static uint8_t *lookup(GoMap *h, const void *key, uint64_t hash, uint8_t **kp)
{
	MapInfo *ti = h->ti;
	if (!h->buckets)
		return NULL;
	uint64_t m = bucket_mask(h->B);
	uint8_t *b = h->buckets + (hash & m) * ti->bsize;
	if (growing(h)) {
		if (!(h->flags & F_SAMESIZE))
			m >>= 1;
		uint8_t *ob = h->oldbuckets + (hash & m) * ti->bsize;
		if (!evacuated(ob))
			b = ob;
	}
	uint8_t top = tophash(hash);
	for (; b; b = OVF(ti, b))
		for (int i = 0; i < BUCKETCNT; i++) {
			if (b[i] != top) {
				if (b[i] == EMPTY_REST)
					return NULL;
				continue;
			}
			uint8_t *k = KEYP(ti, b, i);
			if (key_equal(ti, key, k)) {
				if (kp)
					*kp = k;
				return ELEMP(ti, b, i);
			}
		}
	return NULL;
}

/* Values for missing keys: a shared zeroed area, grown for big elements. */
static uint8_t zero_small[1024];
static uint8_t *zero_big;
static int64_t zero_big_size;

static void *zero_value(const GoType *elem)
{
	if (elem->size <= (int64_t)sizeof zero_small)
		return zero_small;
	if (elem->size > zero_big_size) {
		zero_big = calloc(1, (size_t)elem->size);
		if (!zero_big)
			rt_fatal("out of memory");
		zero_big_size = elem->size;
	}
	return zero_big;
}

/* A lookup in a nil or empty map still hashes an interface key, so that an
 * unhashable one panics as in Go. */
static void check_key(const GoType *kt, const void *key)
{
	if (kt->kind == GOK_INTERFACE || kt->kind == GOK_STRUCT || kt->kind == GOK_ARRAY)
		rt_hash_value(kt, key, 0);
}

/* v, ok := m[k]: the element's address, or the element type's zero value. */
void *gort_mapaccess2(const GoType *mt, void *m, const void *key, uint8_t *ok)
{
	GoMap *h = m;
	if (!h || h->count == 0) {
		check_key(mt->key, key);
		*ok = 0;
		return zero_value(mt->elem);
	}
	uint8_t *e = lookup(h, key, key_hash(h->ti, key, h->hash0), NULL);
	*ok = e != NULL;
	return e ? e : zero_value(mt->elem);
}

/* v := m[k] */
void *gort_mapaccess1(const GoType *mt, void *m, const void *key)
{
	uint8_t ok;
	return gort_mapaccess2(mt, m, key, &ok);
}

static void evacuate(GoMap *h, uint64_t oldbucket);

static void grow_work(GoMap *h, uint64_t bucket)
{
	uint64_t oldmask = noldbuckets(h) - 1;
	evacuate(h, bucket & oldmask);
	if (growing(h))
		evacuate(h, h->nevacuate);
}

static void advance_evacuation_mark(GoMap *h, uint64_t newbit)
{
	MapInfo *ti = h->ti;
	h->nevacuate++;
	uint64_t stop = h->nevacuate + 1024;
	if (stop > newbit)
		stop = newbit;
	while (h->nevacuate != stop && evacuated(h->oldbuckets + h->nevacuate * ti->bsize))
		h->nevacuate++;
	if (h->nevacuate == newbit) {
		/* growth done: the old table is garbage (iterators keep their own reference) */
		h->oldbuckets = NULL;
		h->flags &= (uint8_t)~F_SAMESIZE;
	}
}

typedef struct EvacDst {
	uint8_t *b;
	int i;
} EvacDst;

static void evacuate(GoMap *h, uint64_t oldbucket)
{
	MapInfo *ti = h->ti;
	uint8_t *b = h->oldbuckets + oldbucket * ti->bsize;
	uint64_t newbit = noldbuckets(h);
	if (!evacuated(b)) {
		bool same = h->flags & F_SAMESIZE;
		EvacDst d[2];
		d[0] = (EvacDst){h->buckets + oldbucket * ti->bsize, 0};
		if (!same)
			d[1] = (EvacDst){h->buckets + (oldbucket + newbit) * ti->bsize, 0};
		for (; b; b = OVF(ti, b)) {
			for (int i = 0; i < BUCKETCNT; i++) {
				uint8_t top = b[i];
				if (is_empty(top)) {
					b[i] = EVAC_EMPTY;
					continue;
				}
				if (top < MIN_TOPHASH)
					rt_fatal("bad map state");
				uint8_t *k = KEYP(ti, b, i);
				int y = 0;
				if (!same) {
					uint64_t hash = key_hash(ti, k, h->hash0);
					if ((h->flags & F_ITERATOR) && !ti->reflexive &&
					    !key_equal(ti, k, k)) {
						/* NaN: the hash is random; send it by its old
						 * tophash bit, the way iterators expect, and rehash
						 * the top */
						y = top & 1;
						top = tophash(hash);
					} else if (hash & newbit) {
						y = 1;
					}
				}
				b[i] = (uint8_t)(EVAC_X + y);
				EvacDst *dst = &d[y];
				if (dst->i == BUCKETCNT) {
					dst->b = new_overflow(h, dst->b);
					dst->i = 0;
				}
				dst->b[dst->i] = top;
				memcpy(KEYP(ti, dst->b, dst->i), k, (size_t)ti->ks);
				memcpy(ELEMP(ti, dst->b, dst->i), ELEMP(ti, b, i), (size_t)ti->es);
				dst->i++;
			}
		}
	}
	if (oldbucket == h->nevacuate)
		advance_evacuation_mark(h, newbit);
}

static void hash_grow(GoMap *h)
{
	int bigger = 1;
	if (!over_load(h->count + 1, h->B)) {
		bigger = 0;
		h->flags |= F_SAMESIZE;
	}
	h->oldbuckets = h->buckets;
	h->buckets = new_buckets(h->ti, h->B + bigger);
	h->B = (uint8_t)(h->B + bigger);
	h->nevacuate = 0;
	h->noverflow = 0;
}

/* panic(plainError("assignment to entry in nil map")), as Go: a
 * runtime.plainError (a string type whose Error() is the text itself). */
static GoString plain_error_Error(void *data)
{
	return *(GoString *)data;
}
static const GoMethod plain_error_methods[] = {{"Error", (void *)plain_error_Error}};
static const GoType plain_error_type = {.size = sizeof(GoString),
                                        .kind = GOK_STRING,
                                        .name = "runtime.plainError",
                                        .nmethods = 1,
                                        .methods = plain_error_methods};

static void nil_map_panic(void) RT_NORETURN;
static void nil_map_panic(void)
{
	GoString *s = gort_alloc(sizeof *s, &plain_error_type);
	*s = rt_cstr("assignment to entry in nil map");
	gort_panic((GoIface){&plain_error_type, s});
}

void *gort_mapassign(const GoType *mt, void *m, const void *key)
{
	GoMap *h = m;
	if (!h)
		nil_map_panic();
	MapInfo *ti = h->ti;
	uint64_t hash = key_hash(ti, key, h->hash0);
	if (!h->buckets)
		h->buckets = new_buckets(ti, h->B);
again:;
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(h, bucket);
	uint8_t *b = h->buckets + bucket * ti->bsize;
	uint8_t top = tophash(hash);
	uint8_t *insb = NULL;
	int insi = 0;
	for (;;) {
		for (int i = 0; i < BUCKETCNT; i++) {
			if (b[i] != top) {
				if (is_empty(b[i]) && !insb) {
					insb = b;
					insi = i;
				}
				if (b[i] == EMPTY_REST)
					goto notfound;
				continue;
			}
			uint8_t *k = KEYP(ti, b, i);
			if (!key_equal(ti, key, k))
				continue;
			if (ti->hk == HK_STR || ti->hk == HK_GENERIC)
				memcpy(k, key, (size_t)ti->ks); /* Go keeps the newest key (-0 vs
				                                   +0, strings) */
			return ELEMP(ti, b, i);
		}
		uint8_t *ovf = OVF(ti, b);
		if (!ovf)
			break;
		b = ovf;
	}
notfound:
	if (!growing(h) &&
	    (over_load(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
		hash_grow(h);
		goto again;
	}
	if (!insb) {
		insb = new_overflow(h, b);
		insi = 0;
	}
	memcpy(KEYP(ti, insb, insi), key, (size_t)ti->ks);
	insb[insi] = top;
	h->count++;
	return ELEMP(ti, insb, insi);
}

void gort_mapdelete(const GoType *mt, void *m, const void *key)
{
	GoMap *h = m;
	if (!h || h->count == 0) {
		check_key(mt->key, key);
		return;
	}
	MapInfo *ti = h->ti;
	uint64_t hash = key_hash(ti, key, h->hash0);
	uint64_t bucket = hash & bucket_mask(h->B);
	if (growing(h))
		grow_work(h, bucket);
	uint8_t *borig = h->buckets + bucket * ti->bsize, *b = borig;
	uint8_t top = tophash(hash);
	for (; b; b = OVF(ti, b)) {
		for (int i = 0; i < BUCKETCNT; i++) {
			if (b[i] != top) {
				if (b[i] == EMPTY_REST)
					return;
				continue;
			}
			uint8_t *k = KEYP(ti, b, i);
			if (!key_equal(ti, key, k))
				continue;
			memset(k, 0, (size_t)ti->ks);
			memset(ELEMP(ti, b, i), 0, (size_t)ti->es);
			b[i] = EMPTY_ONE;
			/* when the rest of the chain is empty, turn the trailing
			 * EMPTY_ONEs into EMPTY_RESTs, walking backwards */
			bool last;
			if (i == BUCKETCNT - 1)
				last = !OVF(ti, b) || OVF(ti, b)[0] == EMPTY_REST;
			else
				last = b[i + 1] == EMPTY_REST;
			if (last) {
				for (;;) {
					b[i] = EMPTY_REST;
					if (i == 0) {
						if (b == borig)
							break;
						uint8_t *c = b;
						for (b = borig; OVF(ti, b) != c; b = OVF(ti, b)) {
						}
						i = BUCKETCNT - 1;
					} else {
						i--;
					}
					if (b[i] != EMPTY_ONE)
						break;
				}
			}
			h->count--;
			if (h->count == 0)
				h->hash0 = rt_map_rand();
			return;
		}
	}
}

/* ---- iteration ---- */

void gort_mapiternext(GoMapIter *it_)
{
	MapIter *it = (MapIter *)it_;
	GoMap *h = it->h;
	MapInfo *ti = h->ti;
	uint64_t bucket = it->bucket, checkbucket = it->checkbucket;
	uint8_t *b = it->bptr;
	int i = it->i;
	for (;;) {
		if (!b) {
			if (bucket == it->startbucket && it->wrapped) {
				it->key = it->elem = NULL;
				return;
			}
			if (growing(h) && it->B == h->B) {
				/* started after the growth began: read the old bucket
				 * while it is not evacuated, for this new bucket only */
				uint64_t oldbucket = bucket & (noldbuckets(h) - 1);
				b = h->oldbuckets + oldbucket * ti->bsize;
				if (!evacuated(b)) {
					checkbucket = bucket;
				} else {
					b = it->buckets + bucket * ti->bsize;
					checkbucket = NOCHECK;
				}
			} else {
				b = it->buckets + bucket * ti->bsize;
				checkbucket = NOCHECK;
			}
			bucket++;
			if (bucket == (uint64_t)1 << it->B) {
				bucket = 0;
				it->wrapped = 1;
			}
			i = 0;
		}
		for (; i < BUCKETCNT; i++) {
			int off = (i + it->offset) & (BUCKETCNT - 1);
			uint8_t top = b[off];
			if (is_empty(top) || top == EVAC_EMPTY)
				continue;
			uint8_t *k = KEYP(ti, b, off), *e = ELEMP(ti, b, off);
			bool selfeq = ti->reflexive || key_equal(ti, k, k);
			if (checkbucket != NOCHECK && !(h->flags & F_SAMESIZE)) {
				if (selfeq) {
					if ((key_hash(ti, k, h->hash0) & bucket_mask(it->B)) !=
					    checkbucket)
						continue;
				} else if ((checkbucket >> (it->B - 1)) != (uint64_t)(top & 1)) {
					continue;
				}
			}
			if ((top != EVAC_X && top != EVAC_Y) || !selfeq) {
				it->key = k;
				it->elem = e;
			} else {
				/* the map grew since the loop began: the entry may have
				 * been deleted or updated since it was moved */
				uint8_t *rk = NULL;
				uint8_t *re = lookup(h, k, key_hash(ti, k, h->hash0), &rk);
				if (!re)
					continue;
				it->key = rk;
				it->elem = re;
			}
			it->bucket = bucket;
			it->bptr = b;
			it->i = (uint8_t)(i + 1);
			it->checkbucket = checkbucket;
			return;
		}
		b = OVF(ti, b);
		i = 0;
	}
}

void gort_mapiterinit(const GoType *mt, void *m, GoMapIter *it_)
{
	MapIter *it = (MapIter *)it_;
	memset(it_, 0, sizeof *it_);
	GoMap *h = m;
	if (!h || h->count == 0)
		return;
	it->h = h;
	it->B = h->B;
	it->buckets = h->buckets;
	uint32_t r = rt_map_rand();
	it->startbucket = r & bucket_mask(h->B);
	it->offset = (uint8_t)(r >> h->B & (BUCKETCNT - 1));
	it->bucket = it->startbucket;
	h->flags |= F_ITERATOR;
	gort_mapiternext(it_);
}
