/*
 * switch_amd64.S: the architecture-specific part of goroutines, x86-64 SysV.
 * (switch_arm64.S is the same six routines for AArch64.)
 *
 *   rt_ctx_switch(void **save, void *to)
 *       Goroutine context switch.  Only the callee-saved registers need
 *       saving, because every switch happens inside an ordinary C call:
 *       push rbp rbx r12-r15, store rsp into *save, load rsp = to, pop the
 *       six registers saved there and `ret` into the other context.
 *       (glibc's swapcontext also saves the signal mask with a system
 *       call: 166 ns against 9 ns, runtime-feasibility.md section 3.)
 *       MXCSR and the x87 control word are not switched: gofront code
 *       never changes them.
 *
 *   rt_ctx_entry
 *       A new goroutine's first frame (built by stack.c) holds six register
 *       slots and the address of rt_ctx_entry; r12 = fn, r13 = arg.  The
 *       first switch to it "returns" here, and we call fn(arg), which never
 *       returns (the scheduler switches away from a finished goroutine).
 *
 *   rt_call_on_stack(void (*fn)(void *), void *arg, uintptr_t top)
 *       Call fn(arg) on another stack (top is 16-byte aligned) and come
 *       back; rbp remembers the old stack.
 *
 *   gort_morestack
 *       The slow path of the stack check that gen emits in every function
 *       prologue (docs/runtime.md, "Goroutines and stacks"):
 *           if (sp - FRAME < gort_stack_limit) {
 *               gort_morestack_fn = self; gort_morestack_info = FRAME<<32 | argbytes;
 *               return ((typeof(self) *)gort_morestack)(same arguments);
 *           }
 *       It is called with the function's own arguments, so it preserves all
 *       of them.  It writes nothing on the old stack but the return address
 *       its call pushed: the failing function's frame may already reach
 *       into the segment's reserve, and a first segment's reserve is small.
 *       So it moves at once to this thread's scratch stack
 *       (rt_morestack_scratch, stack.c), saves rdi rsi rdx rcx r8 r9,
 *       xmm0-7 and the old rsp there (184 bytes), and calls
 *       rt_morestack_grow(area), which links the next segment, copies
 *       `argbytes` of stack-passed arguments (at old rsp + 8) to its top,
 *       and returns the new sp in rax and the function in rdx.  We restore
 *       the argument registers, switch rsp and call the function again; it
 *       now passes its check.  When it returns, its results (rax rdx xmm0
 *       xmm1; a struct returned in memory was written through the caller's
 *       pointer) are kept on the scratch stack while rt_morestack_return()
 *       unlinks the segment and gives back the old rsp, and we return to
 *       the original caller as the function would have.  The scratch stack
 *       is free whenever Go code runs, since neither C call switches
 *       goroutines.  Frames never move, so pointers into stacks stay valid.
 *
 *   rt_preempt_tramp
 *       What gort_morestack calls instead of the function when the check
 *       failed for a preemption request (sched.c): called with the
 *       function's arguments, on the new segment.  It saves the argument
 *       registers in its frame, calls rt_preempt_yield() (which may run
 *       other goroutines), restores them and jumps to the function
 *       (rt_preempt_fn, kept in its frame across the yield), which returns
 *       to gort_morestack as if it had been called directly.
 */
/* the size of rt_morestack_scratch (stack.c) */
#define RT_SCRATCH_BYTES 16384

/* The argument registers of the SysV call being forwarded (rdi rsi rdx rcx
 * r8 r9, xmm0-7), saved at 0..175(%rsp) (16-aligned) and restored from
 * there: gort_morestack and rt_preempt_tramp both carry a call's arguments
 * across a C call of their own. */
	.macro	SAVE_ARGS
	movq	%rdi, 0(%rsp)
	movq	%rsi, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rcx, 24(%rsp)
	movq	%r8, 32(%rsp)
	movq	%r9, 40(%rsp)
	movaps	%xmm0, 48(%rsp)
	movaps	%xmm1, 64(%rsp)
	movaps	%xmm2, 80(%rsp)
	movaps	%xmm3, 96(%rsp)
	movaps	%xmm4, 112(%rsp)
	movaps	%xmm5, 128(%rsp)
	movaps	%xmm6, 144(%rsp)
	movaps	%xmm7, 160(%rsp)
	.endm

	.macro	RESTORE_ARGS
	movq	0(%rsp), %rdi
	movq	8(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	24(%rsp), %rcx
	movq	32(%rsp), %r8
	movq	40(%rsp), %r9
	movaps	48(%rsp), %xmm0
	movaps	64(%rsp), %xmm1
	movaps	80(%rsp), %xmm2
	movaps	96(%rsp), %xmm3
	movaps	112(%rsp), %xmm4
	movaps	128(%rsp), %xmm5
	movaps	144(%rsp), %xmm6
	movaps	160(%rsp), %xmm7
	.endm

	.text

	.globl	rt_ctx_switch
	.type	rt_ctx_switch, @function
rt_ctx_switch:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)		/* *save = sp */
	movq	%rsi, %rsp		/* sp = to */
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	rt_ctx_switch, .-rt_ctx_switch

	.globl	rt_ctx_entry
	.type	rt_ctx_entry, @function
rt_ctx_entry:
	xorl	%ebp, %ebp		/* end of the frame chain for debuggers */
	movq	%r13, %rdi
	call	*%r12
	ud2
	.size	rt_ctx_entry, .-rt_ctx_entry

/* void *rt_ctx_make(uintptr_t top, void (*fn)(void *), void *arg): build a new
 * goroutine's first frame below top (16-aligned) and return its sp: six
 * register slots (r13 = arg, r12 = fn) and the return address rt_ctx_entry,
 * laid out so that rsp is 16-aligned again when rt_ctx_entry calls fn. */
	.globl	rt_ctx_make
	.type	rt_ctx_make, @function
rt_ctx_make:
	leaq	-56(%rdi), %rax
	movq	$0, 0(%rax)		/* r15 */
	movq	$0, 8(%rax)		/* r14 */
	movq	%rdx, 16(%rax)		/* r13 = arg */
	movq	%rsi, 24(%rax)		/* r12 = fn */
	movq	$0, 32(%rax)		/* rbx */
	movq	$0, 40(%rax)		/* rbp */
	leaq	rt_ctx_entry(%rip), %rcx
	movq	%rcx, 48(%rax)		/* where rt_ctx_switch's ret goes */
	ret
	.size	rt_ctx_make, .-rt_ctx_make

	.globl	rt_call_on_stack
	.type	rt_call_on_stack, @function
rt_call_on_stack:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdx, %rsp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	call	*%rax
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size	rt_call_on_stack, .-rt_call_on_stack

	.globl	gort_morestack
	.type	gort_morestack, @function
gort_morestack:
	movq	%rsp, %rax		/* the old sp: it points at our return address */
	movq	%fs:0, %r11
	leaq	rt_morestack_scratch@tpoff+RT_SCRATCH_BYTES(%r11), %rsp
	subq	$192, %rsp		/* 16-aligned save area */
	SAVE_ARGS
	movq	%rax, 176(%rsp)
	movq	%rsp, %rdi
	call	rt_morestack_grow	/* rax = new sp, rdx = the function */
	movq	%rax, %r10
	movq	%rdx, %r11
	RESTORE_ARGS
	movq	%r10, %rsp		/* onto the new segment */
	call	*%r11			/* the function again, same arguments */
	movq	%fs:0, %r11		/* back on the scratch stack to unlink */
	leaq	rt_morestack_scratch@tpoff+RT_SCRATCH_BYTES(%r11), %rsp
	subq	$64, %rsp
	movq	%rax, 0(%rsp)
	movq	%rdx, 8(%rsp)
	movaps	%xmm0, 16(%rsp)
	movaps	%xmm1, 32(%rsp)
	call	rt_morestack_return	/* rax = the old sp */
	movq	%rax, %r10
	movq	0(%rsp), %rax
	movq	8(%rsp), %rdx
	movaps	16(%rsp), %xmm0
	movaps	32(%rsp), %xmm1
	movq	%r10, %rsp
	ret
	.size	gort_morestack, .-gort_morestack

	.globl	rt_preempt_tramp
	.type	rt_preempt_tramp, @function
rt_preempt_tramp:
	subq	$200, %rsp		/* entry rsp = 8 mod 16: 16-aligned now */
	SAVE_ARGS
	movq	%fs:rt_preempt_fn@tpoff, %rax
	movq	%rax, 176(%rsp)
	call	rt_preempt_yield
	RESTORE_ARGS
	movq	176(%rsp), %r11
	addq	$200, %rsp
	jmp	*%r11
	.size	rt_preempt_tramp, .-rt_preempt_tramp

	.section .note.GNU-stack,"",@progbits
