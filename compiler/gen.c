/*
 * gen.c: code generation through libgccjit -- context, functions, program
 * entry, output and link.
 *
 * Requires: a checked, lowered program (docs/ir.md); escape analysis may have
 * run (Node.esc / Obj.esc), or not (everything ESC_UNKNOWN: treated as heap).
 * Guarantees: one libgccjit context holding every Go function as a C function
 * named go_<pkg>_<name> (methods go_main_T_M, literals go_main_main_func1),
 * a C `main` that calls gort_start(argc, argv, init, main.main), compiled to
 * opts->out and linked with build/runtime/libgort.a and -lm.
 *
 * Allocation, the point of gofront: a variable whose Obj.esc is ESC_HEAP
 * (or ESC_UNKNOWN while it has its address taken or is captured by
 * reference) lives in a gort_alloc'ed cell and the function keeps only its
 * address; every other variable is an ordinary gcc local.  Allocation sites
 * (new, &T{}, literals, make, closures, boxing) with Node.esc == ESC_NONE get
 * a gcc local in the frame (gen_alloc in gen_expr.c).
 *
 * Function ABI (runtime/gort.h): Go parameters in order (receiver first), no
 * result -> void, one -> that value, several -> a struct by value.  Func
 * values point at a record whose first word is the code; the code takes the
 * record as a hidden first argument.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"
#include "parse.h"

/* ---- small emitting helpers used by every gen_*.c ---- */

gcc_jit_location *gen_loc(Gen *g, Pos pos)
{
	if (!pos.file || pos.line <= 0)
		return NULL;
	/* the source's absolute path, so gdb and addr2line find it from anywhere */
	const char *file = pos.file;
	if (g->abspath && (file == g->prog->path || strcmp(file, g->prog->path) == 0))
		file = g->abspath;
	return gcc_jit_context_new_location(g->ctx, file, pos.line, pos.col);
}

gcc_jit_block *gen_newblock(Gen *g, const char *name)
{
	return gcc_jit_function_new_block(g->fn, name);
}

/* The current block; code after a return or branch goes into a fresh
 * (unreachable) block, which libgccjit accepts with allow_unreachable_blocks. */
gcc_jit_block *gen_cur(Gen *g)
{
	if (!g->block)
		g->block = gen_newblock(g, "dead");
	return g->block;
}

void gen_jump(Gen *g, gcc_jit_block *to, Pos pos)
{
	if (g->block)
		gcc_jit_block_end_with_jump(g->block, gen_loc(g, pos), to);
	g->block = NULL;
}

/* Sizes of the gcc types gen made, for the frame-size bound of the stack
 * check (gen_go.c): an open-addressing table keyed by the type pointer. */
void gen_note_size(Gen *g, gcc_jit_type *t, long size)
{
	if (g->nsizes * 2 >= g->capsizes) {
		int oldcap = g->capsizes;
		struct TypeSize *old = g->sizes;
		g->capsizes = oldcap ? 2 * oldcap : 1024;
		g->sizes = xmalloc(sizeof *g->sizes * g->capsizes);
		g->nsizes = 0;
		for (int i = 0; i < oldcap; i++)
			if (old[i].t)
				gen_note_size(g, old[i].t, old[i].size);
		free(old);
	}
	unsigned long h = ((unsigned long)t >> 4) & (unsigned long)(g->capsizes - 1);
	while (g->sizes[h].t && g->sizes[h].t != t)
		h = (h + 1) & (unsigned long)(g->capsizes - 1);
	if (!g->sizes[h].t)
		g->nsizes++;
	g->sizes[h].t = t;
	g->sizes[h].size = size;
}

long gen_size_of(Gen *g, gcc_jit_type *t)
{
	if (g->capsizes) {
		unsigned long h = ((unsigned long)t >> 4) & (unsigned long)(g->capsizes - 1);
		while (g->sizes[h].t) {
			if (g->sizes[h].t == t)
				return g->sizes[h].size;
			h = (h + 1) & (unsigned long)(g->capsizes - 1);
		}
	}
	return 64; /* not made by gen_type: a small runtime layout */
}

/*
 * Storage in the frame for a local or a temporary.  A big one (BIG_LOCAL
 * bytes or more) is not put in gcc's frame: gcc allocates the whole frame
 * before the stack check of gen_prologue runs, so a frame larger than the
 * runtime's red zone would already overflow the segment the check is about
 * to leave.  Big locals are alloca'd instead, in the "bigframe" block that
 * runs after the check and before the body; the check counts their bytes.
 */
enum { BIG_LOCAL = 512 };

static gcc_jit_lvalue *frame_local(Gen *g, gcc_jit_type *t, long size, const char *name,
                                   gcc_jit_location *loc)
{
	g->frame += size;
	if (size < BIG_LOCAL || !g->stack_limit || g->fn != g->body_fn)
		return gcc_jit_function_new_local(g->fn, loc, t, name);
	g->alloca_bytes += (size + 15) & ~15L;
	if (!g->bigframe)
		g->bigframe = gcc_jit_function_new_block(g->fn, "bigframe");
	gcc_jit_type *pt = gcc_jit_type_get_pointer(t);
	gcc_jit_lvalue *p = gcc_jit_function_new_local(g->fn, loc, pt, xprintf("%s.big", name));
	/* the size goes through an empty asm: gcc would fold an alloca of a
	 * constant back into the fixed frame, allocated before the check */
	gcc_jit_type *sz = gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_SIZE_T);
	gcc_jit_lvalue *nv = gcc_jit_function_new_local(g->fn, loc, sz, xprintf("%s.size", name));
	gcc_jit_block_add_assignment(g->bigframe, loc, nv,
	                             gcc_jit_context_new_rvalue_from_long(g->ctx, sz, size));
	gcc_jit_extended_asm *hide = gcc_jit_block_add_extended_asm(g->bigframe, loc, "");
	gcc_jit_extended_asm_add_output_operand(hide, NULL, "+r", nv);
	gcc_jit_rvalue *n = gcc_jit_lvalue_as_rvalue(nv);
	gcc_jit_rvalue *mem = gen_new_call(g, loc, g->b_alloca, 1, &n);
	gcc_jit_block_add_assignment(g->bigframe, loc, p, gcc_jit_context_new_cast(g->ctx, loc, mem, pt));
	return gcc_jit_rvalue_dereference(gcc_jit_lvalue_as_rvalue(p), loc);
}

gcc_jit_lvalue *gen_temp(Gen *g, gcc_jit_type *t, const char *hint)
{
	char name[64];
	snprintf(name, sizeof name, "%s.%d", hint ? hint : "t", g->ntemp++);
	return frame_local(g, t, gen_size_of(g, t), name, NULL);
}

gcc_jit_rvalue *gen_save(Gen *g, gcc_jit_rvalue *v, Pos pos)
{
	gcc_jit_lvalue *t = gen_temp(g, gcc_jit_rvalue_get_type(v), "t");
	gcc_jit_block_add_assignment(gen_cur(g), gen_loc(g, pos), t, v);
	return gcc_jit_lvalue_as_rvalue(t);
}

void gen_eval(Gen *g, gcc_jit_rvalue *v, Pos pos)
{
	gcc_jit_block_add_eval(gen_cur(g), gen_loc(g, pos), v);
}

void gen_assign(Gen *g, gcc_jit_lvalue *lv, gcc_jit_rvalue *v, Pos pos)
{
	gcc_jit_block_add_assignment(gen_cur(g), gen_loc(g, pos), lv, v);
}

gcc_jit_rvalue *gen_new_call(Gen *g, gcc_jit_location *loc, gcc_jit_function *f, int n,
                             gcc_jit_rvalue **args)
{
	gen_note_call(g, f);
	return gcc_jit_context_new_call(g->ctx, loc, f, n, args);
}

/* A call whose value is used: evaluated now, into a temporary. */
gcc_jit_rvalue *gen_call(Gen *g, gcc_jit_function *f, int n, gcc_jit_rvalue **args, Pos pos)
{
	gcc_jit_rvalue *c = gen_new_call(g, gen_loc(g, pos), f, n, args);
	return gen_save(g, c, pos);
}

void gen_callstmt(Gen *g, gcc_jit_function *f, int n, gcc_jit_rvalue **args, Pos pos)
{
	gen_eval(g, gen_new_call(g, gen_loc(g, pos), f, n, args), pos);
}

/* if (cond) { f(args); unreachable } -- the runtime's panics do not return. */
void gen_panic_if(Gen *g, gcc_jit_rvalue *cond, gcc_jit_function *f, int n,
                  gcc_jit_rvalue **args, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_block *bad = gen_newblock(g, "panic");
	gcc_jit_block *ok = gen_newblock(g, "ok");
	/* __builtin_expect(cond, 0) keeps the panic path out of line */
	gcc_jit_type *lg = gcc_jit_context_get_type(g->ctx, GCC_JIT_TYPE_LONG);
	gcc_jit_rvalue *eargs[2] = {gcc_jit_context_new_cast(g->ctx, loc, cond, lg),
	                            gcc_jit_context_new_rvalue_from_long(g->ctx, lg, 0)};
	gcc_jit_rvalue *ex = gen_new_call(g, loc, g->b_expect, 2, eargs);
	gcc_jit_rvalue *c = gcc_jit_context_new_comparison(g->ctx, loc, GCC_JIT_COMPARISON_NE, ex,
	                                                   gcc_jit_context_new_rvalue_from_long(g->ctx, lg, 0));
	gcc_jit_block_end_with_conditional(gen_cur(g), loc, c, bad, ok);
	gcc_jit_block_add_eval(bad, loc, gen_new_call(g, loc, f, n, args));
	gcc_jit_block_add_eval(bad, loc, gen_new_call(g, loc, g->b_unreachable, 0, NULL));
	gcc_jit_block_end_with_jump(bad, loc, ok);
	g->block = ok;
}

gcc_jit_rvalue *gen_i64(Gen *g, long v)
{
	return gcc_jit_context_new_rvalue_from_long(g->ctx, g->t_i64, v);
}

gcc_jit_rvalue *gen_intc(Gen *g, gcc_jit_type *t, long v)
{
	return gcc_jit_context_new_rvalue_from_long(g->ctx, t, v);
}

gcc_jit_function *gen_import(Gen *g, const char *name, gcc_jit_type *ret, int n,
                             gcc_jit_type **params)
{
	gcc_jit_param *ps[16];
	for (int i = 0; i < n; i++) {
		char pn[16];
		snprintf(pn, sizeof pn, "a%d", i);
		ps[i] = gcc_jit_context_new_param(g->ctx, NULL, params[i], pn);
	}
	gcc_jit_function *f =
	        gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED, ret, name, n, ps, 0);
	gen_note_runtime(g, f, name);
	return f;
}

gcc_jit_lvalue *gen_import_global(Gen *g, const char *name, gcc_jit_type *t)
{
	for (int i = 0; i < g->nimports; i++)
		if (strcmp(g->imports[i].name, name) == 0)
			return g->imports[i].g;
	if (g->nimports == g->capimports) {
		g->capimports = g->capimports ? 2 * g->capimports : 8;
		g->imports = xrealloc(g->imports, sizeof *g->imports * g->capimports);
	}
	gcc_jit_lvalue *lv = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_IMPORTED, t, name);
	g->imports[g->nimports++] = (struct ImportedGlobal){name, lv};
	return lv;
}

/* Go name -> C symbol: "main.fib" -> "go_main_fib", "(*T).Get" -> "go_main_T_Get",
 * "main.func1" (a literal in main) -> "go_main_main_func1". */
char *gen_mangle(const char *name)
{
	size_t n = strlen(name);
	char *s = xmalloc(n + 16);
	strcpy(s, "go_main_");
	char *d = s + strlen(s);
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '(' || c == ')' || c == '*')
			continue;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
			*d++ = (char)c;
		else if (c == '.')
			*d++ = '_';
		else
			d += sprintf(d, "_%02x", c); /* non-ASCII: hex bytes */
	}
	*d = 0;
	return s;
}

/* ---- the runtime's entry points (runtime/gort.h) ---- */

static void declare_runtime(Gen *g)
{
	gcc_jit_type *i64 = g->t_i64, *vp = g->t_voidp, *v = g->t_void, *s = g->t_string,
	             *sl = g->t_slice, *gt = g->t_gotypep;
#define RT(field, name, ret, ...)                                                      \
	do {                                                                           \
		gcc_jit_type *ps_[] = {NULL, ##__VA_ARGS__};                           \
		g->field = gen_import(g, name, ret, (int)(sizeof ps_ / sizeof ps_[0]) - 1, ps_ + 1); \
	} while (0)
	RT(rt_alloc, "gort_alloc", vp, i64, gt);
	RT(rt_panic_index, "gort_panic_index", v, i64, i64);
	RT(rt_panic_slice, "gort_panic_slice", v, i64, i64, i64, i64);
	RT(rt_panic_divide, "gort_panic_divide", v);
	RT(rt_panic_nil, "gort_panic_nil", v);
	RT(rt_panic, "gort_panic", v, g->t_iface);
	RT(rt_panic_shift, "gort_panic_shift", v);
	RT(rt_start, "gort_start", g->t_cint, g->t_cint, g->t_charpp, vp, vp);
	RT(rt_concat, "gort_concat", s, gcc_jit_type_get_pointer(s), i64, vp);
	RT(rt_strcmp, "gort_strcmp", i64, s, s);
	RT(rt_streq, "gort_streq", i64, s, s);
	RT(rt_str2bytes, "gort_str2bytes", sl, s, vp);
	RT(rt_bytes2str, "gort_bytes2str", s, sl, vp);
	RT(rt_str2runes, "gort_str2runes", sl, s, vp);
	RT(rt_runes2str, "gort_runes2str", s, sl, vp);
	RT(rt_rune2str, "gort_rune2str", s, i64, vp);
	RT(rt_decoderune, "gort_decoderune", g->t_i32, s, i64, gcc_jit_type_get_pointer(i64));
	RT(rt_growslice, "gort_growslice", sl, sl, i64, i64, gt);
	RT(rt_makeslice, "gort_makeslice", sl, i64, i64, i64, gt);
	RT(rt_copy, "gort_copy", i64, sl, sl, i64);
	RT(rt_ifaceeq, "gort_ifaceeq", i64, g->t_iface, g->t_iface);
	RT(rt_assert_fail, "gort_assert_fail", v, gt, gt, gt);
	RT(rt_printlock, "gort_printlock", v);
	RT(rt_printunlock, "gort_printunlock", v);
	RT(rt_printbool, "gort_printbool", v, i64);
	RT(rt_printint, "gort_printint", v, i64);
	RT(rt_printuint, "gort_printuint", v, g->t_u64);
	RT(rt_printfloat, "gort_printfloat", v, g->t_f64);
	RT(rt_printstring, "gort_printstring", v, s);
	RT(rt_printpointer, "gort_printpointer", v, vp);
	RT(rt_printiface, "gort_printiface", v, g->t_iface);
	RT(rt_printslice, "gort_printslice", v, sl);
	RT(rt_printsp, "gort_printsp", v);
	RT(rt_printnl, "gort_printnl", v);
	RT(rt_go, "gort_go", v, vp, vp);
	RT(rt_makechan, "gort_makechan", vp, gt, i64, i64);
	RT(rt_chansend, "gort_chansend", v, vp, vp);
	RT(rt_chanrecv, "gort_chanrecv", i64, vp, vp);
	RT(rt_closechan, "gort_closechan", v, vp);
	RT(rt_chanlen, "gort_chanlen", i64, vp);
	RT(rt_chancap, "gort_chancap", i64, vp);
	RT(rt_select, "gort_select", i64, gcc_jit_type_get_pointer(g->t_selcase), i64, i64);
#undef RT
	g->b_memset = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_memset");
	g->b_alloca = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_alloca");
	g->b_memmove = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_memmove");
	g->b_memcmp = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_memcmp");
	g->b_unreachable = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_unreachable");
	g->b_expect = gcc_jit_context_get_builtin_function(g->ctx, "__builtin_expect");
}

static gcc_jit_struct *mkstruct(Gen *g, const char *name, int n, gcc_jit_field **f,
                                const char **names, gcc_jit_type **types)
{
	for (int i = 0; i < n; i++)
		f[i] = gcc_jit_context_new_field(g->ctx, NULL, types[i], names[i]);
	return gcc_jit_context_new_struct_type(g->ctx, NULL, name, n, f);
}

static void init_types(Gen *g)
{
	gcc_jit_context *c = g->ctx;
	g->t_void = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID);
	g->t_voidp = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID_PTR);
	g->t_bool = gcc_jit_context_get_type(c, GCC_JIT_TYPE_BOOL);
	g->t_cint = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT);
	g->t_charp = gcc_jit_context_get_type(c, GCC_JIT_TYPE_CONST_CHAR_PTR);
	g->t_charpp = gcc_jit_type_get_pointer(gcc_jit_type_get_pointer(
	    gcc_jit_context_get_type(c, GCC_JIT_TYPE_CHAR)));
	g->t_i8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT8_T);
	g->t_i16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT16_T);
	g->t_i32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT32_T);
	g->t_i64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT64_T);
	g->t_u8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT8_T);
	g->t_u16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT16_T);
	g->t_u32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT32_T);
	g->t_u64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT64_T);
	g->t_f32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_FLOAT);
	g->t_f64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_DOUBLE);
	g->t_u8p = gcc_jit_type_get_pointer(g->t_u8);
	g->t_stackbuf = gcc_jit_context_new_array_type(c, NULL, g->t_u8, 32);

	gcc_jit_field *f[11];
	g->t_string = gcc_jit_struct_as_type(mkstruct(g, "GoString", 2, f,
	    (const char *[]){"ptr", "len"}, (gcc_jit_type *[]){g->t_u8p, g->t_i64}));
	g->f_str_ptr = f[0], g->f_str_len = f[1];
	g->t_slice = gcc_jit_struct_as_type(mkstruct(g, "GoSlice", 3, f,
	    (const char *[]){"ptr", "len", "cap"}, (gcc_jit_type *[]){g->t_voidp, g->t_i64, g->t_i64}));
	g->f_sl_ptr = f[0], g->f_sl_len = f[1], g->f_sl_cap = f[2];

	/* GoType refers to itself: declare it opaque first */
	g->s_gotype = gcc_jit_context_new_opaque_struct(c, NULL, "GoType");
	g->t_gotype = gcc_jit_struct_as_type(g->s_gotype);
	g->t_gotypep = gcc_jit_type_get_pointer(g->t_gotype);
	g->t_iface = gcc_jit_struct_as_type(mkstruct(g, "GoIface", 2, f,
	    (const char *[]){"type", "data"}, (gcc_jit_type *[]){g->t_gotypep, g->t_voidp}));
	g->f_if_type = f[0], g->f_if_data = f[1];
	g->s_gofield = mkstruct(g, "GoField", 4, g->f_gf,
	    (const char *[]){"name", "type", "offset", "embedded"},
	    (gcc_jit_type *[]){g->t_charp, g->t_gotypep, g->t_i64, g->t_i64});
	g->t_gofield = gcc_jit_struct_as_type(g->s_gofield);
	g->s_gomethod = mkstruct(g, "GoMethod", 3, g->f_gm, (const char *[]){"name", "fn", "sig"},
	                         (gcc_jit_type *[]){g->t_charp, g->t_voidp, g->t_charp});
	g->t_gomethod = gcc_jit_struct_as_type(g->s_gomethod);
	g->t_selcase = gcc_jit_struct_as_type(mkstruct(g, "GoSelectCase", 4, g->f_sel,
	    (const char *[]){"c", "elem", "dir", "recv_ok"},
	    (gcc_jit_type *[]){g->t_voidp, g->t_voidp, g->t_i64, g->t_i64}));
	const char *gtn[] = {"size", "kind", "name", "elem", "key", "len",
	                     "nfields", "fields", "nmethods", "methods", "ptrmask"};
	gcc_jit_type *gtt[] = {g->t_i64, g->t_i64, g->t_charp, g->t_gotypep, g->t_gotypep, g->t_i64,
	                       g->t_i64, gcc_jit_type_get_pointer(g->t_gofield), g->t_i64,
	                       gcc_jit_type_get_pointer(g->t_gomethod), g->t_u8p};
	for (int i = 0; i < 11; i++)
		g->f_gt[i] = gcc_jit_context_new_field(c, NULL, gtt[i], gtn[i]);
	gcc_jit_struct_set_fields(g->s_gotype, NULL, 11, g->f_gt);

	struct { gcc_jit_type *t; long size; } known[] = {
	    {g->t_bool, 1}, {g->t_i8, 1}, {g->t_u8, 1}, {g->t_i16, 2}, {g->t_u16, 2}, {g->t_i32, 4},
	    {g->t_u32, 4}, {g->t_f32, 4}, {g->t_i64, 8}, {g->t_u64, 8}, {g->t_f64, 8}, {g->t_voidp, 8},
	    {g->t_u8p, 8}, {g->t_gotypep, 8}, {g->t_string, 16}, {g->t_iface, 16}, {g->t_slice, 24},
	    {g->t_stackbuf, 32}, {g->t_cint, 4}};
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		gen_note_size(g, known[i].t, known[i].size);
}

/* ---- functions ---- */

static gcc_jit_type *result_type(Gen *g, Type *sig)
{
	if (!sig || sig->results.len == 0)
		return g->t_void;
	if (sig->results.len == 1)
		return gen_type(g, sig->results.v[0].type);
	return gen_tuple(g, &sig->results, NULL);
}

static void push_param(Gen *g, gcc_jit_param **ps, int *np, gcc_jit_type *t, const char *name)
{
	char buf[64];
	if (!name || strcmp(name, "_") == 0 || !name[0])
		snprintf(buf, sizeof buf, "_p%d", *np);
	else
		snprintf(buf, sizeof buf, "%s", name);
	ps[(*np)++] = gcc_jit_context_new_param(g->ctx, NULL, t, buf);
}

/* Declare a function's C signature: [ctx] [receiver] params -> result. */
static FuncInfo *declare(Gen *g, const char *cname, Type *recv, Type *sig, bool ctxarg,
                         bool imported, Pos pos)
{
	FuncInfo *fi = xmalloc(sizeof *fi);
	fi->sig = sig;
	fi->recv = recv;
	fi->ret = result_type(g, sig);
	int n = sig->fields.len + 2;
	gcc_jit_param **ps = xmalloc(sizeof *ps * n);
	int np = 0;
	if (ctxarg)
		push_param(g, ps, &np, g->t_voidp, ".ctx");
	if (recv)
		push_param(g, ps, &np, gen_type(g, recv), "recv");
	for (int i = 0; i < sig->fields.len; i++)
		push_param(g, ps, &np, gen_type(g, sig->fields.v[i].type), sig->fields.v[i].name);
	fi->fn = gcc_jit_context_new_function(
	    g->ctx, imported ? NULL : gen_loc(g, pos),
	    imported ? GCC_JIT_FUNCTION_IMPORTED : GCC_JIT_FUNCTION_INTERNAL, fi->ret, cname, np, ps, 0);
	if (imported)
		gen_note_runtime(g, fi->fn, cname);
	return fi;
}

/* Several func init() (and their literals) mangle alike: number the rest. */
static char *unique_name(Gen *g, char *name)
{
	char *n = name;
	for (int k = 1;; k++) {
		int i = 0;
		while (i < g->nnames && strcmp(g->names[i], n) != 0)
			i++;
		if (i == g->nnames)
			break;
		n = xprintf("%s_%d", name, k);
	}
	if (g->nnames == g->capnames) {
		g->capnames = g->capnames ? 2 * g->capnames : 64;
		g->names = xrealloc(g->names, sizeof *g->names * g->capnames);
	}
	g->names[g->nnames++] = n;
	return n;
}

FuncInfo *gen_funcinfo(Gen *g, Func *f)
{
	if (f->gen)
		return f->gen;
	Type *recv = NULL;
	if (f->obj && f->obj->recv_type)
		recv = f->obj->ptr_recv ? types_ptr(f->obj->recv_type) : f->obj->recv_type;
	const char *name = f->name;
	char *cname;
	if (f->obj && !f->is_lit && f->outer == NULL && strcmp(name, "main") == 0)
		cname = xstrdup("go_main_main");
	else
		cname = gen_mangle(name);
	cname = unique_name(g, cname);
	FuncInfo *fi = declare(g, cname, recv, f->type, f->is_lit, false, f->pos);
	f->gen = fi;
	if (f->obj)
		f->obj->gen = fi;
	return fi;
}

/* A top-level func, method or std function named by an N_NAME. */
FuncInfo *gen_objfunc(Gen *g, Obj *o)
{
	if (o->gen)
		return o->gen;
	if (o->func_ && !o->pkg && o->func_->body)
		return gen_funcinfo(g, o->func_);
	/* a std function or method: implemented in the runtime */
	Type *recv = NULL;
	if (o->recv_type)
		recv = o->ptr_recv ? types_ptr(o->recv_type) : o->recv_type;
	const char *name = o->rtname;
	if (!name)
		name = xprintf("gort_%s_%s", o->pkg ? o->pkg : "main", o->name);
	FuncInfo *fi = declare(g, name, recv, o->type, false, true, o->pos);
	o->gen = fi;
	return fi;
}

/* Where a variable lives.  Besides the escape pass's answer, a variable too
 * big for our fixed 8 MiB stacks goes to the heap (gc keeps up to 10 MiB in
 * a frame, its stacks grow); the -m report is unaffected. */
enum { MAX_STACK_VAR = 1 << 20 };

static bool var_on_heap(Obj *o)
{
	if (o->esc == ESC_HEAP || types_size(o->type) > MAX_STACK_VAR)
		return true;
	if (o->esc == ESC_UNKNOWN)
		return o->addrtaken || (o->captured && !o->byval);
	return false;
}

/* Parameters: used in place, or copied into a heap cell when they escape. */
static void bind_params(Gen *g, Func *f)
{
	int base = (f->is_lit ? 1 : 0) + (g->fi->recv ? 1 : 0);
	for (int i = 0; i < f->ndcl; i++) {
		Obj *o = f->dcl[i];
		if (o->kind != OBJ_VAR || o->vclass != VC_PARAM)
			continue;
		gcc_jit_param *p;
		if (o->index < 0) {
			if (!g->fi->recv)
				continue;
			p = gcc_jit_function_get_param(g->fn, f->is_lit ? 1 : 0);
		} else
			p = gcc_jit_function_get_param(g->fn, base + o->index);
		VarInfo *vi = xmalloc(sizeof *vi);
		o->gen = vi;
		if (var_on_heap(o)) {
			vi->heap = true;
			gcc_jit_rvalue *cell = gen_alloc(g, o->type, ESC_HEAP, o->pos);
			vi->lv = gen_temp(g, gcc_jit_rvalue_get_type(cell), o->name);
			gen_assign(g, vi->lv, cell, o->pos);
			gen_assign(g, gcc_jit_rvalue_dereference(cell, NULL),
			           gcc_jit_param_as_rvalue(p), o->pos);
		} else {
			vi->lv = gcc_jit_param_as_lvalue(p);
			if (o->addrtaken || (o->captured && !o->byval))
				gen_poison_slot(g, vi->lv, types_size(o->type));
		}
	}
	for (int i = 0; i < f->ndcl; i++) {
		Obj *o = f->dcl[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_RESULT)
			gen_declare_var(g, o, o->pos);
	}
}

/* A variable comes into existence (N_VARDEF, range, results): a zeroed local,
 * or a zeroed heap cell whose address the local keeps. */
void gen_declare_var(Gen *g, Obj *o, Pos pos)
{
	VarInfo *vi = xmalloc(sizeof *vi);
	o->gen = vi;
	const char *name = strcmp(o->name, "_") == 0 ? "_blank" : o->name;
	if (var_on_heap(o)) {
		vi->heap = true;
		gcc_jit_rvalue *cell = gen_alloc(g, o->type, ESC_HEAP, pos);
		vi->lv = gcc_jit_function_new_local(g->fn, gen_loc(g, pos), gcc_jit_rvalue_get_type(cell),
		                                    xprintf("&%s", name));
		gen_assign(g, vi->lv, cell, pos);
	} else {
		vi->lv = frame_local(g, gen_type(g, o->type), types_size(o->type), name, gen_loc(g, pos));
		if (o->addrtaken || (o->captured && !o->byval))
			gen_poison_slot(g, vi->lv, types_size(o->type));
		gen_assign(g, vi->lv, gen_zero(g, o->type), pos);
	}
}

/* A func literal's record: {code, captured vars (by address, or by value
 * when Obj.byval)}. */
static void closure_record(Gen *g, Func *f, FuncInfo *fi)
{
	int n = f->ncvars + 1;
	fi->recfields = xmalloc(sizeof *fi->recfields * n);
	fi->recfields[0] = gcc_jit_context_new_field(g->ctx, NULL, g->t_voidp, "fn");
	for (int i = 0; i < f->ncvars; i++) {
		Obj *o = f->cvars[i];
		gcc_jit_type *t = o->byval ? gen_type(g, o->type) : gen_ptrto(g, o->type);
		fi->recfields[i + 1] = gcc_jit_context_new_field(g->ctx, NULL, t, o->name);
	}
	fi->rec = gcc_jit_context_new_struct_type(g->ctx, NULL, xprintf("%s.rec", f->name), n,
	                                          fi->recfields);
	fi->recptr = gcc_jit_type_get_pointer(gcc_jit_struct_as_type(fi->rec));
}

void gen_body(Gen *g, Func *f)
{
	FuncInfo *fi = gen_funcinfo(g, f);
	if (f->is_lit && !fi->rec)
		closure_record(g, f, fi);
	g->fn_go = f;
	g->fi = fi;
	g->fn = fi->fn;
	gcc_jit_block *entry = gen_newblock(g, "entry"), *body = gen_newblock(g, "body");
	g->block = body;
	g->frame = 0;
	g->alloca_bytes = 0;
	g->rt_need = 0;
	g->bigframe = NULL;
	g->body_fn = g->fn;
	g->ntargets = 0;
	g->nlabels = 0;
	g->pending_label = NULL;
	g->fallthrough = NULL;
	g->ctxrec = NULL;
	gen_poison_begin(g);
	if (f->is_lit)
		g->ctxrec = gcc_jit_context_new_cast(
		    g->ctx, NULL, gcc_jit_param_as_rvalue(gcc_jit_function_get_param(g->fn, 0)), fi->recptr);
	bind_params(g, f);
	gen_defer_setup(g, f);
	if (f->body)
		gen_block(g, f->body);
	if (g->exitb) {
		/* one exit runs the deferred calls */
		gen_jump(g, g->exitb, f->pos);
		gen_defer_exit(g, f->pos);
	} else if (g->block) {
		Pos end = f->body ? f->body->pos : f->pos;
		if (fi->ret == g->t_void)
			gen_ret(g, g->block, NULL, NULL);
		else
			gen_return_zero(g, end);
	}
	g->block = NULL;
	gen_poison_finish(g);
	/* the entry block, last: the stack check needs the frame's size */
	if (g->bigframe) {
		gcc_jit_block_end_with_jump(g->bigframe, NULL, body);
		body = g->bigframe;
	}
	gen_prologue(g, entry, body, f->pos);
}

/* Closures met while generating a body are generated after it. */
void gen_enqueue(Gen *g, Func *f)
{
	FuncInfo *fi = gen_funcinfo(g, f);
	if (!fi->rec)
		closure_record(g, f, fi);
	if (fi->queued)
		return;
	fi->queued = true;
	if (g->nqueue == g->capqueue) {
		g->capqueue = g->capqueue ? 2 * g->capqueue : 16;
		g->queue = xrealloc(g->queue, sizeof *g->queue * g->capqueue);
	}
	g->queue[g->nqueue++] = f;
}

static void drain_queue(Gen *g)
{
	for (int i = 0; i < g->nqueue; i++)
		gen_body(g, g->queue[i]);
	g->nqueue = 0;
}

/* ---- program entry ---- */

static void gen_globals(Gen *g)
{
	for (int i = 0; i < g->prog->nglobals; i++) {
		Obj *o = g->prog->globals[i];
		VarInfo *vi = xmalloc(sizeof *vi);
		const char *name = strcmp(o->name, "_") == 0 ? xprintf("_blank%d", i) : o->name;
		/* gc's linker limit on one symbol (the x86-64 code model's 2 GB) */
		long size = types_size(o->type);
		if (size > 2000000000L)
			diag_error(o->pos, "main.%s: symbol too large (%ld bytes > 2000000000 bytes)", o->name, size);
		vi->lv = gcc_jit_context_new_global(g->ctx, gen_loc(g, o->pos), GCC_JIT_GLOBAL_INTERNAL,
		                                    gen_type(g, o->type), gen_mangle(name));
		o->gen = vi;
	}
}

/* init(): package-level initialisers in dependency order, then func init()s. */
static gcc_jit_function *gen_init(Gen *g)
{
	Pos pos = g->prog->file ? g->prog->file->pos : (Pos){0};
	FuncInfo *fi = xmalloc(sizeof *fi);
	fi->ret = g->t_void;
	fi->fn = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_INTERNAL, g->t_void,
	                                      "go__init", 0, NULL, 0);
	Func fake = {.name = "init."};
	g->fn_go = &fake;
	g->fi = fi;
	g->fn = fi->fn;
	g->block = gen_newblock(g, "entry");
	g->ntargets = g->nlabels = 0;
	g->ctxrec = NULL;
	g->exitb = NULL;
	g->unbudgeted = true;
	for (int i = 0; i < g->prog->inits.len; i++)
		gen_stmt(g, g->prog->inits.v[i]);
	for (int i = 0; i < g->prog->ninit_funcs; i++) {
		FuncInfo *f = gen_funcinfo(g, g->prog->init_funcs[i]);
		gen_callstmt(g, f->fn, 0, NULL, pos);
	}
	if (g->block)
		gcc_jit_block_end_with_void_return(g->block, NULL);
	g->block = NULL;
	g->unbudgeted = false;
	drain_queue(g);
	return fi->fn;
}

static void gen_cmain(Gen *g, gcc_jit_function *init, gcc_jit_function *mainfn)
{
	gcc_jit_param *ps[2] = {gcc_jit_context_new_param(g->ctx, NULL, g->t_cint, "argc"),
	                        gcc_jit_context_new_param(g->ctx, NULL, g->t_charpp, "argv")};
	gcc_jit_function *m = gcc_jit_context_new_function(g->ctx, NULL, GCC_JIT_FUNCTION_EXPORTED,
	                                                   g->t_cint, "main", 2, ps, 0);
	gcc_jit_block *b = gcc_jit_function_new_block(m, "entry");
	gcc_jit_rvalue *args[4] = {
	    gcc_jit_param_as_rvalue(ps[0]), gcc_jit_param_as_rvalue(ps[1]),
	    gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(init, NULL), g->t_voidp),
	    gcc_jit_context_new_cast(g->ctx, NULL, gcc_jit_function_get_address(mainfn, NULL),
	                             g->t_voidp)};
	gcc_jit_block_end_with_return(b, NULL,
	                              gen_new_call(g, NULL, g->rt_start, 4, args));
}

/* build/runtime/libgort.a next to the gofront executable, or $GOFRONT_RUNTIME. */
static char *runtime_archive(void)
{
	const char *env = getenv("GOFRONT_RUNTIME");
	if (env && *env)
		return xstrdup(env);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return xstrdup("build/runtime/libgort.a");
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = 0;
	return xprintf("%s/build/runtime/libgort.a", exe);
}

int gen_program(Program *prog, const Options *opts)
{
	Gen gs = {0}, *g = &gs;
	g->prog = prog;
	g->opts = opts;
	g->abspath = prog->path ? realpath(prog->path, NULL) : NULL;
	g->ctx = gcc_jit_context_acquire();
	gcc_jit_context_set_int_option(g->ctx, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL,
	                               opts->opt >= 2 ? 2 : opts->opt);
	gcc_jit_context_set_bool_option(g->ctx, GCC_JIT_BOOL_OPTION_DEBUGINFO, 1);
	gcc_jit_context_set_bool_allow_unreachable_blocks(g->ctx, 1);
	/* libgccjit's own errors are gofront bugs: reported once, below */
	gcc_jit_context_set_bool_print_errors_to_stderr(g->ctx, 0);
	gcc_jit_context_add_command_line_option(g->ctx, "-gdwarf-4");
	gcc_jit_context_add_command_line_option(g->ctx, "-fwrapv");
	gcc_jit_context_add_command_line_option(g->ctx, "-fno-strict-aliasing");
	gcc_jit_context_add_command_line_option(g->ctx, "-fno-omit-frame-pointer");
	/* Debian's gcc probes every page of a big frame as it allocates it
	 * (stack clash protection), which touches memory below the segment
	 * before the stack check (gen_go.c) can move the call to a bigger one */
	gcc_jit_context_add_command_line_option(g->ctx, "-fno-stack-clash-protection");
	/* the stack check reads TLS with the local-exec model (gen_go.c) */
	gcc_jit_context_add_command_line_option(g->ctx, "-fno-pic");
	init_types(g);
	declare_runtime(g);
	gen_stack_init(g);
	gen_poison_init(g);

	if (!prog->main_func || !prog->main_func->func_) {
		diag_error(prog->file ? prog->file->pos : (Pos){prog->path, 1, 1},
		           "function main is undeclared in the main package");
		gcc_jit_context_release(g->ctx);
		return 1;
	}
	/* a bodyless declaration is fine for analysis (-m) but not for a build:
	 * gc's -complete check, at the name (the linker would find no symbol) */
	for (int i = 0; prog->file && i < prog->file->list.len; i++) {
		Node *d = prog->file->list.v[i];
		if (d && d->op == N_FUNCDECL && d->func_ && !d->func_->body) {
			/* gc's position: the name, or for a method the receiver's "(",
			 * i.e. just after "func " */
			Pos at = d->pos;
			at.col += 5;
			diag_error(at, "missing function body");
		}
	}
	gen_globals(g);
	for (int i = 0; i < prog->nfuncs; i++)
		gen_funcinfo(g, prog->funcs[i]);
	for (int i = 0; i < prog->nfuncs; i++) {
		gen_body(g, prog->funcs[i]);
		drain_queue(g);
	}
	gcc_jit_function *init = gen_init(g);
	g->unbudgeted = true; /* C main: on the thread's own stack */
	gen_cmain(g, init, gen_funcinfo(g, prog->main_func->func_)->fn);
	g->unbudgeted = false;

	if (diag_error_count() > 0) {
		gcc_jit_context_release(g->ctx);
		return 1;
	}
	if (opts->dump && strcmp(opts->dump, "jit") == 0)
		gcc_jit_context_dump_to_file(g->ctx, "/dev/stdout", 0);

	char *rt = runtime_archive();
	if (access(rt, R_OK) != 0) {
		diag_error((Pos){prog->path, 0, 0}, "runtime archive %s not found (run make)", rt);
		gcc_jit_context_release(g->ctx);
		return 1;
	}
	char *absrt = realpath(rt, NULL); /* the compilation runs elsewhere (gen_stack.c) */
	gcc_jit_context_add_driver_option(g->ctx, absrt ? absrt : rt);
	gcc_jit_context_add_driver_option(g->ctx, "-no-pie");
	/* bind libc's symbols at load time: the lazy binder would run on
	 * whatever goroutine stack first calls a function, and it saves the
	 * whole register file there (runtime/stack.c's budgets leave it out) */
	gcc_jit_context_add_driver_option(g->ctx, "-Wl,-z,now");
	gcc_jit_context_add_driver_option(g->ctx, "-lm");
	gcc_jit_context_add_driver_option(g->ctx, "-lpthread");
	char *out = (char *)opts->out;
	int outfd = open(out, O_WRONLY | O_CREAT, 0777); /* a bad -o is the user's error */
	if (outfd < 0) {
		diag_error((Pos){prog->path, 0, 0}, "open %s: %s", out, strerror(errno));
		gcc_jit_context_release(g->ctx);
		return 1;
	}
	close(outfd);
	bool measure = gen_stack_measure_begin(g, &out);
	gcc_jit_context_compile_to_file(g->ctx, GCC_JIT_OUTPUT_KIND_EXECUTABLE, out);
	const char *err = gcc_jit_context_get_first_error(g->ctx);
	if (measure)
		gen_stack_measure_end(g, out, !err);
	if (err) {
		diag_error((Pos){prog->path, 0, 0}, "internal compiler error: libgccjit: %s", err);
		gcc_jit_context_release(g->ctx);
		return 1;
	}
	gcc_jit_context_release(g->ctx);
	return 0;
}

/* The parser's operator tokens (parse.h) as the generator's GenOp. */
GenOp gen_op(int tok)
{
	switch (tok) {
	case T_ADD: return OP_ADD;
	case T_SUB: return OP_SUB;
	case T_MUL: return OP_MUL;
	case T_QUO: return OP_DIV;
	case T_REM: return OP_REM;
	case T_AND: return OP_AND;
	case T_OR: return OP_OR;
	case T_XOR: return OP_XOR;
	case T_SHL: return OP_SHL;
	case T_SHR: return OP_SHR;
	case T_ANDNOT: return OP_ANDNOT;
	case T_ANDAND: return OP_LAND;
	case T_OROR: return OP_LOR;
	case T_EQL: return OP_EQ;
	case T_NEQ: return OP_NE;
	case T_LSS: return OP_LT;
	case T_LEQ: return OP_LE;
	case T_GTR: return OP_GT;
	case T_GEQ: return OP_GE;
	case T_BREAK: return OP_BREAK;
	case T_CONTINUE: return OP_CONTINUE;
	case T_GOTO: return OP_GOTO;
	case T_FALLTHROUGH: return OP_FALLTHROUGH;
	case T_DEFINE: return OP_DEFINE;
	default: return OP_NONE;
	}
}
