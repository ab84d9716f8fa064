/*
 * gen_call.c: calls, methods, closures, func values, builtins, std calls.
 *
 * Requires the IR of docs/ir.md (arguments converted to the parameter types,
 * variadic extras already packed in one N_DDDARG, method receivers already
 * &x or *p as the method wants).  Guarantees the ABI of runtime/gort.h:
 *
 *   static call        go_main_f(args...)          std: gort_pkg_F(args...)
 *   method call        go_main_T_M(recv, args...)
 *   func value call    fv->code(fv, args...)       fv: closure record, nil-checked
 *
 * Func values.  A func literal's record is {code, captured vars...}: the
 * address of each variable captured by reference, or its value when the
 * escape pass set Obj.byval; the record lives in the frame when the
 * N_CLOSURE does not escape (Node.esc == ESC_NONE), else on the heap; a
 * literal capturing nothing uses one static record, as gc does.  A
 * top-level function or method expression used as a value gets a wrapper
 * that drops the record argument, and one static record; a method value
 * x.M gets a record {wrapper, receiver}.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

gcc_jit_rvalue *gen_tuple_field(Gen *g, gcc_jit_rvalue *tuple, Type *tt, int i, Pos pos)
{
	gcc_jit_field **f;
	gen_tuple(g, &tt->fields, &f);
	return gcc_jit_rvalue_access_field(tuple, gen_loc(g, pos), f[i]);
}

/* The argument values of a call: list, or one tuple-valued call f(g())
 * spread out (into the ... slice too when f is variadic).  nrecv: 1 when
 * list[0] is a method's receiver. */
gcc_jit_rvalue **gen_call_args(Gen *g, Node *n, int nrecv, Type *sig, int nprefix,
                               gcc_jit_rvalue **prefix, int *nargs)
{
	int k = n->list.len;
	gcc_jit_rvalue **args;
	if (k == nrecv + 1 && n->list.v[nrecv]->type && n->list.v[nrecv]->type->kind == TY_TUPLE) {
		Node *c = n->list.v[nrecv];
		int m = c->type->fields.len;
		int np = sig ? sig->fields.len : m;
		args = xmalloc(sizeof *args * (m + nprefix + nrecv + np + 1));
		int a = 0;
		for (int i = 0; i < nprefix; i++)
			args[a++] = prefix[i];
		if (nrecv)
			args[a++] = gen_save(g, gen_expr(g, n->list.v[0]), n->pos);
		gcc_jit_rvalue *t = gen_save(g, gen_expr(g, c), c->pos);
		int nfixed = sig && sig->variadic ? np - 1 : m;
		for (int i = 0; i < nfixed && i < m; i++)
			args[a++] = gen_assignable(g, gen_tuple_field(g, t, c->type, i, c->pos), c->type->fields.v[i].type,
			                           sig ? sig->fields.v[i].type : NULL, c->pos);
		if (sig && sig->variadic) {
			/* pack the rest into a fresh []T */
			Type *st = sig->fields.v[np - 1].type, *et = st->elem;
			int extra = m - nfixed;
			if (extra <= 0)
				args[a++] = gen_zero(g, st);
			else {
				gcc_jit_location *loc = gen_loc(g, c->pos);
				gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, loc, gen_type(g, et), extra);
				gcc_jit_rvalue *p = gen_alloc_bytes(g, at, extra * types_size(et), et, ESC_HEAP, c->pos);
				gcc_jit_rvalue *base = gen_save(g, gen_cast(g, p, gen_ptrto(g, et), c->pos), c->pos);
				for (int i = 0; i < extra; i++) {
					Type *ft = c->type->fields.v[nfixed + i].type;
					gcc_jit_rvalue *v = gen_tuple_field(g, t, c->type, nfixed + i, c->pos);
					if (et->kind == TY_INTERFACE)
						v = gen_iface_of(g, v, ft, ESC_HEAP, c->pos);
					gen_assign(g, gcc_jit_context_new_array_access(g->ctx, loc, base, gen_i64(g, i)), v, c->pos);
				}
				gcc_jit_rvalue *v[3] = {gen_cast(g, base, g->t_voidp, c->pos), gen_i64(g, extra), gen_i64(g, extra)};
				args[a++] = gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_slice, 3, NULL, v),
				                     c->pos);
			}
		}
		*nargs = a;
		return args;
	}
	args = xmalloc(sizeof *args * (k + nprefix + 1));
	for (int i = 0; i < nprefix; i++)
		args[i] = prefix[i];
	for (int i = 0; i < k; i++) {
		Node *a = n->list.v[i];
		/* calls among the arguments ran already (gen_hoist); plain operands
		 * are read now, after them, as gc's order pass does */
		args[nprefix + i] = gen_expr(g, a);
	}
	*nargs = nprefix + k;
	return args;
}

static gcc_jit_rvalue *finish_call(Gen *g, gcc_jit_rvalue *call, Type *t, Pos pos)
{
	if (gcc_jit_rvalue_get_type(call) == g->t_void) {
		gen_eval(g, call, pos);
		return NULL;
	}
	return gen_save(g, call, pos);
}

/* Match argument types to the parameters (named vs unnamed types share the
 * gcc type; pointers to them may not). */
static void fit_args(Gen *g, gcc_jit_function *fn, gcc_jit_rvalue **args, int n, Pos pos)
{
	for (int i = 0; i < n && i < gcc_jit_function_get_param_count(fn); i++) {
		gcc_jit_type *pt = gcc_jit_rvalue_get_type(gcc_jit_param_as_rvalue(gcc_jit_function_get_param(fn, i)));
		if (gcc_jit_rvalue_get_type(args[i]) != pt && gcc_jit_type_is_pointer(pt))
			args[i] = gen_cast(g, args[i], pt, pos);
	}
}

/* math functions that GCC knows: inlined (sqrtsd...) or libm calls. */
static gcc_jit_function *math_builtin(Gen *g, const char *name)
{
	/* only the exactly rounded operations: C's transcendental functions
	 * differ from Go's in the last bit, so Sin, Exp, Pow... call
	 * runtime/math.c, which computes them as Go does */
	static const char *const names[][2] = {
	    {"Sqrt", "__builtin_sqrt"}, {"Abs", "__builtin_fabs"},   {"Floor", "__builtin_floor"},
	    {"Ceil", "__builtin_ceil"}, {"Trunc", "__builtin_trunc"}, {"Mod", "__builtin_fmod"},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i][0], name) == 0)
			return gcc_jit_context_get_builtin_function(g->ctx, names[i][1]);
	return NULL;
}

/* math functions that are a few instructions: NaN, Inf, IsNaN, IsInf,
 * Float64bits, Float64frombits, Float32bits, Float32frombits. */
static gcc_jit_rvalue *math_inline(Gen *g, Node *n, const char *name)
{
	static const char *const inl[] = {"NaN", "Inf", "IsNaN", "IsInf", "Float64bits", "Float64frombits",
	                                  "Float32bits", "Float32frombits"};
	size_t k = 0;
	while (k < sizeof inl / sizeof inl[0] && strcmp(inl[k], name) != 0)
		k++;
	if (k == sizeof inl / sizeof inl[0])
		return NULL;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_context *c = g->ctx;
	gcc_jit_rvalue *a = n->list.len > 0 ? gen_save(g, gen_expr(g, n->list.v[0]), n->pos) : NULL;
	gcc_jit_rvalue *b = n->list.len > 1 ? gen_save(g, gen_expr(g, n->list.v[1]), n->pos) : NULL;
	gcc_jit_rvalue *inf = gen_new_call(g, loc, gcc_jit_context_get_builtin_function(c, "__builtin_inf"), 0, NULL);
	if (strcmp(name, "NaN") == 0) {
		gcc_jit_rvalue *arg = gcc_jit_context_new_string_literal(c, "");
		return gen_save(g, gen_new_call(g, loc, gcc_jit_context_get_builtin_function(c, "__builtin_nan"), 1, &arg), n->pos);
	}
	if (strcmp(name, "Inf") == 0 && a) {
		gcc_jit_rvalue *args[2] = {inf, gen_cast(g, a, g->t_f64, n->pos)};
		/* sign >= 0: +Inf, else -Inf */
		args[1] = gen_cast(g, gen_cast(g, gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_GE, a,
		                                                     gcc_jit_context_zero(c, gcc_jit_rvalue_get_type(a))),
		                   g->t_i64, n->pos), g->t_f64, n->pos);
		args[1] = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_MINUS, g->t_f64,
		                                        gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_MULT, g->t_f64,
		                                                                      args[1], gcc_jit_context_new_rvalue_from_double(c, g->t_f64, 2)),
		                                        gcc_jit_context_new_rvalue_from_double(c, g->t_f64, 1));
		return gen_save(g, gen_new_call(g, loc, gcc_jit_context_get_builtin_function(c, "__builtin_copysign"), 2, args), n->pos);
	}
	if (strcmp(name, "IsNaN") == 0 && a)
		return gen_save(g, gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_NE, a, a), n->pos);
	if (strcmp(name, "IsInf") == 0 && a && b) {
		/* sign > 0: x == +Inf; sign < 0: x == -Inf; 0: either */
		gcc_jit_rvalue *ax = gen_new_call(g, loc, gcc_jit_context_get_builtin_function(c, "__builtin_fabs"), 1, &a);
		gcc_jit_rvalue *isinf = gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_EQ, ax, inf);
		gcc_jit_rvalue *zero = gcc_jit_context_zero(c, gcc_jit_rvalue_get_type(b));
		gcc_jit_rvalue *fz = gcc_jit_context_zero(c, g->t_f64);
		gcc_jit_rvalue *pos = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_LOGICAL_AND, g->t_bool,
		    gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_GT, b, zero),
		    gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_GT, a, fz));
		gcc_jit_rvalue *neg = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_LOGICAL_AND, g->t_bool,
		    gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_LT, b, zero),
		    gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_LT, a, fz));
		gcc_jit_rvalue *any = gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_EQ, b, zero);
		gcc_jit_rvalue *dir = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_LOGICAL_OR, g->t_bool,
		    any, gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_LOGICAL_OR, g->t_bool, pos, neg));
		return gen_save(g, gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_LOGICAL_AND, g->t_bool, isinf, dir),
		                n->pos);
	}
	if (strcmp(name, "Float64bits") == 0 && a)
		return gen_save(g, gcc_jit_context_new_bitcast(c, loc, a, g->t_u64), n->pos);
	if (strcmp(name, "Float64frombits") == 0 && a)
		return gen_save(g, gcc_jit_context_new_bitcast(c, loc, a, g->t_f64), n->pos);
	if (strcmp(name, "Float32bits") == 0 && a)
		return gen_save(g, gcc_jit_context_new_bitcast(c, loc, a, g->t_u32), n->pos);
	if (strcmp(name, "Float32frombits") == 0 && a)
		return gen_save(g, gcc_jit_context_new_bitcast(c, loc, a, g->t_f32), n->pos);
	diag_error(n->pos, "math.%s: bad arguments", name);
	return gen_zero(g, n->type);
}

gcc_jit_rvalue *gen_callexpr(Gen *g, Node *n)
{
	gcc_jit_rvalue *hv = gen_take_hoisted(n);
	if (hv)
		return hv;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	int nargs;
	gcc_jit_rvalue **args;
	switch (n->op) {
	case N_CALLFUNC: case N_CALLMETH: {
		Obj *o = n->left->obj;
		if (!o || o->kind != OBJ_FUNC) {
			diag_error(n->pos, "call not supported");
			return NULL;
		}
		if (o->pkg && strcmp(o->pkg, "math") == 0) {
			gcc_jit_rvalue *r = math_inline(g, n, o->name);
			if (r)
				return r;
			gcc_jit_function *b = math_builtin(g, o->name);
			if (b) {
				args = gen_call_args(g, n, 0, o->type, 0, NULL, &nargs);
				return gen_save(g, gen_new_call(g, loc, b, nargs, args), n->pos);
			}
		}
		FuncInfo *fi = gen_objfunc(g, o);
		args = gen_call_args(g, n, n->op == N_CALLMETH ? 1 : 0, fi->sig, 0, NULL, &nargs);
		fit_args(g, fi->fn, args, nargs, n->pos);
		return finish_call(g, gen_new_call(g, loc, fi->fn, nargs, args), n->type, n->pos);
	}
	case N_CALLVALUE: {
		Type *ft = n->left->type;
		gcc_jit_rvalue *fv = gen_nilcheck(g, gen_expr(g, n->left), n->pos);
		gcc_jit_type *fp = gen_fnptr(g, ft);
		gcc_jit_rvalue *code = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
		    gcc_jit_context_new_cast(g->ctx, loc, fv, gcc_jit_type_get_pointer(g->t_voidp)), loc));
		code = gen_save(g, gcc_jit_context_new_cast(g->ctx, loc, code, fp), n->pos);
		args = gen_call_args(g, n, 0, ft, 1, &fv, &nargs);
		return finish_call(g, gcc_jit_context_new_call_through_ptr(g->ctx, loc, code, nargs, args), n->type,
		                   n->pos);
	}
	case N_CALLINTER:
		return gen_callinter(g, n);
	default:
		diag_error(n->pos, "call not supported");
		return NULL;
	}
}

/* ---- func values ---- */

/* wrapper(ctx, [recv,] args...) { return f([recv,] args...) } for f used as
 * a value; with recv_from_rec the receiver comes from the record's field 1. */
static gcc_jit_function *make_wrapper(Gen *g, FuncInfo *fi, const char *name, Type *sig,
                                      Type *recvparam, gcc_jit_field *recvfield, gcc_jit_type *recptr)
{
	int n = sig->fields.len + 1 + (recvparam ? 1 : 0);
	gcc_jit_param **ps = xmalloc(sizeof *ps * (n + 1));
	int np = 0;
	ps[np++] = gcc_jit_context_new_param(g->ctx, NULL, g->t_voidp, "ctx");
	if (recvparam)
		ps[np++] = gcc_jit_context_new_param(g->ctx, NULL, gen_type(g, recvparam), "recv");
	for (int i = 0; i < sig->fields.len; i++)
		ps[np++] = gcc_jit_context_new_param(g->ctx, NULL, gen_type(g, sig->fields.v[i].type),
		                                     xprintf("a%d", i));
	gcc_jit_function *w = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, fi->ret,
	                                                   name, np, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(w, "entry");
	gen_defer_wrapper(g, w, b, fi->fn); /* recover() through the wrapper (gen_defer.c) */
	int nargs = np - 1 + (recvfield ? 1 : 0);
	gcc_jit_rvalue **args = xmalloc(sizeof *args * (nargs + 1));
	int k = 0;
	if (recvfield) {
		gcc_jit_rvalue *rec = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_param_as_rvalue(ps[0]), recptr);
		args[k++] = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(rec, NULL, recvfield));
	}
	for (int i = 1; i < np; i++)
		args[k++] = gcc_jit_param_as_rvalue(ps[i]);
	gcc_jit_rvalue *call = gen_new_call(g, NULL, fi->fn, k, args);
	if (fi->ret == g->t_void) {
		gcc_jit_block_add_eval(b, NULL, call);
		gcc_jit_block_end_with_void_return(b, NULL);
	} else
		gcc_jit_block_end_with_return(b, NULL, call);
	return w;
}

static gcc_jit_rvalue *static_record(Gen *g, gcc_jit_function *code, const char *name)
{
	gcc_jit_field *f = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "fn");
	gcc_jit_type *rt = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(g->ctx, NULL, name, 1, &f));
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, rt, name);
	gcc_jit_rvalue *v = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(code, NULL), g->t_voidp);
	gcc_jit_global_set_initializer_rvalue(gl, gcc_jit_context_new_struct_constructor(g->ctx, NULL, rt, 1, &f, &v));
	return gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_lvalue_get_address(gl, NULL), g->t_voidp);
}

/* A top-level function (or std function) as a func value. */
gcc_jit_rvalue *gen_funcvalue(Gen *g, Obj *o, Pos pos)
{
	FuncInfo *fi = gen_objfunc(g, o);
	if (!fi->value) {
		const char *base = gcc_jit_object_get_debug_string(gcc_jit_function_as_object(fi->fn));
		fi->wrapper = make_wrapper(g, fi, xprintf("%s__fv", base), fi->sig, fi->recv, NULL, NULL);
		fi->value = static_record(g, fi->wrapper, xprintf("%s__fvrec", base));
	}
	return fi->value;
}

/* The parameters of a method-expression wrapper: (ctx, a0, a1, ...) for
 * the fields of ft (receiver first); ft->fields.len + 1 of them. */
static gcc_jit_param **methexpr_params(Gen *g, Type *ft)
{
	int np = ft->fields.len + 1;
	gcc_jit_param **ps = xmalloc(sizeof *ps * (np + 1));
	ps[0] = gcc_jit_context_new_param(g->ctx, NULL, g->t_voidp, "ctx");
	for (int i = 0; i < ft->fields.len; i++)
		ps[i + 1] = gcc_jit_context_new_param(g->ctx, NULL, gen_type(g, ft->fields.v[i].type), xprintf("a%d", i));
	return ps;
}

/* S.M / (*S).M where M is promoted from a field embedded in S: a wrapper
 * (ctx, recv, args...) calls the method-table code for S with &recv. */
static gcc_jit_rvalue *promoted_methexpr(Gen *g, Obj *m, Type *ft, Type *rt, Type *rbase)
{
	gcc_jit_rvalue *code = gen_promoted_code(g, rbase, m);
	if (!code) {
		GEN_NOTSUP(g, m->pos, "method expression");
		return gcc_jit_context_null(g->ctx, g->t_voidp);
	}
	FuncInfo *fi = gen_objfunc(g, m);
	int np = ft->fields.len + 1;
	gcc_jit_param **ps = methexpr_params(g, ft);
	int id = g->ndesc++;
	gcc_jit_function *w = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, fi->ret,
	                                                   xprintf("go__pmexpr%d", id), np, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(w, "entry");
	gcc_jit_rvalue **args = xmalloc(sizeof *args * np);
	if (rt->kind == TY_PTR)
		args[0] = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_param_as_rvalue(ps[1]), g->t_voidp);
	else {
		gcc_jit_lvalue *copy = gcc_jit_function_new_local(w, NULL, gen_type(g, rt), "recv");
		gcc_jit_block_add_assignment(b, NULL, copy, gcc_jit_param_as_rvalue(ps[1]));
		args[0] = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_lvalue_get_address(copy, NULL), g->t_voidp);
	}
	for (int i = 2; i < np; i++)
		args[i - 1] = gcc_jit_param_as_rvalue(ps[i]);
	/* the table code's type: ret (*)(void *data, params...) == gen_fnptr(m's signature) */
	gcc_jit_rvalue *fp = gcc_jit_context_new_cast(g->ctx, NULL, code, gen_fnptr(g, m->type));
	gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(g->ctx, NULL, fp, np - 1, args);
	if (fi->ret == g->t_void) {
		gcc_jit_block_add_eval(b, NULL, call);
		gcc_jit_block_end_with_void_return(b, NULL);
	} else
		gcc_jit_block_end_with_return(b, NULL, call);
	return static_record(g, w, xprintf("go__pmexprrec%d", id));
}

/* T.M / (*T).M: a func value whose first parameter is the receiver.  For
 * (*T).M with a value method M, the wrapper dereferences the receiver. */
gcc_jit_rvalue *gen_methexpr(Gen *g, Node *n)
{
	Obj *m = n->obj;
	Type *ft = n->type;
	if (!m && ft && ft->fields.len > 0 && ft->fields.v[0].type->kind == TY_INTERFACE && n->name) {
		/* I.M: the method's own signature is the expression's minus the receiver */
		Type *sig = types_new(TY_FUNC);
		for (int i = 1; i < ft->fields.len; i++)
			fieldlist_push(&sig->fields, ft->fields.v[i]);
		sig->results = ft->results;
		sig->variadic = ft->variadic;
		return gen_iface_methexpr(g, sig, n->name);
	}
	if (!m || m->kind != OBJ_FUNC) {
		GEN_NOTSUP(g, n->pos, "method expression");
		return gen_zero(g, n->type);
	}
	Type *rt = ft && ft->fields.len > 0 ? ft->fields.v[0].type : NULL;
	Type *rbase = rt && rt->kind == TY_PTR ? rt->elem : rt;
	if (rbase && m->recv_type && !types_identical(rbase, m->recv_type))
		return promoted_methexpr(g, m, ft, rt, rbase);
	bool deref = !m->ptr_recv && ft && ft->fields.len > 0 && ft->fields.v[0].type->kind == TY_PTR &&
	             m->recv_type && m->recv_type->kind != TY_PTR;
	if (!deref)
		return gen_funcvalue(g, m, n->pos);
	FuncInfo *fi = gen_objfunc(g, m);
	int np = ft->fields.len + 1;
	gcc_jit_param **ps = methexpr_params(g, ft);
	const char *base = gcc_jit_object_get_debug_string(gcc_jit_function_as_object(fi->fn));
	gcc_jit_function *w = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, fi->ret,
	                                                   xprintf("%s__pexpr%d", base, g->ntemp++), np, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(w, "entry");
	gen_defer_wrapper(g, w, b, fi->fn); /* recover() through the wrapper (gen_defer.c) */
	gcc_jit_rvalue **args = xmalloc(sizeof *args * np);
	args[0] = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(gcc_jit_param_as_rvalue(ps[1]), NULL));
	for (int i = 2; i < np; i++)
		args[i - 1] = gcc_jit_param_as_rvalue(ps[i]);
	gcc_jit_rvalue *call = gen_new_call(g, NULL, fi->fn, np - 1, args);
	if (fi->ret == g->t_void) {
		gcc_jit_block_add_eval(b, NULL, call);
		gcc_jit_block_end_with_void_return(b, NULL);
	} else
		gcc_jit_block_end_with_return(b, NULL, call);
	return static_record(g, w, xprintf("%s__pexprrec%d", base, g->ntemp++));
}

gcc_jit_rvalue *gen_methvalue(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Obj *m = n->obj;
	if (n->left->type->kind == TY_INTERFACE && n->name)
		return gen_iface_methvalue(g, n, n->type, n->name);
	if (!m || m->kind != OBJ_FUNC) {
		GEN_NOTSUP(g, n->pos, "method value");
		return gen_zero(g, n->type);
	}
	FuncInfo *fi = gen_objfunc(g, m);
	gcc_jit_rvalue *recv = gen_save(g, gen_expr(g, n->left), n->pos);
	/* p.M with a nil p panics only when M's receiver is a value (it is
	 * copied now); a pointer-receiver method value just keeps p */
	if (n->left->type->kind == TY_PTR && !(n->left->op == N_ADDR) && !m->ptr_recv)
		recv = gen_nilcheck(g, recv, n->pos);
	/* record {wrapper, receiver} */
	gcc_jit_field *f[2] = {gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "fn"),
	                       gcc_jit_context_new_field(g->ctx, NULL, gcc_jit_rvalue_get_type(recv), "recv")};
	const char *base = gcc_jit_object_get_debug_string(gcc_jit_function_as_object(fi->fn));
	gcc_jit_struct *rs = gcc_jit_context_new_struct_type(g->ctx, NULL, xprintf("%s__mvrec", base), 2, f);
	gcc_jit_type *rt = gcc_jit_struct_as_type(rs);
	gcc_jit_function *w = make_wrapper(g, fi, xprintf("%s__mv%d", base, g->ntemp++), fi->sig, NULL, f[1],
	                                   gcc_jit_type_get_pointer(rt));
	long size = 8 + types_size(n->left->type);
	size = (size + 7) / 8 * 8;
	gcc_jit_rvalue *p = gen_alloc_bytes(g, rt, size, NULL, n->esc, n->pos);
	if (n->esc != ESC_NONE && types_has_pointers(n->left->type)) {
		/* the record holds pointers: allocate with a descriptor of its shape */
		FieldList fl = {0};
		fieldlist_push(&fl, (Field){.name = "fn", .type = types_ptr(ty_uint8)});
		fieldlist_push(&fl, (Field){.name = "recv", .type = n->left->type});
		Type *st = types_new(TY_STRUCT);
		st->fields = fl;
		st->size = st->align = -1;
		types_size(st);
		gcc_jit_rvalue *args[2] = {gen_i64(g, types_size(st)), gen_desc(g, st)};
		p = gen_save(g, gcc_jit_context_new_cast(g->ctx, loc,
		                                          gen_new_call(g, loc, g->rt_alloc, 2, args),
		                                          gcc_jit_type_get_pointer(rt)), n->pos);
	}
	gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, f[0]),
	           gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_function_get_address(w, loc), g->t_voidp), n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, f[1]), recv, n->pos);
	return gen_cast(g, p, g->t_voidp, n->pos);
}

gcc_jit_rvalue *gen_closure(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Func *f = n->func_;
	gen_enqueue(g, f);
	FuncInfo *fi = f->gen;
	gcc_jit_rvalue *code = gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_function_get_address(fi->fn, loc),
	                                                g->t_voidp);
	if (f->ncvars == 0) {
		if (!fi->value)
			fi->value = static_record(g, fi->fn, xprintf("%s__rec",
			    gcc_jit_object_get_debug_string(gcc_jit_function_as_object(fi->fn))));
		return fi->value;
	}
	/* the record's size and pointer mask, as a Go struct */
	FieldList fl = {0};
	fieldlist_push(&fl, (Field){.name = "F", .type = types_ptr(ty_uint8)});
	for (int i = 0; i < f->ncvars; i++) {
		Obj *o = f->cvars[i];
		fieldlist_push(&fl, (Field){.name = o->name, .type = o->byval ? o->type : types_ptr(o->type)});
	}
	Type *st = types_new(TY_STRUCT);
	st->fields = fl;
	st->size = st->align = -1;
	long size = types_size(st);
	gcc_jit_rvalue *p;
	if (n->esc == ESC_NONE)
		p = gen_alloc_bytes(g, gcc_jit_struct_as_type(fi->rec), size, NULL, ESC_NONE, n->pos);
	else {
		gcc_jit_rvalue *args[2] = {gen_i64(g, size), gen_desc(g, st)};
		p = gen_save(g, gcc_jit_context_new_cast(g->ctx, loc, gen_new_call(g, loc, g->rt_alloc, 2, args),
		                                         fi->recptr), n->pos);
	}
	gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, fi->recfields[0]), code, n->pos);
	for (int i = 0; i < f->ncvars; i++) {
		Obj *o = f->cvars[i];
		gcc_jit_rvalue *v = o->byval ? gcc_jit_lvalue_as_rvalue(gen_var(g, o, n->pos)) : gen_varaddr(g, o, n->pos);
		gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, fi->recfields[i + 1]),
		           gen_cast(g, v, o->byval ? gen_type(g, o->type) : gen_ptrto(g, o->type), n->pos), n->pos);
	}
	return gen_cast(g, p, g->t_voidp, n->pos);
}

/* ---- evaluation order ---- */

static bool is_call(Node *n)
{
	switch (n->op) {
	case N_CALLFUNC: case N_CALLMETH: case N_CALLVALUE: case N_CALLINTER:
		return true;
	case N_BUILTIN:
		return n->builtin == BI_APPEND || n->builtin == BI_COPY || n->builtin == BI_RECOVER;
	case N_RECV:
		return true;
	default:
		return false;
	}
}

static void hoist(Gen *g, Node *n, bool root)
{
	if (!n)
		return;
	switch (n->op) {
	case N_CLOSURE: case N_TYPE: case N_CONST: case N_NAME: case N_METHEXPR:
		return;
	case N_LOGIC:
		/* the right operand runs only sometimes: its calls stay in place */
		hoist(g, n->left, false);
		return;
	default:
		break;
	}
	hoist(g, n->left, false);
	hoist(g, n->right, false);
	if (n->op == N_STRUCTLIT) {
		/* the checker put the elements in field order; their calls run in
		 * source order (S{b: f(), a: g()} calls f first): by position */
		int k = n->list.len;
		Node **v = xmalloc(sizeof *v * (k + 1));
		int m = 0;
		for (int i = 0; i < k; i++)
			if (n->list.v[i]) {
				Node *e = n->list.v[i];
				int j = m++;
				for (; j > 0 && (v[j - 1]->pos.line > e->pos.line ||
				                 (v[j - 1]->pos.line == e->pos.line && v[j - 1]->pos.col > e->pos.col));
				     j--)
					v[j] = v[j - 1];
				v[j] = e;
			}
		for (int i = 0; i < m; i++)
			hoist(g, v[i], false);
		free(v);
	} else
		for (int i = 0; i < n->list.len; i++)
			hoist(g, n->list.v[i], false);
	if (root || !is_call(n) || n->gen)
		return;
	gcc_jit_rvalue *v = n->op == N_BUILTIN ? gen_builtin(g, n) : n->op == N_RECV ? gen_recv(g, n) : gen_callexpr(g, n);
	n->gen = v;
}

/* Go's order of evaluation as gc implements it (walk/order.go): in each
 * statement, the calls (and append/copy) run first, left to right and
 * innermost first; the other operands -- variable reads, index and field
 * expressions -- are read afterwards, where they are used.  gen_hoist runs
 * the calls nested in n (and n itself when self) and parks each value in
 * Node.gen, where gen_callexpr picks it up. */
void gen_hoist(Gen *g, Node *n, bool self)
{
	hoist(g, n, !self);
}

/* The value gen_hoist already made for n (a call or receive), handed out
 * once and then forgotten; NULL if n was not hoisted. */
gcc_jit_rvalue *gen_take_hoisted(Node *n)
{
	gcc_jit_rvalue *v = n->gen;
	n->gen = NULL;
	return v;
}

/* ---- builtins ---- */

static void print_value(Gen *g, Node *a)
{
	gcc_jit_rvalue *v = gen_expr(g, a);
	Type *t = a->type;
	Pos pos = a->pos;
	gcc_jit_function *f;
	switch (t->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: f = g->rt_printbool; v = gen_cast(g, v, g->t_i64, pos); break;
	case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_UNTYPED_INT:
	case TY_UNTYPED_RUNE:
		f = g->rt_printint; v = gen_cast(g, v, g->t_i64, pos); break;
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		f = g->rt_printuint; v = gen_cast(g, v, g->t_u64, pos); break;
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
		f = g->rt_printfloat; v = gen_cast(g, v, g->t_f64, pos); break;
	case TY_STRING: case TY_UNTYPED_STRING: f = g->rt_printstring; break;
	case TY_INTERFACE: f = g->rt_printiface; break;
	case TY_SLICE: f = g->rt_printslice; break;
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_NIL:
		f = g->rt_printpointer; v = gen_cast(g, v, g->t_voidp, pos); break;
	default:
		diag_error(pos, "illegal types for operand: print\n\t%s", types_str(t, false));
		return;
	}
	gen_callstmt(g, f, 1, &v, pos);
}

/* print(f()), copy(f()), append(f()), delete(f()) with a multi-value f: the
 * checker leaves the one call in list (check_builtin.c's builtin_tuple).
 * Run it now and give the builtin one argument node per result, each a
 * stand-in call whose value waits in Node.gen (taken once by gen_callexpr),
 * so the cases below see ordinary argument lists. */
static void spread_tuple(Gen *g, Node *n)
{
	Node *c = n->list.v[0];
	gcc_jit_rvalue *t = gen_save(g, gen_expr(g, c), n->pos);
	NodeList l = {0};
	for (int i = 0; i < c->type->fields.len; i++) {
		Node *a = ast_new(N_CALLVALUE, c->pos);
		a->type = c->type->fields.v[i].type;
		a->gen = gen_save(g, gen_tuple_field(g, t, c->type, i, c->pos), c->pos);
		nodelist_push(&l, a);
	}
	n->list = l;
}

gcc_jit_rvalue *gen_builtin(Gen *g, Node *n)
{
	gcc_jit_rvalue *hv = gen_take_hoisted(n);
	if (hv)
		return hv;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	if (n->list.len == 1 && n->list.v[0]->type && n->list.v[0]->type->kind == TY_TUPLE &&
	    (n->builtin == BI_PRINT || n->builtin == BI_PRINTLN || n->builtin == BI_COPY ||
	     n->builtin == BI_APPEND || n->builtin == BI_DELETE))
		spread_tuple(g, n);
	switch (n->builtin) {
	case BI_LEN: case BI_CAP: {
		Node *a = n->list.v[0];
		Type *t = a->type;
		if (t->kind == TY_PTR)
			t = t->elem;
		if (t->kind == TY_ARRAY) {
			gen_expr(g, a);
			return gen_cast(g, gen_i64(g, t->len), gen_type(g, n->type), pos);
		}
		gcc_jit_rvalue *v = gen_expr(g, a);
		gcc_jit_field *f;
		if (types_is_string(t))
			f = g->f_str_len;
		else if (t->kind == TY_SLICE)
			f = n->builtin == BI_LEN ? g->f_sl_len : g->f_sl_cap;
		else if (t->kind == TY_CHAN) {
			gcc_jit_rvalue *c = v;
			return gen_cast(g, gen_call(g, n->builtin == BI_LEN ? g->rt_chanlen : g->rt_chancap, 1, &c, pos),
			                gen_type(g, n->type), pos);
		} else {
			return gen_cast(g, gen_maplen(g, v, pos), gen_type(g, n->type), pos); /* gen_map.c */
		}
		return gen_cast(g, gcc_jit_rvalue_access_field(v, loc, f), gen_type(g, n->type), pos);
	}
	case BI_APPEND:
		return gen_append(g, n);
	case BI_COPY:
		return gen_copy(g, n);
	case BI_PANIC: {
		gcc_jit_rvalue *v = gen_expr(g, n->list.v[0]);
		if (n->list.v[0]->type->kind != TY_INTERFACE)
			v = gen_iface_of(g, v, n->list.v[0]->type, ESC_HEAP, pos);
		gen_callstmt(g, g->rt_panic, 1, &v, pos);
		gen_eval(g, gen_new_call(g, loc, g->b_unreachable, 0, NULL), pos);
		return NULL;
	}
	case BI_PRINT: case BI_PRINTLN: {
		/* evaluate the arguments first, as gc does, then print under the lock */
		gen_callstmt(g, g->rt_printlock, 0, NULL, pos);
		for (int i = 0; i < n->list.len; i++) {
			if (i > 0 && n->builtin == BI_PRINTLN)
				gen_callstmt(g, g->rt_printsp, 0, NULL, pos);
			print_value(g, n->list.v[i]);
		}
		if (n->builtin == BI_PRINTLN)
			gen_callstmt(g, g->rt_printnl, 0, NULL, pos);
		gen_callstmt(g, g->rt_printunlock, 0, NULL, pos);
		return NULL;
	}
	case BI_NEW:
		return gen_alloc(g, n->type->elem, n->esc, pos);
	case BI_DELETE:
		gen_mapdelete(g, n); /* gen_map.c */
		return NULL;
	case BI_CLOSE: {
		gcc_jit_rvalue *c = gen_expr(g, n->list.v[0]);
		gen_callstmt(g, g->rt_closechan, 1, &c, pos);
		return NULL;
	}
	case BI_RECOVER:
		return gen_recover(g, n); /* gen_defer.c */
	default:
		GEN_NOTSUP(g, pos, "builtin");
		return NULL;
	}
}
