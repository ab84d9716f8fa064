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

/* ---- printing syntax as types2 does ---- */

typedef struct SBuf {
	char *s;
	long len, cap;
} SBuf;

static void sput(SBuf *b, const char *s)
{
	long n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2 + 32;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

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

static void field_list_str(SBuf *b, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->v[i];
		if (i)
			sput(b, ", ");
		if (f->name) {
			sput(b, f->name);
			sput(b, " ");
		}
		if (f->is_dots)
			sput(b, "...");
		sput(b, expr_str(f->right));
	}
}

static void expr_to(SBuf *b, Node *n)
{
	if (!n) {
		return;
	}
	switch (n->op) {
	case N_IDENT:
		sput(b, n->name ? n->name : "_");
		break;
	case N_BASICLIT:
		sput(b, n->lit ? n->lit : "");
		break;
	case N_PAREN:
		sput(b, "(");
		expr_to(b, n->left);
		sput(b, ")");
		break;
	case N_SELECTOR:
		expr_to(b, n->left);
		sput(b, ".");
		sput(b, n->name ? n->name : "");
		break;
	case N_INDEX:
		expr_to(b, n->left);
		sput(b, "[");
		expr_to(b, n->right);
		sput(b, "]");
		break;
	case N_SLICE:
		expr_to(b, n->left);
		sput(b, "[");
		for (int i = 0; i < (n->slice3 ? 3 : 2); i++) {
			if (i)
				sput(b, ":");
			if (i < n->list.len)
				expr_to(b, n->list.v[i]);
		}
		sput(b, "]");
		break;
	case N_TYPEASSERT:
		expr_to(b, n->left);
		sput(b, ".(");
		if (n->right)
			expr_to(b, n->right);
		else
			sput(b, "type");
		sput(b, ")");
		break;
	case N_CALL:
		expr_to(b, n->left);
		sput(b, "(");
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				sput(b, ", ");
			expr_to(b, n->list.v[i]);
		}
		if (n->has_dots)
			sput(b, "...");
		sput(b, ")");
		break;
	case N_STAR:
		sput(b, "*");
		expr_to(b, n->left);
		break;
	case N_UNARY:
		sput(b, tok_str(n->op_tok));
		expr_to(b, n->left);
		break;
	case N_BINARY:
		expr_to(b, n->left);
		sput(b, " ");
		sput(b, tok_str(n->op_tok));
		sput(b, n->implicit ? "= " : " "); /* check's stand-in for x op= y */
		expr_to(b, n->right);
		break;
	case N_KEYVALUE:
		expr_to(b, n->left);
		sput(b, ": ");
		expr_to(b, n->right);
		break;
	case N_COMPOSITE:
		if (n->left)
			expr_to(b, n->left);
		sput(b, n->list.len ? "{…}" : "{}");
		break;
	case N_FUNCLIT:
		sput(b, "(func");
		if (n->func_) {
			sput(b, "(");
			field_list_str(b, &n->func_->params);
			sput(b, ")");
			if (n->func_->results.len == 1 && !n->func_->results.v[0]->name) {
				sput(b, " ");
				sput(b, expr_str(n->func_->results.v[0]->right));
			} else if (n->func_->results.len) {
				sput(b, " (");
				field_list_str(b, &n->func_->results);
				sput(b, ")");
			}
		}
		sput(b, " literal)");
		break;
	case N_ARRAYTYPE:
		sput(b, "[");
		if (n->left)
			expr_to(b, n->left);
		else
			sput(b, "...");
		sput(b, "]");
		expr_to(b, n->right);
		break;
	case N_SLICETYPE:
		sput(b, "[]");
		expr_to(b, n->right);
		break;
	case N_MAPTYPE:
		sput(b, "map[");
		expr_to(b, n->left);
		sput(b, "]");
		expr_to(b, n->right);
		break;
	case N_CHANTYPE:
		sput(b, n->chan_dir == 2 ? "<-chan " : n->chan_dir == 1 ? "chan<- " : "chan ");
		expr_to(b, n->right);
		break;
	case N_FUNCTYPE:
		sput(b, "func(");
		if (n->func_)
			field_list_str(b, &n->func_->params);
		sput(b, ")");
		if (n->func_ && n->func_->results.len == 1 && !n->func_->results.v[0]->name) {
			sput(b, " ");
			sput(b, expr_str(n->func_->results.v[0]->right));
		} else if (n->func_ && n->func_->results.len) {
			sput(b, " (");
			field_list_str(b, &n->func_->results);
			sput(b, ")");
		}
		break;
	case N_STRUCTTYPE:
		sput(b, "struct{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.v[i];
			if (i)
				sput(b, "; ");
			if (f->name) {
				sput(b, f->name);
				sput(b, " ");
			}
			expr_to(b, f->right);
		}
		sput(b, "}");
		break;
	case N_IFACETYPE:
		sput(b, "interface{");
		for (int i = 0; i < n->list.len; i++) {
			Node *f = n->list.v[i];
			if (i)
				sput(b, "; ");
			if (f->name) {
				sput(b, f->name);
				if (f->right && f->right->op == N_FUNCTYPE) {
					const char *s = expr_str(f->right);
					sput(b, s + 4);
				}
			} else
				expr_to(b, f->right);
		}
		sput(b, "}");
		break;
	case N_ELLIPSIS:
		sput(b, "...");
		expr_to(b, n->right);
		break;
	default:
		sput(b, "?");
		break;
	}
}

const char *expr_str(Node *syn)
{
	SBuf b = {0};
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

