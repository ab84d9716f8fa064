/*
 * alloc.c: the heap allocator behind new, &T{}, make and escaping locals.
 *
 * Interface (final): gort_alloc(size, type) returns `size` zeroed bytes,
 * 8-byte aligned, never NULL; `type` describes the object (NULL: pointer-free
 * memory) so that the mark-sweep collector that comes later can scan the heap
 * precisely.  Every call with size > 0 counts one object in gort_mallocs and
 * `size` bytes in gort_total_alloc: runtime.MemStats.Mallocs is a count of
 * heap allocations, and tests check it to prove that escape analysis kept
 * values on the stack.  size == 0 returns the address of one shared zero-size
 * object and counts nothing, as Go's mallocgc does.
 *
 * Implementation (for now, no collection): a bump allocator over 4 MiB
 * chunks obtained with mmap (which hands out zeroed pages, so bumping needs
 * no memset); objects larger than a quarter chunk get their own mapping.
 * Invariant: [bump, limit) of the current chunk is zero and unused.
 *
 * GOFRONT_GC_STRESS (read once at start): when set, the collector will run a
 * full collection at every allocation; today it only sets rt_gc_stress.
 */
#include "rt.h"

#include <stdlib.h>
#include <sys/mman.h>

enum {
	CHUNK_SIZE = 4 << 20,
	LARGE_OBJECT = CHUNK_SIZE / 4,
};

uint64_t gort_mallocs;
uint64_t gort_total_alloc;
int rt_gc_stress;

static uint8_t *bump, *limit;    /* free part of the current chunk */
static uint64_t heap_sys;        /* bytes obtained from the OS */
static uint64_t num_gc;          /* runtime.GC calls so far */
static int64_t zerobase;         /* the address of every zero-size object */

void rt_alloc_init(void)
{
	const char *s = getenv("GOFRONT_GC_STRESS");
	rt_gc_stress = s && *s && !(s[0] == '0' && s[1] == 0);
}

static void *os_map(int64_t size)
{
	void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	               -1, 0);
	if (p == MAP_FAILED)
		rt_fatal("runtime: out of memory");
	heap_sys += (uint64_t)size;
	return p;
}

void *gort_alloc(int64_t size, const GoType *t)
{
	if (size <= 0) {
		if (size < 0)
			rt_fatal("runtime: out of memory");
		return &zerobase;
	}
	gort_mallocs++;
	gort_total_alloc += (uint64_t)size;
	if (size >= LARGE_OBJECT) {
		if (size > ((int64_t)1 << 47))
			rt_fatal("runtime: out of memory");
		return os_map((size + 4095) & ~(int64_t)4095);
	}
	int64_t need = (size + 7) & ~(int64_t)7;
	if (bump == NULL || limit - bump < need) {
		bump = os_map(CHUNK_SIZE);
		limit = bump + CHUNK_SIZE;
	}
	void *p = bump;
	bump += need;
	return p;
}

void gort_runtime_ReadMemStats(GoMemStats *m)
{
	m->Alloc = gort_total_alloc;
	m->TotalAlloc = gort_total_alloc;
	m->Sys = heap_sys;
	m->Lookups = 0;
	m->Mallocs = gort_mallocs;
	m->Frees = 0;
	m->HeapAlloc = gort_total_alloc;
	m->HeapSys = heap_sys;
	m->HeapIdle = heap_sys - gort_total_alloc < heap_sys ? heap_sys - gort_total_alloc : 0;
	m->HeapInuse = gort_total_alloc;
	m->HeapReleased = 0;
	m->HeapObjects = gort_mallocs;
	m->NumGC = num_gc;
}

/* No collector yet: runtime.GC only counts, so MemStats.NumGC moves as in Go. */
void gort_runtime_GC(void) { num_gc++; }
