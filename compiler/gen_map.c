/*
 * gen_map.c: maps -- make, literals, index, assignment, delete, len, range.
 *
 * Requires the IR of docs/ir.md (N_MAKEMAP, N_MAPLIT, N_INDEXMAP with
 * is_commaok, the delete/len builtins, N_RANGE over a map) and the map ABI
 * of runtime/gort.h "maps (map.c)": a map value is a pointer to the
 * runtime's header, every call takes the map type's descriptor, keys and
 * elements travel by address.
 *
 *   make(map[K]V, n)      gort_makemap(&desc, n, hdr, bucket): when escape
 *                         analysis keeps the map local (Node.esc ==
 *                         ESC_NONE) hdr is a 48-byte frame slot and bucket
 *                         one bucket in the frame (for hints that may be
 *                         <= 8), else NULL (heap header, heap buckets)
 *   map[K]V{k: v, ...}    makemap(len), then one mapassign per entry
 *   m[k]                  tk = k; *(V *)gort_mapaccess1(&desc, m, &tk)
 *                         (copied out at once: the slot moves on growth)
 *   v, ok := m[k]         gort_mapaccess2(..., &ok) -> {*(V *)p, ok}
 *   m[k] = v              Go's order (walk/order.go): m and k into temps,
 *                         then v, then *(V *)gort_mapassign(&desc, m, &tk) = v
 *   m[k] op= v            old = m[k]; new = old op v; *mapassign(...) = new
 *                         (m[k]++ and other ops with a constant operand that
 *                         cannot panic use the slot of one mapassign)
 *   delete(m, k)          gort_mapdelete(&desc, m, &tk)
 *   len(m)                gort_maplen(m)
 *   for k, v := range m   it on the frame; gort_mapiterinit(&desc, m, &it);
 *                         while (it.key) { k = *it.key; v = *it.elem; body;
 *                         gort_mapiternext(&it) }
 *
 * gen_stmt.c calls gen_map_store / MapRef for the assignment forms, since
 * the slot must be taken after the right side is evaluated.
 */
#include <string.h>

#include "gen.h"

/* The runtime's map entry points, declared once per context. */
static struct {
	gcc_jit_context *ctx;
	gcc_jit_function *makemap, *maplen, *access1, *access2, *assign, *del, *iterinit, *iternext;
	gcc_jit_type *iter, *hdr;
	gcc_jit_field *itkey, *itelem;
} R;

static void declare(Gen *g)
{
	if (R.ctx == g->ctx)
		return;
	memset(&R, 0, sizeof R);
	R.ctx = g->ctx;
	gcc_jit_type *vp = g->t_voidp, *gt = g->t_gotypep, *i64 = g->t_i64;
	gcc_jit_type *u8p = gcc_jit_type_get_pointer(g->t_u8);
	R.makemap = gen_import(g, "gort_makemap", vp, 4, (gcc_jit_type *[]){gt, i64, vp, vp});
	R.maplen = gen_import(g, "gort_maplen", i64, 1, (gcc_jit_type *[]){vp});
	R.access1 = gen_import(g, "gort_mapaccess1", vp, 3, (gcc_jit_type *[]){gt, vp, vp});
	R.access2 = gen_import(g, "gort_mapaccess2", vp, 4, (gcc_jit_type *[]){gt, vp, vp, u8p});
	R.assign = gen_import(g, "gort_mapassign", vp, 3, (gcc_jit_type *[]){gt, vp, vp});
	R.del = gen_import(g, "gort_mapdelete", g->t_void, 3, (gcc_jit_type *[]){gt, vp, vp});
	/* GoMapIter: {void *key; void *elem; uint64_t priv[8]} */
	gcc_jit_field *f[3] = {
	    gcc_jit_context_new_field(g->ctx, NULL, vp, "key"),
	    gcc_jit_context_new_field(g->ctx, NULL, vp, "elem"),
	    gcc_jit_context_new_field(g->ctx, NULL, gcc_jit_context_new_array_type(g->ctx, NULL, g->t_u64, 8),
	                              "priv")};
	R.iter = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(g->ctx, NULL, "GoMapIter", 3, f));
	R.itkey = f[0];
	R.itelem = f[1];
	R.hdr = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_u64, 6); /* GORT_MAPHDR_SIZE */
	gcc_jit_type *itp = gcc_jit_type_get_pointer(R.iter);
	R.iterinit = gen_import(g, "gort_mapiterinit", g->t_void, 3, (gcc_jit_type *[]){gt, vp, itp});
	R.iternext = gen_import(g, "gort_mapiternext", g->t_void, 1, (gcc_jit_type *[]){itp});
}

static gcc_jit_rvalue *voidp(Gen *g, gcc_jit_rvalue *v, Pos pos) { return gen_cast(g, v, g->t_voidp, pos); }

/* *(T *)p, or T's zero value for a zero-size T */
static gcc_jit_rvalue *load(Gen *g, gcc_jit_rvalue *p, Type *t, Pos pos)
{
	if (gen_is_empty(t))
		return gen_zero(g, t);
	return gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(gen_cast(g, p, gen_ptrto(g, t), pos), gen_loc(g, pos)));
}

/* The key in a frame temporary, converted to the map's key type. */
static gcc_jit_lvalue *key_temp(Gen *g, Node *k, Type *kt)
{
	gcc_jit_rvalue *v = gen_expr(g, k);
	if (k->type && !types_identical(k->type, kt))
		v = gen_assignable(g, v, k->type, kt, k->pos);
	gcc_jit_lvalue *t = gen_temp(g, gen_type(g, kt), "mapkey");
	gen_assign(g, t, v, k->pos);
	return t;
}

void gen_mapref(Gen *g, Node *n, MapRef *r)
{
	declare(g);
	r->mt = n->left->type;
	r->m = gen_save(g, gen_expr(g, n->left), n->pos);
	r->key = key_temp(g, n->right, r->mt->key);
}

static gcc_jit_rvalue *keyaddr(Gen *g, MapRef *r, Pos pos)
{
	return voidp(g, gcc_jit_lvalue_get_address(r->key, gen_loc(g, pos)), pos);
}

gcc_jit_rvalue *gen_mapref_load(Gen *g, MapRef *r, Pos pos)
{
	gcc_jit_rvalue *args[3] = {gen_desc(g, r->mt), voidp(g, r->m, pos), keyaddr(g, r, pos)};
	gcc_jit_rvalue *p = gen_call(g, R.access1, 3, args, pos);
	if (gen_is_empty(r->mt->elem))
		return gen_zero(g, r->mt->elem);
	/* Small values are copied out at once.  A big one is read in place
	 * (a copy would cost a frame slot gcc may duplicate at -O0): the
	 * statement's calls have run already (gen_hoist), and nothing else in
	 * an expression can insert into a map, so the slot stays put. */
	if (types_size(r->mt->elem) > 64)
		return load(g, p, r->mt->elem, pos);
	return gen_save(g, load(g, p, r->mt->elem, pos), pos);
}

gcc_jit_lvalue *gen_mapref_slot(Gen *g, MapRef *r, Pos pos)
{
	gcc_jit_rvalue *args[3] = {gen_desc(g, r->mt), voidp(g, r->m, pos), keyaddr(g, r, pos)};
	gcc_jit_rvalue *p = gen_call(g, R.assign, 3, args, pos);
	return gcc_jit_rvalue_dereference(gen_cast(g, p, gen_ptrto(g, r->mt->elem), pos), gen_loc(g, pos));
}

/* m[k] as an assignment target (range variables, m[k], ok = ...): the slot now. */
gcc_jit_lvalue *gen_map_slot(Gen *g, Node *n)
{
	MapRef r;
	gen_mapref(g, n, &r);
	return gen_mapref_slot(g, &r, n->pos);
}

/* m[k] = v in Go's order: m, k, then v, then the slot. */
void gen_map_store(Gen *g, Node *lhs, Node *rhs, Pos pos)
{
	MapRef r;
	gen_mapref(g, lhs, &r);
	gcc_jit_rvalue *v = gen_expr(g, rhs);
	if (rhs->type && !types_identical(rhs->type, r.mt->elem) && rhs->type->kind != TY_NIL)
		v = gen_assignable(g, v, rhs->type, r.mt->elem, pos);
	if (gen_is_empty(r.mt->elem)) {
		gen_mapref_slot(g, &r, pos);
		return;
	}
	v = gen_save(g, v, pos);
	gen_assign(g, gen_mapref_slot(g, &r, pos), v, pos);
}

/* m[k] (read), with the comma-ok tuple when n->is_commaok. */
gcc_jit_rvalue *gen_indexmap(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	MapRef r;
	gen_mapref(g, n, &r);
	if (!n->is_commaok || n->type->kind != TY_TUPLE)
		return gen_mapref_load(g, &r, n->pos);
	gcc_jit_lvalue *ok = gen_temp(g, g->t_u8, "mapok");
	gcc_jit_rvalue *args[4] = {gen_desc(g, r.mt), voidp(g, r.m, n->pos), keyaddr(g, &r, n->pos),
	                           gcc_jit_lvalue_get_address(ok, loc)};
	gcc_jit_rvalue *p = gen_call(g, R.access2, 4, args, n->pos);
	gcc_jit_field **f;
	gcc_jit_type *tt = gen_tuple(g, &n->type->fields, &f);
	gcc_jit_rvalue *vals[2] = {load(g, p, n->type->fields.v[0].type, n->pos),
	                           gen_cast(g, gcc_jit_lvalue_as_rvalue(ok), gen_type(g, n->type->fields.v[1].type), n->pos)};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, tt, 2, NULL, vals), n->pos);
}

/* A map that does not escape gets its header in the frame, and its first
 * bucket too when the hint may be small (not a constant above 8) and the
 * bucket is at most 2 KiB (gc's walkMakeMap rule; gc stores keys and elems
 * above 128 bytes indirectly, gofront inline, hence the size bound). */
static gcc_jit_rvalue *makemap(Gen *g, Type *mt, gcc_jit_rvalue *hint, bool smallhint, EscState esc, Pos pos)
{
	declare(g);
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_rvalue *hdr = gcc_jit_context_null(g->ctx, g->t_voidp), *bucket = hdr;
	if (esc == ESC_NONE) {
		gen_note_size(g, R.hdr, 48);
		gcc_jit_lvalue *h = gen_temp(g, R.hdr, "maphdr");
		hdr = voidp(g, gcc_jit_lvalue_get_address(h, loc), pos);
		long bsize = 8 + 8 * types_size(mt->key) + 8 * types_size(mt->elem) + 8;
		if (smallhint && bsize <= 2048) {
			gcc_jit_type *bt = gcc_jit_context_new_array_type(g->ctx, loc, g->t_u64, (int)(bsize / 8));
			gen_note_size(g, bt, bsize);
			gcc_jit_lvalue *b = gen_temp(g, bt, "mapbucket");
			bucket = voidp(g, gcc_jit_lvalue_get_address(b, loc), pos);
		}
	}
	gcc_jit_rvalue *args[4] = {gen_desc(g, mt), hint, hdr, bucket};
	return gen_cast(g, gen_call(g, R.makemap, 4, args, pos), gen_type(g, mt), pos);
}

gcc_jit_rvalue *gen_makemap(Gen *g, Node *n)
{
	Node *h = n->list.len > 0 ? n->list.v[0] : NULL;
	gcc_jit_rvalue *hint = h ? gen_cast(g, gen_expr(g, h), g->t_i64, n->pos) : gen_i64(g, 0);
	bool small = !h || h->op != N_CONST || h->val.kind != CV_INT || h->val.i <= 8;
	return makemap(g, n->type, hint, small, n->esc, n->pos);
}

gcc_jit_rvalue *gen_maplit(Gen *g, Node *n)
{
	Type *mt = n->type;
	gcc_jit_rvalue *m = gen_save(g, makemap(g, mt, gen_i64(g, n->list.len), n->list.len <= 8, n->esc, n->pos),
	                             n->pos);
	for (int i = 0; i < n->list.len; i++) {
		Node *kv = n->list.v[i];
		MapRef r = {.mt = mt, .m = m};
		r.key = key_temp(g, kv->left, mt->key);
		gcc_jit_rvalue *v = gen_expr(g, kv->right);
		if (kv->right->type && !types_identical(kv->right->type, mt->elem) && kv->right->type->kind != TY_NIL)
			v = gen_assignable(g, v, kv->right->type, mt->elem, kv->pos);
		if (gen_is_empty(mt->elem)) {
			gen_mapref_slot(g, &r, kv->pos);
			continue;
		}
		v = gen_save(g, v, kv->pos);
		gen_assign(g, gen_mapref_slot(g, &r, kv->pos), v, kv->pos);
	}
	return m;
}

gcc_jit_rvalue *gen_maplen(Gen *g, gcc_jit_rvalue *m, Pos pos)
{
	declare(g);
	gcc_jit_rvalue *a = voidp(g, m, pos);
	return gen_call(g, R.maplen, 1, &a, pos);
}

void gen_mapdelete(Gen *g, Node *n)
{
	declare(g);
	Node *mn = n->list.v[0], *kn = n->list.v[1];
	MapRef r = {.mt = mn->type};
	r.m = gen_save(g, gen_expr(g, mn), n->pos);
	r.key = key_temp(g, kn, r.mt->key);
	gcc_jit_rvalue *args[3] = {gen_desc(g, r.mt), voidp(g, r.m, n->pos), keyaddr(g, &r, n->pos)};
	gen_callstmt(g, R.del, 3, args, n->pos);
}

static void range_assign(Gen *g, Node *var, gcc_jit_rvalue *p, Type *t, Pos pos)
{
	if (!var || (var->op == N_NAME && var->obj && strcmp(var->obj->name, "_") == 0))
		return;
	gcc_jit_rvalue *v = load(g, p, t, pos);
	if (var->type && !types_identical(var->type, t))
		v = gen_assignable(g, v, t, var->type, pos);
	v = gen_save(g, v, pos);
	gen_assign(g, gen_lvalue(g, var), v, pos);
}

/* for k, v := range m: the loop head; the caller generates the body, then
 * jumps to *cont (which advances the iterator); *brk follows the loop. */
void gen_range_map(Gen *g, Node *n, gcc_jit_block **brk, gcc_jit_block **cont)
{
	declare(g);
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	Type *mt = n->right->type;
	gcc_jit_rvalue *m = voidp(g, gen_save(g, gen_expr(g, n->right), pos), pos);
	gen_note_size(g, R.iter, 80);
	gcc_jit_lvalue *it = gen_temp(g, R.iter, "mapiter");
	gcc_jit_rvalue *itp = gcc_jit_lvalue_get_address(it, loc);
	gcc_jit_rvalue *args[3] = {gen_desc(g, mt), m, itp};
	gen_callstmt(g, R.iterinit, 3, args, pos);
	if (gen_op(n->op_tok) == OP_DEFINE) {
		if (n->key && n->key->op == N_NAME && n->key->obj && strcmp(n->key->obj->name, "_") != 0)
			gen_declare_var(g, n->key->obj, n->key->pos);
		if (n->value && n->value->op == N_NAME && n->value->obj && strcmp(n->value->obj->name, "_") != 0)
			gen_declare_var(g, n->value->obj, n->value->pos);
	}
	gcc_jit_block *head = gen_newblock(g, "rangemap.head"), *body = gen_newblock(g, "rangemap.body"),
	              *next = gen_newblock(g, "rangemap.next"), *end = gen_newblock(g, "rangemap.end");
	gen_jump(g, head, pos);
	g->block = head;
	gcc_jit_rvalue *key = gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(it, loc, R.itkey));
	gcc_jit_block_end_with_conditional(
	    head, loc, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, key,
	                                              gcc_jit_context_null(g->ctx, g->t_voidp)),
	    end, body);
	g->block = body;
	/* the key and the value are copied out before the body runs */
	range_assign(g, n->key, key, mt->key, pos);
	if (n->value)
		range_assign(g, n->value, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(it, loc, R.itelem)),
		             mt->elem, pos);
	*brk = end;
	*cont = next;
	gcc_jit_block *save = g->block;
	g->block = next;
	gen_callstmt(g, R.iternext, 1, &itp, pos);
	gen_jump(g, head, pos);
	g->block = save;
}
