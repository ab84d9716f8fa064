/*
 * alloc.c: gort_alloc, the allocator behind new, &T{}, make, append,
 * escaping locals, closures and boxed interface values.
 *
 * Interface: gort_alloc(size, t) returns `size` zeroed bytes, 8-byte
 * aligned, never NULL.  `t` describes the object for the collector:
 *   t == NULL or t->ptrmask == NULL     no pointers: never scanned
 *                                       (a []int, a string's bytes);
 *   size > t->size                      an array of size / t->size t's;
 *   t->ptrmask, one bit per 8-byte word 1 = the word may hold a pointer.
 * A descriptor of a pointer kind (string, pointer, slice, interface, map,
 * chan, func) without a ptrmask is a runtime-made type whose author forgot
 * the mask: its object is scanned conservatively, all words.
 *
 * Every call with size > 0 counts one object in gort_mallocs and its
 * size-class bytes in gort_total_alloc (MemStats.Mallocs and TotalAlloc:
 * tests use Mallocs to prove that escape analysis kept values on the
 * stack).  size == 0 returns the address of one shared zero-size object and
 * counts nothing, as Go's mallocgc does.
 *
 * The fast path (objects up to 32 KiB): pick the size class, take the
 * current span of (class, noscan), take the lowest set bit of its cache
 * word.  That is a table load, two loads, a count-trailing-zeros and a
 * store; then the statistics and zeroing when the slot was used before.
 * Pointer bits are written per span, not per object, while a scan span
 * holds objects of a single type (Span.type1, gc.h).  The slow path moves
 * the cursor to the next 64-slot block, else to another span of the class
 * (swept, with free slots), else to a fresh span, and that is where the
 * pacer may start a collection.  Larger objects get a span of their own.
 *
 * Environment, read once at start:
 *   GOGC=N|off              heap goal = live * (1 + N/100), at least 4 MiB * N/100
 *   GODEBUG=gctrace=1       one line per collection on stderr
 *   GOFRONT_GC_STRESS=1     collect before every allocation (bounded; =2 strict: stress())
 *   GOFRONT_GC_POISON=1     fill freed objects with 0xdb bytes, check heap pointers (gc.c)
 *   GOFRONT_HEAP_MAX=MiB    reserve only this much heap (heap.c)
 */
#include "gc.h"

#include <stdlib.h>
#include <string.h>

uint64_t gort_mallocs;
int rt_gc_stress;

static int64_t zerobase; /* the address of every zero-size object */

static bool env_flag(const char *name)
{
	const char *s = getenv(name);
	return s && *s && strcmp(s, "0") != 0;
}

void rt_alloc_init(void)
{
	if (gc_heap.page_span)
		return; /* already done (an allocation came first) */
	rt_gc_stress = env_flag("GOFRONT_GC_STRESS");
	if (rt_gc_stress && atoi(getenv("GOFRONT_GC_STRESS")) >= 2)
		rt_gc_stress = 2;
	gc_poison = env_flag("GOFRONT_GC_POISON");
	const char *g = getenv("GOGC");
	if (g && strcmp(g, "off") == 0)
		gc_percent = -1;
	else if (g && *g)
		gc_percent = atoi(g) < 0 ? -1 : atoi(g);
	const char *d = getenv("GODEBUG");
	for (; d && *d; d = strchr(d, ',') ? strchr(d, ',') + 1 : NULL)
		if (strncmp(d, "gctrace=", 8) == 0)
			gc_trace = atoi(d + 8);
	gc_heap_init();
	gc_set_start_time();
	gc_stats.next_gc = gc_heap_goal(0);
}

/* ---- pointer bitmaps ---- */

/* How the collector reads an object of type t: 0 no pointers, 1 precisely
 * by t->ptrmask, 2 conservatively (every word). */
static inline int scan_mode(const GoType *t)
{
	if (!t)
		return 0;
	if (t->ptrmask)
		return 1;
	switch (t->kind) {
	case GOK_STRING:
	case GOK_UNSAFEPTR:
	case GOK_PTR:
	case GOK_SLICE:
	case GOK_MAP:
	case GOK_CHAN:
	case GOK_FUNC:
	case GOK_INTERFACE:
		return 2;
	}
	return 0;
}

/* n (<= 64) bits of mask m starting at bit `from`. */
static inline uint64_t mask_bits(const uint8_t *m, size_t from, size_t n)
{
	const uint8_t *p = m + from / 8;
	size_t nbytes = (from % 8 + n + 7) / 8;
	unsigned __int128 v = 0;
	for (size_t i = 0; i < nbytes; i++)
		v |= (unsigned __int128)p[i] << (8 * i);
	v >>= from % 8;
	return n == 64 ? (uint64_t)v : (uint64_t)v & ((1ull << n) - 1);
}

/* Store the n (<= 64) bits of v at bit w of bits, clearing the others. */
static inline void bits_write(uint64_t *bits, size_t w, size_t n, uint64_t v)
{
	uint64_t field = n == 64 ? ~0ull : (1ull << n) - 1;
	size_t i = w / 64, sh = w % 64;
	bits[i] = (bits[i] & ~(field << sh)) | (v << sh);
	if (sh + n > 64)
		bits[i + 1] = (bits[i + 1] & ~(field >> (64 - sh))) | (v >> (64 - sh));
}

/* Write the pointer bits of an object at p of `size` bytes in span s: the
 * slot's `slotwords` words are all rewritten. */
static void write_ptrbits(Span *s, uintptr_t p, uint64_t size, const GoType *t, int mode,
                          size_t slotwords)
{
	size_t w = (p - s->base) / 8;
	size_t nw = (size + 7) / 8;
	size_t tw = mode == 1 ? (size_t)(t->size / 8) : 0;
	if (mode == 1 && tw == 0)
		mode = 2; /* a pointerful type smaller than a word cannot be */
	/* an array of elements of 1, 2, 4, ... 64 words: every 64-word chunk
	 * starts on an element, so its bits are one repeated pattern */
	uint64_t pattern = 0;
	bool repeat = mode == 1 && tw <= 64 && 64 % tw == 0;
	if (repeat) {
		uint64_t m = mask_bits(t->ptrmask, 0, tw);
		for (size_t i = 0; i < 64; i += tw)
			pattern |= m << i;
	}
	for (size_t k = 0; k < slotwords; k += 64) {
		size_t n = slotwords - k < 64 ? slotwords - k : 64;
		uint64_t v = 0;
		if (repeat) {
			size_t m = k < nw ? nw - k : 0; /* words of the object in this chunk */
			v = m >= 64 ? pattern : pattern & ((1ull << m) - 1);
		} else if (mode == 2) {
			size_t m = k < nw ? nw - k : 0;
			v = m >= n ? (n == 64 ? ~0ull : (1ull << n) - 1) : (1ull << m) - 1;
		} else {
			/* element-sized segments of the repeated mask */
			for (size_t j = k; j < k + n && j < nw;) {
				size_t e = j % tw, len = tw - e;
				if (len > k + n - j)
					len = k + n - j;
				if (len > nw - j)
					len = nw - j;
				v |= mask_bits(t->ptrmask, e, len) << (j - k);
				j += len;
			}
		}
		bits_write(s->ptrbits, w + k, n, v);
	}
}

/* ---- allocation ---- */

/* The pointer bits of one object at p (size bytes of t) in a small span. */
static void obj_ptrbits(Span *s, uintptr_t p, uint64_t size, const GoType *t, int mode)
{
	if (mode == 1 && (uint64_t)t->size == size && s->elemsize <= 64) {
		/* one object of at most 8 words: its mask is one byte */
		uint64_t v = t->ptrmask[0] & (0xffu >> (8 - size / 8));
		bits_write(s->ptrbits, (p - s->base) / 8, s->elemsize / 8, v);
	} else if (mode == 1 && (uint64_t)t->size == size && s->elemsize <= 512) {
		/* one object of at most 64 words: its mask in one store */
		size_t tw = (size_t)(size / 8);
		uint64_t v = 0;
		for (size_t b = 0; b < (tw + 7) / 8; b++)
			v |= (uint64_t)t->ptrmask[b] << (8 * b);
		if (tw < 64)
			v &= (1ull << tw) - 1;
		bits_write(s->ptrbits, (p - s->base) / 8, s->elemsize / 8, v);
	} else {
		write_ptrbits(s, p, size, t, mode, s->elemsize / 8);
	}
}

/* An allocation into a scan span whose type is not t (gc.h, Span.type1):
 * the span's first object types the whole span, any other makes it mixed. */
static __attribute__((noinline)) void span_ptrbits(Span *s, uintptr_t p, uint64_t size,
                                                   const GoType *t, int mode)
{
	if (s->type1 == NULL && mode == 1 && (uint64_t)t->size == size) {
		size_t slotwords = s->elemsize / 8;
		if (64 % slotwords == 0) {
			/* slots of 1, 2, 4, ... 64 words: one repeated 64-bit pattern */
			uint64_t m = mask_bits(t->ptrmask, 0, size / 8), pattern = 0;
			for (size_t i = 0; i < 64; i += slotwords)
				pattern |= m << i;
			size_t nbits = (size_t)s->nelems * slotwords;
			for (size_t w = 0; w < nbits / 64; w++)
				s->ptrbits[w] = pattern;
			if (nbits % 64)
				s->ptrbits[nbits / 64] = pattern & ((1ull << (nbits % 64)) - 1);
		} else {
			for (uint32_t i = 0; i < s->nelems; i++)
				obj_ptrbits(s, s->base + (uintptr_t)i * s->elemsize, size, t, mode);
		}
		s->type1 = t;
		return;
	}
	s->type1 = GC_MIXED;
	obj_ptrbits(s, p, size, t, mode);
}

static inline __attribute__((always_inline)) void *take_slot(Span *s, uint64_t size,
                                                             const GoType *t, int mode)
{
	uint64_t c = s->cache;
	unsigned i = (unsigned)__builtin_ctzll(c);
	s->cache = c & (c - 1);
	uintptr_t p = s->base + (uintptr_t)(s->blk * 64 + i) * s->elemsize;
	gort_mallocs++;
	gort_total_alloc += s->elemsize;
	if (s->needzero) {
		if (size <= 64)
			for (uint64_t k = 0; k < size; k += 8)
				*(uint64_t *)(p + k) = 0;
		else
			memset((void *)p, 0, (size + 7) & ~(uint64_t)7);
	}
	/* in a span typed by t, the slot's pointer bits are already t's */
	if (mode && (s->type1 != t || (uint64_t)t->size != size)) {
		if (s->type1 == GC_MIXED)
			obj_ptrbits(s, p, size, t, mode);
		else
			span_ptrbits(s, p, size, t, mode);
	}
	return (void *)p;
}

/* Collect if the heap has reached its goal. */
static void pace(uint64_t extra)
{
	if (gc_percent >= 0 && gc_heap_alloc() + extra >= gc_stats.next_gc)
		gc_collect(false);
}

/* stack.c's (weak as in gc.c: the C tests may link no scheduler). */
void rt_systemstack(void (*fn)(void *), void *arg) __attribute__((weak));

/* A fresh span comes from heap.c, whose bookkeeping lives in the C heap (calloc,
 * realloc, free), and glibc's allocator has no stack bound we know: on a goroutine it
 * runs on g0, as Go's mheap.alloc runs on the system stack.  A stack switch per fresh
 * span is cheap beside the span.  (runtime/stack_usage.awk knows span_alloc_g0 runs
 * only through rt_systemstack in a program.) */
typedef struct SpanReq {
	uint32_t npages;
	int state;
	unsigned sizeclass;
	int noscan;
	Span *span;
} SpanReq;

static __attribute__((noinline)) void span_alloc_g0(void *p)
{
	SpanReq *r = p;
	r->span = gc_span_alloc(r->npages, r->state, r->sizeclass, r->noscan);
}

static Span *span_alloc(uint32_t npages, int state, unsigned sizeclass, int noscan)
{
	SpanReq r = {npages, state, sizeclass, noscan, NULL};
	if (rt_systemstack)
		rt_systemstack(span_alloc_g0, &r);
	else
		span_alloc_g0(&r);
	return r.span;
}

static void *alloc_small_slow(uint64_t size, const GoType *t, int mode)
{
	if (__builtin_expect(!gc_heap.page_span, 0))
		rt_alloc_init(); /* allocating before gort_start got to it */
	unsigned sc = gc_size_class(size) * 2 + (mode == 0);
	Span *s = gc_current[sc];
	if (s != &gc_empty_span && gc_span_next_block(s))
		return take_slot(s, size, t, mode);
	gc_current[sc] = &gc_empty_span;
	pace(0); /* may sweep: the partial lists are rebuilt */
	s = gc_heap.partial[sc];
	if (s) {
		gc_heap.partial[sc] = s->next;
		s->next = NULL;
	} else {
		unsigned cls = sc / 2;
		s = span_alloc(gc_class_pages[cls], SPAN_SMALL, cls, mode == 0);
	}
	gc_span_reset_cursor(s);
	if (!gc_span_next_block(s))
		rt_fatal("gc: span on a partial list has no free slot");
	gc_current[sc] = s;
	return take_slot(s, size, t, mode);
}

static void *alloc_large(uint64_t size, const GoType *t, int mode)
{
	if (__builtin_expect(!gc_heap.page_span, 0))
		rt_alloc_init();
	if (size > gc_heap.arena_max)
		rt_fatal("runtime: out of memory");
	uint32_t npages = (uint32_t)((size + GC_PAGE - 1) >> GC_PAGE_SHIFT);
	pace((uint64_t)npages * GC_PAGE);
	Span *s = span_alloc(npages, SPAN_LARGE, 0, mode == 0);
	s->allocbits[0] = 1;
	s->nfree = 0;
	s->blk = s->nwords; /* no cursor: the one slot is taken */
	gort_mallocs++;
	gort_total_alloc += (uint64_t)npages * GC_PAGE;
	if (s->needzero)
		memset((void *)s->base, 0, (size + 7) & ~(uint64_t)7);
	if (mode)
		write_ptrbits(s, s->base, size, t, mode, (size + 7) / 8);
	return (void *)s->base;
}

/* GOFRONT_GC_STRESS: collect before every allocation.  Each collection
 * marks the whole live heap, so a program that builds a big structure would
 * take quadratic time; once the live heap passes STRESS_LIVE objects we
 * collect before every (live / STRESS_LIVE + 1)-th allocation instead,
 * which bounds a stress run at about STRESS_LIVE marks per allocation.
 * GOFRONT_GC_STRESS=2 collects before every allocation, whatever it costs. */
enum { STRESS_LIVE = 256 };

static void stress(void)
{
	static uint64_t skip;
	if (skip > 0 && rt_gc_stress < 2) {
		skip--;
		return;
	}
	if (gc_collect(false))
		skip = gc_stats.live_objects / STRESS_LIVE;
}

void *gort_alloc(int64_t size, const GoType *t)
{
	if (size <= 0) {
		if (size < 0)
			rt_fatal("runtime: out of memory");
		return &zerobase;
	}
	if (__builtin_expect(rt_gc_stress, 0))
		stress();
	int mode = scan_mode(t);
	if (size <= GC_MAX_SMALL) {
		Span *s = gc_current[gc_size_class((uint64_t)size) * 2 + (mode == 0)];
		if (__builtin_expect(s->cache != 0, 1))
			return take_slot(s, (uint64_t)size, t, mode);
		return alloc_small_slow((uint64_t)size, t, mode);
	}
	return alloc_large((uint64_t)size, t, mode);
}

/* ---- runtime.ReadMemStats and runtime.GC ---- */

void gort_runtime_ReadMemStats(GoMemStats *m)
{
	uint64_t inuse = gc_heap.inuse_pages * GC_PAGE;
	m->Alloc = gc_heap_alloc();
	m->TotalAlloc = gort_total_alloc;
	m->Sys = gc_heap.arena_used + gc_heap.meta_bytes;
	m->Lookups = 0;
	m->Mallocs = gort_mallocs;
	m->Frees = gc_stats.frees;
	m->HeapAlloc = m->Alloc;
	m->HeapSys = gc_heap.arena_used;
	m->HeapInuse = inuse;
	m->HeapIdle = gc_heap.arena_used - inuse;
	m->HeapReleased = gc_heap.released_bytes;
	m->HeapObjects = gort_mallocs - gc_stats.frees;
	m->NumGC = (uint32_t)gc_stats.num_gc;
}

void gort_runtime_Gosched(void) __attribute__((weak));

/* Go's runtime.GC blocks its caller while a cycle runs, and the other
 * goroutines run meanwhile: here the cycle is stop-the-world, so the
 * caller yields after it (for { runtime.GC() } does not starve the rest). */
void gort_runtime_GC(void)
{
	gc_collect(true);
	if (gort_runtime_Gosched) /* weak: the C tests may link no scheduler */
		gort_runtime_Gosched();
}
