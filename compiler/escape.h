/*
 * escape.h: private header of the escape-analysis files.
 *
 * The pass is split as gc splits src/cmd/compile/internal/escape:
 *
 *   escape.c     the essay, batches in SCC order, flowClosure, finish
 *   esc_graph.c  locations, edges, holes (graph.go)
 *   esc_expr.c   expressions to flows (expr.go)
 *   esc_stmt.c   statements and assignments (stmt.go, assign.go)
 *   esc_call.c   calls, builtins, go/defer (call.go)
 *   esc_solve.c  walkAll / walkOne / outlives and -m=2 explanations (solve.go)
 *   esc_leaks.c  parameter tags (leaks.go) and the std-library tags
 *   esc_fmt.c    printing nodes as gc's exprFmt does (ir/fmt.go)
 *   esc_utils.c  heap-allocation reasons, self-assignments (utils.go), and
 *                walk's bounds-check lines
 *   esc_wrap.c   -m=2: the interface method wrappers of reflectdata.methodWrapper
 */
#ifndef GOFRONT_ESCAPE_H
#define GOFRONT_ESCAPE_H

#include <stdint.h>

#include "ast.h"
#include "diag.h"
#include "passes.h"
#include "types.h"

/* ---- leaks.go: a parameter's flows to the heap and to results ---- */
enum { ESC_NUM_RESULTS = 7 };

/* [0] = heap, [1+i] = result i; each byte is derefs+1, 0 = no flow. */
typedef struct Leaks {
	uint8_t v[1 + ESC_NUM_RESULTS];
} Leaks;

int esc_leaks_heap(const Leaks *l);            /* -1 when no flow */
int esc_leaks_result(const Leaks *l, int i);   /* -1 when no flow */
void esc_leaks_add_heap(Leaks *l, int derefs);
void esc_leaks_add_result(Leaks *l, int i, int derefs);
void esc_leaks_optimize(Leaks *l);
bool esc_leaks_empty(const Leaks *l);
/* gc's Encode: "" for a full heap leak, else "esc:" + trimmed bytes. */
const char *esc_leaks_encode(const Leaks *l, char *buf);
Leaks esc_leaks_parse(const char *tag);

/* ---- graph.go ---- */
typedef struct EscLoc EscLoc;

/* Why a flow exists, for -m=2 ("from &x (address-of) at pos"). */
typedef struct EscNote {
	struct EscNote *next;
	Node *where;
	const char *why;
} EscNote;

typedef struct EscEdge {
	EscLoc *src;
	int derefs; /* >= -1 */
	EscNote *notes;
} EscEdge;

/* A location: a variable, an allocating expression or a temporary. */
struct EscLoc {
	Node *n;           /* expression site (allocation), or NULL */
	Obj *obj;          /* variable, or NULL */
	Func *curfn;       /* enclosing function */
	EscEdge *edges;    /* incoming edges */
	int nedges, capedges;
	int loopdepth;     /* loop depth at declaration */
	int result_index;  /* 1+index for results, 0 otherwise */

	int derefs;        /* walkOne: minimal derefs from the root (>= -1) */
	unsigned walkgen;
	EscLoc *dst;       /* walkOne: next step towards the root */
	int dst_edge;

	bool queued;
	bool escapes;      /* the address escapes: heap allocation */
	bool transient;    /* the address does not outlive the statement */
	Leaks param_esc;   /* parameters: the leak set */

	bool captured, reassigned, addrtaken;
	bool is_heap;      /* the batch's heapLoc */
	bool is_blank;     /* the batch's blankLoc */
	bool wrapper;      /* the closure record of a go/defer wrapper: never printed */
	Node *defn;        /* variables: the statement that defines it (x, y := ...) */
	Node *init;        /* variables: the initial value of x := e (for StaticValue) */
};

/* A hole: a context an expression's value flows into. */
typedef struct Hole {
	EscLoc *dst;
	int derefs;
	EscNote *notes;
	bool addrtaken;
} Hole;

typedef struct EscClosure {
	Hole k;
	Node *clo;         /* N_CLOSURE (or NULL for a go/defer wrapper) */
	Func *fn;          /* the literal's function */
	EscLoc **wrapvars; /* go/defer wrapper: the argument temporaries it captures */
	Pos *cvpos;        /* where each is captured (the call's `(` or the literal's `{`) */
	int nwrapvars;
} EscClosure;

/* Per-function state, in Func.esc. */
typedef enum { ESCF_UNKNOWN, ESCF_PLANNED, ESCF_STARTED, ESCF_TAGGED } EscFuncState;

typedef struct EscFunc {
	EscFuncState state;
	int visit_id;        /* SCC visitor */
	Leaks *tags;         /* after finish: [0] receiver, [1+i] param i */
	int ntemps;          /* escape's .autotmp_N temporaries made so far */
	int tc_temps;        /* gc typecheck's temporaries (f(g()) spreads) */
	int tc_temps_used;
	int ntags;
	EscLoc **results;    /* result locations, by index */
	int nresults;
	bool closure_called; /* a literal called where it appears */
	bool toplevel;       /* a literal in a package-level initialiser */
	bool wrapper;        /* esc_wrap.c: gc's generated wrapper, never diagnosed at -m=1 */
} EscFunc;

typedef struct EscBatch {
	EscLoc **all;
	int nall, capall;
	EscClosure *closures;
	int nclosures, capclosures;
	EscLoc heap, blank;
	int mflag;
} EscBatch;

/* The state of walking one function. */
typedef struct Esc {
	EscBatch *b;
	Func *curfn;
	int loopdepth;
	const char **looping; /* labels that head an unstructured loop */
	int nlooping, caplooping;
	Pos stmt_pos;         /* start of the simple statement being walked */
} Esc;

extern const Options *esc_opts;

EscFunc *esc_func(Func *f);
EscLoc *esc_new_loc(Esc *e, Node *n, Obj *obj, bool transient);
EscLoc *esc_old_loc(Obj *o);
Hole esc_hole(EscLoc *l);
Hole esc_heap_hole(Esc *e);
Hole esc_discard_hole(Esc *e);
Hole esc_note(Esc *e, Hole k, Node *where, const char *why);
Hole esc_shift(Hole k, int delta);
Hole esc_deref(Esc *e, Hole k, Node *where, const char *why);
Hole esc_addr(Esc *e, Hole k, Node *where, const char *why);
Hole esc_dot_type(Esc *e, Hole k, Type *t, Node *where, const char *why);
void esc_flow(EscBatch *b, Hole k, EscLoc *src);
Hole esc_tee(Esc *e, Hole *ks, int nks);
Hole esc_later(Esc *e, Hole k);
Hole esc_spill(Esc *e, Hole k, Node *n);

/* expr.go */
void esc_expr(Esc *e, Hole k, Node *n);
void esc_discard(Esc *e, Node *n);
void esc_discards(Esc *e, NodeList *l);
void esc_walk_closure(Esc *e, Hole k, Node *n);

/* stmt.go, assign.go */
void esc_walk_func(EscBatch *b, Func *fn);
void esc_stmt(Esc *e, Node *n);
void esc_block(Esc *e, Node *n);
bool esc_is_define(Node *as);
Hole esc_addr_of(Esc *e, Node *n);
void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where);
void esc_assign_list(Esc *e, Node **dsts, int ndst, Node **srcs, int nsrc, const char *why, Node *where);

/* call.go */
void esc_call(Esc *e, Hole *ks, int nks, Node *call);
void esc_go_defer(Esc *e, Node *n);
bool esc_in_mutual_batch(Func *fn);
void esc_devirtualize(Func *fn, bool mflag);
/* a devirtualized interface call: its method, dynamic type, embedded field path */
Obj *esc_devirt_info(Node *call, Type **typ, const char *const **steps, int *nsteps);
bool esc_nonname_callee(Node *call);
int esc_count_tc_temps(Node *n);
Obj *esc_tc_temp(Esc *e, Type *t, Pos pos, int index);
Node *esc_tmp_arg(Obj *tmp, Type *pt, Pos pos);
bool esc_as2_converts(Node *as2);

/* solve.go */
void esc_walk_all(EscBatch *b);
bool esc_outlives(EscLoc *l, EscLoc *other);
bool esc_contains_closure(Func *f, Func *c);
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes);
const char *esc_explain_loc(EscBatch *b, EscLoc *l);
Pos esc_loc_pos(EscLoc *l);
Node *esc_name_node(Obj *o, Pos pos);
void esc_fmt_mark_fixed(Node *call);
void esc_fmt_alias(Node *n, const char *name);

/* leaks.go: tags of a callee's receiver (pi == -1) or param pi */
Leaks esc_param_tag(Obj *fn, Func *f, int pi);
void esc_param_tags(EscBatch *b, Func *fn);
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs);

/* utils.go (esc_utils.c) */
const char *esc_heap_alloc_reason(Node *n, Obj *o);
bool esc_is_self_assign(Node *dst, Node *src);
void esc_bounds(Node *body, bool mflag);
bool esc_is_param(EscLoc *l);
bool esc_is_result(EscLoc *l);

/* esc_wrap.c: -m=2 lines of gc's interface method wrappers */
void esc_iface_wrappers(Program *prog);
void esc_batch_one(Func *fn); /* escape.c: analyse fn as a batch of its own */

/* fmt: gc's exprFmt / stmtFmt */
const char *esc_fmt_expr(Node *n);
const char *esc_fmt_stmt(Node *n);
const char *esc_fmt_loc_name(EscLoc *l);

#endif
