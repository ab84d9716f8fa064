/*
 * gen_go.c: goroutines -- the stack check in every prologue, and the go
 * statement.
 *
 * Stacks (runtime/gort.h, runtime/stack.c).  Goroutine stacks are linked
 * segments that never move.  Every function gen compiles starts with
 *
 *     sp = %rsp;
 *     if (__builtin_expect(sp - FRAME < gort_stack_limit, 0)) {
 *         gort_morestack_fn = &self;
 *         gort_morestack_info = FRAME << 32 | ARGBYTES;
 *         return ((typeof(&self))gort_morestack)(the same arguments);
 *     }
 *
 * gort_morestack (assembly) runs self again on a new segment.  The three
 * variables are thread-local, reached with the local-exec model (the
 * program is linked -no-pie, compiled -fno-pic).  FRAME is 0 for frames up
 * to 2 KiB (the runtime's red zone below the limit absorbs them), else an
 * upper bound: gcc keeps no frame-size query, so gen counts the bytes of
 * every local it makes (gen_temp, gen_declare_var; Gen.frame) and doubles
 * them for spills and outgoing arguments.  ARGBYTES is the bytes of
 * stack-passed arguments: exact where the SysV rule is easy
 * (stack_argbytes), else the parameter sizes rounded up to 8.  When FRAME
 * and ARGBYTES are both 0 the info store is left out (the runtime resets
 * it after each use): with a second TLS store in the slow path gcc stops
 * inlining recursive functions into themselves, and fib ran 2x slower.
 * The check goes in the entry block, which is filled last, when the frame
 * is known.
 *
 * go f(x, y).  The function value and the arguments are evaluated now, into
 * a heap block {code or func value, args...} (allocated with a descriptor
 * of its shape, for the collector); a thunk made for that go statement
 * unpacks it and makes the call on the new goroutine: gort_go(thunk, block).
 * A func value without parameters or results is started directly:
 * gort_go(code, record).
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

enum { SMALL_FRAME = 2048 };

static gcc_jit_lvalue *tls_global(Gen *g, const char *name, gcc_jit_type *t)
{
	gcc_jit_lvalue *v = gen_import_global(g, name, t);
	gcc_jit_lvalue_set_tls_model(v, GCC_JIT_TLS_MODEL_LOCAL_EXEC);
	return v;
}

/* The program-wide part: the flag that tells the runtime to run main on
 * segments too, and the TLS variables. */
void gen_stack_init(Gen *g)
{
	/* GOFRONT_NO_STACK_CHECK=1 (for measurements): no checks; the runtime
	 * then runs main on one big stack, and goroutines must stay shallow */
	const char *off = getenv("GOFRONT_NO_STACK_CHECK");
	if (off && *off && strcmp(off, "0") != 0)
		return;
	gcc_jit_lvalue *flag = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED,
	                                                  gcc_jit_type_get_const(g->t_i64), "gort_stack_checks");
	gcc_jit_global_set_initializer_rvalue(flag, gen_i64(g, 1));
	g->stack_limit = tls_global(g, "gort_stack_limit", g->t_u64);
	g->morestack_fn = tls_global(g, "gort_morestack_fn", g->t_voidp);
	g->morestack_info = tls_global(g, "gort_morestack_info", g->t_u64);
	g->morestack = gen_import(g, "gort_morestack", g->t_void, 0, NULL);
}

/* The bytes of stack-passed arguments of a function with these parameter
 * types, when they are easy to know under the SysV x86-64 ABI: integer,
 * pointer and float scalars and the two-word GoString/GoIface in registers
 * (up to 6 integer and 8 float registers, one less integer register with a
 * hidden result pointer), aggregates over 16 bytes in memory on the stack.
 * -1 for anything else: the caller then passes the upper bound. */
static long stack_argbytes(Gen *g, gcc_jit_type **pt, int np, gcc_jit_type *ret)
{
	int ints = 0, sses = 0;
	long stack = 0;
	if (ret != g->t_void && gcc_jit_type_is_struct(ret) && gen_size_of(g, ret) > 16)
		ints = 1;
	for (int i = 0; i < np; i++) {
		gcc_jit_type *t = gcc_jit_type_unqualified(pt[i]);
		long size = gen_size_of(g, t);
		if (t == g->t_f64 || t == g->t_f32)
			sses++;
		else if (gcc_jit_type_is_integral(t) || gcc_jit_type_is_pointer(t) ||
		         gcc_jit_type_is_bool(t))
			ints++;
		else if (t == g->t_string || t == g->t_iface)
			ints += 2;
		else if (gcc_jit_type_is_struct(t) && size > 16)
			stack += (size + 7) / 8 * 8;
		else
			return -1;
	}
	return ints > 6 || sses > 8 ? -1 : stack;
}

/* Fill the entry block of the function just generated (g->fn), whose body
 * starts at block `body`. */
void gen_prologue(Gen *g, gcc_jit_block *entry, gcc_jit_block *body, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_context *c = g->ctx;
	if (!g->stack_limit) {
		gcc_jit_block_end_with_jump(entry, loc, body);
		return;
	}
	long frame = 2 * g->frame + 1024;
	if (frame <= SMALL_FRAME)
		frame = 0;
	int np = gcc_jit_function_get_param_count(g->fn);
	long argbytes = 0;
	gcc_jit_type **pt = xmalloc(sizeof *pt * (np + 1));
	gcc_jit_rvalue **args = xmalloc(sizeof *args * (np + 1));
	for (int i = 0; i < np; i++) {
		args[i] = gcc_jit_param_as_rvalue(gcc_jit_function_get_param(g->fn, i));
		pt[i] = gcc_jit_rvalue_get_type(args[i]);
		argbytes += (gen_size_of(g, pt[i]) + 7) / 8 * 8;
	}
	long exact = stack_argbytes(g, pt, np, g->fi->ret);
	if (exact >= 0)
		argbytes = exact;
	/* sp = %rsp */
	gcc_jit_lvalue *sp = gcc_jit_function_new_local(g->fn, loc, g->t_u64, "sp");
	gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(entry, loc, "mov %%rsp, %0");
	gcc_jit_extended_asm_add_output_operand(a, NULL, "=r", sp);
	gcc_jit_rvalue *low = gcc_jit_lvalue_as_rvalue(sp);
	if (frame)
		low = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_MINUS, g->t_u64, low,
		                                    gen_intc(g, g->t_u64, frame));
	gcc_jit_rvalue *cond = gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_LT, low,
	                                                      gcc_jit_lvalue_as_rvalue(g->stack_limit));
	gcc_jit_type *lg = gcc_jit_context_get_type(c, GCC_JIT_TYPE_LONG);
	gcc_jit_rvalue *eargs[2] = {gcc_jit_context_new_cast(c, loc, cond, lg), gcc_jit_context_new_rvalue_from_long(c, lg, 0)};
	cond = gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_NE,
	                                      gcc_jit_context_new_call(c, loc, g->b_expect, 2, eargs),
	                                      gcc_jit_context_new_rvalue_from_long(c, lg, 0));
	gcc_jit_block *grow = gcc_jit_function_new_block(g->fn, "morestack");
	gcc_jit_block_end_with_conditional(entry, loc, cond, grow, body);
	/* gort_morestack_fn = &self; info = frame << 32 | argbytes; return morestack(args) */
	gcc_jit_block_add_assignment(grow, loc, g->morestack_fn,
	                             gcc_jit_context_new_cast(c, loc, gcc_jit_function_get_address(g->fn, loc), g->t_voidp));
	/* the runtime resets the info to 0 after each use (gort.h): a second
	 * TLS store here would cost gcc its recursive inlining (fib: 2x) */
	if (frame || argbytes)
		gcc_jit_block_add_assignment(grow, loc, g->morestack_info,
		                             gen_intc(g, g->t_u64, (long)((unsigned long)frame << 32 | (unsigned long)argbytes)));
	gcc_jit_type *ret = g->fi->ret;
	gcc_jit_type *fpt = gcc_jit_context_new_function_ptr_type(c, loc, ret, np, pt, 0);
	gcc_jit_rvalue *fp = gcc_jit_context_new_cast(c, loc, gcc_jit_function_get_address(g->morestack, loc), fpt);
	gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(c, loc, fp, np, args);
	if (ret == g->t_void) {
		gcc_jit_block_add_eval(grow, loc, call);
		gcc_jit_block_end_with_void_return(grow, loc);
	} else
		gcc_jit_block_end_with_return(grow, loc, call);
}

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
	gcc_jit_rvalue *blk = gen_save(g, gcc_jit_context_new_cast(c, loc, gcc_jit_context_new_call(c, loc, g->rt_alloc, 2, aargs),
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
	if (target)
		cv = gcc_jit_context_new_call(c, loc, target, k, cargs);
	else {
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
