/*
 * esc_graph.c: the escape graph (gc's escape/graph.go).
 *
 * A location stands for storage: a variable, an allocating expression
 * (new, &T{}, make, a literal, a closure, a boxing conversion...) or an
 * anonymous temporary.  An edge dst <- src with a deref count says "the value
 * of src, dereferenced derefs times, is stored in dst": derefs is the number
 * of `*` minus the number of `&` on the way, never below -1 because `&x` is
 * not addressable.
 *
 * Expressions are evaluated into holes: a hole is "the location the value
 * goes to, and how many derefs have been applied so far".  esc_expr(k, x)
 * adds the edges for storing x into k.  The blank hole discards values; the
 * heap hole's location escapes from the start.
 *
 * Invariant: a location is created once, in the order gc creates it, because
 * finish() prints one line per location in creation order.
 */
#include <string.h>

#include "escape.h"

EscFunc *esc_func(Func *f)
{
	if (!f->esc)
		f->esc = xmalloc(sizeof(EscFunc));
	return f->esc;
}

/* newLoc: a new location for variable obj or expression n. */
EscLoc *esc_new_loc(Esc *e, Node *n, Obj *obj, bool transient)
{
	EscBatch *b = e->b;
	EscLoc *l = xmalloc(sizeof *l);
	l->n = n;
	l->obj = obj;
	l->curfn = e->curfn;
	l->loopdepth = e->loopdepth;
	l->transient = transient;
	if (b->nall == b->capall) {
		b->capall = b->capall ? 2 * b->capall : 64;
		b->all = xrealloc(b->all, sizeof(EscLoc *) * (size_t)b->capall);
	}
	b->all[b->nall++] = l;
	if (obj)
		obj->esc_loc = l;
	if (n)
		n->esc_loc = l;
	return l;
}

EscLoc *esc_old_loc(Obj *o)
{
	if (!o->esc_loc)
		diag_ice(o->pos, "escape: %s has no location", o->name);
	return o->esc_loc;
}

Hole esc_hole(EscLoc *l)
{
	Hole k = {0};
	k.dst = l;
	return k;
}

Hole esc_heap_hole(Esc *e) { return esc_hole(&e->b->heap); }
Hole esc_discard_hole(Esc *e) { return esc_hole(&e->b->blank); }

/* Notes are only kept when -m=2 prints them. */
Hole esc_note(Esc *e, Hole k, Node *where, const char *why)
{
	if (e->b->mflag >= 2 && where) {
		EscNote *nt = xmalloc(sizeof *nt);
		nt->next = k.notes;
		nt->where = where;
		nt->why = why;
		k.notes = nt;
	}
	return k;
}

Hole esc_shift(Hole k, int delta)
{
	k.derefs += delta;
	if (k.derefs < -1)
		diag_ice((Pos){0}, "escape: derefs underflow");
	k.addrtaken = delta < 0;
	return k;
}

Hole esc_deref(Esc *e, Hole k, Node *where, const char *why)
{
	return esc_note(e, esc_shift(k, 1), where, why);
}

Hole esc_addr(Esc *e, Hole k, Node *where, const char *why)
{
	return esc_note(e, esc_shift(k, -1), where, why);
}

/* A type assertion to a non-pointer-shaped type copies out of the box. */
Hole esc_dot_type(Esc *e, Hole k, Type *t, Node *where, const char *why)
{
	if (t->kind != TY_INTERFACE && !types_is_direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note(e, k, where, why);
}

/* flow: record dst <- src along hole k. */
void esc_flow(EscBatch *b, Hole k, EscLoc *src)
{
	if (k.addrtaken)
		src->addrtaken = true;
	EscLoc *dst = k.dst;
	if (dst == &b->blank)
		return;
	if (dst == src && k.derefs >= 0) /* dst = dst, dst = *dst, ... */
		return;
	if (dst->escapes && k.derefs < 0) { /* dst = &src, dst already escaping */
		if (b->mflag >= 2) {
			Pos pos = esc_loc_pos(src);
			diag_m(pos, "%s escapes to heap:", esc_fmt_loc_name(src));
			esc_explain_flow(b, pos, dst, src, k.derefs, k.notes);
		}
		src->escapes = true;
		return;
	}
	if (dst->nedges == dst->capedges) {
		dst->capedges = dst->capedges ? 2 * dst->capedges : 4;
		dst->edges = xrealloc(dst->edges, sizeof(EscEdge) * (size_t)dst->capedges);
	}
	dst->edges[dst->nedges++] = (EscEdge){src, k.derefs, k.notes};
}

/* teeHole: one hole that flows into each of ks (through a temporary). */
Hole esc_tee(Esc *e, Hole *ks, int nks)
{
	if (nks == 0)
		return esc_discard_hole(e);
	if (nks == 1)
		return ks[0];
	EscLoc *loc = esc_new_loc(e, NULL, NULL, true);
	for (int i = 0; i < nks; i++) {
		if (ks[i].derefs < 0)
			diag_ice((Pos){0}, "escape: teeHole with negative derefs");
		esc_flow(e->b, ks[i], loc);
	}
	return esc_hole(loc);
}

/* later: a hole flowing into k, but through a non-transient temporary. */
Hole esc_later(Esc *e, Hole k)
{
	EscLoc *loc = esc_new_loc(e, NULL, NULL, false);
	esc_flow(e->b, k, loc);
	return esc_hole(loc);
}

/* spill: a location for allocating expression n; its address flows to k. */
Hole esc_spill(Esc *e, Hole k, Node *n)
{
	EscLoc *loc = esc_new_loc(e, n, NULL, true);
	esc_flow(e->b, esc_addr(e, k, n, "spill"), loc);
	return esc_hole(loc);
}

bool esc_is_param(EscLoc *l)
{
	return l->obj && l->obj->kind == OBJ_VAR && l->obj->vclass == VC_PARAM;
}

bool esc_is_result(EscLoc *l)
{
	return l->obj && l->obj->kind == OBJ_VAR && l->obj->vclass == VC_RESULT;
}

/* leakTo: parameter l's value reaches sink with derefs. */
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs)
{
	if (!sink->escapes && esc_is_result(sink) && sink->curfn == l->curfn) {
		int ri = sink->result_index - 1;
		if (ri < ESC_NUM_RESULTS) {
			esc_leaks_add_result(&l->param_esc, ri, derefs);
			return;
		}
	}
	esc_leaks_add_heap(&l->param_esc, derefs);
}

Pos esc_loc_pos(EscLoc *l)
{
	if (l->obj)
		return l->obj->pos;
	if (l->n)
		return l->n->pos;
	return (Pos){0};
}

/* A synthetic name node for obj at pos (notes, explanations). */
Node *esc_name_node(Obj *o, Pos pos)
{
	Node *n = xmalloc(sizeof(Node));
	n->op = N_NAME;
	n->obj = o;
	n->type = o->type;
	n->name = o->name;
	n->pos = pos;
	n->implicit = true;
	return n;
}
