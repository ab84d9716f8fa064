/*
 * esc_stmt.c: statements and assignments (gc's escape/stmt.go, assign.go).
 *
 * Loop depth: a function body is at depth 1; each for/range body and each
 * label met before a backward goto to it ("looping label") adds 1.  A
 * variable's location records the depth of its declaration; the solver then
 * says a location declared outside a loop outlives one declared inside it,
 * so `p = &x` with x declared in the loop moves x to the heap.
 *
 * Assignments: the destination is evaluated as an address (esc_addr_of):
 * a local variable is its own location; a global, anything reached through
 * a pointer or a slice, and map entries are the heap.  `x op= y` is
 * modelled as `x = y`.  Self-assignments like `b.buf = b.buf[i:j]` or
 * `v.x = v.y` are dropped, and -m says so.
 *
 * Range variables and the variables defined by `a, b := ...` are not
 * "reassigned" by their definition; every other assignment marks the
 * destination reassigned, which decides by-value closure capture.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "parse.h"

static void stmts(Esc *e, NodeList *l);
static void esc_stmt1(Esc *e, Node *n);

/* dcl: a declaration records the current loop depth. */
static Hole dcl(Esc *e, Obj *o)
{
	EscLoc *loc = esc_old_loc(o);
	loc->loopdepth = e->loopdepth;
	return esc_hole(loc);
}

/* addr: the hole for storing into addressable expression n. */
Hole esc_addr_of(Esc *e, Node *n)
{
	if (!n)
		return esc_discard_hole(e);
	Hole k = esc_heap_hole(e);
	switch (n->op) {
	case N_NAME:
		if (n->obj && n->obj->kind == OBJ_VAR && n->obj->vclass != VC_GLOBAL)
			k = esc_hole(esc_old_loc(n->obj));
		break;
	case N_DOT:
		k = esc_addr_of(e, n->left);
		break;
	case N_INDEXARR:
		esc_discard(e, n->right);
		k = esc_addr_of(e, n->left);
		break;
	case N_INDEXSLICE:
		esc_discard(e, n->right);
		esc_discard(e, n->left);
		break;
	case N_DEREF:
	case N_DOTPTR:
		esc_discard(e, n);
		break;
	case N_INDEXMAP:
		esc_discard(e, n->left);
		esc_assign_heap(e, n->right, "key of map put", n);
		break;
	default:
		esc_discard(e, n);
		break;
	}
	return k;
}

void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where)
{
	esc_expr(e, esc_note(e, esc_heap_hole(e), where, why), src);
}

/* reassigned: mark destinations, except a variable defined by where. */
static void reassigned(Esc *e, Hole *ks, int nks, Node *where)
{
	for (int i = 0; i < nks; i++) {
		EscLoc *loc = ks[i].dst;
		if (loc->obj && loc->defn == where && where->op != N_RANGE)
			continue;
		loc->reassigned = true;
	}
}

static void assign_one(Esc *e, Hole k, Node *dst, Node *src, const char *why, Node *where)
{
	if (dst && src && esc_is_self_assign(dst, src)) {
		if (e->b->mflag)
			diag_m(where->pos, "%s ignoring self-assignment in %s", e->curfn->name,
			       esc_fmt_stmt(where));
		k = esc_discard_hole(e);
	}
	esc_expr(e, esc_note(e, k, where, why), src);
}

void esc_assign_list(Esc *e, Node **dsts, int ndst, Node **srcs, int nsrc, const char *why, Node *where)
{
	Hole ks[64];
	int n = ndst < 64 ? ndst : 64;
	for (int i = 0; i < n; i++)
		ks[i] = esc_addr_of(e, dsts[i]);
	for (int i = 0; i < n; i++)
		assign_one(e, ks[i], dsts[i], i < nsrc ? srcs[i] : NULL, why, where);
	reassigned(e, ks, n, where);
}

/* `a, b = f()`: the call's results flow into the destinations. */
static bool converts(Type *dst, Type *src)
{
	return dst && src && dst->kind == TY_INTERFACE && src->kind != TY_INTERFACE;
}

/* `a, b = f()` needing interface conversions: gc's typecheck assigns the
 * results to temporaries first, then converts each (at the last LHS). */
bool esc_as2_converts(Node *n)
{
	if (n->op != N_AS2 || n->rlist.len != 1 || n->list.len < 2)
		return false;
	Node *r = n->rlist.v[0];
	if (!r || r->is_commaok || !r->type || r->type->kind != TY_TUPLE)
		return false;
	for (int i = 0; i < n->list.len && i < r->type->fields.len; i++)
		if (n->list.v[i] && converts(n->list.v[i]->type, r->type->fields.v[i].type))
			return true;
	return false;
}

static void assign_call(Esc *e, NodeList *lhs, Node *call, Node *where)
{
	Hole ks[64];
	int n = lhs->len < 64 ? lhs->len : 64;
	if (where->op == N_AS2 && esc_as2_converts(where)) {
		EscFunc *ef = esc_func(e->curfn);
		int base = ef->tc_temps_used + esc_count_tc_temps(call);
		Obj *tmps[64];
		for (int i = 0; i < n; i++) {
			tmps[i] = esc_tc_temp(e, call->type->fields.v[i].type, where->pos, base + i);
			ks[i] = esc_hole(tmps[i]->esc_loc);
		}
		esc_call(e, ks, n, call);
		ef->tc_temps_used = base + n;
		Pos pos = where->pos;
		for (int i = n - 1; i >= 0; i--)
			if (lhs->v[i]) {
				pos = lhs->v[i]->pos;
				break;
			}
		/* now `a, b = t1, t2` with the conversions */
		Node *as = xmalloc(sizeof(Node));
		as->op = N_AS2;
		as->pos = where->pos;
		as->implicit = true;
		for (int i = 0; i < n; i++) {
			nodelist_push(&as->list, lhs->v[i]);
			nodelist_push(&as->rlist, esc_tmp_arg(tmps[i], lhs->v[i] ? lhs->v[i]->type : NULL, pos));
		}
		esc_assign_list(e, as->list.v, n, as->rlist.v, n, "assign-pair", as);
		return;
	}
	for (int i = 0; i < n; i++)
		ks[i] = esc_addr_of(e, lhs->v[i]);
	esc_call(e, ks, n, call);
	reassigned(e, ks, n, where);
}

/* A multi-valued right side: a tuple call, or v, ok = m[k] / x.(T) / <-c. */
static void assign2(Esc *e, Node *n)
{
	if (n->rlist.len == 1 && n->list.len > 1) {
		Node *r = n->rlist.v[0];
		if (r->is_commaok) {
			const char *why = r->op == N_INDEXMAP ? "assign-pair-mapr"
			                  : r->op == N_RECV   ? "assign-pair-receive"
			                                      : "assign-pair-dot-type";
			esc_assign_list(e, n->list.v, n->list.len, n->rlist.v, 1, why, n);
		} else {
			assign_call(e, &n->list, r, n);
		}
		return;
	}
	if (n->orig && n->orig->op == N_VARDECL && n->list.len == n->rlist.len && n->list.len <= 64) {
		/* `var a, b T = x, y` is one assignment per name in gc (noder's varDecl) */
		Hole ks[64];
		for (int i = 0; i < n->list.len; i++) {
			Node *l = n->list.v[i];
			ks[i] = esc_addr_of(e, l);
			Node *as = xmalloc(sizeof(Node));
			as->op = N_AS;
			as->pos = n->pos; /* each at the declaration's first name, as gc */
			as->left = l;
			as->right = n->rlist.v[i];
			as->implicit = true;
			assign_one(e, ks[i], l, n->rlist.v[i], "assign", as);
		}
		reassigned(e, ks, n->list.len, n);
		return;
	}
	esc_assign_list(e, n->list.v, n->list.len, n->rlist.v, n->rlist.len, "assign-pair", n);
}

static void ret(Esc *e, Node *n)
{
	EscFunc *ef = esc_func(e->curfn);
	Hole ks[64];
	int nres = ef->nresults < 64 ? ef->nresults : 64;
	if (n->list.len == 1 && nres > 1) {
		/* gc's typecheck rewrites `return f()` into
		 * `.autotmp_i, .autotmp_j = f(); return .autotmp_i, .autotmp_j` */
		Node *call = n->list.v[0];
		int base = ef->tc_temps_used + esc_count_tc_temps(call);
		Obj *tmps[64];
		Hole tks[64];
		for (int i = 0; i < nres; i++) {
			Type *t = call->type && call->type->kind == TY_TUPLE && i < call->type->fields.len
			              ? call->type->fields.v[i].type : NULL;
			tmps[i] = esc_tc_temp(e, t, n->pos, base + i);
			tks[i] = esc_hole(tmps[i]->esc_loc);
		}
		esc_call(e, tks, nres, call);
		ef->tc_temps_used = base + nres;
		Node *r = xmalloc(sizeof(Node));
		r->op = N_RETURN;
		r->pos = n->pos;
		r->implicit = true;
		for (int i = 0; i < nres; i++)
			nodelist_push(&r->list, esc_tmp_arg(tmps[i], ef->results[i]->obj ? ef->results[i]->obj->type : NULL, n->pos));
		for (int i = 0; i < nres; i++)
			ks[i] = esc_hole(ef->results[i]);
		for (int i = 0; i < nres; i++)
			assign_one(e, ks[i], NULL, r->list.v[i], "return", r);
		reassigned(e, ks, nres, r);
		return;
	}
	for (int i = 0; i < nres; i++)
		ks[i] = esc_hole(ef->results[i]);
	for (int i = 0; i < nres; i++)
		assign_one(e, ks[i], NULL, i < n->list.len ? n->list.v[i] : NULL, "return", n);
	reassigned(e, ks, nres, n);
}

static void range(Esc *e, Node *n)
{
	/* the ranged value is evaluated once, outside the loop */
	EscLoc *tmp = esc_new_loc(e, NULL, NULL, false);
	esc_expr(e, esc_hole(tmp), n->right);

	/* variables declared by the range live outside its body */
	if (n->op_tok == T_DEFINE) {
		if (n->key && n->key->op == N_NAME && n->key->obj && n->key->obj->esc_loc)
			dcl(e, n->key->obj);
		if (n->value && n->value->op == N_NAME && n->value->obj && n->value->obj->esc_loc)
			dcl(e, n->value->obj);
	}
	e->loopdepth++;
	Hole ks[2] = {esc_addr_of(e, n->key), esc_addr_of(e, n->value)};
	Type *xt = n->right ? n->right->type : NULL;
	/* gc's ORANGE is at the `range` keyword (n->pos is the `for`) */
	Node *at = n;
	Pos rpos = n->xpos.line > 0 ? n->xpos : n->orig ? n->orig->xpos : (Pos){0};
	if (e->b->mflag >= 2 && rpos.line > 0) {
		at = xmalloc(sizeof *at);
		*at = *n;
		at->pos = rpos;
	}
	if (xt && xt->kind == TY_ARRAY)
		esc_flow(e->b, esc_note(e, ks[1], at, "range"), tmp);
	else
		esc_flow(e->b, esc_deref(e, ks[1], at, "range-deref"), tmp);
	reassigned(e, ks, 2, n);
	esc_block(e, n->body);
	e->loopdepth--;
}

static void type_switch(Esc *e, Node *n)
{
	Hole ks[256];
	int nks = 0;
	for (int i = 0; i < n->list.len; i++) {
		Node *cas = n->list.v[i];
		if (!cas->obj)
			continue;
		Hole k = dcl(e, cas->obj);
		if (types_has_pointers(cas->obj->type) && nks < 256)
			ks[nks++] = esc_dot_type(e, k, cas->obj->type, cas, "switch case");
	}
	esc_expr(e, esc_tee(e, ks, nks), n->left);
	for (int i = 0; i < n->list.len; i++) {
		Node *cas = n->list.v[i];
		esc_discards(e, &cas->list);
		esc_block(e, cas->body);
	}
}

static bool is_looping(Esc *e, const char *label)
{
	for (int i = 0; i < e->nlooping; i++)
		if (e->looping[i] && strcmp(e->looping[i], label) == 0)
			return true;
	return false;
}

/* A select case's `v = <-c`: walk's select converts the received value
 * through its own temporary, so an implicit boxing has no location. */
static void select_comm(Esc *e, Node *n)
{
	if (n && (n->op == N_AS || n->op == N_VARDEF) && n->right && n->right->op == N_CONVIFACE &&
	    n->right->implicit && n->right->left && n->right->left->op == N_RECV) {
		Node *saved = n->right;
		n->right = saved->left; /* analyse as if unconverted, then restore */
		esc_stmt(e, n);
		n->right = saved;
		return;
	}
	esc_stmt(e, n);
}

/* Where a simple statement starts (for numbering gc's temporaries). */
static Pos stmt_start(Node *n)
{
	switch (n->op) {
	case N_VARDEF:
		return n->obj ? n->obj->pos : n->pos;
	case N_AS2:
		if (n->list.len && n->list.v[0])
			return n->list.v[0]->pos;
		return n->pos;
	case N_AS:
	case N_ASOP:
		return n->left ? n->left->pos : n->pos;
	default:
		return n->pos;
	}
}

void esc_stmt(Esc *e, Node *n)
{
	if (!n)
		return;
	Pos saved = e->stmt_pos;
	switch (n->op) {
	case N_VARDEF:
	case N_AS:
	case N_AS2:
	case N_ASOP:
	case N_EXPRSTMT:
	case N_RETURN:
	case N_SEND:
	case N_GO:
	case N_DEFER:
		e->stmt_pos = stmt_start(n);
		esc_stmt1(e, n);
		e->stmt_pos = saved;
		return;
	default:
		esc_stmt1(e, n);
	}
}

static void esc_stmt1(Esc *e, Node *n)
{
	switch (n->op) {
	case N_BLOCK:
		stmts(e, &n->list);
		break;
	case N_EMPTY:
	case N_BRANCH:
	case N_CONSTDECL:
	case N_TYPEDECL:
		break;
	case N_LABELED:
		if (n->name && is_looping(e, n->name))
			e->loopdepth++;
		esc_stmt(e, n->left);
		break;
	case N_EXPRSTMT: {
		Node *x = n->left;
		if (x && (x->op == N_CALLFUNC || x->op == N_CALLMETH || x->op == N_CALLINTER ||
		          x->op == N_CALLVALUE || x->op == N_BUILTIN))
			esc_call(e, NULL, 0, x);
		else
			esc_discard(e, x);
		break;
	}
	case N_VARDEF: {
		Hole k = dcl(e, n->obj);
		if (n->right) {
			k.dst->defn = n;
			k.dst->init = n->right;
			assign_one(e, k, NULL, n->right, "assign", n);
		}
		break;
	}
	case N_AS:
		esc_assign_list(e, &n->left, 1, &n->right, 1, "assign", n);
		break;
	case N_ASOP:
		esc_assign_list(e, &n->left, 1, &n->right, 1, "assign", n);
		break;
	case N_AS2:
		assign2(e, n);
		break;
	case N_RETURN:
		ret(e, n);
		break;
	case N_IF:
		esc_stmt(e, n->init);
		if (n->cond && n->cond->op == N_CONST && n->cond->val.kind == CV_BOOL) {
			/* gc's deadcode pass removed the dead branch */
			esc_block(e, n->cond->val.b ? n->body : n->els);
			break;
		}
		esc_discard(e, n->cond);
		esc_block(e, n->body);
		esc_block(e, n->els);
		break;
	case N_FOR:
		esc_stmt(e, n->init);
		if (n->cond && n->cond->op == N_CONST && n->cond->val.kind == CV_BOOL && !n->cond->val.b)
			break; /* `for false`: deadcode removed the body */
		e->loopdepth++;
		esc_discard(e, n->cond);
		esc_stmt(e, n->post);
		esc_block(e, n->body);
		e->loopdepth--;
		break;
	case N_RANGE:
		range(e, n);
		break;
	case N_SWITCH:
		esc_stmt(e, n->init);
		esc_discard(e, n->left);
		for (int i = 0; i < n->list.len; i++) {
			Node *cas = n->list.v[i];
			/* an interface tag compared with concrete cases boxes
			 * nothing (as in comparisons) */
			for (int j = 0; j < cas->list.len; j++) {
				Node *c = cas->list.v[j];
				esc_discard(e, c && c->op == N_CONVIFACE && c->implicit ? c->left : c);
			}
			esc_block(e, cas->body);
		}
		break;
	case N_TYPESWITCH:
		esc_stmt(e, n->init);
		type_switch(e, n);
		break;
	case N_SELECT:
		for (int i = 0; i < n->list.len; i++) {
			Node *cas = n->list.v[i];
			select_comm(e, cas->left);
			esc_block(e, cas->body);
		}
		break;
	case N_SEND:
		esc_discard(e, n->left);
		esc_assign_heap(e, n->right, "send", n);
		break;
	case N_GO:
	case N_DEFER:
		esc_go_defer(e, n);
		break;
	case N_CALLFUNC:
	case N_CALLMETH:
	case N_CALLINTER:
	case N_CALLVALUE:
	case N_BUILTIN:
		esc_call(e, NULL, 0, n);
		break;
	default:
		esc_discard(e, n);
		break;
	}
}

/* `a, b := ...` or `var a, b = ...`: the statement defines its variables. */
bool esc_is_define(Node *as)
{
	if (as->op_tok == T_DEFINE)
		return true;
	Node *o = as->orig;
	return o && o != as &&
	       (o->op == N_VARDECL || ((o->op == N_ASSIGN || o->op == N_RANGE) && o->op_tok == T_DEFINE));
}

/* Mark the variables that `a, b := ...` defines: in the IR they are
 * N_VARDEFs without a value right before the assignment. */
static void mark_defines(NodeList *l, int i)
{
	int j = i;
	while (j < l->len && l->v[j] && l->v[j]->op == N_VARDEF && !l->v[j]->right)
		j++;
	if (j >= l->len || j == i)
		return;
	Node *as = l->v[j];
	if (!as || (as->op != N_AS2 && as->op != N_AS) || !esc_is_define(as))
		return;
	for (int k = i; k < j; k++) {
		Obj *o = l->v[k]->obj;
		if (o && o->esc_loc)
			((EscLoc *)o->esc_loc)->defn = as;
	}
}

/* deadcode: a constant if whose live branch ends in return or panic
 * ends the block (unless a label follows). */
static bool cuts(Node *s)
{
	if (!s || s->op != N_IF || !s->cond || s->cond->op != N_CONST || s->cond->val.kind != CV_BOOL)
		return false;
	Node *live = s->cond->val.b ? s->body : s->els;
	if (!live)
		return false;
	Node *last = live;
	if (live->op == N_BLOCK) {
		if (live->list.len == 0)
			return false;
		last = live->list.v[live->list.len - 1];
	}
	if (!last)
		return false;
	if (last->op == N_RETURN)
		return true;
	Node *x = last->op == N_EXPRSTMT ? last->left : last;
	return x && x->op == N_BUILTIN && x->builtin == BI_PANIC;
}

static void stmts(Esc *e, NodeList *l)
{
	int last_label = -1;
	for (int i = 0; i < l->len; i++)
		if (l->v[i] && l->v[i]->op == N_LABELED)
			last_label = i;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		if (i > 0 && i - 1 > last_label && cuts(l->v[i - 1]))
			break;
		if (s && s->op == N_VARDEF && !s->right && (i == 0 || !l->v[i - 1] ||
		                                            l->v[i - 1]->op != N_VARDEF ||
		                                            l->v[i - 1]->right))
			mark_defines(l, i);
		esc_stmt(e, s);
	}
}

/* block: like stmts, but the loop depth is restored afterwards. */
void esc_block(Esc *e, Node *n)
{
	int old = e->loopdepth;
	esc_stmt(e, n);
	e->loopdepth = old;
}

/* ---- walkFunc ---- */

/* Labels that head an unstructured loop: a goto after the label. */
static void find_labels(Esc *e, Node *n, const char ***seen, int *nseen, int *capseen)
{
	if (!n)
		return;
	if (n->op == N_CLOSURE || n->op == N_FUNCLIT)
		return;
	if (n->op == N_LABELED && n->name) {
		if (*nseen == *capseen) {
			*capseen = *capseen ? 2 * *capseen : 8;
			*seen = xrealloc(*seen, sizeof(char *) * (size_t)*capseen);
		}
		(*seen)[(*nseen)++] = n->name;
	}
	if (n->op == N_BRANCH && n->op_tok == T_GOTO && n->name) {
		for (int i = 0; i < *nseen; i++)
			if (strcmp((*seen)[i], n->name) == 0 && !is_looping(e, n->name)) {
				if (e->nlooping == e->caplooping) {
					e->caplooping = e->caplooping ? 2 * e->caplooping : 8;
					e->looping = xrealloc(e->looping, sizeof(char *) * (size_t)e->caplooping);
				}
				e->looping[e->nlooping++] = n->name;
			}
	}
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		find_labels(e, kids[i], seen, nseen, capseen);
	for (int i = 0; i < n->list.len; i++)
		find_labels(e, n->list.v[i], seen, nseen, capseen);
	for (int i = 0; i < n->rlist.len; i++)
		find_labels(e, n->rlist.v[i], seen, nseen, capseen);
}

void esc_walk_func(EscBatch *b, Func *fn)
{
	Esc e = {.b = b, .curfn = fn, .loopdepth = 1};
	esc_func(fn)->state = ESCF_STARTED;
	const char **seen = NULL;
	int nseen = 0, capseen = 0;
	find_labels(&e, fn->body, &seen, &nseen, &capseen);
	free(seen);
	if (fn->body)
		stmts(&e, &fn->body->list);
	free(e.looping);
}
