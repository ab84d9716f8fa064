/*
 * types.h: Go types, declared objects and functions.
 *
 * A Type is the type of an expression after check.  A named type (type T
 * struct{...}) is its own Type with `sym` set and the same kind and layout as
 * its underlying type (as in gc's types.Type); `underlying` points at the
 * unnamed type.  Types are canonical where Go says they are identical:
 * types_identical() decides, and constructors for unnamed composite types
 * (types_ptr, types_slice, ...) return the same Type for identical inputs, so
 * pointer equality is type identity.
 *
 * Layout follows gc on amd64 (int is 8 bytes, a string is {ptr,len}, a slice
 * {ptr,len,cap}, an interface {type,data}), so that -m's size limits and the
 * runtime's layouts agree with Go.
 */
#ifndef GOFRONT_TYPES_H
#define GOFRONT_TYPES_H

#include "ast.h"

/* The central declarations keep their hand-aligned field comments. */
/* clang-format off */
typedef enum TypeKind {
	TY_BAD,
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64,
	TY_COMPLEX64, TY_COMPLEX128, /* parsed, "not supported" */
	TY_STRING,
	TY_UNSAFEPTR,
	TY_PTR,       /* elem */
	TY_ARRAY,     /* elem, len */
	TY_SLICE,     /* elem */
	TY_MAP,       /* key, elem */
	TY_CHAN,      /* elem, chan_dir */
	TY_FUNC,      /* params, results, variadic */
	TY_STRUCT,    /* fields */
	TY_INTERFACE, /* methods (sorted by name, embedded ones flattened) */
	TY_TUPLE,     /* the type of a multi-value call: fields = results */
	TY_NIL,       /* the type of untyped nil */
	/* untyped constant kinds */
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT, TY_UNTYPED_STRING,
	TY_KIND_COUNT
} TypeKind;

/* A struct field, a function parameter/result, or an interface method. */
typedef struct Field {
	const char *name;   /* NULL for unnamed params/results; embedded field: type name */
	Type *type;
	long offset;        /* struct fields: byte offset */
	bool embedded;
	Pos pos;
	Obj *obj;           /* methods of a named type: the method's Obj (func) */
} Field;

typedef struct FieldList {
	Field *v;
	int len, cap;
} FieldList;

struct Type {
	TypeKind kind;
	Type *elem, *key;
	long len;             /* arrays */
	int chan_dir;
	FieldList fields;     /* struct fields, func params, tuple elements */
	FieldList results;    /* func results */
	FieldList methods;    /* interface: method set; named type: declared methods */
	bool variadic;        /* func: last param is ...T (its type is []T) */

	Obj *sym;             /* named types: the type's name object; NULL if unnamed */
	const char *pkg;      /* named types from std packages ("strings"); NULL for main */
	Type *underlying;     /* named types: the underlying type; unnamed: itself */

	long size, align;     /* -1 until computed by types_size() */
	int id;               /* unique, for descriptor names */
	void *gen;            /* gen pass private (gcc_jit_type *, descriptor) */
};

/* ---- objects: what a name denotes ---- */
typedef enum ObjKind {
	OBJ_BAD,
	OBJ_VAR,     /* global, local, parameter or result */
	OBJ_CONST,
	OBJ_TYPE,
	OBJ_FUNC,    /* top-level func, method, or std-library func */
	OBJ_PKG,     /* an imported package name */
	OBJ_BUILTIN, /* len, append, ... (builtin) */
	OBJ_NIL,
	OBJ_LABEL,
} ObjKind;

typedef enum VarClass {
	VC_GLOBAL, VC_LOCAL, VC_PARAM, VC_RESULT,
} VarClass;

struct Obj {
	ObjKind kind;
	const char *name;
	Pos pos;            /* the declaring identifier */
	Type *type;
	int id;

	/* variables */
	VarClass vclass;
	Func *owner;        /* the function that declares it (NULL for globals) */
	int index;          /* params/results: index among them (receiver is param -1) */
	bool addrtaken;     /* lower: &v appears (explicitly or through a method call) */
	bool reassigned;    /* lower: assigned after its declaration */
	bool captured;      /* lower: referenced from a closure nested in its owner */
	bool byval;         /* escape: a closure captures it by value */
	EscState esc;       /* escape: ESC_HEAP = moved to heap */
	int loopdepth;      /* lower: loop depth of its declaration */
	bool used;          /* check: for "declared but not used" */

	/* constants */
	Const val;
	Builtin builtin;    /* OBJ_BUILTIN */

	/* functions */
	Func *func_;        /* OBJ_FUNC with a body in this file */
	const char *pkg;    /* std functions: package name ("fmt") */
	const char *rtname; /* std functions/methods: the runtime symbol implementing it */
	const char *esctag; /* std functions: gc's escape tags, see stdlib.c */
	Type *recv_type;    /* methods: the receiver's named type (T, also for *T receivers) */
	bool ptr_recv;      /* methods: receiver is *T */

	void *esc_loc;      /* escape pass private */
	void *gen;          /* gen pass private (gcc_jit_lvalue *, gcc_jit_function *) */
};

/* ---- functions: declared functions, methods and func literals ---- */
struct Func {
	const char *name;   /* "main", "T.Get", "(*T).Get"; func literals: "main.func1" style */
	Obj *obj;           /* OBJ_FUNC (NULL for literals) */
	Pos pos;            /* the `func` keyword */
	Node *recv;         /* syntax: receiver N_FIELD, or NULL */
	NodeList params;    /* syntax: N_FIELD list */
	NodeList results;   /* syntax: N_FIELD list */
	Node *body;         /* N_BLOCK, or NULL for a bodyless declaration */
	Type *type;         /* check: the signature (receiver not included) */

	Obj *recv_obj;      /* check: receiver variable (NULL when none or unnamed) */
	Obj **dcl;          /* check: every variable in declaration order:
	                     * receiver, params, results, then locals */
	int ndcl, capdcl;
	Func *outer;        /* func literals: the enclosing function */
	Func **closures;    /* lower: func literals directly inside, in source order */
	int nclosures, capclosures;
	Obj **cvars;        /* lower: captured variables (of outer functions), first-use order */
	int ncvars, capcvars;
	int nlit;           /* counter for naming nested literals (func1, func2, ...) */
	bool noescape;      /* //go:noescape pragma */
	bool is_lit;
	bool called_directly; /* a literal called right where it appears: func(){...}() */

	void *esc;          /* escape pass private */
	void *gen;          /* gen pass private */
};
/* clang-format on */

/* The universe's predeclared types. */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
        *ty_untyped_string, *ty_untyped_nil;

void types_init(void);
Type *types_new(TypeKind kind);
Type *types_ptr(Type *elem);
Type *types_slice(Type *elem);
Type *types_array(Type *elem, long len);
Type *types_map(Type *key, Type *elem);
Type *types_chan(Type *elem, int dir);
bool types_identical(Type *a, Type *b);
long types_size(Type *t);
long types_align(Type *t);
bool types_is_integer(Type *t);
bool types_is_unsigned(Type *t);
bool types_is_float(Type *t);
bool types_is_numeric(Type *t);
bool types_is_string(Type *t);
bool types_is_untyped(Type *t);
bool types_has_pointers(Type *t);
bool types_is_direct_iface(Type *t); /* gc's IsDirectIface: stored in an interface as is */
bool types_comparable(Type *t);
Type *types_default(Type *t); /* untyped -> default type */
/* Print a type as gc prints it in messages: "int", "[]int", "*main.T" or "*T"
 * (qualify=false omits "main."), "interface {}", "map[string]int". */
const char *types_str(Type *t, bool qualify);

void fieldlist_push(FieldList *l, Field f);
void func_add_dcl(Func *f, Obj *o);

/* Added by check (types.c, types_str.c): constructors of canonical unnamed types, named
 * types, and the types2-style printer used in error messages. */
extern Type *ty_complex64, *ty_complex128, *ty_unsafeptr;
Type *types_func(FieldList params, FieldList results, bool variadic);
Type *types_struct(FieldList fields);
Type *types_tuple(FieldList elems);
Type *types_interface(FieldList methods);      /* sorts methods by name */
Type *types_named(Obj *sym, Type *underlying); /* underlying may be NULL: set later */
void types_set_underlying(Type *named, Type *underlying);
const char *types_str2(Type *t); /* as go1.19's types2 prints in errors: "interface{}" */

#endif
