/*
 * ast_dump.c: the tree as text -- expressions in Go syntax for messages,
 * and the indented dump of `gofront -d ast` / `-d ir`.
 *
 * ast_string prints an expression or simple statement the way gc's
 * syntax.String does in messages ("cannot use x := 1 as value"): operators
 * spaced, composite literal and func literal bodies elided as {…}.
 *
 * ast_dump prints one node per line, "OP [name] [lit] [operator] [flags]
 * @line:col", and its children indented below under their field names, so
 * a dump is easy to diff (the unit tests' goldens are such dumps).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse.h"
#include "types.h"

/* ---- names ---- */

/* Tables, one row of entries a line. */
/* clang-format off */
static const char *const op_names[N_OP_COUNT] = {
	[N_BAD] = "BAD", [N_IDENT] = "IDENT", [N_BASICLIT] = "BASICLIT",
	[N_COMPOSITE] = "COMPOSITE", [N_KEYVALUE] = "KEYVALUE", [N_FUNCLIT] = "FUNCLIT",
	[N_PAREN] = "PAREN", [N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX",
	[N_SLICE] = "SLICE", [N_TYPEASSERT] = "TYPEASSERT", [N_CALL] = "CALL",
	[N_STAR] = "STAR", [N_UNARY] = "UNARY", [N_BINARY] = "BINARY",
	[N_ARRAYTYPE] = "ARRAYTYPE", [N_SLICETYPE] = "SLICETYPE", [N_MAPTYPE] = "MAPTYPE",
	[N_CHANTYPE] = "CHANTYPE", [N_FUNCTYPE] = "FUNCTYPE", [N_STRUCTTYPE] = "STRUCTTYPE",
	[N_FIELD] = "FIELD", [N_IFACETYPE] = "IFACETYPE", [N_ELLIPSIS] = "ELLIPSIS",
	[N_BLOCK] = "BLOCK", [N_EXPRSTMT] = "EXPRSTMT", [N_ASSIGN] = "ASSIGN",
	[N_OPASSIGN] = "OPASSIGN", [N_INCDEC] = "INCDEC", [N_SEND] = "SEND",
	[N_VARDECL] = "VARDECL", [N_CONSTDECL] = "CONSTDECL", [N_TYPEDECL] = "TYPEDECL",
	[N_IF] = "IF", [N_FOR] = "FOR", [N_RANGE] = "RANGE", [N_SWITCH] = "SWITCH",
	[N_CASE] = "CASE", [N_TYPESWITCH] = "TYPESWITCH", [N_SELECT] = "SELECT",
	[N_COMMCASE] = "COMMCASE", [N_RETURN] = "RETURN", [N_BRANCH] = "BRANCH",
	[N_LABELED] = "LABELED", [N_GO] = "GO", [N_DEFER] = "DEFER", [N_EMPTY] = "EMPTY",
	[N_FUNCDECL] = "FUNCDECL", [N_IMPORT] = "IMPORT", [N_FILE] = "FILE", [N_NAME] = "NAME",
	[N_TYPE] = "TYPE", [N_CONST] = "CONST", [N_ADDR] = "ADDR", [N_DEREF] = "DEREF",
	[N_DOT] = "DOT", [N_DOTPTR] = "DOTPTR", [N_INDEXARR] = "INDEXARR",
	[N_INDEXSLICE] = "INDEXSLICE", [N_INDEXSTR] = "INDEXSTR", [N_INDEXMAP] = "INDEXMAP",
	[N_SLICEARR] = "SLICEARR", [N_SLICESLICE] = "SLICESLICE", [N_SLICESTR] = "SLICESTR",
	[N_NOT] = "NOT", [N_NEG] = "NEG", [N_PLUS] = "PLUS", [N_COM] = "COM", [N_RECV] = "RECV",
	[N_ARITH] = "ARITH", [N_LOGIC] = "LOGIC", [N_CMP] = "CMP", [N_ADDSTR] = "ADDSTR",
	[N_CALLFUNC] = "CALLFUNC", [N_CALLMETH] = "CALLMETH", [N_METHEXPR] = "METHEXPR",
	[N_CALLINTER] = "CALLINTER", [N_DOTINTER] = "DOTINTER", [N_CALLVALUE] = "CALLVALUE",
	[N_METHVALUE] = "METHVALUE", [N_CLOSURE] = "CLOSURE", [N_NEW] = "NEW",
	[N_MAKESLICE] = "MAKESLICE", [N_MAKEMAP] = "MAKEMAP", [N_MAKECHAN] = "MAKECHAN",
	[N_PTRLIT] = "PTRLIT", [N_STRUCTLIT] = "STRUCTLIT", [N_ARRAYLIT] = "ARRAYLIT",
	[N_SLICELIT] = "SLICELIT", [N_MAPLIT] = "MAPLIT", [N_CONV] = "CONV",
	[N_CONVIFACE] = "CONVIFACE", [N_CONVNOP] = "CONVNOP", [N_STR2BYTES] = "STR2BYTES",
	[N_BYTES2STR] = "BYTES2STR", [N_STR2RUNES] = "STR2RUNES", [N_RUNES2STR] = "RUNES2STR",
	[N_RUNE2STR] = "RUNE2STR", [N_DDDARG] = "DDDARG", [N_TYPEASSERTX] = "TYPEASSERTX",
	[N_BUILTIN] = "BUILTIN", [N_VARDEF] = "VARDEF", [N_AS] = "AS", [N_AS2] = "AS2",
	[N_ASOP] = "ASOP",
};

const char *node_op_name(NodeOp op)
{
	return op >= 0 && op < N_OP_COUNT && op_names[op] ? op_names[op] : "?";
}

static const char *tok_spelling(int tok)
{
	switch (tok) {
	case T_ADD: return "+";   case T_SUB: return "-";   case T_MUL: return "*";
	case T_QUO: return "/";   case T_REM: return "%";   case T_AND: return "&";
	case T_OR: return "|";    case T_XOR: return "^";   case T_SHL: return "<<";
	case T_SHR: return ">>";  case T_ANDNOT: return "&^"; case T_ANDAND: return "&&";
	case T_OROR: return "||"; case T_ARROW: return "<-"; case T_INC: return "++";
	case T_DEC: return "--";  case T_EQL: return "==";  case T_NEQ: return "!=";
	case T_LSS: return "<";   case T_LEQ: return "<=";  case T_GTR: return ">";
	case T_GEQ: return ">=";  case T_NOT: return "!";   case T_ASSIGN: return "=";
	case T_DEFINE: return ":="; case T_BREAK: return "break";
	case T_CONTINUE: return "continue"; case T_GOTO: return "goto";
	case T_FALLTHROUGH: return "fallthrough";
	case T_INT: return "INT"; case T_FLOAT: return "FLOAT"; case T_IMAG: return "IMAG";
	case T_CHAR: return "CHAR"; case T_STRING: return "STRING";
	}
	return NULL;
}
/* clang-format on */

/* ---- printing expressions (gc's syntax.String, for messages) ---- */

static void print_expr(StrBuf *b, Node *n);

static void print_list(StrBuf *b, NodeList l)
{
	for (int i = 0; i < l.len; i++) {
		if (i)
			strbuf_put(b, ", ");
		print_expr(b, l.v[i]);
	}
}

static void print_expr(StrBuf *b, Node *n)
{
	if (!n)
		return;
	switch (n->op) {
	case N_IDENT:
		strbuf_put(b, n->name);
		break;
	case N_BASICLIT:
		strbuf_put(b, n->lit);
		break;
	case N_PAREN:
		strbuf_put(b, "(");
		print_expr(b, n->left);
		strbuf_put(b, ")");
		break;
	case N_SELECTOR:
		print_expr(b, n->left);
		strbuf_put(b, ".");
		strbuf_put(b, n->name);
		break;
	case N_INDEX:
		print_expr(b, n->left);
		strbuf_put(b, "[");
		print_expr(b, n->right);
		strbuf_put(b, "]");
		break;
	case N_SLICE:
		print_expr(b, n->left);
		strbuf_put(b, "[");
		print_expr(b, n->list.v[0]);
		strbuf_put(b, ":");
		print_expr(b, n->list.v[1]);
		if (n->slice3) {
			strbuf_put(b, ":");
			print_expr(b, n->list.v[2]);
		}
		strbuf_put(b, "]");
		break;
	case N_TYPEASSERT:
		print_expr(b, n->left);
		strbuf_put(b, ".(");
		if (n->right)
			print_expr(b, n->right);
		else
			strbuf_put(b, "type");
		strbuf_put(b, ")");
		break;
	case N_CALL:
		print_expr(b, n->left);
		strbuf_put(b, "(");
		print_list(b, n->list);
		strbuf_put(b, n->has_dots ? "...)" : ")");
		break;
	case N_STAR:
		strbuf_put(b, "*");
		print_expr(b, n->left);
		break;
	case N_UNARY:
		strbuf_put(b, tok_spelling(n->op_tok));
		print_expr(b, n->left);
		break;
	case N_BINARY:
		print_expr(b, n->left);
		strbuf_put(b, " ");
		strbuf_put(b, tok_spelling(n->op_tok));
		strbuf_put(b, " ");
		print_expr(b, n->right);
		break;
	case N_KEYVALUE:
		print_expr(b, n->left);
		strbuf_put(b, ": ");
		print_expr(b, n->right);
		break;
	case N_COMPOSITE:
		print_expr(b, n->left);
		strbuf_put(b, "{…}");
		break;
	case N_FUNCLIT:
		strbuf_put(b, "func(…) {…}");
		break;
	case N_ARRAYTYPE:
		strbuf_put(b, "[");
		if (n->left)
			print_expr(b, n->left);
		else
			strbuf_put(b, "...");
		strbuf_put(b, "]");
		print_expr(b, n->right);
		break;
	case N_SLICETYPE:
		strbuf_put(b, "[]");
		print_expr(b, n->right);
		break;
	case N_MAPTYPE:
		strbuf_put(b, "map[");
		print_expr(b, n->left);
		strbuf_put(b, "]");
		print_expr(b, n->right);
		break;
	case N_CHANTYPE:
		strbuf_put(b, n->chan_dir == 2   ? "<-chan "
		              : n->chan_dir == 1 ? "chan<- "
		                                 : "chan ");
		print_expr(b, n->right);
		break;
	case N_FUNCTYPE:
		strbuf_put(b, "func(…)");
		break;
	case N_STRUCTTYPE:
		strbuf_put(b, "struct{…}");
		break;
	case N_IFACETYPE:
		strbuf_put(b, n->list.len ? "interface{…}" : "interface{}");
		break;
	case N_EXPRSTMT:
		print_expr(b, n->left);
		break;
	case N_ASSIGN:
		print_list(b, n->list);
		strbuf_put(b, n->op_tok == T_DEFINE ? " := " : " = ");
		print_list(b, n->rlist);
		break;
	case N_OPASSIGN:
		print_expr(b, n->left);
		strbuf_put(b, " ");
		strbuf_put(b, tok_spelling(n->op_tok));
		strbuf_put(b, "= ");
		print_expr(b, n->right);
		break;
	case N_INCDEC:
		print_expr(b, n->left);
		strbuf_put(b, tok_spelling(n->op_tok));
		break;
	case N_SEND:
		print_expr(b, n->left);
		strbuf_put(b, " <- ");
		print_expr(b, n->right);
		break;
	default:
		strbuf_put(b, node_op_name(n->op));
		break;
	}
}

/* The source form of an expression or simple statement, as gc prints it in
 * messages ("cannot use x := 1 as value"). */
const char *ast_string(Node *n)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	print_expr(&b, n);
	return b.s;
}

const char *ast_list_string(NodeList l)
{
	StrBuf b = {0};
	strbuf_put(&b, "");
	print_list(&b, l);
	return b.s;
}

/* ---- the dumper ---- */

static void dump_list(const char *label, NodeList l, int indent);
static void dump_func(Func *f, int indent);

static void dump_child(const char *label, Node *n, int indent)
{
	if (!n)
		return;
	printf("%*s%s:\n", indent * 2, "", label);
	ast_dump(n, indent + 1);
}

static void dump_list(const char *label, NodeList l, int indent)
{
	if (l.len == 0)
		return;
	printf("%*s%s:\n", indent * 2, "", label);
	for (int i = 0; i < l.len; i++) {
		if (l.v[i])
			ast_dump(l.v[i], indent + 1);
		else
			printf("%*s-\n", (indent + 1) * 2, "");
	}
}

static void dump_func(Func *f, int indent)
{
	if (f->recv)
		dump_child("recv", f->recv, indent);
	dump_list("params", f->params, indent);
	dump_list("results", f->results, indent);
	dump_child("body", f->body, indent);
}

/* One line per node: "OP [name] [lit] [op] [flags] @line:col", children
 * indented below under their field names. */
void ast_dump(Node *n, int indent)
{
	if (!n)
		return;
	printf("%*s%s", indent * 2, "", node_op_name(n->op));
	if (n->name)
		printf(" %s", n->name);
	if (n->op == N_FUNCDECL || n->op == N_FUNCLIT)
		if (n->func_ && n->func_->noescape)
			printf(" noescape");
	if (n->lit)
		printf(" %s", n->lit);
	if (n->op_tok && tok_spelling(n->op_tok))
		printf(" %s", tok_spelling(n->op_tok));
	else if (n->lit_kind && tok_spelling(n->lit_kind))
		printf(" (%s)", tok_spelling(n->lit_kind));
	if (n->op == N_CHANTYPE && n->chan_dir)
		printf(" %s", n->chan_dir == 1 ? "send" : "recv");
	if (n->has_dots)
		printf(" ...");
	if (n->is_dots)
		printf(" dots");
	if (n->slice3)
		printf(" 3-index");
	if (n->is_default)
		printf(" default");
	if (n->is_alias)
		printf(" alias");
	if (n->op == N_CONSTDECL)
		printf(" iota=%d", n->iota);
	if (n->implicit)
		printf(" implicit");
	printf(" @%d:%d\n", n->pos.line, n->pos.col);
	indent++;
	dump_child("init", n->init, indent);
	dump_child("cond", n->cond, indent);
	dump_child("post", n->post, indent);
	dump_child("key", n->key, indent);
	dump_child("value", n->value, indent);
	dump_child("left", n->left, indent);
	dump_child("right", n->right, indent);
	dump_list("list", n->list, indent);
	dump_list("rlist", n->rlist, indent);
	if (n->func_ && n->op != N_CLOSURE)
		dump_func(n->func_, indent);
	dump_child("body", n->body, indent);
	dump_child("else", n->els, indent);
}
