/*
 * sched.h: the goroutine machinery's private data structures, shared by
 * sched.c (scheduler), stack.c (segmented stacks), chan.c, select.c and
 * sync.c.  Generated code sees none of this: its contract is gort.h.
 *
 * The G/M/P split follows Go's (runtime/runtime2.go):
 *   G  a goroutine: its saved context, its stack segments, its wait state.
 *   M  an OS thread: the scheduler context (g0, the thread's own C stack)
 *      and the goroutine it runs.
 *   P  a scheduling context that owns a run queue.  An M needs a P to run
 *      Go code.
 * Today there is exactly one M and one P (GOMAXPROCS = 1) and nothing is
 * locked.  Going multi-threaded means: one M per thread (rt_m becomes
 * per-thread, it already is __thread), N Ps with work stealing between
 * their queues, a lock per channel/semaphore, and atomic state changes on
 * G; no data structure below has to change shape.
 *
 * Invariants (single M):
 *   - rt_g is the running goroutine, or NULL while the M runs its g0 loop.
 *   - gort_stack_limit (TLS, stack.c) is rt_g->seg->limit while Go code
 *     runs, except that a preemption request (sched.c) may set it to
 *     RT_PREEMPT_LIMIT; the runtime never saves it, it sets it from the
 *     segment (so a request that lands mid-switch is just lost).
 *   - A G is in at most one of: P's run queue (RUNNABLE), a wait queue
 *     (WAITING: a channel's Sudogs or sync.c's semaphore table), the timer
 *     heap (WAITING in time.Sleep), the free list (DEAD).
 *   - A Sudog lives on its goroutine's stack for as long as the goroutine
 *     is blocked, so channels never allocate to block and the collector
 *     sees the element pointers by scanning that stack.
 */
#ifndef GOFRONT_SCHED_H
#define GOFRONT_SCHED_H

#include "rt.h"

/* ---- stack segments (stack.c) ---- */

typedef struct StackSeg StackSeg;
struct StackSeg {
	uintptr_t lo, hi;       /* the segment's memory: [lo, hi) */
	uintptr_t caller_sp;    /* lowest live address in the caller's segment when this
	                         * one was entered: the caller's segment is scanned
	                         * from there up to prev->hi */
	uintptr_t limit;        /* gort_stack_limit while Go code runs on this segment */
	uintptr_t caller_lr;    /* arm64: gort_morestack's return address (x86-64 keeps it
	                         * on the caller's stack, at caller_sp) */
	StackSeg *prev;         /* the caller's (older) segment; NULL for the first */
	StackSeg *spare;        /* a deeper segment kept after returning from it, so a
	                         * call that sits on a boundary does not mmap each time */
	int64_t size;           /* bytes of memory (the mapping), descriptor included */
	int64_t counted;        /* what this segment adds to g->stack_bytes */
	int kind;               /* SEG_SLOT, SEG_MAP, SEG_BIG */
};

enum {
	SEG_SLOT, /* the first segment: a slot of the goroutine arena */
	SEG_MAP,  /* a later segment: its own mmap */
	SEG_BIG,  /* the main goroutine's 1 GiB reservation (unchecked code) */
};

/* ---- goroutines ---- */

typedef enum {
	G_IDLE,     /* being created */
	G_RUNNABLE, /* in a run queue */
	G_RUNNING,  /* rt_g */
	G_WAITING,  /* parked: channel, select, sync, sleep */
	G_DEAD,     /* finished; on the free list with its first segment */
} GStatus;

typedef struct G G;
struct G {
	void *sp;            /* saved stack pointer while not running (switch_*.S frame) */
	StackSeg *seg;       /* the segment the goroutine runs in now */
	StackSeg first;      /* the first segment (its memory holds this G at its top) */
	int64_t stack_bytes; /* total size of the segment chain, against the 1 GB limit */
	int64_t id;          /* goroutine id: main is 1 */
	GStatus status;
	const char *waitreason; /* "chan receive", ... as Go prints it */
	G *schedlink;           /* next in a run queue, or in the free list */
	G *alllink;             /* next in the list of all Gs */
	void (*fn)(void *);     /* entry and its argument: a GC root until it starts */
	void *arg;
	void *param;        /* set by whoever wakes us: the Sudog that completed */
	int64_t when;       /* time.Sleep: wake-up time (ns, monotonic) */
	int64_t timer_seq;  /* time.Sleep: FIFO order among equal wake times */
	int select_done;    /* select: a case has fired; other Sudogs are stale */
	int in_systemstack; /* running runtime code on g0's stack (rt_systemstack) */
	int in_allg;        /* linked into the list of all Gs (a reused G stays there) */
	/* defer.c: the goroutine's pending deferred calls (GoDefer, newest first)
	 * and its panics in progress (RtPanic, newest first); zero when idle */
	void *defers;
	void *panics;
};

/* A goroutine blocked on a channel, or one case of a blocked select. */
typedef struct Sudog Sudog;
struct Sudog {
	G *g;
	void *elem; /* send: the value; recv: where it goes (may be NULL) */
	struct Chan *c;
	Sudog *next, *prev; /* in c->sendq or c->recvq */
	int64_t case_index; /* select: which case this is; -1 for a plain op */
	bool is_select;
	bool success; /* recv: true = got a value, false = woken by close */
};

typedef struct WaitQ {
	Sudog *first, *last;
} WaitQ;

typedef struct P {
	G *runnext;               /* run before the queue: the G just readied (Go's runnext) */
	G *runq_head, *runq_tail; /* FIFO of runnable Gs, linked through schedlink */
	int64_t runq_len;
} P;

typedef struct M {
	void *g0_sp;     /* the scheduler's saved context on the thread's own stack */
	uintptr_t g0_hi; /* top of the thread stack (rt_systemstack switches there) */
	G *curg;         /* same as rt_g */
	P *p;
	G *dead; /* a G that just exited: g0 recycles it */
} M;

extern __thread G *rt_g;
extern __thread M *rt_m;

/* ---- the context switch and friends (switch_amd64.S / switch_arm64.S) ---- */
/* Save the callee-saved registers on the current stack, store sp in *save,
 * load sp = to and restore the registers saved there; "returns" into `to`. */
void rt_ctx_switch(void **save, void *to);
/* The first frame of a new goroutine returns here: calls fn(arg), never returns. */
void rt_ctx_entry(void);
/* Build a new goroutine's first frame below top (16-aligned); returns its sp. */
void *rt_ctx_make(uintptr_t top, void (*fn)(void *), void *arg);
/* Call fn(arg) with the stack pointer set to top (16-aligned), then come back. */
void rt_call_on_stack(void (*fn)(void *), void *arg, uintptr_t top);

/* ---- scheduler (sched.c) ---- */
void rt_park(const char *reason); /* block rt_g until rt_ready(it) */
void rt_ready(G *g);              /* make a parked G runnable (runs next) */

int64_t rt_nanotime(void);
uint32_t rt_fastrand(void);
int64_t rt_goid(void); /* current goroutine id (1 before start) */

/* A preemption request (sched.c): gort_stack_limit set to this makes the next
 * prologue check fail; rt_morestack_grow then runs the function through
 * rt_preempt_tramp (switch_<arch>.S), which calls rt_preempt_yield first. */
#define RT_PREEMPT_LIMIT UINTPTR_MAX
void rt_preempt_tramp(void);
void rt_preempt_yield(void);
extern __thread void *rt_preempt_fn; /* the function rt_preempt_tramp goes on to */

/* ---- stacks (stack.c) ---- */
extern __thread uintptr_t gort_stack_limit;
extern int rt_stack_stress; /* GOFRONT_STACK_STRESS */
void rt_stack_init(bool checks); /* checks: the program's code has prologue checks */
/* Run fn(arg) with at least 16 KiB of stack (a new segment if need be). */
void rt_stack_deep(void (*fn)(void *), void *arg);
/* Run fn(arg) on the thread's own (g0) stack: for deep runtime C code such as
 * a collection.  Registers of the caller are spilled to its stack first. */
void rt_systemstack(void (*fn)(void *), void *arg);
/* A new G with its first segment; fn(arg) runs when it is first switched to.
 * main: the main goroutine (a bigger first segment; without checks, a
 * 1 GiB stack); checks: the program's code has prologue checks. */
G *rt_stack_newg(bool main, bool checks);
void rt_stack_freeg(G *g);       /* a dead G: drop its segments, keep it for reuse */
void rt_stack_shrink(G **allg);  /* GC time: give spare and free stack memory back */
void rt_stack_set_current(G *g); /* rt_stack_lo/hi describe g's current segment */
bool rt_on_stack(const void *p); /* p is inside the running goroutine's segments */

#endif
