/*
 * gen_expr.c: expressions -- names and variables, constants, lvalues,
 * arithmetic with Go's semantics, comparisons, && and ||, allocation.
 *
 * Requires the IR of docs/ir.md: every expression typed, operands already
 * converted to a common type.  Guarantees Go's run-time semantics where C's
 * differ: integers wrap (the context is compiled with -fwrapv, and sized
 * types are exact), x/0 and x%0 call gort_panic_divide, MinInt/-1 wraps to
 * MinInt instead of trapping, shifts by >= the width give 0 (or the sign),
 * a negative shift count calls gort_panic_shift, dereferencing nil calls
 * gort_panic_nil before the access.
 *
 * Variables (gen_var): a local of the function being generated is its gcc
 * local, or *cell when it lives on the heap (VarInfo.heap); a variable of an
 * enclosing function, seen from a func literal, is reached through the
 * closure record (a pointer field, or the value itself when Obj.byval);
 * globals are gcc globals, std-library ones imported runtime symbols.
 */
#include <string.h>

#include "gen.h"

/* ---- variables ---- */

static int cvar_index(Func *f, Obj *o)
{
	for (int i = 0; f && i < f->ncvars; i++)
		if (f->cvars[i] == o)
			return i;
	return -1;
}

gcc_jit_lvalue *gen_var(Gen *g, Obj *o, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	if (o->vclass == VC_GLOBAL) {
		if (!o->gen)
			return gen_import_global(g, o->rtname ? o->rtname : xprintf("gort_%s_%s", o->pkg, o->name),
			                         gen_type(g, o->type));
		return ((VarInfo *)o->gen)->lv;
	}
	if (o->owner != g->fn_go) {
		int i = cvar_index(g->fn_go, o);
		if (i >= 0 && g->ctxrec) {
			gcc_jit_lvalue *f = gcc_jit_rvalue_dereference_field(g->ctxrec, loc,
			                                                     g->fi->recfields[i + 1]);
			if (o->byval)
				return f;
			return gcc_jit_rvalue_dereference(gcc_jit_lvalue_as_rvalue(f), loc);
		}
	}
	VarInfo *vi = o->gen;
	if (!vi) {
		/* reached before its declaration (a goto jumped over it): declare it now */
		gen_declare_var(g, o, pos);
		vi = o->gen;
	}
	if (vi->heap)
		return gcc_jit_rvalue_dereference(gcc_jit_lvalue_as_rvalue(vi->lv), loc);
	return vi->lv;
}

gcc_jit_rvalue *gen_varaddr(Gen *g, Obj *o, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	if (o->vclass != VC_GLOBAL && o->owner != g->fn_go) {
		int i = cvar_index(g->fn_go, o);
		if (i >= 0 && g->ctxrec && !o->byval)
			return gcc_jit_lvalue_as_rvalue(
			    gcc_jit_rvalue_dereference_field(g->ctxrec, loc, g->fi->recfields[i + 1]));
	}
	if (o->vclass != VC_GLOBAL && o->gen && ((VarInfo *)o->gen)->heap &&
	    (o->owner == g->fn_go || cvar_index(g->fn_go, o) < 0))
		return gcc_jit_lvalue_as_rvalue(((VarInfo *)o->gen)->lv);
	return gcc_jit_lvalue_get_address(gen_var(g, o, pos), loc);
}

/* ---- constants ---- */

/* A string constant: a read-only GoString global (deduplicated). */
gcc_jit_lvalue *gen_strlit_lv(Gen *g, const char *s, long n)
{
	for (int i = 0; i < g->nstrs; i++)
		if (g->strs[i].n == n && memcmp(g->strs[i].s, s, (size_t)n) == 0)
			return g->strs[i].g;
	gcc_jit_rvalue *ptr;
	int id = g->nstrs;
	if (n == 0)
		ptr = gcc_jit_context_null(g->ctx, g->t_u8p);
	else {
		gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_u8, (int)n);
		gcc_jit_lvalue *data = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at,
		                                                  xprintf("go_strdata_%d", id));
		gcc_jit_global_set_initializer(data, s, (size_t)n);
		ptr = gcc_jit_lvalue_get_address(
		    gcc_jit_context_new_array_access(g->ctx, NULL, gcc_jit_lvalue_as_rvalue(data),
		                                     gcc_jit_context_zero(g->ctx, g->t_i64)),
		    NULL);
	}
	gcc_jit_rvalue *v[2] = {ptr, gen_i64(g, n)};
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL,
	                                                g->t_string, xprintf("go_str_%d", id));
	gcc_jit_global_set_initializer_rvalue(
	    gl, gcc_jit_context_new_struct_constructor(g->ctx, NULL, g->t_string, 2, NULL, v));
	if (g->nstrs == g->capstrs) {
		g->capstrs = g->capstrs ? 2 * g->capstrs : 32;
		g->strs = xrealloc(g->strs, sizeof *g->strs * g->capstrs);
	}
	g->strs[g->nstrs++] = (struct StrConst){s, n, gl};
	return gl;
}

gcc_jit_rvalue *gen_strlit(Gen *g, const char *s, long n, Pos pos)
{
	return gcc_jit_lvalue_as_rvalue(gen_strlit_lv(g, s, n));
}

gcc_jit_rvalue *gen_const(Gen *g, Const *c, Type *t, Pos pos)
{
	gcc_jit_type *ct = gen_type(g, t);
	if (c->kind == CV_NIL || t->kind == TY_NIL)
		return gen_zero(g, t);
	if (t->kind == TY_INTERFACE) {
		diag_error(pos, "constant of interface type not supported");
		return gen_zero(g, t);
	}
	if (types_is_string(t))
		return gen_strlit(g, c->kind == CV_STRING ? c->s : "", c->kind == CV_STRING ? c->slen : 0, pos);
	if (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL)
		return gcc_jit_context_new_rvalue_from_int(g->ctx, ct, c->b ? 1 : 0);
	if (types_is_float(t)) {
		double d = c->kind == CV_INT ? (double)c->i : (double)c->f;
		if (d == 0)
			d = 0; /* Go constants have no negative zero */
		return gcc_jit_context_new_rvalue_from_double(g->ctx, ct, d);
	}
	if (types_is_integer(t)) {
		long v = c->kind == CV_FLOAT ? (long)c->f : (long)(uint64_t)c->i;
		return gcc_jit_context_new_rvalue_from_long(g->ctx, ct, v);
	}
	diag_error(pos, "constant of type %s not supported", types_str(t, false));
	return gen_zero(g, t);
}

/* ---- allocation ---- */

/* A pointer to zeroed storage for a T: a frame local when the escape pass
 * proved it does not escape, else gort_alloc. */
gcc_jit_rvalue *gen_alloc(Gen *g, Type *t, EscState esc, Pos pos)
{
	return gen_alloc_bytes(g, gen_type(g, t), types_size(t), t, esc, pos);
}

gcc_jit_rvalue *gen_alloc_bytes(Gen *g, gcc_jit_type *ct, long size, Type *desc, EscState esc,
                                Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_type *pt = gcc_jit_type_get_pointer(ct);
	if (esc == ESC_NONE) {
		gen_note_size(g, ct, size);
		gcc_jit_lvalue *l = gen_temp(g, ct, "stk");
		gen_poison_slot(g, l, size);
		gcc_jit_rvalue *p = gcc_jit_lvalue_get_address(l, loc);
		gcc_jit_rvalue *args[3] = {gcc_jit_context_new_cast(g->ctx, loc, p, g->t_voidp),
		                           gcc_jit_context_new_rvalue_from_int(g->ctx, g->t_cint, 0),
		                           gcc_jit_context_new_rvalue_from_long(
		                               g->ctx, gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_SIZE_T), size)};
		if (size > 0)
			gen_eval(g, gen_new_call(g, loc, g->b_memset, 3, args), pos);
		return p;
	}
	gcc_jit_rvalue *args[2] = {gen_i64(g, size),
	                           desc ? gen_desc_or_null(g, desc)
	                                : gcc_jit_context_null(g->ctx, g->t_gotypep)};
	gcc_jit_rvalue *p = gen_new_call(g, loc, g->rt_alloc, 2, args);
	return gen_save(g, gcc_jit_context_new_cast(g->ctx, loc, p, pt), pos);
}

gcc_jit_rvalue *gen_cast(Gen *g, gcc_jit_rvalue *v, gcc_jit_type *t, Pos pos)
{
	if (gcc_jit_rvalue_get_type(v) == t)
		return v;
	return gcc_jit_context_new_cast(g->ctx, gen_loc(g, pos), v, t);
}

/* ---- nil checks and lvalues ---- */

gcc_jit_rvalue *gen_nilcheck(Gen *g, gcc_jit_rvalue *p, Pos pos)
{
	p = gen_save(g, p, pos);
	gcc_jit_rvalue *c = gcc_jit_context_new_comparison(
	    g->ctx, gen_loc(g, pos), GCC_JIT_COMPARISON_EQ, p,
	    gcc_jit_context_null(g->ctx, gcc_jit_rvalue_get_type(p)));
	gen_panic_if(g, c, g->rt_panic_nil, 0, NULL, pos);
	return p;
}

/* A pointer that cannot be nil needs no check: &x, &T{}, new(T). */
static gcc_jit_rvalue *gen_ptr(Gen *g, Node *p, Pos pos)
{
	gcc_jit_rvalue *v = gen_expr(g, p);
	if (p->op == N_ADDR || p->op == N_PTRLIT || p->op == N_NEW)
		return v;
	return gen_nilcheck(g, v, pos);
}

bool gen_is_addressable(Node *n)
{
	switch (n->op) {
	case N_NAME:
		return n->obj && n->obj->kind == OBJ_VAR;
	case N_DEREF: case N_DOTPTR: case N_INDEXSLICE:
		return true;
	case N_DOT: case N_INDEXARR:
		return gen_is_addressable(n->left);
	default:
		return false;
	}
}

gcc_jit_lvalue *gen_addressable(Gen *g, Node *n)
{
	if (gen_is_addressable(n))
		return gen_lvalue(g, n);
	gcc_jit_lvalue *t = gen_temp(g, gen_type(g, n->type), "v");
	gen_assign(g, t, gen_expr(g, n), n->pos);
	return t;
}

gcc_jit_lvalue *gen_lvalue(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	switch (n->op) {
	case N_NAME:
		if (n->obj && n->obj->kind == OBJ_VAR)
			return gen_var(g, n->obj, n->pos);
		break;
	case N_DEREF:
		return gcc_jit_rvalue_dereference(gen_ptr(g, n->left, n->pos), loc);
	case N_DOT:
		return gcc_jit_lvalue_access_field(gen_addressable(g, n->left), loc,
		                                   gen_field(g, n->left->type, (int)n->ival));
	case N_DOTPTR:
		return gcc_jit_rvalue_dereference_field(gen_ptr(g, n->left, n->pos), loc,
		                                        gen_field(g, n->left->type->elem, (int)n->ival));
	case N_INDEXARR: case N_INDEXSLICE:
		return gen_index_lv(g, n);
	case N_INDEXMAP:
		return gen_map_slot(g, n); /* a store: mapassign's slot */
	default:
		break;
	}
	gcc_jit_lvalue *t = gen_temp(g, gen_type(g, n->type), "v");
	gen_assign(g, t, gen_expr(g, n), n->pos);
	return t;
}

/* ---- arithmetic ---- */

static gcc_jit_rvalue *binop(Gen *g, enum gcc_jit_binary_op op, gcc_jit_type *t,
                             gcc_jit_rvalue *a, gcc_jit_rvalue *b, Pos pos)
{
	return gcc_jit_context_new_binary_op(g->ctx, gen_loc(g, pos), op, t, a, b);
}

static bool is_const_int(Node *n, long *v)
{
	if (n && n->op == N_CONST && n->val.kind == CV_INT) {
		*v = (long)n->val.i;
		return true;
	}
	return false;
}

/* x / y and x % y for integers: the zero check, and MinInt / -1 (which traps
 * on amd64) answered without dividing. */
static gcc_jit_rvalue *divide(Gen *g, GenOp op, Type *t, gcc_jit_rvalue *a, gcc_jit_rvalue *b,
                              Node *bn, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_type *ct = gen_type(g, t);
	enum gcc_jit_binary_op bop = op == OP_DIV ? GCC_JIT_BINARY_OP_DIVIDE : GCC_JIT_BINARY_OP_MODULO;
	long cv;
	if (is_const_int(bn, &cv) && cv != 0 && (cv != -1 || types_is_unsigned(t)))
		return binop(g, bop, ct, a, b, pos);
	a = gen_save(g, a, pos);
	b = gen_save(g, b, pos);
	gen_panic_if(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, b, gen_intc(g, ct, 0)),
	             g->rt_panic_divide, 0, NULL, pos);
	if (types_is_unsigned(t))
		return gen_save(g, binop(g, bop, ct, a, b, pos), pos);
	gcc_jit_lvalue *r = gen_temp(g, ct, "div");
	gcc_jit_block *neg = gen_newblock(g, "divneg1"), *norm = gen_newblock(g, "div"),
	              *join = gen_newblock(g, "divdone");
	gcc_jit_block_end_with_conditional(
	    gen_cur(g), loc,
	    gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, b, gen_intc(g, ct, -1)), neg,
	    norm);
	gcc_jit_block_add_assignment(neg, loc, r,
	                             op == OP_DIV ? gcc_jit_context_new_unary_op(
	                                                g->ctx, loc, GCC_JIT_UNARY_OP_MINUS, ct, a)
	                                          : gen_intc(g, ct, 0));
	gcc_jit_block_end_with_jump(neg, loc, join);
	gcc_jit_block_add_assignment(norm, loc, r, binop(g, bop, ct, a, b, pos));
	gcc_jit_block_end_with_jump(norm, loc, join);
	g->block = join;
	return gcc_jit_lvalue_as_rvalue(r);
}

/* x << s, x >> s with Go's rules for large and negative counts. */
static gcc_jit_rvalue *shift(Gen *g, GenOp op, Type *t, gcc_jit_rvalue *x, gcc_jit_rvalue *s,
                             Node *sn, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_type *ct = gen_type(g, t);
	long w = types_size(t) * 8;
	enum gcc_jit_binary_op bop = op == OP_SHL ? GCC_JIT_BINARY_OP_LSHIFT : GCC_JIT_BINARY_OP_RSHIFT;
	bool sign_fill = op == OP_SHR && !types_is_unsigned(t);
	long cv;
	if (is_const_int(sn, &cv) && cv >= 0) {
		if (cv < w)
			return binop(g, bop, ct, x, gen_intc(g, ct, cv), pos);
		if (sign_fill)
			return binop(g, bop, ct, x, gen_intc(g, ct, w - 1), pos);
		return gen_intc(g, ct, 0);
	}
	s = gen_save(g, s, pos);
	gcc_jit_type *st = gcc_jit_rvalue_get_type(s);
	if (!types_is_unsigned(sn->type))
		gen_panic_if(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_LT, s,
		                                               gen_intc(g, st, 0)),
		             g->rt_panic_shift, 0, NULL, pos);
	gcc_jit_rvalue *s64 = gen_save(g, gen_cast(g, s, g->t_u64, pos), pos);
	gcc_jit_rvalue *big = gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_GE, s64,
	                                                     gen_intc(g, g->t_u64, w));
	gcc_jit_rvalue *bigw = gcc_jit_context_new_cast(g->ctx, loc, big, g->t_u64);
	gcc_jit_rvalue *wm1 = gen_intc(g, g->t_u64, w - 1);
	if (sign_fill) {
		/* count = big ? w-1 : s, as (s | -big) & (w-1) */
		gcc_jit_rvalue *negbig = binop(g, GCC_JIT_BINARY_OP_MINUS, g->t_u64, gen_intc(g, g->t_u64, 0), bigw, pos);
		gcc_jit_rvalue *cnt = binop(g, GCC_JIT_BINARY_OP_BITWISE_AND, g->t_u64,
		                            binop(g, GCC_JIT_BINARY_OP_BITWISE_OR, g->t_u64, s64, negbig, pos), wm1, pos);
		return binop(g, bop, ct, x, gen_cast(g, cnt, ct, pos), pos);
	}
	/* (x op (s & (w-1))) & (big - 1): the mask is all ones unless big */
	gcc_jit_rvalue *cnt = binop(g, GCC_JIT_BINARY_OP_BITWISE_AND, g->t_u64, s64, wm1, pos);
	gcc_jit_rvalue *v = binop(g, bop, ct, x, gen_cast(g, cnt, ct, pos), pos);
	gcc_jit_rvalue *mask = gen_cast(g, binop(g, GCC_JIT_BINARY_OP_MINUS, g->t_u64, bigw,
	                                         gen_intc(g, g->t_u64, 1), pos), ct, pos);
	return binop(g, GCC_JIT_BINARY_OP_BITWISE_AND, ct, v, mask, pos);
}

/* a op b on numbers of type t (b of any integer type for shifts). */
gcc_jit_rvalue *gen_arith(Gen *g, GenOp op, Type *t, gcc_jit_rvalue *a, gcc_jit_rvalue *b,
                          Node *bn, Pos pos)
{
	gcc_jit_type *ct = gen_type(g, t);
	bool isint = types_is_integer(t);
	switch (op) {
	case OP_ADD: return binop(g, GCC_JIT_BINARY_OP_PLUS, ct, a, b, pos);
	case OP_SUB: return binop(g, GCC_JIT_BINARY_OP_MINUS, ct, a, b, pos);
	case OP_MUL: return binop(g, GCC_JIT_BINARY_OP_MULT, ct, a, b, pos);
	case OP_DIV:
		if (!isint)
			return binop(g, GCC_JIT_BINARY_OP_DIVIDE, ct, a, b, pos);
		return divide(g, op, t, a, b, bn, pos);
	case OP_REM: return divide(g, op, t, a, b, bn, pos);
	case OP_AND: return binop(g, GCC_JIT_BINARY_OP_BITWISE_AND, ct, a, b, pos);
	case OP_OR: return binop(g, GCC_JIT_BINARY_OP_BITWISE_OR, ct, a, b, pos);
	case OP_XOR: return binop(g, GCC_JIT_BINARY_OP_BITWISE_XOR, ct, a, b, pos);
	case OP_ANDNOT:
		return binop(g, GCC_JIT_BINARY_OP_BITWISE_AND, ct, a,
		             gcc_jit_context_new_unary_op(g->ctx, gen_loc(g, pos),
		                                          GCC_JIT_UNARY_OP_BITWISE_NEGATE, ct, b),
		             pos);
	case OP_SHL: case OP_SHR: return shift(g, op, t, a, b, bn, pos);
	default:
		diag_error(pos, "operator not supported");
		return a;
	}
}

/* ---- comparisons ---- */

static enum gcc_jit_comparison cmpop(GenOp op)
{
	switch (op) {
	case OP_EQ: return GCC_JIT_COMPARISON_EQ;
	case OP_NE: return GCC_JIT_COMPARISON_NE;
	case OP_LT: return GCC_JIT_COMPARISON_LT;
	case OP_LE: return GCC_JIT_COMPARISON_LE;
	case OP_GT: return GCC_JIT_COMPARISON_GT;
	default: return GCC_JIT_COMPARISON_GE;
	}
}

/* a == b for values of type t (aggregates compared member by member). */
gcc_jit_rvalue *gen_eq(Gen *g, gcc_jit_rvalue *a, gcc_jit_rvalue *b, Type *t, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	switch (t->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: {
		gcc_jit_rvalue *args[2] = {a, b};
		return gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE,
		                                      gen_call(g, g->rt_streq, 2, args, pos), gen_i64(g, 0));
	}
	case TY_INTERFACE: {
		gcc_jit_rvalue *args[2] = {a, b};
		return gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE,
		                                      gen_call(g, g->rt_ifaceeq, 2, args, pos), gen_i64(g, 0));
	}
	case TY_STRUCT: case TY_ARRAY: {
		a = gen_save(g, a, pos);
		b = gen_save(g, b, pos);
		gcc_jit_lvalue *r = gen_temp(g, g->t_bool, "eq");
		gen_assign(g, r, gcc_jit_context_new_rvalue_from_int(g->ctx, g->t_bool, 1), pos);
		gcc_jit_block *done = gen_newblock(g, "eqdone");
		long n = t->kind == TY_STRUCT ? t->fields.len : t->len;
		for (long i = 0; i < n; i++) {
			gcc_jit_rvalue *x, *y;
			Type *et;
			if (t->kind == TY_STRUCT) {
				Field *f = &t->fields.v[i];
				if (f->name && strcmp(f->name, "_") == 0)
					continue;
				et = f->type;
				x = gcc_jit_rvalue_access_field(a, loc, gen_field(g, t, (int)i));
				y = gcc_jit_rvalue_access_field(b, loc, gen_field(g, t, (int)i));
			} else {
				TypeInfo *ti = gen_typeinfo(g, t);
				gen_type(g, t);
				gcc_jit_field *af = ti->arr ? ti->arr : gen_typeinfo(g, t->underlying)->arr;
				et = t->elem;
				x = gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(
				    g->ctx, loc, gcc_jit_rvalue_access_field(a, loc, af), gen_i64(g, i)));
				y = gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(
				    g->ctx, loc, gcc_jit_rvalue_access_field(b, loc, af), gen_i64(g, i)));
			}
			gcc_jit_rvalue *e = gen_eq(g, x, y, et, pos);
			gcc_jit_block *next = gen_newblock(g, "eqnext");
			gen_assign(g, r, e, pos);
			gcc_jit_block_end_with_conditional(gen_cur(g), loc, gcc_jit_lvalue_as_rvalue(r), next, done);
			g->block = next;
		}
		gen_jump(g, done, pos);
		g->block = done;
		return gcc_jit_lvalue_as_rvalue(r);
	}
	default:
		return gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, a, b);
	}
}

static bool is_nil(Node *n)
{
	return n->op == N_CONST && (n->val.kind == CV_NIL || n->type->kind == TY_NIL);
}

static gcc_jit_rvalue *gen_cmp(Gen *g, Node *n)
{
	GenOp op = gen_op(n->op_tok);
	Type *t = n->left->type;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (t->kind == TY_NIL)
		t = n->right->type;
	Type *lt = n->left->type, *rt = n->right->type;
	/* x == nil for interfaces and slices: one word */
	bool lnil = is_nil(n->left) && lt->kind == t->kind, rnil = is_nil(n->right) && rt->kind == t->kind;
	if ((t->kind == TY_INTERFACE || t->kind == TY_SLICE) && lt->kind == rt->kind && (lnil || rnil)) {
		Node *x = lnil ? n->right : n->left;
		gcc_jit_rvalue *v = gen_expr(g, x);
		gcc_jit_rvalue *w = t->kind == TY_INTERFACE
		                        ? gcc_jit_rvalue_access_field(v, loc, g->f_if_type)
		                        : gcc_jit_rvalue_access_field(v, loc, g->f_sl_ptr);
		return gcc_jit_context_new_comparison(g->ctx, loc, cmpop(op), w,
		                                      gcc_jit_context_null(g->ctx, gcc_jit_rvalue_get_type(w)));
	}
	gcc_jit_rvalue *a = gen_expr(g, n->left);
	gcc_jit_rvalue *b = gen_expr(g, n->right);
	/* an interface against a concrete value: compare as interfaces */
	if (lt->kind == TY_INTERFACE && rt->kind != TY_INTERFACE && rt->kind != TY_NIL)
		b = gen_iface_of(g, b, rt, ESC_NONE, n->pos);
	else if (rt->kind == TY_INTERFACE && lt->kind != TY_INTERFACE && lt->kind != TY_NIL) {
		a = gen_iface_of(g, a, lt, ESC_NONE, n->pos);
		t = rt;
	}
	if (types_is_string(t) && op != OP_EQ && op != OP_NE) {
		gcc_jit_rvalue *args[2] = {a, b};
		return gcc_jit_context_new_comparison(g->ctx, loc, cmpop(op),
		                                      gen_call(g, g->rt_strcmp, 2, args, n->pos), gen_i64(g, 0));
	}
	if (op == OP_EQ || op == OP_NE) {
		gcc_jit_rvalue *e = gen_eq(g, a, b, t, n->pos);
		if (op == OP_NE)
			e = gcc_jit_context_new_unary_op(g->ctx, loc, GCC_JIT_UNARY_OP_LOGICAL_NEGATE, g->t_bool, e);
		return e;
	}
	return gcc_jit_context_new_comparison(g->ctx, loc, cmpop(op), a, b);
}

/* a && b, a || b as a value: b is evaluated only when needed. */
static gcc_jit_rvalue *gen_logic(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_lvalue *r = gen_temp(g, g->t_bool, "logic");
	gen_assign(g, r, gen_cast(g, gen_expr(g, n->left), g->t_bool, n->pos), n->pos);
	gcc_jit_block *rhs = gen_newblock(g, "rhs"), *join = gen_newblock(g, "logicdone");
	if (gen_op(n->op_tok) == OP_LAND)
		gcc_jit_block_end_with_conditional(gen_cur(g), loc, gcc_jit_lvalue_as_rvalue(r), rhs, join);
	else
		gcc_jit_block_end_with_conditional(gen_cur(g), loc, gcc_jit_lvalue_as_rvalue(r), join, rhs);
	g->block = rhs;
	gen_assign(g, r, gen_cast(g, gen_expr(g, n->right), g->t_bool, n->pos), n->pos);
	gen_jump(g, join, n->pos);
	g->block = join;
	return gcc_jit_lvalue_as_rvalue(r);
}

/* ---- the expression switch ---- */

gcc_jit_rvalue *gen_expr(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_type *ct;
	switch (n->op) {
	case N_CONST:
		return gen_const(g, &n->val, n->type, n->pos);
	case N_NAME: {
		Obj *o = n->obj;
		if (!o || o->kind == OBJ_NIL)
			return gen_zero(g, n->type);
		if (o->kind == OBJ_CONST)
			return gen_const(g, &o->val, n->type, n->pos);
		if (o->kind == OBJ_FUNC)
			return gen_funcvalue(g, o, n->pos);
		return gcc_jit_lvalue_as_rvalue(gen_var(g, o, n->pos));
	}
	case N_ADDR:
		if (n->left->op == N_NAME && n->left->obj && n->left->obj->kind == OBJ_VAR)
			return gen_varaddr(g, n->left->obj, n->pos);
		if (n->left->op == N_STRUCTLIT || n->left->op == N_ARRAYLIT)
			return gen_ptrlit(g, n);
		return gcc_jit_lvalue_get_address(gen_lvalue(g, n->left), loc);
	case N_DEREF: case N_DOTPTR: case N_INDEXARR: case N_INDEXSLICE:
		return gcc_jit_lvalue_as_rvalue(gen_lvalue(g, n));
	case N_DOT:
		if (gen_is_addressable(n->left))
			return gcc_jit_lvalue_as_rvalue(gen_lvalue(g, n));
		return gcc_jit_rvalue_access_field(gen_expr(g, n->left), loc,
		                                   gen_field(g, n->left->type, (int)n->ival));
	case N_INDEXSTR:
		return gen_indexstr(g, n);
	case N_SLICEARR: case N_SLICESLICE: case N_SLICESTR:
		return gen_slice_expr(g, n);
	case N_NOT:
		return gcc_jit_context_new_unary_op(g->ctx, loc, GCC_JIT_UNARY_OP_LOGICAL_NEGATE,
		                                    gen_type(g, n->type), gen_expr(g, n->left));
	case N_NEG:
		return gcc_jit_context_new_unary_op(g->ctx, loc, GCC_JIT_UNARY_OP_MINUS, gen_type(g, n->type),
		                                    gen_expr(g, n->left));
	case N_PLUS:
		return gen_expr(g, n->left);
	case N_COM:
		return gcc_jit_context_new_unary_op(g->ctx, loc, GCC_JIT_UNARY_OP_BITWISE_NEGATE,
		                                    gen_type(g, n->type), gen_expr(g, n->left));
	case N_ARITH: {
		gcc_jit_rvalue *a = gen_expr(g, n->left);
		gcc_jit_rvalue *b = gen_expr(g, n->right);
		return gen_arith(g, gen_op(n->op_tok), n->type, a, b, n->right, n->pos);
	}
	case N_LOGIC:
		return gen_logic(g, n);
	case N_CMP:
		return gen_cast(g, gen_cmp(g, n), gen_type(g, n->type), n->pos);
	case N_ADDSTR:
		return gen_addstr(g, n);
	case N_CALLFUNC: case N_CALLMETH: case N_CALLVALUE: case N_CALLINTER: {
		gcc_jit_rvalue *r = gen_callexpr(g, n);
		return r ? r : gen_zero(g, n->type);
	}
	case N_BUILTIN: {
		gcc_jit_rvalue *r = gen_builtin(g, n);
		return r ? r : n->type ? gen_zero(g, n->type) : gcc_jit_context_zero(g->ctx, g->t_i64);
	}
	case N_CLOSURE:
		return gen_closure(g, n);
	case N_METHVALUE:
		return gen_methvalue(g, n);
	case N_METHEXPR:
		return gen_methexpr(g, n);
	case N_NEW:
		return gen_alloc(g, n->type->elem, n->esc, n->pos);
	case N_MAKESLICE:
		return gen_makeslice(g, n);
	case N_PTRLIT:
		return gen_ptrlit(g, n);
	case N_STRUCTLIT: case N_ARRAYLIT: case N_SLICELIT:
		return gen_composite(g, n);
	case N_CONV:
		return gen_conv(g, n);
	case N_CONVNOP:
		if (n->left->type->kind == TY_SLICE && n->type->kind == TY_PTR)
			return gen_conv(g, n);
		ct = gen_type(g, n->type);
		return gen_cast(g, gen_expr(g, n->left), ct, n->pos);
	case N_CONVIFACE:
		return gen_conviface(g, n);
	case N_STR2BYTES: case N_BYTES2STR: case N_STR2RUNES: case N_RUNES2STR: case N_RUNE2STR:
		return gen_strconv(g, n);
	case N_DDDARG:
		return gen_dddarg(g, n);
	case N_TYPEASSERTX:
		return gen_typeassert(g, n);
	case N_INDEXMAP:
		return gen_indexmap(g, n);
	case N_MAKEMAP:
		return gen_makemap(g, n);
	case N_MAPLIT:
		return gen_maplit(g, n);
	case N_RECV:
		return gen_recv(g, n);
	case N_MAKECHAN:
		return gen_makechan(g, n);
	default:
		diag_error(n->pos, "%s expression not supported", node_op_name(n->op));
		break;
	}
	return gen_zero(g, n->type ? n->type : ty_int);
}
