/*
 * gen_poison.c: the soundness check of escape analysis (`gofront build -d checkescape`,
 * or GOFRONT_STACK_POISON=1 in gofront's environment).
 *
 * Escape analysis puts a value in its function's frame only when no pointer to it can
 * outlive the call.  If the analysis is wrong, a pointer into a dead frame survives, and
 * reading through it quietly returns whatever the next call left there.  This mode turns
 * that quiet bug into a loud one: every return fills the frame's address-taken storage
 * with the pattern 0xdeaddeaddeaddead (runtime/poison.c), so a pointer later loaded from
 * it is non-canonical and faults, and the runtime's fault handler (runtime/panic.c) says
 *
 *     fatal error: read of poisoned stack memory (escape analysis bug)
 *
 * Which storage: exactly what the escape pass's answers put in the frame -- allocation
 * sites with Node.esc == ESC_NONE (new, &T{}, literals, make, closures, boxes, `...`
 * slices, defer records: gen_alloc_bytes), 32-byte string buffers of non-escaping
 * conversions and concatenations (gen_stackbuf), and variables and parameters that stay
 * in the frame although their address is taken or they are captured by reference.  Other
 * locals cannot be pointed to, so poisoning them would prove nothing.
 *
 * How: gen records each such slot as it makes it (gen_poison_slot).  A return in this
 * mode (gen_ret) leaves its block open and pending; once the whole body is generated,
 * and every slot is known, gen_poison_finish closes each pending block: the value into
 * a temporary (it may read a slot), one gort_stack_poison call per slot, the return.  A
 * function without slots returns as usual (its frame does not grow).  A
 * slot made textually after a return (a loop around, a goto back) is still poisoned there.
 * The runtime call also keeps gcc from deleting the fill as a dead store at -O2.
 *
 * Not covered: frames left by a panic (they unwind without returning), goroutine
 * trampolines and method wrappers (no slots of their own).
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

void gen_poison_init(Gen *g)
{
	const char *env = getenv("GOFRONT_STACK_POISON");
	g->poison = (env && *env && strcmp(env, "0") != 0) ||
	            (g->opts && g->opts->dump && strcmp(g->opts->dump, "checkescape") == 0);
	if (!g->poison)
		return;
	gcc_jit_param *ps[2] = {
	    gcc_jit_context_new_param(g->ctx, NULL, g->t_voidp, "p"),
	    gcc_jit_context_new_param(g->ctx, NULL, g->t_u64, "n")};
	g->rt_poison = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED, g->t_void,
	                                            "gort_stack_poison", 2, ps, 0);
	gen_note_runtime(g, g->rt_poison, "gort_stack_poison");
}

/* A new function body: no slots, no pending returns. */
void gen_poison_begin(Gen *g)
{
	g->npslots = 0;
	g->npret = 0;
}

void gen_poison_slot(Gen *g, gcc_jit_lvalue *lv, long size)
{
	if (!g->poison || size <= 0)
		return;
	if (g->npslots == g->cappslots) {
		g->cappslots = g->cappslots ? 2 * g->cappslots : 16;
		g->pslots = xrealloc(g->pslots, sizeof *g->pslots * g->cappslots);
	}
	g->pslots[g->npslots++] = (struct PoisonSlot){lv, size};
}

/* End block b with `return v` (v NULL: a void return). */
void gen_ret(Gen *g, gcc_jit_block *b, gcc_jit_location *loc, gcc_jit_rvalue *v)
{
	if (!g->poison) {
		if (v)
			gcc_jit_block_end_with_return(b, loc, v);
		else
			gcc_jit_block_end_with_void_return(b, loc);
		return;
	}
	if (g->npret == g->cappret) {
		g->cappret = g->cappret ? 2 * g->cappret : 8;
		g->pret = xrealloc(g->pret, sizeof *g->pret * g->cappret);
	}
	g->pret[g->npret++] = (struct PendingRet){b, loc, v};
}

/* The body is complete: poison the slots on every pending return, and return. */
void gen_poison_finish(Gen *g)
{
	for (int i = 0; i < g->npret; i++) {
		struct PendingRet *r = &g->pret[i];
		if (r->v && g->npslots > 0) {
			/* the value first: it may be read from a slot about to be poisoned */
			gcc_jit_lvalue *t = gen_temp(g, gcc_jit_rvalue_get_type(r->v), "ret");
			gcc_jit_block_add_assignment(r->b, r->loc, t, r->v);
			r->v = gcc_jit_lvalue_as_rvalue(t);
		}
		for (int k = 0; k < g->npslots; k++) {
			gcc_jit_rvalue *args[2] = {
			    gcc_jit_context_new_cast(g->ctx, r->loc,
			                             gcc_jit_lvalue_get_address(g->pslots[k].lv, r->loc), g->t_voidp),
			    gcc_jit_context_new_rvalue_from_long(g->ctx, g->t_u64, g->pslots[k].size)};
			gcc_jit_block_add_eval(r->b, r->loc, gen_new_call(g, r->loc, g->rt_poison, 2, args));
		}
		if (r->v)
			gcc_jit_block_end_with_return(r->b, r->loc, r->v);
		else
			gcc_jit_block_end_with_void_return(r->b, r->loc);
	}
	g->npret = 0;
}
