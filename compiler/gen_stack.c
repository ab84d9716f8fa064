/*
 * gen_stack.c: the stack check every function starts with, and what it
 * budgets for.
 *
 * Goroutine stacks are linked segments that never move (runtime/stack.c).
 * Every function gen compiles starts with
 *
 *     sp = %rsp;
 *     if (__builtin_expect(sp - FRAME < gort_stack_limit, 0)) {
 *         gort_morestack_fn = &self;
 *         gort_morestack_info = FRAME << 32 | ARGBYTES;   (when needed)
 *         return ((typeof(&self))gort_morestack)(the same arguments);
 *     }
 *
 * gort_morestack (assembly) runs self again on a new segment.  The three
 * variables are thread-local, reached with the local-exec model (the
 * program is linked -no-pie, compiled -fno-pic).
 *
 * The budget.  Below a segment's limit lies its reserve; what a function
 * uses below the sp it reads is either in FRAME or in the reserve:
 *   - FRAME counts what gen knows exactly: the big locals alloca'd after
 *     the check (gen.c frame_local) and the deepest runtime C call the
 *     function makes.  Every call goes through gen_new_call, which looks
 *     the callee up in the runtime's worst-case stack table
 *     (build/compiler/rt_stack_use.c, made by runtime/stack_usage.awk from
 *     gcc's call graph of the runtime; rtstack.h).  A callee with no bound
 *     (fmt, sort: they call back into Go or into libc's printf family)
 *     costs RT_DEEP, so a function that prints leaves a 2 KiB first
 *     segment at once, as a Go function with a big frame would.
 *   - gcc's own fixed frame is not known until gcc has compiled the
 *     function, so it lives in the reserve.  gofront compiles with
 *     -fstack-usage and, after linking, writes 2 * the largest fixed frame
 *     + 160 into the program's gort_stack_reserve (gen_stack_measure_end):
 *     room for the frame of a function whose check passed and for the
 *     frame of a callee whose check fails with its frame already allocated
 *     (gort_morestack writes only its return address below it), plus the
 *     128-byte red zone a leaf may use below its sp, and some slack; plus
 *     what the runtime calls of the unchecked thunks gen makes need.
 * The runtime sizes first segments from that reserve: 2 KiB for most
 * programs, so a blocked goroutine costs about as much memory as in Go.
 *
 * ARGBYTES is the bytes of stack-passed arguments: exact where the SysV
 * rule is easy (stack_argbytes), else the parameter sizes rounded up to 8.
 * The info store is left out when FRAME <= FRAME_IMPLIED and ARGBYTES is
 * 0 (the runtime then assumes FRAME_IMPLIED, and resets the info after
 * each use): with a second TLS store in the slow path gcc stops inlining
 * recursive functions into themselves, and fib ran 2x slower.  The check
 * goes in the entry block, which is filled last, when the budget is known.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"
#include "rtstack.h"

enum {
	RT_DEEP = 16 * 1024,     /* a runtime call without a bound */
	FRAME_IMPLIED = 2048,    /* runtime/stack.c assumes this when the info is 0 */
	DEFAULT_RESERVE = 16384, /* gort_stack_reserve if it cannot be measured */
};

static gcc_jit_lvalue *tls_global(Gen *g, const char *name, gcc_jit_type *t)
{
	gcc_jit_lvalue *v = gen_import_global(g, name, t);
	gcc_jit_lvalue_set_tls_model(v, GCC_JIT_TLS_MODEL_LOCAL_EXEC);
	return v;
}

/* ---- what runtime calls cost ---- */

static unsigned long cost_hash(gcc_jit_function *f, int cap)
{
	return ((unsigned long)(uintptr_t)f >> 4) * 0x9E3779B97F4A7C15ul >> 7 &
	       (unsigned long)(cap - 1);
}

static void set_cost(Gen *g, gcc_jit_function *f, long bytes)
{
	if (2 * (g->nrtcost + 1) > g->caprtcost) {
		struct RtCost *old = g->rtcost;
		int oldcap = g->caprtcost;
		g->caprtcost = oldcap ? 2 * oldcap : 256;
		g->rtcost = xmalloc((size_t)g->caprtcost * sizeof *g->rtcost);
		memset(g->rtcost, 0, (size_t)g->caprtcost * sizeof *g->rtcost);
		g->nrtcost = 0;
		for (int i = 0; i < oldcap; i++)
			if (old[i].f)
				set_cost(g, old[i].f, old[i].bytes);
		free(old);
	}
	unsigned long i = cost_hash(f, g->caprtcost);
	while (g->rtcost[i].f && g->rtcost[i].f != f)
		i = (i + 1) & (unsigned long)(g->caprtcost - 1);
	if (!g->rtcost[i].f)
		g->nrtcost++;
	g->rtcost[i] = (struct RtCost){f, bytes};
}

static long get_cost(Gen *g, gcc_jit_function *f)
{
	if (!g->caprtcost)
		return 0;
	unsigned long i = cost_hash(f, g->caprtcost);
	while (g->rtcost[i].f) {
		if (g->rtcost[i].f == f)
			return g->rtcost[i].bytes;
		i = (i + 1) & (unsigned long)(g->caprtcost - 1);
	}
	return 0; /* a Go function: it checks its own stack */
}

void gen_note_runtime(Gen *g, gcc_jit_function *f, const char *name)
{
	long bytes = rtstack_bytes(name);
	set_cost(g, f, bytes < 0 || bytes > RT_DEEP ? RT_DEEP : bytes);
}

/* A call in a function with a check counts in its FRAME.  The small
 * functions gen makes without a check (go thunks, method wrappers) run on
 * their caller's budget, so what their runtime calls need is added to the
 * reserve instead (thunk_rt_need).  Calls made while g->unbudgeted need
 * nothing: go__init and C main run on the main goroutine's own big
 * segment, and deferred calls run from the defer machinery, which the
 * deferring function budgets (gort_deferreturn is unbounded) or on a
 * panic's deep segment. */
void gen_note_call(Gen *g, gcc_jit_function *f)
{
	if (g->unbudgeted)
		return;
	long bytes = get_cost(g, f);
	if (g->fn != g->body_fn) {
		if (bytes > g->thunk_rt_need)
			g->thunk_rt_need = bytes;
	} else if (bytes > g->rt_need)
		g->rt_need = bytes;
}

void gen_note_stack(Gen *g, gcc_jit_function *f, long extra)
{
	long bytes = get_cost(g, f);
	if (bytes < RT_DEEP)
		bytes += extra;
	if (g->fn == g->body_fn && !g->unbudgeted && bytes > g->rt_need)
		g->rt_need = bytes;
}

/* The program-wide part: the flag that tells the runtime to run main on
 * segments too, the reserve, the TLS variables, and the costs of the libc
 * routines gcc's builtins may call. */
void gen_stack_init(Gen *g)
{
	set_cost(g, g->b_memset, 64);
	set_cost(g, g->b_memmove, 64);
	set_cost(g, g->b_memcmp, 64);
	/* GOFRONT_NO_STACK_CHECK=1 (for measurements): no checks; the runtime
	 * then runs main on one big stack, and goroutines get 32 KiB slots */
	const char *off = getenv("GOFRONT_NO_STACK_CHECK");
	if (off && *off && strcmp(off, "0") != 0)
		return;
	gcc_jit_lvalue *flag =
	        gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED,
	                                   gcc_jit_type_get_const(g->t_i64), "gort_stack_checks");
	gcc_jit_global_set_initializer_rvalue(flag, gen_i64(g, 1));
	/* not const: gen_stack_patch rewrites it in the executable */
	gcc_jit_lvalue *reserve = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED,
	                                                     g->t_i64, "gort_stack_reserve");
	gcc_jit_global_set_initializer_rvalue(reserve, gen_i64(g, DEFAULT_RESERVE));
	reserve = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_EXPORTED, g->t_i64,
	                                     "gort_stack_reserve_main");
	gcc_jit_global_set_initializer_rvalue(reserve, gen_i64(g, DEFAULT_RESERVE));
	g->stack_limit = tls_global(g, "gort_stack_limit", g->t_u64);
	g->morestack_fn = tls_global(g, "gort_morestack_fn", g->t_voidp);
	g->morestack_info = tls_global(g, "gort_morestack_info", g->t_u64);
	g->morestack = gen_import(g, "gort_morestack", g->t_void, 0, NULL);
}

/* The bytes of stack-passed arguments of a function with these parameter
 * types, when they are easy to know under the SysV x86-64 ABI: integer,
 * pointer and float scalars and the two-word GoString/GoIface in registers
 * (up to 6 integer and 8 float registers, one less integer register with a
 * hidden result pointer), aggregates over 16 bytes in memory on the stack.
 * -1 for anything else: the caller then passes the upper bound. */
static long stack_argbytes(Gen *g, gcc_jit_type **pt, int np, gcc_jit_type *ret)
{
	int ints = 0, sses = 0;
	long stack = 0;
	if (ret != g->t_void && gcc_jit_type_is_struct(ret) && gen_size_of(g, ret) > 16)
		ints = 1;
	for (int i = 0; i < np; i++) {
		gcc_jit_type *t = gcc_jit_type_unqualified(pt[i]);
		long size = gen_size_of(g, t);
		if (t == g->t_f64 || t == g->t_f32)
			sses++;
		else if (gcc_jit_type_is_integral(t) || gcc_jit_type_is_pointer(t) ||
		         gcc_jit_type_is_bool(t))
			ints++;
		else if (t == g->t_string || t == g->t_iface)
			ints += 2;
		else if (gcc_jit_type_is_struct(t) && size > 16)
			stack += (size + 7) / 8 * 8;
		else
			return -1;
	}
	return ints > 6 || sses > 8 ? -1 : stack;
}

/* Fill the entry block of the function just generated (g->fn), whose body
 * starts at block `body`. */
void gen_prologue(Gen *g, gcc_jit_block *entry, gcc_jit_block *body, Pos pos)
{
	gcc_jit_location *loc = gen_loc(g, pos);
	gcc_jit_context *c = g->ctx;
	if (!g->stack_limit) {
		gcc_jit_block_end_with_jump(entry, loc, body);
		return;
	}
	long frame = g->alloca_bytes + g->rt_need;
	if (g->alloca_bytes) {
		if (g->nfnotes == g->capfnotes) {
			g->capfnotes = g->capfnotes ? 2 * g->capfnotes : 16;
			g->fnotes = xrealloc(g->fnotes, sizeof *g->fnotes * g->capfnotes);
		}
		g->fnotes[g->nfnotes++] = (struct FrameNote){
		        xstrdup(gcc_jit_object_get_debug_string(gcc_jit_function_as_object(g->fn))),
		        g->alloca_bytes};
	}
	int np = gcc_jit_function_get_param_count(g->fn);
	long argbytes = 0;
	gcc_jit_type **pt = xmalloc(sizeof *pt * (np + 1));
	gcc_jit_rvalue **args = xmalloc(sizeof *args * (np + 1));
	for (int i = 0; i < np; i++) {
		args[i] = gcc_jit_param_as_rvalue(gcc_jit_function_get_param(g->fn, i));
		pt[i] = gcc_jit_rvalue_get_type(args[i]);
		argbytes += (gen_size_of(g, pt[i]) + 7) / 8 * 8;
	}
	long exact = stack_argbytes(g, pt, np, g->fi->ret);
	if (exact >= 0)
		argbytes = exact;
	/* sp = %rsp */
	gcc_jit_lvalue *sp = gcc_jit_function_new_local(g->fn, loc, g->t_u64, "sp");
	gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(entry, loc, "mov %%rsp, %0");
	gcc_jit_extended_asm_add_output_operand(a, NULL, "=r", sp);
	/* volatile: each run of the entry block reads sp afresh.  Otherwise gcc
	 * may turn self-recursion into a loop back to the body and keep the
	 * first sp, while the loop's alloca'd locals pile up unchecked */
	gcc_jit_extended_asm_set_volatile_flag(a, 1);
	gcc_jit_rvalue *low = gcc_jit_lvalue_as_rvalue(sp);
	if (frame)
		low = gcc_jit_context_new_binary_op(c, loc, GCC_JIT_BINARY_OP_MINUS, g->t_u64, low,
		                                    gen_intc(g, g->t_u64, frame));
	gcc_jit_rvalue *cond = gcc_jit_context_new_comparison(
	        c, loc, GCC_JIT_COMPARISON_LT, low, gcc_jit_lvalue_as_rvalue(g->stack_limit));
	gcc_jit_type *lg = gcc_jit_context_get_type(c, GCC_JIT_TYPE_LONG);
	gcc_jit_rvalue *eargs[2] = {gcc_jit_context_new_cast(c, loc, cond, lg),
	                            gcc_jit_context_new_rvalue_from_long(c, lg, 0)};
	cond = gcc_jit_context_new_comparison(c, loc, GCC_JIT_COMPARISON_NE,
	                                      gen_new_call(g, loc, g->b_expect, 2, eargs),
	                                      gcc_jit_context_new_rvalue_from_long(c, lg, 0));
	gcc_jit_block *grow = gcc_jit_function_new_block(g->fn, "morestack");
	gcc_jit_block_end_with_conditional(entry, loc, cond, grow, body);
	/* gort_morestack_fn = &self; info = frame << 32 | argbytes; return morestack(args) */
	gcc_jit_block_add_assignment(
	        grow, loc, g->morestack_fn,
	        gcc_jit_context_new_cast(c, loc, gcc_jit_function_get_address(g->fn, loc),
	                                 g->t_voidp));
	/* the runtime resets the info to 0 after each use (gort.h): a second
	 * TLS store here would cost gcc its recursive inlining (fib: 2x) */
	if (frame > FRAME_IMPLIED || argbytes)
		gcc_jit_block_add_assignment(
		        grow, loc, g->morestack_info,
		        gen_intc(g, g->t_u64,
		                 (long)((unsigned long)frame << 32 | (unsigned long)argbytes)));
	gcc_jit_type *ret = g->fi->ret;
	gcc_jit_type *fpt = gcc_jit_context_new_function_ptr_type(c, loc, ret, np, pt, 0);
	gcc_jit_rvalue *fp = gcc_jit_context_new_cast(
	        c, loc, gcc_jit_function_get_address(g->morestack, loc), fpt);
	gcc_jit_rvalue *call = gcc_jit_context_new_call_through_ptr(c, loc, fp, np, args);
	if (ret == g->t_void) {
		gcc_jit_block_add_eval(grow, loc, call);
		gcc_jit_block_end_with_void_return(grow, loc);
	} else
		gcc_jit_block_end_with_return(grow, loc, call);
}

/* ---- the reserve: gcc's frame sizes, into the executable ---- */

/* gcc writes the -fstack-usage table into the current directory (as
 * gccaux.su), so the compilation runs in a private temporary directory. */
bool gen_stack_measure_begin(Gen *g, char **out)
{
	if (!g->stack_limit)
		return false;
	strcpy(g->su_dir, "/tmp/gofront-su-XXXXXX");
	if (!mkdtemp(g->su_dir))
		return false;
	g->su_cwd = open(".", O_RDONLY | O_DIRECTORY);
	if (g->su_cwd < 0) {
		rmdir(g->su_dir);
		return false;
	}
	if ((*out)[0] != '/') { /* the output path, from the old directory */
		char *cwd = getcwd(NULL, 0);
		*out = xprintf("%s/%s", cwd ? cwd : ".", *out);
		free(cwd);
	}
	if (chdir(g->su_dir) != 0) {
		close(g->su_cwd);
		rmdir(g->su_dir);
		return false;
	}
	gcc_jit_context_add_command_line_option(g->ctx, "-fstack-usage");
	return true;
}

static long alloca_of(Gen *g, const char *name)
{
	for (int i = 0; i < g->nfnotes; i++)
		if (strcmp(g->fnotes[i].name, name) == 0)
			return g->fnotes[i].alloca;
	return 0;
}

/* Does the .su line's function (gcc's name: clones get ".part.0",
 * ".isra.0", ...) belong to `base`? */
static bool is_or_clone_of(const char *name, const char *base)
{
	size_t n = strlen(base);
	return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '.');
}

/* The largest fixed frames in the table (one line per function:
 * "file:line:col:name<TAB>bytes<TAB>qualifiers"): *all over every function,
 * *goroutines over those that may run on a goroutine other than main's
 * (main.main when nothing calls it, go__init and C main run only on main's
 * own first segment, which has a 16 KiB reserve).  A "dynamic,bounded"
 * count includes the alloca'd big locals, which FRAME already budgets:
 * they are taken out again.  False if unreadable. */
static bool largest_frames(Gen *g, const char *path, long *all, long *goroutines)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	const char *mainname = NULL;
	if (g->prog->main_func && !g->prog->main_func->used && g->prog->main_func->func_)
		mainname = gcc_jit_object_get_debug_string(
		        gcc_jit_function_as_object(gen_funcinfo(g, g->prog->main_func->func_)->fn));
	char line[4096];
	*all = *goroutines = 0;
	while (fgets(line, sizeof line, f)) {
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = 0;
		char *name = strrchr(line, ':');
		name = name ? name + 1 : line;
		char *qual;
		long bytes = strtol(tab + 1, &qual, 10);
		if (strstr(qual, "bounded"))
			bytes -= alloca_of(g, name);

		if (bytes > *all)
			*all = bytes;
		bool main_only = strcmp(name, "main") == 0 || is_or_clone_of(name, "go__init") ||
		                 (mainname && is_or_clone_of(name, mainname));
		if (!main_only && bytes > *goroutines)
			*goroutines = bytes;
	}
	fclose(f);
	return true;
}

/* Overwrite the 8-byte value of symbol `sym` in the ELF executable. */
static bool patch_i64(const char *exe, const char *sym, int64_t v)
{
	bool ok = false;
	int fd = open(exe, O_RDWR);
	if (fd < 0)
		return false;
	struct stat st;
	uint8_t *img = NULL;
	if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(Elf64_Ehdr))
		goto out;
	img = xmalloc((size_t)st.st_size);
	if (pread(fd, img, (size_t)st.st_size, 0) != st.st_size)
		goto out;
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)st.st_size)
		goto out;
	Elf64_Shdr *sh = (Elf64_Shdr *)(img + eh->e_shoff);
	for (int i = 0; i < eh->e_shnum && !ok; i++) {
		if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
			continue;
		Elf64_Shdr *strs = &sh[sh[i].sh_link];
		if (sh[i].sh_offset + sh[i].sh_size > (uint64_t)st.st_size ||
		    strs->sh_offset + strs->sh_size > (uint64_t)st.st_size)
			goto out;
		Elf64_Sym *syms = (Elf64_Sym *)(img + sh[i].sh_offset);
		for (uint64_t k = 0; k < sh[i].sh_size / sizeof(Elf64_Sym); k++) {
			if (syms[k].st_name >= strs->sh_size ||
			    strcmp((char *)img + strs->sh_offset + syms[k].st_name, sym) != 0)
				continue;
			if (syms[k].st_shndx == SHN_UNDEF || syms[k].st_shndx >= eh->e_shnum)
				goto out;
			Elf64_Shdr *sec = &sh[syms[k].st_shndx];
			uint64_t off = sec->sh_offset + (syms[k].st_value - sec->sh_addr);
			if (sec->sh_type != SHT_PROGBITS || off + 8 > (uint64_t)st.st_size)
				goto out;
			ok = pwrite(fd, &v, 8, (off_t)off) == 8;
			break;
		}
	}
out:
	free(img);
	close(fd);
	return ok;
}

/* The reserve for the largest fixed frame max: see the essay. */
static int64_t reserve_for(Gen *g, long max)
{
	int64_t reserve = (2 * max + 160 + g->thunk_rt_need + 15) & ~(int64_t)15;
	return reserve < 256 ? 256 : reserve;
}

/* After linking exe: back to the old directory, read the frame sizes and
 * write the reserve into the program (left at DEFAULT_RESERVE, which is
 * always safe for gcc's frames up to 8 KiB, if anything fails). */
void gen_stack_measure_end(Gen *g, const char *exe, bool linked)
{
	char *su = xprintf("%s/gccaux.su", g->su_dir);
	if (fchdir(g->su_cwd) != 0)
		diag_ice((Pos){0}, "cannot return to the working directory");
	close(g->su_cwd);
	long all, goroutines;
	bool ok = linked && largest_frames(g, su, &all, &goroutines);
	unlink(su);
	rmdir(g->su_dir);
	free(su);
	if (!ok)
		return;
	int64_t reserve = reserve_for(g, goroutines), main_reserve = reserve_for(g, all);
	patch_i64(exe, "gort_stack_reserve", reserve);
	patch_i64(exe, "gort_stack_reserve_main", main_reserve);
	if (getenv("GOFRONT_STACK_VERBOSE"))
		fprintf(stderr,
		        "gofront: largest frame %ld bytes (%ld on goroutines), stack reserve %lld "
		        "(main goroutine %lld)\n",
		        all, goroutines, (long long)reserve, (long long)main_reserve);
}
