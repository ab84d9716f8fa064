/*
 * check_call.c: calls and conversions.
 *
 * A call's callee decides its IR op (docs/ir.md): a top-level or std
 * function is N_CALLFUNC, a method of a named type N_CALLMETH with the
 * receiver (adjusted to what the method takes) as list[0], an interface
 * method N_CALLINTER over an N_DOTINTER, anything else of func type
 * N_CALLVALUE.  `T(x)` with T a type is a conversion; a builtin's name
 * goes to check_builtin.c.
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
	} else if (assignable(x, t, &(const char *){NULL})) {
		op = N_CONVNOP; /* e.g. chan T -> chan<- T */
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
