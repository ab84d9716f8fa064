/*
 * gen_iface.c: interfaces with methods -- method tables, interface method
 * calls, "does type T implement interface I" for assertions and switches.
 *
 * Representation (runtime/gort.h): an interface value is {GoType *type,
 * void *data}; there are no itabs.  Each GoType descriptor lists the
 * methods of its type's method set, sorted by name, as {name, code}; the
 * code takes the data word first.  For a value method of T (data points at
 * a boxed T, or is the *T itself) the code is a wrapper that loads *data;
 * promoted methods (struct embedding) get wrappers that walk the embedding
 * path; a pointer method of *T is the method itself.
 *
 * A call i.M(args) finds M's code by name: each call site keeps a one-entry
 * cache {type, code} in two static words, so the lookup (gort_findmethod in
 * runtime/iface_sig.c) runs only when the dynamic type at
 * that site changes.  The cache assumes one thread runs Go code at a time.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ---- generated helpers ---- */

static gcc_jit_rvalue *rv(gcc_jit_lvalue *l) { return gcc_jit_lvalue_as_rvalue(l); }

/* The runtime's method-table lookups (runtime/iface_sig.c), imported once. */
static gcc_jit_function *findmethod_fn(Gen *g)
{
	if (!g->h_findmethod) {
		gcc_jit_type *ps[2] = {g->t_gotypep, g->t_charp};
		g->h_findmethod = gen_import(g, "gort_findmethod", g->t_voidp, 2, ps);
	}
	return g->h_findmethod;
}

static gcc_jit_function *implements_fn(Gen *g)
{
	if (!g->h_implements) {
		gcc_jit_type *ps[2] = {g->t_gotypep, g->t_gotypep};
		g->h_implements = gen_import(g, "gort_implements", g->t_bool, 2, ps);
	}
	return g->h_implements;
}

/* Does the dynamic type `have` (a GoType *) satisfy interface type it? */
gcc_jit_rvalue *gen_implements(Gen *g, gcc_jit_rvalue *have, Type *it, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	if (it->methods.len == 0)
		return gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE, have,
		                                      gcc_jit_context_null(g->ctx, g->t_gotypep));
	gcc_jit_rvalue *args[2] = {have, gen_desc(g, it)};
	return gen_call(g, implements_fn(g), 2, args, pos);
}

/* ---- interface method calls ---- */

gcc_jit_rvalue *gen_callinter(Gen *g, Node *n)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	Node *di = n->left;
	Type *sig = di->type;
	gcc_jit_rvalue *iv = gen_save(g, gen_expr(g, di->left), n->pos);
	gcc_jit_rvalue *tp = gen_save(g, gcc_jit_rvalue_access_field(iv, loc, g->f_if_type), n->pos);
	gcc_jit_rvalue *data = gen_save(g, gcc_jit_rvalue_access_field(iv, loc, g->f_if_data), n->pos);
	gen_panic_if(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, tp,
	                                               gcc_jit_context_null(g->ctx, g->t_gotypep)),
	             g->rt_panic_nil, 0, NULL, n->pos);
	gcc_jit_rvalue *code = gen_iface_code(g, tp, di->name, n->pos);
	gcc_jit_rvalue *fp = gen_save(g, gcc_jit_context_new_cast(g->ctx, loc, code, gen_fnptr(g, sig)), n->pos);
	int nargs;
	gcc_jit_rvalue **cargs = gen_call_args(g, n, 0, sig, 1, &data, &nargs);
	gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(g->ctx, loc, fp, nargs, cargs);
	if (gcc_jit_rvalue_get_type(call) == g->t_void) {
		gen_eval(g, call, n->pos);
		return NULL;
	}
	return gen_save(g, call, n->pos);
}

/* The code of method `name` of dynamic type tp (non-nil), through a one-entry
 * cache at this site. */
gcc_jit_rvalue *gen_iface_code(Gen *g, gcc_jit_rvalue *tp, const char *name, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	int id = g->ndesc++;
	gcc_jit_lvalue *ct = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, g->t_gotypep,
	                                                xprintf("go_icache_t%d", id));
	gcc_jit_lvalue *cf = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, g->t_voidp,
	                                                xprintf("go_icache_f%d", id));
	gcc_jit_lvalue *code = gen_temp(g, g->t_voidp, "icode");
	gcc_jit_block *hit = gen_newblock(g, "icache.hit"), *miss = gen_newblock(g, "icache.miss"),
	              *join = gen_newblock(g, "icall");
	gcc_jit_block_end_with_conditional(gen_cur(g), loc,
	                                   gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ, tp, rv(ct)),
	                                   hit, miss);
	gcc_jit_block_add_assignment(hit, loc, code, rv(cf));
	gcc_jit_block_end_with_jump(hit, loc, join);
	gcc_jit_rvalue *args[2] = {tp, gcc_jit_context_new_string_literal(g->ctx, name)};
	gcc_jit_block_add_assignment(miss, loc, code, gen_new_call(g, loc, findmethod_fn(g), 2, args));
	gcc_jit_block_add_assignment(miss, loc, ct, tp);
	gcc_jit_block_add_assignment(miss, loc, cf, rv(code));
	gcc_jit_block_end_with_jump(miss, loc, join);
	g->block = join;
	return rv(code);
}

/* ---- method sets ---- */

typedef struct MEntry {
	const char *name;
	Obj *m;
	int depth;
	int np;
	int path[8];      /* embedded field indexes from the outer struct inward */
	bool ptr[8];      /* that embedded field is a pointer (*E) */
	bool ambiguous;
} MEntry;

typedef struct MSet {
	MEntry *v;
	int n, cap;
} MSet;

static void mset_add(MSet *s, const char *name, Obj *m, int depth, int np, int *path, bool *ptr)
{
	for (int i = 0; i < s->n; i++) {
		if (strcmp(s->v[i].name, name) != 0)
			continue;
		if (s->v[i].depth < depth)
			return;
		if (s->v[i].depth == depth) {
			s->v[i].ambiguous = true;
			return;
		}
		s->v[i].depth = depth; /* shallower wins (cannot happen in our DFS order, kept for safety) */
		s->v[i].m = m;
		s->v[i].np = np;
		memcpy(s->v[i].path, path, sizeof(int) * (size_t)np);
		memcpy(s->v[i].ptr, ptr, sizeof(bool) * (size_t)np);
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->v = xrealloc(s->v, sizeof *s->v * s->cap);
	}
	MEntry *e = &s->v[s->n++];
	memset(e, 0, sizeof *e);
	e->name = name;
	e->m = m;
	e->depth = depth;
	e->np = np;
	memcpy(e->path, path, sizeof(int) * (size_t)np);
	memcpy(e->ptr, ptr, sizeof(bool) * (size_t)np);
}

/* Breadth by depth: declared methods first, then each embedding level. */
static void collect(MSet *s, Type *t, int depth, int maxdepth, int np, int *path, bool *ptr)
{
	if (depth == maxdepth) {
		if (t->sym && t->kind != TY_INTERFACE)
			for (int i = 0; i < t->methods.len; i++)
				if (t->methods.v[i].obj)
					mset_add(s, t->methods.v[i].name, t->methods.v[i].obj, depth, np, path, ptr);
		return;
	}
	if (t->kind != TY_STRUCT || np >= 8)
		return;
	for (int i = 0; i < t->fields.len; i++) {
		Field *f = &t->fields.v[i];
		if (!f->embedded)
			continue;
		Type *e = f->type;
		bool isptr = e->kind == TY_PTR;
		if (isptr)
			e = e->elem;
		path[np] = i;
		ptr[np] = isptr;
		collect(s, e, depth + 1, maxdepth, np + 1, path, ptr);
	}
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const MEntry *)a)->name, ((const MEntry *)b)->name);
}

/* wrapper(void *data, args...): the receiver found from data (a pointer to
 * the T value, or the value itself when T is pointer-shaped) through the
 * embedding path. */
static gcc_jit_rvalue *method_code(Gen *g, Type *t, MEntry *e, bool direct)
{
	for (int i = 0; i < g->nwrappers; i++)
		if (g->wrappers[i].t == t && g->wrappers[i].m == e->m && g->wrappers[i].direct == direct)
			return g->wrappers[i].code;
	FuncInfo *fi = gen_objfunc(g, e->m);
	Type *sig = e->m->type;
	int n = sig->fields.len + 1;
	gcc_jit_param **ps = xmalloc(sizeof *ps * (n + 1));
	gcc_jit_rvalue **args = xmalloc(sizeof *args * (n + 1));
	ps[0] = gcc_jit_context_new_param(g->ctx, NULL, g->t_voidp, "data");
	for (int i = 0; i < sig->fields.len; i++)
		ps[i + 1] = gcc_jit_context_new_param(g->ctx, NULL, gen_type(g, sig->fields.v[i].type), xprintf("a%d", i));
	gcc_jit_function *w = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, fi->ret,
	                                                   xprintf("go__method%d_%s", g->ndesc++, e->name), n, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(w, "entry");
	gen_defer_wrapper(g, w, b, fi->fn); /* recover() through the wrapper (gen_defer.c) */
	gcc_jit_rvalue *cur;
	gcc_jit_rvalue *data = gcc_jit_param_as_rvalue(ps[0]);
	if (direct) {
		gcc_jit_lvalue *tmp = gcc_jit_function_new_local(w, NULL, gen_type(g, t), "recv");
		gcc_jit_rvalue *slot = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_lvalue_get_address(tmp, NULL),
		                                                gcc_jit_type_get_pointer(g->t_voidp));
		gcc_jit_block_add_assignment(b, NULL, gcc_jit_rvalue_dereference(slot, NULL), data);
		cur = gcc_jit_lvalue_get_address(tmp, NULL);
	} else {
		cur = gcc_jit_context_new_cast(g->ctx, NULL, data, gen_ptrto(g, t));
		if (e->np == 0 && !e->m->ptr_recv && t->sym) {
			/* *T's wrapper of a value method with a nil *T: gc's panicwrap
			 * message (in T's own table data is never nil) */
			static gcc_jit_context *pw_ctx;
			static gcc_jit_function *pw;
			if (pw_ctx != g->ctx) {
				gcc_jit_type *pt = g->t_u8p;
				pw = gen_import(g, "gort_panic_wrap", g->t_void, 1, &pt);
				pw_ctx = g->ctx;
			}
			gcc_jit_block *isnil = gcc_jit_function_new_block(w, "nilrecv"),
			              *go = gcc_jit_function_new_block(w, "call");
			gcc_jit_block_end_with_conditional(
			    b, NULL,
			    gcc_jit_context_new_comparison(g->ctx, NULL, GCC_JIT_COMPARISON_EQ, data,
			                                   gcc_jit_context_null(g->ctx, g->t_voidp)),
			    isnil, go);
			const char *msg = xprintf("value method %s.%s called using nil *%s pointer", types_str(t, true),
			                          e->name, t->sym->name);
			gcc_jit_rvalue *m = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_context_new_string_literal(g->ctx, msg),
			                                             g->t_u8p);
			gcc_jit_block_add_eval(isnil, NULL, gen_new_call(g, NULL, pw, 1, &m));
			gcc_jit_block_end_with_jump(isnil, NULL, go);
			b = go;
		}
	}
	Type *ct = t;
	for (int k = 0; k < e->np; k++) {
		gcc_jit_lvalue *f = gcc_jit_rvalue_dereference_field(cur, NULL, gen_field(g, ct, e->path[k]));
		Type *ft = ct->fields.v[e->path[k]].type;
		if (e->ptr[k]) {
			cur = rv(f);
			ct = ft->elem;
		} else {
			cur = gcc_jit_lvalue_get_address(f, NULL);
			ct = ft;
		}
	}
	gcc_jit_type *rt = gcc_jit_rvalue_get_type(gcc_jit_param_as_rvalue(gcc_jit_function_get_param(fi->fn, 0)));
	args[0] = e->m->ptr_recv ? gen_cast(g, cur, rt, (Pos){0}) : rv(gcc_jit_rvalue_dereference(cur, NULL));
	for (int i = 1; i < n; i++)
		args[i] = gcc_jit_param_as_rvalue(ps[i]);
	gcc_jit_rvalue *call = gen_new_call(g, NULL, fi->fn, n, args);
	if (fi->ret == g->t_void) {
		gcc_jit_block_add_eval(b, NULL, call);
		gcc_jit_block_end_with_void_return(b, NULL);
	} else
		gcc_jit_block_end_with_return(b, NULL, call);
	gcc_jit_rvalue *code = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(w, NULL), g->t_voidp);
	if (g->nwrappers == g->capwrappers) {
		g->capwrappers = g->capwrappers ? 2 * g->capwrappers : 16;
		g->wrappers = xrealloc(g->wrappers, sizeof *g->wrappers * g->capwrappers);
	}
	g->wrappers[g->nwrappers++] = (struct MethodWrapper){t, e->m, direct, code};
	return code;
}

/* The type of interface it's method `name` (NULL: none). */
static Type *iface_method_type(Type *it, const char *name)
{
	for (int i = 0; i < it->methods.len; i++)
		if (strcmp(it->methods.v[i].name, name) == 0)
			return it->methods.v[i].type;
	return NULL;
}

/* The method table of t's descriptor: an interface lists its method names;
 * a concrete T its value method set, *T the full one. */
gcc_jit_rvalue *gen_methods(Gen *g, Type *t, long *count)
{
	gcc_jit_type *mp = gcc_jit_type_get_pointer(g->t_gomethod);
	*count = 0;
	MSet s = {0};
	bool isptr = t->kind == TY_PTR;
	Type *base = isptr ? t->elem : t;
	if (t->kind == TY_INTERFACE) {
		for (int i = 0; i < t->methods.len; i++)
			mset_add(&s, t->methods.v[i].name, NULL, 0, 0, NULL, NULL);
	} else if (base->kind == TY_INTERFACE || (!base->sym && base->kind != TY_STRUCT) ||
	           (isptr && base->kind == TY_PTR)) {
		/* (std types such as time.Duration list their methods too: the
		 * runtime implements every method compiler/stdlib.c declares) */
		return gcc_jit_context_null(g->ctx, mp);
	} else {
		int path[8];
		bool ptr[8];
		for (int d = 0; d <= 4; d++)
			collect(&s, base, 0, d, 0, path, ptr);
	}
	if (s.n == 0)
		return gcc_jit_context_null(g->ctx, mp);
	qsort(s.v, (size_t)s.n, sizeof *s.v, cmp_entry);
	bool direct = !isptr && types_is_direct_iface(t);
	gcc_jit_rvalue **elems = xmalloc(sizeof *elems * s.n);
	int n = 0;
	for (int i = 0; i < s.n; i++) {
		MEntry *e = &s.v[i];
		gcc_jit_rvalue *fn;
		if (t->kind == TY_INTERFACE)
			fn = gcc_jit_context_null(g->ctx, g->t_voidp);
		else {
			if (e->ambiguous)
				continue;
			bool viaptr = false;
			for (int k = 0; k < e->np; k++)
				viaptr |= e->ptr[k];
			if (e->m->ptr_recv && !isptr && !viaptr)
				continue; /* not in T's method set */
			if (e->np == 0 && e->m->ptr_recv && isptr)
				fn = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(gen_objfunc(g, e->m)->fn, NULL),
				                              g->t_voidp);
			else
				fn = method_code(g, base, e, direct);
		}
		/* the signature, compared by the implements check */
		Type *mt = t->kind == TY_INTERFACE ? iface_method_type(t, e->name) : e->m->type;
		gcc_jit_rvalue *v[3] = {gcc_jit_context_new_string_literal(g->ctx, e->name), fn,
		                        mt ? gcc_jit_context_new_string_literal(g->ctx, types_str(mt, true))
		                           : gcc_jit_context_null(g->ctx, g->t_charp)};
		elems[n++] = gcc_jit_context_new_struct_constructor(g->ctx, NULL, g->t_gomethod, 3, NULL, v);
	}
	if (n == 0)
		return gcc_jit_context_null(g->ctx, mp);
	gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_gomethod, n);
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at,
	                                                xprintf("go_methods_%d", g->ndesc++));
	gcc_jit_global_set_initializer_rvalue(gl, gcc_jit_context_new_array_constructor(g->ctx, NULL, at, n, elems));
	*count = n;
	return gcc_jit_lvalue_get_address(
	    gcc_jit_context_new_array_access(g->ctx, NULL, rv(gl), gcc_jit_context_zero(g->ctx, g->t_i64)), NULL);
}

/* ---- interface methods as func values ---- */

/* code(ctx, [i,] args...) { return lookup(i.type, M)(i.data, args...) } where
 * i is the record's field 1 (method value i.M) or the first parameter
 * (method expression I.M). */
static gcc_jit_function *dispatch_wrapper(Gen *g, Type *sig, const char *mname, bool from_record,
                                          gcc_jit_type *recptr, gcc_jit_field *recfield)
{
	gcc_jit_context *c = g->ctx;
	int n = sig->fields.len + 1 + (from_record ? 0 : 1);
	gcc_jit_param **ps = xmalloc(sizeof *ps * (n + 1));
	int np = 0;
	ps[np++] = gcc_jit_context_new_param(c, NULL, g->t_voidp, "ctx");
	if (!from_record)
		ps[np++] = gcc_jit_context_new_param(c, NULL, g->t_iface, "i");
	for (int i = 0; i < sig->fields.len; i++)
		ps[np++] = gcc_jit_context_new_param(c, NULL, gen_type(g, sig->fields.v[i].type), xprintf("a%d", i));
	gcc_jit_type *fp = gen_fnptr(g, sig);
	gcc_jit_type *ret = gen_fnptr_ret(g, sig);
	gcc_jit_function *w = gcc_jit_context_new_function(c, NULL, GCC_JIT_FUNCTION_INTERNAL, ret,
	                                                   xprintf("go__dispatch%d_%s", g->ndesc++, mname), np, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(w, "entry");
	gcc_jit_rvalue *iv;
	if (from_record) {
		gcc_jit_rvalue *rec = gcc_jit_context_new_cast(c, NULL, gcc_jit_param_as_rvalue(ps[0]), recptr);
		iv = rv(gcc_jit_rvalue_dereference_field(rec, NULL, recfield));
	} else
		iv = gcc_jit_param_as_rvalue(ps[1]);
	gcc_jit_lvalue *it = gcc_jit_function_new_local(w, NULL, g->t_iface, "iv");
	gcc_jit_block_add_assignment(b, NULL, it, iv);
	gcc_jit_rvalue *fargs[2] = {rv(gcc_jit_lvalue_access_field(it, NULL, g->f_if_type)),
	                            gcc_jit_context_new_string_literal(c, mname)};
	gcc_jit_rvalue *code = gcc_jit_context_new_cast(c, NULL, gen_new_call(g, NULL, findmethod_fn(g), 2, fargs), fp);
	gcc_jit_rvalue **args = xmalloc(sizeof *args * (sig->fields.len + 2));
	args[0] = rv(gcc_jit_lvalue_access_field(it, NULL, g->f_if_data));
	for (int i = 0; i < sig->fields.len; i++)
		args[i + 1] = gcc_jit_param_as_rvalue(ps[np - sig->fields.len + i]);
	gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(c, NULL, code, sig->fields.len + 1, args);
	if (ret == g->t_void) {
		gcc_jit_block_add_eval(b, NULL, call);
		gcc_jit_block_end_with_void_return(b, NULL);
	} else
		gcc_jit_block_end_with_return(b, NULL, call);
	return w;
}

/* i.M as a value: a record {dispatch code, i}. */
gcc_jit_rvalue *gen_iface_methvalue(Gen *g, Node *n, Type *sig, const char *mname)
{
	gcc_jit_location *loc = gen_loc(g, n->pos);
	gcc_jit_rvalue *iv = gen_save(g, gen_expr(g, n->left), n->pos);
	gen_panic_if(g, gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_EQ,
	                                               gcc_jit_rvalue_access_field(iv, loc, g->f_if_type),
	                                               gcc_jit_context_null(g->ctx, g->t_gotypep)),
	             g->rt_panic_nil, 0, NULL, n->pos);
	gcc_jit_field *f[2] = {gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "fn"),
	                       gcc_jit_context_new_field(g->ctx, NULL, g->t_iface, "recv")};
	gcc_jit_type *rt = gcc_jit_struct_as_type(
	    gcc_jit_context_new_struct_type(g->ctx, NULL, xprintf("imvrec%d", g->ndesc++), 2, f));
	gcc_jit_function *w = dispatch_wrapper(g, sig, mname, true, gcc_jit_type_get_pointer(rt), f[1]);
	/* {fn, type, data}: the last two words may be pointers */
	FieldList fl = {0};
	fieldlist_push(&fl, (Field){.name = "fn", .type = types_ptr(ty_uint8)});
	fieldlist_push(&fl, (Field){.name = "recv", .type = ty_any});
	Type *st = types_new(TY_STRUCT);
	st->fields = fl;
	st->size = st->align = -1;
	gcc_jit_rvalue *p;
	if (n->esc == ESC_NONE)
		p = gen_alloc_bytes(g, rt, 24, NULL, ESC_NONE, n->pos);
	else {
		gcc_jit_rvalue *args[2] = {gen_i64(g, types_size(st)), gen_desc(g, st)};
		p = gen_save(g, gcc_jit_context_new_cast(g->ctx, loc, gen_new_call(g, loc, g->rt_alloc, 2, args),
		                                         gcc_jit_type_get_pointer(rt)), n->pos);
	}
	gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, f[0]),
	           gcc_jit_context_new_cast(g->ctx, loc, gcc_jit_function_get_address(w, loc), g->t_voidp), n->pos);
	gen_assign(g, gcc_jit_rvalue_dereference_field(p, loc, f[1]), iv, n->pos);
	return gen_cast(g, p, g->t_voidp, n->pos);
}

/* I.M as a value: func(i I, args...) with a static record. */
gcc_jit_rvalue *gen_iface_methexpr(Gen *g, Type *sig, const char *mname)
{
	gcc_jit_function *w = dispatch_wrapper(g, sig, mname, false, NULL, NULL);
	gcc_jit_field *f = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "fn");
	const char *name = xprintf("go__iexprrec%d", g->ndesc++);
	gcc_jit_type *rt = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(g->ctx, NULL, name, 1, &f));
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, rt, name);
	gcc_jit_rvalue *v = gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(w, NULL), g->t_voidp);
	gcc_jit_global_set_initializer_rvalue(gl, gcc_jit_context_new_struct_constructor(g->ctx, NULL, rt, 1, &f, &v));
	return gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_lvalue_get_address(gl, NULL), g->t_voidp);
}

/* The code of method m as found in the method set of struct type base
 * (promoted through embedding), taking a pointer to a base value first. */
gcc_jit_rvalue *gen_promoted_code(Gen *g, Type *base, Obj *m)
{
	MSet s = {0};
	int path[8];
	bool ptr[8];
	for (int d = 0; d <= 4; d++)
		collect(&s, base, 0, d, 0, path, ptr);
	for (int i = 0; i < s.n; i++)
		if (s.v[i].m == m)
			return method_code(g, base, &s.v[i], false);
	return NULL;
}
