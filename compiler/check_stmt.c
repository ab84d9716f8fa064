/*
 * check_stmt.c: statements and function bodies.
 *
 * Each syntax statement is checked into zero or more IR statements appended
 * to a list (a `:=` of two names is two N_VARDEFs and an N_AS2, see
 * docs/ir.md; assignments and declarations are in check_decl.c).  Where the IR has room for a single statement (an if/for/
 * switch init) several are wrapped in an implicit N_BLOCK.
 *
 * Scopes follow the spec: a function's parameters and its body's top-level
 * declarations share one block; each if/for/switch/case opens its own.  A
 * variable declared by := or var is visible only after its statement.
 * Unused locals are reported when their scope closes.
 *
 * Branches: a stack of enclosing breakable statements (with their labels)
 * validates break/continue; labels are collected per function first so a
 * goto may jump forward.  "missing return" uses the spec's terminating
 * statement rules on the syntax (check_term.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "parse.h"

typedef struct Label {
	const char *name;
	Pos pos;
	bool used;
} Label;

typedef struct FuncCtx {
	Target *targets;
	Label *labels;
	int nlabels;
} FuncCtx;

static FuncCtx fc;
static const char *pending_label; /* label of the statement being checked */

static void stmt(Node *syn, NodeList *out);

void check_stmt_into(Node *syn, NodeList *out)
{
	stmt(syn, out);
}

Node *stmt_wrap(NodeList *l, Pos pos)
{
	if (l->len == 0)
		return NULL;
	if (l->len == 1)
		return l->v[0];
	Node *b = mk(N_BLOCK, pos, NULL, NULL);
	b->list = *l;
	b->implicit = true;
	return b;
}

Node *check_stmt(Node *syn)
{
	NodeList l = {0};
	stmt(syn, &l);
	return stmt_wrap(&l, syn ? syn->pos : (Pos){0});
}

/* ---- control flow ---- */

static Node *cond_expr(Node *syn, const char *what)
{
	Node *c = check_value(syn);
	if (!c)
		return NULL;
	if (c->type->kind != TY_BOOL && c->type->kind != TY_UNTYPED_BOOL) {
		diag_error(syn->pos, "non-boolean condition in %s statement", what);
		return NULL;
	}
	return assign_conv(c, c->type->kind == TY_BOOL ? c->type : ty_bool, "condition", c->pos);
}

static Node *block(Node *syn, bool new_scope)
{
	if (!syn)
		return NULL;
	Node *b = mk(N_BLOCK, syn->pos, NULL, syn);
	if (new_scope)
		scope_push();
	for (int i = 0; i < syn->list.len; i++)
		stmt(syn->list.v[i], &b->list);
	if (new_scope)
		scope_pop();
	return b;
}

Node *check_block(Node *syn, bool new_scope)
{
	return block(syn, new_scope);
}

void stmt_pop_target(Target *t)
{
	fc.targets = t->outer;
}

const char *stmt_take_label(void)
{
	const char *l = pending_label;
	pending_label = NULL;
	return l;
}

void stmt_push_target(Target *t, const char *label, bool loop, bool sw)
{
	t->outer = fc.targets;
	t->label = label;
	t->is_loop = loop;
	t->is_switch = sw;
	fc.targets = t;
}


static Node *if_stmt(Node *syn)
{
	scope_push();
	Node *n = mk(N_IF, syn->pos, NULL, syn);
	if (syn->init)
		n->init = check_stmt(syn->init);
	n->cond = syn->cond ? cond_expr(syn->cond, "if") : NULL;
	n->body = block(syn->body, true);
	if (syn->els)
		n->els = syn->els->op == N_IF ? if_stmt(syn->els) : block(syn->els, true);
	scope_pop();
	return n;
}

static Node *for_stmt(Node *syn)
{
	const char *label = pending_label;
	pending_label = NULL;
	scope_push();
	Node *n = mk(N_FOR, syn->pos, NULL, syn);
	if (syn->init)
		n->init = check_stmt(syn->init);
	if (syn->cond)
		n->cond = cond_expr(syn->cond, "for");
	if (syn->post)
		n->post = check_stmt(syn->post);
	Target t;
	stmt_push_target(&t, label, true, false);
	n->body = block(syn->body, true);
	fc.targets = t.outer;
	scope_pop();
	return n;
}

static Node *range_stmt(Node *syn)
{
	const char *label = pending_label;
	pending_label = NULL;
	Node *n = mk(N_RANGE, syn->pos, NULL, syn);
	n->op_tok = syn->op_tok;
	Node *x = check_value(syn->right);
	if (x)
		x = default_conv(x);
	Type *kt = NULL, *vt = NULL;
	if (x) {
		Type *t = x->type;
		if (t->kind == TY_PTR && t->elem && t->elem->kind == TY_ARRAY)
			t = t->elem;
		switch (t->kind) {
		case TY_ARRAY: case TY_SLICE: kt = ty_int; vt = t->elem; break;
		case TY_STRING: kt = ty_int; vt = ty_int32; break;
		case TY_MAP: kt = t->key; vt = t->elem; break;
		case TY_CHAN:
			kt = t->elem;
			if (syn->value) {
				diag_error(syn->value->pos, "range over %s permits only one iteration variable",
				           operand_str(x));
				vt = ty_invalid;
			}
			break;
		default:
			diag_error(syn->right->pos, "cannot range over %s", operand_str(x));
			x = NULL;
			break;
		}
	}
	n->right = x;
	scope_push();
	Node *vars[2] = {syn->key, syn->value};
	Type *types[2] = {kt, vt};
	Obj *newobjs[2] = {0};
	for (int i = 0; i < 2; i++) {
		Node *v = vars[i];
		if (!v)
			continue;
		if (syn->op_tok == T_DEFINE) {
			if (v->op != N_IDENT || strcmp(v->name, "_") == 0)
				continue;
			Obj *o = new_local(v->name, v->pos, types[i] ? types[i] : ty_invalid);
			if (!x || o->type == ty_invalid)
				o->used = true;
			newobjs[i] = o;
			Node *nm = mk_name(v->pos, o, v);
			if (i == 0)
				n->key = nm;
			else
				n->value = nm;
		} else {
			bool blank, err;
			Node *l = check_lhs(v, &blank, &err);
			if (l && types[i]) {
				Node tmp = {.op = N_NAME, .type = types[i]};
				const char *r;
				if (!assignable(&tmp, l->type, &r)) {
					diag_error(v->pos, "cannot use %s (value of type %s) as type %s in range",
					           expr_str(v), types_str2(types[i]), types_str2(l->type));
				}
			}
			if (i == 0)
				n->key = l;
			else
				n->value = l;
		}
	}
	for (int i = 0; i < 2; i++)
		if (newobjs[i])
			scope_insert(ck.scope, newobjs[i]);
	Target t;
	stmt_push_target(&t, label, true, false);
	n->body = block(syn->body, true);
	fc.targets = t.outer;
	scope_pop();
	return n;
}


static void return_stmt(Node *syn, NodeList *out)
{
	Func *fn = ck.func;
	Type *sig = fn ? fn->type : NULL;
	Node *n = mk(N_RETURN, syn->pos, NULL, syn);
	int nres = sig ? sig->results.len : 0;
	int nv = syn->list.len;
	if (nv == 0) {
		bool named = fn && fn->results.len > 0 && fn->results.v[0]->name;
		if (nres > 0 && !named) {
			diag_error(syn->pos, "not enough return values\n\thave ()\n\twant %s",
			           types_str2(types_tuple(sig->results)));
			return;
		}
		if (nres > 0) {
			/* a named result shadowed by a local of the same name */
			for (int i = 0; i < nres; i++) {
				const char *rn = i < fn->results.len ? fn->results.v[i]->name : NULL;
				Obj *o = rn ? lookup(rn) : NULL;
				if (o && (o->vclass != VC_RESULT || o->owner != fn)) {
					diag_error(syn->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
					           rn, diag_pos(o->pos), rn);
					return;
				}
			}
		}
		nodelist_push(out, n);
		return;
	}
	Node **xs = xmalloc((nv + 1) * sizeof *xs);
	for (int i = 0; i < nv; i++) {
		xs[i] = check_expr(syn->list.v[i]);
		if (!xs[i])
			return;
	}
	if (nv == 1 && xs[0]->type && xs[0]->type->kind == TY_TUPLE && xs[0]->type->fields.len > 1) {
		Type *tt = xs[0]->type;
		if (tt->fields.len != nres) {
			diag_error(syn->list.v[0]->pos, "%s return values\n\thave %s\n\twant %s",
			           tt->fields.len < nres ? "not enough" : "too many", types_str2(tt),
			           types_str2(types_tuple(sig->results)));
			return;
		}
		nodelist_push(&n->list, xs[0]);
		nodelist_push(out, n);
		return;
	}
	if (nv != nres) {
		char *have = xstrdup("(");
		for (int i = 0; i < nv; i++) {
			Type *t = xs[i]->type;
			const char *ts = types_is_untyped(t) ? (types_is_numeric(t) ? "number"
			                                        : t->kind == TY_NIL ? "nil"
			                                                            : types_str2(t) + 8)
			                                     : types_str2(t);
			have = xprintf("%s%s%s", have, i ? ", " : "", ts);
		}
		have = xprintf("%s)", have);
		const char *want = nres ? types_str2(types_tuple(sig->results)) : "()";
		diag_error(syn->list.v[nv < nres ? 0 : nres]->pos, "%s return values\n\thave %s\n\twant %s",
		           nv < nres ? "not enough" : "too many", have, want);
		return;
	}
	Pos cur = {0};
	for (int i = 0; i < nv; i++) {
		bool uniq;
		cur = operand_pos(syn->list.v[i], cur, &uniq);
		Node *x = assign_conv(xs[i], sig->results.v[i].type, "return statement", cur);
		if (!x)
			return;
		nodelist_push(&n->list, x);
	}
	nodelist_push(out, n);
}

static Label *find_label(const char *name)
{
	for (int i = 0; i < fc.nlabels; i++)
		if (strcmp(fc.labels[i].name, name) == 0)
			return &fc.labels[i];
	return NULL;
}

static void branch_stmt(Node *syn, NodeList *out)
{
	Node *n = mk(N_BRANCH, syn->pos, NULL, syn);
	n->op_tok = syn->op_tok;
	n->name = syn->name;
	switch (syn->op_tok) {
	case T_BREAK:
	case T_CONTINUE: {
		bool brk = syn->op_tok == T_BREAK;
		const char *what = brk ? "break" : "continue";
		if (syn->name) {
			Label *l = find_label(syn->name);
			if (l)
				l->used = true;
			Target *t;
			for (t = fc.targets; t; t = t->outer)
				if (t->label && strcmp(t->label, syn->name) == 0)
					break;
			if (!t || (!brk && !t->is_loop)) {
				Pos lp = syn->pos;
				lp.col += strlen(what) + 1;
				if (!l)
					diag_error(lp, "%s label not defined: %s", what, syn->name);
				else
					diag_error(lp, "invalid %s label %s", what, syn->name);
				return;
			}
		} else {
			Target *t;
			for (t = fc.targets; t; t = t->outer)
				if (t->is_loop || (brk && t->is_switch))
					break;
			if (!t) {
				diag_error(syn->pos, brk ? "break is not in a loop, switch, or select"
				                         : "continue is not in a loop");
				return;
			}
		}
		break;
	}
	case T_GOTO: {
		Label *l = syn->name ? find_label(syn->name) : NULL;
		if (!l) {
			Pos lp = syn->pos;
			lp.col += 5;
			diag_error(lp, "label %s not defined", syn->name ? syn->name : "?");
			return;
		}
		l->used = true;
		break;
	}
	case T_FALLTHROUGH:
		diag_error(syn->pos, "fallthrough statement out of place");
		return;
	default:
		break;
	}
	nodelist_push(out, n);
}

static void collect_labels(Node *s)
{
	if (!s)
		return;
	switch (s->op) {
	case N_LABELED: {
		Label *old = find_label(s->name);
		if (old) {
			diag_error(s->pos, "label %s already defined\n\t%s: previous definition", s->name,
			           diag_pos(old->pos));
		} else {
			fc.labels = xrealloc(fc.labels, (fc.nlabels + 1) * sizeof *fc.labels);
			fc.labels[fc.nlabels++] = (Label){s->name, s->pos, false};
		}
		collect_labels(s->left);
		break;
	}
	case N_BLOCK:
		for (int i = 0; i < s->list.len; i++)
			collect_labels(s->list.v[i]);
		break;
	case N_IF:
		collect_labels(s->body);
		collect_labels(s->els);
		break;
	case N_FOR: case N_RANGE:
		collect_labels(s->body);
		break;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		for (int i = 0; i < s->list.len; i++)
			collect_labels(s->list.v[i]->body);
		break;
	default:
		break;
	}
}

static void stmt(Node *syn, NodeList *out)
{
	if (!syn)
		return;
	switch (syn->op) {
	case N_EMPTY:
		return;
	case N_BLOCK:
		nodelist_push(out, block(syn, true));
		return;
	case N_EXPRSTMT: {
		Node *x = check_expr(syn->left);
		if (!x)
			return;
		bool call = x->op == N_CALLFUNC || x->op == N_CALLMETH || x->op == N_CALLINTER ||
		            x->op == N_CALLVALUE || x->op == N_RECV;
		if (x->op == N_BUILTIN) {
			Builtin b = x->builtin;
			call = b == BI_COPY || b == BI_DELETE || b == BI_PANIC || b == BI_PRINT ||
			       b == BI_PRINTLN || b == BI_RECOVER || b == BI_CLOSE;
		}
		if (!call) {
			diag_error(start_pos(syn->left), "%s is not used", operand_str(x));
			return;
		}
		Node *n = mk(N_EXPRSTMT, syn->pos, NULL, syn);
		n->left = x;
		nodelist_push(out, n);
		return;
	}
	case N_ASSIGN:
		if (syn->op_tok == T_DEFINE)
			define_stmt(syn, out);
		else
			assign_stmt(syn, out);
		return;
	case N_OPASSIGN: {
		Node *ls = syn->left;
		while (ls && ls->op == N_PAREN)
			ls = ls->left;
		if (ls && ls->op == N_IDENT && strcmp(ls->name, "_") == 0) {
			diag_error(ls->pos, "cannot use _ as value");
			check_expr(syn->right);
			return;
		}
		/* type-check `l op r` once, as a binary expression, then take its
		 * (converted) operands apart: re-checking the operands would check
		 * a func literal in them twice */
		Node bin = {.op = N_BINARY, .pos = syn->pos, .op_tok = syn->op_tok, .left = syn->left,
		            .right = syn->right, .implicit = true /* prints as x op= y */};
		Node *b = check_expr(&bin);
		if (!b)
			return;
		Node *l, *r;
		if (b->op == N_ADDSTR && b->list.len == 2) {
			l = b->list.v[0];
			r = b->list.v[1];
		} else if (b->op == N_ARITH || b->op == N_LOGIC) {
			l = b->left;
			r = b->right;
		} else {
			diag_error(start_pos(syn->left), "cannot assign to %s (neither addressable nor a map index expression)",
			           expr_str(syn->left));
			return;
		}
		if (!addressable(l) && l->op != N_INDEXMAP) {
			if (l->op == N_CONST)
				diag_error(start_pos(syn->left), "cannot assign to %s", operand_str(l));
			else
				diag_error(start_pos(syn->left), "cannot assign to %s (neither addressable nor a map index expression)",
				           expr_str(syn->left));
			return;
		}
		Node *n = mk(N_ASOP, syn->pos, NULL, syn);
		n->op_tok = syn->op_tok;
		n->left = l;
		n->right = r;
		nodelist_push(out, n);
		return;
	}
	case N_INCDEC: {
		bool blank, err;
		Node *l = check_lhs(syn->left, &blank, &err);
		if (blank) {
			diag_error(syn->left->pos, "cannot use _ as value");
			return;
		}
		if (!l)
			return;
		if (l->op == N_NAME && l->obj)
			l->obj->used = true;
		if (!types_is_numeric(l->type)) {
			diag_error(syn->left->pos, "invalid operation: %s%s (non-numeric type %s)",
			           expr_str(syn->left), syn->op_tok == T_INC ? "++" : "--", types_str2(l->type));
			return;
		}
		Node *n = mk(N_ASOP, syn->pos, NULL, syn);
		n->op_tok = syn->op_tok == T_INC ? T_ADD : T_SUB;
		n->left = l;
		Const one = types_is_float(l->type) ? (Const){.kind = CV_FLOAT, .f = 1} : const_int(1);
		n->right = mk_const(syn->pos, l->type, one, NULL);
		n->right->implicit = true;
		nodelist_push(out, n);
		return;
	}
	case N_SEND: {
		Node *c = check_value(syn->left);
		Node *v = check_value(syn->right);
		if (!c || !v)
			return;
		if (c->type->kind != TY_CHAN) {
			diag_error(epos(c), "invalid operation: cannot send to non-channel %s", operand_str(c));
			return;
		}
		if (c->type->chan_dir == 2) {
			diag_error(epos(c), "invalid operation: cannot send to receive-only channel %s",
			           operand_str(c));
			return;
		}
		Pos cur = syn->left->pos;
		last_ident_pos(syn->left, &cur);
		last_ident_pos(syn->right, &cur);
		v = assign_conv(v, c->type->elem, "send", cur);
		if (!v)
			return;
		Node *n = mk(N_SEND, syn->pos, NULL, syn);
		n->left = c;
		n->right = v;
		nodelist_push(out, n);
		return;
	}
	case N_VARDECL:
		var_stmt(syn, out);
		return;
	case N_CONSTDECL:
		const_stmt(syn);
		return;
	case N_TYPEDECL:
		type_stmt(syn);
		return;
	case N_IF:
		nodelist_push(out, if_stmt(syn));
		return;
	case N_FOR:
		nodelist_push(out, for_stmt(syn));
		return;
	case N_RANGE:
		nodelist_push(out, range_stmt(syn));
		return;
	case N_SWITCH:
		nodelist_push(out, check_switch(syn));
		return;
	case N_TYPESWITCH:
		nodelist_push(out, check_typeswitch(syn));
		return;
	case N_SELECT:
		nodelist_push(out, check_select(syn));
		return;
	case N_RETURN:
		return_stmt(syn, out);
		return;
	case N_BRANCH:
		branch_stmt(syn, out);
		return;
	case N_LABELED: {
		Node *n = mk(N_LABELED, syn->pos, NULL, syn);
		n->name = syn->name;
		Node *inner = syn->left;
		if (inner && (inner->op == N_FOR || inner->op == N_RANGE || inner->op == N_SWITCH ||
		              inner->op == N_TYPESWITCH || inner->op == N_SELECT))
			pending_label = syn->name;
		n->left = check_stmt(inner);
		pending_label = NULL;
		nodelist_push(out, n);
		return;
	}
	case N_GO:
	case N_DEFER: {
		Node *c = syn->left;
		while (c && c->op == N_PAREN)
			c = c->left;
		if (!c || c->op != N_CALL)
			return; /* reported by the parser */
		Node *x = check_expr(c);
		if (!x)
			return;
		const char *kw = syn->op == N_GO ? "go" : "defer";
		if (x->op == N_CONV || x->op == N_CONVNOP || x->op == N_CONST || x->op == N_STR2BYTES ||
		    x->op == N_BYTES2STR || x->op == N_STR2RUNES || x->op == N_RUNES2STR ||
		    x->op == N_RUNE2STR || x->op == N_CONVIFACE) {
			diag_error(syn->pos, "%s requires function call, not conversion", kw);
			return;
		}
		bool discards = x->op == N_NEW || x->op == N_MAKESLICE || x->op == N_MAKEMAP ||
		                x->op == N_MAKECHAN ||
		                (x->op == N_BUILTIN && (x->builtin == BI_APPEND || x->builtin == BI_CAP ||
		                                        x->builtin == BI_LEN || x->builtin == BI_COMPLEX ||
		                                        x->builtin == BI_REAL || x->builtin == BI_IMAG));
		if (discards) {
			diag_error(syn->pos, "%s discards result of %s", kw, expr_str(c));
			return;
		}
		Node *n = mk(syn->op, syn->pos, NULL, syn);
		n->left = x;
		nodelist_push(out, n);
		return;
	}
	case N_FUNCDECL:
		diag_error(syn->pos, "function declaration inside a function");
		return;
	default:
		diag_error(syn->pos, "unexpected statement");
		return;
	}
}

/* ---- function bodies ---- */

void check_func_body(Func *fn)
{
	FuncCtx saved_fc = fc;
	Func *saved_func = ck.func;
	Scope *saved_scope = ck.scope;
	int saved_iota = ck.iota;
	const char *saved_label = pending_label;
	pending_label = NULL;
	ck.iota = -1;
	fc = (FuncCtx){0};
	ck.func = fn;
	scope_push();
	ck.scope->is_func = true;
	fn->ndcl = 0;
	func_signature(fn, true, NULL);
	if (fn->body) {
		collect_labels(fn->body);
		check_gotos(fn->body);
		Node *b = mk(N_BLOCK, fn->body->pos, NULL, fn->body);
		for (int i = 0; i < fn->body->list.len; i++)
			stmt(fn->body->list.v[i], &b->list);
		if (fn->type && fn->type->results.len > 0 && !is_terminating_list(&fn->body->list))
			diag_error(closing_brace(fn->body->pos), "missing return");
		fn->body = b;
		for (int i = 0; i < fc.nlabels; i++)
			if (!fc.labels[i].used && strcmp(fc.labels[i].name, "_") != 0)
				diag_error(fc.labels[i].pos, "label %s defined and not used", fc.labels[i].name);
	}
	scope_pop();
	fc = saved_fc;
	ck.func = saved_func;
	ck.scope = saved_scope;
	ck.iota = saved_iota;
	pending_label = saved_label;
}
