/*
 * stack.c: growable goroutine stacks, as non-moving linked segments.
 *
 * Every function that gen compiles starts with a check (gen_go.c):
 *
 *     if (sp - frame < gort_stack_limit)          gort_stack_limit: TLS, local-exec
 *         gort_morestack_fn = self, gort_morestack_info = frame<<32 | argbytes,
 *         return gort_morestack(the same arguments);
 *
 * gort_morestack (switch_amd64.S) calls rt_morestack_grow below, which hangs
 * a new segment under the current one, copies the stack-passed arguments,
 * and runs the function again on it; rt_morestack_return unhooks the
 * segment when the function returns.  Frames never move, so the collector
 * can scan stacks conservatively and pointers into a stack stay valid (gc
 * moves stacks because it has exact stack maps; gcc gives us none).
 *
 * Layout of a goroutine's memory:
 *
 *   first segment, a 32 KiB slot of the goroutine arena (MAP_NORESERVE:
 *   only touched pages cost memory; a blocked goroutine touches one):
 *
 *     lo           lo + RED                                sp ...      hi
 *     | red zone    | Go frames grow down  <-------------- | frames | G |
 *                   ^ gort_stack_limit
 *
 *   later segments, one mmap each, sized 64 KiB, 128 KiB, ... doubling up to
 *   8 MiB (or what a big frame needs), with their StackSeg at the top.
 *
 * The red zone (RED bytes below the limit) is where a function that passed
 * its check keeps a small frame and calls runtime C code (fmt, the
 * allocator, morestack itself), which has no checks of its own.  Generated
 * functions whose locals exceed SMALL_FRAME pass their frame size so that
 * the check compares sp - frame.
 *
 * Hysteresis: returning from a segment keeps it as the caller segment's
 * spare, so a call that sits on a boundary in a loop ("hot split") costs a
 * few ns, not an mmap.  Spares and pooled segments go back to the OS when
 * the collector calls gort_sched_shrink_stacks (as gc shrinks at GC time).
 *
 * The 1 GB limit: g->stack_bytes sums the segment sizes of the chain; a
 * grow past 1e9 prints gc's two lines and "fatal error: stack overflow",
 * exit 2.  A main goroutine running code compiled without checks (the C
 * tests) gets a 1 GiB reservation with a PROT_NONE guard instead, whose
 * fault panic.c reports the same way.
 *
 * GOFRONT_STACK_STRESS=1: every segment lets only the splitting frame and
 * STRESS_USE more bytes in before the next split, no spare is kept, and the
 * pools hand segments out in FIFO order, so deep code splits every few
 * calls and consecutive splits land in different segments.
 */
#include "sched.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
	SLOT = 32 * 1024,       /* first segment (arena slot) */
	SLOTS_PER_CHUNK = 2048, /* one arena chunk: 64 MiB of address space */
	RED = 16 * 1024,        /* headroom below the limit for runtime C code */
	TOPPAD = 256,           /* unused bytes at a segment's top */
	MIN_SEG = 64 * 1024,
	MAX_SEG = 8 * 1024 * 1024,
	POOL_MAX = 16,          /* pooled free segments per size class */
	STRESS_POOL_MAX = 1024, /* the same under GOFRONT_STACK_STRESS (splits galore) */
	STRESS_USE = 1024,
	SMALL_FRAME = 2048,  /* frames up to this pass 0 as their size (gort.h) */
	BIG_STACK = 1 << 30, /* main without checks: reservation and guard */
	BIG_GUARD = 1 << 20,
};
static const int64_t MAX_STACK = 1000000000; /* gc's maxstacksize on 64-bit */

/* Where gort_morestack's caller left its stack-passed arguments, relative
 * to the register save area (switch_<arch>.S): above the save area, the
 * saved frame pointer and the return address (x86-64) or fp/lr (arm64). */
#if defined(__aarch64__)
enum { MORESTACK_ARGS = 208 + 16 };
#else
enum { MORESTACK_ARGS = 176 + 16 };
#endif

__thread uintptr_t gort_stack_limit;
__thread void *gort_morestack_fn;
__thread uint64_t gort_morestack_info;
int rt_stack_stress;

/* ---- segments ---- */

/* Free segments by size class (64 KiB << i), linked through spare. */
static StackSeg *pool[8];
static int pool_n[8];

static int size_class(int64_t size)
{
	for (int i = 0; i < 8; i++)
		if (size == (int64_t)MIN_SEG << i)
			return i;
	return -1;
}

static void *os_reserve(int64_t size)
{
	void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		rt_fatal("runtime: cannot allocate goroutine stack");
	return p;
}

static StackSeg *seg_alloc(int64_t size)
{
	int c = size_class(size);
	if (c >= 0 && pool[c]) {
		StackSeg *s = pool[c];
		pool[c] = s->spare;
		pool_n[c]--;
		s->spare = NULL;
		return s;
	}
	uint8_t *base = os_reserve(size);
	StackSeg *s = (StackSeg *)(base + size - sizeof(StackSeg));
	memset(s, 0, sizeof *s);
	s->lo = (uintptr_t)base;
	s->hi = (uintptr_t)s & ~(uintptr_t)63;
	s->size = size;
	s->kind = SEG_MAP;
	return s;
}

static void seg_free(StackSeg *s)
{
	if (!s || s->kind != SEG_MAP)
		return;
	int c = size_class(s->size);
	if (c >= 0 && pool_n[c] < (rt_stack_stress ? STRESS_POOL_MAX : POOL_MAX)) {
		/* stress mode appends, so that the next split takes another segment */
		StackSeg **link = &pool[c];
		if (rt_stack_stress)
			while (*link)
				link = &(*link)->spare;
		s->spare = *link;
		*link = s;
		pool_n[c]++;
		return;
	}
	munmap((void *)s->lo, (size_t)s->size);
}

static uintptr_t seg_limit(StackSeg *s)
{
	if (rt_stack_stress && s->kind == SEG_MAP)
		return s->hi - TOPPAD - STRESS_USE;
	return s->lo + RED;
}

/* ---- overflow ---- */

static void stack_overflow(G *g, uintptr_t sp) RT_NORETURN;
static void stack_overflow(G *g, uintptr_t sp)
{
	RtBuf b = {0};
	char tmp[128];
	rt_flush();
	rt_buf_cstr(&b, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
	snprintf(tmp, sizeof tmp, "runtime: sp=%#lx stack=[%#lx, %#lx]\n", (unsigned long)sp,
	         (unsigned long)g->seg->lo, (unsigned long)g->seg->hi);
	rt_buf_cstr(&b, tmp);
	rt_write(2, b.p, b.len);
	rt_fatal("stack overflow");
}

/* ---- morestack ---- */

typedef struct MoreStackRet {
	uintptr_t sp; /* where to call the function: its stack arguments */
	void *fn;     /* the function to call again */
} MoreStackRet;

MoreStackRet rt_morestack_grow(uintptr_t *save);
void rt_morestack_return(void);

/* Pop segments the goroutine has left without returning through
 * gort_morestack (a siglongjmp out of a deeper segment): afterwards sp is
 * inside g->seg and the limit is g->seg's. */
static void unwind_to(G *g, uintptr_t sp)
{
	while (g->seg->prev && !(sp >= g->seg->lo && sp < g->seg->hi)) {
		StackSeg *s = g->seg;
		uintptr_t limit = s->caller_limit; /* s's descriptor lives in s's memory */
		g->seg = s->prev;
		g->stack_bytes -= s->counted;
		g->seg->spare = NULL;
		seg_free(s->spare);
		seg_free(s);
		gort_stack_limit = limit;
	}
}

/* Called by gort_morestack on the old segment, inside its red zone.  save
 * points at its register save area; the stack-passed arguments start
 * MORESTACK_ARGS bytes above it. */
MoreStackRet rt_morestack_grow(uintptr_t *save)
{
	G *g = rt_g;
	uintptr_t sp = (uintptr_t)save;
	int64_t argbytes = (int64_t)(gort_morestack_info & 0xffffffff);
	int64_t frame = (int64_t)(gort_morestack_info >> 32);
	gort_morestack_info = 0; /* so that a caller whose info is 0 may skip the store */
	if (!g)
		rt_fatal("morestack on g0");
	unwind_to(g, sp);
	StackSeg *cur = g->seg;
	argbytes = (argbytes + 15) & ~(int64_t)15;
	/* The function reads sp after allocating its real frame (at most the
	 * estimate, or SMALL_FRAME when it passed 0), then checks sp - frame. */
	int64_t real = frame > SMALL_FRAME ? frame : SMALL_FRAME;
	int64_t need = real + frame + argbytes + RED + TOPPAD + (int64_t)sizeof(StackSeg) + 4096;

	StackSeg *ns = cur->spare;
	cur->spare = NULL;
	if (ns && (rt_stack_stress || ns->size < need)) {
		seg_free(ns);
		ns = NULL;
	}
	if (!ns) {
		int64_t size = rt_stack_stress ? MIN_SEG : cur->size * 2;
		if (size < MIN_SEG)
			size = MIN_SEG;
		if (size > MAX_SEG)
			size = MAX_SEG;
		while (size < need)
			size *= 2;
		int64_t counted = rt_stack_stress ? real + frame + STRESS_USE : size;
		if (g->stack_bytes + counted > MAX_STACK)
			stack_overflow(g, sp);
		ns = seg_alloc(size);
	}
	ns->prev = cur;
	ns->caller_sp = sp;
	ns->caller_limit = gort_stack_limit;
	ns->spare = NULL;
	g->seg = ns;
	/* stress: count what the segment lets the goroutine use, not its size */
	ns->counted = rt_stack_stress ? real + frame + STRESS_USE : ns->size;
	g->stack_bytes += ns->counted;
	uintptr_t top = (ns->hi - TOPPAD - (uintptr_t)argbytes) & ~(uintptr_t)15;
	gort_stack_limit = seg_limit(ns);
	if (rt_stack_stress) /* let exactly this frame and STRESS_USE more in */
		gort_stack_limit = top - (uintptr_t)(real + frame) - STRESS_USE;
	rt_stack_lo = ns->lo;
	rt_stack_hi = ns->hi;
	if (argbytes)
		memcpy((void *)top, (uint8_t *)save + MORESTACK_ARGS, (size_t)argbytes);
	return (MoreStackRet){top, gort_morestack_fn};
}

/* The function that ran on the newest segment returned: back to the caller's. */
void rt_morestack_return(void)
{
	G *g = rt_g;
	StackSeg *s = g->seg, *prev = s->prev;
	gort_stack_limit = s->caller_limit;
	g->seg = prev;
	g->stack_bytes -= s->counted;
	rt_stack_lo = prev->lo;
	rt_stack_hi = prev->hi;
	seg_free(s->spare);
	s->spare = NULL;
	seg_free(prev->spare);
	if (rt_stack_stress) {
		prev->spare = NULL;
		seg_free(s);
	} else
		prev->spare = s;
}

/* ---- goroutines' first segments ---- */

static uint8_t *arena_next, *arena_end; /* unused slots of the newest chunk */
static G *gfree;                        /* dead Gs, each in its slot, linked by schedlink */
static uintptr_t *free_slots;           /* slots whose memory went back to the OS */
static int64_t nfree_slots, free_slots_cap;

/* The G at the top of a first segment [lo, lo+size).  A fresh slot is not
 * read before it is written (a read would map the zero page first and cost
 * a second fault); a reused G keeps its place in the list of all Gs. */
static G *g_in_slot(uintptr_t lo, int64_t size, int kind, bool reused)
{
	uintptr_t top = lo + (uintptr_t)size;
	G *g = (G *)((top - sizeof(G)) & ~(uintptr_t)63);
	G *alllink = reused ? g->alllink : NULL;
	int in_allg = reused ? g->in_allg : 0;
	memset(g, 0, sizeof *g);
	g->alllink = alllink;
	g->in_allg = in_allg;
	g->first.counted = size;
	g->first.lo = lo;
	g->first.hi = top;
	g->first.size = size;
	g->first.kind = kind;
	g->seg = &g->first;
	g->stack_bytes = size;
	g->limit = lo + RED;
	return g;
}

G *rt_stack_newg(bool big)
{
	if (big) {
		uint8_t *p = os_reserve(BIG_STACK);
		if (mprotect(p, BIG_GUARD, PROT_NONE) != 0)
			rt_fatal("runtime: cannot allocate goroutine stack");
		rt_stack_guard_lo = (uintptr_t)p;
		rt_stack_guard_hi = (uintptr_t)p + BIG_GUARD;
		return g_in_slot((uintptr_t)p + BIG_GUARD, BIG_STACK - BIG_GUARD, SEG_BIG, false);
	}
	if (gfree) {
		G *g = gfree;
		gfree = g->schedlink;
		return g_in_slot(g->first.lo, SLOT, SEG_SLOT, true);
	}
	if (nfree_slots > 0)
		return g_in_slot(free_slots[--nfree_slots], SLOT, SEG_SLOT, false);
	if (arena_next == arena_end) {
		arena_next = os_reserve((int64_t)SLOT * SLOTS_PER_CHUNK);
		arena_end = arena_next + (int64_t)SLOT * SLOTS_PER_CHUNK;
	}
	uint8_t *lo = arena_next;
	arena_next += SLOT;
	return g_in_slot((uintptr_t)lo, SLOT, SEG_SLOT, false);
}

/* A goroutine has exited (we run on g0): free its later segments and keep
 * the G, in its slot, for the next go statement. */
void rt_stack_freeg(G *g)
{
	while (g->seg && g->seg != &g->first) {
		StackSeg *s = g->seg;
		g->seg = s->prev;
		seg_free(s->spare);
		seg_free(s);
	}
	seg_free(g->first.spare);
	g->first.spare = NULL;
	if (g->first.kind != SEG_SLOT)
		return;
	g->schedlink = gfree;
	gfree = g;
}

/* GC time: spare segments of parked goroutines and the segment pools go
 * back to the OS, and so do the slots of dead goroutines (which leave the
 * list of all Gs; their slots are reused before the arena grows). */
void rt_stack_shrink(G **allgp)
{
	for (G *g = *allgp; g; g = g->alllink) {
		if (g->status == G_DEAD)
			continue;
		for (StackSeg *s = g->seg; s; s = s->prev) {
			if (s->spare && (g != rt_g || s != g->seg)) {
				StackSeg *sp = s->spare;
				s->spare = NULL;
				seg_free(sp->spare);
				munmap((void *)sp->lo, (size_t)sp->size);
			}
		}
	}
	for (int c = 0; c < 8; c++) {
		while (pool[c]) {
			StackSeg *s = pool[c];
			pool[c] = s->spare;
			munmap((void *)s->lo, (size_t)s->size);
		}
		pool_n[c] = 0;
	}
	if (!gfree)
		return;
	for (G *g = gfree; g; g = g->schedlink)
		g->status = G_IDLE; /* mark: leaving */
	G **link = allgp;
	while (*link) {
		if ((*link)->status == G_IDLE && (*link)->first.kind == SEG_SLOT)
			*link = (*link)->alllink;
		else
			link = &(*link)->alllink;
	}
	while (gfree) {
		G *g = gfree;
		gfree = g->schedlink;
		uintptr_t lo = g->first.lo;
		if (nfree_slots == free_slots_cap) {
			free_slots_cap = free_slots_cap ? free_slots_cap * 2 : 1024;
			free_slots =
			        realloc(free_slots, (size_t)free_slots_cap * sizeof *free_slots);
			if (!free_slots)
				rt_fatal("runtime: out of memory");
		}
		free_slots[nfree_slots++] = lo;
		madvise((void *)lo, SLOT, MADV_DONTNEED);
	}
}

/* defer.c: after a recovery's longjmp into an older frame (see sched.h). */
void rt_stack_unwind(uintptr_t sp)
{
	if (rt_g && rt_g->seg) {
		unwind_to(rt_g, sp);
		rt_stack_set_current(rt_g);
	}
}

void rt_stack_set_current(G *g)
{
	rt_stack_lo = g->seg->lo;
	rt_stack_hi = g->seg->hi;
}

bool rt_on_stack(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	if (!rt_g)
		return a >= (uintptr_t)__builtin_frame_address(0) && rt_m && a < rt_m->g0_hi;
	for (StackSeg *s = rt_g->seg; s; s = s->prev)
		if (a >= s->lo && a < s->hi)
			return true;
	return false;
}

void rt_stack_init(void)
{
	const char *s = getenv("GOFRONT_STACK_STRESS");
	rt_stack_stress = s && *s && !(s[0] == '0' && s[1] == 0);
}
