/*
 * gen_conv.c: conversions, interfaces, strings and slices -- the values whose
 * C layout is a small struct (gort.h's GoString, GoSlice, GoIface).
 *
 * Requires the IR of docs/ir.md.  Guarantees Go's checks: indexing compares
 * the index, as unsigned, with the length (so negative indexes fail too) and
 * calls gort_panic_index; slicing checks in Go's order and calls
 * gort_panic_slice with Go's boundsErrorCode; an interface holds its value
 * directly when the type is pointer-shaped, else a pointer to a boxed copy.
 *
 * Every allocation site here honours its Node.esc: ESC_NONE gets frame
 * storage (a gcc local array / a 32-byte stack buffer for the string
 * routines), anything else goes through the runtime's allocator.
 */
#include <string.h>

#include "gen.h"

static gcc_jit_rvalue *fld(Gen *g, gcc_jit_rvalue *v, gcc_jit_field *f, Pos pos)
{
	return gcc_jit_rvalue_access_field(v, gen_loc(g, pos), f);
}

static gcc_jit_rvalue *ult(Gen *g, gcc_jit_rvalue *a, gcc_jit_rvalue *b, enum gcc_jit_comparison op,
                           Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	return gcc_jit_context_new_comparison(g->ctx, loc, op, gen_cast(g, a, g->t_u64, pos),
	                                      gen_cast(g, b, g->t_u64, pos));
}

/* if uint64(i) >= uint64(len): panic index out of range */
void gen_bounds(Gen *g, gcc_jit_rvalue *i, gcc_jit_rvalue *len, Pos pos)
{
	gcc_jit_rvalue *args[2] = {i, len};
	gen_panic_if(g, ult(g, i, len, GCC_JIT_COMPARISON_GE, pos), g->rt_panic_index, 2, args, pos);
}

/* &base[i] where base is an element pointer */
static gcc_jit_rvalue *elem_addr(Gen *g, gcc_jit_rvalue *base, gcc_jit_rvalue *i, Pos pos)
{
	return gcc_jit_lvalue_get_address(
	    gcc_jit_context_new_array_access(g->ctx, gen_loc(g, pos), base, i), gen_loc(g, pos));
}

static gcc_jit_field *arrfield(Gen *g, Type *at)
{
	gen_type(g, at);
	TypeInfo *ti = gen_typeinfo(g, at);
	if (!ti->arr && at->underlying)
		return gen_typeinfo(g, at->underlying)->arr;
	return ti->arr;
}

/* ---- indexing ---- */

gcc_jit_lvalue *gen_index_lv(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *bt = n->left->type;
	if (n->op == N_INDEXARR) {
		gcc_jit_lvalue *arr = gen_addressable(g, n->left);
		gcc_jit_rvalue *i = gen_save(g, gen_cast(g, gen_expr(g, n->right), g->t_i64, n->pos), n->pos);
		long c;
		if (!(n->right->op == N_CONST && (c = (long)n->right->val.i) >= 0 && c < bt->len) &&
		    !n->bounded)
			gen_bounds(g, i, gen_i64(g, bt->len), n->pos);
		return gcc_jit_context_new_array_access(
		    g->ctx, loc, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(arr, loc, arrfield(g, bt))), i);
	}
	/* slice */
	gcc_jit_rvalue *s = gen_save(g, gen_expr(g, n->left), n->pos);
	gcc_jit_rvalue *i = gen_save(g, gen_cast(g, gen_expr(g, n->right), g->t_i64, n->pos), n->pos);
	if (!n->bounded)
		gen_bounds(g, i, fld(g, s, g->f_sl_len, n->pos), n->pos);
	gcc_jit_rvalue *p = gcc_jit_context_new_cast(g->ctx, loc, fld(g, s, g->f_sl_ptr, n->pos),
	                                             gen_ptrto(g, bt->elem));
	return gcc_jit_context_new_array_access(g->ctx, loc, p, i);
}

gcc_jit_rvalue *gen_indexstr(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_rvalue *s = gen_save(g, gen_expr(g, n->left), n->pos);
	gcc_jit_rvalue *i = gen_save(g, gen_cast(g, gen_expr(g, n->right), g->t_i64, n->pos), n->pos);
	if (!n->bounded)
		gen_bounds(g, i, fld(g, s, g->f_str_len, n->pos), n->pos);
	return gen_save(g, gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(
	                       g->ctx, loc, fld(g, s, g->f_str_ptr, n->pos), i)),
	                n->pos);
}

/* ---- slicing ---- */

static void slice_check(Gen *g, gcc_jit_rvalue *x, gcc_jit_rvalue *bound, int which,
                        gcc_jit_rvalue *lo, gcc_jit_rvalue *hi, gcc_jit_rvalue *cap, Pos pos)
{
	/* x > bound (unsigned, so negatives fail too) */
	gcc_jit_rvalue *args[4] = {lo, hi, cap, gen_i64(g, which)};
	gen_panic_if(g, ult(g, x, bound, GCC_JIT_COMPARISON_GT, pos), g->rt_panic_slice, 4, args, pos);
}

gcc_jit_rvalue *gen_slice_expr(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	gcc_jit_rvalue *base, *len, *cap;
	Type *elem;
	bool isstr = n->op == N_SLICESTR, isarr = n->op == N_SLICEARR;
	if (isstr) {
		gcc_jit_rvalue *s = gen_save(g, gen_expr(g, n->left), pos);
		base = fld(g, s, g->f_str_ptr, pos);
		len = cap = fld(g, s, g->f_str_len, pos);
		elem = ty_uint8;
	} else if (isarr) {
		Type *at = n->left->type->elem; /* left is &array or *array */
		gcc_jit_rvalue *p = gen_expr(g, n->left);
		p = n->left->op == N_ADDR ? gen_save(g, p, pos) : gen_nilcheck(g, p, pos);
		gcc_jit_lvalue *arr = gcc_jit_rvalue_dereference_field(p, loc, arrfield(g, at));
		base = gen_save(g, gcc_jit_lvalue_get_address(
		                       gcc_jit_context_new_array_access(g->ctx, loc, gcc_jit_lvalue_as_rvalue(arr),
		                                                        gen_i64(g, 0)), loc), pos);
		len = cap = gen_i64(g, at->len);
		elem = at->elem;
	} else {
		gcc_jit_rvalue *s = gen_save(g, gen_expr(g, n->left), pos);
		elem = n->left->type->elem;
		base = gen_cast(g, fld(g, s, g->f_sl_ptr, pos), gen_ptrto(g, elem), pos);
		len = fld(g, s, g->f_sl_len, pos);
		cap = fld(g, s, g->f_sl_cap, pos);
	}
	Node *lon = n->list.len > 0 ? n->list.v[0] : NULL;
	Node *hin = n->list.len > 1 ? n->list.v[1] : NULL;
	Node *maxn = n->list.len > 2 ? n->list.v[2] : NULL;
	gcc_jit_rvalue *lo = lon ? gen_save(g, gen_cast(g, gen_expr(g, lon), g->t_i64, pos), pos) : gen_i64(g, 0);
	gcc_jit_rvalue *hi = hin ? gen_save(g, gen_cast(g, gen_expr(g, hin), g->t_i64, pos), pos) : NULL;
	gcc_jit_rvalue *max = maxn ? gen_save(g, gen_cast(g, gen_expr(g, maxn), g->t_i64, pos), pos) : NULL;
	bool onlen = isstr || isarr;
	if (max) {
		slice_check(g, max, cap, onlen ? 4 : 5, max, max, cap, pos);
		slice_check(g, hi, max, 6, hi, max, max, pos);
		slice_check(g, lo, hi, 7, lo, hi, hi, pos);
		cap = max;
	} else {
		if (hi)
			slice_check(g, hi, isstr ? len : cap, onlen ? 1 : 2, hi, hi, isstr ? len : cap, pos);
		else
			hi = isstr ? len : len;
		if (lon)
			slice_check(g, lo, hi, 3, lo, hi, hi, pos);
	}
	gcc_jit_rvalue *nlen = gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_MINUS, g->t_i64, hi, lo);
	gcc_jit_rvalue *ncap = gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_MINUS, g->t_i64, cap, lo);
	gcc_jit_rvalue *np = lon ? elem_addr(g, base, lo, pos) : base;
	if (isstr) {
		gcc_jit_rvalue *v[2] = {np, nlen};
		return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_string, 2, NULL, v), pos);
	}
	gcc_jit_rvalue *v[3] = {gen_cast(g, np, g->t_voidp, pos), nlen, ncap};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_slice, 3, NULL, v), pos);
}

/* ---- numeric conversions ---- */

/* (*[N]T)(s): s's array, after checking len(s) >= N (else a runtime.Error
 * from gort_panic_convert). */
static gcc_jit_rvalue *slice_to_arrayptr(Gen *g, gcc_jit_rvalue *v, Type *to, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	long n = to->elem->len;
	v = gen_save(g, v, pos);
	gcc_jit_rvalue *len = fld(g, v, g->f_sl_len, pos);
	gcc_jit_block *bad = gen_newblock(g, "conv.bad"), *ok = gen_newblock(g, "conv.ok");
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, ult(g, len, gen_i64(g, n), GCC_JIT_COMPARISON_LT, pos), bad, ok);
	g->block = bad;
	/* a runtime.Error: gort_panic_convert (runtime/panic.c) */
	static gcc_jit_context *pc_ctx; /* declared once per context */
	static gcc_jit_function *pc;
	if (pc_ctx != g->ctx) {
		gcc_jit_type *ps[2] = {g->t_i64, g->t_i64};
		pc = gen_import(g, "gort_panic_convert", g->t_void, 2, ps);
		pc_ctx = g->ctx;
	}
	gcc_jit_rvalue *args[2] = {len, gen_i64(g, n)};
	gen_callstmt(g, pc, 2, args, pos);
	gen_eval(g, gen_new_call(g, loc, g->b_unreachable, 0, NULL), pos);
	gen_jump(g, ok, pos);
	g->block = ok;
	return gen_cast(g, fld(g, v, g->f_sl_ptr, pos), gen_type(g, to), pos);
}

gcc_jit_rvalue *gen_conv(Gen *g, Node *n)
{
	gcc_jit_rvalue *v = gen_expr(g, n->left);
	if (n->left->type->kind == TY_SLICE && n->type->kind == TY_PTR && n->type->elem->kind == TY_ARRAY)
		return slice_to_arrayptr(g, v, n->type, n->pos);
	gcc_jit_type *to = gen_type(g, n->type);
	return gen_cast(g, v, to, n->pos);
}

/* ---- interfaces ---- */

/* The data word of a pointer-shaped value (a pointer, or a struct/array
 * holding exactly one). */
static gcc_jit_rvalue *direct_word(Gen *g, gcc_jit_rvalue *v, Type *t, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	while (t->kind == TY_STRUCT || t->kind == TY_ARRAY) {
		if (t->kind == TY_STRUCT) {
			v = gcc_jit_rvalue_access_field(v, loc, gen_field(g, t, 0));
			t = t->fields.v[0].type;
		} else {
			v = gcc_jit_rvalue_access_field(v, loc, arrfield(g, t));
			v = gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(g->ctx, loc, v, gen_i64(g, 0)));
			t = t->elem;
		}
	}
	return gen_cast(g, v, g->t_voidp, pos);
}

/* The heap arm shared by the boxing shortcuts below: in block heap, copy
 * v into a new heap box and point data at it; both arms meet at join,
 * where data's value is the box. */
static gcc_jit_rvalue *box_heap_arm(Gen *g, gcc_jit_rvalue *v, Type *t, gcc_jit_lvalue *data, gcc_jit_block *heap,
                                    gcc_jit_block *join, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	g->block = heap;
	gcc_jit_rvalue *p = gen_alloc(g, t, ESC_HEAP, pos);
	gen_assign(g, gcc_jit_rvalue_dereference(p, loc), v, pos);
	gen_assign(g, data, gen_cast(g, p, g->t_voidp, pos), pos);
	gen_jump(g, join, pos);
	g->block = join;
	return gcc_jit_lvalue_as_rvalue(data);
}

/* Boxing an integer that escapes: values 0..255 point into a static table
 * of 256 uint64 (little-endian, so it serves every integer size), as gc's
 * convT16/32/64 use runtime.staticuint64s; one-byte types never allocate. */
static gcc_jit_rvalue *small_int_box(Gen *g, gcc_jit_rvalue *v, Type *t, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	if (!g->staticuint64s) {
		uint64_t vals[256];
		for (int i = 0; i < 256; i++)
			vals[i] = (uint64_t)i;
		gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_u64, 256);
		g->staticuint64s = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at, "go__staticuint64s");
		gcc_jit_global_set_initializer(g->staticuint64s, vals, sizeof vals);
	}
	v = gen_save(g, v, pos);
	gcc_jit_lvalue *data = gen_temp(g, g->t_voidp, "box");
	/* the value as an unsigned of its own size (int8 -128 -> 128), then widened */
	gcc_jit_type *ut = types_size(t) == 1 ? g->t_u8 : types_size(t) == 2 ? g->t_u16
	                 : types_size(t) == 4 ? g->t_u32 : g->t_u64;
	gcc_jit_rvalue *u = t->kind == TY_BOOL ? gen_cast(g, gen_cast(g, v, g->t_i64, pos), g->t_u64, pos)
	                                       : gen_cast(g, gen_cast(g, v, ut, pos), g->t_u64, pos);
	gcc_jit_block *table = gen_newblock(g, "box.small"), *heap = gen_newblock(g, "box.heap"),
	              *join = gen_newblock(g, "box.done");
	gcc_jit_rvalue *small = gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_LT, u, gen_intc(g, g->t_u64, 256));
	if (types_size(t) == 1)
		small = gcc_jit_context_new_rvalue_from_int(g->ctx, g->t_bool, 1);
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, small, table, heap);
	gcc_jit_block_add_assignment(table, loc, data,
	    gen_cast(g, gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(g->ctx, loc,
	        gcc_jit_lvalue_as_rvalue(g->staticuint64s), gen_cast(g, u, g->t_i64, pos)), loc), g->t_voidp, pos));
	gcc_jit_block_end_with_jump(table, loc, join);
	return box_heap_arm(g, v, t, data, heap, join, pos);
}

/* Boxing a string or slice that escapes: "" and nil slices point at one
 * static zero value instead of a new box, as gc's convTstring/convTslice. */
static gcc_jit_rvalue *empty_box(Gen *g, gcc_jit_rvalue *v, Type *t, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	if (!g->zerobox)
		g->zerobox = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, g->t_slice, "go__zerobox");
	v = gen_save(g, v, pos);
	gcc_jit_lvalue *data = gen_temp(g, g->t_voidp, "box");
	gcc_jit_rvalue *empty = t->kind == TY_STRING
	    ? gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, fld(g, v, g->f_str_len, pos), gen_i64(g, 0))
	    : gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, fld(g, v, g->f_sl_ptr, pos),
	                                     gcc_jit_context_null(g->ctx, g->t_voidp));
	gcc_jit_block *zero = gen_newblock(g, "box.zero"), *heap = gen_newblock(g, "box.heap"),
	              *join = gen_newblock(g, "box.done");
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, empty, zero, heap);
	gcc_jit_block_add_assignment(zero, loc, data, gen_cast(g, gcc_jit_lvalue_get_address(g->zerobox, loc), g->t_voidp, pos));
	gcc_jit_block_end_with_jump(zero, loc, join);
	return box_heap_arm(g, v, t, data, heap, join, pos);
}

gcc_jit_rvalue *gen_iface_of(Gen *g, gcc_jit_rvalue *v, Type *from, EscState esc, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_rvalue *data;
	if (from->kind == TY_INTERFACE)
		return v;
	if (types_is_direct_iface(from))
		data = direct_word(g, v, from, pos);
	else if (esc != ESC_NONE && (types_is_integer(from) || from->kind == TY_BOOL) && types_size(from) <= 8)
		data = small_int_box(g, v, from, pos);
	else if (esc != ESC_NONE && (from->kind == TY_STRING || from->kind == TY_SLICE))
		data = empty_box(g, v, from, pos);
	else {
		gcc_jit_rvalue *p = gen_alloc(g, from, esc, pos);
		gen_assign(g, gcc_jit_rvalue_dereference(p, loc), v, pos);
		data = gen_cast(g, p, g->t_voidp, pos);
	}
	gcc_jit_rvalue *vals[2] = {gen_desc(g, from), data};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_iface, 2, NULL, vals), pos);
}

/* A value of type from used where type to is expected, for the one place
 * the IR leaves conversions implicit: the elements of a tuple (return f(),
 * g(f()), a, b = f()).  Boxes into interfaces; other types share layouts. */
gcc_jit_rvalue *gen_assignable(Gen *g, gcc_jit_rvalue *v, Type *from, Type *to, Pos pos)
{
	if (!from || !to || from == to)
		return v;
	if (to->kind == TY_INTERFACE && from->kind != TY_INTERFACE)
		return gen_iface_of(g, v, from, ESC_HEAP, pos);
	return gen_cast(g, v, gen_type(g, to), pos);
}

/* A constant converted to an interface points at read-only static data,
 * as gc's staticdata does: no allocation. */
static gcc_jit_rvalue *const_iface(Gen *g, Node *c, Type *t)
{
	gcc_jit_rvalue *data;
	if (types_is_string(t)) {
		/* the string constant's own GoString global is the box */
		gcc_jit_lvalue *s = c->val.kind == CV_STRING ? gen_strlit_lv(g, c->val.s, c->val.slen)
		                                             : gen_strlit_lv(g, "", 0);
		data = gcc_jit_lvalue_get_address(s, NULL);
		data = gen_cast(g, data, g->t_voidp, c->pos);
	} else {
		gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, gen_type(g, t),
		                                                xprintf("go_const_%d", g->ndesc++));
		gcc_jit_global_set_initializer_rvalue(gl, gen_const(g, &c->val, t, c->pos));
		data = gen_cast(g, gcc_jit_lvalue_get_address(gl, NULL), g->t_voidp, c->pos);
	}
	gcc_jit_rvalue *vals[2] = {gen_desc(g, t), data};
	return gcc_jit_context_new_struct_constructor(g->ctx, gen_loc(g, c->pos), g->t_iface, 2, NULL, vals);
}

gcc_jit_rvalue *gen_conviface(Gen *g, Node *n)
{
	Type *from = n->left->type;
	if (from->kind == TY_NIL || (n->left->op == N_CONST && n->left->val.kind == CV_NIL &&
	                             from->kind == TY_INTERFACE))
		return gen_zero(g, n->type);
	if (n->left->op == N_CONST && !types_is_direct_iface(from))
		return const_iface(g, n->left, from);
	gcc_jit_rvalue *v = gen_expr(g, n->left);
	if (from->kind == TY_INTERFACE) {
		if (from->methods.len > 0 && n->type->methods.len == 0)
			return v;
		return v; /* method tables live in the descriptor: same value */
	}
	return gen_iface_of(g, v, from, n->esc, n->pos);
}

/* v.(T) for a concrete T: compare descriptors (one per type per program). */
gcc_jit_rvalue *gen_typeassert(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *t = n->right ? n->right->type : n->type;
	if (n->is_commaok && n->type->kind == TY_TUPLE)
		t = n->type->fields.v[0].type;
	gcc_jit_rvalue *v = gen_save(g, gen_expr(g, n->left), n->pos);
	gcc_jit_rvalue *have = gen_save(g, fld(g, v, g->f_if_type, n->pos), n->pos);
	gcc_jit_rvalue *want = gen_desc(g, t);
	gcc_jit_rvalue *ok = t->kind == TY_INTERFACE
	                         ? gen_save(g, gen_implements(g, have, t, n->pos), n->pos)
	                         : gen_save(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ,
	                                                                      have, want), n->pos);
	gcc_jit_rvalue *data = fld(g, v, g->f_if_data, n->pos);
	gcc_jit_lvalue *r = gen_temp(g, gen_type(g, t), "assert");
	gen_assign(g, r, gen_zero(g, t), n->pos);
	gcc_jit_block *yes = gen_newblock(g, "assertok"), *join = gen_newblock(g, "assertdone");
	if (!n->is_commaok) {
		gcc_jit_rvalue *args[3] = {have, want, gen_desc(g, n->left->type)};
		gcc_jit_rvalue *bad = gcc_jit_context_new_unary_op(g->ctx, loc, GCC_JIT_UNARY_OP_LOGICAL_NEGATE,
		                                                   g->t_bool, ok);
		gen_panic_if(g, bad, g->rt_assert_fail, 3, args, n->pos);
	}
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, ok, yes, join);
	g->block = yes;
	if (t->kind == TY_INTERFACE)
		gen_assign(g, r, v, n->pos);
	else if (types_is_direct_iface(t) && (t->kind == TY_PTR || t->kind == TY_FUNC || t->kind == TY_MAP ||
	                                 t->kind == TY_CHAN || t->kind == TY_UNSAFEPTR))
		gen_assign(g, r, gen_cast(g, data, gen_type(g, t), n->pos), n->pos);
	else if (types_is_direct_iface(t)) {
		/* a struct/array holding one pointer: the data word is that pointer */
		gcc_jit_rvalue *slot = gen_cast(g, gcc_jit_lvalue_get_address(r, loc),
		                                gcc_jit_type_get_pointer(g->t_voidp), n->pos);
		gen_assign(g, gcc_jit_rvalue_dereference(slot, loc), data, n->pos);
	} else
		gen_assign(g, r, gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(gen_cast(g, data, gen_ptrto(g, t), n->pos), loc)),
		           n->pos);
	gen_jump(g, join, n->pos);
	g->block = join;
	if (!n->is_commaok || n->type->kind != TY_TUPLE)
		return gcc_jit_lvalue_as_rvalue(r);
	gcc_jit_field **f;
	gcc_jit_type *tt = gen_tuple(g, &n->type->fields, &f);
	gcc_jit_rvalue *vals[2] = {gcc_jit_lvalue_as_rvalue(r), gen_cast(g, ok, gen_type(g, n->type->fields.v[1].type), n->pos)};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, tt, 2, NULL, vals), n->pos);
}

/* ---- strings ---- */

gcc_jit_rvalue *gen_stackbuf(Gen *g, EscState esc)
{
	if (esc != ESC_NONE)
		return gcc_jit_context_null(g->ctx, g->t_voidp);
	gcc_jit_lvalue *b = gen_temp(g, g->t_stackbuf, "buf");
	gen_poison_slot(g, b, 32);
	return gen_cast(g, gcc_jit_lvalue_get_address(b, NULL), g->t_voidp, (Pos){0});
}

gcc_jit_rvalue *gen_addstr(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	int k = n->list.len;
	gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, loc, g->t_string, k);
	gen_note_size(g, at, 16L * k);
	gcc_jit_lvalue *parts = gen_temp(g, at, "parts");
	for (int i = 0; i < k; i++) {
		gcc_jit_rvalue *v = gen_expr(g, n->list.v[i]);
		gen_assign(g, gcc_jit_context_new_array_access(g->ctx, loc, gcc_jit_lvalue_as_rvalue(parts), gen_i64(g, i)),
		           v, n->pos);
	}
	gcc_jit_rvalue *args[3] = {
	    gcc_jit_lvalue_get_address(
	        gcc_jit_context_new_array_access(g->ctx, loc, gcc_jit_lvalue_as_rvalue(parts), gen_i64(g, 0)), loc),
	    gen_i64(g, k), gen_stackbuf(g, n->esc)};
	return gen_call(g, g->rt_concat, 3, args, n->pos);
}

gcc_jit_rvalue *gen_strconv(Gen *g, Node *n)
{
	gcc_jit_rvalue *v = gen_expr(g, n->left);
	gcc_jit_function *f;
	switch (n->op) {
	case N_STR2BYTES: f = g->rt_str2bytes; break;
	case N_BYTES2STR: f = g->rt_bytes2str; break;
	case N_STR2RUNES: f = g->rt_str2runes; break;
	case N_RUNES2STR: f = g->rt_runes2str; break;
	default: f = g->rt_rune2str; v = gen_cast(g, v, g->t_i64, n->pos); break;
	}
	gcc_jit_rvalue *args[2] = {v, gen_stackbuf(g, n->esc)};
	return gen_call(g, f, 2, args, n->pos);
}

/* ---- composite literals ---- */

static void fill(Gen *g, gcc_jit_lvalue *dst, Node *n);

/* Store the elements of an array or slice literal (plain values or
 * N_KEYVALUE pairs with a constant index; an unkeyed element follows the
 * previous one) into base[idx]; base is an array rvalue or an element
 * pointer, both of which gcc_jit array access takes. */
static void fill_elems(Gen *g, gcc_jit_location *loc, gcc_jit_rvalue *base, NodeList *list)
{
	long next = 0;
	for (int i = 0; i < list->len; i++) {
		Node *e = list->v[i];
		long idx = next;
		if (e->op == N_KEYVALUE) {
			if (e->left && e->left->op == N_CONST)
				idx = (long)e->left->val.i;
			e = e->right;
		}
		next = idx + 1;
		gcc_jit_lvalue *el = gcc_jit_context_new_array_access(g->ctx, loc, base, gen_i64(g, idx));
		if (e->op == N_STRUCTLIT || e->op == N_ARRAYLIT)
			fill(g, el, e);
		else
			gen_assign(g, el, gen_expr(g, e), e->pos);
	}
}

/* Store the literal n into *dst (an lvalue of n's type). */
static void fill(Gen *g, gcc_jit_lvalue *dst, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *t = n->type;
	if (n->op == N_STRUCTLIT) {
		gen_assign(g, dst, gen_zero(g, t), n->pos);
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.v[i];
			if (!e)
				continue;
			gcc_jit_lvalue *f = gcc_jit_lvalue_access_field(dst, loc, gen_field(g, t, i));
			if (e->op == N_STRUCTLIT || e->op == N_ARRAYLIT)
				fill(g, f, e);
			else
				gen_assign(g, f, gen_expr(g, e), e->pos);
		}
	} else if (n->op == N_ARRAYLIT) {
		gen_assign(g, dst, gen_zero(g, t), n->pos);
		gcc_jit_rvalue *arr = gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(dst, loc, arrfield(g, t)));
		fill_elems(g, loc, arr, &n->list);
	} else
		gen_assign(g, dst, gen_expr(g, n), n->pos);
}

/* A slice over a fresh backing array holding the elements of list
 * (N_KEYVALUE pairs or plain values); len = cap = n. */
static gcc_jit_rvalue *slice_of(Gen *g, Type *st, NodeList *list, long n, EscState esc, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	Type *et = st->elem;
	gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, loc, gen_type(g, et), (int)n);
	gcc_jit_rvalue *p = gen_alloc_bytes(g, at, n * types_size(et), et, esc, pos);
	gcc_jit_rvalue *base = gen_save(g, gen_cast(g, p, gen_ptrto(g, et), pos), pos);
	fill_elems(g, loc, base, list);
	gcc_jit_rvalue *v[3] = {gen_cast(g, base, g->t_voidp, pos), gen_i64(g, n), gen_i64(g, n)};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_slice, 3, NULL, v), pos);
}

gcc_jit_rvalue *gen_composite(Gen *g, Node *n)
{
	if (n->op == N_SLICELIT)
		return slice_of(g, n->type, &n->list, n->ival, n->esc, n->pos);
	gcc_jit_lvalue *t = gen_temp(g, gen_type(g, n->type), "lit");
	fill(g, t, n);
	return gcc_jit_lvalue_as_rvalue(t);
}

gcc_jit_rvalue *gen_ptrlit(Gen *g, Node *n)
{
	Node *lit = n->left;
	gcc_jit_rvalue *p = gen_alloc(g, lit->type, n->esc, n->pos);
	fill(g, gcc_jit_rvalue_dereference(p, gen_loc(g, n->pos)), lit);
	return p;
}

gcc_jit_rvalue *gen_dddarg(Gen *g, Node *n)
{
	if (n->list.len == 0)
		return gen_zero(g, n->type);
	return slice_of(g, n->type, &n->list, n->list.len, n->esc, n->pos);
}

/* ---- make, append, copy ---- */

gcc_jit_rvalue *gen_makeslice(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *et = n->type->elem;
	Node *ln = n->list.v[0], *cn = n->list.len > 1 ? n->list.v[1] : NULL;
	if (n->esc == ESC_NONE && ln->op == N_CONST && (!cn || cn->op == N_CONST)) {
		long len = (long)ln->val.i, cap = cn ? (long)cn->val.i : len;
		if (len >= 0 && cap >= len && cap * types_size(et) <= 65536) {
			gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, loc, gen_type(g, et), (int)cap);
			gcc_jit_rvalue *p = gen_alloc_bytes(g, at, cap * types_size(et), et, ESC_NONE, n->pos);
			gcc_jit_rvalue *v[3] = {gen_cast(g, p, g->t_voidp, n->pos), gen_i64(g, len), gen_i64(g, cap)};
			return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, g->t_slice, 3, NULL, v),
			                n->pos);
		}
	}
	gcc_jit_rvalue *len = gen_save(g, gen_cast(g, gen_expr(g, ln), g->t_i64, n->pos), n->pos);
	gcc_jit_rvalue *cap = cn ? gen_cast(g, gen_expr(g, cn), g->t_i64, n->pos) : len;
	gcc_jit_rvalue *args[4] = {len, cap, gen_i64(g, types_size(et)), gen_desc_or_null(g, et)};
	return gen_call(g, g->rt_makeslice, 4, args, n->pos);
}

/* append(s, vals...) / append(s, t...): grow when len+n > cap, then store. */
gcc_jit_rvalue *gen_append(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	Type *st = n->type, *et = st->elem;
	long es = types_size(et);
	gcc_jit_lvalue *s = gen_temp(g, g->t_slice, "app");
	gen_assign(g, s, gen_expr(g, n->list.v[0]), pos);
	int nv = n->list.len - 1;
	gcc_jit_rvalue **vals = xmalloc(sizeof *vals * (nv + 1));
	gcc_jit_rvalue *src = NULL, *cnt;
	if (n->has_dots) {
		Node *t = n->list.v[1];
		src = gen_save(g, gen_expr(g, t), pos);
		if (types_is_string(t->type)) {
			cnt = fld(g, src, g->f_str_len, pos);
			src = gen_cast(g, fld(g, src, g->f_str_ptr, pos), g->t_voidp, pos);
		} else {
			cnt = fld(g, src, g->f_sl_len, pos);
			src = fld(g, src, g->f_sl_ptr, pos);
		}
		cnt = gen_save(g, cnt, pos);
	} else {
		for (int i = 0; i < nv; i++)
			vals[i] = gen_save(g, gen_expr(g, n->list.v[i + 1]), pos);
		cnt = gen_i64(g, nv);
	}
	if (!n->has_dots && nv == 0)
		return gcc_jit_lvalue_as_rvalue(s);
	gcc_jit_rvalue *sv = gcc_jit_lvalue_as_rvalue(s);
	gcc_jit_rvalue *oldlen = gen_save(g, fld(g, sv, g->f_sl_len, pos), pos);
	gcc_jit_rvalue *newlen = gen_save(g, gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_PLUS,
	                                                                   g->t_i64, oldlen, cnt), pos);
	gcc_jit_block *grow = gen_newblock(g, "grow"), *store = gen_newblock(g, "store");
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, ult(g, newlen, fld(g, sv, g->f_sl_cap, pos),
	                                                        GCC_JIT_COMPARISON_GT, pos),
	                                   grow, store);
	g->block = grow;
	gcc_jit_rvalue *args[4] = {sv, cnt, gen_i64(g, es), gen_desc_or_null(g, et)};
	gen_assign(g, s, gen_new_call(g, loc, g->rt_growslice, 4, args), pos);
	gen_jump(g, store, pos);
	g->block = store;
	gen_assign(g, gcc_jit_lvalue_access_field(s, loc, g->f_sl_len), newlen, pos);
	gcc_jit_rvalue *base = gen_cast(g, fld(g, sv, g->f_sl_ptr, pos), gen_ptrto(g, et), pos);
	if (n->has_dots) {
		gcc_jit_rvalue *margs[3] = {
		    gen_cast(g, elem_addr(g, base, oldlen, pos), g->t_voidp, pos), src,
		    gen_cast(g, gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_MULT, g->t_i64, cnt,
		                                              gen_i64(g, es)),
		             gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_SIZE_T), pos)};
		gen_eval(g, gen_new_call(g, loc, g->b_memmove, 3, margs), pos);
	} else {
		for (int i = 0; i < nv; i++) {
			gcc_jit_rvalue *idx = gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_PLUS, g->t_i64,
			                                                    oldlen, gen_i64(g, i));
			gen_assign(g, gcc_jit_context_new_array_access(g->ctx, loc, base, idx), vals[i], pos);
		}
	}
	return gen_save(g, sv, pos);
}

/* copy(dst, src): n = min(len(dst), len(src)); memmove; n.  Inline, as the
 * call into the runtime with two slices by value costs more than the move. */
gcc_jit_rvalue *gen_copy(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	gcc_jit_rvalue *dst = gen_save(g, gen_expr(g, n->list.v[0]), pos);
	Node *sn = n->list.v[1];
	gcc_jit_rvalue *src = gen_save(g, gen_expr(g, sn), pos);
	gcc_jit_rvalue *sptr, *slen;
	if (types_is_string(sn->type)) {
		sptr = gen_cast(g, fld(g, src, g->f_str_ptr, pos), g->t_voidp, pos);
		slen = fld(g, src, g->f_str_len, pos);
	} else {
		sptr = fld(g, src, g->f_sl_ptr, pos);
		slen = fld(g, src, g->f_sl_len, pos);
	}
	gcc_jit_lvalue *cnt = gen_temp(g, g->t_i64, "copyn");
	gen_assign(g, cnt, fld(g, dst, g->f_sl_len, pos), pos);
	gcc_jit_block *less = gen_newblock(g, "copy.min"), *move = gen_newblock(g, "copy.move"),
	              *done = gen_newblock(g, "copy.done");
	gcc_jit_block_end_with_conditional(gen_cur(g), loc,
	                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_LT, slen,
	                                                                  gcc_jit_lvalue_as_rvalue(cnt)),
	                                   less, move);
	gcc_jit_block_add_assignment(less, loc, cnt, slen);
	gcc_jit_block_end_with_jump(less, loc, move);
	g->block = move;
	gcc_jit_rvalue *cv = gcc_jit_lvalue_as_rvalue(cnt);
	gcc_jit_block *domove = gen_newblock(g, "copy.do");
	gcc_jit_block_end_with_conditional(move, loc,
	                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_GT, cv,
	                                                                  gen_i64(g, 0)),
	                                   domove, done);
	g->block = domove;
	gcc_jit_rvalue *margs[3] = {
	    fld(g, dst, g->f_sl_ptr, pos), sptr,
	    gen_cast(g, gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_MULT, g->t_i64, cv,
	                                              gen_i64(g, types_size(n->list.v[0]->type->elem))),
	             gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_SIZE_T), pos)};
	gen_eval(g, gen_new_call(g, loc, g->b_memmove, 3, margs), pos);
	gen_jump(g, done, pos);
	g->block = done;
	return gen_cast(g, cv, gen_type(g, n->type ? n->type : ty_int), pos);
}
