/*
 * check_print.c: expressions and operands printed as go1.19's types2 prints
 * them in error messages: syntax re-printed with normalised spacing
 * (`x + s`, `T{…}`, `(func() literal)`), an operand with its mode and type
 * (`x (variable of type int)`, `300 (untyped int constant)`, `K (untyped
 * int constant 10)`), and the start position of an expression, which is
 * where types2 reports errors about it.
 */
#include <string.h>

#include "check_int.h"
#include "parse.h"

/* ---- printing syntax as types2 does (into diag.h's StrBuf) ---- */

const char *tok_str(int tok)
{
	switch (tok) {
	case T_ADD: return "+";
	case T_SUB: return "-";
	case T_MUL: return "*";
	case T_QUO: return "/";
	case T_REM: return "%";
	case T_AND: return "&";
	case T_OR: return "|";
	case T_XOR: return "^";
	case T_SHL: return "<<";
	case T_SHR: return ">>";
	case T_ANDNOT: return "&^";
	case T_ANDAND: return "&&";
	case T_OROR: return "||";
	case T_ARROW: return "<-";
	case T_EQL: return "==";
	case T_NEQ: return "!=";
	case T_LSS: return "<";
	case T_LEQ: return "<=";
	case T_GTR: return ">";
	case T_GEQ: return ">=";
	case T_NOT: return "!";
	case T_INC: return "++";
	case T_DEC: return "--";
	case T_TILDE: return "~";
	default: return "?";
	}
}

static void field_list_str(StrBuf *b, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->v[i];
		if (i)
			strbuf_put(b, ", ");
		if (f->name) {
			strbuf_put(b, f->name);
			strbuf_put(b, " ");
		}
		if (f->is_dots)
			strbuf_put(b, "...");
		strbuf_put(b, expr_str(f->right));
	}
}

/* "(params) result" or "(params) (results)" of a func literal or type;
 * fn may be NULL (prints "()"). */
static void signature_str(StrBuf *b, Func *fn)
{
	strbuf_put(b, "(");
	if (fn)
		field_list_str(b, &fn->params);
	strbuf_put(b, ")");
	if (fn && fn->results.len == 1 && !fn->results.v[0]->name) {
		strbuf_put(b, " ");
		strbuf_put(b, expr_str(fn->results.v[0]->right));
	} else if (fn && fn->results.len) {
		strbuf_put(b, " (");
		field_list_str(b, &fn->results);
		strbuf_put(b, ")");
	}
}

static void expr_to(StrBuf *b, Node *n)
{
	if (!n) {
		return;
	}
	switch (n->op) {
	case N_IDENT:
		strbuf_put(b, n->name ? n->name : "_");
		break;
	case N_BASICLIT:
		strbuf_put(b, n->lit ? n->lit : "");
		break;
	case N_PAREN:
		strbuf_put(b, "(");
		expr_to(b, n->left);
		strbuf_put(b, ")");
		break;
	case N_SELECTOR:
		expr_to(b, n->left);
		strbuf_put(b, ".");
		strbuf_put(b, n->name ? n->name : "");
		break;
	case N_INDEX:
		expr_to(b, n->left);
		strbuf_put(b, "[");
		expr_to(b, n->right);
		strbuf_put(b, "]");
		break;
	case N_SLICE:
		expr_to(b, n->left);
		strbuf_put(b, "[");
		for (int i = 0; i < (n->slice3 ? 3 : 2); i++) {
			if (i)
				strbuf_put(b, ":");
			if (i < n->list.len)
				expr_to(b, n->list.v[i]);
		}
		strbuf_put(b, "]");
		break;
	case N_TYPEASSERT:
		expr_to(b, n->left);
		strbuf_put(b, ".(");
		if (n->right)
			expr_to(b, n->right);
		else
			strbuf_put(b, "type");
		strbuf_put(b, ")");
		break;
	case N_CALL:
		expr_to(b, n->left);
		strbuf_put(b, "(");
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				strbuf_put(b, ", ");
			expr_to(b, n->list.v[i]);
		}
		if (n->has_dots)
			strbuf_put(b, "...");
		strbuf_put(b, ")");
		break;
	case N_STAR:
		strbuf_put(b, "*");
		expr_to(b, n->left);
		break;
	case N_UNARY:
		strbuf_put(b, tok_str(n->op_tok));
		expr_to(b, n->left);
		break;
	case N_BINARY:
		expr_to(b, n->left);
		strbuf_put(b, " ");
		strbuf_put(b, tok_str(n->op_tok));
		strbuf_put(b, n->implicit ? "= " : " "); /* check's stand-in for x op= y */
		expr_to(b, n->right);
		break;
	case N_KEYVALUE:
		expr_to(b, n->left);
		strbuf_put(b, ": ");
		expr_to(b, n->right);
		break;
	case N_COMPOSITE:
		if (n->left)
			expr_to(b, n->left);
		strbuf_put(b, n->list.len ? "{…}" : "{}");
		break;
	case N_FUNCLIT:
		strbuf_put(b, "(func");
		if (n->func_)
			signature_str(b, n->func_);
		strbuf_put(b, " literal)");
		break;
	case N_ARRAYTYPE:
		strbuf_put(b, "[");
		if (n->left)
			expr_to(b, n->left);
		else
			strbuf_put(b, "...");
		strbuf_put(b, "]");
		expr_to(b, n->right);
		break;
	case N_SLICETYPE:
		strbuf_put(b, "[]");
		expr_to(b, n->right);
		break;
	case N_MAPTYPE:
		strbuf_put(b, "map[");
		expr_to(b, n->left);
		strbuf_put(b, "]");
		expr_to(b, n->right);
		break;
	case N_CHANTYPE:
		strbuf_put(b, n->chan_dir == 2 ? "<-chan " : n->chan_dir == 1 ? "chan<- " : "chan ");
		expr_to(b, n->right);
		break;
	case N_FUNCTYPE:
		strbuf_put(b, "func");
		signature_str(b, n->func_);
		break;
	case N_STRUCTTYPE:
		strbuf_put(b, "struct{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.v[i];
			if (i)
				strbuf_put(b, "; ");
			if (f->name) {
				strbuf_put(b, f->name);
				strbuf_put(b, " ");
			}
			expr_to(b, f->right);
		}
		strbuf_put(b, "}");
		break;
	case N_IFACETYPE:
		strbuf_put(b, "interface{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.v[i];
			if (i)
				strbuf_put(b, "; ");
			if (f->name) {
				strbuf_put(b, f->name);
				if (f->right && f->right->op == N_FUNCTYPE) {
					const char *s = expr_str(f->right);
					strbuf_put(b, s + 4);
				}
			} else
				expr_to(b, f->right);
		}
		strbuf_put(b, "}");
		break;
	case N_ELLIPSIS:
		strbuf_put(b, "...");
		expr_to(b, n->right);
		break;
	default:
		strbuf_put(b, "?");
		break;
	}
}

const char *expr_str(Node *syn)
{
	StrBuf b = {0};
	expr_to(&b, syn);
	return b.s ? b.s : "";
}

/* "x (variable of type int)", "300 (untyped int constant)",
 * "K (untyped int constant 10)", "f() (value of type int)". */
const char *operand_str(Node *x)
{
	if (!x)
		return "?";
	Node *syn = x->orig;
	if (x->op == N_CONST && x->val.kind == CV_NIL && (!x->type || x->type->kind == TY_NIL))
		return "nil";
	const char *e = syn ? expr_str(syn) : "?";
	const char *mode = "value";
	switch (x->op) {
	case N_CONST:
		mode = "constant";
		break;
	case N_NAME:
		mode = x->obj && x->obj->kind == OBJ_VAR ? "variable" : "value";
		break;
	case N_DEREF: case N_DOTPTR: case N_INDEXSLICE:
		mode = "variable";
		break;
	case N_DOT: case N_INDEXARR:
		mode = addressable(x) ? "variable" : "value";
		break;
	case N_INDEXMAP:
		mode = "map index expression";
		break;
	default:
		break;
	}
	if (x->type && x->type->kind == TY_TUPLE && x->type->fields.len == 0)
		return xprintf("%s (no value)", e);
	if (x->op == N_CONST) {
		const char *v = const_str(x->val, x->type);
		bool same = strcmp(v, e) == 0;
		if (types_is_untyped(x->type))
			return same ? xprintf("%s (%s constant)", e, types_str2(x->type))
			            : xprintf("%s (%s constant %s)", e, types_str2(x->type), v);
		return same ? xprintf("%s (constant of type %s)", e, types_str2(x->type))
		            : xprintf("%s (constant %s of type %s)", e, v, types_str2(x->type));
	}
	if (types_is_untyped(x->type))
		return xprintf("%s (%s %s)", e, types_str2(x->type), mode);
	return xprintf("%s (%s of type %s)", e, mode, types_str2(x->type));
}

Pos epos(Node *x)
{
	if (!x)
		return (Pos){0};
	return x->orig ? start_pos(x->orig) : x->pos;
}

