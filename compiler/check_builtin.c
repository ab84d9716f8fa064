/*
 * check_builtin.c: calls of the builtin functions (len, cap, append, copy,
 * delete, make, new, panic, print, println, recover, close) and of
 * unsafe.Sizeof/Alignof/Offsetof.
 *
 * Each becomes an N_BUILTIN (builtin = BI_*) or its dedicated op (N_NEW,
 * N_MAKESLICE/MAP/CHAN) with its operands converted as docs/ir.md says:
 * panic's argument to interface{}, append's values to the element type (at
 * the §2.4 position of escape-reference.md), sizes to int.  len and cap of
 * a constant string or of an array without calls or receives are constants.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

static Type *empty_tuple(void)
{
	return types_tuple((FieldList){0});
}

static bool has_call_or_recv(Node *syn)
{
	if (!syn)
		return false;
	if (syn->op == N_CALL)
		return true;
	if (syn->op == N_UNARY && syn->op_tok == T_ARROW)
		return true;
	if (syn->op == N_FUNCLIT)
		return false;
	if (has_call_or_recv(syn->left) || has_call_or_recv(syn->right))
		return true;
	for (int i = 0; i < syn->list.len; i++)
		if (has_call_or_recv(syn->list.v[i]))
			return true;
	return false;
}

static Node *int_arg(Node *syn, const char *what)
{
	Node *x = check_value(syn);
	if (!x)
		return NULL;
	if (x->op == N_CONST && types_is_untyped(x->type)) {
		if (!const_is_int(x->val)) {
			if (x->val.kind == CV_FLOAT)
				diag_error(syn->pos, "%s truncated to int", operand_str(x));
			else
				diag_error(syn->pos, "cannot convert %s to type int", operand_str(x));
			return NULL;
		}
		x = assign_conv(x, ty_int, "argument", x->pos);
		if (!x)
			return NULL;
	}
	if (!types_is_integer(x->type)) {
		diag_error(syn->pos, "invalid argument: %s %s must be integer", what, operand_str(x));
		return NULL;
	}
	if (x->op == N_CONST && x->val.i < 0) {
		diag_error(syn->pos, "invalid argument: %s %s must not be negative", what, operand_str(x));
		return NULL;
	}
	return x;
}

/* print(f()), copy(f()), append(f()) with f returning several values:
 * list holds the one call (as for ordinary calls). */
static Node *builtin_tuple(Node *syn, Builtin bi, Node *call, Node *n)
{
	Type *tt = call->type;
	int nr = tt->fields.len;
	const char *name = bi == BI_COPY ? "copy" : bi == BI_APPEND ? "append" : bi == BI_PRINT ? "print" : "println";
	nodelist_push(&n->list, call);
	if (bi == BI_PRINT || bi == BI_PRINTLN) {
		n->type = types_tuple((FieldList){0});
		return n;
	}
	if (bi == BI_DELETE) {
		Type *m = tt->fields.v[0].type;
		Node tmp = {.op = N_NAME, .type = nr == 2 ? tt->fields.v[1].type : NULL};
		const char *r;
		if (nr != 2 || m->kind != TY_MAP ||
		    (!types_identical(tmp.type, m->key) && !assignable(&tmp, m->key, &r))) {
			diag_error(start_pos(syn), "invalid argument: invalid use of delete with %s",
			           expr_str(call->orig));
			return NULL;
		}
		n->type = types_tuple((FieldList){0});
		return n;
	}
	Type *st = tt->fields.v[0].type;
	if (bi == BI_COPY) {
		Type *src = nr == 2 ? tt->fields.v[1].type : NULL;
		if (nr != 2 || st->kind != TY_SLICE || !src ||
		    !((src->kind == TY_SLICE && types_identical(src->elem, st->elem)) ||
		      (types_is_string(src) && st->elem == ty_uint8))) {
			diag_error(start_pos(syn), "invalid argument: invalid use of %s with %s", name,
			           expr_str(call->orig));
			return NULL;
		}
		n->type = ty_int;
		return n;
	}
	if (st->kind != TY_SLICE) {
		diag_error(start_pos(syn), "first argument to append must be a slice; have %s", operand_str(call));
		return NULL;
	}
	for (int i = 1; i < nr; i++) {
		Node tmp = {.op = N_NAME, .type = tt->fields.v[i].type};
		const char *r;
		if (!types_identical(tmp.type, st->elem) && !assignable(&tmp, st->elem, &r)) {
			diag_error(start_pos(syn), "cannot use %s value as %s value in argument to append",
			           types_str2(tmp.type), types_str2(st->elem));
			return NULL;
		}
	}
	n->type = st;
	return n;
}

Node *check_builtin(Node *syn, Obj *b)
{
	Builtin bi = b->builtin;
	const char *name = b->name;
	int nargs = syn->list.len;
	Node *n = mk(N_BUILTIN, syn->pos, NULL, syn);
	n->builtin = bi;
	Node *pre = NULL; /* list.v[0] already checked (see builtin_tuple) */
	if (nargs == 1 && !syn->has_dots && syn->list.v[0]->op == N_CALL &&
	    (bi == BI_PRINT || bi == BI_PRINTLN || bi == BI_COPY || bi == BI_APPEND ||
	     bi == BI_DELETE)) {
		pre = check_expr(syn->list.v[0]);
		if (!pre)
			return NULL;
		if (pre->type && pre->type->kind == TY_TUPLE && pre->type->fields.len > 1)
			return builtin_tuple(syn, bi, pre, n);
	}
#define ARG0 (pre ? pre : check_value(syn->list.v[0]))
	if (syn->has_dots && bi != BI_APPEND) {
		diag_error(syn->pos, "invalid operation: invalid use of ... with built-in %s", name);
		return NULL;
	}
	int min = 0, max = 0;
	switch (bi) {
	case BI_LEN: case BI_CAP: case BI_CLOSE: case BI_PANIC: case BI_NEW: case BI_REAL: case BI_IMAG:
		min = max = 1;
		break;
	case BI_COPY: case BI_DELETE: case BI_COMPLEX:
		min = max = 2;
		break;
	case BI_APPEND:
		min = 1, max = 1 << 20;
		break;
	case BI_MAKE:
		min = 1, max = 3;
		break;
	case BI_PRINT: case BI_PRINTLN:
		min = 0, max = 1 << 20;
		break;
	case BI_RECOVER:
		min = max = 0;
		break;
	default:
		break;
	}
	if (nargs < min || nargs > max) {
		diag_error(start_pos(syn), "invalid operation: %s arguments for %s (expected %d, found %d)",
		           nargs < min ? "not enough" : "too many", expr_str(syn), nargs < min ? min : max, nargs);
		return NULL;
	}
	switch (bi) {
	case BI_LEN:
	case BI_CAP: {
		Node *x = check_value(syn->list.v[0]);
		if (!x)
			return NULL;
		if (types_is_untyped(x->type) && (x->type->kind != TY_UNTYPED_STRING || bi == BI_CAP)) {
			diag_error(start_pos(syn->list.v[0]), "invalid argument: %s for %s", operand_str(x), name);
			return NULL;
		}
		x = default_conv(x);
		if (!x)
			return NULL;
		Type *t = x->type;
		if (t->kind == TY_PTR && t->elem && t->elem->kind == TY_ARRAY)
			t = t->elem;
		bool ok = t->kind == TY_ARRAY || t->kind == TY_SLICE || t->kind == TY_CHAN ||
		          (bi == BI_LEN && (t->kind == TY_STRING || t->kind == TY_MAP));
		if (!ok) {
			diag_error(start_pos(syn->list.v[0]), "invalid argument: %s for %s", operand_str(x), name);
			return NULL;
		}
		/* constant when s is a constant string or an array without calls
		 * or receives; the result has type int either way */
		if (x->op == N_CONST && x->val.kind == CV_STRING)
			return mk_const(syn->pos, ty_int, const_int(x->val.slen), syn);
		if (t->kind == TY_ARRAY && !has_call_or_recv(syn->list.v[0]))
			return mk_const(syn->pos, ty_int, const_int(t->len), syn);
		n->type = ty_int;
		nodelist_push(&n->list, x);
		return n;
	}
	case BI_NEW: {
		Type *t = resolve_type(syn->list.v[0]);
		if (!t)
			return NULL;
		Node *nn = mk(N_NEW, syn->pos, types_ptr(t), syn);
		nn->right = mk_type(syn->list.v[0]->pos, t, syn->list.v[0]);
		return nn;
	}
	case BI_MAKE: {
		Type *t = resolve_type(syn->list.v[0]);
		if (!t)
			return NULL;
		NodeOp op;
		int maxargs = 2;
		switch (t->kind) {
		case TY_SLICE: op = N_MAKESLICE; maxargs = 3; break;
		case TY_MAP: op = N_MAKEMAP; break;
		case TY_CHAN: op = N_MAKECHAN; break;
		default:
			diag_error(syn->list.v[0]->pos,
			           "invalid argument: cannot make %s; type must be slice, map, or channel",
			           expr_str(syn->list.v[0]));
			return NULL;
		}
		if (op == N_MAKESLICE && nargs < 2) {
			diag_error(start_pos(syn), "invalid operation: %s expects 2 or 3 arguments; found %d",
			           expr_str(syn), nargs);
			return NULL;
		}
		if (nargs > maxargs) {
			diag_error(start_pos(syn), "invalid operation: %s expects %d or %d arguments; found %d",
			           expr_str(syn), maxargs - 1, maxargs, nargs);
			return NULL;
		}
		Node *mn = mk(op, syn->pos, t, syn);
		mn->right = mk_type(syn->list.v[0]->pos, t, syn->list.v[0]);
		Node *a1 = NULL, *a2 = NULL;
		if (nargs > 1 && !(a1 = int_arg(syn->list.v[1], op == N_MAKESLICE ? "index" : "size")))
			return NULL;
		if (nargs > 2 && !(a2 = int_arg(syn->list.v[2], "index")))
			return NULL;
		if (a1 && a2 && a1->op == N_CONST && a2->op == N_CONST && a1->val.i > a2->val.i) {
			diag_error(syn->list.v[1]->pos, "invalid argument: length and capacity swapped");
			return NULL;
		}
		if (a1)
			a1 = assign_conv(a1, a1->type, "argument", a1->pos);
		nodelist_push(&mn->list, a1);
		nodelist_push(&mn->list, a2);
		return mn;
	}
	case BI_APPEND: {
		Node *s = ARG0;
		if (!s)
			return NULL;
		if (s->op == N_CONST && s->val.kind == CV_NIL && s->type->kind == TY_NIL) {
			diag_error(syn->list.v[0]->pos, "first argument to append must be a typed slice; have untyped nil");
			return NULL;
		}
		Type *st = s->type;
		if (st->kind != TY_SLICE) {
			diag_error(start_pos(syn->list.v[0]), "first argument to append must be a slice; have %s",
			           operand_str(s));
			return NULL;
		}
		n->type = st;
		nodelist_push(&n->list, s);
		if (syn->has_dots) {
			if (nargs != 2) {
				diag_error(syn->pos, "can only use ... with final argument in list");
				return NULL;
			}
			Node *t = check_value(syn->list.v[1]);
			if (!t)
				return NULL;
			if (st->elem == ty_uint8 && types_is_string(t->type)) {
				t = default_conv(t);
			} else if (t->type->kind == TY_SLICE && types_identical(t->type->elem, st->elem)) {
				/* s... needs only the same element type */
			} else {
				t = assign_conv(t, st, "argument to append", syn->list.v[1]->pos);
			}
			if (!t)
				return NULL;
			nodelist_push(&n->list, t);
			n->has_dots = true;
			return n;
		}
		Pos cur = syn->list.v[0]->pos;
		last_ident_pos(syn->list.v[0], &cur);
		Node **vals = xmalloc(nargs * sizeof *vals);
		for (int i = 1; i < nargs; i++) {
			vals[i] = check_value(syn->list.v[i]);
			if (!vals[i])
				return NULL;
			last_ident_pos(syn->list.v[i], &cur);
		}
		for (int i = 1; i < nargs; i++) {
			Node *v = assign_conv(vals[i], st->elem, "argument to append", cur);
			if (!v)
				return NULL;
			nodelist_push(&n->list, v);
		}
		return n;
	}
	case BI_COPY: {
		Node *d = ARG0, *s = check_value(syn->list.v[1]);
		if (!d || !s)
			return NULL;
		const char *sstr = operand_str(s);
		s = default_conv(s);
		if (!s)
			return NULL;
		if (d->type->kind != TY_SLICE || (s->type->kind != TY_SLICE && !types_is_string(s->type))) {
			diag_error(start_pos(syn), "invalid argument: copy expects slice arguments; found %s and %s",
			           operand_str(d), sstr);
			return NULL;
		}
		bool ok = (s->type->kind == TY_SLICE && types_identical(s->type->elem, d->type->elem)) ||
		          (types_is_string(s->type) && d->type->elem == ty_uint8);
		if (!ok) {
			diag_error(start_pos(syn), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
			           operand_str(d), sstr, types_str2(d->type->elem),
			           types_is_string(s->type) ? "byte" : types_str2(s->type->elem));
			return NULL;
		}
		n->type = ty_int;
		nodelist_push(&n->list, d);
		nodelist_push(&n->list, s);
		return n;
	}
	case BI_DELETE: {
		Node *m = ARG0;
		if (!m)
			return NULL;
		if (m->type->kind != TY_MAP) {
			diag_error(syn->list.v[0]->pos, "invalid argument: %s is not a map", operand_str(m));
			return NULL;
		}
		Node *k = check_value(syn->list.v[1]);
		k = assign_conv(k, m->type->key, "argument to delete", k ? k->pos : syn->pos);
		if (!k)
			return NULL;
		n->type = empty_tuple();
		nodelist_push(&n->list, m);
		nodelist_push(&n->list, k);
		return n;
	}
	case BI_CLOSE: {
		Node *c = check_value(syn->list.v[0]);
		if (!c)
			return NULL;
		if (c->type->kind != TY_CHAN) {
			diag_error(syn->list.v[0]->pos, "invalid operation: non-chan argument %s", operand_str(c));
			return NULL;
		}
		n->type = empty_tuple();
		nodelist_push(&n->list, c);
		return n;
	}
	case BI_PANIC: {
		Node *v = check_value(syn->list.v[0]);
		if (!v)
			return NULL;
		Pos cur = syn->pos;
		last_ident_pos(syn->list.v[0], &cur);
		v = assign_conv(v, ty_any, "argument to panic", cur);
		if (!v)
			return NULL;
		n->type = empty_tuple();
		nodelist_push(&n->list, v);
		return n;
	}
	case BI_PRINT:
	case BI_PRINTLN:
		for (int i = 0; i < nargs; i++) {
			Node *v = i == 0 && pre ? pre : check_value(syn->list.v[i]);
			if (!v)
				return NULL;
			if (v->type && v->type->kind == TY_TUPLE) {
				diag_error(v->pos, "%s (no value) used as value", expr_str(syn->list.v[i]));
				return NULL;
			}
			if (v->op == N_CONST && v->val.kind == CV_NIL && v->type->kind == TY_NIL) {
				diag_error(v->pos, "use of untyped nil in argument to built-in %s", name);
				return NULL;
			}
			v = default_conv(v);
			if (!v)
				return NULL;
			nodelist_push(&n->list, v);
		}
		n->type = empty_tuple();
		return n;
	case BI_RECOVER:
		n->type = ty_any;
		return n;
	default:
		diag_error(syn->pos, "complex numbers not supported");
		for (int i = 0; i < nargs; i++) /* their variables are used */
			if (!(i == 0 && pre))
				check_expr(syn->list.v[i]);
		return NULL;
	}
}
#undef ARG0


/* The arguments of a failed call still get checked (their variables are used). */
static Node *use_args(Node *syn)
{
	for (int i = 0; i < syn->list.len; i++)
		check_expr(syn->list.v[i]);
	return NULL;
}

/* unsafe.Sizeof/Alignof/Offsetof: constants of type uintptr. */
Node *check_unsafe(Node *syn, const char *name)
{
	if (strcmp(name, "Sizeof") && strcmp(name, "Alignof") && strcmp(name, "Offsetof")) {
		diag_error(syn->pos, "unsafe.%s not supported", name);
		return use_args(syn);
	}
	if (syn->list.len != 1) {
		diag_error(start_pos(syn), "invalid operation: %s arguments for %s (expected 1, found %d)",
		           syn->list.len < 1 ? "not enough" : "too many", expr_str(syn), syn->list.len);
		return use_args(syn);
	}
	Node *a = syn->list.v[0];
	long v;
	if (strcmp(name, "Offsetof") == 0) {
		Node *s = a;
		while (s && s->op == N_PAREN)
			s = s->left;
		Selection sel = {0};
		Node *x = s && s->op == N_SELECTOR ? check_selector(s, &sel, NULL) : NULL;
		if (!x || sel.kind != 1) {
			if (x || !s || s->op != N_SELECTOR)
				diag_error(start_pos(a), "invalid argument: %s is not a selector expression", expr_str(a));
			return NULL;
		}
		v = 0;
		Node *base = x->left;
		for (int i = 0; i < sel.npath; i++)
			base = base ? base->left : NULL;
		Type *holder = sel.npath ? sel.path_types[0] : deref_type(base ? base->type : NULL);
		(void)holder;
		/* sum the offsets along the embedded path, then the field's */
		for (int i = 0; i < sel.npath; i++) {
			Type *h = sel.path_types[i];
			types_size(h);
			v += h->fields.v[sel.path[i]].offset;
		}
		Type *last = x->left ? deref_type(x->left->type) : NULL;
		if (last) {
			types_size(last);
			v += last->fields.v[sel.index].offset;
		}
	} else {
		Node *x = check_value(a);
		if (!x)
			return NULL;
		x = default_conv(x);
		if (!x)
			return NULL;
		v = strcmp(name, "Sizeof") == 0 ? types_size(x->type) : types_align(x->type);
	}
	return mk_const(syn->pos, ty_uintptr, const_int(v), syn);
}

