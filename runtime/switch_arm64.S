/*
 * switch_arm64.S: the architecture-specific part of goroutines, AArch64
 * (AAPCS64), the twin of switch_amd64.S: the same five routines with the
 * same contracts; read that file's comment first.
 *
 * NOT ASSEMBLED ON x86-64: the Makefile assembles runtime/*_amd64.S only.
 * An arm64 build assembles this file instead (RUNTIME_ASM :=
 * $(wildcard runtime/*_arm64.S)), and stack.c's MORESTACK_ARGS selects the
 * arm64 offset of the stack-passed arguments (224).  Check it under qemu
 * as runtime-feasibility.md section 4 describes (cross gcc + qemu-user;
 * never install libgccjit-12-dev:arm64 with apt).
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

/* gort_morestack: called with the function's own arguments (see
 * switch_amd64.S).  Save area, 208 bytes below the fp/lr pair:
 *   +0 x0 x1, +16 x2 x3, +32 x4 x5, +48 x6 x7, +64 x8, +80 q0 q1 ...
 *   +176 q6 q7; stack arguments at +224 (above the fp/lr pair). */
	.globl	gort_morestack
	.type	gort_morestack, %function
gort_morestack:
	stp	x29, x30, [sp, #-16]!
	mov	x29, sp
	sub	sp, sp, #208
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	str	x8, [sp, #64]
	stp	q0, q1, [sp, #80]
	stp	q2, q3, [sp, #112]
	stp	q4, q5, [sp, #144]
	stp	q6, q7, [sp, #176]
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
	sub	sp, x29, #208		/* back on the old segment (x29 is callee-saved) */
	stp	x0, x1, [sp, #0]
	stp	q0, q1, [sp, #80]
	stp	q2, q3, [sp, #112]
	bl	rt_morestack_return
	ldp	x0, x1, [sp, #0]
	ldp	q0, q1, [sp, #80]
	ldp	q2, q3, [sp, #112]
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	ret
	.size	gort_morestack, .-gort_morestack

	.section .note.GNU-stack,"",%progbits
