/*
 * gc.h: the heap's data structures and the collector's interface.
 *
 * gofront's heap is a stop-the-world, non-moving mark-sweep collector over
 * size-classed spans (docs/runtime.md, "The heap and the collector"):
 *
 *   alloc.c   gort_alloc: the fast path, the slow path that refills it,
 *             large objects, MemStats, the environment switches.
 *   heap.c    the arena, the page heap (runs of free pages, coalesced),
 *             span descriptors and their bitmaps, the size classes.
 *   gc.c      the collection itself: roots by kind, mark, sweep, pacing,
 *             gctrace.
 *
 * Everything here runs on one OS thread at a time: the heap has no locks.
 * A scheduler that runs goroutines on several threads must serialise
 * gort_alloc and collections.
 *
 * Each invariant is stated beside the structure it constrains.
 */
#ifndef GOFRONT_GC_H
#define GOFRONT_GC_H

#include "rt.h"

/* ---- pages and size classes ---- */

enum {
	GC_PAGE_SHIFT = 13,
	GC_PAGE = 1 << GC_PAGE_SHIFT,  /* 8 KiB, Go's page */
	GC_MAX_SMALL = 32768,          /* larger objects get a span of their own */
	GC_NCLASS = 68,                /* class 0 is unused; 1..67 are Go 1.19's */
	GC_NSPANCLASS = GC_NCLASS * 2, /* (class << 1) | noscan */
};

/* class_size[c]: object size of class c; class_pages[c]: pages per span. */
extern uint32_t gc_class_size[GC_NCLASS];
extern uint8_t gc_class_pages[GC_NCLASS];
/* size -> class: gc_class_small[(size+7)>>3] for size <= 1024,
 * gc_class_mid[(size-1024+127)>>7] up to GC_MAX_SMALL. */
extern uint8_t gc_class_small[1024 / 8 + 1];
extern uint8_t gc_class_mid[(GC_MAX_SMALL - 1024) / 128 + 1];

static inline unsigned gc_size_class(uint64_t size)
{
	return size <= 1024 ? gc_class_small[(size + 7) >> 3]
	                    : gc_class_mid[(size - 1024 + 127) >> 7];
}

/* ---- spans ----
 * A span is a run of pages.  It is in one of three states:
 *
 *   SPAN_FREE   an unused run in the page heap.  Only its first and last
 *               pages map to it in page_span; it has no bitmaps.
 *   SPAN_SMALL  nelems objects of one size class, elemsize apart, from base.
 *   SPAN_LARGE  one object of more than GC_MAX_SMALL bytes (nelems == 1).
 *
 * Invariants of an in-use span (SMALL or LARGE):
 *   - every page of it maps to it in page_span;
 *   - allocbits: bit i set <=> slot i holds an allocated object, for every
 *     block of 64 slots below `blk`, and for every block above it.  In block
 *     `blk` itself the slots that are free and not yet handed out are the set
 *     bits of `cache`; the others are allocated.  (gc_flush_cache folds the
 *     cache into allocbits, so during a collection allocbits is exact.)
 *   - markbits are all clear outside a collection;
 *   - ptrbits (scan spans only: noscan == 0): one bit per 8-byte word of the
 *     span; for an allocated slot, bit set <=> the word may hold a heap
 *     pointer.  Written whole (set and cleared) at allocation, except:
 *   - type1 (scan SMALL spans): NULL => nothing was ever allocated in the
 *     span; a type t => every slot's ptrbits hold one t (so allocating a t,
 *     of t->size bytes, writes nothing: the span's first such allocation
 *     wrote them all); GC_MIXED => each allocation writes its own bits.
 *   - needzero == 0 => every slot not allocated is all zero bytes.
 *
 * Invariants of a free run (FREE):
 *   - released => its pages were given back to the OS and read as zero
 *     (needzero == 0), and H->released_bytes counts them;
 *   - two adjacent free runs are never both resident: freeing coalesces
 *     resident neighbours; a released run stays apart from resident ones.
 */
enum { SPAN_FREE, SPAN_SMALL, SPAN_LARGE };
#define GC_MIXED ((const GoType *)1)

typedef struct Span Span;
struct Span {
	uintptr_t base;      /* address of the first page */
	uint32_t npages;     /* length in pages */
	uint8_t state;       /* SPAN_* */
	uint8_t sizeclass;   /* SMALL: 1..67; else 0 */
	uint8_t noscan;      /* objects hold no pointers: no ptrbits, never scanned */
	uint8_t needzero;    /* free slots may hold old bytes: zero them on allocation */
	uint8_t released;    /* FREE only: its pages were given back to the OS (madvise) */
	uint32_t elemsize;   /* object size (LARGE: npages * GC_PAGE) */
	uint32_t nelems;     /* object slots */
	uint32_t divmagic;   /* slot of offset o is (o * divmagic) >> 32 (0 for LARGE) */
	uint32_t blk;        /* the 64-slot block the allocation cursor is in */
	uint64_t cache;      /* free slots of block blk not yet handed out */
	uint32_t nfree;      /* free slots after the last sweep */
	uint32_t nwords;     /* words per bitmap of 64 slots (alloc/mark) */
	Span *next;          /* partial list of its class, or free-run bucket */
	Span *prev;          /* free-run bucket only */
	const GoType *type1; /* scan SMALL: NULL, the type of every slot, or GC_MIXED */
	uint64_t *allocbits; /* nelems bits */
	uint64_t *markbits;  /* nelems bits */
	uint64_t *ptrbits;   /* npages * 1024 bits, or NULL when noscan */
	uint64_t bits[];     /* storage of the three bitmaps */
};

/* ---- the heap ----
 * The arena is one reservation of address space, [arena_lo, arena_lo +
 * arena_max); [arena_lo, arena_lo + arena_used) is committed and every page
 * in it belongs to exactly one span (free or in use).  page_span has one
 * entry per page of the reservation.
 */
typedef struct GcHeap {
	uintptr_t arena_lo;
	uintptr_t arena_used; /* committed bytes, a multiple of GC_PAGE */
	uintptr_t arena_max;  /* reserved bytes: beyond them, out of memory */
	Span **page_span;     /* page index -> span (NULL: inside a free run,
	                       * whose first and last pages map to it) */
	Span **spans;         /* every in-use span, in no order */
	size_t nspans, capspans;
	Span *partial[GC_NSPANCLASS]; /* swept SMALL spans with free slots, not current */
	Span *free_runs[129];         /* free runs by npages (128: 128 pages and more) */
	uint64_t inuse_pages;         /* pages in in-use spans */
	uint64_t released_bytes;      /* free pages given back with madvise */
	uint64_t meta_bytes;          /* span descriptors and bitmaps (malloc'd) */
} GcHeap;

extern GcHeap gc_heap;
/* The span each size class allocates from: its cache's set bits are free
 * slots.  An empty class points at gc_empty_span, whose cache is 0. */
extern Span *gc_current[GC_NSPANCLASS];
extern Span gc_empty_span;

/* The in-use span holding address p, or NULL (not a heap address, or a
 * free page). */
static inline Span *gc_span_of(uintptr_t p)
{
	uintptr_t off = p - gc_heap.arena_lo;
	if (off >= gc_heap.arena_used)
		return NULL;
	Span *s = gc_heap.page_span[off >> GC_PAGE_SHIFT];
	return s && s->state != SPAN_FREE ? s : NULL;
}

/* heap.c */
void gc_heap_init(void);
Span *gc_span_alloc(uint32_t npages, int state, unsigned sizeclass, int noscan);
void gc_span_free(Span *s);         /* back to the page heap (coalescing) */
void gc_span_reset_cursor(Span *s); /* allocation restarts at slot 0 */
bool gc_span_next_block(Span *s);   /* advance the cursor; false: span full */
void gc_flush_cache(Span *s);       /* fold the cache into allocbits */
void gc_scavenge(uint64_t retain);  /* release free pages until at most
                                     * `retain` bytes of the arena are resident */

/* ---- statistics (gc.c; alloc.c counts allocations), in Go's meanings ---- */
typedef struct GcStats {
	uint64_t freed_bytes;  /* bytes of objects freed by sweeps, cumulative */
	uint64_t frees;        /* objects freed, cumulative (MemStats.Frees) */
	uint64_t num_gc;       /* completed collections */
	uint64_t live_objects; /* objects marked by the last collection */
	uint64_t next_gc;      /* heap goal: collect when HeapAlloc reaches it */
	uint64_t pause_total_ns, pause_max_ns;
} GcStats;
extern GcStats gc_stats;

static inline uint64_t gc_heap_alloc(void)
{
	return gort_total_alloc - gc_stats.freed_bytes;
}
uint64_t gc_heap_goal(uint64_t live); /* the pacer: next_gc for a live heap */

/* ---- switches (gc.c; gc_poison heap.c), set from the environment by rt_alloc_init ---- */
extern int gc_percent; /* GOGC: 100 by default; -1 = off */
extern int gc_trace;   /* GODEBUG=gctrace=1 */
extern int gc_poison;  /* GOFRONT_GC_POISON=1: fill freed objects with GC_POISON */
#define GC_POISON_BYTE 0xdb

/* ---- the collector (gc.c) ---- */
/* Collect now.  forced: runtime.GC (marked "(forced)" in gctrace).  Returns
 * false when no collection was possible (the allocation came from a stack
 * the collector cannot scan, e.g. the fault handler's). */
bool gc_collect(bool forced);

/* Roots for the runtime's own structures outside the heap (malloc'd
 * tables, thread-locals): [lo, hi) is scanned conservatively at every
 * collection until removed. */
void gc_add_root(void *lo, void *hi);
void gc_remove_root(void *lo);

/* Scan [lo, hi) conservatively now: for the stack hook below. */
void gc_add_stack_range(void *lo, void *hi);

void gc_set_start_time(void); /* gctrace's @time counts from here */

/* The scheduler's hook (runtime/sched.c defines it; weak here, so the
 * runtime links without it).  During a collection it must call fn(lo, hi)
 * for the live part of every goroutine stack, the running one included:
 *   - a suspended goroutine: from its saved stack pointer to its stack top,
 *     plus wherever its saved registers live if not on that stack;
 *   - the running goroutine: from an address in the hook's own frame (e.g.
 *     __builtin_frame_address(0)) to its stack top.  The collector calls
 *     the hook from a frame below the one where it spilled the callee-saved
 *     registers, so the range includes them.  (With sched.c's
 *     rt_systemstack, which the collector uses when it is linked in, the
 *     collection runs on the thread's own stack and the goroutine that
 *     allocated counts as suspended at the sp rt_systemstack saved.)
 * Without the hook the collector scans the main stack, [sp, rt_stack_hi). */
void gort_sched_scan_stacks(void (*fn)(void *lo, void *hi)) __attribute__((weak));

#endif
