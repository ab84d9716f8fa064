/*
 * gen_go.c: the go statement.
 *
 * go f(x, y).  The function value and the arguments are evaluated now, into
 * a heap block {code or func value, args...} (allocated with a descriptor
 * of its shape, for the collector); a thunk made for that go statement
 * unpacks it and makes the call on the new goroutine: gort_go(thunk, block).
 * A func value without parameters or results is started directly:
 * gort_go(code, record).  The stack check every function starts with is
 * gen_stack.c's.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ---- go statements ---- */

/* A Go struct type with one field per value, for the block's descriptor. */
static Type *shape(Type **types, int n)
{
	Type *st = types_new(TY_STRUCT);
	for (int i = 0; i < n; i++)
		fieldlist_push(&st->fields, (Field){.name = xprintf("f%d", i), .type = types[i]});
	st->size = st->align = -1;
	types_size(st);
	return st;
}

/* The call of a go or defer statement n, evaluated now and made later:
 * sets *code (a void (*)(void *) as void *) and *arg (its argument).
 * Returns false after a diagnostic. */
bool gen_call_thunk(Gen *g, Node *n, gcc_jit_rvalue **code_out, gcc_jit_rvalue **arg_out)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_context *c = g->ctx;
	Node *call = n->left;
	Type *voidptr = types_ptr(ty_uint8); /* a word the collector may follow */
	/* gc builds a go/defer call's ... slice inside its wrapper, so the escape
	 * pass may call it non-escaping; here it outlives the statement (and
	 * the frame, for go): give it a heap backing array */
	for (int i = 0; i < call->list.len; i++)
		if (call->list.v[i] && call->list.v[i]->op == N_DDDARG)
			call->list.v[i]->esc = ESC_HEAP;
	gen_hoist(g, call, false);

	/* func(){...}() and fv() with fv of type func(): no block needed */
	if (call->op == N_CALLVALUE && call->list.len == 0 && call->left->type->fields.len == 0 &&
	    call->left->type->results.len == 0) {
		gcc_jit_rvalue *fv = gen_nilcheck(g, gen_expr(g, call->left), n->pos);
		*code_out = gen_save(g, gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
		    gcc_jit_context_new_cast(c, loc, fv, gcc_jit_type_get_pointer(g->t_voidp)), loc)), n->pos);
		*arg_out = fv;
		return true;
	}

	/* what the thunk calls, and the values it needs */
	int nargs = 0, nfix = 0;
	gcc_jit_rvalue **args = NULL, *fixed[2];
	Type *fixedt[2];
	gcc_jit_function *target = NULL;
	Type *sig = NULL;
	switch (call->op) {
	case N_CALLFUNC: case N_CALLMETH: {
		Obj *o = call->left->obj;
		FuncInfo *fi = gen_objfunc(g, o);
		target = fi->fn;
		sig = fi->sig;
		args = gen_call_args(g, call, call->op == N_CALLMETH ? 1 : 0, sig, 0, NULL, &nargs);
		break;
	}
	case N_CALLVALUE: {
		sig = call->left->type;
		fixed[0] = gen_nilcheck(g, gen_expr(g, call->left), n->pos); /* the func value */
		fixedt[0] = voidptr;
		nfix = 1;
		args = gen_call_args(g, call, 0, sig, 0, NULL, &nargs);
		break;
	}
	case N_CALLINTER: {
		/* resolve the method now: {code, data} */
		Node *di = call->left;
		sig = di->type;
		gcc_jit_rvalue *iv = gen_save(g, gen_expr(g, di->left), n->pos);
		gcc_jit_rvalue *tp = gen_save(g, gcc_jit_rvalue_access_field(iv, loc, g->f_if_type), n->pos);
		gen_panic_if(g, gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_EQ, tp,
		                                               gcc_jit_context_null(c, g->t_gotypep)),
		             g->rt_panic_nil, 0, NULL, n->pos);
		fixed[0] = gen_iface_code(g, tp, di->name, n->pos);
		fixed[1] = gen_save(g, gcc_jit_rvalue_access_field(iv, loc, g->f_if_data), n->pos);
		fixedt[0] = fixedt[1] = voidptr;
		nfix = 2;
		args = gen_call_args(g, call, 0, sig, 0, NULL, &nargs);
		break;
	}
	default:
		GEN_NOTSUP(g, n->pos, n->op == N_GO ? "go with a builtin" : "defer with a builtin");
		return false;
	}

	/* the block */
	int nv = nfix + nargs;
	Type **types = xmalloc(sizeof *types * (nv + 1));
	gcc_jit_field **f = xmalloc(sizeof *f * (nv + 1));
	int recvoff = (call->op == N_CALLMETH) ? 1 : 0;
	for (int i = 0; i < nv; i++) {
		gcc_jit_rvalue *v = i < nfix ? fixed[i] : args[i - nfix];
		if (i < nfix)
			types[i] = fixedt[i];
		else if (recvoff && i - nfix == 0)
			types[i] = call->left->obj->ptr_recv ? types_ptr(call->left->obj->recv_type) : call->left->obj->recv_type;
		else
			types[i] = sig->fields.v[i - nfix - recvoff].type;
		f[i] = gcc_jit_context_new_field(c, NULL, gcc_jit_rvalue_get_type(v), xprintf("f%d", i));
	}
	int id = g->ndesc++;
	gcc_jit_type *bt = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(c, NULL, xprintf("goblock%d", id),
	                                                                          nv, f));
	gcc_jit_type *bp = gcc_jit_type_get_pointer(bt);
	Type *st = shape(types, nv);
	gcc_jit_rvalue *aargs[2] = {gen_i64(g, types_size(st) > 0 ? types_size(st) : 8), gen_desc_or_null(g, st)};
	gcc_jit_rvalue *blk = gen_save(g, gcc_jit_context_new_cast(c, loc, gen_new_call(g, loc, g->rt_alloc, 2, aargs),
	                                                           bp), n->pos);
	for (int i = 0; i < nv; i++)
		gen_assign(g, gcc_jit_rvalue_dereference_field(blk, loc, f[i]), i < nfix ? fixed[i] : args[i - nfix], n->pos);

	/* the thunk: void thunk(void *p) { B *b = p; target(b->f...); } */
	gcc_jit_param *p = gcc_jit_context_new_param(c, NULL, g->t_voidp, "p");
	gcc_jit_function *th = gcc_jit_context_new_function(c, loc, GCC_JIT_FUNCTION_INTERNAL, g->t_void,
	                                                    xprintf("go__thunk%d", id), 1, &p, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(th, "entry");
	gcc_jit_rvalue *bv = gcc_jit_context_new_cast(c, loc, gcc_jit_param_as_rvalue(p), bp);
	gcc_jit_rvalue **cargs = xmalloc(sizeof *cargs * (nv + 1));
	int k = 0;
	for (int i = (call->op == N_CALLINTER ? 1 : 0); i < nv; i++)
		cargs[k++] = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(bv, loc, f[i]));
	gcc_jit_rvalue *cv;
	if (target) {
		/* what the thunk's call needs of the stack (gen_stack.c): a deferred
		 * call runs from the runtime's defer machinery, which its function
		 * budgets (or on a panic's deep segment); a go thunk is the first
		 * frame of its goroutine and has no check of its own */
		gcc_jit_function *sfn = g->fn;
		bool sunb = g->unbudgeted;
		if (n->op == N_GO)
			g->fn = th;
		else
			g->unbudgeted = true;
		cv = gen_new_call(g, loc, target, k, cargs);
		g->fn = sfn;
		g->unbudgeted = sunb;
	} else {
		/* through a func value (its record is cargs[0]) or an interface's code */
		gcc_jit_rvalue *code;
		gcc_jit_rvalue *f0 = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(bv, loc, f[0]));
		if (call->op == N_CALLVALUE)
			code = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
			    gcc_jit_context_new_cast(c, loc, f0, gcc_jit_type_get_pointer(g->t_voidp)), loc));
		else
			code = f0;
		cv = gcc_jit_context_new_call_through_ptr(c, loc, gcc_jit_context_new_cast(c, loc, code, gen_fnptr(g, sig)), k,
		                                          cargs);
	}
	gcc_jit_block_add_eval(b, loc, cv);
	gcc_jit_block_end_with_void_return(b, loc);

	*code_out = gcc_jit_context_new_cast(c, loc, gcc_jit_function_get_address(th, loc), g->t_voidp);
	*arg_out = gen_cast(g, blk, g->t_voidp, n->pos);
	return true;
}

void gen_go(Gen *g, Node *n)
{
	gcc_jit_rvalue *args[2];
	if (gen_call_thunk(g, n, &args[0], &args[1]))
		gen_callstmt(g, g->rt_go, 2, args, n->pos);
}
