/*
 * rtt.h: helpers for the runtime's C tests: hand-built type descriptors (as
 * gen would emit them) and boxing of values into interfaces.
 */
#include "../gort.h"
#include <stdlib.h>
#include <string.h>

#define TY(k, sz, nm) {.size = (sz), .kind = (k), .name = (nm)}
static const GoType t_bool = TY(GOK_BOOL, 1, "bool");
static const GoType t_int = TY(GOK_INT, 8, "int");
static const GoType t_int8 = TY(GOK_INT8, 1, "int8");
static const GoType t_int32 = TY(GOK_INT32, 4, "int32");
static const GoType t_uint8 = TY(GOK_UINT8, 1, "uint8");
static const GoType t_uint64 = TY(GOK_UINT64, 8, "uint64");
static const GoType t_float32 = TY(GOK_FLOAT32, 4, "float32");
static const GoType t_float64 = TY(GOK_FLOAT64, 8, "float64");
static const GoType t_string = TY(GOK_STRING, 16, "string");
static const GoType t_error = TY(GOK_INTERFACE, 16, "error");
static const GoType t_ints = {.size = 24, .kind = GOK_SLICE, .name = "[]int", .elem = &t_int};
static const GoType t_bytes = {.size = 24, .kind = GOK_SLICE, .name = "[]uint8", .elem = &t_uint8};
static const GoType t_bool2 = {.size = 2, .kind = GOK_ARRAY, .name = "[2]bool", .elem = &t_bool, .len = 2};
static const GoType t_intptr = {.size = 8, .kind = GOK_PTR, .name = "*int", .elem = &t_int};

static GoString S(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static GoIface box(const GoType *t, const void *v)
{
	if (t->kind == GOK_PTR)
		return (GoIface){t, *(void **)v};
	void *p = gort_alloc(t->size, t);
	memcpy(p, v, (size_t)t->size);
	return (GoIface){t, p};
}
static GoIface I(int64_t v) { return box(&t_int, &v); }
static GoIface F(double v) { return box(&t_float64, &v); }
static GoIface F32(float v) { return box(&t_float32, &v); }
static GoIface Str(const char *s) { GoString g = S(s); return box(&t_string, &g); }
static GoIface B(int v) { uint8_t b = (uint8_t)v; return box(&t_bool, &b); }
static GoIface R(int32_t v) { return box(&t_int32, &v); }
static const GoIface NIL = {NULL, NULL};

#define ARGS(...) ({ GoIface a_[] = {__VA_ARGS__}; size_t n_ = sizeof a_ / sizeof a_[0]; \
	GoIface *h_ = malloc(sizeof a_); memcpy(h_, a_, sizeof a_); (GoSlice){h_, (int64_t)n_, (int64_t)n_}; })
#define NOARGS ((GoSlice){NULL, 0, 0})
#define PRINTF(f, ...) gort_fmt_Printf(S(f), ARGS(__VA_ARGS__))
