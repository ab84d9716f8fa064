/*
 * esc_fmt.c: printing nodes the way gc's -m does (ir/fmt.go exprFmt).
 *
 * gc prints the typed IR, not the source text: implicit conversions,
 * implicit & and * are skipped (so a boxed argument prints as its operand,
 * `x`), parentheses are dropped and re-inserted by precedence, spacing is
 * normalised (`1 << 17`), composite literals are elided (`&T{...}`, `&T{}`
 * when empty, `[]int{...}`), the `...` slice is `... argument`, a func
 * literal is `func literal`, and conversions print their type
 * (`([]byte)(s)`, `string(b)`).  Constants print as written: gofront keeps
 * the syntax node in Node.orig and prints that.
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "lex.h"
#include "parse.h"

/* Text is accumulated in diag.h's StrBuf. */

static void expr(StrBuf *b, Node *n, int prec);
static void syntax(StrBuf *b, Node *n, int prec);

static const char *tok(int t) { return lex_kind_name(t); }

/* gc's OpPrec for the IR ops gofront has. */
static int op_prec(Node *n)
{
	switch (n->op) {
	case N_PLUS:
	case N_NOT:
	case N_COM:
	case N_NEG:
	case N_ADDR:
	case N_DEREF:
	case N_RECV:
	case N_UNARY:
	case N_STAR:
		return 7;
	case N_ARITH:
	case N_CMP:
	case N_LOGIC:
	case N_BINARY: {
		const char *o = tok(n->op_tok);
		if (!strcmp(o, "*") || !strcmp(o, "/") || !strcmp(o, "%") || !strcmp(o, "<<") ||
		    !strcmp(o, ">>") || !strcmp(o, "&") || !strcmp(o, "&^"))
			return 6;
		if (!strcmp(o, "+") || !strcmp(o, "-") || !strcmp(o, "|") || !strcmp(o, "^"))
			return 5;
		if (!strcmp(o, "&&"))
			return 2;
		if (!strcmp(o, "||"))
			return 1;
		return 4; /* comparisons */
	}
	case N_PTRLIT:     /* not in gc's OpPrec table: 0 */
	case N_KEYVALUE:
	case N_CLOSURE:
	case N_ADDSTR:
		return 0;
	default:
		return 8;
	}
}

static bool basic_type(Type *t)
{
	return t && (t->sym || (t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR));
}

static bool named_or_basic(Type *t)
{
	if (!t)
		return false;
	if (t->sym)
		return true;
	switch (t->kind) {
	case TY_PTR:
	case TY_ARRAY:
	case TY_SLICE:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_STRUCT:
	case TY_INTERFACE:
	case TY_TUPLE:
		return false;
	default:
		return basic_type(t);
	}
}

static void type(StrBuf *b, Type *t) { strbuf_put(b, types_str(t, false)); }

/* Print t, spelled as the syntax syn spells it where gc remembers the
 * spelling: `byte`, `rune` and `any` are aliases gc prints by name. */
static void type_syn(StrBuf *b, Type *t, Node *syn)
{
	char tmp[64];
	while (syn && syn->op == N_PAREN)
		syn = syn->left;
	if (!t) {
		strbuf_put(b, "<nil>");
		return;
	}
	if (!syn || t->sym) {
		if (syn && syn->op == N_IDENT && !strcmp(syn->name, "any") &&
		    t->kind == TY_INTERFACE && t->methods.len == 0)
			strbuf_put(b, "any");
		else
			type(b, t);
		return;
	}
	switch (syn->op) {
	case N_IDENT:
		/* a predeclared basic type prints as spelled (byte vs uint8) */
		if ((t->kind >= TY_BOOL && t->kind <= TY_STRING) ||
		    (t->kind == TY_INTERFACE && !strcmp(syn->name, "any")))
			strbuf_put(b, syn->name);
		else
			type(b, t);
		return;
	case N_SLICETYPE:
		if (t->kind != TY_SLICE)
			break;
		strbuf_put(b, "[]");
		type_syn(b, t->elem, syn->right);
		return;
	case N_ARRAYTYPE:
		if (t->kind != TY_ARRAY)
			break;
		snprintf(tmp, sizeof tmp, "[%ld]", t->len);
		strbuf_put(b, tmp);
		type_syn(b, t->elem, syn->right);
		return;
	case N_STAR:
	case N_UNARY:
		if (t->kind != TY_PTR)
			break;
		strbuf_put(b, "*");
		type_syn(b, t->elem, syn->left);
		return;
	case N_MAPTYPE:
		if (t->kind != TY_MAP)
			break;
		strbuf_put(b, "map[");
		type_syn(b, t->key, syn->left);
		strbuf_put(b, "]");
		type_syn(b, t->elem, syn->right);
		return;
	case N_CHANTYPE:
		if (t->kind != TY_CHAN)
			break;
		strbuf_put(b, t->chan_dir == 2 ? "<-chan " : t->chan_dir == 1 ? "chan<- " : "chan ");
		type_syn(b, t->elem, syn->right);
		return;
	default:
		break;
	}
	type(b, t);
}

/* The type syntax an allocation or conversion was written with, if any. */
static Node *type_syntax(Node *n)
{
	Node *o = n->orig;
	if (!o || o == n || o->op >= N_NAME)
		return NULL;
	while (o && o->op == N_PAREN)
		o = o->left;
	if (!o)
		return NULL;
	switch (o->op) {
	case N_CALL: /* make(T, ...), new(T), T(x) */
		if (n->op == N_MAKESLICE || n->op == N_MAKEMAP || n->op == N_MAKECHAN || n->op == N_NEW)
			return o->list.len > 0 ? o->list.v[0] : NULL;
		return o->left;
	case N_COMPOSITE:
		return o->left;
	case N_UNARY: /* &T{...} */
		if (o->left && o->left->op == N_COMPOSITE)
			return o->left->left;
		return NULL;
	default:
		return NULL;
	}
}

static void list(StrBuf *b, NodeList *l, bool ir)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			strbuf_put(b, ", ");
		if (ir)
			expr(b, l->v[i], 0);
		else
			syntax(b, l->v[i], 0);
	}
}

static void const_value(StrBuf *b, Node *n)
{
	char tmp[64];
	switch (n->val.kind) {
	case CV_BOOL:
		strbuf_put(b, n->val.b ? "true" : "false");
		break;
	case CV_INT:
		snprintf(tmp, sizeof tmp, "%lld", (long long)n->val.i);
		strbuf_put(b, tmp);
		break;
	case CV_FLOAT:
		snprintf(tmp, sizeof tmp, "%Lg", n->val.f);
		strbuf_put(b, tmp);
		break;
	case CV_STRING: {
		strbuf_put(b, "\"");
		for (long i = 0; i < n->val.slen; i++) {
			unsigned char c = (unsigned char)n->val.s[i];
			if (c == '"' || c == '\\') {
				tmp[0] = '\\', tmp[1] = (char)c, tmp[2] = 0;
			} else if (c == '\n')
				strcpy(tmp, "\\n");
			else if (c == '\t')
				strcpy(tmp, "\\t");
			else if (c < 0x20 || c == 0x7f)
				snprintf(tmp, sizeof tmp, "\\x%02x", c);
			else
				tmp[0] = (char)c, tmp[1] = 0;
			strbuf_put(b, tmp);
		}
		strbuf_put(b, "\"");
		break;
	}
	case CV_NIL:
		strbuf_put(b, "nil");
		break;
	default:
		strbuf_put(b, "?");
	}
}

/* Syntax nodes (Node.orig): constants as written, calls, selectors... */
static void syntax(StrBuf *b, Node *n, int prec)
{
	if (!n) {
		strbuf_put(b, "<nil>");
		return;
	}
	while (n->op == N_PAREN && n->left)
		n = n->left;
	if (n->op >= N_NAME) {
		expr(b, n, prec);
		return;
	}
	int np = op_prec(n);
	if (prec > np) {
		strbuf_put(b, "(");
		syntax(b, n, 0);
		strbuf_put(b, ")");
		return;
	}
	switch (n->op) {
	case N_IDENT:
		strbuf_put(b, n->name);
		break;
	case N_BASICLIT:
		strbuf_put(b, n->lit);
		break;
	case N_SELECTOR:
		syntax(b, n->left, 8);
		strbuf_put(b, ".");
		strbuf_put(b, n->name);
		break;
	case N_INDEX:
		syntax(b, n->left, 8);
		strbuf_put(b, "[");
		syntax(b, n->right, 0);
		strbuf_put(b, "]");
		break;
	case N_SLICE:
		syntax(b, n->left, 8);
		strbuf_put(b, "[");
		for (int i = 0; i < (n->slice3 ? 3 : 2); i++) {
			if (i)
				strbuf_put(b, ":");
			if (i < n->list.len && n->list.v[i])
				syntax(b, n->list.v[i], 0);
		}
		strbuf_put(b, "]");
		break;
	case N_CALL: {
		Node *fun = n->left;
		while (fun && fun->op == N_PAREN)
			fun = fun->left;
		if (fun && (fun->op == N_ARRAYTYPE || fun->op == N_SLICETYPE || fun->op == N_MAPTYPE ||
		            fun->op == N_CHANTYPE || fun->op == N_FUNCTYPE || fun->op == N_IFACETYPE ||
		            fun->op == N_STRUCTTYPE || (fun->op == N_STAR && n->left->op == N_PAREN))) {
			/* a conversion to an unnamed type: gc prints (T)(x) */
			strbuf_put(b, "(");
			syntax(b, fun, 0);
			strbuf_put(b, ")");
		} else
			syntax(b, n->left, 8);
		strbuf_put(b, "(");
		list(b, &n->list, false);
		if (n->has_dots)
			strbuf_put(b, "...");
		strbuf_put(b, ")");
		break;
	}
	case N_STAR:
		strbuf_put(b, "*");
		syntax(b, n->left, 8);
		break;
	case N_UNARY:
		strbuf_put(b, tok(n->op_tok));
		if (n->left && n->left->op == N_UNARY && n->left->op_tok == n->op_tok)
			strbuf_put(b, " ");
		syntax(b, n->left, 8);
		break;
	case N_BINARY:
		syntax(b, n->left, np);
		strbuf_put(b, " ");
		strbuf_put(b, tok(n->op_tok));
		strbuf_put(b, " ");
		syntax(b, n->right, np + 1);
		break;
	case N_COMPOSITE:
		if (n->type)
			type(b, n->type);
		else if (n->left)
			syntax(b, n->left, 0);
		strbuf_put(b, n->list.len ? "{...}" : "{}");
		break;
	case N_FUNCLIT:
		strbuf_put(b, "func literal");
		break;
	case N_KEYVALUE:
		syntax(b, n->left, 0);
		strbuf_put(b, ":");
		syntax(b, n->right, 0);
		break;
	case N_TYPEASSERT:
		syntax(b, n->left, 8);
		strbuf_put(b, ".(");
		syntax(b, n->right, 0);
		strbuf_put(b, ")");
		break;
	case N_ARRAYTYPE:
		strbuf_put(b, "[");
		if (n->left)
			syntax(b, n->left, 0);
		else
			strbuf_put(b, "...");
		strbuf_put(b, "]");
		syntax(b, n->right, 0);
		break;
	case N_SLICETYPE:
		strbuf_put(b, "[]");
		syntax(b, n->right, 0);
		break;
	case N_MAPTYPE:
		strbuf_put(b, "map[");
		syntax(b, n->left, 0);
		strbuf_put(b, "]");
		syntax(b, n->right, 0);
		break;
	case N_IFACETYPE:
		strbuf_put(b, n->list.len ? "interface { ... }" : "interface {}");
		break;
	default:
		if (n->type)
			type(b, n->type);
		else
			strbuf_put(b, "?");
	}
}

/* []byte or []rune exactly (not a named slice, not a slice of a named elem) */
static bool plain_bytes_or_runes(Type *t)
{
	return t->kind == TY_SLICE && t->elem && !t->elem->sym &&
	       (t->elem->kind == TY_UINT8 || t->elem->kind == TY_INT32);
}

static void conv(StrBuf *b, Node *n)
{
	Node *syn = type_syntax(n);
	if (named_or_basic(n->type))
		type_syn(b, n->type, syn);
	else {
		strbuf_put(b, "(");
		type_syn(b, n->type, syn);
		strbuf_put(b, ")");
	}
	strbuf_put(b, "(");
	expr(b, n->left, 0);
	strbuf_put(b, ")");
}

static void complit(StrBuf *b, Node *n)
{
	int nelem = 0;
	if (n->orig && n->orig->op == N_COMPOSITE)
		nelem = n->orig->list.len;
	else
		for (int i = 0; i < n->list.len; i++)
			nelem += n->list.v[i] != NULL;
	type_syn(b, n->type, type_syntax(n));
	strbuf_put(b, nelem ? "{...}" : "{}");
}

static void call(StrBuf *b, Node *n);

static bool is_call(Node *n)
{
	return n->op == N_CALLFUNC || n->op == N_CALLMETH || n->op == N_CALLINTER ||
	       n->op == N_CALLVALUE || n->op == N_BUILTIN;
}

/* A call's argument: a go/defer wrapper reads it from its temporary. */
static const char *alias_of(Node *n);
static void arg(StrBuf *b, Node *n, int prec)
{
	const char *alias = n ? alias_of(n) : NULL;
	if (alias)
		strbuf_put(b, alias);
	else
		expr(b, n, prec);
}

/* Calls escape has analysed: gc's FixVariadicCall has rewritten them. */
static Node **fixed;
static int nfixed, capfixed;

void esc_fmt_mark_fixed(Node *call)
{
	if (nfixed == capfixed) {
		capfixed = capfixed ? 2 * capfixed : 64;
		fixed = xrealloc(fixed, sizeof(Node *) * (size_t)capfixed);
	}
	fixed[nfixed++] = call;
}

static bool is_fixed(Node *call)
{
	for (int i = nfixed - 1; i >= 0; i--)
		if (fixed[i] == call)
			return true;
	return false;
}

/* A call as gc prints it after FixVariadicCall and FixMethodCall:
 * `f(a, ... argument...)`, `(*T).M(t, x)`, `g(nil...)`, `g(s...)`. */
static void call(StrBuf *b, Node *n)
{
	static const char *builtins[] = {"", "append", "cap", "close", "copy", "delete",
	                                 "len", "make", "new", "panic", "print",
	                                 "println", "recover", "complex", "real", "imag"};
	Type *ft = NULL;
	int first = 0;
	Node *recv = NULL; /* a devirtualized call's receiver, printed first */
	Type *dtyp = NULL;
	const char *const *steps = NULL;
	int nsteps = 0;
	Obj *dm = n->op == N_CALLINTER ? esc_devirt_info(n, &dtyp, &steps, &nsteps) : NULL;
	if (dm && n->left && n->left->op == N_DOTINTER)
		recv = n->left->left;
	switch (recv ? N_CALLMETH : n->op) {
	case N_BUILTIN:
		strbuf_put(b, n->builtin < (int)(sizeof builtins / sizeof builtins[0]) ? builtins[n->builtin] : "?");
		break;
	case N_CALLMETH: {
		/* devirtualized: gc prints T.M(x.(T).f, args) */
		Obj *m = recv ? dm : n->left ? n->left->obj : NULL;
		if (m && m->recv_type) {
			if (m->ptr_recv) {
				strbuf_put(b, "(*");
				type(b, m->recv_type);
				strbuf_put(b, ")");
			} else
				type(b, m->recv_type);
			strbuf_put(b, ".");
		}
		strbuf_put(b, m ? m->name : "?");
		ft = m ? m->type : NULL;
		break;
	}
	default:
		arg(b, n->left, 8);
		ft = n->left ? n->left->type : NULL;
		if (n->op == N_CALLFUNC && n->left && n->left->obj && n->left->obj->type)
			ft = n->left->obj->type;
		break;
	}
	strbuf_put(b, "(");
	if (recv) {
		arg(b, recv, 8);
		strbuf_put(b, ".(");
		type(b, dtyp);
		strbuf_put(b, ")");
		for (int i = 0; i < nsteps; i++) {
			strbuf_put(b, ".");
			strbuf_put(b, steps[i] ? steps[i] : "?");
		}
		if (n->list.len)
			strbuf_put(b, ", ");
	}
	bool variadic = ft && ft->kind == TY_FUNC && ft->variadic && n->list.len > 0 &&
	                n->op != N_BUILTIN;
	Node *lastarg = n->list.len ? n->list.v[n->list.len - 1] : NULL;
	if (n->list.len - first == 1 && lastarg && lastarg->type && lastarg->type->kind == TY_TUPLE &&
	    !lastarg->is_commaok)
		variadic = false; /* f(g()): printed as written */
	if (variadic && !n->has_dots && !is_fixed(n)) {
		/* before escape analysis: the extra arguments as written */
		int k = 0;
		for (int i = first; i < n->list.len - 1; i++, k++) {
			if (k)
				strbuf_put(b, ", ");
			arg(b, n->list.v[i], 0);
		}
		Node *last = n->list.v[n->list.len - 1];
		if (last && last->op == N_DDDARG)
			for (int i = 0; i < last->list.len; i++, k++) {
				if (k)
					strbuf_put(b, ", ");
				arg(b, last->list.v[i], 0);
			}
		strbuf_put(b, ")");
		return;
	}
	for (int i = first; i < n->list.len; i++) {
		if (i > first)
			strbuf_put(b, ", ");
		arg(b, n->list.v[i], 0);
	}
	if (n->has_dots || variadic)
		strbuf_put(b, "...");
	strbuf_put(b, ")");
}

/* go/defer arguments escape analysis replaced by temporaries */
static Node **alias_nodes;
static const char **alias_names;
static int nalias, capalias;

void esc_fmt_alias(Node *n, const char *name)
{
	if (nalias == capalias) {
		capalias = capalias ? 2 * capalias : 16;
		alias_nodes = xrealloc(alias_nodes, sizeof(Node *) * (size_t)capalias);
		alias_names = xrealloc(alias_names, sizeof(char *) * (size_t)capalias);
	}
	alias_nodes[nalias] = n;
	alias_names[nalias++] = name;
}

static const char *alias_of(Node *n)
{
	if (!nalias)
		return NULL;
	for (int i = nalias - 1; i >= 0; i--)
		if (alias_nodes[i] == n)
			return alias_names[i];
	return NULL;
}

static void expr(StrBuf *b, Node *n, int prec)
{
	for (;;) {
		if (!n) {
			strbuf_put(b, "<nil>");
			return;
		}
		if (n->implicit && (n->op == N_ADDR || n->op == N_DEREF || n->op == N_CONV ||
		                    n->op == N_CONVNOP || n->op == N_CONVIFACE)) {
			n = n->left;
			continue;
		}
		break;
	}
	if (n->op < N_NAME) {
		syntax(b, n, prec);
		return;
	}
	int np = op_prec(n);
	if (n->op == N_BUILTIN && n->builtin == BI_RECOVER)
		np = 0; /* gc has rewritten it to ORECOVERFP, which it cannot print */
	if (prec > np) {
		strbuf_put(b, "(");
		expr(b, n, 0);
		strbuf_put(b, ")");
		return;
	}
	if (n->op == N_BUILTIN && n->builtin == BI_RECOVER) {
		strbuf_put(b, "<node RECOVERFP>");
		return;
	}
	switch (n->op) {
	case N_NAME:
		if (n->obj) {
			if (n->obj->pkg && (n->obj->kind == OBJ_FUNC || n->obj->kind == OBJ_VAR)) {
				strbuf_put(b, n->obj->pkg);
				strbuf_put(b, ".");
			}
			strbuf_put(b, n->obj->name);
		} else
			strbuf_put(b, n->name ? n->name : "?");
		break;
	case N_CONST:
		if (n->orig && n->orig != n)
			syntax(b, n->orig, prec);
		else
			const_value(b, n);
		break;
	case N_TYPE:
		type_syn(b, n->type, n->orig && n->orig != n && n->orig->op < N_NAME ? n->orig : NULL);
		break;
	case N_ADDR:
		strbuf_put(b, "&");
		if (n->left && n->left->op == N_ADDR)
			strbuf_put(b, " ");
		expr(b, n->left, 8);
		break;
	case N_DEREF:
		strbuf_put(b, "*");
		expr(b, n->left, 8);
		break;
	case N_NOT:
	case N_NEG:
	case N_PLUS:
	case N_COM:
	case N_RECV: {
		const char *o = n->op == N_NOT ? "!" : n->op == N_NEG ? "-" : n->op == N_PLUS ? "+"
		                : n->op == N_COM ? "^" : "<-";
		strbuf_put(b, o);
		if (n->left && n->left->op == n->op)
			strbuf_put(b, " ");
		expr(b, n->left, 8);
		break;
	}
	case N_ARITH:
	case N_CMP:
	case N_LOGIC:
		expr(b, n->left, np);
		strbuf_put(b, " ");
		strbuf_put(b, tok(n->op_tok));
		strbuf_put(b, " ");
		expr(b, n->right, np + 1);
		break;
	case N_ADDSTR:
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				strbuf_put(b, " + ");
			expr(b, n->list.v[i], np);
		}
		break;
	case N_DOTINTER: /* a go/defer wrapper reads the receiver from its temporary */
		arg(b, n->left, 8);
		strbuf_put(b, ".");
		strbuf_put(b, n->name ? n->name : "?");
		break;
	case N_DOT:
	case N_DOTPTR:
		expr(b, n->left, 8);
		strbuf_put(b, ".");
		strbuf_put(b, n->name ? n->name : "?");
		break;
	case N_METHVALUE:
		expr(b, n->left, 8);
		strbuf_put(b, ".");
		strbuf_put(b, n->name ? n->name : n->obj ? n->obj->name : "?");
		break;
	case N_METHEXPR:
		if (n->orig && n->orig != n)
			syntax(b, n->orig, prec);
		else
			strbuf_put(b, n->obj ? n->obj->name : "?");
		break;
	case N_INDEXARR:
	case N_INDEXSLICE:
	case N_INDEXSTR:
	case N_INDEXMAP:
		expr(b, n->left, 8);
		strbuf_put(b, "[");
		expr(b, n->right, 0);
		strbuf_put(b, "]");
		break;
	case N_SLICEARR:
	case N_SLICESLICE:
	case N_SLICESTR:
		expr(b, n->left, 8);
		strbuf_put(b, "[");
		if (n->list.len > 0 && n->list.v[0])
			expr(b, n->list.v[0], 0);
		strbuf_put(b, ":");
		if (n->list.len > 1 && n->list.v[1])
			expr(b, n->list.v[1], 0);
		if (n->slice3) {
			strbuf_put(b, ":");
			if (n->list.len > 2 && n->list.v[2])
				expr(b, n->list.v[2], 0);
		}
		strbuf_put(b, "]");
		break;
	case N_CLOSURE:
		strbuf_put(b, "func literal");
		break;
	case N_NEW:
		strbuf_put(b, "new(");
		type_syn(b, n->type ? n->type->elem : NULL, type_syntax(n));
		strbuf_put(b, ")");
		break;
	case N_MAKESLICE:
	case N_MAKEMAP:
	case N_MAKECHAN:
		strbuf_put(b, "make(");
		type_syn(b, n->type, type_syntax(n));
		for (int i = 0; i < n->list.len; i++)
			if (n->list.v[i]) {
				strbuf_put(b, ", ");
				expr(b, n->list.v[i], 0);
			}
		strbuf_put(b, ")");
		break;
	case N_PTRLIT:
		strbuf_put(b, "&");
		expr(b, n->left, 8);
		break;
	case N_STRUCTLIT:
	case N_ARRAYLIT:
	case N_SLICELIT:
	case N_MAPLIT:
		complit(b, n);
		break;
	case N_DDDARG:
		strbuf_put(b, "... argument");
		break;
	case N_STR2RUNES:
		if (n->left && n->left->op == N_CONST && n->left->val.kind == CV_STRING) {
			type_syn(b, n->type, type_syntax(n));
			strbuf_put(b, n->left->val.slen ? "{...}" : "{}");
			break;
		}
		conv(b, n);
		break;
	case N_BYTES2STR:
	case N_RUNES2STR:
		if (n->left && n->left->type && !plain_bytes_or_runes(n->left->type)) {
			/* gc first converts a named []T to []byte / []rune */
			if (named_or_basic(n->type))
				type_syn(b, n->type, type_syntax(n));
			else {
				strbuf_put(b, "(");
				type_syn(b, n->type, type_syntax(n));
				strbuf_put(b, ")");
			}
			strbuf_put(b, n->op == N_BYTES2STR ? "(([]byte)(" : "(([]rune)(");
			expr(b, n->left, 0);
			strbuf_put(b, "))");
			break;
		}
		conv(b, n);
		break;
	case N_CONV:
	case N_CONVNOP:
	case N_CONVIFACE:
	case N_STR2BYTES:
	case N_RUNE2STR:
		conv(b, n);
		break;
	case N_TYPEASSERTX:
		expr(b, n->left, 8);
		strbuf_put(b, ".(");
		type(b, n->right ? n->right->type : n->type);
		strbuf_put(b, ")");
		break;
	case N_KEYVALUE:
		expr(b, n->left, 0);
		strbuf_put(b, ":");
		expr(b, n->right, 0);
		break;
	default:
		if (is_call(n)) {
			call(b, n);
			break;
		}
		if (n->orig && n->orig != n && n->orig->op < N_NAME)
			syntax(b, n->orig, prec);
		else
			strbuf_put(b, node_op_name(n->op));
	}
}

const char *esc_fmt_expr(Node *n)
{
	StrBuf b = {0};
	expr(&b, n, 0);
	return b.s ? b.s : "";
}

const char *esc_fmt_loc_name(EscLoc *l)
{
	if (l->obj)
		return l->obj->name;
	if (l->n)
		return esc_fmt_expr(l->n);
	return "{temp}";
}

/* gc's stmtFmt, for -m=2's "from <stmt> (<why>)" and self-assignments. */
/* A statement list as gc's Nodes format it: `; `-separated.  The declarations a
 * `v, ok := e` implies (N_VARDEF without a value) are not statements in gc's body. */
static void stmt_list(StrBuf *b, Node *body)
{
	if (!body)
		return;
	if (body->op != N_BLOCK) {
		strbuf_put(b, esc_fmt_stmt(body));
		return;
	}
	int k = 0;
	for (int i = 0; i < body->list.len; i++) {
		Node *s = body->list.v[i];
		if (s && s->op == N_VARDEF && !s->right && !(s->orig && s->orig->op == N_VARDECL))
			continue;
		if (k++)
			strbuf_put(b, "; ");
		strbuf_put(b, esc_fmt_stmt(s));
	}
}

const char *esc_fmt_stmt(Node *n)
{
	StrBuf b = {0};
	if (!n)
		return "<nil>";
	switch (n->op) {
	case N_AS:
		if (n->left)
			expr(&b, n->left, 0);
		else
			strbuf_put(&b, "_");
		strbuf_put(&b, " = ");
		expr(&b, n->right, 0);
		break;
	case N_ASOP:
		expr(&b, n->left, 0);
		strbuf_put(&b, " ");
		strbuf_put(&b, tok(n->op_tok));
		strbuf_put(&b, "= ");
		expr(&b, n->right, 0);
		break;
	case N_VARDEF:
		strbuf_put(&b, n->obj ? n->obj->name : "?");
		/* gc: `x := e` prints with :=, `var x = e` as an assignment */
		strbuf_put(&b, n->orig && n->orig->op == N_VARDECL ? " = " : " := ");
		expr(&b, n->right, 0);
		break;
	case N_AS2:
		for (int i = 0; i < n->list.len; i++) {
			if (i)
				strbuf_put(&b, ", ");
			if (n->list.v[i])
				expr(&b, n->list.v[i], 0);
			else
				strbuf_put(&b, "_");
		}
		strbuf_put(&b, n->orig && n->orig->op == N_ASSIGN && n->orig->op_tok == T_DEFINE ? " := " : " = ");
		list(&b, &n->rlist, true);
		break;
	case N_RETURN:
		strbuf_put(&b, "return");
		if (n->list.len) {
			strbuf_put(&b, " ");
			list(&b, &n->list, true);
		}
		break;
	case N_EXPRSTMT:
		expr(&b, n->left, 0);
		break;
	case N_SEND: /* gc's OSEND has precedence 3: its value prints at 4 */
		expr(&b, n->left, 3);
		strbuf_put(&b, " <- ");
		expr(&b, n->right, 4);
		break;
	case N_RANGE:
		strbuf_put(&b, "for loop");
		break;
	case N_CASE:
		if (n->list.len) {
			strbuf_put(&b, "case ");
			list(&b, &n->list, true);
		} else
			strbuf_put(&b, "default");
		strbuf_put(&b, ": ");
		stmt_list(&b, n->body);
		break;
	case N_IF: /* gc's stmtFmt: if [init; ]cond { body }[ else { els }] */
		strbuf_put(&b, "if ");
		if (n->init) {
			strbuf_put(&b, esc_fmt_stmt(n->init));
			strbuf_put(&b, "; ");
		}
		expr(&b, n->cond, 0);
		strbuf_put(&b, " { ");
		stmt_list(&b, n->body);
		strbuf_put(&b, " }");
		if (n->els) {
			strbuf_put(&b, " else { ");
			stmt_list(&b, n->els);
			strbuf_put(&b, " }");
		}
		break;
	case N_GO:
		strbuf_put(&b, "go ");
		expr(&b, n->left, 0);
		break;
	case N_DEFER:
		strbuf_put(&b, "defer ");
		expr(&b, n->left, 0);
		break;
	default:
		expr(&b, n, 0);
	}
	return b.s ? b.s : "";
}
