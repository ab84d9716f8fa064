/*
 * gen.h: private interface of the code generator (gen*.c).
 *
 * The generator walks the typed IR of docs/ir.md and builds one libgccjit
 * context for the whole program.  As in libgccjit's tutorial tut05-bf.c, one
 * context struct (Gen) caches the gcc_jit types, runtime entry points and
 * per-function state, and every emitting helper takes it first.
 *
 * Files, split by Go feature as TinyGo's compiler/ is:
 *   gen.c        context, runtime declarations, functions, program entry,
 *                output and link
 *   gen_types.c  Go types -> gcc_jit_type; GoType descriptors as globals
 *   gen_expr.c   expressions, lvalues, constants, arithmetic, comparisons
 *   gen_conv.c   conversions, boxing, strings, slices (index/slice/append/copy),
 *                composite literals, type assertions
 *   gen_stmt.c   statements and control flow
 *   gen_call.c   calls, methods, closures, func values, builtins, std calls
 *   gen_iface.c  method tables, interface method calls, implements checks
 *   gen_go.c     the stack check in every prologue, go statements
 *   gen_chan.c   channels and select
 *   gen_defer.c  defer, panics unwinding through it, recover
 *   gen_poison.c -d checkescape: poison the frame's stack-allocated storage on return
 *
 * Evaluation model.  A libgccjit rvalue is an expression tree evaluated where
 * it is used, not a value.  Every call (and every value needed twice, e.g.
 * an index that is bounds-checked, then used) is stored in a temporary local
 * at once (gen_save), so nothing runs twice.  The order is gc's (walk/
 * order.go): each statement first runs the calls it contains, left to right
 * and innermost first (gen_hoist), then reads the other operands where they
 * are used.  Expressions that branch (&&, ||, checks) move g->block to a new
 * block; callers must always re-read g->block.
 */
#ifndef GOFRONT_GEN_H
#define GOFRONT_GEN_H

#include <libgccjit.h>

#include "ast.h"
#include "diag.h"
#include "passes.h"
#include "types.h"

/* How a variable is reached inside the function being generated. */
typedef struct VarInfo {
	gcc_jit_lvalue *lv; /* the local itself, or (heap) the local holding its address */
	bool heap;          /* allocated by gort_alloc: lv is a pointer */
} VarInfo;

/* Per-Type cache (Type.gen). */
typedef struct TypeInfo {
	gcc_jit_type *t;         /* the C layout */
	gcc_jit_struct *st;      /* structs, tuples, wrapped arrays */
	gcc_jit_field **fields;  /* struct/tuple fields in order */
	gcc_jit_field *arr;      /* arrays: the struct's one member `v` (an array) */
	gcc_jit_lvalue *desc;    /* its GoType descriptor, once emitted */
	gcc_jit_type *fnptr;     /* func types: the code pointer type (ctx first) */
	bool busy;               /* pointers: being made (cycle guard) */
} TypeInfo;

/* Per-function cache (Func.gen, and Obj.gen of OBJ_FUNC). */
typedef struct FuncInfo {
	gcc_jit_function *fn;       /* the code (imported for std functions) */
	gcc_jit_type *ret;          /* void, the one result, or the tuple struct */
	Type *sig;                  /* the Go signature (receiver not included) */
	Type *recv;                 /* receiver type (T or *T) or NULL */
	gcc_jit_struct *rec;        /* func literals: the closure record */
	gcc_jit_type *recptr;       /* pointer to the record */
	gcc_jit_field **recfields;  /* [0] code pointer, [1+i] captured var i */
	gcc_jit_function *wrapper;  /* used as a value: wrapper(ctx, args...) */
	gcc_jit_rvalue *value;      /* used as a value without captures: its static record */
	bool queued;
} FuncInfo;

/* A break/continue target (innermost last). */
typedef struct Target {
	const char *label;        /* the statement's label or NULL */
	gcc_jit_block *brk, *cont; /* cont == NULL: a switch/select */
} Target;

typedef struct LabelBlock {
	const char *name;
	gcc_jit_block *b;
} LabelBlock;

typedef struct Gen {
	gcc_jit_context *ctx;
	Program *prog;
	const Options *opts;
	const char *abspath;        /* the source file's absolute path (debug info) */

	/* basic types */
	gcc_jit_type *t_void, *t_voidp, *t_bool, *t_cint, *t_charp, *t_charpp;
	gcc_jit_type *t_i8, *t_i16, *t_i32, *t_i64, *t_u8, *t_u16, *t_u32, *t_u64;
	gcc_jit_type *t_f32, *t_f64, *t_u8p;
	/* runtime layouts (gort.h) */
	gcc_jit_type *t_string, *t_slice, *t_iface;
	gcc_jit_field *f_str_ptr, *f_str_len;
	gcc_jit_field *f_sl_ptr, *f_sl_len, *f_sl_cap;
	gcc_jit_field *f_if_type, *f_if_data;
	gcc_jit_struct *s_gotype, *s_gofield, *s_gomethod;
	gcc_jit_type *t_gotype, *t_gotypep, *t_gofield, *t_gomethod;
	gcc_jit_field *f_gt[11], *f_gf[4], *f_gm[3];
	gcc_jit_type *t_stackbuf; /* uint8_t[32] */

	/* runtime entry points */
	gcc_jit_function *rt_alloc, *rt_panic_index, *rt_panic_slice, *rt_panic_divide,
	    *rt_panic_nil, *rt_panic, *rt_panic_shift, *rt_start, *rt_concat, *rt_strcmp,
	    *rt_streq, *rt_str2bytes, *rt_bytes2str, *rt_str2runes, *rt_runes2str,
	    *rt_rune2str, *rt_decoderune, *rt_growslice, *rt_makeslice, *rt_copy,
	    *rt_ifaceeq, *rt_assert_fail, *rt_printlock, *rt_printunlock, *rt_printbool,
	    *rt_printint, *rt_printuint, *rt_printfloat, *rt_printstring, *rt_printpointer,
	    *rt_printiface, *rt_printslice, *rt_printsp, *rt_printnl;
	gcc_jit_function *rt_sprintf; /* gort_fmt_Sprintf, declared when needed */
	/* goroutines and channels */
	gcc_jit_function *rt_go, *rt_makechan, *rt_chansend, *rt_chanrecv, *rt_closechan,
	    *rt_chanlen, *rt_chancap, *rt_select, *morestack;
	gcc_jit_type *t_selcase;      /* GoSelectCase */
	gcc_jit_field *f_sel[4];
	gcc_jit_lvalue *stack_limit, *morestack_fn, *morestack_info; /* TLS, gen_stack_init */
	gcc_jit_function *b_memset, *b_memmove, *b_memcmp, *b_unreachable, *b_expect;
	gcc_jit_function *b_alloca;
	gcc_jit_block *bigframe;     /* alloca of big locals, between the stack check and the body */
	gcc_jit_function *body_fn;   /* the function gen_body is generating (not a thunk) */

	/* the function being generated */
	Func *fn_go;
	FuncInfo *fi;
	gcc_jit_function *fn;
	gcc_jit_block *block;       /* current block; NULL after a terminator */
	gcc_jit_rvalue *ctxrec;     /* closures: the record, typed */
	Target *targets;
	int ntargets, captargets;
	LabelBlock *labels;
	int nlabels, caplabels;
	const char *pending_label;  /* label of the statement being generated */
	gcc_jit_block *fallthrough; /* switch: the next case's body */
	gcc_jit_block *exitb;       /* functions with defer: the one exit (gen_defer.c) */
	gcc_jit_lvalue **slots;     /* ... the results, stored by return */
	int nslots;
	gcc_jit_struct *drec;       /* ... a GoDefer record (gort.h) */
	gcc_jit_field *drec_f[7];
	gcc_jit_lvalue *jbuf;       /* ... the frame's jmp_buf: where a recovery lands */
	gcc_jit_lvalue *rmine;      /* functions with recover(): the claimed record */
	Func *rmine_fn;             /* ... the function rmine belongs to */
	gcc_jit_type *t_jmpbuf;     /* gen_defer.c: uint64_t[25], and its runtime calls */
	gcc_jit_function *rt_defer_push, *rt_deferreturn, *rt_defer_landed, *rt_setjmp,
	    *rt_recover_claim, *rt_recover;
	gcc_jit_function *th_close, *th_panic, *th_nop; /* deferred builtins' thunks */
	gcc_jit_function *rt_recover_forward;
	gcc_jit_function **recoverers; /* top-level functions that contain recover() (NULL: */
	int nrecoverers;               /* not computed yet) */
	int ntemp;

	/* work queue of func literals to generate */
	Func **queue;
	int nqueue, capqueue;

	/* string constants */
	struct StrConst { const char *s; long n; gcc_jit_lvalue *g; } *strs;
	int nstrs, capstrs;
	/* tuple structs keyed by their element types */
	struct TupleType { Type **elems; int n; gcc_jit_type *t; gcc_jit_field **f; } *tuples;
	int ntuples, captuples;
	/* imported globals by name */
	struct ImportedGlobal { const char *name; gcc_jit_lvalue *g; } *imports;
	int nimports, capimports;
	int ndesc;
	gcc_jit_function *h_findmethod, *h_implements; /* gen_iface.c helpers */
	gcc_jit_lvalue *staticuint64s;                  /* boxes of 0..255 */
	gcc_jit_lvalue *zerobox;                        /* the box of "" and nil slices */
	struct MethodWrapper { Type *t; Obj *m; bool direct; gcc_jit_rvalue *code; } *wrappers;
	int nwrappers, capwrappers;
	struct TypeSize { gcc_jit_type *t; long size; } *sizes; /* gen_note_size */
	int nsizes, capsizes;
	long frame;   /* bytes of locals made so far in the current function */
	long alloca_bytes; /* ... of them alloca'd after the stack check (frame_local) */
	long rt_need;      /* ... the deepest runtime C call it makes (gen_new_call) */
	long thunk_rt_need; /* the deepest runtime call of a function without a check */
	bool unbudgeted;    /* generating go__init, C main or a defer thunk: calls need no budget */
	struct RtCost { gcc_jit_function *f; long bytes; } *rtcost; /* imports' stack needs */
	int nrtcost, caprtcost;                                     /* (open addressing) */
	struct FrameNote { char *name; long alloca; } *fnotes; /* functions with alloca'd locals */
	int nfnotes, capfnotes;
	char su_dir[32]; /* gen_stack.c: where gcc writes its frame sizes */
	int su_cwd;
	char **names; /* C names of the functions declared so far */
	int nnames, capnames;
	/* gen_poison.c: -d checkescape / GOFRONT_STACK_POISON=1 */
	bool poison;
	gcc_jit_function *rt_poison; /* gort_stack_poison(p, n) */
	struct PoisonSlot { gcc_jit_lvalue *lv; long size; } *pslots; /* this body's slots */
	int npslots, cappslots;
	struct PendingRet { gcc_jit_block *b; gcc_jit_location *loc; gcc_jit_rvalue *v; } *pret;
	int npret, cappret;
} Gen;

/* ---- operator tokens (from the parser) as the generator needs them ---- */
typedef enum GenOp {
	OP_NONE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM, OP_AND, OP_OR, OP_XOR, OP_SHL,
	OP_SHR, OP_ANDNOT, OP_LAND, OP_LOR, OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_BREAK, OP_CONTINUE, OP_GOTO, OP_FALLTHROUGH, OP_DEFINE,
} GenOp;
GenOp gen_op(int tok);

/* ---- gen.c ---- */
/* gcc_jit_context_new_call, noting in g->rt_need what a runtime callee
 * needs of the stack (gen_go.c) */
gcc_jit_rvalue *gen_new_call(Gen *g, gcc_jit_location *loc, gcc_jit_function *f, int n,
                             gcc_jit_rvalue **args);
/* gen_go.c: record the stack a call to runtime function f (C name) needs */
void gen_note_runtime(Gen *g, gcc_jit_function *f, const char *name);
void gen_note_call(Gen *g, gcc_jit_function *f); /* the current function calls f */
/* ... and that call needs `extra` bytes more than the table says (select's cases) */
void gen_note_stack(Gen *g, gcc_jit_function *f, long extra);
gcc_jit_location *gen_loc(Gen *g, Pos pos);
gcc_jit_block *gen_cur(Gen *g);                  /* current block (a fresh one if dead) */
gcc_jit_block *gen_newblock(Gen *g, const char *name);
void gen_jump(Gen *g, gcc_jit_block *to, Pos pos); /* end the current block (if live) */
gcc_jit_lvalue *gen_temp(Gen *g, gcc_jit_type *t, const char *hint);
void gen_note_size(Gen *g, gcc_jit_type *t, long size); /* for gen_size_of */
long gen_size_of(Gen *g, gcc_jit_type *t);
gcc_jit_rvalue *gen_save(Gen *g, gcc_jit_rvalue *v, Pos pos); /* store in a temp */
void gen_eval(Gen *g, gcc_jit_rvalue *v, Pos pos);
void gen_assign(Gen *g, gcc_jit_lvalue *lv, gcc_jit_rvalue *v, Pos pos);
gcc_jit_rvalue *gen_call(Gen *g, gcc_jit_function *f, int n, gcc_jit_rvalue **args, Pos pos);
void gen_callstmt(Gen *g, gcc_jit_function *f, int n, gcc_jit_rvalue **args, Pos pos);
void gen_panic_if(Gen *g, gcc_jit_rvalue *cond, gcc_jit_function *f, int n,
                  gcc_jit_rvalue **args, Pos pos); /* if cond: f(args) (noreturn) */
gcc_jit_rvalue *gen_i64(Gen *g, long v);
gcc_jit_rvalue *gen_intc(Gen *g, gcc_jit_type *t, long v);
gcc_jit_function *gen_import(Gen *g, const char *name, gcc_jit_type *ret, int n,
                             gcc_jit_type **params);
gcc_jit_lvalue *gen_import_global(Gen *g, const char *name, gcc_jit_type *t);
FuncInfo *gen_funcinfo(Gen *g, Func *f);          /* declares on first use */
FuncInfo *gen_objfunc(Gen *g, Obj *o);            /* top-level func/method/std func */
void gen_body(Gen *g, Func *f);
void gen_prologue(Gen *g, gcc_jit_block *entry, gcc_jit_block *body, Pos pos);
void gen_enqueue(Gen *g, Func *f);               /* a func literal, generated later */
char *gen_mangle(const char *name);

/* ---- gen_types.c ---- */
TypeInfo *gen_typeinfo(Gen *g, Type *t);
gcc_jit_type *gen_type(Gen *g, Type *t);
gcc_jit_type *gen_ptrto(Gen *g, Type *t);          /* gcc pointer to t's layout */
gcc_jit_type *gen_tuple(Gen *g, FieldList *fl, gcc_jit_field ***fields);
gcc_jit_type *gen_fnptr(Gen *g, Type *ft);         /* code pointer of a func type */
gcc_jit_type *gen_fnptr_ret(Gen *g, Type *ft);
gcc_jit_rvalue *gen_desc(Gen *g, Type *t);         /* &descriptor (GoType *) */
gcc_jit_rvalue *gen_desc_or_null(Gen *g, Type *t); /* NULL when t has no pointers */
gcc_jit_rvalue *gen_zero(Gen *g, Type *t);
gcc_jit_field *gen_field(Gen *g, Type *st, int i);  /* struct field i */
bool gen_is_aggregate(Type *t);
bool gen_is_empty(Type *t);                        /* size 0: struct{}, [0]T... */

/* ---- gen_expr.c ---- */
gcc_jit_rvalue *gen_expr(Gen *g, Node *n);
gcc_jit_lvalue *gen_lvalue(Gen *g, Node *n);
gcc_jit_lvalue *gen_addressable(Gen *g, Node *n);  /* lvalue, or a temp holding n */
bool gen_is_addressable(Node *n);
gcc_jit_lvalue *gen_var(Gen *g, Obj *o, Pos pos);    /* a variable as seen from here */
gcc_jit_rvalue *gen_varaddr(Gen *g, Obj *o, Pos pos);
gcc_jit_rvalue *gen_const(Gen *g, Const *c, Type *t, Pos pos);
gcc_jit_rvalue *gen_strlit(Gen *g, const char *s, long n, Pos pos);
gcc_jit_lvalue *gen_strlit_lv(Gen *g, const char *s, long n);
gcc_jit_rvalue *gen_eq(Gen *g, gcc_jit_rvalue *a, gcc_jit_rvalue *b, Type *t, Pos pos);
gcc_jit_rvalue *gen_nilcheck(Gen *g, gcc_jit_rvalue *p, Pos pos); /* saves p */
gcc_jit_rvalue *gen_alloc(Gen *g, Type *t, EscState esc, Pos pos); /* T* to zeroed T */
gcc_jit_rvalue *gen_alloc_bytes(Gen *g, gcc_jit_type *ct, long size, Type *desc,
                                EscState esc, Pos pos);
void gen_declare_var(Gen *g, Obj *o, Pos pos);
gcc_jit_rvalue *gen_cast(Gen *g, gcc_jit_rvalue *v, gcc_jit_type *t, Pos pos);
gcc_jit_rvalue *gen_arith(Gen *g, GenOp op, Type *t, gcc_jit_rvalue *a, gcc_jit_rvalue *b,
                          Node *bn, Pos pos);

/* ---- gen_conv.c ---- */
gcc_jit_rvalue *gen_conv(Gen *g, Node *n);
gcc_jit_rvalue *gen_conviface(Gen *g, Node *n);
gcc_jit_rvalue *gen_iface_of(Gen *g, gcc_jit_rvalue *v, Type *from, EscState esc, Pos pos);
gcc_jit_rvalue *gen_assignable(Gen *g, gcc_jit_rvalue *v, Type *from, Type *to, Pos pos);
gcc_jit_rvalue *gen_strconv(Gen *g, Node *n);
gcc_jit_rvalue *gen_addstr(Gen *g, Node *n);
gcc_jit_lvalue *gen_index_lv(Gen *g, Node *n);     /* N_INDEXSLICE / N_INDEXARR lvalue */
gcc_jit_rvalue *gen_indexstr(Gen *g, Node *n);
gcc_jit_rvalue *gen_slice_expr(Gen *g, Node *n);
gcc_jit_rvalue *gen_makeslice(Gen *g, Node *n);
gcc_jit_rvalue *gen_composite(Gen *g, Node *n);   /* struct/array/slice literals */
gcc_jit_rvalue *gen_ptrlit(Gen *g, Node *n);
gcc_jit_rvalue *gen_dddarg(Gen *g, Node *n);
gcc_jit_rvalue *gen_append(Gen *g, Node *n);
gcc_jit_rvalue *gen_copy(Gen *g, Node *n);
gcc_jit_rvalue *gen_typeassert(Gen *g, Node *n);
gcc_jit_rvalue *gen_stackbuf(Gen *g, EscState esc);
void gen_bounds(Gen *g, gcc_jit_rvalue *i, gcc_jit_rvalue *len, Pos pos);

/* ---- gen_stmt.c ---- */
void gen_stmt(Gen *g, Node *n);
void gen_block(Gen *g, Node *n);
void gen_cond(Gen *g, Node *cond, gcc_jit_block *t, gcc_jit_block *f);
void gen_return_zero(Gen *g, Pos pos);

/* ---- gen_call.c ---- */
gcc_jit_rvalue *gen_callexpr(Gen *g, Node *n);    /* N_CALL* (NULL for void) */
void gen_hoist(Gen *g, Node *n, bool self);       /* run the calls in n first */
gcc_jit_rvalue *gen_take_hoisted(Node *n);       /* gen_hoist's value for n, once */
gcc_jit_rvalue *gen_builtin(Gen *g, Node *n);
gcc_jit_rvalue *gen_closure(Gen *g, Node *n);
gcc_jit_rvalue *gen_funcvalue(Gen *g, Obj *fn, Pos pos);
gcc_jit_rvalue *gen_methvalue(Gen *g, Node *n);
gcc_jit_rvalue *gen_methexpr(Gen *g, Node *n);
gcc_jit_rvalue *gen_tuple_field(Gen *g, gcc_jit_rvalue *tuple, Type *tt, int i, Pos pos);
gcc_jit_rvalue **gen_call_args(Gen *g, Node *n, int nrecv, Type *sig, int nprefix,
                               gcc_jit_rvalue **prefix, int *nargs);

/* ---- gen_go.c, gen_chan.c ---- */
void gen_stack_init(Gen *g);
/* around the compilation: measure gcc's frames, patch the program's reserve */
bool gen_stack_measure_begin(Gen *g, char **out);
void gen_stack_measure_end(Gen *g, const char *exe, bool linked);

/* gen_poison.c: poison the frame's address-taken storage on return (-d checkescape) */
void gen_poison_init(Gen *g);
void gen_poison_begin(Gen *g);
void gen_poison_slot(Gen *g, gcc_jit_lvalue *lv, long size);
void gen_ret(Gen *g, gcc_jit_block *b, gcc_jit_location *loc, gcc_jit_rvalue *v);
void gen_poison_finish(Gen *g);
void gen_go(Gen *g, Node *n);
gcc_jit_rvalue *gen_makechan(Gen *g, Node *n);
gcc_jit_rvalue *gen_recv(Gen *g, Node *n);
void gen_send(Gen *g, Node *n);
void gen_range_chan(Gen *g, Node *n, gcc_jit_block **brk, gcc_jit_block **cont);
void gen_select(Gen *g, Node *n, const char *label);
void gen_push_target(Gen *g, const char *label, gcc_jit_block *brk, gcc_jit_block *cont);

bool gen_call_thunk(Gen *g, Node *n, gcc_jit_rvalue **code, gcc_jit_rvalue **arg);
void gen_defer_setup(Gen *g, Func *f);
void gen_defer(Gen *g, Node *n);
void gen_defer_return(Gen *g, gcc_jit_rvalue **vals, int n, Pos pos);
void gen_defer_exit(Gen *g, Pos pos);
gcc_jit_rvalue *gen_recover(Gen *g, Node *n);
/* A wrapper w whose entry block is b calls target: let recover() see through it. */
void gen_defer_wrapper(Gen *g, gcc_jit_function *w, gcc_jit_block *b, gcc_jit_function *target);

/* ---- gen_iface.c ---- */
gcc_jit_rvalue *gen_iface_code(Gen *g, gcc_jit_rvalue *tp, const char *name, Pos pos);
gcc_jit_rvalue *gen_promoted_code(Gen *g, Type *base, Obj *m);
gcc_jit_rvalue *gen_callinter(Gen *g, Node *n);
gcc_jit_rvalue *gen_implements(Gen *g, gcc_jit_rvalue *have, Type *iface, Pos pos);
gcc_jit_rvalue *gen_methods(Gen *g, Type *t, long *count); /* descriptor's method table */
gcc_jit_rvalue *gen_iface_methvalue(Gen *g, Node *n, Type *sig, const char *mname);
gcc_jit_rvalue *gen_iface_methexpr(Gen *g, Type *sig, const char *mname);


/* ---- gen_map.c ---- */
/* m[k] with m and k evaluated (k in a frame temp), for the assignment forms */
typedef struct MapRef {
	Type *mt;
	gcc_jit_rvalue *m;
	gcc_jit_lvalue *key;
} MapRef;
void gen_mapref(Gen *g, Node *indexmap, MapRef *r);
gcc_jit_rvalue *gen_mapref_load(Gen *g, MapRef *r, Pos pos);  /* m[k] read (copied) */
gcc_jit_lvalue *gen_mapref_slot(Gen *g, MapRef *r, Pos pos);  /* *mapassign(m, k) */
gcc_jit_lvalue *gen_map_slot(Gen *g, Node *indexmap);
void gen_map_store(Gen *g, Node *lhs, Node *rhs, Pos pos);    /* m[k] = rhs */
gcc_jit_rvalue *gen_indexmap(Gen *g, Node *n);
gcc_jit_rvalue *gen_makemap(Gen *g, Node *n);
gcc_jit_rvalue *gen_maplit(Gen *g, Node *n);
gcc_jit_rvalue *gen_maplen(Gen *g, gcc_jit_rvalue *m, Pos pos);
void gen_mapdelete(Gen *g, Node *n);
void gen_range_map(Gen *g, Node *n, gcc_jit_block **brk, gcc_jit_block **cont);

#define GEN_NOTSUP(g, pos, what) diag_error((pos), "%s not supported", (what))

#endif
