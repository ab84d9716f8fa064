/*
 * lower.c: make the implicit facts of the IR explicit, for escape and gen.
 *
 * Requires: a checked Program (docs/ir.md): every function body holds IR
 * ops, func literals are N_CLOSURE nodes with func_->outer set, variables
 * are Objs with owner/vclass.
 *
 * Guarantees, for every function and func literal:
 *   Obj.addrtaken    an N_ADDR (explicit or implicit) reaches the variable,
 *                    through fields and array elements (&x.f, &a[i], a[:])
 *   Obj.reassigned   the variable is assigned after its declaration (=, op=,
 *                    ++, a range with `=`); `a, b := ...` defining it is
 *                    its declaration, not a reassignment
 *   Obj.captured     a func literal nested in its owner refers to it
 *   Func.closures    the literals directly inside, in source order
 *   Func.cvars       the variables of enclosing functions a literal refers
 *                    to, in first-use order; a literal nested in another
 *                    also makes the outer literal list the variable
 *   Func.called_directly   func(){...}() calls the literal where it appears
 *   Node.loopdepth / Obj.loopdepth   1 in a body, +1 inside each for/range
 *                    body and after each label that a later goto targets
 *                    (gc's "looping label"), as escape analysis counts them
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "passes.h"
#include "parse.h"

typedef struct Lower {
	Func *fn;
	int depth;
	const char **looping; /* labels that head an unstructured loop */
	int nlooping, caplooping;
} Lower;

static void walk(Lower *lw, Node *n);

static void add_cvar(Func *f, Obj *o)
{
	for (int i = 0; i < f->ncvars; i++)
		if (f->cvars[i] == o)
			return;
	if (f->ncvars == f->capcvars) {
		f->capcvars = f->capcvars ? 2 * f->capcvars : 4;
		f->cvars = xrealloc(f->cvars, sizeof(Obj *) * (size_t)f->capcvars);
	}
	f->cvars[f->ncvars++] = o;
}

static void add_closure(Func *f, Func *lit)
{
	if (f->nclosures == f->capclosures) {
		f->capclosures = f->capclosures ? 2 * f->capclosures : 4;
		f->closures = xrealloc(f->closures, sizeof(Func *) * (size_t)f->capclosures);
	}
	f->closures[f->nclosures++] = lit;
}

/* The variable whose storage an addressable expression denotes, if any. */
static Obj *root_var(Node *n)
{
	while (n) {
		switch (n->op) {
		case N_NAME:
			return n->obj && n->obj->kind == OBJ_VAR ? n->obj : NULL;
		case N_DOT:
		case N_INDEXARR:
			n = n->left;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

static void mark_reassigned(Node *lhs)
{
	if (lhs && lhs->op == N_NAME && lhs->obj && lhs->obj->kind == OBJ_VAR)
		lhs->obj->reassigned = true;
}

/* A reference to a variable: captured if it belongs to an enclosing func. */
static void use_var(Lower *lw, Obj *o)
{
	if (o->kind != OBJ_VAR || o->vclass == VC_GLOBAL || !o->owner || o->owner == lw->fn)
		return;
	/* only variables of functions enclosing this literal */
	bool enclosing = false;
	for (Func *f = lw->fn->outer; f; f = f->outer)
		if (f == o->owner)
			enclosing = true;
	if (!enclosing)
		return;
	o->captured = true;
	for (Func *f = lw->fn; f && f != o->owner; f = f->outer)
		add_cvar(f, o);
}

static bool is_looping(Lower *lw, const char *name)
{
	for (int i = 0; i < lw->nlooping; i++)
		if (strcmp(lw->looping[i], name) == 0)
			return true;
	return false;
}

static void find_looping(Lower *lw, Node *n, const char ***seen, int *nseen, int *cap)
{
	if (!n || n->op == N_CLOSURE)
		return;
	if (n->op == N_LABELED && n->name) {
		if (*nseen == *cap) {
			*cap = *cap ? 2 * *cap : 8;
			*seen = xrealloc(*seen, sizeof(char *) * (size_t)*cap);
		}
		(*seen)[(*nseen)++] = n->name;
	}
	if (n->op == N_BRANCH && n->op_tok == T_GOTO && n->name && !is_looping(lw, n->name)) {
		for (int i = 0; i < *nseen; i++)
			if (strcmp((*seen)[i], n->name) == 0) {
				if (lw->nlooping == lw->caplooping) {
					lw->caplooping = lw->caplooping ? 2 * lw->caplooping : 4;
					lw->looping = xrealloc(lw->looping, sizeof(char *) * (size_t)lw->caplooping);
				}
				lw->looping[lw->nlooping++] = n->name;
				break;
			}
	}
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		find_looping(lw, kids[i], seen, nseen, cap);
	for (int i = 0; i < n->list.len; i++)
		find_looping(lw, n->list.v[i], seen, nseen, cap);
	for (int i = 0; i < n->rlist.len; i++)
		find_looping(lw, n->rlist.v[i], seen, nseen, cap);
}

static void lower_func(Func *fn)
{
	Lower lw = {.fn = fn, .depth = 1};
	const char **seen = NULL;
	int nseen = 0, cap = 0;
	find_looping(&lw, fn->body, &seen, &nseen, &cap);
	free(seen);
	for (int i = 0; i < fn->ndcl; i++)
		if (fn->dcl[i]->vclass == VC_PARAM || fn->dcl[i]->vclass == VC_RESULT)
			fn->dcl[i]->loopdepth = 1;
	walk(&lw, fn->body);
	free(lw.looping);
}

static void walk_list(Lower *lw, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		walk(lw, l->v[i]);
}

/* The statement declares its variables: `a, b := ...` or `var a, b = ...`. */
static bool is_define(Node *as)
{
	if (as->op_tok == T_DEFINE)
		return true;
	Node *o = as->orig;
	return o && o != as && (o->op == N_VARDECL || (o->op == N_ASSIGN && o->op_tok == T_DEFINE));
}

/* `a, b := ...` in the IR: N_VARDEFs without a value, then the N_AS2. */
static bool defines(NodeList *stmts, int i, Obj *o)
{
	for (int j = i - 1; j >= 0; j--) {
		Node *s = stmts->v[j];
		if (!s || s->op != N_VARDEF || s->right)
			return false;
		if (s->obj == o)
			return true;
	}
	return false;
}

static void walk_block_list(Lower *lw, NodeList *l)
{
	int old = lw->depth;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		if (s && s->op == N_AS2 && is_define(s)) {
			/* mark only the variables this statement does not define */
			s->loopdepth = lw->depth;
			for (int k = 0; k < s->list.len; k++) {
				Node *x = s->list.v[k];
				if (x && x->op == N_NAME && x->obj && !defines(l, i, x->obj))
					mark_reassigned(x);
				else if (x && x->op != N_NAME)
					walk(lw, x);
			}
			walk_list(lw, &s->rlist);
			continue;
		}
		walk(lw, s);
	}
	lw->depth = old;
}

static void walk(Lower *lw, Node *n)
{
	if (!n)
		return;
	n->loopdepth = lw->depth;
	switch (n->op) {
	case N_BLOCK:
		walk_block_list(lw, &n->list);
		return;
	case N_LABELED:
		if (n->name && is_looping(lw, n->name))
			lw->depth++; /* until the end of the enclosing block */
		n->loopdepth = lw->depth;
		walk(lw, n->left);
		return;
	case N_FOR: {
		walk(lw, n->init);
		lw->depth++;
		walk(lw, n->cond);
		walk(lw, n->post);
		walk(lw, n->body);
		lw->depth--;
		return;
	}
	case N_RANGE: {
		walk(lw, n->right);
		if (n->op_tok == T_DEFINE) {
			if (n->key && n->key->op == N_NAME && n->key->obj)
				n->key->obj->loopdepth = lw->depth;
			if (n->value && n->value->op == N_NAME && n->value->obj)
				n->value->obj->loopdepth = lw->depth;
		} else {
			mark_reassigned(n->key);
			mark_reassigned(n->value);
		}
		lw->depth++;
		walk(lw, n->key);
		walk(lw, n->value);
		walk(lw, n->body);
		lw->depth--;
		return;
	}
	case N_VARDEF:
		if (n->obj)
			n->obj->loopdepth = lw->depth;
		walk(lw, n->right);
		return;
	case N_TYPESWITCH:
		walk(lw, n->init);
		walk(lw, n->left);
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.v[i];
			if (c && c->obj)
				c->obj->loopdepth = lw->depth;
			walk(lw, c);
		}
		return;
	/* assignments: the right side first, as gc's noder translates them (a
	 * closure's captures are in that first-use order) */
	case N_AS:
	case N_ASOP:
		mark_reassigned(n->left);
		walk(lw, n->init);
		walk(lw, n->right);
		walk(lw, n->left);
		return;
	case N_AS2:
		for (int i = 0; i < n->list.len; i++)
			mark_reassigned(n->list.v[i]);
		walk(lw, n->init);
		walk_list(lw, &n->rlist);
		walk_list(lw, &n->list);
		return;
	case N_ADDR: {
		Obj *o = root_var(n->left);
		if (o)
			o->addrtaken = true;
		break;
	}
	case N_NAME:
		if (n->obj)
			use_var(lw, n->obj);
		return;
	case N_CALLVALUE:
		if (n->left && n->left->op == N_CLOSURE && n->left->func_)
			n->left->func_->called_directly = true;
		break;
	case N_CLOSURE: {
		Func *lit = n->func_;
		if (!lit)
			return;
		add_closure(lw->fn, lit);
		if (!lit->outer)
			lit->outer = lw->fn;
		lit->is_lit = true;
		lower_func(lit);
		/* the literal's captures are uses in this function too */
		for (int i = 0; i < lit->ncvars; i++)
			use_var(lw, lit->cvars[i]);
		return;
	}
	default:
		break;
	}
	walk(lw, n->init);
	walk(lw, n->left);
	walk(lw, n->right);
	walk(lw, n->cond);
	walk(lw, n->post);
	walk(lw, n->key);
	walk(lw, n->value);
	walk_list(lw, &n->list);
	walk_list(lw, &n->rlist);
	if (n->body) {
		int old = lw->depth;
		walk(lw, n->body);
		lw->depth = old;
	}
	if (n->els) {
		int old = lw->depth;
		walk(lw, n->els);
		lw->depth = old;
	}
}

void lower_program(Program *prog)
{
	for (int i = 0; i < prog->nfuncs; i++)
		if (prog->funcs[i]->body)
			lower_func(prog->funcs[i]);
	/* package-level initialisers: closures there belong to no function */
	Func *init = xmalloc(sizeof(Func));
	init->name = "init";
	Lower lw = {.fn = init, .depth = 1};
	walk_list(&lw, &prog->inits);
}
