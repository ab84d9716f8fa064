/*
 * check_binary.c: binary operators: arithmetic, logic, shifts, comparisons
 * and string concatenation.
 *
 * The operand types are matched as types2's matchTypes does: an untyped
 * operand is converted to the other operand's type ("1000 (untyped int
 * constant) overflows int8" comes from here), two untyped operands take the
 * larger untyped kind.  Then the types must be identical and the operator
 * defined on them.  Two constant operands fold to one N_CONST (typed results
 * are checked for overflow); a string + chain becomes one N_ADDSTR.
 */
#include <math.h>
#include <string.h>

#include "check_int.h"
#include "parse.h"

static int untyped_rank(Type *t)
{
	switch (t->kind) {
	case TY_UNTYPED_INT: return 1;
	case TY_UNTYPED_RUNE: return 2;
	case TY_UNTYPED_FLOAT: return 3;
	default: return 0;
	}
}

/* Bring an untyped operand x to the type of the other operand t (implicit
 * conversion in a binary operation). */
static Node *implicit_to(Node *x, Type *t)
{
	if (!types_is_untyped(x->type) || types_is_untyped(t))
		return x;
	if (x->op == N_CONST && x->val.kind == CV_NIL) {
		switch (t->kind) {
		case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
		case TY_UNSAFEPTR:
			return mk_const(x->pos, t, x->val, x->orig);
		default:
			diag_error(x->pos, "cannot convert nil to type %s", types_str2(t));
			return NULL;
		}
	}
	if (t->kind == TY_INTERFACE) {
		x = default_conv(x);
		return x;
	}
	if (x->op == N_CONST) {
		Const v;
		bool ovf;
		bool kind_ok = (types_is_numeric(t) && (x->val.kind == CV_INT || x->val.kind == CV_FLOAT)) ||
		               (types_is_string(t) && x->val.kind == CV_STRING) ||
		               (t->kind == TY_BOOL && x->val.kind == CV_BOOL);
		if (!kind_ok)
			return x; /* mismatched types: reported by the caller */
		if (!const_representable(&x->val, t, &v, &ovf)) {
			if (ovf)
				diag_error(epos(x), "%s overflows %s", operand_str(x), types_str2(t));
			else
				diag_error(epos(x), "%s truncated to %s", operand_str(x), types_str2(t));
			return NULL;
		}
		return mk_const(x->pos, t, v, x->orig);
	}
	if ((x->type->kind == TY_UNTYPED_BOOL && t->kind == TY_BOOL) ||
	    (types_is_numeric(x->type) && types_is_numeric(t)))
		set_untyped_type(x, t);
	return x;
}

/* A constant result of typed type t must be representable in it: *v is
 * rounded into t, or gc's "x overflows T" is reported at syn (false).
 * An untyped result is left as is. Shared by the constant folds of
 * unary, binary and shift expressions. */
bool const_fits_type(Const *v, Type *t, Node *syn)
{
	if (types_is_untyped(t))
		return true;
	Const r;
	bool ovf;
	if (!const_representable(v, t, &r, &ovf)) {
		Node *tmp = mk_const(syn->pos, t, *v, syn);
		diag_error(start_pos(syn), "%s overflows %s", operand_str(tmp), types_str2(t));
		return false;
	}
	*v = r;
	return true;
}

static bool is_shift(int op)
{
	return op == T_SHL || op == T_SHR;
}

static bool is_cmp(int op)
{
	return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

static Node *check_shift(Node *syn, Node *x, Node *y)
{
	int op = syn->op_tok;
	/* the count: any integer (untyped constants must be non-negative ints) */
	if (y->op == N_CONST && types_is_untyped(y->type)) {
		Const v;
		bool ovf;
		if (!const_representable(&y->val, ty_uint, &v, &ovf)) {
			if (y->val.kind == CV_FLOAT && !const_is_int(y->val))
				diag_error(y->pos, "%s truncated to uint", operand_str(y));
			else if ((y->val.kind == CV_INT || y->val.kind == CV_FLOAT) && ovf)
				diag_error(y->pos, "invalid shift count %s", operand_str(y));
			else
				diag_error(y->pos, "invalid operation: shift count %s must be integer", operand_str(y));
			return NULL;
		}
		y = mk_const(y->pos, ty_uint, v, y->orig);
	} else if (!types_is_integer(y->type)) {
		diag_error(y->pos, "invalid operation: shift count %s must be integer", operand_str(y));
		return NULL;
	} else if (y->op == N_CONST && y->val.i < 0) {
		diag_error(y->pos, "invalid operation: negative shift count %s", operand_str(y));
		return NULL;
	}
	if (x->op == N_CONST && types_is_untyped(x->type) && x->val.kind == CV_FLOAT && const_is_int(x->val))
		x = mk_const(x->pos, y->op == N_CONST ? ty_untyped_int : x->type,
		             fabsl(x->val.f) < 0x1p126L ? const_int((__int128)ld_round(x->val.f)) : x->val,
		             x->orig);
	if (!types_is_integer(x->type) && !(x->op == N_CONST && const_is_int(x->val) && types_is_untyped(x->type))) {
		diag_error(epos(x), "invalid operation: shifted operand %s must be integer", operand_str(x));
		return NULL;
	}
	if (x->op == N_CONST && y->op == N_CONST) {
		if (y->val.i > 10000) {
			diag_error(y->pos, "invalid shift count %s", operand_str(y));
			return NULL;
		}
		Const v;
		if (!const_shift(op, x->val, (long)y->val.i, &v)) {
			diag_error(syn->pos, "constant shift overflow");
			return NULL;
		}
		Type *t = x->type;
		if (!const_fits_type(&v, t, syn))
			return NULL;
		return mk_const(syn->pos, t, v, syn);
	}
	Node *n = mk(N_ARITH, syn->pos, x->type, syn);
	n->op_tok = op;
	n->left = x;
	n->right = default_conv(y);
	return n;
}

static const char *kind_word(Type *t)
{
	switch (t->kind) {
	case TY_SLICE: return "slice";
	case TY_MAP: return "map";
	case TY_FUNC: return "func";
	case TY_STRUCT: return "struct";
	case TY_ARRAY: return "array";
	case TY_INTERFACE: return "interface";
	case TY_PTR: return "pointer";
	case TY_CHAN: return "chan";
	case TY_BOOL: return "bool";
	default: return types_str2(t);
	}
}

/* the predeclared nil (untyped, or typed by the other operand); an
 * explicit conversion S(nil) is not it: a slice cannot be compared to that */
static bool is_nil(Node *x)
{
	if (x->op != N_CONST || x->val.kind != CV_NIL)
		return false;
	Node *o = x->orig;
	while (o && o->op == N_PAREN)
		o = o->left;
	return !o || o->op == N_IDENT;
}

static bool is_untyped_nil(Node *x)
{
	return is_nil(x) && x->type->kind == TY_NIL;
}

static Node *check_compare(Node *syn, Node *x, Node *y)
{
	int op = syn->op_tok;
	/* interface vs concrete: convert the concrete side */
	Type *xt = x->type, *yt = y->type;
	bool ok = true;
	if (!is_nil(x) && !is_nil(y) && !types_identical(xt, yt)) {
		const char *r;
		if (xt->kind == TY_INTERFACE && !types_is_untyped(yt) && assignable(y, xt, &r)) {
			y = conv_iface(y, xt, y->pos);
			yt = xt;
		} else if (yt->kind == TY_INTERFACE && !types_is_untyped(xt) && assignable(x, yt, &r)) {
			x = conv_iface(x, yt, x->pos);
			xt = yt;
		} else if (!types_is_untyped(yt) && assignable(y, xt, &r)) {
			/* e.g. a named array compared with an unnamed one */
			y = assign_conv(y, xt, "comparison", y->pos);
			yt = xt;
		} else if (!types_is_untyped(xt) && assignable(x, yt, &r)) {
			x = assign_conv(x, yt, "comparison", x->pos);
			xt = yt;
		} else if (!types_is_untyped(xt) || !types_is_untyped(yt)) {
			ok = false;
		}
	}
	if (is_untyped_nil(x) && is_untyped_nil(y)) {
		diag_error(start_pos(syn), "invalid operation: %s (operator %s not defined on nil)", expr_str(syn),
		           tok_str(op));
		return NULL;
	}
	if (!ok) {
		diag_error(epos(y), "invalid operation: %s (mismatched types %s and %s)", expr_str(syn),
		           types_str2(xt), types_str2(yt));
		return NULL;
	}
	if (types_is_untyped(xt) && types_is_untyped(yt) && xt != yt) {
		bool num = types_is_numeric(xt) && types_is_numeric(yt);
		if (!num) {
			diag_error(epos(y), "invalid operation: %s (mismatched types %s and %s)", expr_str(syn),
			           types_str2(xt), types_str2(yt));
			return NULL;
		}
	}
	Type *t = is_nil(x) ? yt : xt;
	if (op == T_EQL || op == T_NEQ) {
		if (!types_comparable(t) && !(is_nil(x) || is_nil(y))) {
			const char *what = kind_word(t);
			if (t->kind == TY_SLICE || t->kind == TY_MAP || t->kind == TY_FUNC)
				diag_error(start_pos(syn), "invalid operation: %s (%s can only be compared to nil)",
				           expr_str(syn), what);
			else
				diag_error(start_pos(syn), "invalid operation: %s (%s cannot be compared)", expr_str(syn),
				           types_str2(t));
			return NULL;
		}
		if ((is_nil(x) || is_nil(y)) && !(t->kind == TY_PTR || t->kind == TY_SLICE ||
		                                   t->kind == TY_MAP || t->kind == TY_CHAN ||
		                                   t->kind == TY_FUNC || t->kind == TY_INTERFACE ||
		                                   t->kind == TY_UNSAFEPTR)) {
			Node *other = is_nil(x) ? y : x;
			diag_error(start_pos(syn), "invalid operation: %s (mismatched types %s and untyped nil)",
			           expr_str(syn), types_str2(other->type));
			return NULL;
		}
	} else {
		bool ordered = types_is_integer(t) || types_is_float(t) || types_is_string(t);
		if (!ordered) {
			diag_error(start_pos(syn), "invalid operation: %s (operator %s not defined on %s)", expr_str(syn),
			           tok_str(op), kind_word(t));
			return NULL;
		}
	}
	if (x->op == N_CONST && y->op == N_CONST && x->val.kind != CV_NIL && y->val.kind != CV_NIL) {
		Const v = {.kind = CV_BOOL, .b = const_compare(op, x->val, y->val)};
		return mk_const(syn->pos, ty_untyped_bool, v, syn);
	}
	if (is_untyped_nil(x))
		x = mk_const(x->pos, t, x->val, x->orig);
	if (is_untyped_nil(y))
		y = mk_const(y->pos, t, y->val, y->orig);
	x = default_conv(x);
	y = default_conv(y);
	if (!x || !y)
		return NULL;
	Node *n = mk(N_CMP, syn->pos, ty_untyped_bool, syn);
	n->op_tok = op;
	n->left = x;
	n->right = y;
	return n;
}

Node *check_binary(Node *syn)
{
	int op = syn->op_tok;
	Node *x = check_value(syn->left);
	Node *y = check_value(syn->right);
	if (!x || !y)
		return NULL;
	if (is_shift(op))
		return check_shift(syn, x, y);
	/* match the operand types */
	if (types_is_untyped(x->type) && !types_is_untyped(y->type))
		x = implicit_to(x, y->type);
	else if (types_is_untyped(y->type) && !types_is_untyped(x->type))
		y = implicit_to(y, x->type);
	if (!x || !y)
		return NULL;
	if (is_cmp(op))
		return check_compare(syn, x, y);
	Type *xt = x->type, *yt = y->type;
	if (types_is_untyped(xt) && types_is_untyped(yt) && xt != yt) {
		int rx = untyped_rank(xt), ry = untyped_rank(yt);
		if (rx && ry) {
			Type *t = rx > ry ? xt : yt;
			if (x->op == N_CONST)
				x = mk_const(x->pos, t, x->val, x->orig);
			else
				set_untyped_type(x, t);
			if (y->op == N_CONST)
				y = mk_const(y->pos, t, y->val, y->orig);
			else
				set_untyped_type(y, t);
			xt = yt = t;
		} else {
			diag_error(start_pos(syn), "invalid operation: %s (mismatched types %s and %s)", expr_str(syn),
			           types_str2(xt), types_str2(yt));
			return NULL;
		}
	}
	if (!types_identical(xt, yt)) {
		diag_error(start_pos(syn), "invalid operation: %s (mismatched types %s and %s)", expr_str(syn),
		           types_str2(xt), types_str2(yt));
		return NULL;
	}
	Type *t = xt;
	bool ok;
	switch (op) {
	case T_ADD: ok = types_is_numeric(t) || types_is_string(t); break;
	case T_SUB: case T_MUL: case T_QUO: ok = types_is_numeric(t); break;
	case T_REM: case T_AND: case T_OR: case T_XOR: case T_ANDNOT: ok = types_is_integer(t); break;
	case T_ANDAND: case T_OROR: ok = t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL; break;
	default: ok = false; break;
	}
	if (!ok) {
		diag_error(epos(x), "invalid operation: operator %s not defined on %s", tok_str(op),
		           operand_str(x));
		return NULL;
	}
	if ((op == T_QUO || op == T_REM) && y->op == N_CONST &&
	    (x->op == N_CONST || types_is_integer(t)) &&
	    ((y->val.kind == CV_INT && y->val.i == 0) || (y->val.kind == CV_FLOAT && y->val.f == 0))) {
		diag_error(epos(y), "invalid operation: division by zero");
		return NULL;
	}
	if (x->op == N_CONST && y->op == N_CONST) {
		Const v;
		bool dz;
		if (!const_binary(op, x->val, y->val, &v, t, syn->pos, &dz)) {
			if (dz)
				diag_error(epos(y), "invalid operation: division by zero");
			return NULL;
		}
		if (!const_fits_type(&v, t, syn))
			return NULL;
		if (t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE) {
			if (v.kind == CV_FLOAT && fabsl(v.f) < 0x1p126L)
				v = const_int((__int128)ld_trunc(v.f));
		}
		return mk_const(syn->pos, t, v, syn);
	}
	if (op == T_ANDAND || op == T_OROR) {
		Node *n = mk(N_LOGIC, syn->pos, t, syn);
		n->op_tok = op;
		n->left = x;
		n->right = y;
		if (!types_is_untyped(t)) {
			n->left = assign_conv(x, t, "operation", x->pos);
			n->right = assign_conv(y, t, "operation", y->pos);
		}
		return n;
	}
	x = types_is_untyped(t) ? x : assign_conv(x, t, "operation", x->pos);
	y = types_is_untyped(t) ? y : assign_conv(y, t, "operation", y->pos);
	if (!x || !y)
		return NULL;
	if (op == T_ADD && types_is_string(t)) {
		if (types_is_untyped(t)) {
			x = default_conv(x);
			y = default_conv(y);
			t = ty_string;
		}
		Node *n;
		if (x->op == N_ADDSTR && !x->implicit && x->orig && x->orig->op == N_BINARY) {
			/* gc reports the whole concatenation at its last (outermost) + */
			n = x;
			n->orig = syn;
			n->pos = syn->pos;
		} else {
			n = mk(N_ADDSTR, syn->pos, t, syn);
			nodelist_push(&n->list, x);
		}
		nodelist_push(&n->list, y);
		return n;
	}
	Node *n = mk(N_ARITH, syn->pos, t, syn);
	n->op_tok = op;
	n->left = x;
	n->right = y;
	return n;
}
