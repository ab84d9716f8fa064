/*
 * check_switch.c: expression switches, type switches and select.
 *
 * switch: the tag (default-converted; none means `true`) and every case
 * expression are brought to one type so that `tag == e` type-checks, with
 * an N_CONVIFACE where one side is an interface; duplicate constant cases
 * are errors.  fallthrough must end a non-final clause.
 * type switch: each clause declares its own variable (case->obj), typed as
 * the clause's single type or else as the switched interface, at the
 * clause's `case` keyword as gc does; "declared but not used" is reported
 * once, at the name, when no clause uses it.
 * select: each comm clause has its own scope holding the received
 * variables.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

Node *check_switch(Node *syn)
{
	const char *label = stmt_take_label();
	scope_push();
	Node *n = mk(N_SWITCH, syn->pos, NULL, syn);
	if (syn->init)
		n->init = check_stmt(syn->init);
	Node *tag = NULL;
	if (syn->left) {
		tag = check_value(syn->left);
		if (tag)
			tag = default_conv(tag);
		if (tag && tag->op == N_CONST && tag->val.kind == CV_NIL && tag->type->kind == TY_NIL) {
			diag_error(syn->left->pos, "use of untyped nil in switch expression");
			tag = NULL;
		}
	}
	n->left = tag;
	Target t;
	stmt_push_target(&t, label, false, true);
	Node **seen = xmalloc((syn->list.len * 8 + 8) * sizeof *seen);
	int nseen = 0;
	for (int i = 0; i < syn->list.len; i++) {
		Node *c = syn->list.v[i];
		Node *cn = mk(N_CASE, c->pos, NULL, c);
		cn->is_default = c->is_default;
		for (int j = 0; j < c->list.len; j++) {
			Node *e = check_value(c->list.v[j]);
			if (!e)
				continue;
			if (syn->left) {
				if (!tag)
					continue;
				/* type-check tag == e */
				if (e->op == N_CONST && types_is_untyped(e->type) && e->val.kind != CV_NIL &&
				    tag->type->kind != TY_INTERFACE) {
					Const v;
					bool ovf;
					if (!const_representable(&e->val, tag->type, &v, &ovf)) {
						diag_error(epos(e), "cannot convert %s to %s", operand_str(e), types_str2(tag->type));
						continue;
					}
				}
				if (types_is_untyped(e->type))
					e = assign_conv(e, tag->type, "switch case", e->pos);
				Node *eo = e ? e->orig : NULL;
				while (eo && eo->op == N_PAREN)
					eo = eo->left;
				if (e && !types_comparable(tag->type) &&
				    !(e->op == N_CONST && e->val.kind == CV_NIL && eo && eo->op == N_IDENT)) {
					const char *k = tag->type->kind == TY_SLICE ? "slice"
					                : tag->type->kind == TY_MAP ? "map"
					                : tag->type->kind == TY_FUNC ? "func" : NULL;
					if (k)
						diag_error(start_pos(c->list.v[j]),
						           "invalid case %s in switch on %s (%s can only be compared to nil)",
						           expr_str(c->list.v[j]), expr_str(syn->left), k);
					else
						diag_error(start_pos(c->list.v[j]), "invalid case %s in switch on %s (%s cannot be compared)",
						           expr_str(c->list.v[j]), expr_str(syn->left), types_str2(tag->type));
					continue;
				}
				else if (!types_identical(e->type, tag->type)) {
					const char *r;
					if (tag->type->kind == TY_INTERFACE && assignable(e, tag->type, &r))
						e = conv_iface(e, tag->type, e->pos);
					else if (e->type->kind == TY_INTERFACE && assignable(tag, e->type, &r))
						; /* compared as interfaces by gen */
					else {
						diag_error(c->list.v[j]->pos,
						           "invalid case %s in switch on %s (mismatched types %s and %s)",
						           expr_str(c->list.v[j]), expr_str(syn->left), types_str2(e->type),
						           types_str2(tag->type));
						e = NULL;
					}
				}
			} else {
				if (e->op == N_CONST && types_is_untyped(e->type) && e->val.kind != CV_BOOL) {
					diag_error(epos(e), "cannot convert %s to bool", operand_str(e));
					e = NULL;
				} else if (e->type->kind == TY_INTERFACE) {
					/* `case i:` with i an interface: the case is i == true */
					Node *t = mk_const(e->pos, e->type, (Const){.kind = CV_BOOL, .b = true}, NULL);
					t->type = ty_bool;
					t->implicit = true;
					Node *cmp = mk(N_CMP, e->pos, ty_bool, e->orig);
					cmp->op_tok = T_EQL;
					cmp->left = e;
					cmp->right = conv_iface(t, e->type, e->pos);
					cmp->implicit = true;
					e = cmp;
				} else if (e->type->kind != TY_BOOL && e->type->kind != TY_UNTYPED_BOOL) {
					diag_error(c->list.v[j]->pos,
					           "invalid case %s in switch (mismatched types %s and bool)",
					           expr_str(c->list.v[j]), types_str2(e->type));
					e = NULL;
				} else
					e = assign_conv(e, ty_bool, "switch case", e->pos);
			}
			if (!e)
				continue;
			if (e->op == N_CONST && e->val.kind != CV_NIL) {
				for (int k = 0; k < nseen; k++)
					if (seen[k]->val.kind == e->val.kind && const_compare(T_EQL, seen[k]->val, e->val) &&
					    types_identical(seen[k]->type, e->type)) {
						diag_error(e->pos, "duplicate case %s in expression switch\n\t%s: previous case",
						           operand_str(e), diag_pos(seen[k]->pos));
						break;
					}
				if (nseen < syn->list.len * 8 + 8)
					seen[nseen++] = e;
			}
			nodelist_push(&cn->list, e);
		}
		scope_push();
		cn->body = mk(N_BLOCK, c->body ? c->body->pos : c->pos, NULL, c->body);
		if (c->body)
			for (int k = 0; k < c->body->list.len; k++) {
				Node *s = c->body->list.v[k];
				Node *inner = s;
				while (inner && inner->op == N_LABELED)
					inner = inner->left;
				if (inner && inner != s && inner->op == N_BRANCH && inner->op_tok == T_FALLTHROUGH) {
					/* L: fallthrough -- keep the label for gotos */
					Node *l = mk(N_LABELED, s->pos, NULL, s);
					l->name = s->name;
					Node *b = mk(N_BRANCH, inner->pos, NULL, inner);
					b->op_tok = T_FALLTHROUGH;
					l->left = b;
					nodelist_push(&cn->body->list, l);
					continue;
				}
				if (s && s->op == N_BRANCH && s->op_tok == T_FALLTHROUGH) {
					bool last_stmt = true;
					for (int m = k + 1; m < c->body->list.len; m++)
						if (c->body->list.v[m])
							last_stmt = false;
					if (!last_stmt)
						diag_error(s->pos, "fallthrough statement out of place");
					else if (i == syn->list.len - 1)
						diag_error(s->pos, "cannot fallthrough final case in switch");
					Node *b = mk(N_BRANCH, s->pos, NULL, s);
					b->op_tok = T_FALLTHROUGH;
					nodelist_push(&cn->body->list, b);
					continue;
				}
				check_stmt_into(s, &cn->body->list);
			}
		scope_pop();
		nodelist_push(&n->list, cn);
	}
	stmt_pop_target(&t);
	scope_pop();
	return n;
}

Node *check_typeswitch(Node *syn)
{
	const char *label = stmt_take_label();
	scope_push();
	Node *n = mk(N_TYPESWITCH, syn->pos, NULL, syn);
	if (syn->init)
		n->init = check_stmt(syn->init);
	Node *x = check_value(syn->left);
	if (x && x->type->kind != TY_INTERFACE) {
		diag_error(syn->left->pos, "%s is not an interface", operand_str(x));
		x = NULL;
	}
	n->left = x;
	n->name = syn->name;
	Target t;
	stmt_push_target(&t, label, false, true);
	bool any_used = false;
	Obj **objs = xmalloc((syn->list.len + 1) * sizeof *objs);
	Node *tseen[256];
	int nts = 0;
	for (int i = 0; i < syn->list.len; i++) {
		Node *c = syn->list.v[i];
		Node *cn = mk(N_CASE, c->pos, NULL, c);
		cn->is_default = c->is_default;
		Type *single = NULL;
		int ntypes = 0;
		for (int j = 0; j < c->list.len; j++) {
			Node *e = c->list.v[j];
			Node *u = e;
			while (u && u->op == N_PAREN)
				u = u->left;
			if (u && u->op == N_IDENT && strcmp(u->name, "nil") == 0 && lookup("nil") &&
			    lookup("nil")->kind == OBJ_NIL) {
				Node *nl = mk_const(e->pos, x ? x->type : ty_any, (Const){.kind = CV_NIL}, e);
				nodelist_push(&cn->list, nl);
				ntypes += 2;
				continue;
			}
			Type *ct = resolve_type(e);
			if (!ct)
				continue;
			if (x && ct->kind != TY_INTERFACE) {
				const char *missing;
				bool wp;
				if (!implements(ct, x->type, &missing, &wp))
					diag_error(e->pos,
					           "impossible type switch case: %s cannot have dynamic type %s (%s)",
					           operand_str(x), types_str2(ct),
					           wp ? xprintf("%s method has pointer receiver", missing)
					              : xprintf("missing %s method", missing));
			}
			for (int k = 0; k < nts; k++)
				if (types_identical(tseen[k]->type, ct)) {
					diag_error(start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
					           types_str2(ct), diag_pos(tseen[k]->pos));
					break;
				}
			single = ct;
			ntypes++;
			Node *tn = mk_type(start_pos(e), ct, e);
			if (nts < 256)
				tseen[nts++] = tn;
			nodelist_push(&cn->list, tn);
		}
		scope_push();
		if (syn->name && strcmp(syn->name, "_") != 0) {
			Type *vt = ntypes == 1 && single ? single : (x ? x->type : ty_any);
			/* gc declares each clause's variable at the clause's `case` */
			Obj *o = new_local(syn->name, c->pos, vt);
			scope_insert(ck.scope, o);
			cn->obj = o;
			objs[i] = o;
		} else
			objs[i] = NULL;
		if (c->body)
			for (int k = 0; k < c->body->list.len; k++) {
				Node *s = c->body->list.v[k];
				if (s && s->op == N_BRANCH && s->op_tok == T_FALLTHROUGH) {
					diag_error(s->pos, "cannot fallthrough in type switch");
					continue;
				}
				if (!cn->body)
					cn->body = mk(N_BLOCK, c->body->pos, NULL, c->body);
				check_stmt_into(s, &cn->body->list);
			}
		if (!cn->body)
			cn->body = mk(N_BLOCK, c->pos, NULL, c->body);
		if (objs[i]) {
			if (objs[i]->used)
				any_used = true;
			objs[i]->used = true;
		}
		scope_pop();
		nodelist_push(&n->list, cn);
	}
	if (syn->name && strcmp(syn->name, "_") != 0 && !any_used)
		diag_error(syn->right ? syn->right->pos : syn->pos, "%s declared but not used", syn->name);
	stmt_pop_target(&t);
	scope_pop();
	return n;
}

Node *check_select(Node *syn)
{
	const char *label = stmt_take_label();
	Node *n = mk(N_SELECT, syn->pos, NULL, syn);
	Target t;
	stmt_push_target(&t, label, false, true);
	for (int i = 0; i < syn->list.len; i++) {
		Node *c = syn->list.v[i];
		Node *cn = mk(N_COMMCASE, c->pos, NULL, c);
		cn->is_default = c->is_default;
		scope_push();
		if (c->left) {
			NodeList l = {0};
			check_stmt_into(c->left, &l);
			cn->left = stmt_wrap(&l, c->left->pos);
		}
		cn->body = check_block(c->body, false);
		scope_pop();
		nodelist_push(&n->list, cn);
	}
	stmt_pop_target(&t);
	return n;
}

