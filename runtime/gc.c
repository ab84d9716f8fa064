/*
 * gc.c: the collector.  Stop-the-world, non-moving mark-sweep.
 *
 * gc_collect reads top to bottom, like Wren's wrenCollectGarbage:
 *
 *   1. stop allocating: fold every size class's allocation cache into its
 *      span's allocbits, so "allocated" is one bit per slot (gc.h);
 *   2. roots, by kind, each scanned conservatively (every aligned word that
 *      points into an allocated object, even into its middle, marks it):
 *        - globals: the executable's data and bss segments, from the
 *          linker's __data_start to _end (gen's Go globals and the
 *          runtime's statics all live there);
 *        - the runtime's own structures outside the heap: os.Args' backing
 *          array and every range registered with gc_add_root;
 *        - stacks and registers: the callee-saved registers are spilled
 *          into this file's frames, then the scheduler's hook reports every
 *          goroutine's stack (gc.h), or, without a scheduler, the main
 *          stack is scanned from here up to rt_stack_hi (main.c);
 *   3. mark: pop objects from the mark stack and scan them precisely, by
 *      the pointer bitmap written at allocation (alloc.c), until empty (in
 *      GOFRONT_GC_POISON mode every heap word scanned is also checked);
 *   4. sweep, eagerly: every in-use span's allocbits become its markbits;
 *      the unmarked objects are freed (poisoned in GOFRONT_GC_POISON mode),
 *      empty spans go back to the page heap, spans with free slots go on
 *      their class's partial list;
 *   5. pace: the next collection starts when HeapAlloc reaches
 *      gc_heap_goal(live) (GOGC=100: twice the live heap, at least 4 MiB);
 *      free pages beyond 1.1 x what the heap recently used go back to the
 *      OS, and so do the scheduler's cached stack segments.
 *
 * The mark stack holds object addresses; its invariant: every address on
 * it is an allocated, marked object of a scan span.  It lives off the heap
 * (malloc) and grows by doubling; a collection never allocates Go memory.
 *
 * Gcc keeps no stack maps, so stacks are scanned conservatively; heap
 * objects are scanned exactly, so a []int or a string's bytes never retain
 * anything.  Objects never move, so conservative roots are safe.
 */
#include "gc.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- the pacer's state ---- */

uint64_t gort_total_alloc; /* counted by alloc.c */
GcStats gc_stats;
int gc_percent = 100;
int gc_trace;

/* The heap goal for a live heap of `live` bytes (Go's gcControllerState:
 * live * (1 + GOGC/100), and never below heapminimum = 4 MiB * GOGC/100). */
uint64_t gc_heap_goal(uint64_t live)
{
	if (gc_percent < 0)
		return UINT64_MAX;
	uint64_t goal = live + (uint64_t)((unsigned __int128)live * (unsigned)gc_percent / 100);
	uint64_t min = ((uint64_t)4 << 20) * (uint64_t)gc_percent / 100;
	return goal < min ? min : goal;
}

/* ---- the mark stack ---- */

static uintptr_t *mark_stack;
static size_t mark_len, mark_cap;

static __attribute__((noinline)) void mark_grow(void)
{
	size_t cap = mark_cap ? mark_cap * 2 : 4096;
	uintptr_t *v = realloc(mark_stack, cap * sizeof *v);
	if (!v)
		rt_fatal("runtime: out of memory");
	gc_heap.meta_bytes += (cap - mark_cap) * sizeof *v;
	mark_stack = v;
	mark_cap = cap;
}

/* A marker: the heap's bounds and the mark stack, copied into locals for
 * the length of a loop so that the compiler keeps them in registers (the
 * stores into mark bits could otherwise alias the globals). */
typedef struct Marker {
	uintptr_t lo, used;
	Span **page_span;
	uintptr_t *stack;
	size_t len, cap;
} Marker;

static inline Marker marker_begin(void)
{
	return (Marker){gc_heap.arena_lo, gc_heap.arena_used, gc_heap.page_span,
	                mark_stack,       mark_len,           mark_cap};
}

static inline void marker_end(const Marker *m)
{
	mark_stack = m->stack;
	mark_len = m->len;
	mark_cap = m->cap;
}

/* If p points into an allocated object, mark it and, when it holds
 * pointers and was not marked yet, push it for scanning.  Precise words
 * need the same tests as conservative ones: gen does not mask the pointer
 * of an empty slice or string (s[len(s):]), so a field may point just past
 * its object, into the next slot (free or not), a span's unused tail or the
 * next page.  Marking through such a pointer only retains. */
static inline __attribute__((always_inline)) void mark_ptr(Marker *m, uintptr_t p)
{
	uintptr_t off = p - m->lo;
	if (off >= m->used)
		return;
	Span *s = m->page_span[off >> GC_PAGE_SHIFT];
	if (!s || s->state == SPAN_FREE)
		return;
	uint64_t idx = ((p - s->base) * (uint64_t)s->divmagic) >> 32;
	if (idx >= s->nelems)
		return; /* the unused tail of a span */
	uint64_t bit = 1ull << (idx % 64);
	size_t w = idx / 64;
	uint64_t mw = s->markbits[w];
	if ((mw & bit) || !(s->allocbits[w] & bit))
		return;
	s->markbits[w] = mw | bit;
	if (s->noscan)
		return;
	if (m->len == m->cap) {
		marker_end(m);
		mark_grow();
		*m = marker_begin();
	}
	m->stack[m->len++] = s->base + idx * s->elemsize;
}

/* Conservative: every aligned word of [lo, hi). */
static void scan_range(uintptr_t lo, uintptr_t hi)
{
	Marker m = marker_begin();
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t *w = (uintptr_t *)lo; (uintptr_t)w + 8 <= hi; w++)
		mark_ptr(&m, *w);
	marker_end(&m);
}

/* A precise pointer to something that is not an allocated object. */
static void bad_pointer(uintptr_t from, uintptr_t p)
{
	char msg[256];
	Span *f = gc_span_of(from), *t = gc_span_of(p);
	snprintf(msg, sizeof msg,
	         "gc: object %#lx (size %u) holds %#lx (span size %u, state %d), not an allocated "
	         "object",
	         (unsigned long)from, f ? f->elemsize : 0, (unsigned long)p, t ? t->elemsize : 0,
	         t ? t->state : -1);
	rt_fatal(msg);
}

static bool allocated(uintptr_t p)
{
	Span *s = gc_span_of(p);
	if (!s)
		return false;
	uint64_t idx = ((p - s->base) * (uint64_t)s->divmagic) >> 32;
	return idx < s->nelems && (s->allocbits[idx / 64] >> (idx % 64) & 1);
}

/* GOFRONT_GC_POISON mode: a precise word that points into the arena must
 * point into an allocated object, or just past an object (see mark_ptr),
 * which may itself be dead: at a slot boundary, or at a page boundary
 * (past a large object or the last slot of a span). */
static void check_pointer(uintptr_t from, uintptr_t p)
{
	if (p - gc_heap.arena_lo >= gc_heap.arena_used || allocated(p) || p % GC_PAGE == 0)
		return;
	Span *s = gc_span_of(p);
	if (s && s->state == SPAN_SMALL && (p - s->base) % s->elemsize == 0)
		return;
	if (s && s->state == SPAN_SMALL && p == s->base + (uintptr_t)s->nelems * s->elemsize)
		return;
	bad_pointer(from, p);
}

/* Precise: pop objects and scan the words their pointer bitmaps mark,
 * until the mark stack is empty. */
static void drain(void)
{
	Marker m = marker_begin();
	while (m.len > 0) {
		uintptr_t p = m.stack[--m.len];
		Span *s = m.page_span[(p - m.lo) >> GC_PAGE_SHIFT];
		const uintptr_t *words = (const uintptr_t *)s->base;
		const uint64_t *ptrbits = s->ptrbits;
		size_t w = (p - s->base) / 8, end = w + s->elemsize / 8;
		while (w < end) {
			size_t sh = w % 64, n = 64 - sh;
			if (n > end - w)
				n = end - w;
			uint64_t b = ptrbits[w / 64] >> sh;
			if (n < 64)
				b &= (1ull << n) - 1;
			while (b) {
				uintptr_t v = words[w + (size_t)__builtin_ctzll(b)];
				if (__builtin_expect(gc_poison, 0))
					check_pointer(p, v);
				mark_ptr(&m, v);
				b &= b - 1;
			}
			w += n;
		}
	}
	marker_end(&m);
}

/* ---- roots ---- */

typedef struct Root {
	uintptr_t lo, hi;
} Root;
static Root *roots;
static size_t nroots, caproots;

void gc_add_root(void *lo, void *hi)
{
	if (nroots == caproots) {
		caproots = caproots ? caproots * 2 : 16;
		roots = realloc(roots, caproots * sizeof *roots);
		if (!roots)
			rt_fatal("runtime: out of memory");
	}
	roots[nroots++] = (Root){(uintptr_t)lo, (uintptr_t)hi};
}

void gc_remove_root(void *lo)
{
	for (size_t i = 0; i < nroots; i++)
		if (roots[i].lo == (uintptr_t)lo) {
			roots[i] = roots[--nroots];
			return;
		}
}

void gc_add_stack_range(void *lo, void *hi)
{
	scan_range((uintptr_t)lo, (uintptr_t)hi);
}

extern char __data_start[], _end[]; /* the linker's: start of .data, end of .bss */

static void mark_globals(void)
{
	scan_range((uintptr_t)__data_start, (uintptr_t)_end);
}

static void mark_runtime(void)
{
	/* os.Args' array is calloc'd by main.c; user code may store heap
	 * strings into it */
	if (gort_os_args.ptr && !gc_span_of((uintptr_t)gort_os_args.ptr))
		scan_range((uintptr_t)gort_os_args.ptr,
		           (uintptr_t)gort_os_args.ptr +
		                   (uintptr_t)gort_os_args.cap * sizeof(GoString));
	for (size_t i = 0; i < nroots; i++)
		scan_range(roots[i].lo, roots[i].hi);
}

/* Called from mark_stacks, one frame below the spilled registers. */
static __attribute__((noinline)) void mark_stacks_below(void)
{
	if (gort_sched_scan_stacks)
		gort_sched_scan_stacks(gc_add_stack_range);
	else
		scan_range((uintptr_t)__builtin_frame_address(0), rt_stack_hi);
}

static __attribute__((noinline)) void mark_stacks(void)
{
	/* Go code may keep the only pointer to an object in a callee-saved
	 * register: store them all in this frame, which is scanned. */
	volatile uintptr_t regs[8];
#if defined(__x86_64__)
	__asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\tmovq %%r12, 16(%0)\n\t"
	                 "movq %%r13, 24(%0)\n\tmovq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
	                 :
	                 : "r"(regs)
	                 : "memory");
#endif
	__builtin_unwind_init();
	mark_stacks_below();
	__asm__ volatile("" : : "r"(regs) : "memory");
}

/* Can this stack be scanned?  Without a scheduler the collector only knows
 * the main stack; an allocation from elsewhere (the fault handler's
 * alternate stack) skips the collection. */
static bool stack_known(void)
{
	stack_t ss;
	if (sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_ONSTACK))
		return false;
	if (gort_sched_scan_stacks)
		return true;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	uintptr_t lo = rt_stack_lo ? rt_stack_lo : rt_stack_hi - ((uintptr_t)1 << 30);
	return rt_stack_hi && sp >= lo && sp < rt_stack_hi;
}

/* ---- sweeping ---- */

static void poison(uintptr_t p, size_t n)
{
	memset((void *)p, GC_POISON_BYTE, n);
}

/* Sweep every in-use span; returns the objects freed. */
static uint64_t sweep(void)
{
	GcHeap *h = &gc_heap;
	uint64_t freed = 0, freed_bytes = 0, live = 0;
	memset(h->partial, 0, sizeof h->partial);
	size_t keep = 0;
	for (size_t i = 0; i < h->nspans; i++) {
		Span *s = h->spans[i];
		uint32_t nalloc = 0, nlive = 0;
		for (uint32_t w = 0; w < s->nwords; w++) {
			uint64_t a = s->allocbits[w], m = s->markbits[w];
			nalloc += (uint32_t)__builtin_popcountll(a);
			nlive += (uint32_t)__builtin_popcountll(m);
			if (gc_poison)
				for (uint64_t dead = a & ~m; dead; dead &= dead - 1)
					poison(s->base +
					               (w * 64 + (uint64_t)__builtin_ctzll(dead)) *
					                       s->elemsize,
					       s->elemsize);
			s->allocbits[w] = m;
			s->markbits[w] = 0;
		}
		live += nlive;
		freed += nalloc - nlive;
		freed_bytes += (uint64_t)(nalloc - nlive) * s->elemsize;
		if (nlive == 0) {
			gc_span_free(s);
			continue;
		}
		if (nalloc != nlive)
			s->needzero = 1;
		s->nfree = s->nelems - nlive;
		s->cache = 0;
		s->blk = s->nwords;
		h->spans[keep++] = s;
		if (s->state == SPAN_SMALL && s->nfree) {
			unsigned sc = s->sizeclass * 2u + s->noscan;
			s->next = h->partial[sc];
			h->partial[sc] = s;
		}
	}
	h->nspans = keep;
	gc_stats.live_objects = live;
	gc_stats.frees += freed;
	gc_stats.freed_bytes += freed_bytes;
	return freed;
}

/* ---- the collection ---- */

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t start_ns;

static void trace(uint64_t t0, uint64_t t1, uint64_t t2, uint64_t t3, uint64_t before,
                  uint64_t after, uint64_t goal, bool forced)
{
	char line[256];
	double elapsed = (double)(t3 - start_ns) / 1e9;
	int pct = elapsed > 0 ? (int)((double)gc_stats.pause_total_ns / 1e9 / elapsed * 100 + 0.5)
	                      : 0;
	uint64_t globals = (uint64_t)(_end - __data_start);
	int n = snprintf(line, sizeof line,
	                 "gc %llu @%.3fs %d%%: %.3f+%.3f+%.3f ms clock, %llu->%llu->%llu MB, "
	                 "%llu MB goal, 0 MB stacks, %llu MB globals, 1 P%s\n",
	                 (unsigned long long)gc_stats.num_gc, elapsed, pct, (double)(t1 - t0) / 1e6,
	                 (double)(t2 - t1) / 1e6, (double)(t3 - t2) / 1e6,
	                 (unsigned long long)(before >> 20), (unsigned long long)(before >> 20),
	                 (unsigned long long)(after >> 20), (unsigned long long)(goal >> 20),
	                 (unsigned long long)(globals >> 20), forced ? " (forced)" : "");
	rt_write(2, line, n);
}

/* The scheduler's (sched.c): run fn(arg) on the thread's own stack, since a
 * goroutine's stack segment may be too small for the collector's C frames. */
void rt_systemstack(void (*fn)(void *), void *arg) __attribute__((weak));
/* The scheduler's (sched.c): give cached stack segments back, at each collection. */
void gort_sched_shrink_stacks(void) __attribute__((weak));

static void collect(void *forcedp);

bool gc_collect(bool forced)
{
	static bool running;
	if (running || !stack_known())
		return false;
	running = true;
	if (rt_systemstack)
		rt_systemstack(collect, &forced);
	else
		collect(&forced);
	running = false;
	return true;
}

/* 5. Set the next goal, then give memory back.  Go retains 10% over the
 * goal; we retain 10% over the most pages the heap really used (at the
 * start of one of the last four collections, fragmentation included) when
 * that is more, so that a heap that breathes does not fault its pages back
 * in at every cycle (Go's scavenger gets that by its slow pace). */
static void pace(uint64_t inuse_before)
{
	gc_stats.next_gc = gc_heap_goal(gc_heap_alloc());
	if (gc_percent >= 0) {
		static uint64_t peaks[4];
		peaks[gc_stats.num_gc % 4] = inuse_before;
		uint64_t retain = gc_stats.next_gc;
		for (int i = 0; i < 4; i++)
			retain = peaks[i] > retain ? peaks[i] : retain;
		retain += retain / 10;
		gc_scavenge(retain);
		if (gc_trace > 1) {
			char line[160];
			int n = snprintf(
			        line, sizeof line,
			        "scvg: retain %llu KB, committed %llu KB, released %llu KB\n",
			        (unsigned long long)retain >> 10,
			        (unsigned long long)gc_heap.arena_used >> 10,
			        (unsigned long long)gc_heap.released_bytes >> 10);
			rt_write(2, line, n);
		}
	}
	if (gort_sched_shrink_stacks)
		gort_sched_shrink_stacks(); /* as Go shrinks stacks during a collection */
}

static void collect(void *forcedp)
{
	uint64_t t0 = now_ns();
	uint64_t before = gc_heap_alloc(), goal = gc_stats.next_gc;
	uint64_t inuse_before = gc_heap.inuse_pages * GC_PAGE;

	/* 1. stop allocating */
	for (int sc = 0; sc < GC_NSPANCLASS; sc++) {
		if (gc_current[sc] != &gc_empty_span)
			gc_flush_cache(gc_current[sc]);
		gc_current[sc] = &gc_empty_span;
	}

	/* 2. roots, by kind */
	mark_globals();
	mark_runtime();
	mark_stacks();
	uint64_t t1 = now_ns();

	/* 3. mark */
	drain();
	uint64_t t2 = now_ns();

	/* 4. sweep */
	sweep();

	/* 5. pace */
	pace(inuse_before);
	uint64_t t3 = now_ns();

	gc_stats.num_gc++;
	gc_stats.pause_total_ns += t3 - t0;
	if (t3 - t0 > gc_stats.pause_max_ns)
		gc_stats.pause_max_ns = t3 - t0;
	if (gc_trace)
		trace(t0, t1, t2, t3, before, gc_heap_alloc(), goal, *(bool *)forcedp);
}

void gc_set_start_time(void)
{
	start_ns = now_ns();
}
