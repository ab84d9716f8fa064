/*
 * heap.c: the arena, the page heap and span descriptors.
 *
 * The arena is one big reservation of address space (PROT_NONE), made at
 * start: as much as the machine has RAM and swap, at most 64 GiB (or
 * GOFRONT_HEAP_MAX MiB, a debug switch to exercise running out).  The heap
 * grows by committing the next piece of it (mprotect), so a heap address is
 * recognised with one subtraction and one compare, and its span with one
 * load from page_span (one entry per 8 KiB page).  Growing past the
 * reservation, or a failed commit, is Go's
 * `fatal error: runtime: out of memory`.
 *
 * The page heap hands out runs of pages as spans.  Free runs sit in 129
 * buckets by length (the last holds every run of 128 pages and more); a run
 * is taken best-fit, split, and on free coalesced with free neighbours,
 * found through page_span at its first and last pages.  Fresh pages from the
 * OS are zero; a run that held objects carries needzero.  After each
 * collection the scavenger (gc_scavenge) gives free pages back to the OS
 * with madvise(MADV_DONTNEED) beyond what the heap recently needed; such
 * released runs are taken last, as touching them faults pages back in.
 *
 * Span descriptors live off the heap (malloc), with their bitmaps in the
 * same block, so the collector never sees them as heap objects.  The size
 * classes are Go 1.19's (runtime/sizeclasses.go), so that a slice grown to
 * Go's capacity fills its slot exactly; the pages per span are chosen here:
 * the fewest pages (at most 16) that waste at most 1/8 of the span.
 */
#include "gc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>

GcHeap gc_heap;
int gc_poison;
Span *gc_current[GC_NSPANCLASS] = {[0 ... GC_NSPANCLASS - 1] = &gc_empty_span};
Span gc_empty_span;

uint32_t gc_class_size[GC_NCLASS] = {
        0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
        160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
        448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
        1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
        6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
        18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
uint8_t gc_class_pages[GC_NCLASS];
uint8_t gc_class_small[1024 / 8 + 1];
uint8_t gc_class_mid[(GC_MAX_SMALL - 1024) / 128 + 1];

static GcHeap *const H = &gc_heap;

static void *meta_alloc(size_t n)
{
	void *p = calloc(1, n);
	if (!p)
		rt_fatal("runtime: out of memory");
	H->meta_bytes += n;
	return p;
}

static void meta_free(void *p, size_t n)
{
	H->meta_bytes -= n;
	free(p);
}

static void init_classes(void)
{
	for (unsigned c = 1; c < GC_NCLASS; c++) {
		uint32_t size = gc_class_size[c];
		unsigned np = 1;
		while (np < 16 && ((uint64_t)np * GC_PAGE < size ||
		                   (uint64_t)np * GC_PAGE % size * 8 > (uint64_t)np * GC_PAGE))
			np++;
		gc_class_pages[c] = (uint8_t)np;
	}
	/* the smallest class that holds each size */
	unsigned c = 1;
	for (unsigned i = 0; i <= 1024 / 8; i++) {
		while (gc_class_size[c] < i * 8)
			c++;
		gc_class_small[i] = (uint8_t)c;
	}
	for (unsigned i = 0; i < sizeof gc_class_mid; i++) {
		while (gc_class_size[c] < 1024 + i * 128)
			c++;
		gc_class_mid[i] = (uint8_t)c;
	}
}

void gc_heap_init(void)
{
	init_classes();
	struct sysinfo si;
	uint64_t max = (uint64_t)64 << 30;
	if (sysinfo(&si) == 0) {
		uint64_t mem = ((uint64_t)si.totalram + si.totalswap) * si.mem_unit;
		if (mem < max)
			max = mem;
	}
	if (max < ((uint64_t)256 << 20))
		max = (uint64_t)256 << 20;
	const char *lim = getenv("GOFRONT_HEAP_MAX"); /* MiB: a debug switch to test running out */
	if (lim && atoll(lim) > 0 && ((uint64_t)atoll(lim) << 20) < max)
		max = (uint64_t)atoll(lim) << 20;
	max &= ~(uint64_t)(GC_PAGE - 1);
	void *a = mmap(NULL, max, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	void *t = mmap(NULL, max / GC_PAGE * sizeof(Span *), PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (a == MAP_FAILED || t == MAP_FAILED)
		rt_fatal("runtime: cannot reserve the heap arena");
	H->arena_lo = (uintptr_t)a;
	H->arena_max = max;
	H->page_span = t;
}

/* ---- free runs ---- */

static unsigned bucket_of(uint32_t npages)
{
	return npages < 128 ? npages : 128;
}

static void run_insert(Span *r)
{
	Span **b = &H->free_runs[bucket_of(r->npages)];
	r->prev = NULL;
	r->next = *b;
	if (*b)
		(*b)->prev = r;
	*b = r;
	size_t first = (r->base - H->arena_lo) >> GC_PAGE_SHIFT;
	H->page_span[first] = r;
	H->page_span[first + r->npages - 1] = r;
}

static void run_remove(Span *r)
{
	if (r->prev)
		r->prev->next = r->next;
	else
		H->free_runs[bucket_of(r->npages)] = r->next;
	if (r->next)
		r->next->prev = r->prev;
	size_t first = (r->base - H->arena_lo) >> GC_PAGE_SHIFT;
	H->page_span[first] = NULL;
	H->page_span[first + r->npages - 1] = NULL;
}

/* The free run at page index i, if that page starts or ends one. */
static Span *free_run_at(size_t i)
{
	if (i >= (H->arena_used >> GC_PAGE_SHIFT))
		return NULL;
	Span *s = H->page_span[i];
	return s && s->state == SPAN_FREE ? s : NULL;
}

/* Give [base, base+npages) (resident pages) to the free runs, merged with
 * free neighbours that are resident too: a released run stays apart, so
 * that take_run can tell the pages that would fault from those that would
 * not. */
static void free_pages(uintptr_t base, uint32_t npages, bool needzero)
{
	size_t first = (base - H->arena_lo) >> GC_PAGE_SHIFT;
	Span *r = NULL;
	if (first > 0 && (r = free_run_at(first - 1)) != NULL && !r->released) {
		run_remove(r);
		r->npages += npages;
		r->needzero |= needzero;
	} else {
		r = meta_alloc(sizeof(Span));
		r->state = SPAN_FREE;
		r->base = base;
		r->npages = npages;
		r->needzero = needzero;
	}
	Span *after = free_run_at(first + npages);
	if (after && after != r && !after->released) {
		run_remove(after);
		r->npages += after->npages;
		r->needzero |= after->needzero;
		meta_free(after, sizeof(Span));
	}
	run_insert(r);
}

/* Commit at least npages more pages at the end of the arena. */
static void grow(uint32_t npages)
{
	uintptr_t want = (uintptr_t)npages * GC_PAGE;
	uintptr_t step = (uintptr_t)4 << 20;
	if (want < step)
		want = step;
	if (want > H->arena_max - H->arena_used) {
		want = (uintptr_t)npages * GC_PAGE;
		if (want > H->arena_max - H->arena_used)
			rt_fatal("runtime: out of memory");
	}
	uintptr_t base = H->arena_lo + H->arena_used;
	if (mprotect((void *)base, want, PROT_READ | PROT_WRITE) != 0)
		rt_fatal("runtime: out of memory");
	H->arena_used += want;
	free_pages(base, (uint32_t)(want >> GC_PAGE_SHIFT), false);
}

/* The free run to take npages from: the smallest that holds them,
 * preferring resident runs to released ones (which fault when touched). */
static Span *take_run(uint32_t npages)
{
	Span *released = NULL;
	for (unsigned b = bucket_of(npages); b < 128; b++)
		for (Span *r = H->free_runs[b]; r; r = r->next) {
			if (!r->released)
				return r;
			if (!released)
				released = r;
		}
	Span *best = NULL;
	for (Span *r = H->free_runs[128]; r; r = r->next)
		if (r->npages >= npages &&
		    (!best || (best->released && !r->released) ||
		     (best->released == r->released && r->npages < best->npages)))
			best = r;
	if (released && (!best || best->released))
		return released;
	return best;
}

/* ---- in-use spans ---- */

Span *gc_span_alloc(uint32_t npages, int state, unsigned sizeclass, int noscan)
{
	if (npages > (H->arena_max >> GC_PAGE_SHIFT))
		rt_fatal("runtime: out of memory");
	Span *r = take_run(npages);
	if (!r) {
		grow(npages);
		r = take_run(npages);
	}
	run_remove(r);
	uintptr_t base = r->base;
	bool needzero = r->needzero;
	if (r->released) /* the pages we take come back as they are touched */
		H->released_bytes -= (uint64_t)npages * GC_PAGE;
	if (r->npages > npages) {
		r->base += (uintptr_t)npages * GC_PAGE;
		r->npages -= npages;
		run_insert(r);
	} else {
		meta_free(r, sizeof(Span));
	}

	uint32_t elemsize = state == SPAN_SMALL ? gc_class_size[sizeclass] : npages * GC_PAGE;
	uint32_t nelems = state == SPAN_SMALL ? npages * GC_PAGE / elemsize : 1;
	uint32_t nwords = (nelems + 63) / 64;
	size_t nptr = noscan ? 0 : (size_t)npages * (GC_PAGE / 8 / 64);
	size_t bytes = sizeof(Span) + (2 * (size_t)nwords + nptr) * sizeof(uint64_t);
	Span *s = meta_alloc(bytes);
	s->base = base;
	s->npages = npages;
	s->state = (uint8_t)state;
	s->sizeclass = (uint8_t)sizeclass;
	s->noscan = (uint8_t)noscan;
	s->needzero = needzero || gc_poison;
	s->elemsize = elemsize;
	s->nelems = nelems;
	s->divmagic =
	        state == SPAN_SMALL ? (uint32_t)(((1ull << 32) + elemsize - 1) / elemsize) : 0;
	s->nwords = nwords;
	s->nfree = nelems;
	s->allocbits = s->bits;
	s->markbits = s->bits + nwords;
	s->ptrbits = noscan ? NULL : s->bits + 2 * nwords;

	size_t first = (base - H->arena_lo) >> GC_PAGE_SHIFT;
	for (uint32_t i = 0; i < npages; i++)
		H->page_span[first + i] = s;
	if (H->nspans == H->capspans) {
		size_t cap = H->capspans ? H->capspans * 2 : 256;
		Span **v = realloc(H->spans, cap * sizeof *v);
		if (!v)
			rt_fatal("runtime: out of memory");
		H->meta_bytes += (cap - H->capspans) * sizeof *v;
		H->spans = v;
		H->capspans = cap;
	}
	H->spans[H->nspans++] = s;
	H->inuse_pages += npages;
	return s;
}

/* Free an in-use span (the caller has removed it from H->spans). */
void gc_span_free(Span *s)
{
	size_t first = (s->base - H->arena_lo) >> GC_PAGE_SHIFT;
	for (uint32_t i = 0; i < s->npages; i++)
		H->page_span[first + i] = NULL;
	H->inuse_pages -= s->npages;
	uintptr_t base = s->base;
	uint32_t npages = s->npages;
	meta_free(s, sizeof(Span) + (2 * (size_t)s->nwords +
	                             (s->noscan ? 0 : (size_t)npages * (GC_PAGE / 8 / 64))) *
	                                    sizeof(uint64_t));
	free_pages(base, npages, true);
}

/* Go's scavenger, eagerly: after a collection, give free runs back to the
 * OS (largest first) while more than `retain` bytes are resident.  Their
 * pages read as zero afterwards, so they need no zeroing when reused. */
void gc_scavenge(uint64_t retain)
{
	uint64_t resident = H->arena_used - H->released_bytes;
	if (resident < retain + ((uint64_t)64 << GC_PAGE_SHIFT))
		return; /* not worth a system call: less than 64 pages over */
	uint64_t excess = (resident - retain) >> GC_PAGE_SHIFT; /* pages */
	for (int b = 128; b >= 16 && excess > 0; b--)
		for (Span *r = H->free_runs[b]; r && excess > 0; r = r->next) {
			if (r->released)
				continue;
			uint32_t n = r->npages <= excess ? r->npages : (uint32_t)excess;
			if (n < 16)
				continue;
			uintptr_t tail = r->base + (uintptr_t)(r->npages - n) * GC_PAGE;
			if (madvise((void *)tail, (size_t)n * GC_PAGE, MADV_DONTNEED) != 0)
				return;
			H->released_bytes += (uint64_t)n * GC_PAGE;
			excess -= n;
			if (n == r->npages) {
				r->released = 1;
				r->needzero = 0;
				continue;
			}
			/* release the tail only: it becomes a run of its own, and the
			 * lists change under us, so stop here */
			run_remove(r);
			r->npages -= n;
			run_insert(r);
			Span *t = meta_alloc(sizeof(Span));
			t->state = SPAN_FREE;
			t->base = tail;
			t->npages = n;
			t->released = 1;
			run_insert(t);
			return;
		}
}

/* ---- the allocation cursor ---- */

/* The slots of block b that exist (the last block may be partial). */
static inline uint64_t block_valid(const Span *s, uint32_t b)
{
	uint32_t n = s->nelems - b * 64;
	return n >= 64 ? ~0ull : (1ull << n) - 1;
}

void gc_span_reset_cursor(Span *s)
{
	s->blk = 0;
	s->cache = ~s->allocbits[0] & block_valid(s, 0);
}

bool gc_span_next_block(Span *s)
{
	while (s->cache == 0) {
		if (s->blk >= s->nwords)
			return false;
		s->allocbits[s->blk] = block_valid(s, s->blk); /* all handed out */
		if (++s->blk >= s->nwords)
			return false;
		s->cache = ~s->allocbits[s->blk] & block_valid(s, s->blk);
	}
	return true;
}

void gc_flush_cache(Span *s)
{
	if (s->blk < s->nwords)
		s->allocbits[s->blk] |= ~s->cache & block_valid(s, s->blk);
	s->cache = 0;
	s->blk = s->nwords; /* the cursor is past the end until reset */
}
