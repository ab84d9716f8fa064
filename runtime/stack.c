/*
 * stack.c: growable goroutine stacks, as non-moving linked segments.
 *
 * Every function that gen compiles starts with a check (gen_go.c):
 *
 *     if (sp - FRAME < gort_stack_limit)          gort_stack_limit: TLS, local-exec
 *         gort_morestack_fn = self, gort_morestack_info = FRAME<<32 | argbytes,
 *         return gort_morestack(the same arguments);
 *
 * gort_morestack (switch_amd64.S) moves to this thread's scratch stack and
 * calls rt_morestack_grow below, which hangs a new segment under the
 * current one and copies the stack-passed arguments; the function runs
 * again on it, and rt_morestack_return unhooks the segment when it
 * returns.  Frames never move, so the collector can scan stacks
 * conservatively and pointers into a stack stay valid (gc moves stacks
 * because it has exact stack maps; gcc gives us none).
 *
 * What the check guarantees.  FRAME is what the function will put below
 * the sp it reads besides gcc's own fixed frame: its alloca'd big locals
 * and the deepest runtime C call it makes (gen_go.c, from the runtime's
 * call graph).  gcc's fixed frame is not in FRAME (gcc does not say how
 * big it is before it compiles the function, and may read sp before or
 * after allocating it); it lives in the RESERVE below the limit.  After
 * compiling, gofront reads gcc's exact frame sizes (-fstack-usage) and
 * patches the program's gort_stack_reserve to 2 * the largest frame + 160:
 * one for the function whose check passed, one for a callee whose check
 * fails with its frame already allocated (gort_morestack then writes only
 * its return address below it), and a leaf's 128-byte red zone.  So a first segment needs only a few
 * hundred bytes of reserve, and first segments can be small.
 *
 * Layout of a goroutine's memory:
 *
 *   first segment, a slot of the goroutine arena (MAP_NORESERVE: only
 *   touched pages cost memory).  The slot size is chosen at start-up from
 *   the reserve: 2 KiB for most programs (two goroutines per page, as
 *   Go's first stacks), more for programs with big frames (-O0):
 *
 *     lo           lo + reserve                            sp ...      hi
 *     | reserve     | Go frames grow down  <-------------- | frames | G |
 *                   ^ gort_stack_limit
 *
 *   later segments, one mmap each, sized 64 KiB, 128 KiB, ... doubling up to
 *   8 MiB (or what a big frame needs), with their StackSeg at the top and
 *   a reserve of at least RED_SEG.
 *
 * Runtime C code that may need a deep stack without the caller having
 * budgeted for it (the panics, called from every bounds check) moves itself
 * onto a segment with room: rt_stack_deep.  Work that must not touch a
 * goroutine's stack at all (the collector, fresh heap spans, fatal reports)
 * runs on the thread's own stack, g0: rt_systemstack.
 *
 * Hysteresis: returning from a segment keeps it as the caller segment's
 * spare, so a call that sits on a boundary in a loop ("hot split") costs a
 * few ns, not an mmap.  Spares and pooled segments go back to the OS when
 * the collector calls gort_sched_shrink_stacks (as gc shrinks at GC time),
 * and so do the pages of dead goroutines' slots.
 *
 * The 1 GB limit: g->stack_bytes sums the segment sizes of the chain; a
 * grow past 1e9 prints gc's two lines and "fatal error: stack overflow",
 * exit 2.  A main goroutine running code compiled without checks (the C
 * tests) gets a 1 GiB reservation with a PROT_NONE guard instead, whose
 * fault panic.c reports the same way; goroutines of such code get 32 KiB
 * slots with a 16 KiB reserve.
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
	BIG_SLOT = 32 * 1024,   /* first segment of code without checks */
	BIG_RESERVE = 16 * 1024, /* ... and its reserve */
	MIN_SLOT = 2048,
	CHUNK = 64 * 1024 * 1024, /* one arena chunk of address space */
	MIN_USE = 768,          /* room a first slot leaves for frames above the reserve */
	G_AREA = 384,           /* the G, rt_ctx_entry's and goroutine_main's frames */
	RED_SEG = 16 * 1024,    /* least reserve of a later segment */
	TOPPAD = 256,           /* unused bytes at a segment's top */
	MIN_SEG = 64 * 1024,
	MAX_SEG = 8 * 1024 * 1024,
	POOL_MAX = 16,          /* pooled free segments per size class */
	STRESS_POOL_MAX = 1024, /* the same under GOFRONT_STACK_STRESS (splits galore) */
	STRESS_USE = 1024,
	DEEP = 16 * 1024,    /* what rt_stack_deep guarantees */
	FRAME_IMPLIED = 2048, /* a check's FRAME when gort_morestack_info is 0 (gen_stack.c) */
	BIG_STACK = 1 << 30, /* main without checks: reservation and guard */
	BIG_GUARD = 1 << 20,
	PAGE = 4096,
};
static const int64_t MAX_STACK = 1000000000; /* gc's maxstacksize on 64-bit */

/* Defined by a program compiled with checks (gen_stack.c), patched by
 * gofront after linking with 2 * its largest gcc frame + 160. */
extern const volatile int64_t gort_stack_reserve __attribute__((weak));
/* ... and the same over every function, main.main and the initialisers
 * too, which run only on the main goroutine */
extern const volatile int64_t gort_stack_reserve_main __attribute__((weak));

/* gort_morestack's stack (switch_<arch>.S: RT_SCRATCH_BYTES) */
__thread uint8_t rt_morestack_scratch[16384] __attribute__((aligned(16)));

/* gort_morestack's save area (switch_<arch>.S): the argument registers,
 * then the old sp at word OLD_SP and (arm64) the return address after it.
 * The caller's stack-passed arguments start ARGS_OFF bytes above the old
 * sp (x86-64: above the return address; arm64: at the old sp itself). */
#if defined(__aarch64__)
enum { OLD_SP = 26, ARGS_OFF = 0 };
#else
enum { OLD_SP = 22, ARGS_OFF = 8 };
#endif

__thread uintptr_t gort_stack_limit;
__thread void *rt_preempt_fn;
__thread void *gort_morestack_fn;
__thread uint64_t gort_morestack_info;
int rt_stack_stress;
static int64_t slot_size = BIG_SLOT, slot_reserve = BIG_RESERVE;
static int64_t seg_reserve = BIG_RESERVE; /* later segments' (and main's first) */

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

static void no_stack_memory(void *unused)
{
	rt_fatal("runtime: cannot allocate goroutine stack");
}

static void *os_reserve(int64_t size)
{
	void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		rt_systemstack(no_stack_memory, NULL); /* on g0: see stack_overflow */
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
	return s->lo + (uintptr_t)seg_reserve;
}

/* ---- running runtime code on the g0 stack ---- */

static __attribute__((noinline)) void systemstack_switch(G *g, void (*fn)(void *), void *arg)
{
	volatile uintptr_t here = 0;
	g->sp = (void *)&here;
	g->in_systemstack = 1;
	__atomic_signal_fence(__ATOMIC_SEQ_CST); /* before the limit: the preemption tick reads both */
	gort_stack_limit = 0;
	rt_call_on_stack(fn, arg, ((uintptr_t)rt_m->g0_sp - 512) & ~(uintptr_t)15);
	gort_stack_limit = g->seg->limit;
	g->in_systemstack = 0;
}

/* noinline: inlined into a caller here, its `fn(arg)` for code already on g0
 * would become a direct call on the goroutine's stack in the call graph
 * (runtime/stack_usage.awk). */
__attribute__((noinline)) void rt_systemstack(void (*fn)(void *), void *arg)
{
	G *g = rt_g;
	if (!g || g->in_systemstack || !rt_m->g0_sp) {
		fn(arg);
		return;
	}
	__builtin_unwind_init(); /* spill callee-saved registers into this frame */
	systemstack_switch(g, fn, arg);
}

/* ---- overflow ---- */

/* Fatal messages are built without snprintf or RtBuf (libc's printf and
 * realloc have no stack bound: runtime/stack_usage.awk), since a grow may
 * run on a goroutine's stack (rt_stack_deep). */
static void put_hex(char **p, uintptr_t v)
{
	char tmp[18];
	int n = 0;
	do
		tmp[n++] = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	*(*p)++ = '0';
	*(*p)++ = 'x';
	while (n > 0)
		*(*p)++ = tmp[--n];
}

static void put_str(char **p, const char *s)
{
	while (*s)
		*(*p)++ = *s++;
}

/* "runtime: sp=0x... stack=[0x..., 0x...]" + tail */
static void report_sp(uintptr_t sp, uintptr_t lo, uintptr_t hi, const char *tail)
{
	char line[256], *p = line;
	put_str(&p, "runtime: sp=");
	put_hex(&p, sp);
	put_str(&p, " stack=[");
	put_hex(&p, lo);
	put_str(&p, ", ");
	put_hex(&p, hi);
	put_str(&p, "]");
	put_str(&p, tail);
	rt_write(2, line, (size_t)(p - line));
}

/* gc's report of a goroutine past the 1 GB limit, then its fatal error.
 * Also panic.c's, from the fault handler (this code is async-signal-safe). */
void rt_stack_overflow_fatal(uintptr_t sp, uintptr_t lo, uintptr_t hi)
{
	static const char head[] = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
	rt_flush();
	rt_write(2, head, sizeof head - 1);
	report_sp(sp, lo, hi, "\n");
	rt_fatal("stack overflow");
}

typedef struct Overflow {
	G *g;
	uintptr_t sp;
} Overflow;

static void overflow_now(void *arg)
{
	Overflow *o = arg;
	rt_stack_overflow_fatal(o->sp, o->g->seg->lo, o->g->seg->hi);
}

/* The report runs on g0: a grow may run on a goroutine's stack. */
static void stack_overflow(G *g, uintptr_t sp) RT_NORETURN;
static void stack_overflow(G *g, uintptr_t sp)
{
	Overflow o = {g, sp};
	rt_systemstack(overflow_now, &o);
	__builtin_unreachable();
}

/* ---- pushing and popping segments ---- */

/* Pop segments the goroutine has left without returning through
 * gort_morestack (a siglongjmp out of a deeper segment): afterwards sp is
 * inside g->seg and the limit is g->seg's. */
static void unwind_to(G *g, uintptr_t sp)
{
	while (g->seg->prev && !(sp >= g->seg->lo && sp < g->seg->hi)) {
		StackSeg *s = g->seg;
		g->seg = s->prev;
		g->stack_bytes -= s->counted;
		g->seg->spare = NULL;
		seg_free(s->spare);
		seg_free(s);
		gort_stack_limit = g->seg->limit;
	}
}

/* Hang a segment with `need` bytes of room under the current one, whose
 * live part ends at sp; argbytes of stack-passed arguments at args are
 * copied to its top.  A new segment is twice the current one (deep
 * recursion grows geometrically), or the smallest when `small` (a panic or
 * a fault only needs DEEP bytes to run, whatever the depth).
 * Returns the sp to call on it (16-aligned). */
static uintptr_t push_segment(G *g, uintptr_t sp, int64_t need, int64_t use,
                              const void *args, int64_t argbytes, bool small)
{
	StackSeg *cur = g->seg;
	StackSeg *ns = cur->spare;
	cur->spare = NULL;
	if (ns && (rt_stack_stress || ns->size < need)) {
		seg_free(ns);
		ns = NULL;
	}
	if (!ns) {
		int64_t size = rt_stack_stress || small ? MIN_SEG : cur->size * 2;
		if (size < MIN_SEG)
			size = MIN_SEG;
		if (size > MAX_SEG)
			size = MAX_SEG;
		while (size < need)
			size *= 2;
		int64_t counted = rt_stack_stress ? use + STRESS_USE : size;
		if (g->stack_bytes + counted > MAX_STACK)
			stack_overflow(g, sp);
		ns = seg_alloc(size);
	}
	ns->prev = cur;
	ns->caller_sp = sp;
	ns->spare = NULL;
	g->seg = ns;
	/* stress: count what the segment lets the goroutine use, not its size */
	ns->counted = rt_stack_stress ? use + STRESS_USE : ns->size;
	g->stack_bytes += ns->counted;
	uintptr_t top = (ns->hi - TOPPAD - (uintptr_t)argbytes) & ~(uintptr_t)15;
	ns->limit = seg_limit(ns);
	if (rt_stack_stress) /* let exactly `use` bytes and STRESS_USE more in */
		ns->limit = top - (uintptr_t)use - STRESS_USE;
	gort_stack_limit = ns->limit;
	rt_stack_lo = ns->lo;
	rt_stack_hi = ns->hi;
	if (argbytes)
		memcpy((void *)top, args, (size_t)argbytes);
	return top;
}

/* Back to the segment under g->seg (the caller's); not running on either. */
static uintptr_t pop_segment(G *g)
{
	StackSeg *s = g->seg, *prev = s->prev;
	uintptr_t caller_sp = s->caller_sp; /* s may be unmapped below */
	gort_stack_limit = prev->limit;
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
	return caller_sp;
}

/* ---- morestack ---- */

typedef struct MoreStackRet {
	uintptr_t sp; /* where to call the function: its stack arguments */
	void *fn;     /* the function to call again */
} MoreStackRet;

typedef struct MoreStackBack {
	uintptr_t sp; /* the old sp, to return from gort_morestack */
	uintptr_t lr; /* arm64: where to return */
} MoreStackBack;

MoreStackRet rt_morestack_grow(uintptr_t *save);
MoreStackBack rt_morestack_return(void);

static void reserve_overrun(uintptr_t sp) RT_NORETURN;
static void reserve_overrun(uintptr_t sp)
{
	rt_flush();
	report_sp(sp, rt_g->seg->lo, rt_g->seg->hi, ": a frame outgrew the stack reserve\n");
	rt_fatal("stack overflow");
}

/* Called by gort_morestack on the scratch stack.  save points at its save
 * area: the argument registers, and at save[OLD_SP] the sp of the failing
 * function's call. */
MoreStackRet rt_morestack_grow(uintptr_t *save)
{
	G *g = rt_g;
	uintptr_t sp = save[OLD_SP];
	int64_t argbytes = (int64_t)(gort_morestack_info & 0xffffffff);
	int64_t frame = (int64_t)(gort_morestack_info >> 32);
	gort_morestack_info = 0; /* so that a caller whose info is 0 may skip the store */
	if (!g)
		rt_fatal("morestack on g0");
	/* a preemption request (sched.c): grow as usual (the function may need
	 * it anyway, and the yield needs a stack), and yield on the way in */
	bool preempt = gort_stack_limit == RT_PREEMPT_LIMIT;
	gort_stack_limit = g->seg->limit;
	unwind_to(g, sp);
	if (sp < g->seg->lo + 16) /* the invariants of the reserve were broken */
		reserve_overrun(sp);
	argbytes = (argbytes + 15) & ~(int64_t)15;
	if (frame < FRAME_IMPLIED) /* gen leaves the info out for small frames */
		frame = FRAME_IMPLIED;
	/* on the new segment the function's fixed frame (at most half the
	 * reserve) and then `frame` more bytes go below the limit's sp */
	int64_t use = seg_reserve / 2 + frame;
	int64_t need = use + argbytes + seg_reserve + slot_reserve + TOPPAD + (int64_t)sizeof(StackSeg) +
	               PAGE;
	uintptr_t top = push_segment(g, sp, need, use, (uint8_t *)sp + ARGS_OFF, argbytes, false);
	g->seg->caller_lr = save[OLD_SP + 1];
	if (preempt) {
		rt_preempt_fn = gort_morestack_fn;
		return (MoreStackRet){top, (void *)rt_preempt_tramp};
	}
	return (MoreStackRet){top, gort_morestack_fn};
}

/* The function that ran on the newest segment returned: back to the
 * caller's segment.  Runs on the scratch stack; returns the old sp (and on
 * arm64 the return address). */
MoreStackBack rt_morestack_return(void)
{
	uintptr_t lr = rt_g->seg->caller_lr;
	return (MoreStackBack){pop_segment(rt_g), lr};
}

/* panic.c's fault handler turns a nil dereference or a division by zero
 * into a call of its panic function; the faulting function budgeted no
 * stack for that, so the call goes on a new segment, hung under the
 * faulting frame (whose 128-byte red zone below sp stays live).  Returns
 * the new segment's top, or 0 to stay on this stack (g0, a big stack). */
uintptr_t rt_stack_fault_segment(uintptr_t sp)
{
	G *g = rt_g;
	if (!g || g->in_systemstack || g->seg->kind == SEG_BIG || sp < g->seg->lo ||
	    sp >= g->seg->hi)
		return 0;
	return push_segment(g, (sp - 128) & ~(uintptr_t)15, DEEP + seg_reserve + PAGE, DEEP, NULL, 0,
	                    true);
}

/* Run fn(arg) with at least DEEP bytes of stack: on the current segment if
 * it has them, else on a new one.  For runtime code that goes deep but is
 * called from places that did not budget for it (the panics). */
void rt_stack_deep(void (*fn)(void *), void *arg)
{
	G *g = rt_g;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	if (!g || g->in_systemstack || g->seg->kind == SEG_BIG || sp - g->seg->lo >= DEEP + 1024) {
		fn(arg);
		return;
	}
	__builtin_unwind_init(); /* the caller's registers, into this frame for the collector */
	uintptr_t low = (sp - 512) & ~(uintptr_t)15; /* below everything of this frame */
	if (low < g->seg->lo)
		low = g->seg->lo;
	uintptr_t top = push_segment(g, low, DEEP + seg_reserve + PAGE, DEEP, NULL, 0, true);
	rt_call_on_stack(fn, arg, top);
	pop_segment(g);
}

/* ---- goroutines' first segments ---- */

static uint8_t *arena_next, *arena_end; /* unused slots of the newest chunk */
static G *gfree;                        /* dead Gs, each in its slot, linked by schedlink */
static void release_free_slots(void);
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
	g->first.limit = lo + (uintptr_t)slot_reserve;
	return g;
}

G *rt_stack_newg(bool main, bool checks)
{
	if (main && !checks) {
		uint8_t *p = os_reserve(BIG_STACK);
		if (mprotect(p, BIG_GUARD, PROT_NONE) != 0)
			rt_fatal("runtime: cannot allocate goroutine stack");
		rt_stack_guard_lo = (uintptr_t)p;
		rt_stack_guard_hi = (uintptr_t)p + BIG_GUARD;
		return g_in_slot((uintptr_t)p + BIG_GUARD, BIG_STACK - BIG_GUARD, SEG_BIG, false);
	}
	if (main) {
		/* the program's initialisers run here first, in go__init, which
		 * has no check of its own (gen_stack.c): a later segment's reserve */
		int64_t reserve = seg_reserve;
		int64_t size = MIN_SEG;
		while (size < reserve + 32 * 1024)
			size *= 2;
		StackSeg *s = seg_alloc(size);
		G *g = g_in_slot(s->lo, (int64_t)(s->hi - s->lo), SEG_MAP, false);
		g->first.size = size;
		g->first.limit = s->lo + (uintptr_t)reserve;
		return g;
	}
	if (gfree) {
		G *g = gfree;
		gfree = g->schedlink;
		return g_in_slot(g->first.lo, slot_size, SEG_SLOT, true);
	}
	if (nfree_slots > 0)
		return g_in_slot(free_slots[--nfree_slots], slot_size, SEG_SLOT, false);
	if (arena_next == arena_end) {
		arena_next = os_reserve(CHUNK);
		arena_end = arena_next + CHUNK;
	}
	uint8_t *lo = arena_next;
	arena_next += slot_size;
	return g_in_slot((uintptr_t)lo, slot_size, SEG_SLOT, false);
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
		if (nfree_slots == free_slots_cap) {
			free_slots_cap = free_slots_cap ? free_slots_cap * 2 : 1024;
			free_slots =
			        realloc(free_slots, (size_t)free_slots_cap * sizeof *free_slots);
			if (!free_slots)
				rt_fatal("runtime: out of memory");
		}
		free_slots[nfree_slots++] = g->first.lo;
	}
	release_free_slots();
}

static int by_address(const void *a, const void *b)
{
	uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
	return x < y ? -1 : x > y;
}

/* Give the memory of free slots back to the OS: whole slots when a slot
 * is at least a page, else the pages all of whose slots are free (slots
 * never straddle pages: sizes are powers of two and chunks page-aligned). */
static void release_free_slots(void)
{
	if (slot_size >= PAGE) {
		for (int64_t i = 0; i < nfree_slots; i++)
			madvise((void *)free_slots[i], (size_t)slot_size, MADV_DONTNEED);
		return;
	}
	qsort(free_slots, (size_t)nfree_slots, sizeof *free_slots, by_address);
	int64_t per_page = PAGE / slot_size;
	for (int64_t i = 0; i < nfree_slots;) {
		uintptr_t page = free_slots[i] & ~(uintptr_t)(PAGE - 1);
		int64_t j = i;
		while (j < nfree_slots && (free_slots[j] & ~(uintptr_t)(PAGE - 1)) == page)
			j++;
		if (j - i == per_page)
			madvise((void *)page, PAGE, MADV_DONTNEED);
		i = j;
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

/* Choose the first segments' size from the reserve the program's frames
 * need (gen_go.c): the smallest power of two, at least MIN_SLOT, that
 * holds the G, the reserve and MIN_USE bytes of frames. */
void rt_stack_init(bool checks)
{
	const char *s = getenv("GOFRONT_STACK_STRESS");
	rt_stack_stress = s && *s && !(s[0] == '0' && s[1] == 0);
	if (!checks || &gort_stack_reserve == NULL)
		return;
	slot_reserve = (gort_stack_reserve + 15) & ~(int64_t)15;
	if (slot_reserve < 256)
		slot_reserve = 256;
	seg_reserve = RED_SEG;
	if (seg_reserve < slot_reserve)
		seg_reserve = slot_reserve;
	if (&gort_stack_reserve_main && seg_reserve < gort_stack_reserve_main)
		seg_reserve = (gort_stack_reserve_main + 15) & ~(int64_t)15;
	slot_size = MIN_SLOT;
	while (slot_size < slot_reserve + G_AREA + MIN_USE)
		slot_size *= 2;
}
