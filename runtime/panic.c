/*
 * panic.c: run-time panics and fault signals, printed exactly as Go 1.19.
 *
 * Every panic funnels into panic_value(v, sig): v is the panic value as an
 * interface (runtime errors are values of runtime types with an Error
 * method, so recover() hands them to Go code unchanged), sig is the
 * "[signal ...]" line of a fault, or NULL.  panic_value hands the panic to
 * rt_gopanic (defer.c), which runs the goroutine's deferred calls -- or
 * jumps to a runtime catch point (RtCatch in rt.h: fmt recovers from a
 * panicking String/Error method as Go's catchPanic does) when that is
 * newer.  When nothing recovers it, rt_panic_exit flushes stdout, then
 * writes to stderr in one write(2) the chain of panics, oldest first, as
 * Go's printpanics does:
 *
 *     panic: <first value> [recovered]      (" [recovered]" if it was)
 *         panic: <later value>              (a tab before each later one)
 *     [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]   (faults only)
 *     <blank line>
 *     goroutine N [running]:
 *
 * and exits with status 2.  <value> follows Go's printpanicval: an error
 * prints its Error(), a Stringer its String(); bool, numbers and strings
 * print as the builtin print does (panic(3.5) is "+3.500000e+000"); a named
 * basic type prints as main.MyInt(5) / main.S("x"); anything else as
 * "(main.T) 0xADDR".
 *
 * Bounds messages: gort_panic_slice's `which` (GORT_SLICE_* in gort.h) is
 * Go's boundsErrorCode; the offending value x is reported alone when it is
 * negative ("[:-1]"), else with its bound.
 *
 * Faults: SIGSEGV/SIGBUS at an address below 0x1000 become the nil-pointer
 * panic (Go's rule in sigpanic); a fault in the guard zone of the main
 * stack is "fatal error: stack overflow"; anything else is
 * "unexpected fault address" + "fatal error: fault".  SIGFPE is the integer
 * divide panic.  The handlers run on an alternate signal stack, so a stack
 * overflow can still be reported.  The two recoverable faults do not panic
 * there: the handler rewrites the interrupted context so that the faulting
 * code seems to call fault_panic (as Go's sigpanic injection does), and the
 * panic, with its deferred calls, runs on the goroutine's own stack.
 */
#define _GNU_SOURCE /* REG_RIP in ucontext.h */
#include "rt.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

/* ---- runtime error values ---- */

/* runtime.Error values: a boxed GoString; Error() prefixes "runtime error: ". */
static GoString runtime_error_Error(void *data)
{
	GoString parts[2] = {rt_cstr("runtime error: "), *(GoString *)data};
	return gort_concat(parts, 2, NULL);
}
/* *runtime.TypeAssertionError: data is a pointer to the whole message. */
static GoString plain_error_Error(void *data) { return *(GoString *)data; }

/* RuntimeError(): the marker method of the runtime.Error interface */
static void runtime_error_RuntimeError(void *data) { (void)data; }

static const GoMethod runtime_error_methods[] = {{"Error", (void *)runtime_error_Error},
                                                 {"RuntimeError", (void *)runtime_error_RuntimeError}};
static const GoMethod plain_error_methods[] = {{"Error", (void *)plain_error_Error},
                                               {"RuntimeError", (void *)runtime_error_RuntimeError}};
static const GoType type_errorString = {
	.size = sizeof(GoString), .kind = GOK_STRING, .name = "runtime.errorString",
	.nmethods = 2, .methods = runtime_error_methods,
};
static const GoType type_boundsError = {
	.size = sizeof(GoString), .kind = GOK_STRING, .name = "runtime.boundsError",
	.nmethods = 2, .methods = runtime_error_methods,
};
static const GoType type_TypeAssertionError = {
	.size = 8, .kind = GOK_PTR, .name = "*runtime.TypeAssertionError",
	.nmethods = 2, .methods = plain_error_methods,
};

/* ---- printing the panic value ---- */

static void put_int(RtBuf *b, int64_t v)
{
	char tmp[32];
	rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "%lld", (long long)v));
}

static void put_uint(RtBuf *b, uint64_t v)
{
	char tmp[32];
	rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v));
}

static void put_gostring(RtBuf *b, GoString s) { rt_buf_put(b, s.ptr, s.len); }

/* The basic type name a kind has when it is not a named type. */
static const char *basic_name(int64_t k)
{
	static const char *names[] = {
		[GOK_BOOL] = "bool", [GOK_INT] = "int", [GOK_INT8] = "int8", [GOK_INT16] = "int16",
		[GOK_INT32] = "int32", [GOK_INT64] = "int64", [GOK_UINT] = "uint",
		[GOK_UINT8] = "uint8", [GOK_UINT16] = "uint16", [GOK_UINT32] = "uint32",
		[GOK_UINT64] = "uint64", [GOK_UINTPTR] = "uintptr", [GOK_FLOAT32] = "float32",
		[GOK_FLOAT64] = "float64", [GOK_STRING] = "string",
	};
	return k >= 0 && k <= GOK_STRING ? names[k] : NULL;
}

/* Print a bool/number/string the way the builtin print does. */
static bool put_basic(RtBuf *b, int64_t kind, const void *p)
{
	char tmp[32];
	switch (kind) {
	case GOK_BOOL: rt_buf_cstr(b, *(const uint8_t *)p ? "true" : "false"); return true;
	case GOK_INT: case GOK_INT64: put_int(b, *(const int64_t *)p); return true;
	case GOK_INT8: put_int(b, *(const int8_t *)p); return true;
	case GOK_INT16: put_int(b, *(const int16_t *)p); return true;
	case GOK_INT32: put_int(b, *(const int32_t *)p); return true;
	case GOK_UINT: case GOK_UINT64: case GOK_UINTPTR: put_uint(b, *(const uint64_t *)p); return true;
	case GOK_UINT8: put_uint(b, *(const uint8_t *)p); return true;
	case GOK_UINT16: put_uint(b, *(const uint16_t *)p); return true;
	case GOK_UINT32: put_uint(b, *(const uint32_t *)p); return true;
	case GOK_FLOAT32: rt_buf_put(b, tmp, rt_print_float_buf(tmp, *(const float *)p)); return true;
	case GOK_FLOAT64: rt_buf_put(b, tmp, rt_print_float_buf(tmp, *(const double *)p)); return true;
	case GOK_STRING: put_gostring(b, *(const GoString *)p); return true;
	}
	return false;
}

static void put_panic_value(RtBuf *b, GoIface v)
{
	if (v.type == NULL) {
		rt_buf_cstr(b, "nil");
		return;
	}
	/* an error or a fmt.Stringer: name and signature (iface_sig.c) */
	const GoMethod *m = gort_has_method(v.type, "Error", "func() string") ? rt_find_method(v.type, "Error") : NULL;
	if (!m && gort_has_method(v.type, "String", "func() string"))
		m = rt_find_method(v.type, "String");
	if (m) {
		put_gostring(b, ((GoString(*)(void *))m->fn)(v.data));
		return;
	}
	const char *basic = basic_name(v.type->kind);
	const void *p = rt_iface_ptr(&v);
	if (basic && strcmp(basic, v.type->name) == 0) {
		put_basic(b, v.type->kind, p);
	} else if (basic) {
		rt_buf_cstr(b, v.type->name);
		rt_buf_cstr(b, v.type->kind == GOK_STRING ? "(\"" : "(");
		put_basic(b, v.type->kind, p);
		rt_buf_cstr(b, v.type->kind == GOK_STRING ? "\")" : ")");
	} else {
		char tmp[40];
		rt_buf_cstr(b, "(");
		rt_buf_cstr(b, v.type->name);
		rt_buf_cstr(b, ") ");
		rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "0x%llx", (unsigned long long)(uintptr_t)v.data));
	}
}

int64_t rt_goid(void); /* sched.c */

RtCatch *rt_catch_top;

void rt_catch_jump(GoIface v)
{
	/* a runtime-internal recover point (fmt calling a String method) */
	RtCatch *c = rt_catch_top;
	rt_catch_top = c->prev;
	c->value = v;
	/* catch points are set without saving the signal mask: make sure the
	 * fault signals are not left blocked */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigaddset(&set, SIGBUS);
	sigaddset(&set, SIGFPE);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	siglongjmp(c->jb, 1);
}

/* Go's printpanics: the oldest panic first, each later one after a tab. */
static void put_panics(RtBuf *b, RtPanic *p)
{
	if (p->link) {
		put_panics(b, p->link);
		rt_buf_cstr(b, "\t");
	}
	rt_buf_cstr(b, "panic: ");
	put_panic_value(b, p->value);
	if (p->recovered)
		rt_buf_cstr(b, " [recovered]");
	rt_buf_cstr(b, "\n");
}

void rt_panic_exit(RtPanic *p, const char *sigline)
{
	static bool printing;
	if (printing) {
		/* the value's Error/String method panicked in turn (Go's preprintpanics) */
		GoIface v = p->value;
		RtBuf m = {0};
		rt_buf_cstr(&m, "panic while printing panic value: ");
		if (v.type && v.type->kind == GOK_STRING && strcmp(v.type->name, "string") == 0) {
			GoString s = *(GoString *)v.data;
			rt_buf_put(&m, s.ptr, s.len);
		} else {
			rt_buf_cstr(&m, "type ");
			rt_buf_cstr(&m, v.type ? v.type->name : "nil");
		}
		rt_buf_byte(&m, 0);
		rt_fatal((const char *)m.p);
	}
	printing = true;
	rt_flush();
	RtBuf b = {0};
	put_panics(&b, p);
	if (sigline)
		rt_buf_cstr(&b, sigline);
	char tmp[64];
	snprintf(tmp, sizeof tmp, "\ngoroutine %lld [running]:\n", (long long)rt_goid());
	rt_buf_cstr(&b, tmp);
	rt_write(2, b.p, b.len);
	rt_exit(2);
}

static void panic_value(GoIface v, const char *sigline) RT_NORETURN;
static void panic_value(GoIface v, const char *sigline) { rt_gopanic(v, sigline); }

static void panic_user(GoIface v) RT_NORETURN;
static void panic_user(GoIface v) { panic_value(v, NULL); }

static GoIface box_string(const GoType *t, const char *msg)
{
	GoString *s = gort_alloc(sizeof(GoString), t);
	*s = rt_strdup(msg, (int64_t)strlen(msg));
	return (GoIface){t, s};
}

static void panic_runtime(const char *msg) RT_NORETURN;
static void panic_runtime(const char *msg) { panic_value(box_string(&type_errorString, msg), NULL); }

static void panic_error_msg(const char *msg) RT_NORETURN;
static void panic_error_msg(const char *msg)
{
	panic_value(box_string(&type_TypeAssertionError, msg), NULL);
}

/* ---- the gort_panic_* entry points ---- */

static void panic_bounds(const char *msg) RT_NORETURN;
static void panic_bounds(const char *msg)
{
	panic_value(box_string(&type_boundsError, msg), NULL);
}

static void panic_index(int64_t i, int64_t len) RT_NORETURN;
static void panic_index(int64_t i, int64_t len)
{
	char msg[96];
	if (i < 0)
		snprintf(msg, sizeof msg, "index out of range [%lld]", (long long)i);
	else
		snprintf(msg, sizeof msg, "index out of range [%lld] with length %lld", (long long)i,
		         (long long)len);
	panic_bounds(msg);
}

/* (*T).M called through a nil *T for a value method M: gc's panicwrap,
 * msg = "value method main.T.M called using nil *T pointer" */
static void panic_wrap(const char *msg) RT_NORETURN;
static void panic_wrap(const char *msg)
{
	panic_error_msg(msg);
}

/* (*[n]T)(s) with len(s) < n: a runtime.Error, as gc's panicSliceConvert */
static void panic_convert(int64_t len, int64_t n) RT_NORETURN;
static void panic_convert(int64_t len, int64_t n)
{
	char msg[128];
	snprintf(msg, sizeof msg, "cannot convert slice with length %lld to pointer to array with length %lld",
	         (long long)len, (long long)n);
	panic_bounds(msg);
}

static void panic_slice(int64_t lo, int64_t hi, int64_t cap, int64_t which) RT_NORETURN;
static void panic_slice(int64_t lo, int64_t hi, int64_t cap, int64_t which)
{
	/* x: the offending value; fmt/negfmt: Go's message with and without the bound y */
	int64_t x = hi, y = cap;
	const char *fmt, *negfmt;
	switch (which) {
	case GORT_SLICE_ALEN: fmt = "[:%lld] with length %lld"; negfmt = "[:%lld]"; break;
	case GORT_SLICE_ACAP: fmt = "[:%lld] with capacity %lld"; negfmt = "[:%lld]"; break;
	case GORT_SLICE_B: x = lo, y = hi; fmt = "[%lld:%lld]"; negfmt = "[%lld:]"; break;
	case GORT_SLICE3_ALEN: fmt = "[::%lld] with length %lld"; negfmt = "[::%lld]"; break;
	case GORT_SLICE3_ACAP: fmt = "[::%lld] with capacity %lld"; negfmt = "[::%lld]"; break;
	case GORT_SLICE3_B: x = lo, y = hi; fmt = "[:%lld:%lld]"; negfmt = "[:%lld:]"; break;
	case GORT_SLICE3_C: x = lo, y = hi; fmt = "[%lld:%lld:]"; negfmt = "[%lld::]"; break;
	default: x = lo, y = hi; fmt = "[%lld:%lld]"; negfmt = "[%lld:]"; break;
	}
	char msg[128] = "slice bounds out of range ";
	size_t n = strlen(msg);
	if (x < 0)
		snprintf(msg + n, sizeof msg - n, negfmt, (long long)x);
	else
		snprintf(msg + n, sizeof msg - n, fmt, (long long)x, (long long)y);
	panic_bounds(msg);
}





static void panic_mem(uint64_t code, uint64_t addr, uint64_t pc) RT_NORETURN;
static void panic_mem(uint64_t code, uint64_t addr, uint64_t pc)
{
	char sig[160];
	snprintf(sig, sizeof sig,
	         "[signal SIGSEGV: segmentation violation code=0x%llx addr=0x%llx pc=0x%llx]\n",
	         (unsigned long long)code, (unsigned long long)addr, (unsigned long long)pc);
	panic_value(box_string(&type_errorString,
	                       "invalid memory address or nil pointer dereference"),
	            sig);
}



/* ---- the entry points generated code calls ----
 *
 * A bounds check may fail anywhere, and the function it is in budgeted no
 * stack for the panic (its check would otherwise demand 16 KiB of every
 * goroutine): so each entry point first moves to a segment with room
 * (rt_stack_deep, stack.c), then formats, boxes and raises the panic
 * there.  The runtime's own panics (rt_panic_runtime, rt_panic_error_msg)
 * take the same road, for the same reason. */

/* weak: the C tests may link no scheduler */
void rt_stack_deep(void (*fn)(void *), void *arg) __attribute__((weak));

typedef struct PanicArgs {
	int what;
	int64_t a, b, c, d;
	const void *p;
	GoIface v;
} PanicArgs;

enum { P_USER, P_INDEX, P_WRAP, P_CONVERT, P_SLICE, P_DIVIDE, P_SHIFT, P_NIL, P_RUNTIME, P_ERRMSG };

/* noinline: stack_usage.awk knows it by name (a direct call only without a scheduler) */
static __attribute__((noinline)) void panic_now(void *arg)
{
	PanicArgs *p = arg;
	switch (p->what) {
	case P_USER: panic_user(p->v);
	case P_INDEX: panic_index(p->a, p->b);
	case P_WRAP: panic_wrap(p->p);
	case P_CONVERT: panic_convert(p->a, p->b);
	case P_SLICE: panic_slice(p->a, p->b, p->c, p->d);
	case P_DIVIDE: panic_runtime("integer divide by zero");
	case P_SHIFT: panic_runtime("negative shift amount");
	case P_RUNTIME: panic_runtime(p->p);
	case P_ERRMSG: panic_error_msg(p->p);
	default: panic_mem(1, 0, (uint64_t)p->a);
	}
}

static void raise_deep(PanicArgs p) RT_NORETURN;
static void raise_deep(PanicArgs p)
{
	if (rt_stack_deep)
		rt_stack_deep(panic_now, &p);
	else
		panic_now(&p);
	__builtin_unreachable();
}

void gort_panic(GoIface v) { raise_deep((PanicArgs){.what = P_USER, .v = v}); }
void gort_panic_index(int64_t i, int64_t len) { raise_deep((PanicArgs){.what = P_INDEX, .a = i, .b = len}); }
void gort_panic_wrap(const char *msg) { raise_deep((PanicArgs){.what = P_WRAP, .p = msg}); }
void gort_panic_convert(int64_t len, int64_t n) { raise_deep((PanicArgs){.what = P_CONVERT, .a = len, .b = n}); }
void gort_panic_slice(int64_t lo, int64_t hi, int64_t cap, int64_t which)
{
	raise_deep((PanicArgs){.what = P_SLICE, .a = lo, .b = hi, .c = cap, .d = which});
}
void gort_panic_divide(void) { raise_deep((PanicArgs){.what = P_DIVIDE}); }
/* the runtime's own panics (chan.c, slice.c, ...): the same way */
void rt_panic_runtime(const char *msg) { raise_deep((PanicArgs){.what = P_RUNTIME, .p = msg}); }
void rt_panic_error_msg(const char *msg) { raise_deep((PanicArgs){.what = P_ERRMSG, .p = msg}); }
void gort_panic_shift(void) { raise_deep((PanicArgs){.what = P_SHIFT}); }
void gort_panic_nil(void)
{
	raise_deep((PanicArgs){.what = P_NIL, .a = (int64_t)(uintptr_t)__builtin_return_address(0)});
}

/* ---- fault signals ---- */

/* A fault in the main stack's guard zone [rt_stack_guard_lo, _hi) (main.c),
 * or just below the faulting sp, is a stack overflow: Go's two lines. */
static void stack_overflow(uint64_t sp) RT_NORETURN;
static void stack_overflow(uint64_t sp)
{
	rt_stack_overflow_fatal((uintptr_t)sp, rt_stack_lo, rt_stack_hi);
}

/* The fault a handler turned into a call of fault_panic (one thread runs Go code). */
static struct {
	int sig;
	uint64_t code, addr, pc;
} fault;

static void fault_panic(void) RT_NORETURN;
static void fault_panic(void)
{
	if (fault.sig == SIGFPE)
		gort_panic_divide();
	panic_mem(fault.code, fault.addr, fault.pc);
}

/* stack.c (weak: the C tests may link no scheduler) */
uintptr_t rt_stack_fault_segment(uintptr_t sp) __attribute__((weak));

static void on_fault(int sig, siginfo_t *si, void *uc_)
{
	ucontext_t *uc = uc_;
	uintptr_t addr = (uintptr_t)si->si_addr;
	uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
	uint64_t sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];

	/* -d checkescape (runtime/poison.c): a pointer read from a dead frame */
	extern int rt_poison_fault(siginfo_t *, void *);
	if (sig == SIGSEGV && rt_poison_fault(si, uc))
		rt_fatal("read of poisoned stack memory (escape analysis bug)");
	if (sig == SIGFPE || addr < 0x1000) {
		/* A recoverable panic: its deferred calls must run on the
		 * goroutine's stack, not on this signal stack.  As Go's sigpanic
		 * injection does, make the faulting code appear to call
		 * fault_panic: push the pc as a return address below the red
		 * zone (16-aligned before the push, as a call leaves it) and
		 * resume there once the handler returns (which also restores
		 * the signal mask). */
		if (sig != SIGFPE && pc == 0 && sp != 0) /* a call through a nil func: the caller */
			pc = *(uint64_t *)sp;
		fault.sig = sig;
		fault.code = (uint64_t)si->si_code;
		fault.addr = addr;
		fault.pc = pc;
		/* on a goroutine, onto a fresh segment: the faulting function
		 * budgeted no stack for a panic (rt_stack_deep's reason) */
		uint64_t top = rt_stack_fault_segment ? rt_stack_fault_segment(sp) : 0;
		uint64_t nsp = (top ? top : (sp - 128) & ~(uint64_t)15) - 8;
		*(uint64_t *)nsp = pc;
		uc->uc_mcontext.gregs[REG_RSP] = (greg_t)nsp;
		uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)fault_panic;
		return;
	}
	if ((addr >= rt_stack_guard_lo && addr < rt_stack_guard_hi) ||
	    (addr < sp + 4096 && addr + 256 * 1024 > sp))
		stack_overflow(sp);
	char msg[64];
	rt_flush();
	int n = snprintf(msg, sizeof msg, "unexpected fault address %#llx\n",
	                 (unsigned long long)addr);
	rt_write(2, msg, n);
	rt_fatal("fault");
}

void rt_install_signals(void)
{
	static uint8_t altstack[64 * 1024];
	stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
	sigaltstack(&ss, NULL);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
}
