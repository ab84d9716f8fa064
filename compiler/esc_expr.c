/*
 * esc_expr.c: expressions to flows (gc's escape/expr.go).
 *
 * esc_expr(e, k, n) models evaluating n and storing its value into hole k.
 * Every subexpression is visited, even when its value is discarded, because
 * it may contain allocations or calls of its own.
 *
 *   &x      k.addr:  the address of x flows (derefs - 1)
 *   *p      k.deref: what p points to flows (derefs + 1)
 *   s.f     the same location as s (fields are not distinguished)
 *   p.f     a deref of p;  a[i] on an array: a itself;  s[i] on a slice: *s
 *   x op y  values without pointers: discarded
 *   new, &T{}, make, literals, closures, boxing conversions, string
 *   conversions and `+`: a new location (spill) whose address flows to k.
 *
 * A value whose type has no pointers cannot carry an address, so unless
 * its address is being taken its hole becomes the blank hole.
 */
#include <string.h>

#include "escape.h"
#include "parse.h"

/* The type whose pointers matter for n's value. */
static Type *value_type(Node *n)
{
	Type *t = n->type;
	if (t && t->kind == TY_TUPLE && n->is_commaok && t->fields.len > 0)
		return t->fields.v[0].type;
	return t;
}

void esc_discard(Esc *e, Node *n)
{
	esc_expr(e, esc_discard_hole(e), n);
}

void esc_discards(Esc *e, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		esc_discard(e, l->v[i]);
}

/* unsafeValue: a uintptr expression, looking for unsafe.Pointer
 * conversions inside the arithmetic (unsafe.Pointer(uintptr(p) + off)). */
static void unsafe_value(Esc *e, Hole k, Node *n)
{
	if (!n)
		return;
	switch (n->op) {
	case N_CONV:
	case N_CONVNOP:
		if (n->left && n->left->type && n->left->type->kind == TY_UNSAFEPTR)
			esc_expr(e, k, n->left);
		else
			esc_discard(e, n->left);
		break;
	case N_PLUS:
	case N_NEG:
	case N_COM:
		unsafe_value(e, k, n->left);
		break;
	case N_ARITH: {
		const char *o = n->op_tok == T_SHL || n->op_tok == T_SHR ? "shift" : "";
		unsafe_value(e, k, n->left);
		if (*o)
			esc_discard(e, n->right); /* the count cannot carry a pointer */
		else
			unsafe_value(e, k, n->right);
		break;
	}
	default:
		esc_discard(e, n);
		break;
	}
}

static Node *cmp_operand(Node *x)
{
	if (x && x->op == N_CONVIFACE && x->implicit)
		return x->left;
	return x;
}

/* The element values of an array/slice literal (keys are constants). */
static Node *elem_value(Node *el)
{
	if (el && el->op == N_KEYVALUE)
		return el->right;
	return el;
}

/* A method value t.M: the receiver flows to the closure record and to M's
 * receiver tag; M's results are assumed to reach the heap. */
static void methvalue(Esc *e, Hole k, Node *n)
{
	Hole closure_k = esc_spill(e, k, n);
	Obj *m = n->obj;
	Type *mt = m ? m->type : NULL;
	int nres = mt && mt->kind == TY_FUNC ? mt->results.len : 0;
	Hole ks[16];
	if (nres > 16)
		nres = 16;
	for (int i = 0; i < nres; i++)
		ks[i] = esc_heap_hole(e);
	Hole param_k;
	Func *mf = m ? m->func_ : NULL;
	if (mf && !mf->body)
		mf = NULL;
	if (m && mf && esc_in_mutual_batch(mf)) {
		param_k = esc_discard_hole(e);
		if (mf->recv_obj)
			param_k = esc_hole(esc_old_loc(mf->recv_obj));
	} else if (m) {
		Leaks l = esc_param_tag(m, mf, -1);
		Hole tks[1 + ESC_NUM_RESULTS];
		int ntks = 0;
		int x = esc_leaks_heap(&l);
		if (x >= 0)
			tks[ntks++] = esc_shift(esc_heap_hole(e), x);
		for (int i = 0; i < ESC_NUM_RESULTS && i < nres; i++) {
			int r = esc_leaks_result(&l, i);
			if (r >= 0)
				tks[ntks++] = esc_shift(ks[i], r);
		}
		param_k = esc_tee(e, tks, ntks);
	} else {
		param_k = esc_heap_hole(e);
	}
	Hole both[2] = {param_k, closure_k};
	esc_expr(e, esc_tee(e, both, 2), n->left);
}

/* A func literal: its record is a new location; its captured variables
 * flow into it later (flowClosure), once every assignment has been seen. */
void esc_walk_closure(Esc *e, Hole k, Node *n)
{
	EscBatch *b = e->b;
	Func *fn = n->func_;
	if (esc_func(fn)->toplevel) {
		/* a package-level literal: analysed on its own; in init code
		 * only its (capture-free) record is a location */
		esc_spill(e, k, n);
		return;
	}
	k = esc_spill(e, k, n);
	if (b->nclosures == b->capclosures) {
		b->capclosures = b->capclosures ? 2 * b->capclosures : 8;
		b->closures = xrealloc(b->closures, sizeof(EscClosure) * (size_t)b->capclosures);
	}
	b->closures[b->nclosures++] = (EscClosure){.k = k, .clo = n, .fn = fn};

	for (int i = 0; i < fn->ncvars; i++) {
		EscLoc *loc = esc_old_loc(fn->cvars[i]);
		if (!loc->captured) {
			loc->captured = true;
			/* reassignments in straight-line code before the first
			 * capture do not count */
			if (loc->loopdepth == e->loopdepth)
				loc->reassigned = false;
		}
	}
	esc_walk_func(b, fn);
}

void esc_expr(Esc *e, Hole k, Node *n)
{
	if (!n)
		return;
	Type *t = value_type(n);
	if (k.derefs >= 0 && t && t->kind != TY_TUPLE && !types_is_untyped(t) && !types_has_pointers(t))
		k.dst = &e->b->blank;

	switch (n->op) {
	case N_CONST:
	case N_TYPE:
	case N_METHEXPR:
		break;

	case N_NAME:
		if (!n->obj || n->obj->kind != OBJ_VAR || n->obj->vclass == VC_GLOBAL)
			break;
		esc_flow(e->b, k, esc_old_loc(n->obj));
		break;

	case N_PLUS:
	case N_NEG:
	case N_COM:
	case N_NOT:
		esc_discard(e, n->left);
		break;
	case N_ARITH:
	case N_LOGIC:
		esc_discard(e, n->left);
		esc_discard(e, n->right);
		break;
	case N_CMP:
		/* comparing an interface with a concrete value boxes nothing
		 * (walk compares type and data): no location, as in gc */
		esc_discard(e, cmp_operand(n->left));
		esc_discard(e, cmp_operand(n->right));
		break;

	case N_ADDR:
		esc_expr(e, esc_addr(e, k, n, "address-of"), n->left);
		break;
	case N_DEREF:
		esc_expr(e, esc_deref(e, k, n, "indirection"), n->left);
		break;
	case N_DOT:
	case N_DOTINTER:
		esc_expr(e, esc_note(e, k, n, "dot"), n->left);
		break;
	case N_DOTPTR:
		esc_expr(e, esc_deref(e, k, n, "dot of pointer"), n->left);
		break;
	case N_TYPEASSERTX: {
		Type *at = n->right && n->right->type ? n->right->type : t;
		esc_expr(e, esc_dot_type(e, k, at, n, "dot"), n->left);
		break;
	}
	case N_INDEXARR:
		esc_expr(e, esc_note(e, k, n, "fixed-array-index-of"), n->left);
		esc_discard(e, n->right);
		break;
	case N_INDEXSLICE:
	case N_INDEXSTR:
		esc_expr(e, esc_deref(e, k, n, "dot of pointer"), n->left);
		esc_discard(e, n->right);
		break;
	case N_INDEXMAP:
		esc_discard(e, n->left);
		esc_discard(e, n->right);
		break;
	case N_SLICEARR:
	case N_SLICESLICE:
	case N_SLICESTR:
		esc_expr(e, esc_note(e, k, n, "slice"), n->left);
		for (int i = 0; i < n->list.len; i++)
			esc_discard(e, n->list.v[i]);
		break;

	case N_CONV:
	case N_CONVNOP:
		if (t && t->kind == TY_UNSAFEPTR && n->left && n->left->type &&
		    n->left->type->kind == TY_UINTPTR)
			unsafe_value(e, k, n->left);
		else
			esc_expr(e, k, n->left);
		break;
	case N_CONVIFACE: {
		Type *xt = n->left ? n->left->type : NULL;
		if (xt && xt->kind != TY_INTERFACE && !types_is_direct_iface(xt))
			k = esc_spill(e, k, n);
		esc_expr(e, esc_note(e, k, n, "interface-converted"), n->left);
		break;
	}
	case N_RECV:
		esc_discard(e, n->left);
		break;

	case N_CALLFUNC:
	case N_CALLMETH:
	case N_CALLINTER:
	case N_CALLVALUE:
	case N_BUILTIN:
		esc_call(e, &k, 1, n);
		break;

	case N_NEW:
		esc_spill(e, k, n);
		break;
	case N_MAKESLICE:
		esc_spill(e, k, n);
		esc_discards(e, &n->list);
		break;
	case N_MAKECHAN:
		esc_discards(e, &n->list);
		break;
	case N_MAKEMAP:
		esc_spill(e, k, n);
		esc_discards(e, &n->list);
		break;

	case N_METHVALUE:
		methvalue(e, k, n);
		break;

	case N_PTRLIT:
		esc_expr(e, esc_spill(e, k, n), n->left);
		break;

	case N_ARRAYLIT:
		for (int i = 0; i < n->list.len; i++)
			esc_expr(e, esc_note(e, k, n, "array literal element"), elem_value(n->list.v[i]));
		break;
	case N_SLICELIT:
	case N_DDDARG:
		k = esc_spill(e, k, n);
		for (int i = 0; i < n->list.len; i++)
			esc_expr(e, esc_note(e, k, n, "slice-literal-element"), elem_value(n->list.v[i]));
		break;
	case N_STRUCTLIT:
		for (int i = 0; i < n->list.len; i++)
			if (n->list.v[i])
				esc_expr(e, esc_note(e, k, n, "struct literal element"),
				         elem_value(n->list.v[i]));
		break;
	case N_MAPLIT:
		esc_spill(e, k, n);
		for (int i = 0; i < n->list.len; i++) {
			Node *kv = n->list.v[i];
			if (!kv)
				continue;
			esc_assign_heap(e, kv->left, "map literal key", n);
			esc_assign_heap(e, kv->right, "map literal value", n);
		}
		break;

	case N_CLOSURE:
		esc_walk_closure(e, k, n);
		break;

	case N_STR2RUNES:
		if (n->left && n->left->op == N_CONST) {
			/* gc's typecheck makes []rune("const") a slice literal */
			esc_spill(e, k, n);
			break;
		}
		esc_spill(e, k, n);
		esc_discard(e, n->left);
		break;
	case N_STR2BYTES:
	case N_BYTES2STR:
	case N_RUNES2STR:
	case N_RUNE2STR:
		esc_spill(e, k, n);
		esc_discard(e, n->left);
		break;
	case N_ADDSTR:
		esc_spill(e, k, n);
		esc_discards(e, &n->list);
		break;

	case N_KEYVALUE:
		esc_expr(e, k, n->right);
		break;

	default:
		/* not an expression gofront's IR produces; visit the operands */
		esc_discard(e, n->left);
		esc_discard(e, n->right);
		esc_discards(e, &n->list);
		break;
	}
}
