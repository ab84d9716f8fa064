/*
 * rt.h: helpers shared between the runtime's own files.
 *
 * gort.h is the contract with generated code; this header is private to
 * the runtime's .c files.  Cross-file internal symbols start with `rt_` so they never
 * clash with gort_ entry points, user symbols or libc.
 *
 * Output model (output.c): fd 1 goes through one buffer that is flushed when
 * full, before anything is written to fd 2, on os.Exit, at normal exit and
 * before a panic or fatal error is printed.  Every byte that reaches fd 2 is
 * therefore ordered after all earlier stdout output, even when both go to the
 * same pipe.  When fd 1 is a terminal the buffer is also flushed at newlines.
 */
#ifndef GOFRONT_RT_H
#define GOFRONT_RT_H

#include <stdbool.h>

#include "gort.h"

#define RT_NORETURN __attribute__((noreturn))

/* ---- output (output.c) ---- */
void rt_write(int fd, const void *p, int64_t n); /* fd 1 buffered; other fds flush fd 1 first */
void rt_flush(void);                             /* flush the stdout buffer */
void rt_exit(int code) RT_NORETURN;              /* flush and _exit-like exit */
void rt_fatal(const char *msg) RT_NORETURN;      /* "fatal error: msg" + exit 2 */

/* A growable byte buffer on the C heap (fmt and friends build text in it). */
typedef struct RtBuf {
	uint8_t *p;
	int64_t len, cap;
} RtBuf;
void rt_buf_put(RtBuf *b, const void *p, int64_t n);
void rt_buf_byte(RtBuf *b, uint8_t c);
void rt_buf_cstr(RtBuf *b, const char *s);
void rt_buf_pad(RtBuf *b, uint8_t c, int64_t n);
void rt_buf_free(RtBuf *b);

/* ---- strings (string.c) ---- */
int rt_encoderune(uint8_t *p, int32_t r);     /* UTF-8 encode (invalid -> U+FFFD); returns 1..4 */
GoString rt_cstr(const char *s);              /* wrap a C string (not copied) */
GoString rt_strdup(const char *p, int64_t n); /* gort_alloc'd copy */
/* An RtBuf's text copied into a gort_alloc'd GoString. */
static inline GoString rt_buf_gostring(RtBuf *b)
{
	return rt_strdup((const char *)b->p, b->len);
}

/* ---- slices (slice.c) ---- */
int64_t rt_roundupsize(int64_t size); /* Go's malloc size-class rounding */

/* ---- floats (fmt_float.c): strconv.FormatFloat(v, verb, prec, bits) ----
 * verb is one of 'e' 'E' 'f' 'g' 'G' 'x' 'X' 'b'; prec < 0 means the
 * shortest representation that reads back as the same float of `bits` bits.
 * Appends the text to b. */
void rt_format_float(RtBuf *b, double v, int verb, int prec, int bits);

/* ---- printing (print.c) ---- */
void rt_print_cstr(const char *s);           /* builtin print of a C string */
int rt_print_float_buf(char *buf, double v); /* "+1.500000e+000" into buf, returns length */

/* ---- methods and panics (iface.c / panic.c) ---- */
/* A catch point: while rt_catch_top points at one, a panic (including a
 * nil-dereference fault) unwinds to it with siglongjmp(jb, 1) and stores
 * the panic value instead of ending the program.  Push: c.prev =
 * rt_catch_top; rt_catch_top = &c; if (sigsetjmp(c.jb, 0) == 0) {...; pop}.
 * (The panic path unblocks the fault signals itself.) */
#include <setjmp.h>
typedef struct RtCatch {
	sigjmp_buf jb;
	GoIface value;
	struct RtCatch *prev;
} RtCatch;
extern RtCatch *rt_catch_top;
const GoMethod *rt_find_method(const GoType *t, const char *name);
bool rt_is_direct(const GoType *t);         /* interface data word holds the value itself */
const void *rt_iface_ptr(const GoIface *v); /* pointer to the value held by v */
bool rt_same_type(const GoType *a, const GoType *b); /* identical dynamic types */
bool rt_comparable(const GoType *t);                 /* == is defined on t's values */
/* Go's == by descriptor; ifaceeq compares interfaces met inside (iface.c). */
typedef bool (*RtIfaceEq)(const GoIface *x, const GoIface *y);
bool rt_equal_by(const GoType *t, const void *a, const void *b, RtIfaceEq ifaceeq);
/* Panic with a runtime.Error whose Error() is "runtime error: " + msg. */
void rt_panic_runtime(const char *msg) RT_NORETURN;
/* Panic with a runtime.Error whose Error() is msg as given (type assertions). */
void rt_panic_error_msg(const char *msg) RT_NORETURN;

/* ---- panics in progress (defer.c runs them, panic.c prints them) ---- */
typedef struct RtPanic {
	GoIface value;
	struct RtPanic *link; /* the panic this one interrupted (older), or NULL */
	bool recovered;       /* recover() stopped it (it may still be printed) */
	bool aborted;         /* a newer panic ran past the deferred call it was making */
} RtPanic;
/* Start panicking with v on the current goroutine: run its deferred calls;
 * returns only by a jump (recovery, or a catch point); else prints and exits. */
void rt_gopanic(GoIface v, const char *sigline) RT_NORETURN;
/* Print the chain of panics (oldest first) as Go does, then exit(2). */
void rt_panic_exit(RtPanic *p, const char *sigline) RT_NORETURN;
/* After a jump back into an older frame (a recovery, a catch point): drop
 * the stack segments the jump left and restore the limit (stack.c; sp is
 * the landing frame's). */
void rt_stack_unwind(uintptr_t sp);
/* Jump to rt_catch_top (popping it) with the panic value v. */
void rt_catch_jump(GoIface v) RT_NORETURN;

/* ---- strconv (strconv.c) ---- */
GoIntErr2 rt_parse_int(const char *fn, GoString s, int64_t base, int64_t bits);

/* ---- the main goroutine's stack (main.c): [lo, hi), guard zone below lo ---- */
extern uintptr_t rt_stack_lo, rt_stack_hi, rt_stack_guard_lo, rt_stack_guard_hi;

/* ---- allocation (alloc.c) ---- */
extern int rt_gc_stress; /* GOFRONT_GC_STRESS was set */

/* sched.c: a runtime call a waiting loop may make (atomics, time.Now, a select
 * with default, ...): yields after 10 ms without a switch; weight: how much
 * the call counts toward a look at the clock. */
void rt_preempt_point(int64_t weight);

/* stack.c: gc's two lines for a stack past the 1 GB limit, then
 * "fatal error: stack overflow"; async-signal-safe. */
void rt_stack_overflow_fatal(uintptr_t sp, uintptr_t lo, uintptr_t hi) RT_NORETURN;

#endif
