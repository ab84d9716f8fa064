/*
 * gort.h: the contract between generated code and the runtime.
 *
 * Every symbol that code emitted by compiler/gen*.c calls starts with `gort_`,
 * so it never clashes with user or libc names.  The layouts below are the
 * ones gen builds with libgccjit; change both sides together.
 *
 *   Go type        C layout (amd64)
 *   int, uint      int64_t, uint64_t (8 bytes)
 *   bool           uint8_t (0/1)
 *   string         GoString  {const uint8_t *ptr; int64_t len}
 *   []T            GoSlice   {void *ptr; int64_t len, cap}
 *   interface      GoIface   {const GoType *type; void *data}
 *                  data holds the value itself when the dynamic type is
 *                  pointer-shaped (types_is_direct_iface: pointers, maps, chans,
 *                  funcs), else a pointer to a boxed copy.  A nil interface has
 *                  type == NULL.
 *   func value     pointer to a closure record whose first word is the code
 *                  pointer; the code takes the record as a hidden first
 *                  argument (void *ctx), then the Go parameters.
 *   map, chan      pointer to a runtime object (maps/channels come later).
 *   multi-result   a struct {r0; r1; ...} returned by value.
 */
#ifndef GOFRONT_GORT_H
#define GOFRONT_GORT_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct GoString {
	const uint8_t *ptr;
	int64_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	int64_t len;
	int64_t cap;
} GoSlice;

typedef struct GoType GoType;

typedef struct GoIface {
	const GoType *type;
	void *data;
} GoIface;

/* Kinds in a type descriptor (same order as compiler/types.h TypeKind up to
 * TY_INTERFACE; gen emits TypeKind values directly). */
enum {
	GOK_BAD, GOK_BOOL,
	GOK_INT, GOK_INT8, GOK_INT16, GOK_INT32, GOK_INT64,
	GOK_UINT, GOK_UINT8, GOK_UINT16, GOK_UINT32, GOK_UINT64, GOK_UINTPTR,
	GOK_FLOAT32, GOK_FLOAT64, GOK_COMPLEX64, GOK_COMPLEX128,
	GOK_STRING, GOK_UNSAFEPTR, GOK_PTR, GOK_ARRAY, GOK_SLICE, GOK_MAP, GOK_CHAN,
	GOK_FUNC, GOK_STRUCT, GOK_INTERFACE,
};

typedef struct GoField {
	const char *name;         /* field name ("" never: embedded fields use the type name) */
	const GoType *type;
	int64_t offset;
	int64_t embedded;         /* 1 when embedded */
} GoField;

typedef struct GoMethod {
	const char *name;         /* method name */
	void *fn;                 /* code: takes the receiver's data word first */
	const char *sig;          /* its type as gen prints it ("func(int) string"); NULL in
	                           * the runtime's own tables (then not compared) */
} GoMethod;
/* Does t have method `name` with signature sig (either sig NULL: any)?  A type
 * with M(int) does not implement interface{ M(string) } (iface_sig.c). */
int gort_has_method(const GoType *t, const char *name, const char *sig); /* 1: yes */
/* The code of method name of dynamic type t, or NULL (interface calls, on a
 * call-site cache miss). */
void *gort_findmethod(const GoType *t, const char *name);
/* Does dynamic type t (NULL: nil) have every method of interface type iface,
 * with the same signatures?  (assertions and switches to interface types) */
bool gort_implements(const GoType *t, const GoType *iface);
/* fmt and panic print a value through its methods as Go does: a method named
 * "Error" (error), else "String" (fmt.Stringer), found in the dynamic type's
 * `methods`, is called as  GoString (*)(void *data)  with the interface's data
 * word (the pointer itself for pointer-shaped types, else the pointer to the
 * boxed copy).  fmt.Fprint* to a writer that is not os.Stdout/os.Stderr calls
 * its "Write" method as  GoIntError (*)(void *data, GoSlice p). */

/* A type descriptor, emitted by gen as a read-only global per type used at
 * run time (boxing, printing, allocation). */
struct GoType {
	int64_t size;
	int64_t kind;             /* GOK_* */
	const char *name;         /* as %T prints it: "int", "main.T", "[]string", "*main.T" */
	const GoType *elem;       /* ptr, slice, array, chan, map value */
	const GoType *key;        /* map key */
	int64_t len;              /* array length */
	int64_t nfields;
	const GoField *fields;    /* struct fields */
	int64_t nmethods;
	const GoMethod *methods;  /* methods of the value's method set, sorted by name */
	const uint8_t *ptrmask;   /* one bit per pointer-sized word: 1 = may hold a heap pointer
	                           * (NULL = no pointers); used by the collector */
};

/* ---- allocation (alloc.c) ---- */
/* Allocate size zeroed bytes for an object of type t (t may be NULL for
 * untyped pointer-free memory).  Counts into gort_mallocs.  Never returns NULL. */
void *gort_alloc(int64_t size, const GoType *t);
/* (a size larger than t->size means an array of size / t->size elements of t) */
extern uint64_t gort_mallocs;         /* number of heap objects allocated */
extern uint64_t gort_total_alloc;     /* bytes allocated */

/* ---- panics (panic.c): print Go's message and exit(2) ---- */
void gort_panic_index(int64_t i, int64_t len) __attribute__((noreturn));
void gort_panic_slice(int64_t lo, int64_t hi, int64_t cap, int64_t which) __attribute__((noreturn));
void gort_panic_divide(void) __attribute__((noreturn));
void gort_panic_nil(void) __attribute__((noreturn));
void gort_panic(GoIface v) __attribute__((noreturn)); /* panic(v) */
void gort_panic_shift(void) __attribute__((noreturn)); /* negative shift amount */
void gort_panic_convert(int64_t len, int64_t n) __attribute__((noreturn)); /* (*[n]T)(s), len(s) < n */
void gort_panic_wrap(const char *msg) __attribute__((noreturn)); /* value method via nil *T */
/* gort_panic_slice's `which` (Go's boundsErrorCode) and how the message reads
 * its arguments; x is the offending value, reported alone when negative:
 *   GORT_SLICE_ALEN   s[:hi] of a string/array, hi > len  "[:hi] with length cap"
 *   GORT_SLICE_ACAP   s[:hi] of a slice, hi > cap         "[:hi] with capacity cap"
 *   GORT_SLICE_B      s[lo:hi], lo > hi                   "[lo:hi]"
 *   GORT_SLICE3_ALEN  s[::max] of an array, max > len     "[::hi] with length cap"
 *   GORT_SLICE3_ACAP  s[::max] of a slice, max > cap      "[::hi] with capacity cap"
 *   GORT_SLICE3_B     s[:h:max], h > max                  "[:lo:hi]"  (lo=h, hi=max)
 *   GORT_SLICE3_C     s[l:h:max], l > h                   "[lo:hi:]"  (lo=l, hi=h)
 * Check in Go's order: the bound first (ALEN/ACAP), then B/C; 3-index: max
 * against cap, then h against max, then l against h. */
enum {
	GORT_SLICE_ALEN = 1, GORT_SLICE_ACAP, GORT_SLICE_B,
	GORT_SLICE3_ALEN, GORT_SLICE3_ACAP, GORT_SLICE3_B, GORT_SLICE3_C,
};

/* ---- defer, recover (defer.c; docs in defer.c and compiler/gen_defer.c) ----
 * A function containing defer does `if (_setjmp(jb)) { gort_defer_landed();
 * goto exit; }` on entry, pushes one GoDefer per executed defer statement
 * (in its frame, or on the heap inside loops), and at its one exit calls
 * gort_deferreturn(jb).  A function containing recover() claims, on entry,
 * the deferred call the panic is making if that call reaches it directly. */
typedef struct GoDefer GoDefer;
struct GoDefer {
	GoDefer *link;            /* runtime: the next older record of the goroutine */
	void (*code)(void *);     /* the deferred call is code(arg) */
	void *arg;
	void *frame;              /* the deferring frame's jmp_buf: its identity and landing */
	void *fnid;               /* entry address of the function the call reaches */
	void *panic;              /* runtime: the panic running this call (RtPanic) or NULL */
	int64_t started;          /* runtime: a panic has started this call */
};
void gort_defer_push(GoDefer *d);
void gort_deferreturn(void *frame);   /* run (and pop) frame's records, newest first */
void gort_defer_landed(void);         /* first thing after a recovery's longjmp lands */
/* On entry of a function containing recover(): self is its entry address
 * (self2: another one, or NULL).  Returns the
 * record whose panic-run call reached it directly, else NULL. */
GoDefer *gort_recover_claim(void *self, void *self2);
GoIface gort_recover(GoDefer *mine);  /* recover(); mine from the claim */
/* A wrapper's entry when its target contains recover(): a panic's call to
 * the wrapper counts as a call to the target. */
void gort_recover_forward(void *wrapper, void *target);

/* ---- program start (main.c) ---- */
/* gen emits C `main` calling gort_start(argc, argv, &init, &main_main), where
 * init runs the package initialisers and the init funcs. */
int gort_start(int argc, char **argv, void (*init)(void), void (*mainfn)(void));
extern GoSlice gort_os_args;          /* os.Args as []string (os.c; set by gort_start) */

/* ---- strings (string.c) ---- */
GoString gort_concat(GoString *parts, int64_t n, void *stackbuf); /* stackbuf: 32 bytes or NULL */
int64_t gort_strcmp(GoString a, GoString b);                    /* <0, 0, >0 */
int64_t gort_streq(GoString a, GoString b);
GoSlice gort_str2bytes(GoString s, void *stackbuf);
GoString gort_bytes2str(GoSlice b, void *stackbuf);
GoSlice gort_str2runes(GoString s, void *stackbuf);
GoString gort_runes2str(GoSlice r, void *stackbuf);
GoString gort_rune2str(int64_t r, void *stackbuf);
/* decode the rune at s[i]: returns rune, stores the width in *w */
int32_t gort_decoderune(GoString s, int64_t i, int64_t *w);

/* ---- slices (slice.c) ---- */
/* Grow s so that it can hold len+n elements of elemsize bytes (Go's growslice
 * policy); returns the new slice with len unchanged. */
GoSlice gort_growslice(GoSlice s, int64_t n, int64_t elemsize, const GoType *elem);
GoSlice gort_makeslice(int64_t len, int64_t cap, int64_t elemsize, const GoType *elem);
int64_t gort_copy(GoSlice dst, GoSlice src, int64_t elemsize);

/* ---- interfaces (iface.c) ---- */
int64_t gort_ifaceeq(GoIface a, GoIface b);
/* v.(T) for a concrete T: panics with Go's message when v's type is not t */
void gort_assert_fail(const GoType *have, const GoType *want, const GoType *iface) __attribute__((noreturn));

/* ---- printing (print.c): builtin print/println write to stderr ---- */
void gort_printlock(void);
void gort_printunlock(void);
void gort_printbool(int64_t b);
void gort_printint(int64_t v);
void gort_printuint(uint64_t v);
void gort_printfloat(double v);
void gort_printstring(GoString s);
void gort_printpointer(void *p);
void gort_printiface(GoIface v);
void gort_printslice(GoSlice s);
void gort_printsp(void);
void gort_printnl(void);

/* ---- std-library functions ----
 * A std function declared in compiler/stdlib.c is called with the same ABI as
 * a Go function compiled by gen: parameters in Go order with the layouts
 * above, no result -> void, one result -> that value, several -> a struct of
 * them in order.  Its symbol is gort_<pkg>_<Name> (methods:
 * gort_<pkg>_<Type>_<Method>, receiver first). */
typedef struct GoIntError {
	int64_t n;
	GoIface err;
} GoIntError;

/* fmt (fmt.c): the variadic arguments arrive as []interface{} */
GoIntError gort_fmt_Println(GoSlice args);
GoIntError gort_fmt_Print(GoSlice args);
GoIntError gort_fmt_Printf(GoString format, GoSlice args);
GoString gort_fmt_Sprintf(GoString format, GoSlice args);
GoString gort_fmt_Sprint(GoSlice args);
GoString gort_fmt_Sprintln(GoSlice args);
GoIntError gort_fmt_Fprintln(GoIface w, GoSlice args); /* w: os.Stdout or os.Stderr */
GoIntError gort_fmt_Fprintf(GoIface w, GoString format, GoSlice args);
GoIntError gort_fmt_Fprint(GoIface w, GoSlice args);
GoIface gort_fmt_Errorf(GoString format, GoSlice args); /* an *errors.errorString */

/* errors (errors.c): errors.New returns an *errors.errorString */
GoIface gort_errors_New(GoString text);
extern const GoType gort_type_errors_errorString_ptr;

/* os: Args is gort_os_args above; Stdout/Stderr are *os.File values */
extern void *gort_os_Stdout, *gort_os_Stderr;
void gort_os_Exit(int64_t code) __attribute__((noreturn));

/* strconv */
GoString gort_strconv_Itoa(int64_t i);
typedef struct GoIntErr2 { int64_t v; GoIface err; } GoIntErr2;
GoIntErr2 gort_strconv_Atoi(GoString s);
GoString gort_strconv_FormatInt(int64_t i, int64_t base);
GoIntErr2 gort_strconv_ParseInt(GoString s, int64_t base, int64_t bitSize);
GoString gort_strconv_Quote(GoString s);
extern const GoType gort_type_strconv_NumError_ptr; /* the dynamic type of Atoi's errors */

/* runtime: MemStats is filled field by field in Go's order; gofront's
 * runtime.MemStats declares the fields it supports (see stdlib.c) */
typedef struct GoMemStats {
	uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
	uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
	uint32_t NumGC;           /* uint32 as in Go (compiler/stdlib.c declares the same) */
} GoMemStats;
void gort_runtime_ReadMemStats(GoMemStats *m);
void gort_runtime_GC(void);

/* ---- goroutines, stacks, channels, select, sync, time (sched.c, stack.c,
 * chan.c, select.c, sync.c; docs/runtime.md "Goroutines and stacks") ---- */

/* go f(args): gen packs the function value and the evaluated arguments in a
 * heap block and passes a thunk that unpacks it: fn(arg) runs as a new
 * goroutine.  A func value with no parameters can be passed directly as
 * fn = its code pointer, arg = its closure record. */
void gort_go(void (*fn)(void *), void *arg);

/* The prologue check every generated function starts with:
 *     if (__builtin_expect(sp - FRAME < gort_stack_limit, 0)) {
 *         gort_morestack_fn = &self;
 *         gort_morestack_info = (uint64_t)FRAME << 32 | ARGBYTES;
 *         return ((typeof(&self))gort_morestack)(the same arguments);
 *     }
 * sp is read with asm ("mov %%rsp, %0"); the three variables are TLS
 * (local-exec: compile with -fno-pic or -fPIE).  FRAME is what the function
 * puts below that sp besides gcc's fixed frame: its alloca'd locals and
 * the worst-case stack of the runtime calls it makes (compiler/gen_stack.c);
 * gcc's fixed frames live in the reserve below the limit, whose size the
 * program defines as `int64_t gort_stack_reserve` (2 * the largest fixed
 * frame + 160, patched in after linking; runtime/stack.c sizes first
 * segments from it).  ARGBYTES is an upper bound of the bytes of
 * stack-passed arguments (the sum of the parameter sizes rounded up to 8
 * is always enough).  gort_morestack is an asm routine with no fixed
 * signature: call it through a pointer of the function's own type.  The
 * runtime resets gort_morestack_info to 0 after each use and reads 0 as
 * FRAME = 2048, so a function with FRAME <= 2048 and no stack-passed
 * arguments may leave the store out: one TLS store instead of two in the
 * slow path keeps gcc's recursive inlining (fib: 0.19 s against 0.43 s in
 * a libgccjit test). */
extern __thread uintptr_t gort_stack_limit;
extern __thread void *gort_morestack_fn;
extern __thread uint64_t gort_morestack_info;
void gort_morestack(void);
/* A program compiled with the checks defines `const int64_t
 * gort_stack_checks = 1;` so that its main goroutine gets segments too, and
 * `int64_t gort_stack_reserve` (above). */

/* Channels: a chan value is a pointer to the runtime's channel (NULL = nil
 * channel).  elem points to one element of elemsize bytes; recv's elem may
 * be NULL (value discarded).  chanrecv returns ok (false: closed and
 * drained; *elem is then zeroed). */
void *gort_makechan(const GoType *elem, int64_t elemsize, int64_t size);
void gort_chansend(void *c, void *elem);
int64_t gort_chanrecv(void *c, void *elem);
void gort_closechan(void *c);
int64_t gort_chanlen(void *c);
int64_t gort_chancap(void *c);

/* select: one GoSelectCase per case in source order (default excluded);
 * returns the index of the case that ran, or -1 when has_default and no
 * case was ready.  A nil c makes its case never ready.  For a receive the
 * ok result is stored in the case's recv_ok. */
enum { GORT_SELECT_SEND = 1, GORT_SELECT_RECV = 2 };
typedef struct GoSelectCase {
	void *c;
	void *elem;               /* send: the value; recv: destination or NULL */
	int64_t dir;              /* GORT_SELECT_SEND / GORT_SELECT_RECV */
	int64_t recv_ok;          /* out */
} GoSelectCase;
int64_t gort_select(GoSelectCase *cases, int64_t ncases, int64_t has_default);

/* runtime and time */
void gort_runtime_Gosched(void);
int64_t gort_runtime_NumGoroutine(void);
int64_t gort_runtime_GOMAXPROCS(int64_t n);   /* always 1 */
int64_t gort_runtime_NumCPU(void);
void gort_time_Sleep(int64_t ns);             /* parks the goroutine */

/* sync: zero values are ready to use; methods take the pointer receiver.
 * The layouts are the ones compiler/stdlib.c declares (Go's sizes); parked
 * goroutines wait in the runtime's semaphore table keyed by address, as in
 * Go, so the objects hold only counters. */
typedef struct GoMutex { int32_t state; uint32_t sema; } GoMutex;   /* state: 1 = locked */
typedef struct GoRWMutex {
	GoMutex w;                /* w.state: a writer holds the lock */
	int64_t n;                /* low 32 bits: readers holding; high 32: writers waiting */
} GoRWMutex;
typedef struct GoWaitGroup { int64_t n; uint32_t sema; } GoWaitGroup;
typedef struct GoOnce { uint32_t done; GoMutex m; } GoOnce;
void gort_sync_Mutex_Lock(GoMutex *m);
void gort_sync_Mutex_Unlock(GoMutex *m);
uint8_t gort_sync_Mutex_TryLock(GoMutex *m);
void gort_sync_RWMutex_Lock(GoRWMutex *m);
void gort_sync_RWMutex_Unlock(GoRWMutex *m);
void gort_sync_RWMutex_RLock(GoRWMutex *m);
void gort_sync_RWMutex_RUnlock(GoRWMutex *m);
void gort_sync_WaitGroup_Add(GoWaitGroup *wg, int64_t delta);
void gort_sync_WaitGroup_Done(GoWaitGroup *wg);
void gort_sync_WaitGroup_Wait(GoWaitGroup *wg);
void gort_sync_Once_Do(GoOnce *o, void *f);  /* f: a func() value (closure record) */

/* For the collector: fn(lo, hi) for every live range of every goroutine
 * stack (the running one from the current sp, with its callee-saved
 * registers spilled inside the range; parked ones from their saved sp) and,
 * through the first segment's range, each G's not-yet-started fn/arg.
 * Scan the ranges conservatively.  shrink gives back cached segments and
 * dead goroutines' stack pages; call it at each collection. */
void gort_sched_scan_stacks(void (*fn)(void *lo, void *hi));
void gort_sched_shrink_stacks(void);

/* ---- maps (map.c) ----
 * A map value is a pointer to the runtime's header (NULL = nil map) whose
 * first word is len(m).  Every call takes the map type's descriptor (kind
 * GOK_MAP, key, elem); keys and elems travel by address.  makemap's
 * stackhdr, when not NULL, is GORT_MAPHDR_SIZE bytes (8-aligned) in the
 * caller's frame for a map that does not escape; stackbucket, when not
 * NULL, is one bucket there too (8 + 8*sizeof(K) + 8*sizeof(V) + 8 bytes),
 * used as the table when the hint is at most 8.  mapaccess1/2 return a
 * pointer to the element, or to a zeroed area (never NULL) when the key is
 * missing; mapassign returns the element's slot (inserting a zeroed one),
 * valid until the next map operation.  Iteration: mapiterinit fills *it
 * with the first entry; it->key == NULL means done; mapiternext advances. */
enum { GORT_MAPHDR_SIZE = 48 };
typedef struct GoMapIter {
	void *key;
	void *elem;
	uint64_t priv[8];
} GoMapIter;
void *gort_makemap(const GoType *maptype, int64_t hint, void *stackhdr, void *stackbucket);
int64_t gort_maplen(void *m);
void *gort_mapaccess1(const GoType *maptype, void *m, const void *key);
void *gort_mapaccess2(const GoType *maptype, void *m, const void *key, uint8_t *ok);
void *gort_mapassign(const GoType *maptype, void *m, const void *key);
void gort_mapdelete(const GoType *maptype, void *m, const void *key);
void gort_mapiterinit(const GoType *maptype, void *m, GoMapIter *it);
void gort_mapiternext(GoMapIter *it);

#endif
