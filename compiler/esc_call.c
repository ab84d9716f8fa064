/*
 * esc_call.c: calls, builtins and go/defer (gc's escape/call.go).
 *
 * A call's arguments flow into holes built from the callee's parameter tags
 * (tagHole): to the heap at the tag's heap derefs, and to the holes of the
 * call's results at their derefs.  The callee is known statically for
 * top-level functions, methods called on a concrete type, method
 * expressions, func literals called where they appear and func literals held
 * in a local that is never reassigned (gc's ir.StaticValue).  Otherwise
 * (func values, interface methods) every argument goes to the heap.
 *
 * Inside a batch of mutually recursive functions the callee has no tags
 * yet: arguments flow straight into its parameter locations and its result
 * locations flow into the call's result holes.
 *
 * go/defer: a call with arguments is wrapped by gc in a no-argument closure
 * whose record holds copies of the arguments (temporaries captured by
 * value).  `go` sends the record to the heap; a `defer` at loop depth 1
 * keeps it until the function returns, a `defer` in a loop sends it to the
 * heap.  Slice literal arguments (including the `...` slice) are peeled
 * off: only their elements are copied, so the slice itself can stay on the
 * stack if the callee does not leak it.
 *
 * Also here: devirtualization (devirtualize.go) and the temporaries of gc's
 * typecheck rewrites (RewriteMultiValueCall, RewriteNonNameCall), which
 * show in -m's expressions as .autotmp_N.
 */
#include <string.h>

#include "escape.h"

bool esc_in_mutual_batch(Func *fn)
{
	EscFunc *ef = esc_func(fn);
	if (ef->state == ESCF_UNKNOWN)
		return false; /* not analysed in this run (e.g. bodyless) */
	return ef->state < ESCF_TAGGED;
}

/* A body-carrying function of this file, or NULL. */
static Func *local_func(Obj *fn)
{
	if (!fn || fn->kind != OBJ_FUNC || fn->pkg || !fn->func_)
		return NULL;
	return fn->func_;
}

static Node *find_vardef(Node *n, Obj *o)
{
	if (!n)
		return NULL;
	if (n->op == N_VARDEF && n->obj == o)
		return n;
	if (n->op == N_CLOSURE)
		return n->func_ ? find_vardef(n->func_->body, o) : NULL;
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) {
		Node *r = find_vardef(kids[i], o);
		if (r)
			return r;
	}
	for (int i = 0; i < n->list.len; i++) {
		Node *r = find_vardef(n->list.v[i], o);
		if (r)
			return r;
	}
	return NULL;
}

/* The initial value of local o (x := e, var x T = e), or NULL. */
static Node *var_init(Obj *o)
{
	EscLoc *loc = o->esc_loc;
	if (loc && loc->init)
		return loc->init;
	if (!o->owner || !o->owner->body)
		return NULL;
	Node *d = find_vardef(o->owner->body, o);
	return d ? d->right : NULL;
}

/* gc's ir.StaticValue: the value a never-reassigned local surely holds.
 * A variable captured from an enclosing function is a closure variable
 * there, never static. */
static Node *static_value(Node *n, Func *curfn)
{
	for (int guard = 0; n && guard < 16; guard++) {
		if (n->op == N_CONVNOP) {
			n = n->left;
			continue;
		}
		if (n->op != N_NAME || !n->obj || n->obj->kind != OBJ_VAR ||
		    n->obj->vclass != VC_LOCAL || (curfn && n->obj->owner != curfn))
			return n;
		Obj *o = n->obj;
		Node *init = var_init(o);
		if (!init || o->reassigned || o->addrtaken)
			return n;
		n = init;
	}
	return n;
}

/* ---- devirtualize.go: i.M() where i surely holds a concrete T ---- */

typedef struct Devirt {
	Node *call;
	Obj *m;       /* the concrete method */
	Type *typ;    /* the dynamic type */
	bool partial; /* promoted from an embedded interface: still dynamic */
	int nsteps;   /* a method promoted through embedded fields: */
	bool step_ptr[8]; /* each step reads through a pointer (ODOTPTR) */
	bool end_ptr; /* the value the method is found on is a pointer */
	const char *step_name[8]; /* the embedded fields' names (for printing) */
} Devirt;

/* A method promoted through embedded struct fields, at the shallowest
 * depth (gc's dotpath): the steps, and whether the last value is a
 * pointer.  NULL when none (or ambiguous at that depth). */
static Obj *find_promoted(Type *t, const char *name, Devirt *d)
{
	typedef struct Cand {
		Type *t;      /* the current value's type (struct or *struct) */
		int n;
		bool ptr[8];
		const char *name[8];
	} Cand;
	Cand cur[32], next[32];
	int ncur = 1, nnext;
	cur[0] = (Cand){.t = t};
	for (int depth = 0; depth < 8 && ncur > 0; depth++) {
		Obj *found = NULL;
		int nfound = 0;
		Cand fc = {0};
		nnext = 0;
		for (int c = 0; c < ncur; c++) {
			Type *v = cur[c].t;
			bool isptr = v->kind == TY_PTR && !v->sym;
			Type *st = isptr ? v->elem : v;
			if (!st)
				continue;
			if (depth > 0 && st->sym) {
				for (int i = 0; i < st->methods.len; i++)
					if (st->methods.v[i].name && !strcmp(st->methods.v[i].name, name) &&
					    st->methods.v[i].obj) {
						found = st->methods.v[i].obj;
						fc = cur[c];
						nfound++;
					}
			}
			Type *u = st->underlying ? st->underlying : st;
			if (u->kind != TY_STRUCT)
				continue;
			for (int i = 0; i < u->fields.len && nnext < 32; i++) {
				Field *f = &u->fields.v[i];
				if (!f->embedded || !f->type || cur[c].n >= 8)
					continue;
				next[nnext] = cur[c];
				next[nnext].t = f->type;
				next[nnext].name[next[nnext].n] = f->name;
				next[nnext].ptr[next[nnext].n++] = isptr;
				nnext++;
			}
		}
		if (nfound == 1) {
			d->nsteps = fc.n;
			memcpy(d->step_ptr, fc.ptr, sizeof fc.ptr);
			memcpy(d->step_name, fc.name, sizeof fc.name);
			d->end_ptr = fc.t->kind == TY_PTR && !fc.t->sym;
			return found;
		}
		if (nfound > 1)
			return NULL;
		memcpy(cur, next, sizeof(Cand) * (size_t)nnext);
		ncur = nnext;
	}
	return NULL;
}

static Devirt *devirts;
static int ndevirts, capdevirts;

static Obj *find_method(Type *t, const char *name, bool *ptr_only)
{
	Type *nt = t->kind == TY_PTR && !t->sym ? t->elem : t;
	if (!nt || !nt->sym)
		return NULL;
	for (int i = 0; i < nt->methods.len; i++) {
		Field *f = &nt->methods.v[i];
		if (f->name && strcmp(f->name, name) == 0 && f->obj) {
			*ptr_only = f->obj->ptr_recv;
			return f->obj;
		}
	}
	return NULL;
}

/* M is promoted from an interface embedded in struct typ (#42279). */
static bool promoted_from_iface(Type *typ, const char *name)
{
	Type *st = typ->kind == TY_PTR && !typ->sym ? typ->elem : typ;
	if (!st || st->kind != TY_STRUCT)
		return false;
	for (int i = 0; i < st->fields.len; i++) {
		Field *f = &st->fields.v[i];
		if (!f->embedded || !f->type || f->type->kind != TY_INTERFACE)
			continue;
		for (int j = 0; j < f->type->methods.len; j++)
			if (f->type->methods.v[j].name && !strcmp(f->type->methods.v[j].name, name))
				return true;
	}
	return false;
}

static void devirt_call(Node *call, Func *curfn, bool mflag)
{
	Node *sel = call->left;
	if (!sel || !sel->left || !sel->name)
		return;
	Node *r = static_value(sel->left, curfn);
	if (!r || r->op != N_CONVIFACE || !r->left || !r->left->type)
		return;
	Type *typ = r->left->type;
	if (typ->kind == TY_INTERFACE)
		return;
	bool ptr_only = false;
	Obj *m = find_method(typ, sel->name, &ptr_only);
	bool partial = false;
	Devirt path = {0};
	if (!m && promoted_from_iface(typ, sel->name))
		partial = true;
	else if (!m && (m = find_promoted(typ, sel->name, &path)) != NULL)
		; /* promoted through embedded structs */
	else if (!m || (ptr_only && typ->kind != TY_PTR))
		return;
	if (mflag)
		diag_m(call->pos, "%sdevirtualizing %s to %s", partial ? "partially " : "",
		       esc_fmt_expr(sel), types_str(typ, false));
	if (ndevirts == capdevirts) {
		capdevirts = capdevirts ? 2 * capdevirts : 8;
		devirts = xrealloc(devirts, sizeof(Devirt) * (size_t)capdevirts);
	}
	path.call = call;
	path.m = m;
	path.typ = typ;
	path.partial = partial;
	if (!path.nsteps)
		path.end_ptr = typ->kind == TY_PTR && !typ->sym;
	devirts[ndevirts++] = path;
}

static void devirt_walk(Node *n, Func *curfn, bool mflag)
{
	if (!n)
		return;
	if (n->op == N_CALLINTER)
		devirt_call(n, curfn, mflag);
	if (n->op == N_CLOSURE && n->func_)
		devirt_walk(n->func_->body, n->func_, mflag);
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		devirt_walk(kids[i], curfn, mflag);
	for (int i = 0; i < n->list.len; i++)
		devirt_walk(n->list.v[i], curfn, mflag);
	for (int i = 0; i < n->rlist.len; i++)
		devirt_walk(n->rlist.v[i], curfn, mflag);
}

void esc_devirtualize(Func *fn, bool mflag)
{
	devirt_walk(fn->body, fn, mflag);
}

static Devirt *devirtualized(Node *call)
{
	for (int i = 0; i < ndevirts; i++)
		if (devirts[i].call == call)
			return &devirts[i];
	return NULL;
}

Obj *esc_devirt_info(Node *call, Type **typ, const char *const **steps, int *nsteps)
{
	Devirt *d = devirtualized(call);
	if (!d || d->partial)
		return NULL;
	*typ = d->typ;
	*steps = d->step_name;
	*nsteps = d->nsteps;
	return d->m;
}

/* tagHole: where an argument for param pi (-1 = receiver) of fn goes. */
static Hole tag_hole(Esc *e, Hole *ks, int nks, Obj *fn, Func *f, int pi)
{
	if (!fn && !f)
		return esc_heap_hole(e);
	if (f && esc_in_mutual_batch(f)) {
		Obj *p = NULL;
		for (int i = 0; i < f->ndcl; i++) {
			Obj *o = f->dcl[i];
			if (o->kind == OBJ_VAR && o->vclass == VC_PARAM && o->index == pi)
				p = o;
		}
		if (!p || !p->name || strcmp(p->name, "_") == 0)
			return esc_discard_hole(e);
		return esc_hole(esc_old_loc(p));
	}
	Leaks l = esc_param_tag(fn, f, pi);
	Hole tks[1 + ESC_NUM_RESULTS];
	int ntks = 0;
	int x = esc_leaks_heap(&l);
	if (x >= 0)
		tks[ntks++] = esc_shift(esc_heap_hole(e), x);
	if (ks)
		for (int i = 0; i < ESC_NUM_RESULTS && i < nks; i++) {
			int r = esc_leaks_result(&l, i);
			if (r >= 0)
				tks[ntks++] = esc_shift(ks[i], r);
		}
	return esc_tee(e, tks, ntks);
}

/* The state of one call being analysed; wrap != NULL inside go/defer. */
typedef struct CallCtx {
	Node *call;
	EscClosure *wrap; /* the go/defer wrapper collecting captured temps */
} CallCtx;

/* gc's ir.HasUniquePos: names (and named constants) share positions. */
static bool unique_pos(Node *x)
{
	while ((x->op == N_CONVNOP || x->op == N_CONV) && x->implicit && x->left)
		x = x->left;
	if (x->op == N_NAME)
		return false;
	if (x->op == N_CONST && x->orig && x->orig->op == N_IDENT)
		return false;
	return true;
}

static void add_wrapvar(EscClosure *w, EscLoc *tmp, Pos pos)
{
	w->wrapvars = xrealloc(w->wrapvars, sizeof(EscLoc *) * (size_t)(w->nwrapvars + 1));
	w->cvpos = xrealloc(w->cvpos, sizeof(Pos) * (size_t)(w->nwrapvars + 1));
	w->wrapvars[w->nwrapvars] = tmp;
	w->cvpos[w->nwrapvars] = pos;
	w->nwrapvars++;
}

/* A new .autotmp_N of the current function (gc's typecheck.TempAt). */
static EscLoc *new_temp(Esc *e, Type *t, Pos pos)
{
	EscFunc *ef = esc_func(e->curfn);
	Obj *o = xmalloc(sizeof(Obj));
	o->kind = OBJ_VAR;
	o->name = xprintf(".autotmp_%d", e->curfn->ndcl + ef->tc_temps + ef->ntemps++);
	o->pos = pos;
	o->type = t;
	o->vclass = VC_LOCAL;
	o->owner = e->curfn;
	return esc_new_loc(e, NULL, o, false);
}

/* A go/defer argument: copied into a temporary the wrapper captures
 * (gc's wrapExpr/copyExpr: `tmp := x`, captured by value). */
static EscLoc *wrap_expr(Esc *e, CallCtx *cc, Node *x, Pos visitpos)
{
	Pos pos = unique_pos(x) ? x->pos : visitpos;
	EscLoc *tmp = new_temp(e, x->type, pos);
	tmp->captured = true;
	Node *as = NULL;
	if (e->b->mflag > 1) {
		as = xmalloc(sizeof(Node));
		as->op = N_AS;
		as->pos = pos;
		as->left = esc_name_node(tmp->obj, pos);
		as->right = x;
		as->implicit = true;
	}
	esc_expr(e, esc_note(e, esc_hole(tmp), as, "assign"), x);
	add_wrapvar(cc->wrap, tmp, visitpos);
	esc_fmt_alias(x, tmp->obj->name); /* the call now reads the temporary */
	return tmp;
}

static bool wrap_exempt(Node *x)
{
	return x->op == N_CONST || x->op == N_METHEXPR || x->op == N_TYPE ||
	       (x->op == N_NAME && x->obj && x->obj->kind == OBJ_FUNC);
}

/* argument: evaluate x (an argument of the call) into k. */
static void argument(Esc *e, CallCtx *cc, Hole k, Node *x)
{
	if (!x)
		return;
	k = esc_note(e, k, cc->call, "call parameter");
	if (!cc->wrap) {
		esc_expr(e, k, x);
		return;
	}
	if (x->op == N_SLICELIT || x->op == N_DDDARG) {
		/* peel the literal: only its elements are copied */
		for (int i = 0; i < x->list.len; i++) {
			Node **elp = &x->list.v[i];
			if (*elp && (*elp)->op == N_KEYVALUE)
				elp = &(*elp)->right;
			if (*elp && !wrap_exempt(*elp))
				wrap_expr(e, cc, *elp, x->pos); /* the element now reads a temporary */
		}
		/* the literal itself, with its elements already copied */
		EscLoc *lit = esc_new_loc(e, x, NULL, true);
		esc_flow(e->b, esc_addr(e, k, x, "spill"), lit);
		/* elements flow from their temporaries into the literal */
		int t = cc->wrap->nwrapvars;
		int nel = 0;
		for (int i = 0; i < x->list.len; i++) {
			Node *el = x->list.v[i];
			if (el && el->op == N_KEYVALUE)
				el = el->right;
			if (el && !wrap_exempt(el))
				nel++;
		}
		for (int i = 0; i < nel; i++) {
			EscLoc *tmp = cc->wrap->wrapvars[t - nel + i];
			esc_flow(e->b, esc_note(e, esc_hole(lit), x, "slice-literal-element"), tmp);
		}
		return;
	}
	if (wrap_exempt(x)) {
		esc_expr(e, k, x);
		return;
	}
	EscLoc *tmp = wrap_expr(e, cc, x, cc->call->pos);
	esc_flow(e->b, k, tmp);
}

/* The results and parameters of a call's callee type. */
static Type *callee_type(Node *call, Obj *fn)
{
	if (fn && fn->type && fn->type->kind == TY_FUNC)
		return fn->type;
	if (call->left && call->left->type && call->left->type->kind == TY_FUNC)
		return call->left->type;
	return NULL;
}

/* The arguments of a call, with f(g()) spread through temporaries. */
/* gc's typecheck.RewriteMultiValueCall: f(g()) becomes
 * `t1, t2 := g(); f(t1, t2)`, with the usual implicit conversions (and the
 * `...` slice) applied to the temporaries.  The temporaries are numbered
 * by how many variables the function had declared at that point. */
Obj *esc_tc_temp(Esc *e, Type *t, Pos pos, int index)
{
	Func *fn = e->curfn;
	int before = 0;
	for (int i = 0; i < fn->ndcl; i++) {
		Obj *o = fn->dcl[i];
		/* variables the statement itself declares come after its
		 * temporaries: gc's noder translates the right side first */
		Pos lim = e->stmt_pos.line ? e->stmt_pos : pos;
		if (o->vclass == VC_PARAM || o->vclass == VC_RESULT || o->pos.line < lim.line ||
		    (o->pos.line == lim.line && o->pos.col < lim.col))
			before++;
	}
	Obj *o = xmalloc(sizeof(Obj));
	o->kind = OBJ_VAR;
	o->name = xprintf(".autotmp_%d", before + index);
	o->pos = pos;
	o->type = t;
	o->vclass = VC_LOCAL;
	o->owner = fn;
	esc_new_loc(e, NULL, o, false);
	return o;
}

/* The temporary as an argument of type pt (boxed when pt is an interface). */
Node *esc_tmp_arg(Obj *tmp, Type *pt, Pos pos)
{
	Node *x = esc_name_node(tmp, pos);
	if (pt && pt->kind == TY_INTERFACE && tmp->type && tmp->type->kind != TY_INTERFACE) {
		Node *c = xmalloc(sizeof(Node));
		c->op = N_CONVIFACE;
		c->pos = pos;
		c->type = pt;
		c->left = x;
		c->implicit = true;
		return c;
	}
	return x;
}

static bool is_tuple_call(Node *a)
{
	return a && a->type && a->type->kind == TY_TUPLE && !a->is_commaok &&
	       (a->op == N_CALLFUNC || a->op == N_CALLMETH || a->op == N_CALLINTER ||
	        a->op == N_CALLVALUE);
}

/* The arguments of a call (after the receiver, if first == 1). */
static void call_args(Esc *e, CallCtx *cc, Hole *ks, int nks, Obj *fn, Func *f, int first)
{
	Node *call = cc->call;
	int nargs = call->list.len - first;
	if (nargs == 1 && is_tuple_call(call->list.v[first])) {
		Node *a = call->list.v[first];
		int nr = a->type->fields.len;
		Obj **tmps = xmalloc(sizeof(Obj *) * (size_t)(nr + 1));
		Hole *tks = xmalloc(sizeof(Hole) * (size_t)(nr + 1));
		/* typecheck numbers the temporaries of inner calls first */
		EscFunc *ef = esc_func(e->curfn);
		int base = ef->tc_temps_used + esc_count_tc_temps(a);
		for (int i = 0; i < nr; i++) {
			tmps[i] = esc_tc_temp(e, a->type->fields.v[i].type, call->pos, base + i);
			tks[i] = esc_hole(tmps[i]->esc_loc);
		}
		esc_call(e, tks, nr, a);
		ef->tc_temps_used = base + nr;
		Type *ft = callee_type(call, fn);
		int np = ft ? ft->fields.len : nr;
		bool variadic = ft && ft->variadic;
		int nfixed = variadic ? np - 1 : np;
		for (int i = 0; i < nr && i < nfixed; i++) {
			Type *pt = ft ? ft->fields.v[i].type : NULL;
			argument(e, cc, tag_hole(e, ks, nks, fn, f, i), esc_tmp_arg(tmps[i], pt, call->pos));
		}
		if (variadic) {
			Type *st = ft->fields.v[np - 1].type;
			Node *ddd = xmalloc(sizeof(Node));
			ddd->op = N_DDDARG;
			ddd->pos = call->pos;
			ddd->type = st;
			ddd->implicit = true;
			for (int i = nfixed; i < nr; i++)
				nodelist_push(&ddd->list, esc_tmp_arg(tmps[i], st ? st->elem : NULL, call->pos));
			argument(e, cc, tag_hole(e, ks, nks, fn, f, nfixed), ddd);
		}
		return;
	}
	for (int i = 0; i < nargs; i++)
		argument(e, cc, tag_hole(e, ks, nks, fn, f, i), call->list.v[first + i]);
}

/* callOrChan: n has a call (other than new) or a channel receive. */
static bool has_call_or_recv(Node *n)
{
	if (!n || n->op == N_CLOSURE)
		return false;
	switch (n->op) {
	case N_CALLFUNC:
	case N_CALLMETH:
	case N_CALLINTER:
	case N_CALLVALUE:
	case N_RECV:
	case N_MAKESLICE:
	case N_MAKEMAP:
	case N_MAKECHAN:
		return true;
	case N_BUILTIN:
		return true;
	default:
		break;
	}
	Node *kids[] = {n->left, n->right};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (has_call_or_recv(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (has_call_or_recv(n->list.v[i]))
			return true;
	return false;
}

/* The callee expression gc's RewriteNonNameCall looks at: a func value,
 * or the receiver of a method call. */
static Node *callee_expr(Node *call)
{
	switch (call->op) {
	case N_CALLVALUE:
		return call->left;
	case N_CALLMETH:
		return call->list.len ? call->list.v[0] : NULL;
	case N_CALLINTER:
		return call->left ? call->left->left : NULL;
	default:
		return NULL;
	}
}

bool esc_nonname_callee(Node *call)
{
	Node *x = callee_expr(call);
	return x && has_call_or_recv(x);
}

/* f()(...) / g().M(): gc evaluates the callee into a temporary first. */
static Node *rewrite_nonname_callee(Esc *e, Node *call)
{
	Node *x = callee_expr(call);
	if (!x || !has_call_or_recv(x))
		return NULL;
	EscFunc *ef = esc_func(e->curfn);
	int index = ef->tc_temps_used + esc_count_tc_temps(x);
	Obj *tmp = esc_tc_temp(e, x->type, call->pos, index);
	Node *as = NULL;
	if (e->b->mflag > 1) {
		as = xmalloc(sizeof(Node));
		as->op = N_VARDEF;
		as->obj = tmp;
		as->pos = call->pos;
		as->right = x;
		as->implicit = true;
	}
	esc_expr(e, esc_note(e, esc_hole(tmp->esc_loc), as, "assign"), x);
	ef->tc_temps_used = index + 1;
	esc_fmt_alias(x, tmp->name);
	return esc_name_node(tmp, call->pos);
}

static void call_common(Esc *e, Hole *ks, int nks, Node *call, EscClosure *wrap)
{
	CallCtx cc = {.call = call, .wrap = wrap};
	esc_fmt_mark_fixed(call);
	switch (call->op) {
	case N_CALLFUNC:
	case N_CALLVALUE:
	case N_CALLMETH: {
		Obj *fn = NULL;
		Func *f = NULL;
		bool meth = call->op == N_CALLMETH;
		if (call->op == N_CALLFUNC || meth) {
			if (call->left && call->left->op == N_NAME)
				fn = call->left->obj;
			f = local_func(fn);
		} else {
			if (call->left && call->left->op == N_CLOSURE)
				esc_func(call->left->func_)->closure_called = true;
			Node *v = static_value(call->left, e->curfn);
			if (v && v->op == N_CLOSURE)
				f = v->func_;
			else if (v && v->op == N_NAME && v->obj && v->obj->kind == OBJ_FUNC) {
				fn = v->obj;
				f = local_func(fn);
			} else if (v && v->op == N_METHEXPR && v->obj) {
				fn = v->obj;
				f = local_func(fn);
				meth = true;
			}
		}
		if (ks && f && esc_in_mutual_batch(f)) {
			EscFunc *ef = esc_func(f);
			for (int i = 0; i < ef->nresults && i < nks; i++) {
				EscLoc *r = ef->results[i];
				if (r->obj && !types_has_pointers(r->obj->type))
					continue;
				esc_flow(e->b, ks[i], r);
			}
		}
		Node *tmpx = rewrite_nonname_callee(e, call);
		if (call->op == N_CALLVALUE)
			argument(e, &cc, esc_discard_hole(e), tmpx ? tmpx : call->left);
		int first = 0;
		if (meth && call->list.len > 0) {
			argument(e, &cc, tag_hole(e, ks, nks, fn, f, -1),
			         tmpx && call->op == N_CALLMETH ? tmpx : call->list.v[0]);
			first = 1;
		}
		call_args(e, &cc, ks, nks, fn, f, first);
		break;
	}
	case N_CALLINTER: {
		Node *recv = call->left ? call->left->left : NULL;
		Node *tmpx = rewrite_nonname_callee(e, call);
		if (tmpx)
			recv = tmpx;
		Devirt *d = devirtualized(call);
		if (d && d->partial) {
			/* recv.(typ).I.M(): an interface call on the embedded field */
			Hole k = esc_heap_hole(e);
			if (!types_is_direct_iface(d->typ))
				k = esc_shift(k, 1);
			if (d->typ->kind == TY_PTR)
				k = esc_shift(k, 1);
			argument(e, &cc, k, recv);
			call_args(e, &cc, ks, nks, NULL, NULL, 0);
			break;
		}
		if (d) {
			/* a static call of d->m on recv.(typ) */
			Func *f = local_func(d->m);
			if (ks && f && esc_in_mutual_batch(f)) {
				EscFunc *ef = esc_func(f);
				for (int i = 0; i < ef->nresults && i < nks; i++)
					if (!ef->results[i]->obj || types_has_pointers(ef->results[i]->obj->type))
						esc_flow(e->b, ks[i], ef->results[i]);
			}
			/* recv.(typ).f1.f2.M(): the receiver as M takes it (an
			 * implicit & or *), the field steps, the assertion */
			Hole k = tag_hole(e, ks, nks, d->m, f, -1);
			if (d->m->ptr_recv && !d->end_ptr)
				k = esc_shift(k, -1);
			else if (!d->m->ptr_recv && d->end_ptr)
				k = esc_shift(k, 1);
			for (int i = d->nsteps - 1; i >= 0; i--)
				if (d->step_ptr[i])
					k = esc_shift(k, 1);
			if (!types_is_direct_iface(d->typ))
				k = esc_shift(k, 1);
			argument(e, &cc, k, recv);
			call_args(e, &cc, ks, nks, d->m, f, 0);
			break;
		}
		argument(e, &cc, esc_heap_hole(e), recv);
		call_args(e, &cc, ks, nks, NULL, NULL, 0);
		break;
	}
	case N_BUILTIN: {
		NodeList *a = &call->list;
		switch (call->builtin) {
		case BI_APPEND: {
			if (a->len == 0)
				break;
			Hole appendee = nks > 0 ? ks[0] : esc_discard_hole(e);
			Type *st = a->v[0]->type;
			if (st && st->elem && types_has_pointers(st->elem)) {
				Hole two[2] = {appendee, esc_deref(e, esc_heap_hole(e), call, "appendee slice")};
				appendee = esc_tee(e, two, 2);
			}
			argument(e, &cc, appendee, a->v[0]);
			if (call->has_dots) {
				Hole appended = esc_discard_hole(e);
				Type *t1 = a->len > 1 ? a->v[1]->type : NULL;
				if (t1 && t1->kind == TY_SLICE && types_has_pointers(t1->elem))
					appended = esc_deref(e, esc_heap_hole(e), call, "appended slice...");
				if (a->len > 1)
					argument(e, &cc, appended, a->v[1]);
			} else {
				for (int i = 1; i < a->len; i++)
					argument(e, &cc, esc_heap_hole(e), a->v[i]);
			}
			break;
		}
		case BI_COPY: {
			if (a->len < 2)
				break;
			argument(e, &cc, esc_discard_hole(e), a->v[0]);
			Hole copied = esc_discard_hole(e);
			Type *t1 = a->v[1]->type;
			if (t1 && t1->kind == TY_SLICE && types_has_pointers(t1->elem))
				copied = esc_deref(e, esc_heap_hole(e), call, "copied slice");
			argument(e, &cc, copied, a->v[1]);
			break;
		}
		case BI_PANIC:
			for (int i = 0; i < a->len; i++)
				argument(e, &cc, esc_heap_hole(e), a->v[i]);
			break;
		default:
			for (int i = 0; i < a->len; i++)
				argument(e, &cc, esc_discard_hole(e), a->v[i]);
			break;
		}
		break;
	}
	default:
		esc_discard(e, call);
		break;
	}
}

void esc_call(Esc *e, Hole *ks, int nks, Node *call)
{
	call_common(e, ks, nks, call, NULL);
}

static Node *wrapper_node(Node *stmt)
{
	Node *n = xmalloc(sizeof(Node));
	n->op = N_CLOSURE;
	n->pos = stmt->pos;
	n->implicit = true;
	return n;
}

void esc_go_defer(Esc *e, Node *n)
{
	Hole k = esc_heap_hole(e);
	if (n->op == N_DEFER && e->loopdepth == 1)
		k = esc_later(e, esc_discard_hole(e));

	Node *call = n->left;
	if (!call)
		return;

	/* a call of a func value with no parameters and no results needs no
	 * wrapper: the func value itself is what go/defer keep */
	if (call->op == N_CALLFUNC || call->op == N_CALLVALUE) {
		Type *sig = call->left ? call->left->type : NULL;
		if (sig && sig->kind == TY_FUNC && sig->fields.len == 0 && sig->results.len == 0) {
			esc_expr(e, k, call->left);
			return;
		}
	}

	EscBatch *b = e->b;
	EscClosure w = {0};
	call_common(e, NULL, 0, call, &w);
	Node *clo = wrapper_node(n);
	Hole ck = esc_spill(e, k, clo);
	((EscLoc *)clo->esc_loc)->wrapper = true;
	w.k = ck;
	w.clo = clo;
	if (b->nclosures == b->capclosures) {
		b->capclosures = b->capclosures ? 2 * b->capclosures : 8;
		b->closures = xrealloc(b->closures, sizeof(EscClosure) * (size_t)b->capclosures);
	}
	b->closures[b->nclosures++] = w;
}
