/*
 * gen_chan.c: channels and select.
 *
 * Requires the IR of docs/ir.md (N_MAKECHAN, N_SEND, N_RECV with
 * is_commaok, close/len/cap builtins, N_RANGE over a channel, N_SELECT of
 * N_COMMCASEs) and the runtime's channel ABI (runtime/gort.h): a chan value
 * is a pointer to the runtime's channel, elements travel by address.
 *
 *   make(chan T, n)     gort_makechan(&T's descriptor, sizeof(T), n)
 *   c <- v              tmp = v; gort_chansend(c, &tmp)
 *   v := <-c            ok = gort_chanrecv(c, &tmp); v = tmp  (comma-ok: {tmp, ok})
 *   for v := range c    loop { if !gort_chanrecv(c, &tmp) break; v = tmp; body }
 *   select              the channel operands and sent values are evaluated
 *                       once, in source order; one GoSelectCase each (default
 *                       excluded); gort_select returns the index of the case
 *                       that ran (or -1: default); that case's statement then
 *                       runs with its receive replaced by the received value
 *                       (Node.gen, as gen_hoist does), then its body.
 */
#include <string.h>

#include "gen.h"
#include "rtstack.h"

gcc_jit_rvalue *gen_makechan(Gen *g, Node *n)
{
	Type *et = n->type->elem;
	gcc_jit_rvalue *size = n->list.len > 0 && n->list.v[0]
	                           ? gen_cast(g, gen_expr(g, n->list.v[0]), g->t_i64, n->pos)
	                           : gen_i64(g, 0);
	gcc_jit_rvalue *args[3] = {gen_desc(g, et), gen_i64(g, types_size(et)), size};
	return gen_call(g, g->rt_makechan, 3, args, n->pos);
}

/* <-c: the value, or {value, ok} for the comma-ok form. */
gcc_jit_rvalue *gen_recv(Gen *g, Node *n)
{
	gcc_jit_rvalue *hv = gen_take_hoisted(n);
	if (hv)
		return hv;
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *et = n->left->type->elem;
	gcc_jit_rvalue *c = gen_expr(g, n->left);
	gcc_jit_lvalue *tmp = gen_temp(g, gen_type(g, et), "recv");
	gcc_jit_rvalue *args[2] = {c, gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_lvalue_get_address(tmp, loc), g->t_voidp)};
	gcc_jit_rvalue *ok = gen_call(g, g->rt_chanrecv, 2, args, n->pos);
	if (!n->is_commaok || n->type->kind != TY_TUPLE)
		return gen_save(g, gcc_jit_lvalue_as_rvalue(tmp), n->pos);
	gcc_jit_type *tt = gen_tuple(g, &n->type->fields, NULL);
	gcc_jit_rvalue *vals[2] = {gcc_jit_lvalue_as_rvalue(tmp),
	                           gen_cast(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE, ok, gen_i64(g, 0)),
	                                    gen_type(g, n->type->fields.v[1].type), n->pos)};
	return gen_save(g, gcc_jit_context_new_struct_constructor(g->ctx, loc, tt, 2, NULL, vals), n->pos);
}

/* An element's address: the value stored in a fresh temporary. */
static gcc_jit_rvalue *elem_ptr(Gen *g, gcc_jit_rvalue *v, Type *et, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_lvalue *tmp = gen_temp(g, gen_type(g, et), "elem");
	gen_assign(g, tmp, v, pos);
	return gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_lvalue_get_address(tmp, loc), g->t_voidp);
}

void gen_send(Gen *g, Node *n)
{
	gen_hoist(g, n->left, false);
	gen_hoist(g, n->right, false);
	gcc_jit_rvalue *c = gen_save(g, gen_expr(g, n->left), n->pos);
	gcc_jit_rvalue *args[2] = {c, elem_ptr(g, gen_expr(g, n->right), n->left->type->elem, n->pos)};
	gen_callstmt(g, g->rt_chansend, 2, args, n->pos);
}

/* for v := range c */
void gen_range_chan(Gen *g, Node *n, gcc_jit_block **brk, gcc_jit_block **cont)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Type *et = n->right->type->elem;
	gcc_jit_rvalue *c = gen_save(g, gen_expr(g, n->right), n->pos);
	gcc_jit_block *head = gen_newblock(g, "rangechan.recv"), *body = gen_newblock(g, "rangechan.body"),
	              *end = gen_newblock(g, "rangechan.end");
	gen_jump(g, head, n->pos);
	g->block = head;
	gcc_jit_lvalue *tmp = gen_temp(g, gen_type(g, et), "recv");
	gcc_jit_rvalue *args[2] = {c, gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_lvalue_get_address(tmp, loc), g->t_voidp)};
	gcc_jit_rvalue *ok = gen_call(g, g->rt_chanrecv, 2, args, n->pos);
	gcc_jit_block_end_with_conditional(gen_cur(g), loc,
	                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE, ok, gen_i64(g, 0)),
	                                   body, end);
	g->block = body;
	Node *v = n->key;
	if (v && !(v->op == N_NAME && v->obj && strcmp(v->obj->name, "_") == 0)) {
		if (gen_op(n->op_tok) == OP_DEFINE && v->op == N_NAME)
			gen_declare_var(g, v->obj, v->pos);
		gen_assign(g, gen_lvalue(g, v), gcc_jit_lvalue_as_rvalue(tmp), n->pos);
	}
	*brk = end;
	*cont = head;
}

/* ---- select ---- */

/* The receive inside a comm statement (v := <-c, v, ok = <-c, <-c...). */
static Node *find_recv(Node *s)
{
	if (!s)
		return NULL;
	switch (s->op) {
	case N_RECV:
		return s;
	case N_EXPRSTMT:
	case N_CONVIFACE: /* case i = <-c with an interface i: lower's conversion */
	case N_CONVNOP:
		return find_recv(s->left);
	case N_VARDEF: case N_AS:
		return find_recv(s->right);
	case N_AS2:
		return s->rlist.len == 1 ? find_recv(s->rlist.v[0]) : NULL;
	case N_BLOCK:
		for (int i = 0; i < s->list.len; i++) {
			Node *r = find_recv(s->list.v[i]);
			if (r)
				return r;
		}
		return NULL;
	default:
		return NULL;
	}
}

void gen_select(Gen *g, Node *n, const char *label)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_context *c = g->ctx;
	int nc = n->list.len, ncases = 0, dflt = -1;
	int *caseidx = xmalloc(sizeof *caseidx * (nc + 1));   /* GoSelectCase index of each comm case */
	Node **recvs = xmalloc(sizeof *recvs * (nc + 1));
	gcc_jit_lvalue **elems = xmalloc(sizeof *elems * (nc + 1));
	gcc_jit_lvalue *oks = NULL;
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.v[i];
		caseidx[i] = -1;
		recvs[i] = NULL;
		if (cc->is_default || !cc->left) {
			dflt = i;
			continue;
		}
		caseidx[i] = ncases++;
	}
	/* the case array */
	gcc_jit_type *at = gcc_jit_context_new_array_type(c, loc, g->t_selcase, ncases > 0 ? ncases : 1);
	gen_note_size(g, at, 32L * (ncases > 0 ? ncases : 1));
	gcc_jit_lvalue *cases = gen_temp(g, at, "selcases");
	(void)oks;
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.v[i];
		if (caseidx[i] < 0)
			continue;
		gcc_jit_lvalue *sc = gcc_jit_context_new_array_access(c, loc, gcc_jit_lvalue_as_rvalue(cases),
		                                                      gen_i64(g, caseidx[i]));
		Node *comm = cc->left;
		gcc_jit_rvalue *ch, *elem;
		long dir;
		if (comm->op == N_SEND) {
			gen_hoist(g, comm->left, false);
			gen_hoist(g, comm->right, false);
			ch = gen_save(g, gen_expr(g, comm->left), comm->pos);
			elem = elem_ptr(g, gen_expr(g, comm->right), comm->left->type->elem, comm->pos);
			dir = 1; /* GORT_SELECT_SEND */
		} else {
			Node *r = find_recv(comm);
			if (!r) {
				diag_error(comm->pos, "select case not supported");
				return;
			}
			recvs[i] = r;
			gen_hoist(g, r->left, false);
			ch = gen_save(g, gen_expr(g, r->left), r->pos);
			elems[i] = gen_temp(g, gen_type(g, r->left->type->elem), "selrecv");
			elem = gcc_jit_context_new_cast(c, loc, gcc_jit_lvalue_get_address(elems[i], loc), g->t_voidp);
			dir = 2; /* GORT_SELECT_RECV */
		}
		gen_assign(g, gcc_jit_lvalue_access_field(sc, loc, g->f_sel[0]), ch, n->pos);
		gen_assign(g, gcc_jit_lvalue_access_field(sc, loc, g->f_sel[1]), elem, n->pos);
		gen_assign(g, gcc_jit_lvalue_access_field(sc, loc, g->f_sel[2]), gen_i64(g, dir), n->pos);
		gen_assign(g, gcc_jit_lvalue_access_field(sc, loc, g->f_sel[3]), gen_i64(g, 0), n->pos);
	}
	gcc_jit_rvalue *args[3] = {
	    gcc_jit_lvalue_get_address(gcc_jit_context_new_array_access(c, loc, gcc_jit_lvalue_as_rvalue(cases), gen_i64(g, 0)), loc),
	    gen_i64(g, ncases), gen_i64(g, dflt >= 0)};
	gcc_jit_rvalue *chosen = gen_call(g, g->rt_select, 3, args, n->pos);
	gen_note_stack(g, g->rt_select, ncases * RT_SELECT_CASE_BYTES); /* its per-case arrays */
	/* dispatch on the chosen case */
	gcc_jit_block *end = gen_newblock(g, "select.end");
	gcc_jit_block **bodies = xmalloc(sizeof *bodies * (nc + 1));
	for (int i = 0; i < nc; i++)
		bodies[i] = gen_newblock(g, "selcase");
	for (int i = 0; i < nc; i++) {
		if (caseidx[i] < 0)
			continue;
		gcc_jit_block *next = gen_newblock(g, "selcase.next");
		gcc_jit_block_end_with_conditional(gen_cur(g), loc,
		                                   gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_EQ, chosen,
		                                                                  gen_i64(g, caseidx[i])),
		                                   bodies[i], next);
		g->block = next;
	}
	gen_jump(g, dflt >= 0 ? bodies[dflt] : end, n->pos);
	gen_push_target(g, label, end, NULL);
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.v[i];
		g->block = bodies[i];
		Node *r = recvs[i];
		if (r) {
			/* the comm statement, its receive replaced by what arrived */
			gcc_jit_rvalue *v = gcc_jit_lvalue_as_rvalue(elems[i]);
			if (r->is_commaok && r->type->kind == TY_TUPLE) {
				gcc_jit_lvalue *sc = gcc_jit_context_new_array_access(c, loc, gcc_jit_lvalue_as_rvalue(cases),
				                                                      gen_i64(g, caseidx[i]));
				gcc_jit_rvalue *ok = gcc_jit_context_new_comparison(
				    c, loc, GCC_JIT_COMPARISON_NE, gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(sc, loc, g->f_sel[3])),
				    gen_i64(g, 0));
				gcc_jit_rvalue *vals[2] = {v, gen_cast(g, ok, gen_type(g, r->type->fields.v[1].type), r->pos)};
				v = gen_save(g, gcc_jit_context_new_struct_constructor(c, loc, gen_tuple(g, &r->type->fields, NULL), 2,
				                                                       NULL, vals), r->pos);
			}
			r->gen = v;
			gen_stmt(g, cc->left);
			r->gen = NULL;
		}
		gen_block(g, cc->body);
		gen_jump(g, end, n->pos);
	}
	g->ntargets--;
	g->block = end;
}
