/*
 * gen_defer.c: defer statements, on the normal return path.
 *
 * A function that contains defer keeps a frame-local chain of records
 * {link, code, arg}: `defer f(x)` evaluates f and x now into a thunk (the
 * one go statements use, gen_go.c) and pushes a record.  Every return stores
 * its values in the result slots (the named results, or hidden temporaries)
 * and jumps to one exit block, which pops and runs the records, newest
 * first, then returns the slots -- so a deferred closure that assigns a named
 * result changes what the caller gets, as in Go.  Records live in the frame
 * when the defer is not in a loop (Node.loopdepth 1), else on the heap.
 *
 * Not yet: running deferred calls while a panic unwinds, and recover()
 * (which returns nil).  Both need the runtime to see the chain; the plan is
 * for gen to link the records through a per-goroutine head in the runtime
 * instead of a local, and for the runtime's panic to walk it.
 */
#include <string.h>

#include "gen.h"

static bool has_defer(Node *n)
{
	if (!n)
		return false;
	if (n->op == N_DEFER)
		return true;
	if (n->op == N_CLOSURE)
		return false;
	Node *kids[] = {n->left, n->right, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (kids[i] && has_defer(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (has_defer(n->list.v[i]))
			return true;
	return false;
}

/* At the start of a body: the chain, the result slots, the exit block. */
void gen_defer_setup(Gen *g, Func *f)
{
	g->exitb = NULL;
	if (!f->body || !has_defer(f->body))
		return;
	Type *sig = g->fi->sig;
	int nres = sig ? sig->results.len : 0;
	g->dlist = gen_temp(g, g->t_voidp, "defers");
	gen_assign(g, g->dlist, gcc_jit_context_null(g->ctx, g->t_voidp), f->pos);
	g->nslots = nres;
	g->slots = xmalloc(sizeof *g->slots * (nres + 1));
	for (int i = 0; i < nres; i++)
		g->slots[i] = NULL;
	for (int i = 0; i < f->ndcl; i++) {
		Obj *o = f->dcl[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_RESULT && o->index >= 0 && o->index < nres &&
		    strcmp(o->name, "_") != 0 && o->name[0] != '~')
			g->slots[o->index] = gen_var(g, o, f->pos);
	}
	for (int i = 0; i < nres; i++)
		if (!g->slots[i]) {
			g->slots[i] = gen_temp(g, gen_type(g, sig->results.v[i].type), "result");
			gen_assign(g, g->slots[i], gen_zero(g, sig->results.v[i].type), f->pos);
		}
	g->exitb = gen_newblock(g, "exit");
	g->drec = gcc_jit_context_new_opaque_struct(g->ctx, NULL, "defer");
	g->drec_f[0] = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "link");
	g->drec_f[1] = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "code");
	g->drec_f[2] = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "arg");
	gcc_jit_struct_set_fields(g->drec, NULL, 3, g->drec_f);
}

/* defer f(args): push a record. */
void gen_defer(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (!g->exitb) {
		diag_error(n->pos, "internal: defer outside a deferring function");
		return;
	}
	gcc_jit_rvalue *code, *arg;
	if (!gen_call_thunk(g, n, &code, &arg))
		return;
	gcc_jit_type *rt = gcc_jit_struct_as_type(g->drec);
	gen_note_size(g, rt, 24);
	gcc_jit_rvalue *d;
	if (n->loopdepth <= 1)
		d = gen_alloc_bytes(g, rt, 24, NULL, ESC_NONE, n->pos);
	else {
		/* three words the collector must follow: a *[3]*uint8's shape */
		Type *words = types_array(types_ptr(ty_uint8), 3);
		d = gen_alloc_bytes(g, rt, 24, words, ESC_HEAP, n->pos);
	}
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[0]), gcc_jit_lvalue_as_rvalue(g->dlist), n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[1]), code, n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[2]), arg, n->pos);
	gen_assign(g, g->dlist, gen_cast(g, d, g->t_voidp, n->pos), n->pos);
}

/* return vals: store them in the slots (all evaluated first), go to exit. */
void gen_defer_return(Gen *g, gcc_jit_rvalue **vals, int n, Pos pos)
{
	gcc_jit_rvalue **saved = xmalloc(sizeof *saved * (n + 1));
	for (int i = 0; i < n; i++)
		saved[i] = gen_save(g, vals[i], pos);
	for (int i = 0; i < n && i < g->nslots; i++)
		gen_assign(g, g->slots[i], saved[i], pos);
	gen_jump(g, g->exitb, pos);
}

/* The exit block: run the chain, newest first, then return the slots. */
void gen_defer_exit(Gen *g, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_context *c = g->ctx;
	gcc_jit_block *run = gen_newblock(g, "exit.run"), *ret = gen_newblock(g, "exit.return");
	gcc_jit_rvalue *head = gcc_jit_lvalue_as_rvalue(g->dlist);
	gcc_jit_block_end_with_conditional(g->exitb, loc,
	                                   gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_NE, head,
	                                                                  gcc_jit_context_null(c, g->t_voidp)),
	                                   run, ret);
	gcc_jit_type *rp = gcc_jit_type_get_pointer(gcc_jit_struct_as_type(g->drec));
	gcc_jit_lvalue *d = gen_temp(g, rp, "d");
	gcc_jit_block_add_assignment(run, loc, d, gcc_jit_context_new_cast(c, loc, head, rp));
	gcc_jit_rvalue *dv = gcc_jit_lvalue_as_rvalue(d);
	gcc_jit_block_add_assignment(run, loc, g->dlist,
	                             gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(dv, loc, g->drec_f[0])));
	gcc_jit_type *vp = g->t_voidp;
	gcc_jit_type *thunk = gcc_jit_context_new_function_ptr_type(c, loc, g->t_void, 1, &vp, 0);
	gcc_jit_rvalue *code = gcc_jit_context_new_cast(
	    c, loc, gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(dv, loc, g->drec_f[1])), thunk);
	gcc_jit_rvalue *arg = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(dv, loc, g->drec_f[2]));
	gcc_jit_block_add_eval(run, loc, gcc_jit_context_new_call_through_ptr(c, loc, code, 1, &arg));
	gcc_jit_block_end_with_jump(run, loc, g->exitb);
	int nres = g->nslots;
	if (g->fi->ret == g->t_void)
		gcc_jit_block_end_with_void_return(ret, loc);
	else if (nres == 1)
		gcc_jit_block_end_with_return(ret, loc, gcc_jit_lvalue_as_rvalue(g->slots[0]));
	else {
		gcc_jit_rvalue **vals = xmalloc(sizeof *vals * nres);
		for (int i = 0; i < nres; i++)
			vals[i] = gcc_jit_lvalue_as_rvalue(g->slots[i]);
		gcc_jit_block_end_with_return(ret, loc,
		                              gcc_jit_context_new_struct_constructor(c, loc, g->fi->ret, nres, NULL, vals));
	}
}
