/*
 * check_expr.c: expressions.
 *
 * check_expr() maps one syntax expression to a new IR node (docs/ir.md),
 * with orig pointing back at the syntax.  Constant operands are folded at
 * once: an operator whose operands are N_CONSTs yields an N_CONST, so a
 * constant expression of any size ends as a single node.  Results may still
 * be untyped (see check_int.h); operators first bring their operands to one
 * type the way types2 does: an untyped operand takes the other operand's
 * type, two untyped operands take the "larger" kind (int < rune < float).
 *
 * Errors use go1.19's (types2) wording; after an error the function returns
 * NULL and callers simply stop checking that expression.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

Node *mk(NodeOp op, Pos pos, Type *type, Node *orig)
{
	Node *n = xmalloc(sizeof *n);
	n->op = op;
	n->pos = pos;
	n->type = type;
	n->orig = orig;
	return n;
}

Node *mk_const(Pos pos, Type *type, Const v, Node *orig)
{
	Node *n = mk(N_CONST, pos, type, orig);
	n->val = v;
	return n;
}

Node *mk_name(Pos pos, Obj *o, Node *orig)
{
	Node *n = mk(N_NAME, pos, o->type, orig);
	n->obj = o;
	n->name = o->name;
	return n;
}

Node *mk_type(Pos pos, Type *t, Node *orig)
{
	return mk(N_TYPE, pos, t, orig);
}

bool addressable(Node *x)
{
	if (!x)
		return false;
	switch (x->op) {
	case N_NAME:
		return x->obj && x->obj->kind == OBJ_VAR;
	case N_DEREF: case N_DOTPTR: case N_INDEXSLICE:
		return true;
	case N_DOT: case N_INDEXARR:
		return addressable(x->left);
	default:
		return false;
	}
}

Node *take_addr(Node *x, Pos pos)
{
	Node *n = mk(N_ADDR, pos, types_ptr(x->type), x->orig);
	n->left = x;
	n->implicit = true;
	return n;
}

/* ---- identifiers ---- */

static Node *check_ident(Node *syn)
{
	if (strcmp(syn->name, "_") == 0) {
		diag_error(syn->pos, "cannot use _ as value");
		return NULL;
	}
	Obj *o = lookup(syn->name);
	if (!o) {
		diag_error(syn->pos, "undefined: %s", syn->name);
		return NULL;
	}
	switch (o->kind) {
	case OBJ_VAR:
		o->used = true;
		resolve_obj(o);
		record_use(o);
		if (!o->type || o->type->kind == TY_BAD)
			return NULL; /* its declaration failed (reported there) */
		return mk_name(syn->pos, o, syn);
	case OBJ_FUNC:
		o->used = true; /* gen_stack.c: is main.main ever called or taken as a value? */
		resolve_obj(o);
		record_use(o);
		if (o->func_ && o->func_->name && strcmp(o->name, "init") == 0 && !o->recv_type) {
			diag_error(syn->pos, "undefined: init");
			return NULL;
		}
		return mk_name(syn->pos, o, syn);
	case OBJ_CONST:
		if (strcmp(o->name, "iota") == 0 && o->pos.line == 0) {
			if (ck.iota < 0) {
				diag_error(syn->pos, "cannot use iota outside constant declaration");
				return NULL;
			}
			return mk_const(syn->pos, ty_untyped_int, const_int(ck.iota), syn);
		}
		resolve_obj(o);
		if (!o->type)
			return NULL;
		return mk_const(syn->pos, o->type, o->val, syn);
	case OBJ_NIL:
		return mk_const(syn->pos, ty_untyped_nil, (Const){.kind = CV_NIL}, syn);
	case OBJ_TYPE:
		diag_error(syn->pos, "%s (type) is not an expression", syn->name);
		return NULL;
	case OBJ_BUILTIN:
		diag_error(syn->pos, "%s (built-in function) must be called", syn->name);
		return NULL;
	case OBJ_PKG:
		o->used = true;
		diag_error(syn->pos, "use of package %s not in selector", syn->name);
		return NULL;
	default:
		diag_error(syn->pos, "undefined: %s", syn->name);
		return NULL;
	}
}

/* ---- selectors ---- */

/* types2 reports a selector's errors at the selected name, just after '.' */
static Pos sel_pos(Node *syn)
{
	Pos p = syn->pos;
	p.col++;
	return p;
}

/* Walk a selection's embedded-field path from x: explicit implicit nodes. */
static Node *follow_path(Node *x, Selection *s, Node *syn)
{
	for (int i = 0; i < s->npath; i++) {
		Type *holder = s->path_types[i];
		Field *f = &holder->fields.v[s->path[i]];
		bool ptr = x->type && x->type->kind == TY_PTR;
		Node *n = mk(ptr ? N_DOTPTR : N_DOT, syn->pos, f->type, syn);
		n->left = x;
		n->ival = s->path[i];
		n->name = f->name;
		n->implicit = true;
		x = n;
	}
	return x;
}

/* The receiver x adjusted to what method m takes (&x or *x). */
static Node *method_recv(Node *x, Obj *m, Node *syn, bool *err)
{
	*err = false;
	bool isptr = x->type && x->type->kind == TY_PTR && !x->type->sym;
	if (m->ptr_recv && !isptr) {
		if (!addressable(x)) {
			diag_error(sel_pos(syn), "cannot call pointer method %s on %s", m->name, types_str2(x->type));
			*err = true;
			return x;
		}
		return take_addr(x, syn->pos);
	}
	if (!m->ptr_recv && isptr) {
		Node *d = mk(N_DEREF, syn->pos, x->type->elem, x->orig);
		d->left = x;
		d->implicit = true;
		return d;
	}
	return x;
}

/* A method's signature as a func type with the receiver as first param. */
static Type *method_expr_type(Type *recv, Type *sig)
{
	FieldList ps = {0};
	fieldlist_push(&ps, (Field){.type = recv});
	for (int i = 0; sig && i < sig->fields.len; i++)
		fieldlist_push(&ps, sig->fields.v[i]);
	return types_func(ps, sig ? sig->results : (FieldList){0}, sig ? sig->variadic : false);
}

Node *check_selector(Node *syn, Selection *out_sel, Node **out_recv)
{
	Node *l = syn->left;
	while (l && l->op == N_PAREN)
		l = l->left;
	if (l && l->op == N_IDENT) {
		Obj *p = lookup(l->name);
		if (p && p->kind == OBJ_PKG) {
			p->used = true;
			if (!p->pkg)
				return NULL; /* an unsupported package: reported at its import */
			Obj *m = std_member(p->pkg, syn->name);
			if (!m) {
				if (std_go_has(p->pkg, syn->name)) /* valid Go, outside the subset */
					diag_error(sel_pos(syn), "%s.%s not supported", l->name, syn->name);
				else
					diag_error(sel_pos(syn), "undefined: %s.%s", l->name, syn->name);
				return NULL;
			}
			switch (m->kind) {
			case OBJ_VAR:
			case OBJ_FUNC:
				return mk_name(syn->pos, m, syn);
			case OBJ_CONST:
				return mk_const(syn->pos, m->type, m->val, syn);
			default:
				diag_error(syn->pos, "%s.%s (type) is not an expression", l->name, syn->name);
				return NULL;
			}
		}
	}
	/* method expression T.M / (*T).M */
	Type *tt = try_type(syn->left);
	if (tt) {
		Selection s = lookup_field_or_method(tt, syn->name);
		if (s.kind == 2) {
			Obj *m = s.method;
			bool ptr_only = false;
			find_method(tt, syn->name, &ptr_only);
			if (ptr_only && !(tt->kind == TY_PTR && !tt->sym)) {
				diag_error(sel_pos(syn), "cannot call pointer method %s on %s", syn->name, types_str2(tt));
				return NULL;
			}
			Node *n = mk(N_METHEXPR, syn->pos, method_expr_type(tt, m->type), syn);
			n->obj = m;
			n->name = m->name;
			n->ival = s.npath; /* > 0: promoted through embedded fields (needs a wrapper) */
			n->right = mk_type(syn->pos, tt, syn->left);
			record_use(m);
			return n;
		}
		if (s.kind == 3) {
			Node *n = mk(N_METHEXPR, syn->pos, method_expr_type(tt, s.field->type), syn);
			n->ival = s.index;
			n->name = syn->name;
			n->right = mk_type(syn->pos, tt, syn->left);
			return n;
		}
		diag_error(sel_pos(syn), "%s undefined (type %s has no method %s)", expr_str(syn), types_str2(tt),
		           syn->name);
		return NULL;
	}
	Node *x = default_conv(check_value(syn->left));
	if (!x)
		return NULL;
	Type *t = x->type;
	Selection s = lookup_field_or_method(t, syn->name);
	if (t && t->kind == TY_PTR && t->elem && t->elem->kind == TY_INTERFACE && s.kind == 3)
		s.kind = 0;
	if (t && t->kind == TY_PTR && t->sym && s.kind == 2)
		s.kind = 0;
	if (s.ambiguous) {
		diag_error(syn->pos, "ambiguous selector %s", expr_str(syn));
		return NULL;
	}
	if (s.kind == 0) {
		if (t && t->kind == TY_PTR && t->elem && t->elem->kind == TY_INTERFACE)
			diag_error(sel_pos(syn), "%s undefined (type %s is pointer to interface, not interface)",
			           expr_str(syn), types_str2(t));
		else
			diag_error(sel_pos(syn), "%s undefined (type %s has no field or method %s)", expr_str(syn),
			           types_str2(t), syn->name);
		return NULL;
	}
	x = follow_path(x, &s, syn);
	if (out_sel)
		*out_sel = s;
	if (s.kind == 1) {
		bool ptr = x->type && x->type->kind == TY_PTR;
		Node *n = mk(ptr ? N_DOTPTR : N_DOT, syn->pos, s.field->type, syn);
		n->left = x;
		n->ival = s.index;
		n->name = s.field->name;
		return n;
	}
	if (s.kind == 3) {
		if (x->type && x->type->kind == TY_PTR) {
			Node *d = mk(N_DEREF, syn->pos, x->type->elem, x->orig);
			d->left = x;
			d->implicit = true;
			x = d;
		}
		if (out_recv) {
			*out_recv = x;
			return x;
		}
		Node *n = mk(N_METHVALUE, syn->pos, s.field->type, syn);
		n->left = x;
		n->ival = s.index;
		n->name = syn->name;
		return n;
	}
	/* a method of a named type */
	Obj *m = s.method;
	record_use(m);
	bool err;
	Node *recv = method_recv(x, m, syn, &err);
	if (err)
		return NULL;
	if (out_recv) {
		*out_recv = recv;
		return recv;
	}
	Node *n = mk(N_METHVALUE, syn->pos, m->type, syn);
	n->left = recv;
	n->obj = m;
	n->name = m->name;
	return n;
}

/* ---- index and slice ---- */

/* An index operand: an integer, non-negative, < bound when bound >= 0. */
static Node *check_index_value(Node *syn, long bound, const char *what)
{
	Node *i = check_expr(syn);
	if (!i)
		return NULL;
	if (i->op == N_CONST && types_is_untyped(i->type)) {
		if (i->val.kind == CV_FLOAT && !const_is_int(i->val)) {
			diag_error(start_pos(syn), "%s truncated to int", operand_str(i));
			return NULL;
		}
		if (i->val.kind != CV_INT && i->val.kind != CV_FLOAT) {
			diag_error(start_pos(syn), "cannot convert %s to int", operand_str(i));
			return NULL;
		}
		i = assign_conv(i, ty_int, "index", i->pos);
		if (!i)
			return NULL;
	}
	if (!types_is_integer(i->type)) {
		diag_error(start_pos(syn), "invalid argument: %s %s must be integer", what, operand_str(i));
		return NULL;
	}
	if (i->op == N_CONST) {
		if (i->val.i < 0) {
			diag_error(start_pos(syn), "invalid argument: %s %s must not be negative", what, operand_str(i));
			return NULL;
		}
		if (bound >= 0 && i->val.i >= bound) {
			diag_error(start_pos(syn), "invalid argument: %s %s out of bounds [0:%ld]", what,
			           const_str(i->val, NULL), bound);
			return NULL;
		}
	}
	return i;
}

/* The operand of x[i] and x[i:j]: a constant string stays constant (for
 * bounds checks) but gets its default type; anything else is defaulted. */
static Node *indexed_operand(Node *syn)
{
	Node *x = check_value(syn);
	if (x && x->op == N_CONST && x->val.kind == CV_STRING)
		return mk_const(x->pos, x->type->kind == TY_UNTYPED_STRING ? ty_string : x->type, x->val, x->orig);
	return default_conv(x);
}

static Node *check_index(Node *syn)
{
	Node *x = indexed_operand(syn->left);
	if (!x)
		return NULL;
	Type *t = x->type;
	if (t->kind == TY_PTR && t->elem && t->elem->kind == TY_ARRAY) {
		/* gc's implicit * is at the operand (escape's -m=2 "indirection") */
		Node *d = mk(N_DEREF, start_pos(syn->left), t->elem, x->orig);
		d->left = x;
		d->implicit = true;
		x = d;
		t = t->elem;
	}
	Node *n;
	switch (t->kind) {
	case TY_STRING: {
		long bound = x->op == N_CONST ? x->val.slen : -1;
		Node *i = check_index_value(syn->right, bound, "index");
		if (!i)
			return NULL;
		n = mk(N_INDEXSTR, syn->pos, ty_uint8, syn);
		n->left = x;
		n->right = i;
		return n;
	}
	case TY_ARRAY:
	case TY_SLICE: {
		Node *i = check_index_value(syn->right, t->kind == TY_ARRAY ? t->len : -1, "index");
		if (!i)
			return NULL;
		n = mk(t->kind == TY_ARRAY ? N_INDEXARR : N_INDEXSLICE, syn->pos, t->elem, syn);
		n->left = x;
		n->right = i;
		return n;
	}
	case TY_MAP: {
		Node *k = check_expr(syn->right);
		if (!k)
			return NULL;
		/* gc positions the key's conversion like a var decl's (§2.4):
		 * at the last variable (or call) translated, the map's first */
		Pos kpos = syn->pos;
		last_ident_pos(syn->left, &kpos);
		last_ident_pos(syn->right, &kpos);
		k = assign_conv(k, t->key, "map index", kpos);
		if (!k)
			return NULL;
		n = mk(N_INDEXMAP, syn->pos, t->elem, syn);
		n->left = x;
		n->right = k;
		return n;
	}
	default:
		if (t->kind == TY_FUNC)
			diag_error(syn->pos, "generic functions not supported");
		else
			diag_error(syn->pos, "invalid operation: cannot index %s", operand_str(x));
		return NULL;
	}
}

static Node *check_slice(Node *syn)
{
	Node *x = indexed_operand(syn->left);
	if (!x)
		return NULL;
	Type *t = x->type;
	NodeOp op;
	Type *rt;
	long bound = -1;
	if (t->kind == TY_STRING) {
		if (syn->slice3) {
			diag_error(syn->pos, "invalid operation: 3-index slice of string");
			return NULL;
		}
		op = N_SLICESTR;
		rt = t;
		if (x->op == N_CONST)
			bound = x->val.slen;
	} else if (t->kind == TY_SLICE) {
		op = N_SLICESLICE;
		rt = t;
	} else if (t->kind == TY_ARRAY) {
		if (!addressable(x)) {
			diag_error(syn->pos, "invalid operation: %s (slice of unaddressable value)", expr_str(syn));
			return NULL;
		}
		op = N_SLICEARR;
		rt = types_slice(t->elem);
		bound = t->len;
		/* gc's implicit & is at the last name its typecheck visited (a[:]: a, a[:n]: n) */
		Pos apos = start_pos(syn->left);
		last_ident_pos(syn, &apos);
		x = take_addr(x, apos);
	} else if (t->kind == TY_PTR && t->elem && t->elem->kind == TY_ARRAY) {
		op = N_SLICEARR;
		rt = types_slice(t->elem->elem);
		bound = t->elem->len;
	} else {
		diag_error(syn->pos, "cannot slice %s", operand_str(x));
		return NULL;
	}
	Node *n = mk(op, syn->pos, rt, syn);
	n->left = x;
	n->slice3 = syn->slice3;
	long prev = -1;
	for (int i = 0; i < 3; i++) {
		Node *is = i < syn->list.len ? syn->list.v[i] : NULL;
		Node *iv = NULL;
		if (is) {
			iv = check_index_value(is, bound >= 0 ? bound + 1 : -1, "index");
			if (!iv)
				return NULL;
			if (iv->op == N_CONST) {
				if (prev >= 0 && iv->val.i < prev) {
					diag_error(is->pos, "invalid slice indices: %ld < %ld", (long)iv->val.i, prev);
					return NULL;
				}
				prev = (long)iv->val.i;
			}
		}
		nodelist_push(&n->list, iv);
	}
	return n;
}

static Node *check_typeassert(Node *syn)
{
	Node *x = default_conv(check_value(syn->left));
	if (!x)
		return NULL;
	if (!syn->right) {
		diag_error(syn->pos, "invalid syntax tree: use of .(type) outside type switch");
		return NULL;
	}
	if (x->type->kind != TY_INTERFACE) {
		diag_error(start_pos(syn->left), "invalid operation: %s is not an interface", operand_str(x));
		return NULL;
	}
	Type *t = resolve_type(syn->right);
	if (!t)
		return NULL;
	const char *missing;
	bool wrongptr;
	if (t->kind != TY_INTERFACE && !implements(t, x->type, &missing, &wrongptr)) {
		diag_error(start_pos(syn), "impossible type assertion: %s\n\t%s does not implement %s (%s)",
		           expr_str(syn), types_str2(t), types_str2(x->type),
		           wrongptr ? xprintf("%s method has pointer receiver", missing)
		                    : xprintf("missing %s method", missing));
		return NULL;
	}
	Node *n = mk(N_TYPEASSERTX, syn->pos, t, syn);
	n->left = x;
	n->right = mk_type(syn->right->pos, t, syn->right);
	return n;
}

/* ---- unary ---- */

static Node *check_unary(Node *syn)
{
	int op = syn->op_tok;
	if (op == T_AND) {
		Node *l = syn->left;
		while (l && l->op == N_PAREN)
			l = l->left;
		if (l && l->op == N_COMPOSITE) {
			Node *lit = check_composite(l, NULL);
			if (!lit)
				return NULL;
			Node *n = mk(N_PTRLIT, syn->pos, types_ptr(lit->type), syn);
			n->left = lit;
			return n;
		}
		Node *x = check_value(syn->left);
		if (!x)
			return NULL;
		if (!addressable(x)) {
			diag_error(epos(x), "invalid operation: cannot take address of %s", operand_str(x));
			return NULL;
		}
		Node *n = mk(N_ADDR, syn->pos, types_ptr(x->type), syn);
		n->left = x;
		return n;
	}
	if (op == T_ARROW) {
		Node *x = check_value(syn->left);
		if (!x)
			return NULL;
		if (x->type->kind != TY_CHAN) {
			diag_error(epos(x), "invalid operation: cannot receive from non-channel %s", operand_str(x));
			return NULL;
		}
		if (x->type->chan_dir == 1) {
			diag_error(epos(x), "invalid operation: cannot receive from send-only channel %s",
			           operand_str(x));
			return NULL;
		}
		Node *n = mk(N_RECV, syn->pos, x->type->elem, syn);
		n->left = x;
		return n;
	}
	Node *x = check_expr(syn->left);
	if (!x)
		return NULL;
	if (x->type->kind == TY_TUPLE) {
		x = check_value(syn->left);
		return NULL;
	}
	Type *t = x->type;
	bool ok;
	NodeOp nop;
	switch (op) {
	case T_ADD: ok = types_is_numeric(t); nop = N_PLUS; break;
	case T_SUB: ok = types_is_numeric(t); nop = N_NEG; break;
	case T_XOR: ok = types_is_integer(t); nop = N_COM; break;
	case T_NOT: ok = t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL; nop = N_NOT; break;
	default: ok = false; nop = N_BAD; break;
	}
	if (!ok) {
		diag_error(epos(x), "invalid operation: operator %s not defined on %s", tok_str(op),
		           operand_str(x));
		return NULL;
	}
	if (x->op == N_CONST) {
		Const v;
		if (!const_unary(op, x->val, &v, t))
			return NULL;
		if (!const_fits_type(&v, t, syn))
			return NULL;
		return mk_const(syn->pos, t, v, syn);
	}
	Node *n = mk(nop, syn->pos, t, syn);
	n->left = x;
	return n;
}

static Node *check_star(Node *syn)
{
	Node *x = default_conv(check_value(syn->left));
	if (!x)
		return NULL;
	if (x->type->kind != TY_PTR) {
		if (x->op == N_CONST && x->val.kind == CV_NIL)
			diag_error(syn->pos, "invalid operation: cannot indirect nil");
		else
			diag_error(syn->pos, "invalid operation: cannot indirect %s", operand_str(x));
		return NULL;
	}
	Node *n = mk(N_DEREF, syn->pos, x->type->elem, syn);
	n->left = x;
	return n;
}

/* ---- the dispatcher ---- */

Node *check_binary(Node *syn); /* check_binary.c */

Node *check_expr(Node *syn)
{
	if (!syn)
		return NULL;
	switch (syn->op) {
	case N_IDENT:
		return check_ident(syn);
	case N_BASICLIT: {
		Type *t;
		Const c = const_from_lit(syn, &t);
		return mk_const(syn->pos, t, c, syn);
	}
	case N_PAREN: {
		Node *x = check_expr(syn->left);
		return x;
	}
	case N_FUNCLIT:
		return check_funclit(syn);
	case N_COMPOSITE:
		return check_composite(syn, NULL);
	case N_SELECTOR:
		return check_selector(syn, NULL, NULL);
	case N_INDEX:
		return check_index(syn);
	case N_SLICE:
		return check_slice(syn);
	case N_TYPEASSERT:
		return check_typeassert(syn);
	case N_CALL:
		return check_call(syn);
	case N_STAR:
		return check_star(syn);
	case N_UNARY:
		return check_unary(syn);
	case N_BINARY:
		return check_binary(syn);
	case N_KEYVALUE:
		diag_error(syn->pos, "unexpected key:value expression");
		return NULL;
	case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
	case N_STRUCTTYPE: case N_IFACETYPE: {
		Type *t = resolve_type(syn);
		if (t)
			diag_error(syn->pos, "%s (type) is not an expression", expr_str(syn));
		return NULL;
	}
	default:
		diag_error(syn->pos, "unexpected expression");
		return NULL;
	}
}

/* A single value: a multi-value or no-value call is an error; untyped
 * results keep their untyped type (callers convert). */
Node *check_value(Node *syn)
{
	Node *x = check_expr(syn);
	if (!x)
		return NULL;
	if (x->type && x->type->kind == TY_TUPLE) {
		if (x->type->fields.len == 0)
			diag_error(x->pos, "%s (no value) used as value", expr_str(syn));
		else
			diag_error(x->pos, "multiple-value %s (value of type %s) in single-value context",
			           expr_str(syn), types_str2(x->type));
		return NULL;
	}
	if (!x->type || x->type->kind == TY_BAD)
		return NULL; /* something it depends on failed (reported there) */
	return x;
}
