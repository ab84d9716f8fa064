/*
 * ast.c: the constructors of the syntax tree.
 *
 * What it does.  parse.y calls exactly one constructor per grammar action;
 * each builds one node (or list) with the position ast.h prescribes.  A few
 * constructors finish work an LALR grammar cannot do locally:
 *
 *   ast_params    groups parameters: in (a, b int) `a` was parsed as a type
 *                 and becomes a name of type int; (int, string) stays
 *                 unnamed; mixing the two is gc's "mixed named and unnamed
 *                 parameters".
 *   ast_if, ast_switch, ast_for
 *                 check the statement headers (a missing condition, an
 *                 assignment used as a value) and tell a type switch
 *                 (`switch x := y.(type)`) from an expression switch.
 *   ast_select    turns case clauses into communication clauses.
 *
 * Guarantees: every node has a position; lists hold no NULL (but for an
 * N_SLICE's absent indices).  Syntax errors found here are reported with
 * diag_error in gc's words; the parse goes on, and syntax.c then returns
 * NULL rather than a tree with holes.
 *
 * start_pos (an expression's first byte, gc's syntax.StartPos) lives here
 * too: the constructors report at it, and so does the checker.  Printing the
 * tree (ast_string, ast_dump) is ast_dump.c's job.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex_lit.h"
#include "parse.h"
#include "types.h"

Node *ast_new(NodeOp op, Pos pos)
{
	Node *n = xmalloc(sizeof *n);
	n->op = op;
	n->pos = pos;
	return n;
}

/* The common shape: an operator node over up to two operands (op_tok 0 for
 * nodes that are not operators, NULL for absent operands). */
static Node *node(NodeOp op, Pos pos, int op_tok, Node *left, Node *right)
{
	Node *n = ast_new(op, pos);
	n->op_tok = op_tok;
	n->left = left;
	n->right = right;
	return n;
}

/* The other common shape: a node over a list (a block, a struct's fields). */
static Node *list_node(NodeOp op, Pos pos, NodeList list)
{
	Node *n = ast_new(op, pos);
	n->list = list;
	return n;
}

void nodelist_push(NodeList *l, Node *n)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4;
		l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
	}
	l->v[l->len++] = n;
}

/* ---- lists ---- */

NodeList ast_list0(void)
{
	return (NodeList){0};
}

NodeList ast_list1(Node *n)
{
	return ast_list_add(ast_list0(), n);
}

NodeList ast_list_add(NodeList l, Node *n)
{
	if (n)
		nodelist_push(&l, n);
	return l;
}

NodeList ast_list_concat(NodeList a, NodeList b)
{
	for (int i = 0; i < b.len; i++)
		nodelist_push(&a, b.v[i]);
	free(b.v);
	return a;
}

NodeList ast_names1(Pos pos, const char *name)
{
	return ast_list1(ast_ident(pos, name));
}

NodeList ast_names_add(NodeList l, Pos pos, const char *name)
{
	return ast_list_add(l, ast_ident(pos, name));
}

static NodeList copy_list(NodeList l)
{
	NodeList c = {0};
	for (int i = 0; i < l.len; i++)
		nodelist_push(&c, ast_copy(l.v[i]));
	return c;
}

/* A deep copy of a type or expression (func literals share their Func). */
Node *ast_copy(Node *n)
{
	if (!n)
		return NULL;
	Node *c = ast_new(n->op, n->pos);
	*c = *n;
	c->left = ast_copy(n->left);
	c->right = ast_copy(n->right);
	c->list = copy_list(n->list);
	c->rlist = copy_list(n->rlist);
	return c;
}

/* ---- positions ---- */

/* The first byte of an expression (gc's syntax.StartPos): a chain of
 * selectors, indexes, slices, assertions, calls and binary operators starts
 * at its leftmost operand, a composite literal at its type.  The checker
 * reports many errors there (an assignment's LHS, an overflowing operand). */
Pos start_pos(Node *syn)
{
	while (syn) {
		switch (syn->op) {
		case N_BINARY:
		case N_SELECTOR:
		case N_INDEX:
		case N_SLICE:
		case N_TYPEASSERT:
		case N_CALL:
			if (!syn->left)
				return syn->pos;
			syn = syn->left;
			continue;
		case N_COMPOSITE:
			if (syn->left) {
				syn = syn->left;
				continue;
			}
			return syn->pos;
		default:
			return syn->pos;
		}
	}
	return (Pos){0};
}

/* The first byte of a simple statement: that of its first expression. */
static Pos stmt_start_pos(Node *s)
{
	switch (s->op) {
	case N_EXPRSTMT:
	case N_OPASSIGN:
	case N_INCDEC:
	case N_SEND:
		return start_pos(s->left);
	case N_ASSIGN:
		return start_pos(s->list.v[0]);
	default:
		return start_pos(s);
	}
}

/* ---- expressions ---- */

/* Left-deep chains (a+b+c+..., x.f.g..., f()()...) do not deepen the
 * parser's stack, but every later pass recurses down them.  Like the stack
 * limit for nesting, a limit on their length keeps gofront from running
 * out of C stack: reported once, where a chain first reaches it. */
enum { MAX_CHAIN = 2000 };

static Node *chained(Node *n)
{
	int len = 0;
	for (Node *m = n; m && len <= MAX_CHAIN; m = m->left, len++)
		if (m->op != N_BINARY && m->op != N_SELECTOR && m->op != N_INDEX &&
		    m->op != N_SLICE && m->op != N_CALL && m->op != N_TYPEASSERT)
			break;
	if (len == MAX_CHAIN)
		diag_error(start_pos(n),
		           "syntax error: expression too long (%d operations at most)",
		           MAX_CHAIN - 1);
	return n;
}

Node *ast_ident(Pos pos, const char *name)
{
	Node *n = ast_new(N_IDENT, pos);
	n->name = name;
	return n;
}

Node *ast_basiclit(Pos pos, int lit_kind, const char *text)
{
	Node *n = ast_new(N_BASICLIT, pos);
	n->lit_kind = lit_kind;
	n->lit = text;
	return n;
}

/* Unary operators; `*x` is N_STAR (a dereference or a pointer type). */
Node *ast_unary(Pos pos, int op_tok, Node *x)
{
	return node(op_tok == T_MUL ? N_STAR : N_UNARY, pos, op_tok, x, NULL);
}

Node *ast_binary(Pos pos, int op_tok, Node *x, Node *y)
{
	return chained(node(N_BINARY, pos, op_tok, x, y));
}

Node *ast_paren(Pos lparen, Node *x)
{
	return node(N_PAREN, lparen, 0, x, NULL);
}

Node *ast_selector(Pos dot, Node *x, const char *name)
{
	Node *n = node(N_SELECTOR, dot, 0, x, NULL);
	n->name = name;
	return chained(n);
}

Node *ast_qualified(Pos pkgpos, const char *pkg, Pos dot, const char *name)
{
	return ast_selector(dot, ast_ident(pkgpos, pkg), name);
}

Node *ast_typeassert(Pos dot, Node *x, Node *type)
{
	return chained(node(N_TYPEASSERT, dot, 0, x, type));
}

Node *ast_index(Pos lbrack, Node *x, Node *index)
{
	return chained(node(N_INDEX, lbrack, 0, x, index));
}

Node *ast_slice(Pos lbrack, Node *x, Node *lo, Node *hi)
{
	Node *n = node(N_SLICE, lbrack, 0, x, NULL);
	nodelist_push(&n->list, lo);
	nodelist_push(&n->list, hi);
	nodelist_push(&n->list, NULL);
	return chained(n);
}

/* x[lo:hi:max]: gc requires the middle and final indices. */
Node *ast_slice3(Pos lbrack, Node *x, Node *lo, Node *hi, Node *max, Pos colon2, Pos rbrack)
{
	if (!hi)
		diag_error(colon2, "middle index required in 3-index slice");
	else if (!max)
		diag_error(rbrack, "final index required in 3-index slice");
	Node *n = ast_slice(lbrack, x, lo, hi);
	n->list.v[2] = max;
	n->slice3 = true;
	return n;
}

AstArgs ast_args(NodeList list, bool dots)
{
	return (AstArgs){list, dots};
}

Node *ast_call(Pos lparen, Node *fn, AstArgs args)
{
	Node *n = node(N_CALL, lparen, 0, fn, NULL);
	n->list = args.list;
	n->has_dots = args.dots;
	return chained(n);
}

Node *ast_complit(Pos lbrace, Node *type, NodeList elems)
{
	Node *n = node(N_COMPOSITE, lbrace, 0, type, NULL);
	n->list = elems;
	return n;
}

Node *ast_keyvalue(Pos colon, Node *key, Node *value)
{
	return node(N_KEYVALUE, colon, 0, key, value);
}

Node *ast_funclit(Pos func, Func *sig, Node *body)
{
	Node *n = ast_new(N_FUNCLIT, func);
	sig->pos = func;
	sig->body = body;
	sig->is_lit = true;
	n->func_ = sig;
	return n;
}

/* ---- types ---- */

Node *ast_arraytype(Pos lbrack, Node *len, Node *elem)
{
	return node(N_ARRAYTYPE, lbrack, 0, len, elem);
}

Node *ast_slicetype(Pos lbrack, Node *elem)
{
	return node(N_SLICETYPE, lbrack, 0, NULL, elem);
}

Node *ast_maptype(Pos pos, Node *key, Node *elem)
{
	return node(N_MAPTYPE, pos, 0, key, elem);
}

Node *ast_chantype(Pos pos, int dir, Node *elem)
{
	Node *n = node(N_CHANTYPE, pos, 0, NULL, elem);
	n->chan_dir = dir;
	return n;
}

Node *ast_functype(Pos func, Func *sig)
{
	Node *n = ast_new(N_FUNCTYPE, func);
	sig->pos = func;
	n->func_ = sig;
	return n;
}

Node *ast_structtype(Pos pos, NodeList fields)
{
	return list_node(N_STRUCTTYPE, pos, fields);
}

Node *ast_ifacetype(Pos pos, NodeList elems)
{
	return list_node(N_IFACETYPE, pos, elems);
}

Node *ast_field(Pos pos, const char *name, Node *type, const char *tag, bool dots)
{
	Node *n = ast_new(N_FIELD, pos);
	n->name = name;
	n->right = type;
	n->lit = tag;
	n->is_dots = dots;
	return n;
}

/* A variadic parameter: is_dots, and the type is N_ELLIPSIS (at the `...`)
 * around the element type. */
Node *ast_param_dots(Pos pos, const char *name, Pos dots, Node *elem)
{
	return ast_field(pos, name, node(N_ELLIPSIS, dots, 0, NULL, elem), NULL, true);
}

/* a, b T `tag`: one N_FIELD per name, each with its own copy of the type. */
NodeList ast_fields(NodeList names, Node *type, const char *tag)
{
	NodeList l = {0};
	for (int i = 0; i < names.len; i++) {
		Node *id = names.v[i];
		nodelist_push(&l,
		              ast_field(id->pos, id->name, i ? ast_copy(type) : type, tag, false));
	}
	return l;
}

/* An embedded field T or *T (or pkg.T): unnamed, the checker names it. */
NodeList ast_embedded(Node *type, const char *tag)
{
	return ast_list1(ast_field(type->pos, NULL, type, tag, false));
}

NodeList ast_embedded_ptr(Pos star, Node *type, const char *tag)
{
	return ast_embedded(ast_unary(star, T_MUL, type), tag);
}

Node *ast_method(Pos pos, const char *name, Func *sig)
{
	sig->pos = pos;
	return ast_field(pos, name, ast_functype(pos, sig), NULL, false);
}

/* ---- functions ---- */

Func *ast_signature(NodeList params, NodeList results)
{
	Func *f = xmalloc(sizeof *f);
	f->params = params;
	f->results = results;
	return f;
}

NodeList ast_result(Node *type)
{
	return ast_list1(ast_field(type->pos, NULL, type, NULL, false));
}

/* The parser reads each parameter as [name] type.  If any has a name, all
 * must: a lone identifier then is a name sharing the type of the next
 * named parameter (a, b int).  Otherwise all are types (int, string). */
NodeList ast_params(NodeList raw)
{
	bool named = false;
	for (int i = 0; i < raw.len; i++) {
		named |= raw.v[i]->name != NULL;
		if (raw.v[i]->is_dots && i != raw.len - 1)
			diag_error(raw.v[i]->right->pos,
			           "can only use ... with final parameter in list");
	}
	if (!named)
		return raw;
	Node *type = NULL;
	for (int i = raw.len - 1; i >= 0; i--) {
		Node *p = raw.v[i];
		if (p->name) {
			type = p;
			continue;
		}
		if (p->right->op != N_IDENT || p->is_dots || !type) {
			diag_error(p->pos, "syntax error: mixed named and unnamed parameters");
			break;
		}
		p->name = p->right->name;
		p->right = ast_copy(type->right);
		p->is_dots = type->is_dots;
		if (type->is_dots) /* a, b ...int */
			diag_error(type->right->pos,
			           "can only use ... with final parameter in list");
	}
	return raw;
}

Node *ast_funcdecl(Pos func, bool noescape, NodeList recv, Pos npos, const char *name, Func *sig,
                   Node *body)
{
	Node *n = ast_new(N_FUNCDECL, func);
	sig->name = name;
	sig->pos = npos; /* gc's fn.Pos() for a declared func: its name */
	sig->body = body;
	sig->noescape = noescape;
	if (recv.len > 1)
		diag_error(npos, "method has multiple receivers");
	sig->recv = recv.len ? recv.v[0] : NULL;
	n->func_ = sig;
	n->name = name;
	return n;
}

/* ---- declarations ---- */

/* The package clause's name; the imports, then the other declarations. */
Node *ast_file(Pos pos, const char *pkg, NodeList imports, NodeList decls)
{
	Node *n = ast_new(N_FILE, pos);
	n->name = pkg;
	n->list = ast_list_concat(imports, decls);
	return n;
}

Node *ast_import(Pos pos, const char *alias, const char *path_lit)
{
	Node *n = ast_new(N_IMPORT, pos);
	char *path;
	long len;
	n->name = alias;
	n->lit = lex_unquote(path_lit, &path, &len) ? path : path_lit;
	/* go build's check (types2's validatedImportPath, for ASCII): not
	 * empty, no control, space or punctuation characters */
	bool bad = !*n->lit;
	for (const unsigned char *p = (const unsigned char *)n->lit; *p && !bad; p++)
		bad = *p <= ' ' || *p == 0x7f || strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", *p);
	if (bad)
		diag_error(pos, "invalid import path: %s", path_lit);
	return n;
}

/* A var or const spec, at its first name: names [type] [= values]. */
static Node *value_spec(NodeOp op, NodeList names, Node *type, NodeList values)
{
	Node *n = node(op, names.v[0]->pos, 0, NULL, type);
	n->list = names;
	n->rlist = values;
	return n;
}

Node *ast_vardecl(NodeList names, Node *type, NodeList values)
{
	return value_spec(N_VARDECL, names, type, values);
}

Node *ast_constdecl(NodeList names, Node *type, NodeList values)
{
	return value_spec(N_CONSTDECL, names, type, values);
}

/* A const group: each spec's iota is its index.  A spec without values
 * repeats the previous one's; the checker does the repeating. */
NodeList ast_const_group(NodeList specs)
{
	for (int i = 0; i < specs.len; i++) {
		Node *s = specs.v[i];
		s->iota = i;
		if (i == 0 && s->rlist.len == 0)
			diag_error(s->pos, "missing init expr for const declaration");
		else if (s->right && s->rlist.len == 0)
			diag_error(s->pos, "const declaration cannot have type without expression");
	}
	return specs;
}

/* const X = 1 (not grouped): a group of one. */
NodeList ast_const_single(Node *spec)
{
	return ast_const_group(ast_list1(spec));
}

Node *ast_typedecl(Pos pos, const char *name, Node *type, bool alias)
{
	Node *n = node(N_TYPEDECL, pos, 0, ast_ident(pos, name), type);
	n->name = name;
	n->is_alias = alias;
	return n;
}

/* ---- statements ---- */

Node *ast_block(Pos lbrace, NodeList stmts)
{
	return list_node(N_BLOCK, lbrace, stmts);
}

Node *ast_exprstmt(Node *x)
{
	return node(N_EXPRSTMT, x->pos, 0, x, NULL);
}

Node *ast_send(Pos arrow, Node *ch, Node *v)
{
	return node(N_SEND, arrow, 0, ch, v);
}

Node *ast_incdec(Pos pos, int op_tok, Node *x)
{
	return node(N_INCDEC, pos, op_tok, x, NULL);
}

Node *ast_opassign(Pos pos, int op_tok, Node *x, Node *y)
{
	return node(N_OPASSIGN, pos, op_tok, x, y);
}

/* x, y := ...: only names may be declared (the first offender is reported). */
static void check_define_lhs(NodeList lhs)
{
	for (int i = 0; i < lhs.len; i++)
		if (lhs.v[i]->op != N_IDENT) {
			diag_error(start_pos(lhs.v[i]),
			           "non-name %s on left side of :=", ast_string(lhs.v[i]));
			return;
		}
}

Node *ast_assign(Pos pos, int op_tok, NodeList lhs, NodeList rhs)
{
	Node *n = node(N_ASSIGN, pos, op_tok, NULL, NULL);
	n->list = lhs;
	n->rlist = rhs;
	if (op_tok == T_DEFINE)
		check_define_lhs(lhs);
	return n;
}

Node *ast_labeled(Pos pos, const char *label, Node *stmt)
{
	Node *n = ast_new(N_LABELED, pos);
	n->name = label;
	n->left = stmt ? stmt : ast_new(N_EMPTY, pos);
	return n;
}

/* L: var x int -- the label marks an empty statement before the decls. */
NodeList ast_labeled_decl(NodeList stmts, Pos pos, const char *label, NodeList decls)
{
	return ast_list_concat(ast_list_add(stmts, ast_labeled(pos, label, NULL)), decls);
}

/* go f(x) / defer f(x): the operand must be a call, not parenthesised. */
Node *ast_godefer(Pos pos, NodeOp op, Node *call)
{
	Node *n = ast_new(op, pos);
	const char *kw = op == N_GO ? "go" : "defer";
	if (call->op == N_PAREN) {
		diag_error(call->pos, "expression in %s must not be parenthesized", kw);
		while (call->op == N_PAREN)
			call = call->left;
	}
	if (call->op != N_CALL)
		diag_error(call->pos, "expression in %s must be function call", kw);
	n->left = call;
	return n;
}

Node *ast_return(Pos pos, NodeList results)
{
	return list_node(N_RETURN, pos, results);
}

Node *ast_branch(Pos pos, int op_tok, const char *label)
{
	Node *n = node(N_BRANCH, pos, op_tok, NULL, NULL);
	n->name = label;
	return n;
}

AstHeader ast_header(Node *init, Node *stmt, const Pos *semi, const char *semi_text)
{
	AstHeader h = {init, stmt, semi != NULL, {0}, semi_text};
	if (semi)
		h.semi = *semi;
	return h;
}

/* The condition of an if (or for) header: an expression statement. */
static Node *header_cond(Node *s)
{
	if (!s)
		return NULL;
	if (s->op == N_EXPRSTMT)
		return s->left;
	if (s->op == N_ASSIGN && s->op_tok == T_ASSIGN)
		diag_error(s->pos, "syntax error: cannot use assignment (%s) = (%s) as value",
		           ast_list_string(s->list), ast_list_string(s->rlist));
	else
		diag_error(s->pos, "syntax error: cannot use %s as value", ast_string(s));
	return NULL;
}

Node *ast_if(Pos pos, AstHeader h, Node *then, Node *els)
{
	Node *n = ast_new(N_IF, pos);
	n->init = h.init;
	n->cond = header_cond(h.stmt);
	if (!h.stmt) {
		if (h.has_semi && strcmp(h.semi_text, "semicolon") != 0)
			diag_error(h.semi,
			           "syntax error: unexpected %s, expecting { after if clause",
			           h.semi_text);
		else
			diag_error(h.has_semi ? h.semi : then->pos,
			           "syntax error: missing condition in if statement");
	}
	n->body = then;
	n->els = els;
	return n;
}

/* switch [init;] [tag] or switch [init;] [x :=] y.(type). */
Node *ast_switch(Pos pos, AstHeader h, NodeList clauses)
{
	Node *s = h.stmt, *guard = NULL;
	if (s && s->op == N_EXPRSTMT && s->left->op == N_TYPEASSERT && !s->left->right)
		guard = s->left;
	else if (s && s->op == N_ASSIGN && s->op_tok == T_DEFINE && s->list.len == 1 &&
	         s->rlist.len == 1 && s->rlist.v[0]->op == N_TYPEASSERT && !s->rlist.v[0]->right)
		guard = s->rlist.v[0];
	Node *n = ast_new(guard ? N_TYPESWITCH : N_SWITCH, pos);
	n->init = h.init;
	if (guard) {
		n->left = guard->left;
		n->name = s->op == N_ASSIGN ? s->list.v[0]->name : NULL;
		if (s->op == N_ASSIGN)
			n->right = s->list.v[0]; /* the declared name's N_IDENT */
	} else
		n->left = header_cond(s);
	for (int i = 0; i < clauses.len; i++) {
		Node *c = clauses.v[i];
		if (c->left)
			diag_error(c->left->pos, "syntax error: unexpected %s, expecting :",
			           c->left->op == N_SEND         ? "<-"
			           : c->left->op_tok == T_DEFINE ? ":="
			                                         : "=");
		else if (c->is_default && i > 0)
			for (int j = 0; j < i; j++)
				if (clauses.v[j]->is_default)
					diag_error(c->pos, "multiple defaults in switch");
	}
	n->list = clauses;
	return n;
}

/* select: every case holds a communication (send, receive, or an
 * assignment/definition from a receive). */
Node *ast_select(Pos pos, NodeList clauses)
{
	Node *n = ast_new(N_SELECT, pos);
	for (int i = 0; i < clauses.len; i++) {
		Node *c = clauses.v[i];
		c->op = N_COMMCASE;
		if (c->list.len == 1) /* case <-ch: */
			c->left = ast_exprstmt(c->list.v[0]);
		else if (c->list.len > 1)
			diag_error(c->list.v[1]->pos,
			           "syntax error: unexpected comma, expecting :=, = or :");
		Node *x = c->left;
		if (x && x->op == N_ASSIGN)
			x = x->rlist.len == 1 ? x->rlist.v[0] : x;
		else if (x && x->op == N_EXPRSTMT)
			x = x->left;
		while (x && x->op == N_PAREN)
			x = x->left;
		if (x && x->op != N_SEND && !(x->op == N_UNARY && x->op_tok == T_ARROW))
			diag_error(
			        stmt_start_pos(c->left),
			        "select case must be send or receive (possibly with assignment)");
		c->list = ast_list0();
	}
	n->list = clauses;
	return n;
}

Node *ast_case(Pos pos, bool is_default, NodeList exprs, Node *comm, NodeList body)
{
	Node *n = ast_new(N_CASE, pos);
	n->is_default = is_default;
	n->list = exprs;
	n->left = comm;
	n->body = ast_block(pos, body);
	return n;
}

Node *ast_for_clause(Node *init, Node *cond, Node *post)
{
	Node *n = ast_new(N_FOR, (Pos){0});
	n->init = init;
	n->cond = cond;
	n->post = post;
	if (post && post->op == N_ASSIGN && post->op_tok == T_DEFINE)
		diag_error(post->pos, "syntax error: cannot declare in post statement of for loop");
	return n;
}

Node *ast_range(Pos range, int op_tok, NodeList lhs, Node *x)
{
	Node *n = ast_new(N_RANGE, range);
	n->xpos = range; /* ast_for moves pos to the `for` */
	n->op_tok = op_tok;
	n->right = x;
	if (lhs.len > 2)
		diag_error(lhs.v[2]->pos, "range clause permits at most two iteration variables");
	n->key = lhs.len > 0 ? lhs.v[0] : NULL;
	n->value = lhs.len > 1 ? lhs.v[1] : NULL;
	if (op_tok == T_DEFINE)
		check_define_lhs(lhs);
	return n;
}

/* The header (an N_FOR or N_RANGE without position and body) gets both. */
Node *ast_for(Pos pos, Node *header, Node *body)
{
	header->pos = pos;
	header->body = body;
	return header;
}
