/*
 * gen_defer.c: defer statements, panics that unwind through them, recover.
 *
 * Only functions that contain a defer statement (not counting nested func
 * literals) pay anything; the others are generated exactly as before.  In
 * such a function:
 *
 *   entry    `if (_setjmp(jb) != 0) { gort_defer_landed(); goto exit; }`
 *            jb is a 200-byte local, the frame's landing point: when a
 *            deferred call recovers a panic, the runtime (runtime/defer.c)
 *            longjmps here, and the function "returns normally".  GCC sees
 *            `_setjmp` by name as returns-twice and keeps the values live
 *            across it in memory, so the result slots read after the jump
 *            are the ones the deferred calls set.
 *   defer    `defer f(x)` evaluates f and x now into a thunk (the one go
 *            statements use, gen_go.c) and fills a GoDefer record (gort.h)
 *            {code, arg, frame = &jb, fnid}, in the frame -- or on the heap
 *            when the defer is inside a loop (Node.loopdepth > 1), as the
 *            escape pass reports -- and gort_defer_push links it into the
 *            goroutine's chain.
 *   return   stores its values in the result slots (the named results, or
 *            hidden temporaries; all evaluated first) and jumps to the one
 *            exit block, which calls gort_deferreturn(jb) -- run this
 *            frame's records, newest first -- then returns the slots.  So a
 *            deferred closure that assigns a named result changes what the
 *            caller gets, on a normal return and after a recovery alike.
 *
 * fnid is the entry address of the function the deferred call reaches
 * directly: the named function or method, the func value's code (a
 * literal's own function, or the wrapper of a function used as a value), or
 * the method an interface call resolved to.  A function that contains
 * recover() calls gort_recover_claim(itself) on entry and keeps the answer
 * in a local; recover() is gort_recover(that local).  Wrappers in between
 * pass the claim on (gen_defer_wrapper).  runtime/defer.c explains why this
 * lets recover() stop a panic only when called directly by the deferred
 * function.
 *
 * Deferred builtins get thunks of their own: close(c) and panic(v) one
 * shared thunk each (the value is evaluated at the defer), recover() a
 * thunk that does nothing (called by the panic itself, not by a deferred
 * function, it stops nothing), print/println a thunk per statement that
 * prints the values saved at the defer.
 */
#include <string.h>

#include "gen.h"

enum { JMPBUF_WORDS = 25, DREC_FIELDS = 7 };

/* Does the body contain a node satisfying pred (outside nested literals)? */
static bool contains(Node *n, bool (*pred)(Node *))
{
	if (!n)
		return false;
	if (pred(n))
		return true;
	if (n->op == N_CLOSURE)
		return false;
	Node *kids[] = {n->left, n->right, n->init, n->cond, n->post, n->body, n->els, n->key, n->value};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (kids[i] && contains(kids[i], pred))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (contains(n->list.v[i], pred))
			return true;
	for (int i = 0; i < n->rlist.len; i++)
		if (contains(n->rlist.v[i], pred))
			return true;
	return false;
}

static bool is_defer(Node *n) { return n->op == N_DEFER; }
static bool is_recover(Node *n) { return n->op == N_BUILTIN && n->builtin == BI_RECOVER; }

/* The runtime entry points and the record type, declared once per program. */
static void declare(Gen *g)
{
	if (g->rt_defer_push)
		return;
	gcc_jit_context *c = g->ctx;
	gcc_jit_type *vp = g->t_voidp;
	g->rt_defer_push = gen_import(g, "gort_defer_push", g->t_void, 1, &vp);
	g->rt_deferreturn = gen_import(g, "gort_deferreturn", g->t_void, 1, &vp);
	g->rt_defer_landed = gen_import(g, "gort_defer_landed", g->t_void, 0, NULL);
	/* by this name GCC treats it as returns-twice (special_function_p) */
	g->rt_setjmp = gen_import(g, "_setjmp", g->t_cint, 1, &vp);
	gcc_jit_type *two[2] = {vp, vp};
	g->rt_recover_claim = gen_import(g, "gort_recover_claim", vp, 2, two);
	g->rt_recover = gen_import(g, "gort_recover", g->t_iface, 1, &vp);
	g->rt_recover_forward = gen_import(g, "gort_recover_forward", g->t_void, 2, two);
	static const char *names[DREC_FIELDS] = {"link", "code", "arg", "frame", "fnid", "panic", "started"};
	g->drec = gcc_jit_context_new_opaque_struct(c, NULL, "GoDefer");
	for (int i = 0; i < DREC_FIELDS; i++)
		g->drec_f[i] = gcc_jit_context_new_field(c, NULL, i == DREC_FIELDS - 1 ? g->t_i64 : vp, names[i]);
	gcc_jit_struct_set_fields(g->drec, NULL, DREC_FIELDS, g->drec_f);
	gen_note_size(g, gcc_jit_struct_as_type(g->drec), DREC_FIELDS * 8);
	g->t_jmpbuf = gcc_jit_context_new_array_type(c, NULL, g->t_u64, JMPBUF_WORDS);
	gen_note_size(g, g->t_jmpbuf, JMPBUF_WORDS * 8);
}

static gcc_jit_rvalue *fnaddr(Gen *g, gcc_jit_function *f)
{
	return gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(f, NULL), g->t_voidp);
}

/* functions with recover(): claim the deferred call that reached us */
static void setup_recover(Gen *g, Func *f)
{
	gcc_jit_rvalue *args[2] = {fnaddr(g, g->fn), gcc_jit_context_null(g->ctx, g->t_voidp)};
	g->rmine = gen_temp(g, g->t_voidp, "recover.mine");
	g->rmine_fn = f;
	gen_assign(g, g->rmine, gen_call(g, g->rt_recover_claim, 2, args, f->pos), f->pos);
}

/* Wrappers (a function used as a func value, a method value, a method
 * table's entry) are glue between the deferred call and the function: when
 * the target contains recover(), the wrapper's entry hands the panic's call
 * on to it, gort_recover_forward(wrapper, target). */
void gen_defer_wrapper(Gen *g, gcc_jit_function *w, gcc_jit_block *b, gcc_jit_function *target)
{
	if (!g->recoverers) {
		g->recoverers = xmalloc(sizeof *g->recoverers * (g->prog->nfuncs + 1));
		for (int i = 0; i < g->prog->nfuncs; i++) {
			Func *f = g->prog->funcs[i];
			if (f->body && contains(f->body, is_recover))
				g->recoverers[g->nrecoverers++] = gen_funcinfo(g, f)->fn;
		}
	}
	for (int i = 0; i < g->nrecoverers; i++)
		if (g->recoverers[i] == target) {
			declare(g);
			gcc_jit_rvalue *args[2] = {fnaddr(g, w), fnaddr(g, target)};
			gcc_jit_block_add_eval(b, NULL, gen_new_call(g, NULL, g->rt_recover_forward, 2, args));
			return;
		}
}

/* At the start of a body: the landing point, the result slots, the exit block. */
void gen_defer_setup(Gen *g, Func *f)
{
	g->exitb = NULL;
	g->rmine = NULL;
	bool defers = f->body && contains(f->body, is_defer);
	bool recovers = f->body && contains(f->body, is_recover);
	if (!defers && !recovers)
		return;
	declare(g);
	if (recovers)
		setup_recover(g, f);
	if (!defers)
		return;
	Type *sig = g->fi->sig;
	int nres = sig ? sig->results.len : 0;
	g->nslots = nres;
	g->slots = xmalloc(sizeof *g->slots * (nres + 1));
	for (int i = 0; i < nres; i++)
		g->slots[i] = NULL;
	for (int i = 0; i < f->ndcl; i++) {
		Obj *o = f->dcl[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_RESULT && o->index >= 0 && o->index < nres &&
		    strcmp(o->name, "_") != 0 && o->name[0] != '~')
			g->slots[o->index] = gen_var(g, o, f->pos);
	}
	for (int i = 0; i < nres; i++)
		if (!g->slots[i]) {
			g->slots[i] = gen_temp(g, gen_type(g, sig->results.v[i].type), "result");
			gen_assign(g, g->slots[i], gen_zero(g, sig->results.v[i].type), f->pos);
		}
	/* A slot stored after _setjmp and read after the longjmp must live in
	 * memory at every call (C leaves non-volatile locals indeterminate
	 * there; gcc -O2 keeps `val = 2; f()` in a register).  Handing each
	 * slot's address to an opaque asm makes it escape: gcc then stores it
	 * before each call, which is where a panic can leave from. */
	for (int i = 0; i < nres; i++) {
		gcc_jit_location *sl = gen_loc(g, f->pos);
		gcc_jit_rvalue *addr = gen_save(g, gen_cast(g, gcc_jit_lvalue_get_address(g->slots[i], sl),
		                                                g->t_voidp, f->pos), f->pos);
		gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(gen_cur(g), sl, "");
		gcc_jit_extended_asm_set_volatile_flag(a, 1);
		gcc_jit_extended_asm_add_input_operand(a, NULL, "r", addr);
		gcc_jit_extended_asm_add_clobber(a, "memory");
	}
	g->exitb = gen_newblock(g, "exit");

	/* the landing point */
	gcc_jit_location *loc = gen_loc(g, f->pos);
	g->jbuf = gen_temp(g, g->t_jmpbuf, "jb");
	gcc_jit_rvalue *jb = gen_cast(g, gcc_jit_lvalue_get_address(g->jbuf, loc), g->t_voidp, f->pos);
	gcc_jit_rvalue *r = gen_call(g, g->rt_setjmp, 1, &jb, f->pos);
	gcc_jit_block *landed = gen_newblock(g, "landed"), *go = gen_newblock(g, "body.go");
	gcc_jit_block_end_with_conditional(
	    gen_cur(g), loc,
	    gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE, r, gen_intc(g, g->t_cint, 0)),
	    landed, go);
	gcc_jit_block_add_eval(landed, loc, gen_new_call(g, loc, g->rt_defer_landed, 0, NULL));
	gcc_jit_block_end_with_jump(landed, loc, g->exitb);
	g->block = go;
}

/* What the deferred call reaches first, given gen_call_thunk's code/arg. */
static gcc_jit_rvalue *call_fnid(Gen *g, Node *call, gcc_jit_rvalue *code, gcc_jit_rvalue *arg, Pos pos)
{
	gcc_jit_context *c = g->ctx;
	gcc_jit_type *vpp = gcc_jit_type_get_pointer(g->t_voidp);
	switch (call->op) {
	case N_CALLFUNC: case N_CALLMETH:
		return fnaddr(g, gen_objfunc(g, call->left->obj)->fn);
	case N_CALLVALUE:
		if (call->list.len == 0 && call->left->type->fields.len == 0 && call->left->type->results.len == 0)
			return gen_cast(g, code, g->t_voidp, pos); /* called directly, no thunk */
		/* the thunk's block starts with the func value: its record starts with the code */
		return gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
		    gcc_jit_context_new_cast(c, NULL,
		                             gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
		                                 gcc_jit_context_new_cast(c, NULL, arg, vpp), NULL)),
		                             vpp),
		    NULL));
	case N_CALLINTER:
		/* the block starts with the resolved method's code */
		return gcc_jit_lvalue_as_rvalue(
		    gcc_jit_rvalue_dereference(gcc_jit_context_new_cast(c, NULL, arg, vpp), NULL));
	default:
		return gcc_jit_context_null(c, g->t_voidp);
	}
}

/* A thunk void name(void *p) whose body calls f with *p (as `arg`, cast) or nothing. */
static gcc_jit_function *builtin_thunk(Gen *g, const char *name, gcc_jit_function *f, gcc_jit_type *argt,
                                       bool deref)
{
	gcc_jit_context *c = g->ctx;
	gcc_jit_param *p = gcc_jit_context_new_param(c, NULL, g->t_voidp, "p");
	gcc_jit_function *th = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_INTERNAL, g->t_void, name, 1, &p, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(th, "entry");
	bool sunb = g->unbudgeted;
	g->unbudgeted = true; /* run by the defer machinery, which is budgeted (gen_stack.c) */
	if (f) {
		gcc_jit_rvalue *a = gcc_jit_param_as_rvalue(p);
		if (deref)
			a = gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference(
			    gcc_jit_context_new_cast(c, NULL, a, gcc_jit_type_get_pointer(argt)), NULL));
		else
			a = gcc_jit_context_new_cast(c, NULL, a, argt);
		gcc_jit_block_add_eval(b, NULL, gen_new_call(g, NULL, f, 1, &a));
	}
	gcc_jit_block_end_with_void_return(b, NULL);
	g->unbudgeted = sunb;
	return th;
}

/* defer print/println/delete/copy(args): the non-constant arguments are
 * evaluated now into a block; a thunk made for this statement copies them
 * into its own locals, which stand in for the arguments (fake variables)
 * while the ordinary builtin code runs on them (constants stay as they are). */
static bool deferred_print(Gen *g, Node *n, gcc_jit_rvalue **code, gcc_jit_rvalue **arg)
{
	gcc_jit_context *c = g->ctx;
	Node *call = n->left;
	int na = call->list.len;
	gcc_jit_field **f = xmalloc(sizeof *f * (na + 1));
	gcc_jit_rvalue **vals = xmalloc(sizeof *vals * (na + 1));
	int nf = 0;
	for (int i = 0; i < na; i++) {
		Node *a = call->list.v[i];
		if (a->op == N_CONST)
			continue;
		vals[nf] = gen_save(g, gen_expr(g, a), n->pos);
		f[nf] = gcc_jit_context_new_field(c, NULL, gcc_jit_rvalue_get_type(vals[nf]), xprintf("a%d", nf));
		nf++;
	}
	if (nf == 0) /* a struct needs a field */
		f[nf++] = gcc_jit_context_new_field(c, NULL, g->t_i64, "unused");
	int id = g->ndesc++;
	/* an upper bound of the block's layout: each field starts by the
	 * previous one's end rounded to 8 */
	long size = 0;
	for (int i = 0; i < na; i++)
		if (call->list.v[i]->op != N_CONST) {
			long sz = types_size(call->list.v[i]->type);
			size += sz < 8 ? 8 : (sz + 7) / 8 * 8;
		}
	if (size == 0)
		size = 8;
	/* gen_alloc_bytes clears `size` bytes of a stack block: a trailing pad
	 * makes the local at least that big (the fields end within size, so
	 * the heap block of `size` bytes holds them) */
	gcc_jit_field **ff = xmalloc(sizeof *ff * (nf + 1));
	memcpy(ff, f, sizeof *ff * nf);
	ff[nf] = gcc_jit_context_new_field(c, NULL, gcc_jit_context_new_array_type(c, NULL, g->t_u8, (int)size), "pad");
	gcc_jit_type *bt = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(c, NULL, xprintf("goprintblock%d", id), nf + 1, ff));
	gcc_jit_rvalue *blk = gen_alloc_bytes(g, bt, size, types_array(types_ptr(ty_uint8), size / 8),
	                                      n->loopdepth <= 1 ? ESC_NONE : ESC_HEAP, n->pos);
	for (int i = 0, k = 0; i < na; i++)
		if (call->list.v[i]->op != N_CONST) {
			gen_assign(g, gcc_jit_rvalue_dereference_field(blk, NULL, f[k]), vals[k], n->pos);
			k++;
		}

	/* the thunk, generated with the Gen switched to it for a moment */
	gcc_jit_param *p = gcc_jit_context_new_param(c, NULL, g->t_voidp, "p");
	gcc_jit_function *th = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_INTERNAL, g->t_void,
	                                                    xprintf("go__defer_print%d", id), 1, &p, 0);
	gcc_jit_function *sfn = g->fn;
	Func *sfn_go = g->fn_go;
	gcc_jit_rvalue *sctx = g->ctxrec;
	gcc_jit_block *sblock = g->block;
	long sframe = g->frame;
	Func *fake = xmalloc(sizeof *fake);
	fake->name = "defer.print";
	bool sunb = g->unbudgeted;
	g->unbudgeted = true; /* run by the defer machinery, which is budgeted (gen_stack.c) */
	g->fn = th;
	g->fn_go = fake;
	g->ctxrec = NULL;
	g->block = gcc_jit_function_new_block(th, "entry");
	gcc_jit_rvalue *bp = gcc_jit_context_new_cast(c, NULL, gcc_jit_param_as_rvalue(p), gcc_jit_type_get_pointer(bt));
	Node *copy = xmalloc(sizeof *copy);
	*copy = *call;
	copy->list = (NodeList){0};
	for (int i = 0, k = 0; i < na; i++) {
		Node *a = call->list.v[i];
		if (a->op != N_CONST) {
			Obj *o = xmalloc(sizeof *o);
			o->kind = OBJ_VAR;
			o->name = xprintf("arg%d", k);
			o->type = a->type;
			o->vclass = VC_LOCAL;
			o->owner = fake;
			VarInfo *vi = xmalloc(sizeof *vi);
			vi->lv = gcc_jit_function_new_local(th, NULL, gcc_jit_rvalue_get_type(vals[k]), o->name);
			o->gen = vi;
			gcc_jit_block_add_assignment(g->block, NULL, vi->lv,
			                             gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(bp, NULL, f[k])));
			Node *name = ast_new(N_NAME, a->pos);
			name->obj = o;
			name->type = a->type;
			a = name;
			k++;
		}
		nodelist_push(&copy->list, a);
	}
	gen_builtin(g, copy);
	gcc_jit_block_end_with_void_return(gen_cur(g), NULL);
	g->fn = sfn;
	g->fn_go = sfn_go;
	g->ctxrec = sctx;
	g->block = sblock;
	g->frame = sframe;
	g->unbudgeted = sunb;
	*code = gcc_jit_function_get_address(th, NULL);
	*arg = gen_cast(g, blk, g->t_voidp, n->pos);
	return true;
}

/* defer close(c) / panic(v) / recover(): the value now, a fixed thunk later.
 * (A deferred recover() is not called by a deferred function: it returns
 * nil and stops nothing, as in gc.) */
static bool builtin_call(Gen *g, Node *n, gcc_jit_rvalue **code, gcc_jit_rvalue **arg)
{
	Node *call = n->left;
	gcc_jit_context *c = g->ctx;
	gen_hoist(g, call, false);
	switch (call->builtin) {
	case BI_CLOSE:
		if (!g->th_close)
			g->th_close = builtin_thunk(g, "go__defer_close", g->rt_closechan, g->t_voidp, false);
		*code = gcc_jit_function_get_address(g->th_close, NULL);
		*arg = gen_nilcheck(g, gen_cast(g, gen_expr(g, call->list.v[0]), g->t_voidp, n->pos), n->pos);
		/* (a nil channel panics when the deferred close runs, not here) */
		return true;
	case BI_PANIC: {
		if (!g->th_panic)
			g->th_panic = builtin_thunk(g, "go__defer_panic", g->rt_panic, g->t_iface, true);
		Node *x = call->list.v[0];
		gcc_jit_rvalue *v = gen_expr(g, x);
		if (x->type->kind != TY_INTERFACE)
			v = gen_iface_of(g, v, x->type, ESC_HEAP, n->pos);
		v = gen_save(g, v, n->pos);
		Type *words = types_array(types_ptr(ty_uint8), 2);
		gcc_jit_rvalue *box = gen_alloc_bytes(g, g->t_iface, 16, words,
		                                      n->loopdepth <= 1 ? ESC_NONE : ESC_HEAP, n->pos);
		gen_assign(g, gcc_jit_rvalue_dereference(box, NULL), v, n->pos);
		*code = gcc_jit_function_get_address(g->th_panic, NULL);
		*arg = gen_cast(g, box, g->t_voidp, n->pos);
		return true;
	}
	case BI_PRINT: case BI_PRINTLN:
	case BI_DELETE: case BI_COPY: /* the same: arguments now, the builtin in a thunk */
		return deferred_print(g, n, code, arg);
	case BI_RECOVER:
		if (!g->th_nop)
			g->th_nop = builtin_thunk(g, "go__defer_nop", NULL, NULL, false);
		*code = gcc_jit_function_get_address(g->th_nop, NULL);
		*arg = gcc_jit_context_null(c, g->t_voidp);
		return true;
	default:
		GEN_NOTSUP(g, n->pos, "defer with this builtin");
		return false;
	}
}

/* A func value that panics like a call of nil when called: a static record
 * {code} whose code ignores its arguments (once per context). */
static gcc_jit_rvalue *nil_func_record(Gen *g)
{
	static gcc_jit_context *ctx;
	static gcc_jit_lvalue *rec;
	if (ctx == g->ctx)
		return gcc_jit_lvalue_get_address(rec, NULL);
	gcc_jit_context *c = g->ctx;
	gcc_jit_param *p = gcc_jit_context_new_param(c, NULL, g->t_voidp, "ctx");
	gcc_jit_function *f = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_INTERNAL, g->t_void,
	                                                   "go__defer_nilfunc", 1, &p, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(f, "entry");
	gcc_jit_block_add_eval(b, NULL, gcc_jit_context_new_call(c, NULL, g->rt_panic_nil, 0, NULL)); /* deferred: budgeted */
	gcc_jit_block_end_with_void_return(b, NULL);
	gcc_jit_field *fl = gcc_jit_context_new_field(c, NULL, g->t_voidp, "code");
	gcc_jit_type *rt = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(c, NULL, "go_nilfunc_rec", 1, &fl));
	rec = gcc_jit_context_new_global(c, NULL, GCC_JIT_GLOBAL_INTERNAL, rt, "go__nilfunc_rec");
	gcc_jit_rvalue *code = gcc_jit_context_new_cast(c, NULL, gcc_jit_function_get_address(f, NULL), g->t_voidp);
	gcc_jit_global_set_initializer_rvalue(rec, gcc_jit_context_new_struct_constructor(c, NULL, rt, 1, &fl, &code));
	ctx = c;
	return gcc_jit_lvalue_get_address(rec, NULL);
}

/* defer fv(args) with a nil fv panics when the deferred call runs, not at
 * the defer (go1.19 test/defernil.go): evaluate fv first (Go's order: the
 * function value, then the arguments) and, when nil, defer a call of
 * nil_func_record instead; gen_call_thunk sees the value through a stand-in
 * node (a call whose value waits in Node.gen, taken once by gen_callexpr). */
static Node *defer_nil_func(Gen *g, Node *call, Pos pos)
{
	if (call->op != N_CALLVALUE || call->left->op == N_CLOSURE)
		return NULL;
	Node *fvn = call->left;
	gen_hoist(g, fvn, true);
	gcc_jit_rvalue *fv = gen_save(g, gen_cast(g, gen_expr(g, fvn), g->t_voidp, pos), pos);
	gcc_jit_rvalue *isnil = gcc_jit_context_new_comparison(g->ctx, NULL, GCC_JIT_COMPARISON_EQ, fv,
	                                                       gcc_jit_context_null(g->ctx, g->t_voidp));
	gcc_jit_lvalue *v = gen_temp(g, g->t_voidp, "deferfn");
	gen_assign(g, v, fv, pos);
	gcc_jit_block *yes = gen_newblock(g, "defer.nilfn"), *done = gen_newblock(g, "defer.fn");
	gcc_jit_block_end_with_conditional(gen_cur(g), NULL, isnil, yes, done);
	g->block = yes;
	gen_assign(g, v, gen_cast(g, nil_func_record(g), g->t_voidp, pos), pos);
	gen_jump(g, done, pos);
	g->block = done;
	Node *s = ast_new(N_CALLVALUE, fvn->pos);
	s->type = fvn->type;
	s->gen = gen_cast(g, gcc_jit_lvalue_as_rvalue(v), gen_type(g, fvn->type), pos);
	call->left = s;
	return fvn;
}

/* defer f(args): fill a record and push it. */
void gen_defer(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	if (!g->exitb) {
		diag_error(n->pos, "internal: defer outside a deferring function");
		return;
	}
	gcc_jit_rvalue *code, *arg;
	Node *fvn = n->left->op == N_BUILTIN ? NULL : defer_nil_func(g, n->left, n->pos);
	bool made = n->left->op == N_BUILTIN ? builtin_call(g, n, &code, &arg) : gen_call_thunk(g, n, &code, &arg);
	if (fvn)
		n->left->left = fvn; /* the stand-in's value is taken */
	if (!made)
		return;
	code = gen_save(g, gen_cast(g, code, g->t_voidp, n->pos), n->pos);
	arg = gen_save(g, gen_cast(g, arg, g->t_voidp, n->pos), n->pos);
	gcc_jit_rvalue *fnid = gen_save(g, call_fnid(g, n->left, code, arg, n->pos), n->pos);
	gcc_jit_type *rt = gcc_jit_struct_as_type(g->drec);
	gcc_jit_rvalue *d;
	if (n->loopdepth <= 1)
		d = gen_alloc_bytes(g, rt, DREC_FIELDS * 8, NULL, ESC_NONE, n->pos);
	else {
		/* words the collector must follow: a [7]*uint8's shape */
		Type *words = types_array(types_ptr(ty_uint8), DREC_FIELDS);
		d = gen_alloc_bytes(g, rt, DREC_FIELDS * 8, words, ESC_HEAP, n->pos);
	}
	gcc_jit_rvalue *jb = gen_cast(g, gcc_jit_lvalue_get_address(g->jbuf, loc), g->t_voidp, n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[1]), code, n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[2]), arg, n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[3]), jb, n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(d, loc, g->drec_f[4]), fnid, n->pos);
	gcc_jit_rvalue *dv = gen_cast(g, d, g->t_voidp, n->pos);
	gen_callstmt(g, g->rt_defer_push, 1, &dv, n->pos);
}

/* return vals: store them in the slots (all evaluated first), go to exit. */
void gen_defer_return(Gen *g, gcc_jit_rvalue **vals, int n, Pos pos)
{
	gcc_jit_rvalue **saved = xmalloc(sizeof *saved * (n + 1));
	for (int i = 0; i < n; i++)
		saved[i] = gen_save(g, vals[i], pos);
	for (int i = 0; i < n && i < g->nslots; i++)
		gen_assign(g, g->slots[i], saved[i], pos);
	gen_jump(g, g->exitb, pos);
}

/* The exit block: run this frame's records, then return the slots. */
void gen_defer_exit(Gen *g, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_context *c = g->ctx;
	gcc_jit_block *b = g->exitb;
	gcc_jit_rvalue *jb = gcc_jit_context_new_cast(c, loc, gcc_jit_lvalue_get_address(g->jbuf, loc), g->t_voidp);
	gcc_jit_block_add_eval(b, loc, gen_new_call(g, loc, g->rt_deferreturn, 1, &jb));
	int nres = g->nslots;
	if (g->fi->ret == g->t_void)
		gen_ret(g, b, loc, NULL);
	else if (nres == 1)
		gen_ret(g, b, loc, gcc_jit_lvalue_as_rvalue(g->slots[0]));
	else {
		gcc_jit_rvalue **vals = xmalloc(sizeof *vals * nres);
		for (int i = 0; i < nres; i++)
			vals[i] = gcc_jit_lvalue_as_rvalue(g->slots[i]);
		gen_ret(g, b, loc, gcc_jit_context_new_struct_constructor(c, loc, g->fi->ret, nres, NULL, vals));
	}
}

/* recover(): the claimed record (or NULL) decides. */
gcc_jit_rvalue *gen_recover(Gen *g, Node *n)
{
	declare(g);
	gcc_jit_rvalue *mine = g->rmine && g->rmine_fn == g->fn_go ? gcc_jit_lvalue_as_rvalue(g->rmine) : gcc_jit_context_null(g->ctx, g->t_voidp);
	return gen_save(g, gen_call(g, g->rt_recover, 1, &mine, n->pos), n->pos);
}
