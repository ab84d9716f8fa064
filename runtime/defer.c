/*
 * defer.c: deferred calls, panics that run them, and recover.
 *
 * Each goroutine keeps two chains in its G (sched.h), both newest first:
 *
 *   defers  the GoDefer records (gort.h) of deferred calls not yet run.
 *           Generated code fills a record (in the frame, or on the heap for
 *           a defer inside a loop) and gort_defer_push links it.  A record
 *           names its frame by the address of the frame's jmp_buf.
 *   panics  the RtPanic records (rt.h) of panics in progress; each lives in
 *           the C frame of the rt_gopanic that raised it, on the goroutine's
 *           own stack, so the collector sees the panic values.
 *
 * Because frames nest, the records of the running function are always the
 * newest ones of the chain.  Three walks use it:
 *
 *   gort_deferreturn(frame)  the function's one exit: pop and call the
 *       records of `frame` until the top record is another frame's.  A
 *       record is popped before its call, so a panic inside the call goes
 *       on with the records after it, as in Go.
 *   rt_gopanic(v)  (Go's gopanic) push a panic, then pop-and-call the top
 *       record until none is left.  The record stays on the chain, marked
 *       started, while its call runs: a newer panic that meets a started
 *       record marks the older panic aborted and drops the record.  When the
 *       call returns with the panic recovered, the panic (and the aborted
 *       ones under it) leave the chain and we longjmp into the frame that
 *       deferred the call; it lands in gort_defer_landed, then runs its
 *       remaining records at its exit and returns its named results as
 *       they are -- the function "returns normally".  With no record left
 *       the chain of panics is printed (panic.c) and the program exits 2.
 *   A runtime-internal catch point (rt.h, fmt's catchPanic) counts as a
 *   record at its place in the stack: when it is newer than every pending
 *   record, the panic jumps there instead.
 *
 * recover() must stop a panic only when called directly by the deferred
 * function the panic is calling (Go compares argument pointers).  We
 * compare code addresses: before the call, the panic loop publishes the
 * record's fnid (the entry address of the function the call reaches: the
 * function itself, a func literal's code, or a func-value wrapper).  A
 * function containing recover() calls gort_recover_claim(self, NULL) on
 * entry; it wins the record only if fnid is its own address, and taking it
 * clears it (a wrapper in between -- a method table entry, a func value's
 * glue -- first renames fnid to its target, gort_recover_forward), so a recursive call or a helper
 * called by the deferred function gets nil.  gort_recover(mine) then recovers the newest panic if
 * it is the one running `mine`.
 *
 * Requires: generated frames do `_setjmp` on entry (compiler/gen_defer.c);
 * after the longjmp, stack segments left behind are dropped
 * (rt_stack_unwind, stack.c).  Fault signals arrive here as ordinary calls
 * on the goroutine's stack (panic.c injects them), never on the signal
 * stack.
 */
#include "sched.h"

#include <setjmp.h>
#include <stddef.h>

/* Before the scheduler runs (runtime tests) there is no G: one spare state. */
static void *nog_defers, *nog_panics;

static void **defers_of(void)
{
	return rt_g ? &rt_g->defers : &nog_defers;
}
static void **panics_of(void)
{
	return rt_g ? &rt_g->panics : &nog_panics;
}

/* The call a panic is making, for gort_recover_claim (one thread runs Go code). */
static __thread void *calling_fnid;
static __thread GoDefer *calling_rec;

void gort_defer_push(GoDefer *d)
{
	void **head = defers_of();
	d->link = *head;
	d->panic = NULL;
	d->started = 0;
	*head = d;
}

void gort_deferreturn(void *frame)
{
	for (;;) {
		void **head = defers_of();
		GoDefer *d = *head;
		if (!d || d->frame != frame)
			return;
		*head = d->link;
		d->code(d->arg);
	}
}

void gort_defer_landed(void)
{
	/* our frame sits just below the landing frame, in its segment */
	rt_stack_unwind((uintptr_t)__builtin_frame_address(0));
}

GoDefer *gort_recover_claim(void *self, void *self2)
{
	if (!calling_fnid || (calling_fnid != self && calling_fnid != self2))
		return NULL;
	GoDefer *d = calling_rec;
	calling_fnid = NULL;
	calling_rec = NULL;
	return d;
}

void gort_recover_forward(void *wrapper, void *target)
{
	if (calling_fnid && calling_fnid == wrapper)
		calling_fnid = target;
}

GoIface gort_recover(GoDefer *mine)
{
	RtPanic *p = *panics_of();
	if (!mine || !p || p->recovered || mine->panic != p)
		return (GoIface){0};
	p->recovered = true;
	return p->value;
}

/* Is stack address a in a newer (deeper) frame than b?  Stacks grow down
 * inside a segment, and newer segments hang in front of g->seg's chain. */
static bool newer(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
	if (rt_g) {
		for (StackSeg *s = rt_g->seg; s; s = s->prev) {
			bool ina = x >= s->lo && x < s->hi, inb = y >= s->lo && y < s->hi;
			if (ina && inb)
				break;
			if (ina || inb)
				return ina;
		}
	}
	return x < y;
}

void rt_gopanic(GoIface v, const char *sigline)
{
	RtPanic p = {.value = v, .link = *panics_of()};
	if (rt_g && rt_g->in_systemstack) /* runtime code on g0's stack: no Go frames here */
		rt_panic_exit(&p, sigline);
	*panics_of() = &p;
	for (;;) {
		GoDefer *d = *defers_of();
		if (rt_catch_top && (!d || newer(rt_catch_top, d->frame))) {
			*panics_of() = p.link;
			rt_catch_jump(v);
		}
		if (!d)
			break;
		if (d->started) {
			/* a panic was running this call and we panicked inside it */
			if (d->panic)
				((RtPanic *)d->panic)->aborted = true;
			d->panic = NULL;
			*defers_of() = d->link;
			continue;
		}
		d->started = 1;
		d->panic = &p;
		calling_fnid = d->fnid;
		calling_rec = d;
		d->code(d->arg);
		calling_fnid = NULL;
		calling_rec = NULL;
		if (*defers_of() != d)
			rt_fatal("bad defer entry in panic");
		*defers_of() = d->link;
		d->panic = NULL;
		if (p.recovered) {
			RtPanic *q = p.link;
			while (q && q->aborted)
				q = q->link;
			*panics_of() = q;
			longjmp(*(jmp_buf *)d->frame, 1);
		}
	}
	rt_panic_exit(&p, sigline);
}
