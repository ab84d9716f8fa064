/*
 * check_lit.c: composite literals and function literals.
 *
 * A composite literal becomes N_STRUCTLIT (one slot per field, in field
 * order, NULL for omitted fields), N_ARRAYLIT / N_SLICELIT (N_KEYVALUE
 * elements with a constant int index) or N_MAPLIT.  An element literal
 * whose type is elided (`[]T{{1, 2}}`, `[]*T{{...}}`) is checked with the
 * element type as its type (and wrapped in N_PTRLIT for pointer elements).
 *
 * A function literal becomes N_CLOSURE; its Func is named as gc names
 * closures: outer.func1, outer.func2, and outer.func1.1 inside a literal;
 * package-level literals are glob..func1.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

static Node *elem_value(Node *syn, Type *t, const char *ctx, Pos pos)
{
	if (syn && syn->op == N_COMPOSITE && !syn->left) {
		Type *lt = t;
		bool ptr = false;
		if (t->kind == TY_PTR && !t->sym) {
			lt = t->elem;
			ptr = true;
		}
		Node *lit = check_composite(syn, lt);
		if (!lit)
			return NULL;
		if (ptr) {
			Node *p = mk(N_PTRLIT, syn->pos, t, syn);
			p->left = lit;
			p->implicit = true;
			return p;
		}
		return lit;
	}
	Node *x = check_value(syn);
	if (!x)
		return NULL;
	return assign_conv(x, t, ctx, pos);
}

static Node *struct_lit(Node *syn, Type *t)
{
	Node *n = mk(N_STRUCTLIT, syn->pos, t, syn);
	int nf = t->fields.len;
	for (int i = 0; i < nf; i++)
		nodelist_push(&n->list, NULL);
	if (syn->list.len == 0)
		return n;
	bool keyed = syn->list.v[0]->op == N_KEYVALUE;
	for (int i = 0; i < syn->list.len; i++) {
		Node *e = syn->list.v[i];
		if ((e->op == N_KEYVALUE) != keyed) {
			diag_error(e->pos, "mixture of field:value and value elements in struct literal");
			return NULL;
		}
		if (keyed) {
			Node *k = e->left;
			if (!k || k->op != N_IDENT) {
				diag_error(k ? k->pos : e->pos, "invalid field name %s in struct literal",
				           k ? expr_str(k) : "?");
				return NULL;
			}
			int fi = -1;
			for (int j = 0; j < nf; j++)
				if (strcmp(t->fields.v[j].name, k->name) == 0)
					fi = j;
			if (fi < 0) {
				diag_error(k->pos, "unknown field '%s' in struct literal of type %s", k->name,
				           types_str2(t));
				return NULL;
			}
			if (n->list.v[fi]) {
				diag_error(e->pos, "duplicate field name %s in struct literal", k->name);
				return NULL;
			}
			if (t->pkg && !(k->name[0] >= 'A' && k->name[0] <= 'Z')) {
				diag_error(k->pos, "cannot refer to unexported field '%s' in struct literal of type %s",
				           k->name, types_str2(t));
				return NULL;
			}
			Node *v = elem_value(e->right, t->fields.v[fi].type, "struct literal", e->pos);
			if (!v)
				return NULL;
			n->list.v[fi] = v;
		} else {
			if (i >= nf) {
				diag_error(e->pos, "too many values in %s", expr_str(syn));
				return NULL;
			}
			Node *v = elem_value(e, t->fields.v[i].type, "struct literal", e->pos);
			if (!v)
				return NULL;
			n->list.v[i] = v;
		}
	}
	if (!keyed && syn->list.len < nf) {
		diag_error(syn->list.v[syn->list.len - 1]->pos, "too few values in %s", expr_str(syn));
		return NULL;
	}
	return n;
}

/* Array and slice literals: len < 0 means "any" (slices, [...]T). */
static Node *array_lit(Node *syn, Type *elem, long len, long *outlen, NodeOp op, Type *t)
{
	Node *n = mk(op, syn->pos, t, syn);
	long idx = 0, max = 0;
	long *seen = xmalloc((syn->list.len + 1) * sizeof *seen);
	int nseen = 0;
	for (int i = 0; i < syn->list.len; i++) {
		Node *e = syn->list.v[i];
		Node *vsyn = e;
		Pos pos = e->pos;
		if (e->op == N_KEYVALUE) {
			Node *k = check_expr(e->left);
			if (!k)
				return NULL;
			Const v;
			bool ovf;
			if (k->op != N_CONST || !types_is_integer(k->type) ||
			    !const_representable(&k->val, ty_int, &v, &ovf)) {
				if (k->op == N_CONST && k->val.kind == CV_FLOAT && const_is_int(k->val)) {
					v = const_int((__int128)k->val.f);
				} else {
					diag_error(e->left->pos, "index %s must be integer constant", expr_str(e->left));
					return NULL;
				}
			}
			if (v.i < 0) {
				Node *tmp = mk_const(k->pos, ty_int, v, e->left);
				diag_error(start_pos(e->left), "invalid argument: index %s must not be negative",
				           operand_str(tmp));
				return NULL;
			}
			idx = (long)v.i;
			vsyn = e->right;
		}
		if (len >= 0 && idx >= len) {
			if (e->op == N_KEYVALUE)
				diag_error(start_pos(e->left), "index %ld out of bounds [0:%ld]", idx, len);
			else
				diag_error(start_pos(e), "index %ld is out of bounds (>= %ld)", idx, len);
			return NULL;
		}
		for (int j = 0; j < nseen; j++)
			if (seen[j] == idx) {
				diag_error(e->pos, "duplicate index %ld in array or slice literal", idx);
				return NULL;
			}
		seen[nseen++] = idx;
		Node *v = elem_value(vsyn, elem, "array or slice literal", pos);
		if (!v)
			return NULL;
		Node *kv = mk(N_KEYVALUE, e->pos, NULL, e);
		kv->left = mk_const(e->pos, ty_int, const_int(idx), NULL);
		kv->left->implicit = e->op != N_KEYVALUE;
		kv->right = v;
		kv->implicit = e->op != N_KEYVALUE;
		nodelist_push(&n->list, kv);
		idx++;
		if (idx > max)
			max = idx;
	}
	*outlen = max;
	return n;
}

static Node *map_lit(Node *syn, Type *t)
{
	Node *n = mk(N_MAPLIT, syn->pos, t, syn);
	for (int i = 0; i < syn->list.len; i++) {
		Node *e = syn->list.v[i];
		if (e->op != N_KEYVALUE) {
			diag_error(e->pos, "missing key in map literal");
			return NULL;
		}
		Node *k = elem_value(e->left, t->key, "map literal", e->pos);
		Node *v = elem_value(e->right, t->elem, "map literal", e->pos);
		if (!k || !v)
			return NULL;
		if (k->op == N_CONST && k->val.kind != CV_NIL) {
			for (int j = 0; j < n->list.len; j++) {
				Node *o = n->list.v[j]->left;
				if (o->op == N_CONST && o->val.kind == k->val.kind &&
				    const_compare(T_EQL, o->val, k->val)) {
					diag_error(e->left->pos, "duplicate key %s in map literal", expr_str(e->left));
					return NULL;
				}
			}
		}
		Node *kv = mk(N_KEYVALUE, e->pos, NULL, e);
		kv->left = k;
		kv->right = v;
		nodelist_push(&n->list, kv);
	}
	return n;
}

Node *check_composite(Node *syn, Type *hint)
{
	Type *t = hint;
	Node *tsyn = syn->left;
	while (tsyn && tsyn->op == N_PAREN)
		tsyn = tsyn->left;
	if (tsyn) {
		if (tsyn->op == N_ARRAYTYPE && !tsyn->left) {
			/* [...]T{...} */
			Type *elem = resolve_type(tsyn->right);
			if (!elem)
				return NULL;
			long len;
			Node *n = array_lit(syn, elem, -1, &len, N_ARRAYLIT, NULL);
			if (!n)
				return NULL;
			n->type = types_array(elem, len);
			return n;
		}
		t = resolve_type(tsyn);
	}
	if (!t) {
		if (!tsyn)
			diag_error(syn->pos, "invalid composite literal type: missing type");
		return NULL;
	}
	switch (t->kind) {
	case TY_STRUCT:
		return struct_lit(syn, t);
	case TY_ARRAY: {
		long len;
		return array_lit(syn, t->elem, t->len, &len, N_ARRAYLIT, t);
	}
	case TY_SLICE: {
		long len;
		Node *n = array_lit(syn, t->elem, -1, &len, N_SLICELIT, t);
		if (n)
			n->ival = len;
		return n;
	}
	case TY_MAP:
		return map_lit(syn, t);
	default:
		diag_error(syn->pos, "invalid composite literal type %s", types_str2(t));
		return NULL;
	}
}

/* ---- function literals ---- */

Node *check_funclit(Node *syn)
{
	Func *fn = syn->func_;
	if (!fn)
		return NULL;
	Func *outer = ck.func;
	fn->is_lit = true;
	fn->outer = outer;
	if (outer) {
		outer->nlit++;
		fn->name = outer->is_lit ? xprintf("%s.%d", outer->name, outer->nlit)
		                         : xprintf("%s.func%d", outer->name, outer->nlit);
	} else {
		fn->name = xprintf("glob..func%d", ++ck.nglobfunc);
	}
	Scope *saved_scope = ck.scope;
	Type *sig = func_signature(fn, false, NULL);
	check_func_body(fn);
	ck.scope = saved_scope;
	ck.func = outer;
	Node *n = mk(N_CLOSURE, syn->pos, sig, syn);
	n->func_ = fn;
	return n;
}
