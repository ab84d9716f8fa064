/*
 * escape.c: escape analysis, as gc's src/cmd/compile/internal/escape.
 *
 * What it decides.  For every variable and every allocating expression
 * (new, &T{}, make, slice/map literals, closures, method values, boxing
 * interface conversions, the `...` slice, string conversions and `+`):
 * can it live in the stack frame of the function that creates it?  Two
 * invariants must hold: (1) no pointer to a stack object is stored in the
 * heap, and (2) no pointer to a stack object outlives the object (its frame
 * returned, or a loop iteration reuses its slot).
 *
 * How.  A static, flow-insensitive data-flow analysis (the files mirror gc's):
 *
 *   1. esc_graph.c   build a graph: a location per variable and allocation
 *      esc_expr.c    site; an edge per assignment, weighted by
 *      esc_stmt.c    derefs = #`*` - #`&`.  `x.f = u[0]` is just `x = *u`:
 *      esc_call.c    fields and elements are not distinguished.
 *   2. esc_solve.c   from every location, find the minimal derefs of every
 *                    path into it; if &l reaches something that outlives l,
 *                    l escapes (heap); a parameter reaching the heap or a
 *                    result records a leak.
 *   3. esc_leaks.c   summarise each function as parameter tags, which its
 *                    callers use at their call sites (interprocedural).
 *
 * Worked example:
 *
 *   func f(p *int) *int { x := 1; q := &x; g = q; return p }
 *
 * gives edges  q <-(-1)- x,  heap <-(0)- q,  ~r0 <-(0)- p.  Walking from the
 * heap reaches q at 0 and x at -1: &x reaches the heap, so x is "moved to
 * heap".  Walking from ~r0 reaches p at 0: "leaking param: p to result ~r0
 * level=0".
 *
 * Order.  Functions are analysed bottom-up over the static call graph
 * (Tarjan's SCCs, gc's ir.VisitFuncsBottomUp), callees first, otherwise in
 * declaration order.  A func literal is analysed with its enclosing
 * function.  Mutually recursive functions share one batch.  -m lines are
 * printed per batch as gc prints them (escape-reference.md §2.5): walk-time
 * lines, then the parameter lines of every function of the batch, then one
 * line per location in creation order.
 *
 * Around the batches, as gc's pipeline does: devirtualize first (an
 * interface call on a local that surely holds a concrete T becomes a call of
 * T's method; its "devirtualizing" lines print before all others), then the
 * batches, then the package's generated init (package-level initialisers
 * that are not static data), at -m=2 the generated wrappers' explanations
 * (esc_wrap.c: (*T).M for value methods, I.M for interface methods), then
 * walk's "index bounds check elided" lines.
 * gc's typecheck rewrites that change what -m prints are mirrored without
 * touching the IR: f(g()) and f()(...) through numbered .autotmp_N
 * temporaries, go/defer calls through a wrapper whose record captures
 * copies of the arguments, and dead branches of constant ifs are skipped.
 *
 * Debugging the decisions: GOFRONT_ESC_FORCE_STACK=LINE keeps everything
 * declared on LINE on the stack, right or wrong (the -m report is unchanged);
 * `gofront build -d checkescape` (gen_poison.c) must then catch the dangling
 * pointer: testdata/poison/, `make check-escape`.
 *
 * Requires: check and lower (Obj.captured, Func.cvars, Func.closures...).
 * Guarantees: Node.esc on every analysed allocation site (sites in dead code
 * and in static package data stay ESC_UNKNOWN, which gen treats as heap),
 * Obj.esc on every local variable and parameter, Obj.byval on captured
 * variables, Node.bounded on array indexes walk proves in range.
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "parse.h"

const Options *esc_opts;


/* ---- batches ---- */

/* How many temporaries gc's typecheck makes in fn's body for f(g()). */
int esc_count_tc_temps(Node *n)
{
	if (!n || n->op == N_CLOSURE)
		return 0;
	int c = 0;
	if ((n->op == N_CALLFUNC || n->op == N_CALLMETH || n->op == N_CALLINTER ||
	     n->op == N_CALLVALUE) && n->list.len >= 1) {
		Node *a = n->list.v[n->list.len - 1];
		if (a && a->type && a->type->kind == TY_TUPLE && !a->is_commaok &&
		    (a->op == N_CALLFUNC || a->op == N_CALLMETH || a->op == N_CALLINTER ||
		     a->op == N_CALLVALUE))
			c += a->type->fields.len;
	}
	if (esc_nonname_callee(n))
		c++;
	if (n->op == N_AS2 && esc_as2_converts(n))
		c += n->rlist.v[0]->type->fields.len;
	if (n->op == N_RETURN && n->list.len == 1 && n->list.v[0] && n->list.v[0]->type &&
	    n->list.v[0]->type->kind == TY_TUPLE && n->list.v[0]->type->fields.len > 1)
		c += n->list.v[0]->type->fields.len; /* return f(): esc_stmt.c's ret */
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		c += esc_count_tc_temps(kids[i]);
	for (int i = 0; i < n->list.len; i++)
		c += esc_count_tc_temps(n->list.v[i]);
	for (int i = 0; i < n->rlist.len; i++)
		c += esc_count_tc_temps(n->rlist.v[i]);
	return c;
}

/* initFunc: locations for every variable of fn, in declaration order. */
static void init_func(EscBatch *b, Func *fn)
{
	Esc e = {.b = b, .curfn = fn, .loopdepth = 1};
	EscFunc *ef = esc_func(fn);
	ef->state = ESCF_PLANNED;
	ef->tc_temps = esc_count_tc_temps(fn->body);
	for (int i = 0; i < fn->ndcl; i++) {
		Obj *o = fn->dcl[i];
		if (o->kind != OBJ_VAR || (o->owner && o->owner != fn))
			continue;
		o->esc_loc = NULL;
		esc_new_loc(&e, NULL, o, false);
	}
	int nres = fn->type && fn->type->kind == TY_FUNC ? fn->type->results.len : 0;
	ef->nresults = nres;
	ef->results = xmalloc(sizeof(EscLoc *) * (size_t)(nres + 1));
	for (int i = 0; i < fn->ndcl; i++) {
		Obj *o = fn->dcl[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_RESULT && o->index >= 0 && o->index < nres &&
		    o->esc_loc)
			ef->results[o->index] = o->esc_loc;
	}
	for (int i = 0; i < nres; i++) {
		if (!ef->results[i]) {
			/* an unnamed result: gc names it ~r<i> */
			Obj *o = xmalloc(sizeof(Obj));
			o->kind = OBJ_VAR;
			o->name = xprintf("~r%d", i);
			o->pos = fn->pos;
			o->type = fn->type->results.v[i].type;
			o->vclass = VC_RESULT;
			o->owner = fn;
			o->index = i;
			ef->results[i] = esc_new_loc(&e, NULL, o, false);
		}
		ef->results[i]->result_index = 1 + i;
	}
}

/* Where the closure variable for o sits in a literal's body: its first
 * use, or the nested literal that first uses it (gc creates the capture
 * there).  NULL when o is not used. */
static Node *first_use(Node *n, Obj *o)
{
	if (!n)
		return NULL;
	if (n->op == N_NAME && n->obj == o)
		return n;
	if (n->op == N_CLOSURE) {
		if (n->func_ && first_use(n->func_->body, o))
			return esc_name_node(o, n->pos);
		return NULL;
	}
	/* gc's noder translates an assignment's right side first */
	bool rhs_first = n->op == N_AS || n->op == N_ASOP || n->op == N_AS2;
	Node *kids[] = {n->init, rhs_first ? n->right : n->left, rhs_first ? n->left : n->right,
	                n->cond, n->post, n->key, n->value};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) {
		Node *r = first_use(kids[i], o);
		if (r)
			return r;
	}
	NodeList *l1 = rhs_first ? &n->rlist : &n->list, *l2 = rhs_first ? &n->list : &n->rlist;
	for (int i = 0; i < l1->len; i++) {
		Node *r = first_use(l1->v[i], o);
		if (r)
			return r;
	}
	for (int i = 0; i < l2->len; i++) {
		Node *r = first_use(l2->v[i], o);
		if (r)
			return r;
	}
	Node *r = first_use(n->body, o);
	return r ? r : first_use(n->els, o);
}

/* flowClosure: captured variables flow into the closure record, by value
 * (small, never reassigned, address never taken) or by reference. */
static void flow_closure(EscBatch *b, EscClosure *c)
{
	Esc e = {.b = b, .curfn = c->fn, .loopdepth = 1};
	if (!c->fn) {
		/* a go/defer wrapper: its argument temporaries */
		for (int i = 0; i < c->nwrapvars; i++) {
			EscLoc *loc = c->wrapvars[i];
			Obj *cv = loc->obj;
			long width = cv ? types_size(cv->type) : 8;
			bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
			if (cv)
				cv->byval = byval;
			if (b->mflag > 1 && cv)
				diag_m(cv->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%ld)",
				       loc->curfn ? loc->curfn->name : "?", byval ? "value" : "ref", cv->name,
				       loc->addrtaken ? "true" : "false", loc->reassigned ? "true" : "false",
				       width);
			Hole k = c->k;
			Node *use = b->mflag > 1 && cv ? esc_name_node(cv, c->cvpos[i]) : NULL;
			if (!byval)
				k = esc_addr(&e, k, use, "reference");
			esc_flow(b, esc_note(&e, k, use, "captured by a closure"), loc);
		}
		return;
	}
	Func *fn = c->fn;
	for (int i = 0; i < fn->ncvars; i++) {
		Obj *cv = fn->cvars[i];
		EscLoc *loc = esc_old_loc(cv);
		long width = types_size(cv->type);
		cv->byval = !loc->addrtaken && !loc->reassigned && width <= 128;
		if (b->mflag > 1)
			diag_m(cv->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%ld)",
			       cv->owner ? cv->owner->name : "?", cv->byval ? "value" : "ref", cv->name,
			       loc->addrtaken ? "true" : "false", loc->reassigned ? "true" : "false",
			       width);
		Hole k = c->k;
		Node *use = b->mflag > 1 ? first_use(fn->body, cv) : NULL;
		if (!cv->byval)
			k = esc_addr(&e, k, use, "reference");
		esc_flow(b, esc_note(&e, k, use, "captured by a closure"), loc);
	}
}

/* GOFRONT_ESC_FORCE_STACK=LINE (a debug switch, to test `-d checkescape`): every
 * location declared on source line LINE is kept on the stack, right or wrong.  The -m
 * report is not affected. */
static bool force_stack(EscLoc *loc)
{
	static int line = -1;
	if (line < 0) {
		const char *env = getenv("GOFRONT_ESC_FORCE_STACK");
		line = env ? atoi(env) : 0;
	}
	Pos p = loc->obj ? loc->obj->pos : loc->n->pos;
	return line > 0 && p.line == line;
}

static void finish(EscBatch *b, Func **fns, int nfns)
{
	for (int i = 0; i < nfns; i++)
		esc_param_tags(b, fns[i]);
	for (int i = 0; i < b->nall; i++) {
		EscLoc *loc = b->all[i];
		if (!loc->n && !loc->obj)
			continue;
		if (loc->escapes) {
			if (loc->obj) {
				if (b->mflag)
					diag_m(loc->obj->pos, "moved to heap: %s", loc->obj->name);
				loc->obj->esc = ESC_HEAP;
			} else {
				if (b->mflag && !loc->wrapper)
					diag_m(loc->n->pos, "%s escapes to heap", esc_fmt_expr(loc->n));
				loc->n->esc = ESC_HEAP;
			}
			if (force_stack(loc))
				*(loc->obj ? &loc->obj->esc : &loc->n->esc) = ESC_NONE;
		} else {
			if (loc->obj)
				loc->obj->esc = ESC_NONE;
			else {
				if (b->mflag && !loc->wrapper)
					diag_m(loc->n->pos, "%s does not escape", esc_fmt_expr(loc->n));
				loc->n->esc = ESC_NONE;
			}
		}
	}
}

static void batch(Func **fns, int nfns, bool recursive);

void esc_batch_one(Func *fn)
{
	batch(&fn, 1, false);
}

/* Analyse one batch: the functions of an SCC (recursive: mutually
 * recursive, so calls inside it use the callees' locations, not tags). */
static void batch(Func **fns, int nfns, bool recursive)
{
	(void)recursive; /* esc_in_mutual_batch() tells from the callee's state */
	EscBatch b = {0};
	b.heap.escapes = true;
	b.heap.is_heap = true;
	b.blank.is_blank = true;
	b.mflag = esc_opts ? esc_opts->mflag : 0;

	for (int i = 0; i < nfns; i++)
		init_func(&b, fns[i]);
	for (int i = 0; i < nfns; i++)
		if (!fns[i]->is_lit)
			esc_walk_func(&b, fns[i]);
	for (int i = 0; i < b.nclosures; i++)
		flow_closure(&b, &b.closures[i]);

	Esc e = {.b = &b, .loopdepth = 1};
	for (int i = 0; i < b.nall; i++) {
		EscLoc *loc = b.all[i];
		const char *why = esc_heap_alloc_reason(loc->n, loc->obj);
		if (why) {
			Node *where = loc->n ? loc->n : esc_name_node(loc->obj, loc->obj->pos);
			esc_flow(&b, esc_addr(&e, esc_heap_hole(&e), where, why), loc);
		}
	}

	esc_walk_all(&b);
	finish(&b, fns, nfns);
}

/* ---- gc's ir.VisitFuncsBottomUp: Tarjan's SCCs over static references ---- */

typedef struct Visitor {
	unsigned visitgen;
	Func **stack;
	int nstack, capstack;
} Visitor;

static unsigned visit(Visitor *v, Func *fn);

static Func *referenced_func(Node *n)
{
	Obj *o = NULL;
	switch (n->op) {
	case N_NAME:
	case N_METHVALUE:
	case N_METHEXPR:
		o = n->obj;
		break;
	default:
		return NULL;
	}
	if (!o || o->kind != OBJ_FUNC || o->pkg || !o->func_)
		return NULL;
	return o->func_;
}

static void visit_refs(Visitor *v, Node *n, unsigned *min)
{
	if (!n)
		return;
	Func *g = referenced_func(n);
	if (g) {
		unsigned m = visit(v, g);
		if (m < *min)
			*min = m;
	}
	if (n->op == N_CLOSURE && n->func_) {
		unsigned m = visit(v, n->func_);
		if (m < *min)
			*min = m;
	}
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		visit_refs(v, kids[i], min);
	for (int i = 0; i < n->list.len; i++)
		visit_refs(v, n->list.v[i], min);
	for (int i = 0; i < n->rlist.len; i++)
		visit_refs(v, n->rlist.v[i], min);
	visit_refs(v, n->body, min);
	visit_refs(v, n->els, min);
}

static unsigned visit(Visitor *v, Func *fn)
{
	EscFunc *ef = esc_func(fn);
	if (ef->visit_id > 0)
		return (unsigned)ef->visit_id;
	unsigned id = ++v->visitgen;
	ef->visit_id = (int)id;
	unsigned min = ++v->visitgen;
	if (v->nstack == v->capstack) {
		v->capstack = v->capstack ? 2 * v->capstack : 16;
		v->stack = xrealloc(v->stack, sizeof(Func *) * (size_t)v->capstack);
	}
	v->stack[v->nstack++] = fn;

	visit_refs(v, fn->body, &min);

	if ((min == id || min == id + 1) && !fn->is_lit) {
		bool recursive = min == id;
		int i;
		for (i = v->nstack - 1; i >= 0; i--) {
			esc_func(v->stack[i])->visit_id = 0x7fffffff;
			if (v->stack[i] == fn)
				break;
		}
		int n = v->nstack - i;
		Func **block = xmalloc(sizeof(Func *) * (size_t)n);
		memcpy(block, v->stack + i, sizeof(Func *) * (size_t)n);
		v->nstack = i;
		batch(block, n, recursive);
	}
	return min;
}

static bool needs_init_code(Node *n)
{
	if (!n)
		return false;
	switch (n->op) {
	case N_CALLFUNC:
	case N_CALLMETH:
	case N_CALLINTER:
	case N_CALLVALUE:
	case N_NEW:
	case N_MAKESLICE:
	case N_MAKEMAP:
	case N_MAKECHAN:
	case N_MAPLIT:
	case N_ADDSTR:
	case N_BYTES2STR:
		return true;
	case N_STR2BYTES:
	case N_STR2RUNES:
		/* []byte("const") and []rune("const") are static data */
		return !(n->left && n->left->op == N_CONST);
	case N_RUNES2STR:
	case N_RUNE2STR:
	case N_RECV:
	case N_METHVALUE:
		return true;
	case N_BUILTIN:
		return n->builtin != BI_LEN && n->builtin != BI_CAP;
	case N_CLOSURE:
		return false;
	default:
		break;
	}
	Node *kids[] = {n->left, n->right};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (needs_init_code(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (needs_init_code(n->list.v[i]))
			return true;
	for (int i = 0; i < n->rlist.len; i++)
		if (needs_init_code(n->rlist.v[i]))
			return true;
	return false;
}

/* The func literals in n, not those nested in them. */
static void collect_top_lits(Node *n, Func ***v, int *len, int *cap)
{
	if (!n)
		return;
	if (n->op == N_CLOSURE && n->func_) {
		if (*len == *cap) {
			*cap = *cap ? 2 * *cap : 4;
			*v = xrealloc(*v, sizeof(Func *) * (size_t)*cap);
		}
		(*v)[(*len)++] = n->func_;
		return;
	}
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		collect_top_lits(kids[i], v, len, cap);
	for (int i = 0; i < n->list.len; i++)
		collect_top_lits(n->list.v[i], v, len, cap);
	for (int i = 0; i < n->rlist.len; i++)
		collect_top_lits(n->rlist.v[i], v, len, cap);
}

/* gc's staticinit.AnySideEffects */
static bool any_side_effects(Node *n)
{
	if (!n)
		return false;
	switch (n->op) {
	case N_NAME:
	case N_TYPE:
	case N_CONST:
	case N_ADDSTR:
	case N_ADDR:
	case N_LOGIC:
	case N_BYTES2STR:
	case N_RUNES2STR:
	case N_STR2BYTES:
	case N_STR2RUNES:
	case N_RUNE2STR:
	case N_MAPLIT:
	case N_STRUCTLIT:
	case N_ARRAYLIT:
	case N_SLICELIT:
	case N_PTRLIT:
	case N_CONV:
	case N_CONVIFACE:
	case N_CONVNOP:
	case N_DOT:
	case N_CMP:
	case N_KEYVALUE:
	case N_NEW:
	case N_NOT:
	case N_COM:
	case N_PLUS:
	case N_NEG:
		break;
	case N_ARITH:
		if (n->op_tok == T_QUO || n->op_tok == T_REM)
			return true; /* may panic */
		break;
	case N_BUILTIN:
		if (n->builtin != BI_LEN && n->builtin != BI_CAP && n->builtin != BI_REAL &&
		    n->builtin != BI_IMAG && n->builtin != BI_COMPLEX)
			return true;
		break;
	default:
		return true;
	}
	Node *kids[] = {n->left, n->right};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (any_side_effects(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (any_side_effects(n->list.v[i]))
			return true;
	return false;
}

/* The package-level initialisers that need code run as gc's generated
 * "init" function, analysed last. */
/* gc's staticinit lays composite literals out as static data and leaves
 * only their dynamic parts to init code (`g.f = call()`): split e into
 * those parts, each stored into global g. */
static void dynamic_parts(Node *body, Node *dst, Node *e)
{
	if (!e)
		return;
	switch (e->op) {
	case N_PTRLIT:
	case N_CONVIFACE:
	case N_CONVNOP:
		dynamic_parts(body, dst, e->left);
		return;
	case N_STRUCTLIT:
	case N_ARRAYLIT:
	case N_SLICELIT:
		for (int i = 0; i < e->list.len; i++) {
			Node *el = e->list.v[i];
			dynamic_parts(body, dst, el && el->op == N_KEYVALUE ? el->right : el);
		}
		return;
	default:
		if (needs_init_code(e)) {
			Node *as = xmalloc(sizeof(Node));
			as->op = N_AS;
			as->pos = e->pos;
			as->left = dst;
			as->right = e;
			as->implicit = true;
			nodelist_push(&body->list, as);
		}
	}
}

/* The package-level initialisers that need code run in gc's generated
 * "init" function, analysed last. */
static void package_init(Program *prog)
{
	Node *body = xmalloc(sizeof(Node));
	body->op = N_BLOCK;
	for (int i = 0; i < prog->inits.len; i++) {
		Node *s = prog->inits.v[i];
		if (!s || !needs_init_code(s))
			continue;
		if (s->op == N_AS && !s->left && !any_side_effects(s->right))
			continue; /* `var _ = e` without side effects is dropped */
		if (s->op == N_AS && s->left) {
			int before = body->list.len;
			dynamic_parts(body, s->left, s->right);
			/* `var g = e` as a whole: gc's assignment is at the name */
			if (body->list.len == before + 1 && body->list.v[before]->right == s->right)
				body->list.v[before]->pos = s->left->pos;
		}
		else
			nodelist_push(&body->list, s);
	}
	if (body->list.len == 0)
		return;
	Func *init = xmalloc(sizeof(Func));
	init->name = "init";
	init->body = body;
	init->type = types_new(TY_FUNC);
	Func *fns[1] = {init};
	batch(fns, 1, false);
}

/* Func literals in package-level initialisers are compiled as top-level
 * functions (gc's glob..func1): each is its own batch, in declaration
 * order, and the literal itself is static data (no location). */
static void static_init_closures(Visitor *v, Program *prog, Node *spec)
{
	for (int i = 0; i < prog->inits.len; i++) {
		Node *s = prog->inits.v[i];
		if (!s || s->orig != spec)
			continue;
		Func **lits = NULL;
		int n = 0, cap = 0;
		collect_top_lits(s, &lits, &n, &cap);
		for (int j = 0; j < n; j++) {
			esc_func(lits[j])->toplevel = true;
			lits[j]->is_lit = false; /* a root of its own batch */
			visit(v, lits[j]);
			lits[j]->is_lit = true;
		}
		free(lits);
	}
}

void escape_program(Program *prog, const Options *opts)
{
	esc_opts = opts;
	bool mflag = opts && opts->mflag;
	/* devirtualize first: gc prints its lines before any escape line */
	if (prog->file) {
		for (int i = 0; i < prog->file->list.len; i++) {
			Node *d = prog->file->list.v[i];
			if (d && d->op == N_FUNCDECL && d->func_ && d->func_->body)
				esc_devirtualize(d->func_, mflag);
		}
	} else {
		for (int i = 0; i < prog->nfuncs; i++)
			esc_devirtualize(prog->funcs[i], mflag);
	}
	Visitor v = {0};
	/* declaration order, bodyless declarations included (they print
	 * their parameters' lines too) */
	bool seen_file = false;
	if (prog->file)
		for (int i = 0; i < prog->file->list.len; i++) {
			Node *d = prog->file->list.v[i];
			if (d && d->op == N_FUNCDECL && d->func_ && !d->func_->is_lit) {
				seen_file = true;
				visit(&v, d->func_);
			} else if (d && d->op == N_VARDECL) {
				static_init_closures(&v, prog, d);
			}
		}
	for (int i = 0; i < prog->nfuncs; i++)
		if (!prog->funcs[i]->is_lit && (!seen_file || !prog->funcs[i]->esc))
			visit(&v, prog->funcs[i]);
	package_init(prog);

	/* gc's interface method wrappers: after every function (-m=2 only) */
	if (opts && opts->mflag >= 2)
		esc_iface_wrappers(prog);

	/* walk runs after escape analysis: its -m lines come last */
	if (prog->file) {
		for (int i = 0; i < prog->file->list.len; i++) {
			Node *d = prog->file->list.v[i];
			if (d && d->op == N_FUNCDECL && d->func_ && d->func_->body)
				esc_bounds(d->func_->body, mflag);
		}
	}
}
