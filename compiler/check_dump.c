/*
 * check_dump.c: `gofront -d ir`: the typed IR, one node per line.
 *
 *   func main (func())
 *     VARDEF x int  @5:4
 *       CONST 1 int  @5:7
 *
 * Each line shows the op, the node's name/operator/value, its type, its
 * position and flags (implicit, commaok, dots).  Read docs/ir.md alongside.
 */
#include <stdio.h>

#include "check_int.h"

static void dump_list(const char *label, NodeList *l, int indent)
{
	if (!l->len)
		return;
	printf("%*s%s:\n", indent * 2, "", label);
	for (int i = 0; i < l->len; i++) {
		if (l->v[i])
			check_dump_node(l->v[i], indent + 1);
		else
			printf("%*s<nil>\n", (indent + 1) * 2, "");
	}
}

static void dump_child(const char *label, Node *n, int indent)
{
	if (!n)
		return;
	printf("%*s%s:\n", indent * 2, "", label);
	check_dump_node(n, indent + 1);
}

void check_dump_node(Node *n, int indent)
{
	if (!n)
		return;
	printf("%*s%s", indent * 2, "", node_op_name(n->op));
	if (n->op == N_CONST)
		printf(" %s", const_str(n->val, n->type));
	else if (n->obj)
		printf(" %s", n->obj->name);
	else if (n->name)
		printf(" %s", n->name);
	if (n->op_tok)
		printf(" op=%s", tok_str(n->op_tok));
	if (n->op == N_DOT || n->op == N_DOTPTR || n->op == N_DOTINTER || n->op == N_SLICELIT)
		printf(" #%ld", n->ival);
	if (n->builtin)
		printf(" builtin=%d", n->builtin);
	if (n->type)
		printf(" <%s>", types_str(n->type, false));
	printf("  @%d:%d", n->pos.line, n->pos.col);
	if (n->implicit)
		printf(" implicit");
	if (n->is_commaok)
		printf(" commaok");
	if (n->has_dots)
		printf(" dots");
	if (n->op == N_CLOSURE && n->func_)
		printf(" [%s]", n->func_->name);
	printf("\n");
	if (n->op == N_CLOSURE && n->func_ && n->func_->body) {
		check_dump_node(n->func_->body, indent + 1);
		return;
	}
	if (n->op == N_CONST || n->op == N_TYPE)
		return;
	dump_child("init", n->init, indent + 1);
	dump_child("cond", n->cond, indent + 1);
	dump_child("post", n->post, indent + 1);
	dump_child("key", n->key, indent + 1);
	dump_child("value", n->value, indent + 1);
	if (n->left)
		check_dump_node(n->left, indent + 1);
	if (n->right)
		check_dump_node(n->right, indent + 1);
	dump_list("list", &n->list, indent + 1);
	dump_list("rlist", &n->rlist, indent + 1);
	if (n->obj && n->op == N_CASE)
		printf("%*sbinds %s <%s>\n", (indent + 1) * 2, "", n->obj->name,
		       types_str(n->obj->type, false));
	dump_child("body", n->body, indent + 1);
	dump_child("else", n->els, indent + 1);
}

void check_dump_program(Program *p)
{
	if (!p)
		return;
	printf("package %s\n", p->pkgname);
	for (int i = 0; i < p->nnamed; i++) {
		Type *t = p->named[i];
		printf("type %s %s (size %ld)\n", t->sym->name, types_str(t->underlying, false),
		       types_size(t));
		for (int j = 0; j < t->methods.len && t->kind != TY_INTERFACE; j++)
			printf("  method %s %s\n", t->methods.v[j].name, types_str(t->methods.v[j].type, false));
	}
	for (int i = 0; i < p->nglobals; i++)
		printf("var %s %s\n", p->globals[i]->name, types_str(p->globals[i]->type, false));
	if (p->inits.len) {
		printf("init order:\n");
		for (int i = 0; i < p->inits.len; i++)
			check_dump_node(p->inits.v[i], 1);
	}
	for (int i = 0; i < p->nfuncs; i++) {
		Func *f = p->funcs[i];
		printf("func %s %s\n", f->name, types_str(f->type, false));
		for (int j = 0; j < f->ndcl; j++) {
			Obj *o = f->dcl[j];
			printf("  dcl %s %s%s\n", o->name, types_str(o->type, false),
			       o->vclass == VC_PARAM ? " (param)" : o->vclass == VC_RESULT ? " (result)" : "");
		}
		check_dump_node(f->body, 1);
	}
}
