/*
 * check_call.c: calls, builtin calls and conversions.
 *
 * A call's callee decides its IR op (docs/ir.md): a top-level or std
 * function is N_CALLFUNC, a method of a named type N_CALLMETH with the
 * receiver (adjusted to what the method takes) as list[0], an interface
 * method N_CALLINTER over an N_DOTINTER, anything else of func type
 * N_CALLVALUE.  `T(x)` with T a type is a conversion and a builtin's name
 * gives N_BUILTIN (or the dedicated N_NEW / N_MAKE* ops).
 *
 * Arguments are converted to the parameter types; the variadic tail becomes
 * one N_DDDARG at the call's '(' (or a typed nil slice when empty), and each
 * implicit interface conversion is placed by the §2.4 rule for call
 * arguments.  A call with no results has the empty tuple type; several
 * results give a TY_TUPLE.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

Node *check_selector(Node *syn, Selection *out_sel, Node **out_recv); /* check_expr.c */

static Type *empty_tuple(void)
{
	return types_tuple((FieldList){0});
}

static Type *result_type(Type *sig)
{
	if (!sig || sig->results.len == 0)
		return empty_tuple();
	if (sig->results.len == 1)
		return sig->results.v[0].type;
	FieldList fl = {0};
	for (int i = 0; i < sig->results.len; i++)
		fieldlist_push(&fl, (Field){.type = sig->results.v[i].type});
	return types_tuple(fl);
}

/* "(number, string)" as types2 summarises argument types. */
static const char *types_summary(Node **xs, int n, Type *tuple)
{
	char *s = xstrdup("(");
	int count = tuple ? tuple->fields.len : n;
	for (int i = 0; i < count; i++) {
		Type *t = tuple ? tuple->fields.v[i].type : (xs[i] ? xs[i]->type : NULL);
		const char *ts;
		if (!t)
			ts = "invalid type";
		else if (types_is_untyped(t)) {
			if (types_is_numeric(t))
				ts = "number";
			else if (t->kind == TY_NIL)
				ts = "nil";
			else
				ts = types_str2(t) + strlen("untyped ");
		} else
			ts = types_str2(t);
		s = xprintf("%s%s%s", s, i ? ", " : "", ts);
	}
	return xprintf("%s)", s);
}

static const char *sig_params_summary(Type *sig)
{
	char *s = xstrdup("(");
	for (int i = 0; i < sig->fields.len; i++) {
		Type *t = sig->fields.v[i].type;
		const char *ts;
		if (sig->variadic && i == sig->fields.len - 1)
			ts = xprintf("...%s", types_str2(t->elem));
		else
			ts = types_str2(t);
		s = xprintf("%s%s%s", s, i ? ", " : "", ts);
	}
	return xprintf("%s)", s);
}

/* Check the arguments of a call of signature sig into call->list. */
static bool check_args(Node *call, Node *syn, Type *sig, const char *fname)
{
	int nargs = syn->list.len;
	Node **xs = xmalloc((nargs + 1) * sizeof *xs);
	bool ok = true;
	for (int i = 0; i < nargs; i++) {
		xs[i] = check_expr(syn->list.v[i]);
		if (!xs[i])
			ok = false;
	}
	if (!ok)
		return false;
	int np = sig->fields.len;
	/* f(g()) with g returning several values */
	if (nargs == 1 && xs[0]->type && xs[0]->type->kind == TY_TUPLE && xs[0]->type->fields.len > 1) {
		Type *tup = xs[0]->type;
		int nr = tup->fields.len;
		bool fits = sig->variadic ? nr >= np - 1 : nr == np;
		if (!fits) {
			diag_error(syn->list.v[0]->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
			           nr < np ? "not enough" : "too many", fname, types_summary(NULL, 0, tup),
			           sig_params_summary(sig));
			return false;
		}
		for (int i = 0; i < nr; i++) {
			Type *pt = i < np - (sig->variadic ? 1 : 0) ? sig->fields.v[i].type
			                                            : sig->fields.v[np - 1].type->elem;
			Node tmp = {.op = N_NAME, .type = tup->fields.v[i].type};
			const char *r;
			if (!types_identical(tmp.type, pt) && !assignable(&tmp, pt, &r)) {
				diag_error(syn->list.v[0]->pos, "cannot use %s value as %s value in argument to %s",
				           types_str2(tmp.type), types_str2(pt), fname);
				return false;
			}
		}
		nodelist_push(&call->list, xs[0]);
		return true;
	}
	for (int i = 0; i < nargs; i++)
		if (xs[i]->type && xs[i]->type->kind == TY_TUPLE) {
			if (xs[i]->type->fields.len == 0)
				diag_error(xs[i]->pos, "%s (no value) used as value", expr_str(syn->list.v[i]));
			else
				diag_error(xs[i]->pos, "multiple-value %s (value of type %s) in single-value context",
				           expr_str(syn->list.v[i]), types_str2(xs[i]->type));
			return false;
		}
	int nfixed = sig->variadic ? np - 1 : np;
	bool dots = syn->has_dots;
	if (dots && !sig->variadic) {
		diag_error(syn->pos, "have (...) in call to non-variadic %s", fname);
		return false;
	}
	if (nargs < nfixed || (!sig->variadic && nargs > np) || (dots && nargs != np)) {
		bool few = nargs < nfixed || (dots && nargs < np);
		Pos p = few ? syn->pos : syn->list.v[np < nargs ? np : nargs - 1]->pos;
		if (few)
			p = start_pos(syn);
		diag_error(p, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
		           fname, types_summary(xs, nargs, NULL), sig_params_summary(sig));
		return false;
	}
	const char *ctx = xprintf("argument to %s", fname);
	Pos cur = syn->pos;
	for (int i = 0; i < nfixed; i++) {
		bool uniq;
		cur = operand_pos(syn->list.v[i], cur, &uniq);
		Node *a = assign_conv(xs[i], sig->fields.v[i].type, ctx, cur);
		if (!a)
			return false;
		nodelist_push(&call->list, a);
	}
	if (!sig->variadic)
		return true;
	Type *st = sig->fields.v[np - 1].type;
	if (dots) {
		Node *a = assign_conv(xs[np - 1], st, ctx, syn->pos);
		if (!a)
			return false;
		nodelist_push(&call->list, a);
		call->has_dots = true;
		return true;
	}
	if (nargs == nfixed) {
		Node *nil = mk_const(syn->pos, st, (Const){.kind = CV_NIL}, NULL);
		nil->implicit = true;
		nodelist_push(&call->list, nil);
		return true;
	}
	Node *ddd = mk(N_DDDARG, syn->pos, st, NULL);
	ddd->implicit = true;
	for (int i = nfixed; i < nargs; i++) {
		bool uniq;
		cur = operand_pos(syn->list.v[i], cur, &uniq);
		Node *a = assign_conv(xs[i], st->elem, ctx, cur);
		if (!a)
			return false;
		nodelist_push(&ddd->list, a);
	}
	nodelist_push(&call->list, ddd);
	return true;
}

/* ---- builtins ---- */

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

static Node *check_builtin(Node *syn, Obj *b)
{
	Builtin bi = b->builtin;
	const char *name = b->name;
	int nargs = syn->list.len;
	Node *n = mk(N_BUILTIN, syn->pos, NULL, syn);
	n->builtin = bi;
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
		if (x->op == N_CONST && x->val.kind == CV_STRING)
			return mk_const(syn->pos, ty_untyped_int, const_int(x->val.slen), syn);
		if (t->kind == TY_ARRAY && !has_call_or_recv(syn->list.v[0]))
			return mk_const(syn->pos, ty_untyped_int, const_int(t->len), syn);
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
		Node *s = check_value(syn->list.v[0]);
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
		Node *d = check_value(syn->list.v[0]), *s = check_value(syn->list.v[1]);
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
		Node *m = check_value(syn->list.v[0]);
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
			Node *v = check_value(syn->list.v[i]);
			if (!v)
				return NULL;
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
		return NULL;
	}
}

/* ---- conversions ---- */

static bool is_bytes(Type *t)
{
	return t->kind == TY_SLICE && t->elem && t->elem->underlying == ty_uint8;
}

static bool is_runes(Type *t)
{
	return t->kind == TY_SLICE && t->elem && t->elem->underlying == ty_int32;
}

static Type *under(Type *t)
{
	return t->sym ? t->underlying : t;
}

Node *check_conversion(Node *syn, Type *t, Node *x)
{
	if (!x)
		return NULL;
	if (x->type->kind == TY_TUPLE) {
		diag_error(x->pos, "multiple-value %s in single-value context", expr_str(x->orig));
		return NULL;
	}
	/* constants */
	if (x->op == N_CONST && x->val.kind != CV_NIL &&
	    (types_is_numeric(t) || types_is_string(t) || t->kind == TY_BOOL)) {
		Const v;
		bool ovf;
		if (types_is_string(t) && types_is_integer(x->type) && x->val.kind == CV_INT) {
			/* string(rune constant) */
			__int128 r = x->val.i;
			char buf[8];
			int k = 0;
			if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
				r = 0xFFFD;
			if (r < 0x80)
				buf[k++] = (char)r;
			else if (r < 0x800) {
				buf[k++] = 0xC0 | (r >> 6);
				buf[k++] = 0x80 | (r & 0x3F);
			} else if (r < 0x10000) {
				buf[k++] = 0xE0 | (r >> 12);
				buf[k++] = 0x80 | ((r >> 6) & 0x3F);
				buf[k++] = 0x80 | (r & 0x3F);
			} else {
				buf[k++] = 0xF0 | (r >> 18);
				buf[k++] = 0x80 | ((r >> 12) & 0x3F);
				buf[k++] = 0x80 | ((r >> 6) & 0x3F);
				buf[k++] = 0x80 | (r & 0x3F);
			}
			v = (Const){.kind = CV_STRING, .s = xstrndup(buf, k), .slen = k};
			return mk_const(syn->pos, t, v, syn);
		}
		bool kinds = (types_is_numeric(t) && (x->val.kind == CV_INT || x->val.kind == CV_FLOAT)) ||
		             (types_is_string(t) && x->val.kind == CV_STRING) ||
		             (t->kind == TY_BOOL && x->val.kind == CV_BOOL);
		/* a typed float constant converts to an integer type by truncation
		 * only when it is not constant-folded in Go: Go requires exactness */
		if (!kinds || !const_representable(&x->val, t, &v, &ovf)) {
			if (types_is_float(x->type) && types_is_integer(t) && !types_is_untyped(x->type))
				diag_error(syn->pos, "cannot convert %s to type %s (truncated)", operand_str(x),
				           types_str2(t));
			else
				diag_error(epos(x), "cannot convert %s to type %s", operand_str(x), types_str2(t));
			return NULL;
		}
		return mk_const(syn->pos, t, v, syn);
	}
	if (x->op == N_CONST && x->val.kind == CV_NIL && x->type->kind == TY_NIL) {
		switch (t->kind) {
		case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
		case TY_UNSAFEPTR:
			return mk_const(syn->pos, t, x->val, syn);
		default:
			diag_error(x->pos, "cannot convert nil to type %s", types_str2(t));
			return NULL;
		}
	}
	if (types_is_untyped(x->type)) {
		/* e.g. float64(1 << s) or string(untyped non-const): type the operand */
		Type *target = t->kind == TY_INTERFACE ? types_default(x->type) : t;
		Type *tu = under(target);
		bool fits = (types_is_numeric(x->type) && types_is_numeric(tu)) ||
		            (x->type->kind == TY_UNTYPED_BOOL && tu->kind == TY_BOOL);
		if (x->op != N_CONST && fits)
			set_untyped_type(x, target);
		else
			x = default_conv(x);
		if (!x)
			return NULL;
	}
	Type *v = x->type;
	NodeOp op = N_BAD;
	if (t->kind == TY_INTERFACE) {
		const char *missing;
		bool wp;
		if (v->kind != TY_INTERFACE && !implements(v, t, &missing, &wp)) {
			diag_error(x->pos, "cannot convert %s to type %s:\n\t%s does not implement %s (%s)",
			           operand_str(x), types_str2(t), types_str2(v), types_str2(t),
			           wp ? xprintf("%s method has pointer receiver", missing)
			              : xprintf("missing %s method", missing));
			return NULL;
		}
		op = N_CONVIFACE;
	} else if (types_identical(under(v), under(t))) {
		op = N_CONVNOP;
	} else if (v->kind == TY_PTR && t->kind == TY_PTR && !v->sym && !t->sym &&
	           types_identical(under(v->elem), under(t->elem))) {
		op = N_CONVNOP;
	} else if (types_is_numeric(v) && types_is_numeric(t)) {
		op = N_CONV;
	} else if (types_is_string(t) && types_is_integer(v)) {
		op = N_RUNE2STR;
	} else if (types_is_string(t) && is_bytes(v)) {
		op = N_BYTES2STR;
	} else if (types_is_string(t) && is_runes(v)) {
		op = N_RUNES2STR;
	} else if (is_bytes(t) && types_is_string(v)) {
		op = N_STR2BYTES;
	} else if (is_runes(t) && types_is_string(v)) {
		op = N_STR2RUNES;
	} else if ((v->kind == TY_UNSAFEPTR && (t->kind == TY_PTR || t->kind == TY_UINTPTR)) ||
	           (t->kind == TY_UNSAFEPTR && (v->kind == TY_PTR || v->kind == TY_UINTPTR))) {
		/* unsafe.Pointer <-> *T: same word; <-> uintptr: a numeric view */
		op = v->kind == TY_UINTPTR || t->kind == TY_UINTPTR ? N_CONV : N_CONVNOP;
	} else if (v->kind == TY_SLICE && t->kind == TY_PTR && t->elem && t->elem->kind == TY_ARRAY &&
	           types_identical(v->elem, t->elem->elem)) {
		op = N_CONV; /* []T -> *[N]T (go1.17): the slice's array, length checked */
	} else {
		diag_error(epos(x), "cannot convert %s to type %s", operand_str(x), types_str2(t));
		return NULL;
	}
	Node *n = mk(op, syn->pos, t, syn);
	n->left = x;
	return n;
}

bool convertible(Node *x, Type *t)
{
	(void)x;
	(void)t;
	return true;
}

/* ---- calls ---- */

static Node *unparen(Node *s)
{
	while (s && s->op == N_PAREN)
		s = s->left;
	return s;
}

/* The callee failed to check: still check the arguments, so that their
 * variables count as used and their own errors are reported. */
static Node *use_args(Node *syn)
{
	for (int i = 0; i < syn->list.len; i++)
		check_expr(syn->list.v[i]);
	return NULL;
}

/* unsafe.Sizeof/Alignof/Offsetof: constants of type uintptr. */
static Node *check_unsafe(Node *syn, const char *name)
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

Node *check_call(Node *syn)
{
	Node *fun = unparen(syn->left);
	if (!fun)
		return NULL;
	if (fun->op == N_IDENT) {
		Obj *o = lookup(fun->name);
		if (o && o->kind == OBJ_BUILTIN)
			return check_builtin(syn, o);
	}
	if (fun->op == N_SELECTOR && fun->left && fun->left->op == N_IDENT) {
		Obj *p = lookup(fun->left->name);
		if (p && p->kind == OBJ_PKG && !p->pkg) {
			/* an unsupported package: check the arguments for their uses */
			return use_args(syn);
		}
	}
	if (fun->op == N_SELECTOR && fun->left && fun->left->op == N_IDENT) {
		Obj *p = lookup(fun->left->name);
		if (p && p->kind == OBJ_PKG && p->pkg && strcmp(p->pkg, "unsafe") == 0) {
			Obj *b = std_member("unsafe", fun->name);
			if (b && b->kind == OBJ_BUILTIN) {
				p->used = true;
				return check_unsafe(syn, b->name);
			}
		}
	}
	Type *ct = try_type(fun);
	if (ct) {
		if (syn->list.len != 1 || syn->has_dots) {
			if (syn->list.len == 0)
				diag_error(syn->pos, "missing argument in conversion to %s", types_str2(ct));
			else
				diag_error(syn->list.v[syn->list.len - 1]->pos, "too many arguments in conversion to %s",
				           types_str2(ct));
			return NULL;
		}
		Node *x = check_expr(syn->list.v[0]);
		return check_conversion(syn, ct, x);
	}
	Node *call;
	Type *sig;
	const char *fname = expr_str(syn->left);
	if (fun->op == N_SELECTOR) {
		Selection sel = {0};
		Node *recv = NULL;
		Node *f = check_selector(fun, &sel, &recv);
		if (!f)
			return use_args(syn);
		if (recv && sel.kind == 2) {
			call = mk(N_CALLMETH, syn->pos, NULL, syn);
			Node *mn = mk_name(fun->pos, sel.method, fun);
			mn->implicit = true;
			call->left = mn;
			nodelist_push(&call->list, recv);
			sig = sel.method->type;
		} else if (recv && sel.kind == 3) {
			call = mk(N_CALLINTER, syn->pos, NULL, syn);
			Node *di = mk(N_DOTINTER, fun->pos, sel.field->type, fun);
			di->left = recv;
			di->ival = sel.index;
			di->name = fun->name;
			call->left = di;
			sig = sel.field->type;
		} else if (f->op == N_NAME && f->obj->kind == OBJ_FUNC) {
			call = mk(N_CALLFUNC, syn->pos, NULL, syn);
			call->left = f;
			sig = f->type;
		} else {
			call = mk(N_CALLVALUE, syn->pos, NULL, syn);
			call->left = default_conv(f);
			sig = f->type;
		}
	} else {
		Node *f = check_expr(fun);
		if (!f)
			return use_args(syn);
		if (f->op == N_NAME && f->obj->kind == OBJ_FUNC) {
			call = mk(N_CALLFUNC, syn->pos, NULL, syn);
		} else {
			call = mk(N_CALLVALUE, syn->pos, NULL, syn);
		}
		call->left = f;
		sig = f->type;
	}
	if (!sig || sig->kind != TY_FUNC) {
		Node *f = call->left;
		if (f && f->type && f->type->kind == TY_TUPLE)
			diag_error(syn->pos, "invalid operation: cannot call non-function %s", expr_str(syn->left));
		else
			diag_error(epos(f), "invalid operation: cannot call non-function %s", operand_str(f));
		return NULL;
	}
	/* the receiver stays list[0] of a static method call */
	if (call->op == N_CALLMETH) {
		Node *recv = call->list.v[0];
		call->list.len = 0;
		NodeList save = {0};
		Node tmp = *call;
		tmp.list = save;
		if (!check_args(&tmp, syn, sig, fname))
			return NULL;
		nodelist_push(&call->list, recv);
		for (int i = 0; i < tmp.list.len; i++)
			nodelist_push(&call->list, tmp.list.v[i]);
		call->has_dots = tmp.has_dots;
	} else if (!check_args(call, syn, sig, fname)) {
		return NULL;
	}
	call->type = result_type(sig);
	return call;
}
