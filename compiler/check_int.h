/*
 * check_int.h: what the type checker's files (check*.c, stdlib.c) share.
 *
 * The checker is split by concern:
 *   check.c        universe, scopes, package-level declarations
 *   check_init.c   package-level initialisation order
 *   check_type.c   type expressions, method sets, selectors, implements
 *   check_expr.c   expressions (operands, unary ops, selectors, indexing)
 *   check_binary.c binary operators, comparisons, shifts, string +
 *   check_print.c  expressions and operands printed for error messages
 *   check_call.c   calls and conversions
 *   check_builtin.c builtin calls (len, append, make, ...), unsafe.Sizeof
 *   check_lit.c    composite literals and func literals
 *   check_assign.c assignability and implicit conversions (N_CONVIFACE)
 *   check_decl.c   assignments and local declarations
 *   check_stmt.c   statements and function bodies
 *   check_switch.c switch, type switch, select
 *   check_term.c   terminating statements, a body's closing brace
 *   check_const.c  exact constant arithmetic and representability
 *   check_dump.c   -d ir
 *   stdlib.c       the std-library subset, as Go declarations
 *
 * Expressions are checked into NEW IR nodes (orig = the syntax node).  An
 * expression fresh out of check_expr() may still have an untyped type (an
 * untyped constant, an untyped comparison result); every user of a value
 * then calls assign_conv() (a destination type is known) or default_conv()
 * (it is not), which fixes the type and inserts conversions, so that no IR
 * expression keeps an untyped type.
 */
#ifndef GOFRONT_CHECK_INT_H
#define GOFRONT_CHECK_INT_H

#include "ast.h"
#include "diag.h"
#include "passes.h"
#include "types.h"

/* A lexical block. */
struct Scope {
	Scope *outer;
	Obj **objs;
	int n, cap;
	bool is_func;        /* the outermost block of a function (params live here) */
	bool is_pkg;
};

/* Package-level declaration bookkeeping, indexed by Obj.id. */
typedef enum DeclState { DS_NONE, DS_TODO, DS_DOING, DS_DONE } DeclState;

typedef struct Decl {
	Obj *obj;
	DeclState state;
	Node *spec;          /* N_VARDECL / N_CONSTDECL / N_TYPEDECL / N_FUNCDECL */
	Node *type_syn;      /* const/var: the declared type syntax (or NULL) */
	Node *init_syn;      /* const/var: this name's initialiser (or NULL) */
	int index;           /* position of the name in its spec */
	int iota;            /* const */
	Node *ir;            /* var: the init statement (N_AS/N_AS2) once checked */
	Obj **deps;          /* package-level vars and funcs this decl references */
	int ndeps, capdeps;
	bool cycle_reported; /* part of a reported declaration cycle */
	int order;           /* declaration order */
} Decl;

/* The checker's state. */
typedef struct Checker {
	Program *prog;
	Scope *universe;
	Scope *pkg;          /* the file's package scope */
	Scope *scope;        /* current innermost scope */
	Func *func;          /* function whose body is being checked (NULL at package level) */
	Decl *decl;          /* package-level declaration being checked (dependency recording) */
	const char *stdpkg;  /* non-NULL while checking a std package's declarations */
	int iota;            /* current iota, or -1 outside a const declaration */
	Obj *imports[32];    /* OBJ_PKG objects of this file's imports */
	Node *import_nodes[32];
	int nimports;
	int nglobfunc;       /* counter for package-level func literals (glob..func1) */
	Node *dst_syn;       /* the declared type's syntax while a var's values convert to it */
	Type *dst_type;
} Checker;

extern Checker ck;
extern Type *ty_invalid; /* a failed declaration's type: later uses report nothing */

/* ---- check.c ---- */
Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type);
void scope_push(void);
void scope_pop(void);   /* reports unused variables */
Obj *scope_lookup(Scope *s, const char *name);
Obj *scope_lookup_local(Scope *s, const char *name);
void scope_insert(Scope *s, Obj *o);    /* reports "redeclared in this block" */
Obj *lookup(const char *name);
Decl *decl_of(Obj *o);
void resolve_obj(Obj *o);               /* completes a package-level object on demand */
void report_cycle(Obj *o);              /* o's declaration refers to itself (o is being resolved) */
void record_use(Obj *o);                /* dependency edge from the current package decl */
Obj *std_package(const char *path);     /* stdlib.c: the OBJ_PKG of an std package, or NULL */
Obj *std_member(const char *pkg, const char *name); /* stdlib.c: exported member or NULL */
bool std_go_has(const char *pkg, const char *name); /* std_names.c: go1.19 exports it */
bool std_go_package(const char *path);              /* std_names.c: a go1.19 std package */
void type_check_iface_cycle(Obj *o);                /* check_type.c: I interface{ J }, J interface{ I } */
void check_std_decls(Node *file);
Decl **check_decl_list(int *n);         /* every package-level Decl, in order */
int check_obj_count(void);              /* Obj ids are 1..check_obj_count() */
void init_order(Program *p);            /* check_init.c */
Node *check_vardecl_global(Node *spec, Decl *d); /* check_stmt.c */
Node *parse_source(const char *path, const char *src, long len); /* syntax.c */

/* ---- check_type.c ---- */
Type *resolve_type(Node *syn);          /* NULL after an error (reported) */
Type *try_type(Node *syn);              /* syn denotes a type? (no error) else NULL */
Type *func_signature(Func *fn, bool declare, Obj **recv_out);
void collect_method(Node *fdecl);
/* A selector's meaning on a value of type t. */
typedef struct Selection {
	int kind;            /* 0 none, 1 field, 2 method, 3 interface method */
	Field *field;
	Obj *method;         /* method object */
	int index;           /* field index in the final struct / interface method index */
	int path[32];        /* embedded field indices leading to it */
	int npath;
	Type *path_types[32]; /* the type holding each path step */
	bool indirect;       /* an embedded pointer was traversed */
	int ambiguous;
} Selection;
Selection lookup_field_or_method(Type *t, const char *name);
Field *find_method(Type *t, const char *name, bool *ptr_only); /* method set lookup */
bool implements(Type *t, Type *iface, const char **missing, bool *wrong_ptr);
Type *deref_type(Type *t); /* *T -> T, T -> T */
void type_wait(Type *named, Type *iface, Type *on); /* finish named/iface when `on` completes */
void type_completed(Type *t);
void type_report_pending(void);
void type_check_sizes(Type **named, int n); /* types containing themselves by value */
bool being_resolved(Obj *o);            /* check.c: o is on the resolution stack */
void type_refresh_methods(Type *iface); /* check.c: named types over iface see its methods */

/* ---- check_expr.c ---- */
Node *check_expr(Node *syn);            /* may be untyped; NULL after an error */
Node *check_value(Node *syn);           /* a single value, default-converted */
Node *mk(NodeOp op, Pos pos, Type *type, Node *orig);
Node *mk_const(Pos pos, Type *type, Const v, Node *orig);
Node *mk_name(Pos pos, Obj *o, Node *orig);
Node *mk_type(Pos pos, Type *t, Node *orig);
const char *expr_str(Node *syn);        /* syntax printed as types2 prints it */
const char *operand_str(Node *x);       /* "x (variable of type int)" */
bool addressable(Node *x);
Node *take_addr(Node *x, Pos pos);      /* implicit &x */
Pos start_pos(Node *syn);
Pos epos(Node *x);                      /* where types2 reports an operand: its start */
bool const_fits_type(Const *v, Type *t, Node *syn); /* typed const: round or "overflows" */
const char *tok_str(int tok);

/* ---- check_builtin.c ---- */
Node *check_builtin(Node *syn, Obj *b);
Node *check_unsafe(Node *syn, const char *name);
Node *check_selector(Node *syn, Selection *out_sel, Node **out_recv); /* check_expr.c */

/* ---- check_call.c ---- */
Node *check_call(Node *syn);
Node *check_conversion(Node *syn, Type *t, Node *arg);

/* ---- check_lit.c ---- */
Node *check_composite(Node *syn, Type *hint);
Node *check_funclit(Node *syn);

/* ---- check_assign.c ---- */
/* Convert x for use as a value of type t: untyped constants are represented
 * in t (errors name the context: "assignment", "argument", "return
 * statement", "variable declaration"...), assignability is checked, and an
 * N_CONVIFACE at convpos is inserted when t is an interface and x is not. */
Node *assign_conv(Node *x, Type *t, const char *context, Pos convpos);
Node *default_conv(Node *x);            /* untyped -> default type */
bool assignable(Node *x, Type *t, const char **reason);
Node *conv_iface(Node *x, Type *t, Pos pos);
void set_untyped_type(Node *x, Type *t); /* give an untyped non-constant expression type t */
Pos operand_pos(Node *syn, Pos prev, bool *unique); /* §2.4 call/return rule */
void last_ident_pos(Node *syn, Pos *cur);           /* §2.4 var/send/append/panic rule */

/* ---- check_decl.c ---- */
Obj *new_local(const char *name, Pos pos, Type *t);
Node *check_lhs(Node *syn, bool *blank, bool *err);
void assign_stmt(Node *syn, NodeList *out);
void define_stmt(Node *syn, NodeList *out);
void var_stmt(Node *spec, NodeList *out);
void const_stmt(Node *spec);
void type_stmt(Node *spec);

/* ---- check_term.c ---- */
bool is_terminating_list(NodeList *l);
Pos closing_brace(Pos lbrace);
void check_gotos(Node *body);           /* jumps into blocks / over declarations */

/* ---- check_stmt.c: shared with check_switch.c ---- */
typedef struct Target {
	struct Target *outer;
	const char *label;
	bool is_loop;   /* for/range: continue allowed */
	bool is_switch; /* switch/select: break allowed */
} Target;
void stmt_push_target(Target *t, const char *label, bool loop, bool sw);
void stmt_pop_target(Target *t);
const char *stmt_take_label(void);      /* the label of the statement being checked */
void check_stmt_into(Node *syn, NodeList *out);
Node *stmt_wrap(NodeList *l, Pos pos);

/* ---- check_switch.c ---- */
Node *check_switch(Node *syn);
Node *check_typeswitch(Node *syn);
Node *check_select(Node *syn);

/* ---- check_stmt.c ---- */
void check_func_body(Func *fn);
Node *check_stmt(Node *syn);
Node *check_block(Node *syn, bool new_scope);

/* ---- check_const.c ---- */
bool const_representable(Const *v, Type *t, Const *out, bool *overflow);
bool const_binary(int tok, Const a, Const b, Const *out, Type *t, Pos pos, bool *divzero);
bool const_unary(int tok, Const a, Const *out, Type *t);
bool const_compare(int tok, Const a, Const b);
bool const_shift(int tok, Const a, long s, Const *out);
Const const_int(__int128 i);
long double ld_round(long double x);    /* libm-free helpers */
long double ld_trunc(long double x);
long double ld_ldexp(long double x, long n);
Const const_to_float(Const c);
const char *const_str(Const c, Type *t); /* as types2 prints values: 10, "a", 1.5 */
Const const_from_lit(Node *lit, Type **type);
bool const_is_int(Const c);              /* int, or a float with an integral value */

/* ---- check_dump.c ---- */
void check_dump_node(Node *n, int indent);


#endif
