/*
 * rtstack.h: how much stack a call into the runtime's C code can use.
 *
 * Generated code checks its stack in every prologue (gen_stack.c), but the
 * runtime's C functions do not: a function that calls one must budget for
 * the deepest stack that call can reach.  The table rt_stack_use is
 * generated at build time by runtime/stack_usage.awk from gcc's call graph
 * of the runtime (-fcallgraph-info=su) into build/compiler/rt_stack_use.c:
 * one entry per exported gort_* function, sorted by strcmp of the name.
 *
 * bytes: the worst case, over every call path, of the stack a call uses
 * below the caller's stack pointer (return addresses, frames and the x86-64
 * red zone at the end of the path); -1 when no bound is known (recursion,
 * an indirect call into Go code, libc's printf family, ...).
 * `make stack-usage` prints the table, deepest first.
 */
#ifndef GOFRONT_RTSTACK_H
#define GOFRONT_RTSTACK_H

typedef struct RtStackUse {
	const char *name;
	int bytes;
} RtStackUse;

extern const RtStackUse rt_stack_use[];
extern const int rt_stack_use_len;

/* gort_select keeps two arrays of n entries on its stack (runtime/select.c,
 * which asserts this bound): its entry in the table leaves them out, and a
 * select of n cases costs rtstack_bytes("gort_select") + n * this. */
#define RT_SELECT_CASE_BYTES 64

/* Worst-case stack bytes a call to runtime function `name` uses below the
 * caller's sp; -1 if unbounded or unknown (not a runtime function). */
long rtstack_bytes(const char *name);

#endif
