/*
 * esc_solve.c: solving the escape graph (gc's escape/solve.go).
 *
 * walkAll walks once from every location (and the heap), computing for each
 * root the minimal deref count from every location that flows into it
 * (walkOne, Bellman-Ford over incoming edges: edges can be -1, but a
 * negative count is clamped to 0 before it propagates further, so there are
 * no negative cycles).  A count below 0 at l means "&l flows to root".
 *
 * If root outlives l:
 *   - a parameter l records a leak (to the heap, or to one of its own
 *     function's results) for its tag;
 *   - if l's address flows there, l escapes: it must live on the heap.  l is
 *     re-queued, since everything l points to now flows to the heap too.
 * A transient location whose address reaches a non-transient root stops
 * being transient and is re-queued.  Each location changes state at most
 * twice, so the solve is Θ(#locations) walks.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

typedef struct Queue {
	EscLoc **v;
	int len, cap;
} Queue;

static void push(Queue *q, EscLoc *l)
{
	if (q->len == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 64;
		q->v = xrealloc(q->v, sizeof(EscLoc *) * (size_t)q->cap);
	}
	q->v[q->len++] = l;
}

static void enqueue(Queue *todo, EscLoc *l)
{
	if (!l->queued) {
		push(todo, l);
		l->queued = true;
	}
}

/* c is a closure nested (at any depth) in f. */
bool esc_contains_closure(Func *f, Func *c)
{
	if (f == c)
		return false;
	for (Func *x = c->outer; x; x = x->outer)
		if (x == f)
			return true;
	return false;
}

/* outlives: values stored in l may survive beyond other's lifetime. */
bool esc_outlives(EscLoc *l, EscLoc *other)
{
	if (l->escapes)
		return true;
	if (esc_is_result(l)) {
		/* A directly called literal may return addresses of its
		 * enclosing function's variables. */
		if (other->curfn && l->curfn && esc_contains_closure(other->curfn, l->curfn) &&
		    esc_func(l->curfn)->closure_called)
			return false;
		return true;
	}
	if (l->curfn == other->curfn && l->loopdepth < other->loopdepth)
		return true;
	if (l->curfn && other->curfn && esc_contains_closure(l->curfn, other->curfn))
		return true;
	return false;
}

static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src);

static void walk_one(EscBatch *b, EscLoc *root, unsigned walkgen, Queue *queue)
{
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;

	Queue todo = {0};
	push(&todo, root);
	while (todo.len > 0) {
		EscLoc *l = todo.v[--todo.len];
		int derefs = l->derefs;

		bool address_of = derefs < 0;
		if (address_of) {
			/* root = &l; l = x: l's address flows, x's does not */
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(queue, l);
			}
		}

		if (esc_outlives(root, l)) {
			if (esc_is_param(l)) {
				if (b->mflag >= 2 && !l->escapes) {
					diag_m(esc_loc_pos(l), "parameter %s leaks to %s with derefs=%d:",
					       esc_fmt_loc_name(l), esc_explain_loc(b, root), derefs);
					explain_path(b, root, l);
				}
				esc_leak_to(l, root, derefs);
			}
			if (address_of && !l->escapes) {
				if (b->mflag >= 2) {
					diag_m(esc_loc_pos(l), "%s escapes to heap:", esc_fmt_loc_name(l));
					explain_path(b, root, l);
				}
				l->escapes = true;
				enqueue(queue, l);
				continue;
			}
		}

		for (int i = 0; i < l->nedges; i++) {
			EscEdge *ed = &l->edges[i];
			if (ed->src->escapes)
				continue;
			int d = derefs + ed->derefs;
			if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
				ed->src->walkgen = walkgen;
				ed->src->derefs = d;
				ed->src->dst = l;
				ed->src->dst_edge = i;
				push(&todo, ed->src);
			}
		}
	}
	free(todo.v);
}

void esc_walk_all(EscBatch *b)
{
	Queue todo = {0};
	for (int i = 0; i < b->nall; i++)
		enqueue(&todo, b->all[i]);
	enqueue(&todo, &b->heap);

	unsigned walkgen = 0;
	while (todo.len > 0) {
		EscLoc *root = todo.v[--todo.len];
		root->queued = false;
		walkgen++;
		walk_one(b, root, walkgen, &todo);
	}
	free(todo.v);
}

/* ---- -m=2 explanations ---- */

const char *esc_explain_loc(EscBatch *b, EscLoc *l)
{
	if (l == &b->heap)
		return "{heap}";
	if (!l->n && !l->obj)
		return "{temp}";
	if (l->obj)
		return esc_fmt_loc_name(l);
	return xprintf("{storage for %s}", esc_fmt_expr(l->n));
}

void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes)
{
	char ops[64];
	if (derefs < 0)
		strcpy(ops, "&");
	else {
		int n = derefs < 60 ? derefs : 60;
		memset(ops, '*', (size_t)n);
		ops[n] = 0;
	}
	diag_m(pos, "  flow: %s = %s%s:", esc_explain_loc(b, dst), ops, esc_explain_loc(b, src));
	for (EscNote *nt = notes; nt; nt = nt->next)
		diag_m(pos, "    from %s (%s) at %s", esc_fmt_stmt(nt->where), nt->why,
		       diag_pos(nt->where->pos));
}

static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src)
{
	Pos pos = esc_loc_pos(src);
	/* visited set: a generation mark would do; locations are few */
	EscLoc **seen = NULL;
	int nseen = 0, capseen = 0;
	for (;;) {
		bool cycle = false;
		for (int i = 0; i < nseen; i++)
			if (seen[i] == src)
				cycle = true;
		if (cycle) {
			diag_m(pos, "  warning: truncated explanation due to assignment cycle; "
			            "see golang.org/issue/35518");
			break;
		}
		if (nseen == capseen) {
			capseen = capseen ? 2 * capseen : 8;
			seen = xrealloc(seen, sizeof(EscLoc *) * (size_t)capseen);
		}
		seen[nseen++] = src;
		EscLoc *dst = src->dst;
		if (!dst)
			break;
		EscEdge *ed = &dst->edges[src->dst_edge];
		esc_explain_flow(b, pos, dst, src, ed->derefs, ed->notes);
		if (dst == root)
			break;
		src = dst;
	}
	free(seen);
}
