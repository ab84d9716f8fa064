/*
 * gen_stmt.c: statements and control flow.
 *
 * Requires the IR of docs/ir.md.  Control flow becomes libgccjit blocks:
 * g->block is the block being filled, NULL right after a terminator (return,
 * break, goto...); the next statement then opens an unreachable block.
 * Loops and switches push a Target (break block, continue block, label);
 * labels get their block on first mention, so a goto may jump forward.
 *
 *   for init; cond; post { body }      init -> cond ? body : end
 *                                      body -> post -> cond   (continue: post)
 *   for k, v := range x                a counted loop over len(x) (strings:
 *                                      by rune, decoding with gort_decoderune)
 *   switch tag { case a, b: ... }      tag saved once; tests in source order,
 *                                      default last; fallthrough jumps to the
 *                                      next body
 */
#include <string.h>

#include "gen.h"

/* ---- helpers ---- */

void gen_push_target(Gen *g, const char *label, gcc_jit_block *brk, gcc_jit_block *cont)
{
	if (g->ntargets == g->captargets) {
		g->captargets = g->captargets ? 2 * g->captargets : 8;
		g->targets = xrealloc(g->targets, sizeof *g->targets * g->captargets);
	}
	g->targets[g->ntargets++] = (Target){label, brk, cont};
}

static void push_target(Gen *g, gcc_jit_block *brk, gcc_jit_block *cont)
{
	if (g->ntargets == g->captargets) {
		g->captargets = g->captargets ? 2 * g->captargets : 8;
		g->targets = xrealloc(g->targets, sizeof *g->targets * g->captargets);
	}
	g->targets[g->ntargets++] = (Target){g->pending_label, brk, cont};
	g->pending_label = NULL;
}

static gcc_jit_block *label_block(Gen *g, const char *name)
{
	for (int i = 0; i < g->nlabels; i++)
		if (strcmp(g->labels[i].name, name) == 0)
			return g->labels[i].b;
	if (g->nlabels == g->caplabels) {
		g->caplabels = g->caplabels ? 2 * g->caplabels : 8;
		g->labels = xrealloc(g->labels, sizeof *g->labels * g->caplabels);
	}
	gcc_jit_block *b = gen_newblock(g, name);
	g->labels[g->nlabels++] = (LabelBlock){name, b};
	return b;
}

/* Branch on a condition without materialising && / || / ! as values. */
void gen_cond(Gen *g, Node *c, gcc_jit_block *t, gcc_jit_block *f)
{
	gcc_jit_location *loc = gen_loc(g, c->pos);
	if (c->op == N_LOGIC) {
		gcc_jit_block *mid = gen_newblock(g, "cond");
		if (gen_op(c->op_tok) == OP_LAND)
			gen_cond(g, c->left, mid, f);
		else
			gen_cond(g, c->left, t, mid);
		g->block = mid;
		gen_cond(g, c->right, t, f);
		return;
	}
	if (c->op == N_NOT) {
		gen_cond(g, c->left, f, t);
		return;
	}
	gen_hoist(g, c, false);
	gcc_jit_rvalue *v = gen_cast(g, gen_expr(g, c), g->t_bool, c->pos);
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, v, t, f);
	g->block = NULL;
}

void gen_block(Gen *g, Node *n)
{
	if (!n)
		return;
	if (n->op != N_BLOCK) {
		gen_stmt(g, n);
		return;
	}
	for (int i = 0; i < n->list.len; i++)
		gen_stmt(g, n->list.v[i]);
}

/* ---- assignment ---- */

static void gen_as(Gen *g, Node *n)
{
	if (!n->left || (n->left->op == N_NAME && n->left->obj && strcmp(n->left->obj->name, "_") == 0 &&
	                 n->left->obj->kind != OBJ_VAR)) {
		gen_hoist(g, n->right, false);
		gen_expr(g, n->right);
		return;
	}
	/* Go's two phases: the left side's index and pointer operands, then the
	 * right side, then the store */
	gen_hoist(g, n->left, false);
	gen_hoist(g, n->right, true);
	if (n->left->op == N_INDEXMAP) {
		gen_map_store(g, n->left, n->right, n->pos); /* gen_map.c */
		return;
	}
	gcc_jit_lvalue *lv = gen_lvalue(g, n->left);
	if (n->left->type && n->left->type->kind == TY_ARRAY && n->right->op == N_DEREF &&
	    types_size(n->left->type) > 0) {
		/* *p = *q on arrays: p and q may overlap (slice-to-array-pointer
		 * conversions of one slice), and gcc copies aggregates with
		 * memcpy; Go's value semantics is memmove's */
		gcc_jit_location *loc = gen_loc(g, n->pos);
		gcc_jit_lvalue *src = gen_lvalue(g, n->right);
		gcc_jit_rvalue *margs[3] = {
		    gen_cast(g, gcc_jit_lvalue_get_address(lv, loc), g->t_voidp, n->pos),
		    gen_cast(g, gcc_jit_lvalue_get_address(src, loc), g->t_voidp, n->pos),
		    gcc_jit_context_new_rvalue_from_long(g->ctx, gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_SIZE_T),
		                                         types_size(n->left->type))};
		gen_eval(g, gen_new_call(g, loc, g->b_memmove, 3, margs), n->pos);
		return;
	}
	gcc_jit_rvalue *v = gen_expr(g, n->right);
	gen_assign(g, lv, v, n->pos);
}

/* In `a, b = x, y` the targets' pointer and index operands are evaluated
 * in phase 1, but the nil and bounds checks belong to each store (phase 2):
 * in `m[k], *p = 1, 2` with a nil p, m[k] is set before the panic (go1.19
 * test/fixedbugs/issue23017.go).  Such a target's operands are saved now
 * in stand-in nodes (a call whose value waits in Node.gen, as gen_callexpr
 * takes it) and the lvalue -- checks included -- is made at its store. */
typedef struct Late {
	Node *left, *right; /* stand-ins for the target's operands, or NULL */
} Late;

static bool as2_late(Node *l)
{
	return l->op == N_DEREF || l->op == N_DOTPTR || l->op == N_INDEXSLICE ||
	       (l->op == N_INDEXARR && l->right && l->right->op != N_CONST);
}

static Node *standin(Gen *g, Node *x, Pos pos)
{
	Node *s = ast_new(N_CALLVALUE, x->pos);
	s->type = x->type;
	s->gen = gen_save(g, gen_expr(g, x), pos);
	return s;
}

static void as2_save_operands(Gen *g, Node *l, Late *lt)
{
	lt->left = l->op == N_INDEXARR ? NULL : standin(g, l->left, l->pos);
	lt->right = l->op == N_INDEXSLICE || l->op == N_INDEXARR ? standin(g, l->right, l->pos) : NULL;
}

static gcc_jit_lvalue *as2_late_lvalue(Gen *g, Node *l, Late *lt)
{
	Node *sl = l->left, *sr = l->right;
	if (lt->left)
		l->left = lt->left;
	if (lt->right)
		l->right = lt->right;
	gcc_jit_lvalue *lv = gen_lvalue(g, l);
	l->left = sl;
	l->right = sr;
	return lv;
}

static void gen_as2(Gen *g, Node *n)
{
	int k = n->list.len;
	gcc_jit_rvalue **vals = xmalloc(sizeof *vals * (k + 1));
	/* phase 1: the calls on both sides, the left side's operands (saved by
	 * gen_lvalue), then the values */
	for (int i = 0; i < k; i++)
		gen_hoist(g, n->list.v[i], false);
	for (int i = 0; i < n->rlist.len; i++)
		gen_hoist(g, n->rlist.v[i], true);
	gcc_jit_lvalue **lvs = xmalloc(sizeof *lvs * (k + 1));
	MapRef *mrs = xmalloc(sizeof *mrs * (k + 1)); /* m[k] targets: slot taken in phase 2 */
	Late *late = xmalloc(sizeof *late * (k + 1));   /* *p, p.f, s[i] targets: checked in phase 2 */
	for (int i = 0; i < k; i++) {
		Node *l = n->list.v[i];
		if (l && l->op == N_INDEXMAP) {
			gen_mapref(g, l, &mrs[i]);
			lvs[i] = NULL;
			continue;
		}
		if (l && as2_late(l)) {
			as2_save_operands(g, l, &late[i]);
			lvs[i] = NULL;
			continue;
		}
		lvs[i] = l && !(l->op == N_NAME && l->obj && l->obj->kind != OBJ_VAR) ? gen_lvalue(g, l) : NULL;
	}
	if (n->rlist.len == 1 && k > 1) {
		/* a, b = f()  /  v, ok = x.(T) */
		Node *r = n->rlist.v[0];
		gcc_jit_rvalue *t = gen_save(g, gen_expr(g, r), n->pos);
		for (int i = 0; i < k; i++) {
			vals[i] = gen_tuple_field(g, t, r->type, i, n->pos);
			Node *l = n->list.v[i];
			if (l && l->type && r->type->kind == TY_TUPLE)
				vals[i] = gen_assignable(g, vals[i], r->type->fields.v[i].type, l->type, n->pos);
		}
	} else {
		for (int i = 0; i < k; i++)
			vals[i] = gen_save(g, gen_expr(g, n->rlist.v[i]), n->pos);
	}
	/* phase 2: the stores, left to right */
	for (int i = 0; i < k; i++)
		if (n->list.v[i] && n->list.v[i]->op == N_INDEXMAP)
			gen_assign(g, gen_mapref_slot(g, &mrs[i], n->pos), vals[i], n->pos);
		else if (n->list.v[i] && as2_late(n->list.v[i]))
			gen_assign(g, as2_late_lvalue(g, n->list.v[i], &late[i]), vals[i], n->pos);
		else if (lvs[i])
			gen_assign(g, lvs[i], vals[i], n->pos);
}

static void gen_asop(Gen *g, Node *n)
{
	gen_hoist(g, n->left, false);
	gen_hoist(g, n->right, true);
	Type *t = n->left->type;
	/* m[k] op= v (gc's order.go): m and k evaluated once, v into a temp,
	 * then *mapassign(m, k) op= v; for / and % (which may panic) it is
	 * m[k] = m[k] op v, so that a panic leaves the map unchanged */
	MapRef mr;
	GenOp mop = gen_op(n->op_tok);
	bool ismap = n->left->op == N_INDEXMAP;
	bool mapslot = ismap && mop != OP_DIV && mop != OP_REM;
	gcc_jit_lvalue *lv = NULL;
	gcc_jit_rvalue *old, *rfirst = NULL;
	if (ismap) {
		gen_mapref(g, n->left, &mr);
		if (mapslot) {
			if (!types_is_string(t))
				rfirst = gen_save(g, gen_expr(g, n->right), n->pos);
			lv = gen_mapref_slot(g, &mr, n->pos);
			old = gcc_jit_lvalue_as_rvalue(lv);
		} else
			old = gen_mapref_load(g, &mr, n->pos);
	} else {
		lv = gen_lvalue(g, n->left);
		old = gen_save(g, gcc_jit_lvalue_as_rvalue(lv), n->pos);
	}
	gcc_jit_rvalue *v;
	if (types_is_string(t)) {
		/* s += a + b is one concatenation of s, a, b (gc's OADDSTR rewrite) */
		gcc_jit_location *loc = gen_loc(g, n->pos);
		Node *r = n->right;
		int k = r->op == N_ADDSTR ? r->list.len : 1;
		gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, loc, g->t_string, k + 1);
		gen_note_size(g, at, 16L * (k + 1));
		gcc_jit_lvalue *parts = gen_temp(g, at, "parts");
		gcc_jit_rvalue *pv = gcc_jit_lvalue_as_rvalue(parts);
		gen_assign(g, gcc_jit_context_new_array_access(g->ctx, loc, pv, gen_i64(g, 0)), old, n->pos);
		for (int i = 0; i < k; i++) {
			gcc_jit_rvalue *e = gen_expr(g, r->op == N_ADDSTR ? r->list.v[i] : r);
			gen_assign(g, gcc_jit_context_new_array_access(g->ctx, loc, pv, gen_i64(g, i + 1)), e, n->pos);
		}
		EscState esc = r->op == N_ADDSTR ? r->esc : n->esc;
		gcc_jit_rvalue *args[3] = {
		    gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(g->ctx, loc, pv, gen_i64(g, 0)), loc),
		    gen_i64(g, k + 1), gen_stackbuf(g, esc == ESC_NONE && n->esc == ESC_NONE ? ESC_NONE : ESC_HEAP)};
		v = gen_call(g, g->rt_concat, 3, args, n->pos);
	} else {
		gcc_jit_rvalue *r = rfirst ? rfirst : gen_expr(g, n->right);
		v = gen_arith(g, gen_op(n->op_tok), t, old, r, n->right, n->pos);
	}
	if (ismap && !mapslot) {
		v = gen_save(g, v, n->pos);
		lv = gen_mapref_slot(g, &mr, n->pos);
	}
	gen_assign(g, lv, v, n->pos);
}

/* ---- return ---- */

void gen_return_zero(Gen *g, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	Type *sig = g->fi->sig;
	gcc_jit_rvalue *z;
	if (sig->results.len == 1)
		z = gen_zero(g, sig->results.v[0].type);
	else
		z = gcc_jit_context_new_struct_constructor(g->ctx, loc, g->fi->ret, 0, NULL, NULL);
	gen_ret(g, gen_cur(g), loc, z);
	g->block = NULL;
}

static void gen_return(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *sig = g->fi->sig;
	int nres = sig ? sig->results.len : 0;
	for (int i = 0; i < n->list.len; i++)
		gen_hoist(g, n->list.v[i], n->list.len > 1);
	if (nres == 0) {
		if (n->list.len == 1)
			gen_expr(g, n->list.v[0]);
		if (g->exitb)
			gen_jump(g, g->exitb, n->pos);
		else
			gen_ret(g, gen_cur(g), loc, NULL);
		g->block = NULL;
		return;
	}
	if (n->list.len == 0 && g->exitb) {
		/* named results: they are the slots already */
		gen_jump(g, g->exitb, n->pos);
		return;
	}
	/* the values, one per result */
	gcc_jit_rvalue **vals = xmalloc(sizeof *vals * nres);
	gcc_jit_rvalue *whole = NULL; /* return f() with the callee's tuple as is */
	if (n->list.len == 0) {
		Func *f = g->fn_go;
		for (int i = 0; i < nres; i++)
			vals[i] = NULL;
		for (int i = 0; i < f->ndcl; i++) {
			Obj *o = f->dcl[i];
			if (o->kind == OBJ_VAR && o->vclass == VC_RESULT && o->index >= 0 && o->index < nres)
				vals[o->index] = gcc_jit_lvalue_as_rvalue(gen_var(g, o, n->pos));
		}
		for (int i = 0; i < nres; i++)
			if (!vals[i])
				vals[i] = gen_zero(g, sig->results.v[i].type);
	} else if (nres == 1) {
		vals[0] = gen_expr(g, n->list.v[0]);
	} else if (n->list.len == 1) {
		/* return f(): element by element when the result types differ (an
		 * implicit interface conversion) or the slots need them */
		Node *c = n->list.v[0];
		gcc_jit_rvalue *t = gen_save(g, gen_expr(g, c), n->pos);
		bool same = c->type->kind == TY_TUPLE && c->type->fields.len == nres;
		for (int i = 0; same && i < nres; i++)
			same = types_identical(c->type->fields.v[i].type, sig->results.v[i].type);
		if (same && !g->exitb)
			whole = t;
		else
			for (int i = 0; i < nres; i++)
				vals[i] = gen_save(g, gen_assignable(g, gen_tuple_field(g, t, c->type, i, n->pos),
				                                     c->type->fields.v[i].type, sig->results.v[i].type, n->pos),
				                   n->pos);
	} else {
		for (int i = 0; i < nres; i++)
			vals[i] = gen_save(g, gen_expr(g, n->list.v[i]), n->pos);
	}
	if (g->exitb) {
		gen_defer_return(g, vals, nres, n->pos);
		return;
	}
	gcc_jit_rvalue *v = whole ? whole
	                  : nres == 1 ? vals[0]
	                              : gcc_jit_context_new_struct_constructor(g->ctx, loc, g->fi->ret, nres, NULL, vals);
	gen_ret(g, gen_cur(g), loc, gen_cast(g, v, g->fi->ret, n->pos));
	g->block = NULL;
}

/* ---- loops ---- */

static void gen_for(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (n->init)
		gen_stmt(g, n->init);
	gcc_jit_block *cond = gen_newblock(g, "for.cond"), *body = gen_newblock(g, "for.body"),
	              *post = gen_newblock(g, "for.post"), *end = gen_newblock(g, "for.end");
	push_target(g, end, post);
	gen_jump(g, cond, n->pos);
	g->block = cond;
	if (n->cond)
		gen_cond(g, n->cond, body, end);
	else
		gen_jump(g, body, n->pos);
	g->block = body;
	gen_block(g, n->body);
	gen_jump(g, post, n->pos);
	g->block = post;
	if (n->post)
		gen_stmt(g, n->post);
	gen_jump(g, cond, n->pos);
	g->ntargets--;
	g->block = end;
	(void)loc;
}

static void range_assign(Gen *g, Node *var, gcc_jit_rvalue *v, Pos pos)
{
	if (!var || (var->op == N_NAME && var->obj && strcmp(var->obj->name, "_") == 0))
		return;
	gen_assign(g, gen_lvalue(g, var), gen_cast(g, v, gen_type(g, var->type), pos), pos);
}

/* range_assign2: `for k, v = range x` assigns as `k, v = i, e` does: both
 * targets' index and pointer operands are evaluated (saved by gen_lvalue)
 * before either store, so `for i, x[i] = range y` indexes x with the old i. */
static bool range_blank(Node *var)
{
	return !var || (var->op == N_NAME && var->obj && strcmp(var->obj->name, "_") == 0);
}

static void range_assign2(Gen *g, Node *key, gcc_jit_rvalue *kv, Node *val, gcc_jit_rvalue *vv, Pos pos)
{
	if (range_blank(key) || range_blank(val) || key->op == N_INDEXMAP || val->op == N_INDEXMAP) {
		range_assign(g, key, kv, pos);
		range_assign(g, val, vv, pos);
		return;
	}
	vv = gen_save(g, vv, pos);
	gen_hoist(g, key, false);
	gen_hoist(g, val, false);
	gcc_jit_lvalue *klv = gen_lvalue(g, key), *vlv = gen_lvalue(g, val);
	gen_assign(g, klv, gen_cast(g, kv, gen_type(g, key->type), pos), pos);
	gen_assign(g, vlv, gen_cast(g, vv, gen_type(g, val->type), pos), pos);
}

static void gen_range(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Pos pos = n->pos;
	Type *t = n->right->type;
	bool define = gen_op(n->op_tok) == OP_DEFINE;
	bool isptr = t->kind == TY_PTR;
	if (isptr)
		t = t->elem;
	if (t->kind == TY_MAP) {
		gcc_jit_block *brk, *cont;
		gen_hoist(g, n->right, false);
		gen_range_map(g, n, &brk, &cont); /* gen_map.c */
		push_target(g, brk, cont);
		gen_block(g, n->body);
		g->ntargets--;
		gen_jump(g, cont, pos);
		g->block = brk;
		return;
	}
	if (t->kind == TY_CHAN) {
		gcc_jit_block *brk, *cont;
		gen_hoist(g, n->right, false);
		gen_range_chan(g, n, &brk, &cont);
		push_target(g, brk, cont);
		gen_block(g, n->body);
		g->ntargets--;
		gen_jump(g, cont, pos);
		g->block = brk;
		return;
	}
	/* the ranged value is evaluated once (arrays: copied, unless only the key is used) */
	gen_hoist(g, n->right, false);
	gcc_jit_rvalue *x = NULL, *len;
	gcc_jit_lvalue *arrlv = NULL;
	if (types_is_integer(t)) {
		len = gen_save(g, gen_cast(g, gen_expr(g, n->right), g->t_i64, pos), pos);
	} else if (t->kind == TY_ARRAY) {
		len = gen_i64(g, t->len);
		if (n->value) {
			if (isptr)
				x = gen_nilcheck(g, gen_expr(g, n->right), pos);
			else {
				arrlv = gen_temp(g, gen_type(g, t), "rangearr");
				gen_assign(g, arrlv, gen_expr(g, n->right), pos);
			}
		} else
			gen_expr(g, n->right);
	} else {
		x = gen_save(g, gen_expr(g, n->right), pos);
		len = gen_save(g, gcc_jit_rvalue_access_field(x, loc, t->kind == TY_STRING ? g->f_str_len : g->f_sl_len), pos);
	}
	if (define) {
		if (n->key && n->key->op == N_NAME && n->key->obj && strcmp(n->key->obj->name, "_") != 0)
			gen_declare_var(g, n->key->obj, n->key->pos);
		if (n->value && n->value->op == N_NAME && n->value->obj && strcmp(n->value->obj->name, "_") != 0)
			gen_declare_var(g, n->value->obj, n->value->pos);
	}
	gcc_jit_lvalue *i = gen_temp(g, g->t_i64, "i");
	gcc_jit_lvalue *next = gen_temp(g, g->t_i64, "next");
	gen_assign(g, i, gen_i64(g, 0), pos);
	gcc_jit_block *cond = gen_newblock(g, "range.cond"), *body = gen_newblock(g, "range.body"),
	              *post = gen_newblock(g, "range.post"), *end = gen_newblock(g, "range.end");
	gen_jump(g, cond, pos);
	g->block = cond;
	gcc_jit_rvalue *iv = gcc_jit_lvalue_as_rvalue(i);
	gcc_jit_block_end_with_conditional(cond, loc,
	                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_LT, iv, len),
	                                   body, end);
	g->block = body;
	gen_assign(g, next, gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_PLUS, g->t_i64, iv,
	                                                  gen_i64(g, 1)), pos);
	if (t->kind == TY_STRING) {
		/* r := s[i]; if r >= 0x80 { r, w = decoderune(s, i) } */
		gcc_jit_lvalue *r = gen_temp(g, g->t_i32, "rune");
		gcc_jit_rvalue *b = gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(
		    g->ctx, loc, gcc_jit_rvalue_access_field(x, loc, g->f_str_ptr), iv));
		gen_assign(g, r, gen_cast(g, b, g->t_i32, pos), pos);
		gcc_jit_block *slow = gen_newblock(g, "range.decode"), *fast = gen_newblock(g, "range.rune");
		gcc_jit_block_end_with_conditional(gen_cur(g), loc,
		                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_GE,
		                                                                  gcc_jit_lvalue_as_rvalue(r),
		                                                                  gen_intc(g, g->t_i32, 0x80)),
		                                   slow, fast);
		g->block = slow;
		gcc_jit_lvalue *w = gen_temp(g, g->t_i64, "w");
		gcc_jit_rvalue *args[3] = {x, iv, gcc_jit_lvalue_get_address(w, loc)};
		gen_assign(g, r, gen_new_call(g, loc, g->rt_decoderune, 3, args), pos);
		gen_assign(g, next, gcc_jit_context_new_binary_op(g->ctx, loc, GCC_JIT_BINARY_OP_PLUS, g->t_i64, iv,
		                                                  gcc_jit_lvalue_as_rvalue(w)), pos);
		gen_jump(g, fast, pos);
		g->block = fast;
		range_assign2(g, n->key, iv, n->value, gcc_jit_lvalue_as_rvalue(r), pos);
	} else {
		if (!n->value)
			range_assign(g, n->key, iv, pos);
		else {
			gcc_jit_rvalue *e;
			if (t->kind == TY_ARRAY) {
				TypeInfo *ti = gen_typeinfo(g, t);
				gen_type(g, t);
				gcc_jit_field *af = ti->arr ? ti->arr : gen_typeinfo(g, t->underlying)->arr;
				gcc_jit_lvalue *arr = arrlv ? gcc_jit_lvalue_access_field(arrlv, loc, af)
				                            : gcc_jit_rvalue_dereference_field(x, loc, af);
				e = gcc_jit_lvalue_as_rvalue(
				    gcc_jit_context_new_array_access(g->ctx, loc, gcc_jit_lvalue_as_rvalue(arr), iv));
			} else {
				gcc_jit_rvalue *p = gen_cast(g, gcc_jit_rvalue_access_field(x, loc, g->f_sl_ptr),
				                             gen_ptrto(g, t->elem), pos);
				e = gcc_jit_lvalue_as_rvalue(gcc_jit_context_new_array_access(g->ctx, loc, p, iv));
			}
			range_assign2(g, n->key, iv, n->value, e, pos);
		}
	}
	push_target(g, end, post);
	gen_block(g, n->body);
	g->ntargets--;
	gen_jump(g, post, pos);
	g->block = post;
	gen_assign(g, i, gcc_jit_lvalue_as_rvalue(next), pos);
	gen_jump(g, cond, pos);
	g->block = end;
}

/* ---- switch ---- */

static void gen_switch(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (n->init)
		gen_stmt(g, n->init);
	if (n->left)
		gen_hoist(g, n->left, false);
	gcc_jit_rvalue *tag = n->left ? gen_save(g, gen_expr(g, n->left), n->pos) : NULL;
	int nc = n->list.len;
	gcc_jit_block **bodies = xmalloc(sizeof *bodies * (nc + 1));
	gcc_jit_block *end = gen_newblock(g, "switch.end");
	int dflt = -1;
	for (int i = 0; i < nc; i++) {
		bodies[i] = gen_newblock(g, "case");
		if (n->list.v[i]->is_default || n->list.v[i]->list.len == 0)
			dflt = i;
	}
	/* the tests, in source order */
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.v[i];
		for (int j = 0; j < c->list.len; j++) {
			Node *e = c->list.v[j];
			gcc_jit_block *next = gen_newblock(g, "case.next");
			if (tag) {
				gen_hoist(g, e, false);
				gcc_jit_rvalue *v = gen_expr(g, e);
				gcc_jit_rvalue *eq = gen_eq(g, tag, v, n->left->type, e->pos);
				gcc_jit_block_end_with_conditional(gen_cur(g), gen_loc(g, e->pos), eq, bodies[i], next);
				g->block = NULL;
			} else
				gen_cond(g, e, bodies[i], next);
			g->block = next;
		}
	}
	gen_jump(g, dflt >= 0 ? bodies[dflt] : end, n->pos);
	push_target(g, end, NULL);
	gcc_jit_block *savedft = g->fallthrough;
	for (int i = 0; i < nc; i++) {
		g->block = bodies[i];
		g->fallthrough = i + 1 < nc ? bodies[i + 1] : end;
		gen_block(g, n->list.v[i]->body);
		gen_jump(g, end, n->pos);
	}
	g->fallthrough = savedft;
	g->ntargets--;
	g->block = end;
	(void)loc;
}

/* A temporary word holding v (a void *), to be reread as another type. */
static gcc_jit_lvalue *gen_temp_word(Gen *g, gcc_jit_rvalue *v, Pos pos)
{
	gcc_jit_lvalue *w = gen_temp(g, g->t_voidp, "word");
	gen_assign(g, w, v, pos);
	return w;
}

/* switch x := v.(type): compare the dynamic type's descriptor with each
 * case's (one descriptor per type per program); nil matches a nil
 * interface, interface{} any non-nil one. */
static void gen_typeswitch(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (n->init)
		gen_stmt(g, n->init);
	Node *xn = n->left;
	gen_hoist(g, xn, false);
	gcc_jit_rvalue *x = gen_save(g, gen_expr(g, xn), n->pos);
	gcc_jit_rvalue *have = gen_save(g, gcc_jit_rvalue_access_field(x, loc, g->f_if_type), n->pos);
	gcc_jit_rvalue *data = gcc_jit_rvalue_access_field(x, loc, g->f_if_data);
	int nc = n->list.len, dflt = -1;
	gcc_jit_block **bodies = xmalloc(sizeof *bodies * (nc + 1));
	gcc_jit_block *end = gen_newblock(g, "tswitch.end");
	for (int i = 0; i < nc; i++) {
		bodies[i] = gen_newblock(g, "tcase");
		if (n->list.v[i]->is_default)
			dflt = i;
	}
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.v[i];
		for (int j = 0; j < c->list.len; j++) {
			Node *e = c->list.v[j];
			gcc_jit_rvalue *cond;
			if (e->op == N_CONST || !e->type || e->type->kind == TY_NIL)
				cond = gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, have,
				                                      gcc_jit_context_null(g->ctx, g->t_gotypep));
			else if (e->type->kind == TY_INTERFACE)
				cond = gen_implements(g, have, e->type, e->pos);
			else
				cond = gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, have,
				                                      gen_desc(g, e->type));
			gcc_jit_block *next = gen_newblock(g, "tcase.next");
			gcc_jit_block_end_with_conditional(gen_cur(g), loc, cond, bodies[i], next);
			g->block = next;
		}
	}
	gen_jump(g, dflt >= 0 ? bodies[dflt] : end, n->pos);
	push_target(g, end, NULL);
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.v[i];
		g->block = bodies[i];
		Obj *o = c->obj;
		if (o && strcmp(o->name, "_") != 0) {
			gen_declare_var(g, o, c->pos);
			Type *t = o->type;
			gcc_jit_lvalue *var = gen_var(g, o, c->pos);
			if (t->kind == TY_INTERFACE)
				gen_assign(g, var, x, c->pos);
			else if (t->kind == TY_STRUCT || t->kind == TY_ARRAY || !types_is_direct_iface(t)) {
				/* boxed: copy *data; a one-pointer struct: the word is its pointer */
				gcc_jit_rvalue *src = types_is_direct_iface(t)
				                          ? gcc_jit_lvalue_get_address(gen_temp_word(g, data, c->pos), loc)
				                          : data;
				gen_assign(g, var, gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
				                       gen_cast(g, src, gen_ptrto(g, t), c->pos), loc)), c->pos);
			} else
				gen_assign(g, var, gen_cast(g, data, gen_type(g, t), c->pos), c->pos);
		}
		gen_block(g, c->body);
		gen_jump(g, end, n->pos);
	}
	g->ntargets--;
	g->block = end;
}

/* ---- branches ---- */

static void gen_branch(Gen *g, Node *n)
{
	GenOp op = gen_op(n->op_tok);
	if (op == OP_GOTO) {
		gen_jump(g, label_block(g, n->name), n->pos);
		return;
	}
	if (op == OP_FALLTHROUGH) {
		if (g->fallthrough)
			gen_jump(g, g->fallthrough, n->pos);
		return;
	}
	for (int i = g->ntargets - 1; i >= 0; i--) {
		Target *t = &g->targets[i];
		if (n->name && (!t->label || strcmp(t->label, n->name) != 0))
			continue;
		if (op == OP_CONTINUE && !t->cont)
			continue;
		gen_jump(g, op == OP_CONTINUE ? t->cont : t->brk, n->pos);
		return;
	}
	diag_error(n->pos, "internal: branch target not found");
}

void gen_stmt(Gen *g, Node *n)
{
	if (!n)
		return;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	(void)loc;
	switch (n->op) {
	case N_BLOCK:
		gen_block(g, n);
		break;
	case N_EMPTY:
		break;
	case N_EXPRSTMT:
		gen_hoist(g, n->left, false);
		if (n->left->op == N_CALLFUNC || n->left->op == N_CALLMETH || n->left->op == N_CALLVALUE ||
		    n->left->op == N_CALLINTER)
			gen_callexpr(g, n->left);
		else if (n->left->op == N_BUILTIN)
			gen_builtin(g, n->left);
		else
			gen_expr(g, n->left);
		break;
	case N_VARDEF: {
		Obj *o = n->obj;
		if (n->right)
			gen_hoist(g, n->right, false);
		gcc_jit_rvalue *v = n->right ? gen_expr(g, n->right) : NULL;
		/* (declaring the variable below only allocates: v's tree stays valid) */
		if (!o || strcmp(o->name, "_") == 0)
			break;
		gen_declare_var(g, o, n->pos);
		if (v)
			gen_assign(g, gen_var(g, o, n->pos), v, n->pos);
		break;
	}
	case N_AS:
		gen_as(g, n);
		break;
	case N_AS2:
		gen_as2(g, n);
		break;
	case N_ASOP:
		gen_asop(g, n);
		break;
	case N_IF: {
		if (n->init)
			gen_stmt(g, n->init);
		gcc_jit_block *then = gen_newblock(g, "if.then"), *els = gen_newblock(g, "if.else"),
		              *end = n->els ? gen_newblock(g, "if.end") : els;
		gen_cond(g, n->cond, then, els);
		g->block = then;
		gen_block(g, n->body);
		gen_jump(g, end, n->pos);
		if (n->els) {
			g->block = els;
			gen_stmt(g, n->els);
			gen_jump(g, end, n->pos);
		}
		g->block = end;
		break;
	}
	case N_FOR:
		gen_for(g, n);
		break;
	case N_RANGE:
		gen_range(g, n);
		break;
	case N_SWITCH:
		gen_switch(g, n);
		break;
	case N_RETURN:
		gen_return(g, n);
		break;
	case N_BRANCH:
		gen_branch(g, n);
		break;
	case N_LABELED: {
		gcc_jit_block *b = label_block(g, n->name);
		gen_jump(g, b, n->pos);
		g->block = b;
		Node *s = n->left;
		if (s && (s->op == N_FOR || s->op == N_RANGE || s->op == N_SWITCH || s->op == N_TYPESWITCH ||
		          s->op == N_SELECT))
			g->pending_label = n->name;
		gen_stmt(g, s);
		g->pending_label = NULL;
		break;
	}
	case N_TYPESWITCH:
		gen_typeswitch(g, n);
		break;
	case N_GO:
		gen_go(g, n);
		break;
	case N_DEFER:
		gen_defer(g, n);
		break;
	case N_SELECT: {
		const char *label = g->pending_label;
		g->pending_label = NULL;
		gen_select(g, n, label);
		break;
	}
	case N_SEND:
		gen_send(g, n);
		break;
	default:
		gen_expr(g, n);
		break;
	}
}
