/*
 * switch_arm64.S: the architecture-specific part of goroutines, AArch64
 * (AAPCS64), the twin of switch_amd64.S: the same routines with the same
 * contracts (rt_ctx_switch, rt_ctx_entry, rt_ctx_make, rt_call_on_stack,
 * gort_morestack, rt_preempt_tramp); read that file's comment first.
 *
 * NOT ASSEMBLED ON x86-64: the Makefile assembles runtime/*_amd64.S only.
 * An arm64 build assembles this file instead (RUNTIME_ASM :=
 * $(wildcard runtime/*_arm64.S)); stack.c's OLD_SP and ARGS_OFF have
 * arm64 values that match gort_morestack's save area below.  Check it
 * under qemu as runtime-feasibility.md section 4 describes (cross gcc +
 * qemu-user; never install libgccjit-12-dev:arm64 with apt).
 *
 * gort_morestack keeps the x86-64 contract (it writes nothing on the old
 * stack and works on the thread's scratch stack); what differs on arm64 is
 * where the return address lives: in x30 on entry, then in the new
 * segment's StackSeg.caller_lr until rt_morestack_return hands it back.
 *
 * Register roles:
 *   callee-saved   x19-x28, x29 (fp), x30 (lr), d8-d15 (low halves of
 *                  v8-v15): 20 words, the 160-byte frame of rt_ctx_switch.
 *   x18            the platform register: never touched.
 *   arguments      x0-x7, x8 (address of a result returned in memory),
 *                  v0-v7; stack-passed arguments start at sp on entry (no
 *                  return address on the stack: it is in x30).
 *   results        x0-x1 (x0-x7 for large integer aggregates are passed via
 *                  x8 memory instead), v0-v3 (homogeneous float aggregates).
 *
 * Frame of rt_ctx_switch (and of a new goroutine, built by rt_ctx_make):
 *   sp+0   x19 x20     (new goroutine: x19 = fn, x20 = arg)
 *   sp+16  x21 x22
 *   sp+32  x23 x24
 *   sp+48  x25 x26
 *   sp+64  x27 x28
 *   sp+80  x29 x30     (new goroutine: x29 = 0, x30 = rt_ctx_entry)
 *   sp+96  d8 d9 ... sp+144 d14 d15
 * FPCR is not switched: gofront code never changes it.
 */
	.text
	.align	2

/* void rt_ctx_switch(void **save, void *to) */
	.globl	rt_ctx_switch
	.type	rt_ctx_switch, %function
rt_ctx_switch:
	sub	sp, sp, #160
	stp	x19, x20, [sp, #0]
	stp	x21, x22, [sp, #16]
	stp	x23, x24, [sp, #32]
	stp	x25, x26, [sp, #48]
	stp	x27, x28, [sp, #64]
	stp	x29, x30, [sp, #80]
	stp	d8, d9, [sp, #96]
	stp	d10, d11, [sp, #112]
	stp	d12, d13, [sp, #128]
	stp	d14, d15, [sp, #144]
	mov	x2, sp
	str	x2, [x0]		/* *save = sp */
	mov	sp, x1			/* sp = to */
	ldp	x19, x20, [sp, #0]
	ldp	x21, x22, [sp, #16]
	ldp	x23, x24, [sp, #32]
	ldp	x25, x26, [sp, #48]
	ldp	x27, x28, [sp, #64]
	ldp	x29, x30, [sp, #80]
	ldp	d8, d9, [sp, #96]
	ldp	d10, d11, [sp, #112]
	ldp	d12, d13, [sp, #128]
	ldp	d14, d15, [sp, #144]
	add	sp, sp, #160
	ret				/* to the restored x30 */
	.size	rt_ctx_switch, .-rt_ctx_switch

/* A new goroutine's first switch "returns" here: fn(arg), never returns. */
	.globl	rt_ctx_entry
	.type	rt_ctx_entry, %function
rt_ctx_entry:
	mov	x29, #0			/* end of the frame chain */
	mov	x0, x20
	blr	x19
	brk	#0
	.size	rt_ctx_entry, .-rt_ctx_entry

/* void *rt_ctx_make(uintptr_t top, void (*fn)(void *), void *arg) */
	.globl	rt_ctx_make
	.type	rt_ctx_make, %function
rt_ctx_make:
	sub	x3, x0, #160
	stp	x1, x2, [x3, #0]	/* x19 = fn, x20 = arg */
	stp	xzr, xzr, [x3, #16]
	stp	xzr, xzr, [x3, #32]
	stp	xzr, xzr, [x3, #48]
	stp	xzr, xzr, [x3, #64]
	adrp	x4, rt_ctx_entry
	add	x4, x4, :lo12:rt_ctx_entry
	stp	xzr, x4, [x3, #80]	/* x29 = 0, x30 = rt_ctx_entry */
	stp	xzr, xzr, [x3, #96]
	stp	xzr, xzr, [x3, #112]
	stp	xzr, xzr, [x3, #128]
	stp	xzr, xzr, [x3, #144]
	mov	x0, x3
	ret
	.size	rt_ctx_make, .-rt_ctx_make

/* void rt_call_on_stack(void (*fn)(void *), void *arg, uintptr_t top) */
	.globl	rt_call_on_stack
	.type	rt_call_on_stack, %function
rt_call_on_stack:
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	mov	x3, x0
	mov	x0, x1
	mov	sp, x2
	blr	x3
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	ret
	.size	rt_call_on_stack, .-rt_call_on_stack

/* gort_morestack: the slow path of the prologue check, called with the
 * failing function's own arguments (x0-x8, q0-q7, stack arguments at sp);
 * see switch_amd64.S for the whole story.  Like the x86-64 version it
 * writes NOTHING on the old stack (a first segment's reserve is small):
 * it moves at once to this thread's scratch stack rt_morestack_scratch
 * (stack.c; local-exec TLS, so the program must be the executable that
 * defines it, as it always is) and lays out there, 16-aligned:
 *
 *   +0 x0 x1, +16 x2 x3, +32 x4 x5, +48 x6 x7, +64 x8, +72 pad,
 *   +80 q0 q1, +112 q2 q3, +144 q4 q5, +176 q6 q7,
 *   +208 old sp (word OLD_SP = 26), +216 x30 (word 27): 224 bytes.
 *
 * rt_morestack_grow(area) copies the stack arguments (at the old sp:
 * ARGS_OFF = 0, arm64 has no return address on the stack) to the new
 * segment's top, keeps x30 in the segment's StackSeg.caller_lr and returns
 * {new sp, fn} in x0/x1.  The area cannot hold anything we need after fn
 * returns: fn may grow again and reuse the scratch stack.  So afterwards
 * the results (x0 x1 q0-q3; bigger results went through x8's memory) sit
 * on the scratch stack while rt_morestack_return() unlinks the segment
 * and returns {old sp, lr} in x0/x1, and we return to lr with the old sp,
 * as fn would have.  Untouched: x18 (platform) and the callee-saved
 * x19-x29, d8-d15 (fn and the C calls preserve them); the other
 * caller-saved registers are clobbered, as by any call. */
#define RT_SCRATCH_BYTES 16384	/* the size of rt_morestack_scratch */

/* x = the top of this thread's scratch stack (16-aligned) */
.macro	scratch_top x
	mrs	\x, tpidr_el0
	add	\x, \x, #:tprel_hi12:rt_morestack_scratch, lsl #12
	add	\x, \x, #:tprel_lo12_nc:rt_morestack_scratch
	add	\x, \x, #(RT_SCRATCH_BYTES >> 12), lsl #12
.endm

	.globl	gort_morestack
	.type	gort_morestack, %function
gort_morestack:
	mov	x9, sp			/* the old sp: the stack arguments */
	scratch_top x10
	sub	sp, x10, #224
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	str	x8, [sp, #64]
	stp	q0, q1, [sp, #80]
	stp	q2, q3, [sp, #112]
	stp	q4, q5, [sp, #144]
	stp	q6, q7, [sp, #176]
	stp	x9, x30, [sp, #208]	/* save[OLD_SP], save[OLD_SP + 1] */
	mov	x0, sp
	bl	rt_morestack_grow	/* x0 = new sp, x1 = the function */
	mov	x9, x0
	mov	x10, x1
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldr	x8, [sp, #64]
	ldp	q0, q1, [sp, #80]
	ldp	q2, q3, [sp, #112]
	ldp	q4, q5, [sp, #144]
	ldp	q6, q7, [sp, #176]
	mov	sp, x9			/* onto the new segment */
	blr	x10			/* the function again, same arguments */
	scratch_top x9			/* back on the scratch stack to unlink */
	sub	sp, x9, #80
	stp	x0, x1, [sp, #0]
	stp	q0, q1, [sp, #16]
	stp	q2, q3, [sp, #48]
	bl	rt_morestack_return	/* x0 = the old sp, x1 = where to return */
	mov	x9, x0
	mov	x30, x1
	ldp	x0, x1, [sp, #0]
	ldp	q0, q1, [sp, #16]
	ldp	q2, q3, [sp, #48]
	mov	sp, x9
	ret
	.size	gort_morestack, .-gort_morestack

/* rt_preempt_tramp: what gort_morestack calls instead of the function when
 * the check failed for a preemption request (rt_morestack_grow saw
 * gort_stack_limit == RT_PREEMPT_LIMIT and left the function in the TLS
 * variable rt_preempt_fn); see switch_amd64.S.  It is called exactly as
 * the function would be: on the new segment, with the function's argument
 * registers, the stack-passed arguments at the entry sp, and x30 pointing
 * back into gort_morestack.  It saves all of that in a 224-byte frame
 * (16-aligned; x29/x30 first, a frame record for debuggers):
 *
 *   +0 x29 x30, +16 x0 x1, +32 x2 x3, +48 x4 x5, +64 x6 x7, +80 x8 fn,
 *   +96 q0 q1, +128 q2 q3, +160 q4 q5, +192 q6 q7
 *
 * reading rt_preempt_fn into the frame BEFORE rt_preempt_yield(), which
 * may run other goroutines whose own preemptions overwrite it (the frame,
 * on this goroutine's stack, is also where the collector finds the pointers
 * the arguments hold meanwhile).  Then it restores everything, pops the
 * frame, so that sp is the entry sp again (the stack arguments are where
 * the function expects them) and x30 is gort_morestack's, and branches to
 * the function (br, not blr): the function returns straight to
 * gort_morestack.  x16 carries the target, as a veneer's would (a BTI
 * "bti c" landing pad accepts br x16).  Untouched at the branch: x18 and
 * x19-x29 (x29 is saved and restored), d8-d15 (rt_preempt_yield is C). */
	.globl	rt_preempt_tramp
	.type	rt_preempt_tramp, %function
rt_preempt_tramp:
	stp	x29, x30, [sp, #-224]!
	mov	x29, sp
	stp	x0, x1, [sp, #16]
	stp	x2, x3, [sp, #32]
	stp	x4, x5, [sp, #48]
	stp	x6, x7, [sp, #64]
	mrs	x16, tpidr_el0		/* x16 = rt_preempt_fn (local-exec TLS) */
	add	x16, x16, #:tprel_hi12:rt_preempt_fn, lsl #12
	add	x16, x16, #:tprel_lo12_nc:rt_preempt_fn
	ldr	x16, [x16]
	stp	x8, x16, [sp, #80]
	stp	q0, q1, [sp, #96]
	stp	q2, q3, [sp, #128]
	stp	q4, q5, [sp, #160]
	stp	q6, q7, [sp, #192]
	bl	rt_preempt_yield	/* may switch goroutines and come back */
	ldp	x0, x1, [sp, #16]
	ldp	x2, x3, [sp, #32]
	ldp	x4, x5, [sp, #48]
	ldp	x6, x7, [sp, #64]
	ldp	x8, x16, [sp, #80]
	ldp	q0, q1, [sp, #96]
	ldp	q2, q3, [sp, #128]
	ldp	q4, q5, [sp, #160]
	ldp	q6, q7, [sp, #192]
	ldp	x29, x30, [sp], #224	/* sp = the entry sp, x30 = into gort_morestack */
	br	x16			/* the function, as if gort_morestack had called it */
	.size	rt_preempt_tramp, .-rt_preempt_tramp

	.section .note.GNU-stack,"",%progbits
