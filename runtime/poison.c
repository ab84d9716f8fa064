/*
 * poison.c: the runtime half of `gofront build -d checkescape` (compiler/gen_poison.c).
 *
 * gort_stack_poison fills a dead frame slot so that every aligned 8-byte word of it reads
 * 0xdeaddeaddeaddead, a non-canonical address: a pointer loaded from the slot after the
 * frame is gone faults with a general-protection SIGSEGV (si_addr 0).  rt_poison_fault
 * tells such a fault from a nil dereference by the pattern in the faulting context's
 * registers; panic.c's handler then reports
 *
 *     fatal error: read of poisoned stack memory (escape analysis bug)
 */
#define _GNU_SOURCE /* REG_* in ucontext.h */
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>

#define GORT_STACK_POISON 0xdeaddeaddeaddeadULL

void gort_stack_poison(void *p, uint64_t n)
{
	/* byte by byte, each the pattern's byte for its address: alignment does not matter */
	volatile unsigned char *b = p;
	for (uint64_t i = 0; i < n; i++)
		b[i] = (unsigned char)(GORT_STACK_POISON >> (8 * (((uintptr_t)(b + i)) & 7)));
}

/* Is this SIGSEGV a load through a poisoned pointer? */
int rt_poison_fault(siginfo_t *si, void *uc_)
{
	ucontext_t *uc = uc_;
	uintptr_t addr = (uintptr_t)si->si_addr;
	if (addr != 0 && (addr >> 32) != (GORT_STACK_POISON >> 32))
		return 0;
	static const int regs[] = {REG_RAX, REG_RBX, REG_RCX, REG_RDX, REG_RSI,
	                           REG_RDI, REG_RBP, REG_R8,  REG_R9,  REG_R10,
	                           REG_R11, REG_R12, REG_R13, REG_R14, REG_R15};
	for (unsigned i = 0; i < sizeof regs / sizeof regs[0]; i++)
		if (((uint64_t)uc->uc_mcontext.gregs[regs[i]] >> 32) == (GORT_STACK_POISON >> 32))
			return 1;
	return 0;
}
