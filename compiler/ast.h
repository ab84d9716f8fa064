/*
 * ast.h: the one tree of gofront, from parse to code generation.
 *
 * Like gc's ir.Node, gofront uses a single tree of Nodes for both the syntax
 * and the typed IR:
 *
 *   parse   builds syntax nodes (the N_ ops in the first group below), with
 *           positions where gc puts them (see "Positions").
 *   check   resolves names, types every expression and REWRITES syntax ops
 *           into IR ops (second group): a call of `new` becomes N_NEW, `x.f`
 *           through a pointer becomes N_DOTPTR, `T(x)` becomes a conversion...
 *   lower   makes the implicit explicit: interface conversions (N_CONVIFACE),
 *           the `...` argument slice (N_DDDARG), closure capture lists,
 *           address-taken and reassigned flags, loop depths.
 *   escape  reads the IR and sets Node.esc / Obj.esc.
 *   gen     walks the IR and emits code through libgccjit.
 *
 * After lower, only IR ops remain in function bodies (plus N_TYPE leaves where
 * a type is an operand, e.g. the first argument of make).
 *
 * Positions.  Node.pos is the position gc reports for the node (1-based line,
 * 1-based byte column): an identifier at its first byte; a unary op at the
 * operator; a binary op at the operator; a selector at the '.'; an index or
 * slice expression at '['; a call (and new/make/conversions) at '('; a
 * composite literal at '{' (and &T{} at '&'); a func literal at `func`; a
 * type assertion at '.'; an assignment at '=' / ':=' / 'op='; return at
 * `return`; a go/defer at the keyword; other statements at their first token.
 */
#ifndef GOFRONT_AST_H
#define GOFRONT_AST_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Node Node;
typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Func Func;
typedef struct Scope Scope;

/* A source position.  file is shared, never freed. */
typedef struct Pos {
	const char *file;
	int line;
	int col;
} Pos;

/* A growable array of nodes. */
typedef struct NodeList {
	Node **v;
	int len, cap;
} NodeList;

/* Exact constant values (untyped constant arithmetic is done on these). */
typedef enum ConstKind {
	CV_NONE,
	CV_BOOL,
	CV_INT,    /* integer or rune constant: i (exact within 128 bits) */
	CV_FLOAT,  /* f */
	CV_STRING, /* s, slen bytes (may contain NULs) */
	CV_NIL,
} ConstKind;

typedef struct Const {
	ConstKind kind;
	bool b;
	__int128 i;
	long double f;
	const char *s;
	long slen;
} Const;

/* The central declarations keep their hand-aligned field comments. */
/* clang-format off */
typedef enum NodeOp {
	N_BAD,

	/* ---- syntax: expressions (built by parse) ---- */
	N_IDENT,     /* name */
	N_BASICLIT,  /* lit_kind, lit (source text) */
	N_COMPOSITE, /* left=type (may be NULL inside an outer literal), list=elements */
	N_KEYVALUE,  /* left=key, right=value (inside a composite literal) */
	N_FUNCLIT,   /* func_ (body and signature) */
	N_PAREN,     /* left */
	N_SELECTOR,  /* left.name */
	N_INDEX,     /* left[right] */
	N_SLICE,     /* left[list[0]:list[1]:list[2]]; absent index = NULL; slice3 */
	N_TYPEASSERT,/* left.(right); right == NULL for .(type) in a type switch */
	N_CALL,      /* left(list); has_dots when the last argument is followed by ... */
	N_STAR,      /* *left: dereference, or a pointer type */
	N_UNARY,     /* op_tok left: + - ! ^ & <- */
	N_BINARY,    /* left op_tok right */

	/* ---- syntax: types ---- */
	N_ARRAYTYPE,  /* [left]right; left == NULL for [...]T */
	N_SLICETYPE,  /* []right */
	N_MAPTYPE,    /* map[left]right */
	N_CHANTYPE,   /* chan right; chan_dir */
	N_FUNCTYPE,   /* func_ holds the signature (no body) */
	N_STRUCTTYPE, /* list of N_FIELD */
	N_IFACETYPE,  /* list of N_FIELD (method: name+right=N_FUNCTYPE) or embedded (name NULL) */
	N_FIELD,      /* name (NULL when embedded or unnamed), right=type, lit=tag; is_dots for ...T */
	N_ELLIPSIS,   /* ...right, only as a parameter type */

	/* ---- syntax: statements ---- */
	N_BLOCK,      /* list */
	N_EXPRSTMT,   /* left */
	N_ASSIGN,     /* list = rlist; op_tok = '=' or ':=' (T_DEFINE) */
	N_OPASSIGN,   /* left op_tok= right (op_tok is the binary operator) */
	N_INCDEC,     /* left++ / left--; op_tok = T_INC / T_DEC */
	N_SEND,       /* left <- right */
	N_VARDECL,    /* var names(list of N_IDENT) type(right, may be NULL) = rlist */
	N_CONSTDECL,  /* const names(list) type(right) = rlist; iota */
	N_TYPEDECL,   /* type name right (is_alias for type A = B) */
	N_IF,         /* init; cond; body(then: N_BLOCK); els (N_IF or N_BLOCK or NULL) */
	N_FOR,        /* init; cond; post; body */
	N_RANGE,      /* key, value (may be NULL); op_tok '=' or ':='; right=ranged expr; body */
	N_SWITCH,     /* init; tag (left, may be NULL); list of N_CASE */
	N_TYPESWITCH, /* init; name (x := in `x := y.(type)`, may be NULL); left=y; list of N_CASE */
	N_CASE,       /* list (NULL for default: is_default); body (N_BLOCK) */
	N_SELECT,     /* list of N_COMMCASE */
	N_COMMCASE,   /* left = comm statement (NULL for default); body */
	N_RETURN,     /* list */
	N_BRANCH,     /* op_tok = T_BREAK/T_CONTINUE/T_GOTO/T_FALLTHROUGH; name = label or NULL */
	N_LABELED,    /* name: left (the statement) */
	N_GO,         /* left = call */
	N_DEFER,      /* left = call */
	N_EMPTY,

	/* ---- syntax: top level ---- */
	N_FUNCDECL,   /* func_ */
	N_IMPORT,     /* name (alias or NULL), lit = path */
	N_FILE,       /* name = package; list = declarations */

	/* ---- IR (after check and lower) ---- */
	N_NAME,       /* obj: a variable, function or nil */
	N_TYPE,       /* a type used as an operand (make/new/conversions) */
	N_CONST,      /* val; orig = the expression as written (for printing) */
	N_ADDR,       /* &left: left is addressable (a variable, field, index...) */
	N_DEREF,      /* *left */
	N_DOT,        /* left.field: left is a struct value; field index in ival */
	N_DOTPTR,     /* left.field: left is a pointer to struct (implicit deref) */
	N_INDEXARR,   /* left[right]: left is an array value */
	N_INDEXSLICE, /* left[right]: left is a slice (bounds checked) */
	N_INDEXSTR,   /* left[right]: left is a string (byte) */
	N_INDEXMAP,   /* left[right]: map read (comma-ok form: is_commaok) */
	N_SLICEARR,   /* left[lo:hi:max] of an addressable array (left is N_ADDR of it) or *array */
	N_SLICESLICE, /* of a slice */
	N_SLICESTR,   /* of a string */
	N_NOT,        /* !left */
	N_NEG,        /* -left */
	N_PLUS,       /* +left */
	N_COM,        /* ^left */
	N_RECV,       /* <-left */
	N_ARITH,      /* left op_tok right: + - * / % & | ^ &^ << >> (numeric) */
	N_LOGIC,      /* left && right, left || right */
	N_CMP,        /* left op_tok right: == != < <= > >=; type = untyped bool result type */
	N_ADDSTR,     /* list: string concatenation, all operands (a + b + c is one node) */
	N_CALLFUNC,   /* static call: left = N_NAME of a top-level func (or std func); list = args */
	N_CALLMETH,   /* static method call: left = N_METHEXPR-like N_NAME of the method;
	               * list[0] = receiver argument (already &x or *p as the method wants) */
	N_CALLINTER,  /* interface method call: left = N_DOTINTER */
	N_CALLVALUE,  /* call of a func value (closure, func variable): left = the value */
	N_DOTINTER,   /* left.name where left is an interface; ival = method index */
	N_METHVALUE,  /* x.M as a value: left = receiver (converted as M wants), obj = method */
	N_METHEXPR,   /* T.M / (*T).M as a value: obj = method */
	N_CLOSURE,    /* func literal: func_ */
	N_NEW,        /* new(type) */
	N_MAKESLICE,  /* make(type, list[0]=len, list[1]=cap or NULL) */
	N_MAKEMAP,    /* make(type, list[0]=hint or NULL) */
	N_MAKECHAN,   /* make(type, list[0]=size or NULL) */
	N_PTRLIT,     /* &T{...}: left = the N_STRUCTLIT/N_ARRAYLIT/... */
	N_STRUCTLIT,  /* list: one element per field, in field order (NULL = zero) */
	N_ARRAYLIT,   /* list of N_KEYVALUE (left = N_CONST index, right = value) */
	N_SLICELIT,   /* same as array; ival = the length */
	N_MAPLIT,     /* list of N_KEYVALUE */
	N_CONV,       /* type(left): numeric or same-underlying conversion (no allocation) */
	N_CONVIFACE,  /* convert left to interface type `type` (boxing when !pointer-shaped) */
	N_CONVNOP,    /* conversion that changes only the type (named <-> underlying) */
	N_STR2BYTES,  /* []byte(s) */
	N_BYTES2STR,  /* string(b) */
	N_STR2RUNES,  /* []rune(s) */
	N_RUNES2STR,  /* string(r []rune) */
	N_RUNE2STR,   /* string(r rune) */
	N_DDDARG,     /* the implicit slice of a variadic call; list = the arguments */
	N_TYPEASSERTX,/* left.(type); is_commaok */
	N_BUILTIN,    /* builtin call: builtin = BI_*, list = args */
	N_VARDEF,     /* declaration of obj (zeroed), optional init right (stmt form of := / var) */
	N_AS,         /* left = right (single assignment) */
	N_AS2,        /* list = rlist (tuple assignment, or list = f() with rlist of one call,
	               * or v, ok = m[k] / x.(T) / <-c with rlist of one is_commaok node) */
	N_ASOP,       /* left op_tok= right */

	N_OP_COUNT
} NodeOp;

typedef enum Builtin {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLOSE, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE, BI_NEW,
	BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER, BI_COMPLEX, BI_REAL, BI_IMAG,
} Builtin;

/* Escape results for an allocation-site node or a variable. */
typedef enum EscState {
	ESC_UNKNOWN = 0, /* escape analysis has not run (gen treats it as heap) */
	ESC_NONE,        /* stays on the stack */
	ESC_HEAP,        /* escapes: allocated by the runtime */
} EscState;

struct Node {
	NodeOp op;
	Pos pos;
	Type *type;      /* after check: the expression's type (NULL for statements) */

	Node *left, *right;
	NodeList list, rlist;

	/* statements */
	Node *init, *cond, *post, *body, *els;
	Node *key, *value; /* range */

	const char *name;  /* identifiers, selectors, labels, package names */
	const char *lit;   /* literal source text / import path / struct tag */
	int lit_kind;      /* token kind of a basic literal (T_INT, T_FLOAT, T_CHAR, T_STRING) */
	int op_tok;        /* operator token */
	int chan_dir;      /* 0 both, 1 send-only, 2 receive-only */

	bool has_dots;     /* f(x...) */
	bool is_dots;      /* ...T parameter */
	bool slice3;
	bool is_default;
	bool is_alias;
	bool is_commaok;
	bool implicit;     /* node created by check/lower, not in the source */
	bool bounded;      /* index known in range: no bounds check */

	Func *func_;       /* N_FUNCLIT, N_FUNCTYPE, N_FUNCDECL, N_CLOSURE */
	Obj *obj;          /* resolved object (N_NAME, N_VARDEF, N_METHVALUE, ...) */
	Const val;         /* N_CONST */
	Node *orig;        /* N_CONST and rewritten nodes: the node as written */
	long ival;         /* field index, method index, slice literal length, ... */
	Builtin builtin;
	int iota;          /* N_CONSTDECL: the iota of this spec */

	/* filled by later passes */
	EscState esc;      /* allocation sites: where the value lives */
	int loopdepth;     /* lower: loop depth of the statement / site */
	void *esc_loc;     /* escape pass: its location for this node */
	void *gen;         /* gen pass private */
	Pos xpos;          /* N_RANGE: the `range` keyword (pos is the `for`) */
};
/* clang-format on */

/* ---- constructors (ast.c): every grammar action calls exactly one ---- */
Node *ast_new(NodeOp op, Pos pos);
Node *ast_ident(Pos pos, const char *name);
Node *ast_basiclit(Pos pos, int lit_kind, const char *text);
Node *ast_unary(Pos pos, int op_tok, Node *x);
Node *ast_binary(Pos pos, int op_tok, Node *x, Node *y);
void nodelist_push(NodeList *l, Node *n);

/* The parser's constructors (parse.y calls exactly one per action).  They
 * take positions as ast.h's "Positions" prescribes; those that can spot a
 * syntax error (a missing index, a non-call after go) report it.  Shapes
 * worth knowing: N_FUNCDECL.pos is `func`, its Func.pos the name (gc's
 * fn.Pos()); a variadic parameter is N_FIELD{is_dots, right=N_ELLIPSIS{T}};
 * N_TYPESWITCH.right is the bound N_IDENT of `x := y.(type)`; an
 * N_COMMCASE's left is N_SEND, N_EXPRSTMT(<-c) or N_ASSIGN(..., <-c); an
 * import's lit is the unquoted path. */
typedef struct AstHeader { /* if/switch header: [init ;] stmt */
	Node *init, *stmt;
	bool has_semi;
	Pos semi; /* the ';' (or newline) after init */
	const char *semi_text;
} AstHeader;
typedef struct AstArgs { /* call arguments */
	NodeList list;
	bool dots;
} AstArgs;

NodeList ast_list0(void);
NodeList ast_list1(Node *n);                /* empty when n == NULL */
NodeList ast_list_add(NodeList l, Node *n); /* n == NULL is skipped */
NodeList ast_list_concat(NodeList a, NodeList b);
NodeList ast_names1(Pos pos, const char *name); /* a list of N_IDENT */
NodeList ast_names_add(NodeList l, Pos pos, const char *name);
Node *ast_copy(Node *n);                 /* deep copy of an expression/type */
const char *ast_string(Node *n);         /* "x + 1", "f(a, b)": for messages */
const char *ast_list_string(NodeList l); /* "a, b" */
Pos start_pos(Node *syn);                /* an expression's first byte */

Node *ast_file(Pos pos, const char *pkg, NodeList imports, NodeList decls);
Node *ast_import(Pos pos, const char *alias, const char *path_lit);
Node *ast_vardecl(NodeList names, Node *type, NodeList values);
Node *ast_constdecl(NodeList names, Node *type, NodeList values);
NodeList ast_const_group(NodeList specs); /* sets each spec's iota (its index);
                                           * check repeats omitted expressions */
NodeList ast_const_single(Node *spec);
Node *ast_typedecl(Pos pos, const char *name, Node *type, bool alias);
Node *ast_funcdecl(Pos func, bool noescape, NodeList recv, Pos npos, const char *name, Func *sig,
                   Node *body);
Func *ast_signature(NodeList params, NodeList results);
NodeList ast_params(NodeList raw); /* group (a, b int) */
NodeList ast_result(Node *type);
Node *ast_field(Pos pos, const char *name, Node *type, const char *tag, bool dots);
Node *ast_param_dots(Pos pos, const char *name, Pos dots, Node *elem); /* x ...T */
NodeList ast_fields(NodeList names, Node *type, const char *tag);
NodeList ast_embedded(Node *type, const char *tag);
NodeList ast_embedded_ptr(Pos star, Node *type, const char *tag);
Node *ast_method(Pos pos, const char *name, Func *sig);

Node *ast_paren(Pos lparen, Node *x);
Node *ast_qualified(Pos pkgpos, const char *pkg, Pos dot, const char *name);
Node *ast_arraytype(Pos lbrack, Node *len, Node *elem); /* len NULL: [...]T */
Node *ast_slicetype(Pos lbrack, Node *elem);
Node *ast_maptype(Pos pos, Node *key, Node *elem);
Node *ast_chantype(Pos pos, int dir, Node *elem);
Node *ast_functype(Pos func, Func *sig);
Node *ast_structtype(Pos pos, NodeList fields);
Node *ast_ifacetype(Pos pos, NodeList elems);

Node *ast_selector(Pos dot, Node *x, const char *name);
Node *ast_typeassert(Pos dot, Node *x, Node *type);
Node *ast_index(Pos lbrack, Node *x, Node *index);
Node *ast_slice(Pos lbrack, Node *x, Node *lo, Node *hi);
Node *ast_slice3(Pos lbrack, Node *x, Node *lo, Node *hi, Node *max, Pos colon2, Pos rbrack);
AstArgs ast_args(NodeList list, bool dots);
Node *ast_call(Pos lparen, Node *fn, AstArgs args);
Node *ast_complit(Pos lbrace, Node *type, NodeList elems);
Node *ast_keyvalue(Pos colon, Node *key, Node *value);
Node *ast_funclit(Pos func, Func *sig, Node *body);

Node *ast_block(Pos lbrace, NodeList stmts);
Node *ast_exprstmt(Node *x);
Node *ast_send(Pos arrow, Node *ch, Node *v);
Node *ast_incdec(Pos pos, int op_tok, Node *x);
Node *ast_opassign(Pos pos, int op_tok, Node *x, Node *y);
Node *ast_assign(Pos pos, int op_tok, NodeList lhs, NodeList rhs);
Node *ast_labeled(Pos pos, const char *label, Node *stmt);
NodeList ast_labeled_decl(NodeList stmts, Pos pos, const char *label, NodeList decls);
Node *ast_godefer(Pos pos, NodeOp op, Node *call);
Node *ast_return(Pos pos, NodeList results);
Node *ast_branch(Pos pos, int op_tok, const char *label);
AstHeader ast_header(Node *init, Node *stmt, const Pos *semi, const char *semi_text);
Node *ast_if(Pos pos, AstHeader h, Node *then, Node *els);
Node *ast_switch(Pos pos, AstHeader h, NodeList clauses);
Node *ast_select(Pos pos, NodeList clauses);
Node *ast_case(Pos pos, bool is_default, NodeList exprs, Node *comm, NodeList body);
Node *ast_for_clause(Node *init, Node *cond, Node *post);
Node *ast_range(Pos range, int op_tok, NodeList lhs, Node *x);
Node *ast_for(Pos pos, Node *header, Node *body);

const char *node_op_name(NodeOp op);
void ast_dump(Node *n, int indent); /* -d ast / -d ir */

#endif
