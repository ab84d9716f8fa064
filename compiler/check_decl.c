/*
 * check_decl.c: assignments and declarations inside function bodies.
 *
 * x = e, a, b = e1, e2, x := e, var x T = e, const and type declarations
 * (and the initialisers of package-level variables, for check.c).  The IR
 * shapes are docs/ir.md's: N_AS, N_AS2, N_VARDEF; the comma-ok forms mark
 * their right side is_commaok with a (T, bool) tuple type.  Implicit
 * interface conversions sit at the last LHS operand for assignments and at
 * the last identifier of the values for declarations (escape-reference.md
 * §2.4).  A variable declared by := or var is in scope only after its
 * statement, so it is inserted after the right side has been checked.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

Obj *new_local(const char *name, Pos pos, Type *t)
{
	Obj *o = obj_new(OBJ_VAR, name, pos, t);
	o->vclass = ck.func ? VC_LOCAL : VC_GLOBAL;
	o->owner = ck.func;
	if (ck.func)
		func_add_dcl(ck.func, o);
	return o;
}

static Node *vardef(Obj *o, Node *init, Pos pos, Node *orig)
{
	Node *n = mk(N_VARDEF, pos, NULL, orig);
	n->obj = o;
	n->right = init;
	n->name = o->name;
	return n;
}

/* ---- assignment targets ---- */

/* An assignable operand; NULL for the blank identifier (*blank set). */
Node *check_lhs(Node *syn, bool *blank, bool *err)
{
	*blank = false;
	*err = false;
	Node *s = syn;
	while (s && s->op == N_PAREN)
		s = s->left;
	if (s && s->op == N_IDENT) {
		if (strcmp(s->name, "_") == 0) {
			*blank = true;
			return NULL;
		}
		Obj *o = lookup(s->name);
		if (o && o->kind == OBJ_VAR) {
			/* assigning is not using */
			resolve_obj(o);
			record_use(o);
			return mk_name(s->pos, o, s);
		}
	}
	Node *x = check_expr(syn);
	if (!x) {
		*err = true;
		return NULL;
	}
	if (x->type && x->type->kind == TY_TUPLE) {
		diag_error(start_pos(syn), "multiple-value %s in single-value context", expr_str(syn));
		*err = true;
		return NULL;
	}
	if (!addressable(x) && x->op != N_INDEXMAP) {
		if (x->op == N_DOT && x->left && x->left->op == N_INDEXMAP)
			diag_error(start_pos(syn), "cannot assign to struct field %s in map", expr_str(syn));
		else if (x->op == N_CONST)
			diag_error(start_pos(syn), "cannot assign to %s", operand_str(x));
		else if (x->op == N_INDEXSTR || x->op == N_CALLFUNC ||
		         x->op == N_CALLMETH || x->op == N_CALLVALUE || x->op == N_CALLINTER)
			diag_error(start_pos(syn), "cannot assign to %s (value of type %s)", expr_str(syn),
			           x->op == N_INDEXSTR ? "byte" : types_str2(x->type));
		else
			diag_error(start_pos(syn), "cannot assign to %s (neither addressable nor a map index expression)",
			           expr_str(syn));
		*err = true;
		return NULL;
	}
	return x;
}

/* The comma-ok forms: v, ok = m[k] / x.(T) / <-c. */
static bool make_commaok(Node *x)
{
	if (!x || (x->op != N_INDEXMAP && x->op != N_TYPEASSERTX && x->op != N_RECV))
		return false;
	FieldList fl = {0};
	fieldlist_push(&fl, (Field){.type = x->type});
	fieldlist_push(&fl, (Field){.type = ty_bool});
	x->is_commaok = true;
	x->type = types_tuple(fl);
	return true;
}

static const char *plural(int n, const char *w)
{
	return xprintf("%d %s%s", n, w, n == 1 ? "" : "s");
}

static void mismatch(Pos pos, int nl, Node **rx, int nr, Node *rsyn0)
{
	if (rsyn0)
		pos = start_pos(rsyn0);
	if (nr == 1 && rx && rx[0] && rx[0]->type && rsyn0 && rsyn0->op == N_CALL &&
	    rx[0]->op >= N_CALLFUNC && rx[0]->op <= N_CALLVALUE) {
		int nv = rx[0]->type->kind == TY_TUPLE ? rx[0]->type->fields.len : 1;
		diag_error(pos, "assignment mismatch: %s but %s returns %s", plural(nl, "variable"),
		           expr_str(rsyn0->left), plural(nv, "value"));
		return;
	}
	diag_error(pos, "assignment mismatch: %s but %s", plural(nl, "variable"), plural(nr, "value"));
}

/* Evaluate the right-hand sides of an n:m assignment.  Returns the number of
 * values (a tuple call counts its results); *tuple is set for n:1 forms. */
static bool rhs_is_var; /* var declarations say "multiple-value" where assignments say "mismatch" */

static Node **check_rhs(NodeList *rl, int nl, Node **tuple, bool *err)
{
	*tuple = NULL;
	*err = false;
	Node **rx = xmalloc((rl->len + 1) * sizeof *rx);
	for (int i = 0; i < rl->len; i++) {
		rx[i] = check_expr(rl->v[i]);
		if (!rx[i])
			*err = true;
	}
	if (*err)
		return rx;
	if (rl->len == nl) {
		for (int i = 0; i < nl; i++)
			if (rx[i]->type && rx[i]->type->kind == TY_TUPLE && rx[i]->type->fields.len != 1 &&
			    rl->v[i]->op == N_CALL) {
				if (nl == 1 && rx[i]->type->fields.len > 1 && !rhs_is_var)
					diag_error(start_pos(rl->v[i]), "assignment mismatch: 1 variable but %s returns %d values",
					           expr_str(rl->v[i]->left), rx[i]->type->fields.len);
				else if (rx[i]->type->fields.len == 0)
					diag_error(start_pos(rl->v[i]), "%s (no value) used as value", expr_str(rl->v[i]));
				else
					diag_error(start_pos(rl->v[i]), "multiple-value %s (value of type %s) in single-value context",
					           expr_str(rl->v[i]), types_str2(rx[i]->type));
				*err = true;
				return rx;
			}
	}
	if (rl->len == 1 && nl > 1) {
		if (nl == 2 && make_commaok(rx[0])) {
			*tuple = rx[0];
			return rx;
		}
		if (rx[0]->type && rx[0]->type->kind == TY_TUPLE && rx[0]->type->fields.len == nl) {
			*tuple = rx[0];
			return rx;
		}
	}
	return rx;
}

void assign_stmt(Node *syn, NodeList *out)
{
	int nl = syn->list.len, nr = syn->rlist.len;
	Node **lx = xmalloc((nl + 1) * sizeof *lx);
	bool bad = false;
	for (int i = 0; i < nl; i++) {
		bool blank, err;
		lx[i] = check_lhs(syn->list.v[i], &blank, &err);
		if (err)
			bad = true;
	}
	Node *tuple;
	bool err;
	Node **rx = check_rhs(&syn->rlist, nl, &tuple, &err);
	if (bad || err) {
		for (int j = 0; j < nl; j++)
			if (lx[j] && lx[j]->op == N_NAME)
				lx[j]->obj->used = true;
		return;
	}
	/* gc: the last name its typecheck visits in the last LHS operand (s[i] = v: i) */
	Pos convpos = start_pos(syn->list.v[nl - 1]);
	last_ident_pos(syn->list.v[nl - 1], &convpos);
	if (tuple) {
		Type *tt = tuple->type;
		for (int i = 0; i < nl; i++) {
			if (!lx[i])
				continue;
			Node tmp = {.op = N_NAME, .type = tt->fields.v[i].type};
			const char *r;
			if (!assignable(&tmp, lx[i]->type, &r)) {
				diag_error(syn->rlist.v[0]->pos, "cannot use %s value as %s value in assignment",
				           types_str2(tmp.type), types_str2(lx[i]->type));
				for (int j = 0; j < nl; j++)
					if (lx[j] && lx[j]->op == N_NAME)
						lx[j]->obj->used = true;
				return;
			}
		}
		Node *n = mk(N_AS2, syn->pos, NULL, syn);
		for (int i = 0; i < nl; i++)
			nodelist_push(&n->list, lx[i]);
		nodelist_push(&n->rlist, tuple);
		nodelist_push(out, n);
		return;
	}
	if (nl != nr) {
		mismatch(syn->pos, nl, rx, nr, syn->rlist.v[0]);
		for (int j = 0; j < nl; j++)
			if (lx[j] && lx[j]->op == N_NAME)
				lx[j]->obj->used = true;
		return;
	}
	for (int i = 0; i < nr; i++) {
		if (lx[i] && lx[i]->op == N_NAME && !rx[i])
			lx[i]->obj->used = true;
		if (lx[i])
			rx[i] = assign_conv(rx[i], lx[i]->type, "assignment", convpos);
		else {
			if (rx[i] && rx[i]->op == N_CONST && rx[i]->val.kind == CV_NIL && rx[i]->type->kind == TY_NIL) {
				diag_error(rx[i]->pos, "use of untyped nil in assignment");
				return;
			}
			rx[i] = rx[i] && types_is_untyped(rx[i]->type)
			            ? assign_conv(rx[i], types_default(rx[i]->type), "assignment to _ identifier", convpos)
			            : assign_conv(rx[i], NULL, "assignment", convpos);
		}
		if (!rx[i]) {
			for (int j = 0; j < nl; j++)
				if (lx[j] && lx[j]->op == N_NAME)
					lx[j]->obj->used = true;
			return;
		}
	}
	if (nl == 1) {
		Node *n = mk(N_AS, syn->pos, NULL, syn);
		n->left = lx[0];
		n->right = rx[0];
		nodelist_push(out, n);
		return;
	}
	Node *n = mk(N_AS2, syn->pos, NULL, syn);
	for (int i = 0; i < nl; i++) {
		nodelist_push(&n->list, lx[i]);
		nodelist_push(&n->rlist, rx[i]);
	}
	nodelist_push(out, n);
}

/* x, y := ... */
void define_stmt(Node *syn, NodeList *out)
{
	int nl = syn->list.len, nr = syn->rlist.len;
	Node *tuple;
	bool err;
	Node **rx = check_rhs(&syn->rlist, nl, &tuple, &err);
	Obj **objs = xmalloc((nl + 1) * sizeof *objs);
	bool *isnew = xmalloc((nl + 1) * sizeof *isnew);
	int nnew = 0;
	for (int i = 0; i < nl; i++) {
		Node *id = syn->list.v[i];
		objs[i] = NULL;
		isnew[i] = false;
		if (id->op != N_IDENT)
			return; /* reported by the parser */
		if (strcmp(id->name, "_") == 0)
			continue;
		for (int j = 0; j < i; j++)
			if (syn->list.v[j]->op == N_IDENT && strcmp(syn->list.v[j]->name, id->name) == 0) {
				diag_error(id->pos, "%s repeated on left side of :=", id->name);
				return;
			}
		Obj *o = scope_lookup_local(ck.scope, id->name);
		if (o && o->kind == OBJ_VAR) {
			objs[i] = o;
			continue;
		}
		isnew[i] = true;
		nnew++;
	}
	if (nnew == 0) {
		diag_error(syn->pos, "no new variables on left side of :=");
		/* keep checking as an assignment */
	}
	if (err)
		goto declare_anyway;
	if (!tuple && nl != nr) {
		mismatch(syn->pos, nl, rx, nr, syn->rlist.v[0]);
		goto declare_anyway;
	}
	/* types of the new variables, conversions for the old ones */
	Type **types = xmalloc((nl + 1) * sizeof *types);
	for (int i = 0; i < nl; i++) {
		Type *vt;
		if (tuple)
			vt = tuple->type->fields.v[i].type;
		else {
			Node *x = rx[i];
			if (objs[i])
				x = assign_conv(x, objs[i]->type, "assignment", syn->list.v[nl - 1]->pos);
			else {
				if (x->op == N_CONST && x->val.kind == CV_NIL && x->type->kind == TY_NIL) {
					diag_error(x->pos, "use of untyped nil in assignment");
					goto declare_anyway;
				}
				x = x->type && x->type->kind == TY_TUPLE ? assign_conv(x, NULL, "assignment", x->pos)
				                                          : default_conv(x);
			}
			if (!x)
				goto declare_anyway;
			rx[i] = x;
			vt = x->type;
		}
		types[i] = vt;
	}
	for (int i = 0; i < nl; i++) {
		Node *id = syn->list.v[i];
		if (isnew[i]) {
			Obj *o = new_local(id->name, id->pos, types[i]);
			objs[i] = o;
		}
	}
	if (nl == 1 && !tuple) {
		if (isnew[0]) {
			nodelist_push(out, vardef(objs[0], rx[0], syn->pos, syn));
		} else {
			Node *n = mk(N_AS, syn->pos, NULL, syn);
			n->left = objs[0] ? mk_name(syn->list.v[0]->pos, objs[0], syn->list.v[0]) : NULL;
			n->right = rx[0];
			nodelist_push(out, n);
		}
	} else {
		for (int i = 0; i < nl; i++)
			if (isnew[i])
				nodelist_push(out, vardef(objs[i], NULL, syn->pos, syn));
		Node *n = mk(N_AS2, syn->pos, NULL, syn);
		for (int i = 0; i < nl; i++)
			nodelist_push(&n->list, objs[i] ? mk_name(syn->list.v[i]->pos, objs[i], syn->list.v[i]) : NULL);
		if (tuple)
			nodelist_push(&n->rlist, tuple);
		else
			for (int i = 0; i < nl; i++)
				nodelist_push(&n->rlist, rx[i]);
		nodelist_push(out, n);
	}
	for (int i = 0; i < nl; i++)
		if (isnew[i])
			scope_insert(ck.scope, objs[i]);
	return;
declare_anyway:
	for (int i = 0; i < nl; i++)
		if (isnew[i]) {
			Obj *o = new_local(syn->list.v[i]->name, syn->list.v[i]->pos, ty_invalid);
			o->used = true;
			scope_insert(ck.scope, o);
		}
}

/* var a, b T = x, y (local, or package level through check_vardecl_global) */
static Node **var_values_conv(Node *spec, Type *t, Node **tuple, bool *err);

static Node **var_values(Node *spec, Type *t, Node **tuple, bool *err)
{
	ck.dst_syn = t ? spec->right : NULL;
	ck.dst_type = t;
	Node **rx = var_values_conv(spec, t, tuple, err);
	ck.dst_syn = NULL;
	ck.dst_type = NULL;
	return rx;
}

static Node **var_values_conv(Node *spec, Type *t, Node **tuple, bool *err)
{
	int nl = spec->list.len, nr = spec->rlist.len;
	rhs_is_var = true;
	Node **rx = check_rhs(&spec->rlist, nl, tuple, err);
	rhs_is_var = false;
	if (*err)
		return NULL;
	if (*tuple) {
		for (int i = 0; i < nl && t; i++) {
			Node tmp = {.op = N_NAME, .type = (*tuple)->type->fields.v[i].type};
			const char *r;
			if (!assignable(&tmp, t, &r)) {
				diag_error(spec->rlist.v[0]->pos, "cannot use %s value as %s value in assignment",
				           types_str2(tmp.type), types_str2(t));
				*err = true;
				return NULL;
			}
		}
		return rx;
	}
	if (nl != nr) {
		mismatch(spec->list.v[0]->pos, nl, rx, nr, spec->rlist.v[0]);
		*err = true;
		return NULL;
	}
	/* from the first name (gc's assignments of `var a, b T = x, y` are at it) */
	Pos cur = spec->list.v[0]->pos;
	for (int i = 0; i < nr; i++)
		last_ident_pos(spec->rlist.v[i], &cur);
	for (int i = 0; i < nr; i++) {
		Node *x = rx[i];
		if (t)
			x = assign_conv(x, t, "variable declaration", cur);
		else if (x->op == N_CONST && x->val.kind == CV_NIL && x->type->kind == TY_NIL) {
			diag_error(x->pos, "use of untyped nil in variable declaration");
			x = NULL;
		} else if (types_is_untyped(x->type))
			x = assign_conv(x, types_default(x->type), "variable declaration", cur);
		else
			x = assign_conv(x, NULL, "variable declaration", cur);
		if (!x) {
			*err = true;
			return NULL;
		}
		rx[i] = x;
	}
	return rx;
}

void var_stmt(Node *spec, NodeList *out)
{
	int nl = spec->list.len;
	Type *t = spec->right ? resolve_type(spec->right) : NULL;
	Node *tuple = NULL;
	bool err = false;
	Node **rx = NULL;
	if (spec->rlist.len)
		rx = var_values(spec, t, &tuple, &err);
	Obj **objs = xmalloc((nl + 1) * sizeof *objs);
	for (int i = 0; i < nl; i++) {
		Node *id = spec->list.v[i];
		Type *vt = t;
		if (!vt && rx && !err)
			vt = tuple ? tuple->type->fields.v[i].type : rx[i]->type;
		if (!vt)
			vt = ty_invalid;
		objs[i] = new_local(id->name, id->pos, vt);
		if (err || (!t && !spec->rlist.len))
			objs[i]->used = true;
	}
	if (!err) {
		if (!spec->rlist.len) {
			for (int i = 0; i < nl; i++)
				nodelist_push(out, vardef(objs[i], NULL, spec->list.v[i]->pos, spec));
		} else if (nl == 1 && !tuple) {
			nodelist_push(out, vardef(objs[0], rx[0], spec->list.v[0]->pos, spec));
		} else {
			for (int i = 0; i < nl; i++)
				nodelist_push(out, vardef(objs[i], NULL, spec->list.v[i]->pos, spec));
			Node *n = mk(N_AS2, spec->pos, NULL, spec);
			for (int i = 0; i < nl; i++)
				nodelist_push(&n->list, strcmp(objs[i]->name, "_") ? mk_name(objs[i]->pos, objs[i], spec->list.v[i]) : NULL);
			if (tuple)
				nodelist_push(&n->rlist, tuple);
			else
				for (int i = 0; i < nl; i++)
					nodelist_push(&n->rlist, rx[i]);
			nodelist_push(out, n);
		}
	}
	for (int i = 0; i < nl; i++)
		scope_insert(ck.scope, objs[i]);
}

/* A package-level var spec's initialisation statement (check.c). */
Node *check_vardecl_global(Node *spec, Decl *d)
{
	int nl = spec->list.len;
	Type *t = d->type_syn ? resolve_type(d->type_syn) : NULL;
	Node *tuple = NULL;
	bool err = false;
	Node **rx = var_values(spec, t, &tuple, &err);
	Obj **objs = xmalloc((nl + 1) * sizeof *objs);
	for (int i = 0; i < nl; i++) {
		Node *id = spec->list.v[i];
		Obj *o = NULL;
		Decl *od = NULL;
		/* find the Obj declared for this name (same spec, same index) */
		if (i == d->index)
			o = d->obj;
		else {
			o = lookup(id->name);
			od = decl_of(o);
			if (!od || od->spec != spec)
				o = NULL;
		}
		objs[i] = o;
		if (o && !err) {
			Type *vt = t;
			if (!vt)
				vt = tuple ? tuple->type->fields.v[i].type : rx[i]->type;
			o->type = vt;
			if (od && od != d)
				od->state = DS_DONE;
		}
	}
	if (err)
		return NULL;
	if (nl == 1 && !tuple) {
		Node *n = mk(N_AS, spec->pos, NULL, spec);
		n->left = objs[0] && strcmp(objs[0]->name, "_") ? mk_name(objs[0]->pos, objs[0], spec->list.v[0]) : NULL;
		n->right = rx[0];
		return n;
	}
	Node *n = mk(N_AS2, spec->pos, NULL, spec);
	for (int i = 0; i < nl; i++)
		nodelist_push(&n->list, objs[i] && strcmp(objs[i]->name, "_") ? mk_name(objs[i]->pos, objs[i], spec->list.v[i]) : NULL);
	if (tuple)
		nodelist_push(&n->rlist, tuple);
	else
		for (int i = 0; i < nl; i++)
			nodelist_push(&n->rlist, rx[i]);
	return n;
}

void const_stmt(Node *spec)
{
	static Node *last_type;
	static NodeList *last_vals;
	if (spec->rlist.len > 0 || spec->iota == 0) {
		last_type = spec->right;
		last_vals = &spec->rlist;
	}
	int saved = ck.iota;
	ck.iota = spec->iota;
	Type *t = last_type ? resolve_type(last_type) : NULL;
	for (int i = 0; i < spec->list.len; i++) {
		Node *id = spec->list.v[i];
		Obj *o = obj_new(OBJ_CONST, id->name, id->pos, NULL);
		if (!last_vals || i >= last_vals->len) {
			if (last_vals && last_vals->len)
				diag_error(id->pos, "missing init expr for const declaration");
			continue;
		}
		Node *x = check_expr(last_vals->v[i]);
		if (x && x->op != N_CONST) {
			diag_error(epos(x), "%s is not constant", operand_str(x));
			x = NULL;
		}
		if (x && t)
			x = assign_conv(x, t, "constant declaration", x->pos);
		if (x && x->op == N_CONST) {
			o->type = x->type;
			o->val = x->val;
		} else {
			o->type = NULL; /* failed: its uses report nothing more */
		}
		scope_insert(ck.scope, o);
	}
	if (last_vals && spec->list.len < last_vals->len && spec->rlist.len)
		diag_error(spec->pos, "extra init expr");
	ck.iota = saved;
}

void type_stmt(Node *spec)
{
	Obj *o = obj_new(OBJ_TYPE, spec->name, spec->pos, NULL);
	if (spec->is_alias) {
		o->type = resolve_type(spec->right);
		scope_insert(ck.scope, o);
		return;
	}
	Type *t = types_named(o, NULL);
	o->type = t;
	scope_insert(ck.scope, o);
	Type *u = resolve_type(spec->right);
	if (!u) {
		types_set_underlying(t, ty_int);
		return;
	}
	if (u == t) {
		report_cycle(o);
		return;
	}
	types_set_underlying(t, u);
	type_check_sizes(&t, 1);
}

