/*
 * check_assign.c: assignability and the implicit conversions it implies.
 *
 * Every place where a value meets a destination type (assignment, variable
 * declaration, argument, return, composite-literal element, send, append,
 * map key, comparison with an interface) goes through assign_conv(), which
 *   - represents an untyped constant in the destination type (go1.19's
 *     "cannot use 300 (untyped int constant) as int8 value in assignment
 *     (overflows)"), or in its default type when the destination is an
 *     interface;
 *   - checks the spec's assignability rules;
 *   - inserts N_CONVIFACE when a non-interface value flows into an
 *     interface (or one interface type into another), at the position the
 *     caller computed with the rules of escape-reference.md §2.4, and
 *     N_CONVNOP when assignable types differ only in name or direction.
 *
 * operand_pos() and last_ident_pos() implement those §2.4 rules: gc's
 * conversion node takes the "current position" at the moment it is made,
 * which a plain variable reference never moves.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

Node *conv_iface(Node *x, Type *t, Pos pos)
{
	Node *n = mk(N_CONVIFACE, pos, t, x->orig);
	n->left = x;
	n->implicit = true;
	return n;
}

/* Give an untyped non-constant expression (comparison, logic, shift of an
 * untyped constant) the type t, down through its untyped operands. */
void set_untyped_type(Node *x, Type *t)
{
	if (!x || !types_is_untyped(x->type))
		return;
	if (x->op == N_CONST) {
		Const v;
		bool ovf;
		if (const_representable(&x->val, t, &v, &ovf))
			x->val = v;
		x->type = t;
		return;
	}
	x->type = t;
	switch (x->op) {
	case N_LOGIC:
		set_untyped_type(x->left, t);
		set_untyped_type(x->right, t);
		break;
	case N_NOT:
	case N_NEG:
	case N_PLUS:
	case N_COM:
		set_untyped_type(x->left, t);
		break;
	case N_ARITH:
		if (x->op_tok == T_SHL || x->op_tok == T_SHR) {
			if (!types_is_integer(t)) {
				diag_error(epos(x), "invalid operation: shifted operand %s (type %s) must be integer",
				           x->left && x->left->orig ? expr_str(x->left->orig) : "?", types_str2(t));
			}
			set_untyped_type(x->left, t);
		} else {
			set_untyped_type(x->left, t);
			set_untyped_type(x->right, t);
		}
		break;
	default:
		break;
	}
}

static bool nilable(Type *t)
{
	switch (t->kind) {
	case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
	case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

/* Named in the spec's sense: declared types and the predeclared basic types. */
static bool is_named(Type *t)
{
	return t->sym || (t->kind > TY_BAD && t->kind <= TY_UNSAFEPTR);
}

bool assignable(Node *x, Type *t, const char **reason)
{
	*reason = NULL;
	Type *v = x->type;
	if (!v || !t)
		return false;
	if (types_identical(v, t))
		return true;
	if (x->op == N_CONST && x->val.kind == CV_NIL && v->kind == TY_NIL)
		return nilable(t);
	Type *vu = v->sym ? v->underlying : v, *tu = t->sym ? t->underlying : t;
	/* identical underlying types and at least one is not a named type */
	if ((!is_named(v) || !is_named(t)) && types_identical(vu, tu) && v->kind != TY_BAD)
		return true;
	if (t->kind == TY_INTERFACE) {
		const char *missing;
		bool wrongptr;
		if (implements(v, t, &missing, &wrongptr))
			return true;
		if (missing) {
			if (wrongptr)
				*reason = xprintf("%s does not implement %s (%s method has pointer receiver)",
				                  types_str2(v), types_str2(t), missing);
			else {
				bool has = false;
				if (v->kind != TY_INTERFACE) {
					bool p;
					has = find_method(v, missing, &p) != NULL;
				}
				*reason = has ? xprintf("%s does not implement %s (wrong type for %s method)",
				                        types_str2(v), types_str2(t), missing)
				              : xprintf("%s does not implement %s (missing %s method)",
				                        types_str2(v), types_str2(t), missing);
			}
		}
		return false;
	}
	/* a bidirectional channel to a directional one */
	if (v->kind == TY_CHAN && t->kind == TY_CHAN && v->chan_dir == 0 &&
	    types_identical(v->elem, t->elem) && (!is_named(v) || !is_named(t)))
		return true;
	return false;
}

/* The destination type as the source spells it, when the caller knows the
 * syntax (ck.dst_syn, set for variable declarations): types2 keeps the
 * alias names byte and rune that gofront's canonical types lose. */
static const char *dst_str(Type *t)
{
	if (ck.dst_syn && ck.dst_type == t)
		return expr_str(ck.dst_syn);
	return types_str2(t);
}

static Node *untyped_conv(Node *x, Type *t, const char *context)
{
	/* untyped nil */
	if (x->op == N_CONST && x->val.kind == CV_NIL) {
		if (!t) {
			diag_error(epos(x), "use of untyped nil in %s", context);
			return NULL;
		}
		if (!nilable(t)) {
			diag_error(epos(x), "cannot use nil as %s value in %s", dst_str(t), context);
			return NULL;
		}
		return mk_const(x->pos, t, x->val, x->orig);
	}
	Type *target = t;
	if (!t || t->kind == TY_INTERFACE)
		target = types_default(x->type);
	if (x->op == N_CONST) {
		Const v;
		bool ovf = false;
		bool ok = target->kind != TY_INTERFACE && const_representable(&x->val, target, &v, &ovf);
		if (!ok) {
			const char *tail = "";
			if (ovf)
				tail = " (overflows)";
			else if (x->val.kind == CV_FLOAT && types_is_integer(target))
				tail = " (truncated)";
			diag_error(epos(x), "cannot use %s as %s value in %s%s", operand_str(x), dst_str(target),
			           context, tail);
			return NULL;
		}
		return mk_const(x->pos, target, v, x->orig);
	}
	/* untyped bool from a comparison, or an untyped numeric shift */
	Type *tu = target->sym ? target->underlying : target;
	if ((x->type->kind == TY_UNTYPED_BOOL && tu->kind == TY_BOOL) ||
	    (types_is_numeric(x->type) && types_is_numeric(tu))) {
		set_untyped_type(x, target);
		return x;
	}
	diag_error(epos(x), "cannot use %s as %s value in %s", operand_str(x), dst_str(target), context);
	return NULL;
}

Node *assign_conv(Node *x, Type *t, const char *context, Pos convpos)
{
	if (!x || (t && t->kind == TY_BAD && !t->sym) || (x->type && x->type->kind == TY_BAD))
		return NULL;
	if (!x->type || x->type->kind == TY_TUPLE) {
		if (x->type && x->type->fields.len == 0)
			diag_error(epos(x), "%s (no value) used as value", x->orig ? expr_str(x->orig) : "?");
		else
			diag_error(epos(x), "multiple-value %s (value of type %s) in single-value context",
			           x->orig ? expr_str(x->orig) : "?", types_str2(x->type));
		return NULL;
	}
	if (types_is_untyped(x->type)) {
		x = untyped_conv(x, t, context);
		if (!x)
			return NULL;
	}
	if (!t || types_identical(x->type, t))
		return x;
	const char *reason;
	if (!assignable(x, t, &reason)) {
		if (reason)
			diag_error(epos(x), "cannot use %s as type %s in %s:\n\t%s", operand_str(x), dst_str(t),
			           context, reason);
		else
			diag_error(epos(x), "cannot use %s as type %s in %s", operand_str(x), dst_str(t), context);
		return NULL;
	}
	if (t->kind == TY_INTERFACE)
		return conv_iface(x, t, convpos);
	Node *n = mk(N_CONVNOP, x->pos, t, x->orig);
	n->left = x;
	n->implicit = true;
	return n;
}

Node *default_conv(Node *x)
{
	if (!x || !types_is_untyped(x->type))
		return x;
	if (x->op == N_CONST && x->val.kind == CV_NIL) {
		diag_error(epos(x), "use of untyped nil in assignment");
		return NULL;
	}
	return assign_conv(x, types_default(x->type), "assignment", x->pos);
}

/* ---- §2.4 positions ---- */

static Node *unparen(Node *syn)
{
	while (syn && syn->op == N_PAREN)
		syn = syn->left;
	return syn;
}

/* Call arguments and return results: an operand with a unique position sits
 * there; a plain variable (or func) reference inherits prev. */
Pos operand_pos(Node *syn, Pos prev, bool *unique)
{
	Node *s = unparen(syn);
	*unique = true;
	if (s && s->op == N_IDENT) {
		Obj *o = lookup(s->name);
		if (o && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC)) {
			*unique = false;
			return prev.line ? prev : s->pos;
		}
	}
	return s ? s->pos : prev;
}

/* var decls, sends, append, panic: the last identifier (variable) or call
 * translated in syn moves *cur. */
void last_ident_pos(Node *syn, Pos *cur)
{
	if (!syn)
		return;
	switch (syn->op) {
	case N_IDENT: {
		Obj *o = lookup(syn->name);
		if (o && (o->kind == OBJ_VAR || o->kind == OBJ_NIL)) /* nil has its own position too */
			*cur = syn->pos;
		return;
	}
	case N_CALL: {
		last_ident_pos(syn->left, cur);
		for (int i = 0; i < syn->list.len; i++)
			last_ident_pos(syn->list.v[i], cur);
		/* a call moves it to its `(`; conversions and the builtins
		 * other than make and new do not (measured with go1.19) */
		Node *fun = unparen(syn->left);
		bool moves = true;
		if (fun && fun->op == N_IDENT) {
			Obj *o = lookup(fun->name);
			if (o && o->kind == OBJ_TYPE)
				moves = false;
			if (o && o->kind == OBJ_BUILTIN && o->builtin != BI_MAKE && o->builtin != BI_NEW)
				moves = false;
		} else if (fun && (fun->op == N_ARRAYTYPE || fun->op == N_SLICETYPE || fun->op == N_MAPTYPE ||
		                   fun->op == N_CHANTYPE || fun->op == N_FUNCTYPE || fun->op == N_IFACETYPE ||
		                   fun->op == N_STRUCTTYPE || fun->op == N_STAR)) {
			moves = false;
		}
		if (moves)
			*cur = syn->pos;
		return;
	}
	case N_COMPOSITE:
		*cur = syn->pos; /* the literal's `{`, unless an element moves it */
		for (int i = 0; i < syn->list.len; i++)
			last_ident_pos(syn->list.v[i], cur);
		return;
	case N_KEYVALUE:
		last_ident_pos(syn->left, cur);
		last_ident_pos(syn->right, cur);
		return;
	case N_FUNCLIT:
		return;
	case N_SLICE:
		last_ident_pos(syn->left, cur);
		for (int i = 0; i < syn->list.len; i++)
			last_ident_pos(syn->list.v[i], cur);
		return;
	default:
		last_ident_pos(syn->left, cur);
		last_ident_pos(syn->right, cur);
		return;
	}
}
