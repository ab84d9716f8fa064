/*
 * iface.c: interface values: method lookup, equality, failed assertions.
 *
 * An interface is {type, data} (gort.h).  data holds the value itself when
 * the dynamic type is pointer-shaped (pointers, maps, chans, funcs, unsafe
 * pointers, and one-element arrays / one-field structs of those), else a
 * pointer to a boxed copy; rt_iface_ptr hides the
 * difference by returning a pointer to the value in both cases.
 *
 * Equality (==) of interfaces: equal when both are nil, or when the dynamic
 * types are identical and the values are equal by the type's own equality
 * (floats by IEEE ==, strings by content, structs field by field skipping
 * blank fields, arrays element by element, nested interfaces recursively).
 * Comparing two values of an uncomparable dynamic type (slice, map, func, or
 * a struct/array containing one) panics as Go does:
 * "runtime error: comparing uncomparable type []int".
 */
#include "rt.h"

#include <stdio.h>
#include <string.h>

/* Mirrors compiler/types.c types_is_direct_iface (Go's rule): pointer-shaped
 * kinds, and arrays of one / structs of one field of such a type. */
bool rt_is_direct(const GoType *t)
{
	switch (t->kind) {
	case GOK_PTR:
	case GOK_MAP:
	case GOK_CHAN:
	case GOK_FUNC:
	case GOK_UNSAFEPTR:
		return true;
	case GOK_ARRAY:
		return t->len == 1 && t->elem && rt_is_direct(t->elem);
	case GOK_STRUCT:
		return t->nfields == 1 && rt_is_direct(t->fields[0].type);
	}
	return false;
}

const void *rt_iface_ptr(const GoIface *v)
{
	return rt_is_direct(v->type) ? (const void *)&v->data : v->data;
}

const GoMethod *rt_find_method(const GoType *t, const char *name)
{
	if (!t)
		return NULL;
	for (int64_t i = 0; i < t->nmethods; i++)
		if (strcmp(t->methods[i].name, name) == 0)
			return &t->methods[i];
	return NULL;
}

/* ---- equality by type descriptor (interfaces here, map keys in map_hash.c) ---- */

/* Identical dynamic types.  Descriptors may be duplicated (the runtime
 * makes some of its own), so they compare by name; two struct types may
 * print alike and still differ in their fields (struct{ int } and
 * struct{ Int } with type Int = int: the embedded fields' names differ),
 * so their fields are compared too. */
bool rt_same_type(const GoType *a, const GoType *b)
{
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->kind != b->kind || a->size != b->size || strcmp(a->name, b->name) != 0)
		return false;
	if (a->kind != GOK_STRUCT || !a->fields || !b->fields)
		return true;
	if (a->nfields != b->nfields)
		return false;
	for (int64_t i = 0; i < a->nfields; i++) {
		const GoField *x = &a->fields[i], *y = &b->fields[i];
		if (x->embedded != y->embedded || strcmp(x->name, y->name) != 0 ||
		    !rt_same_type(x->type, y->type))
			return false;
	}
	return true;
}

bool rt_comparable(const GoType *t)
{
	switch (t->kind) {
	case GOK_SLICE:
	case GOK_MAP:
	case GOK_FUNC:
		return false;
	case GOK_ARRAY:
		return rt_comparable(t->elem);
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++)
			if (!rt_comparable(t->fields[i].type))
				return false;
		return true;
	}
	return true;
}

/* Go's == on two values of type t: floats by IEEE ==, strings by content,
 * arrays element by element, structs field by field skipping blank fields.
 * Only an interface met inside differs by caller (ifaceeq): == panics with
 * "comparing uncomparable type T", a map key with "hash of unhashable type T". */
bool rt_equal_by(const GoType *t, const void *a, const void *b, RtIfaceEq ifaceeq)
{
	switch (t->kind) {
	case GOK_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case GOK_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case GOK_COMPLEX64:
		return ((const float *)a)[0] == ((const float *)b)[0] &&
		       ((const float *)a)[1] == ((const float *)b)[1];
	case GOK_COMPLEX128:
		return ((const double *)a)[0] == ((const double *)b)[0] &&
		       ((const double *)a)[1] == ((const double *)b)[1];
	case GOK_STRING:
		return gort_streq(*(const GoString *)a, *(const GoString *)b);
	case GOK_INTERFACE:
		return ifaceeq(a, b);
	case GOK_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			int64_t off = i * t->elem->size;
			if (!rt_equal_by(t->elem, (const uint8_t *)a + off,
			                 (const uint8_t *)b + off, ifaceeq))
				return false;
		}
		return true;
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			if (strcmp(f->name, "_") == 0)
				continue;
			if (!rt_equal_by(f->type, (const uint8_t *)a + f->offset,
			                 (const uint8_t *)b + f->offset, ifaceeq))
				return false;
		}
		return true;
	case GOK_BOOL:
		return (*(const uint8_t *)a != 0) == (*(const uint8_t *)b != 0);
	}
	return memcmp(a, b, (size_t)t->size) == 0;
}

static bool iface_eq(const GoIface *x, const GoIface *y)
{
	return gort_ifaceeq(*x, *y);
}

int64_t gort_ifaceeq(GoIface a, GoIface b)
{
	if (a.type == NULL || b.type == NULL)
		return a.type == b.type;
	if (!rt_same_type(a.type, b.type))
		return 0;
	if (!rt_comparable(a.type)) {
		GoString parts[2] = {rt_cstr("comparing uncomparable type "),
		                     rt_cstr(a.type->name)};
		GoString m = gort_concat(parts, 2, NULL);
		char buf[256];
		snprintf(buf, sizeof buf, "%.*s", (int)m.len, (const char *)m.ptr);
		rt_panic_runtime(buf);
	}
	if (rt_is_direct(a.type))
		return a.data == b.data;
	return rt_equal_by(a.type, a.data, b.data, iface_eq);
}

/* The first method of interface type want that t lacks (NULL: none). */
static const char *missing_method(const GoType *t, const GoType *want)
{
	for (int64_t i = 0; i < want->nmethods; i++)
		if (!rt_find_method(t, want->methods[i].name))
			return want->methods[i].name;
	return NULL;
}

static void assert_fail(const GoType *have, const GoType *want, const GoType *iface) RT_NORETURN;
static void assert_fail(const GoType *have, const GoType *want, const GoType *iface)
{
	const char *iname = iface ? iface->name : "interface {}";
	char msg[512];
	if (want->kind == GOK_INTERFACE) {
		if (!have) {
			snprintf(msg, sizeof msg, "interface conversion: interface is nil, not %s",
			         want->name);
		} else {
			const char *m = missing_method(have, want);
			snprintf(msg, sizeof msg,
			         "interface conversion: %s is not %s: missing method %s",
			         have->name, want->name, m ? m : "?");
		}
	} else {
		/* two distinct types spelled alike (a local type T and the package's
		 * T): gc adds why the names do not settle it */
		bool same = have && strcmp(have->name, want->name) == 0;
		snprintf(msg, sizeof msg, "interface conversion: %s is %s, not %s%s", iname,
		         have ? have->name : "nil", want->name,
		         same ? " (types from different scopes)" : "");
	}
	rt_panic_error_msg(msg);
}

/* As the gort_panic_* entry points (panic.c): move to a segment with room first. */
void rt_stack_deep(void (*fn)(void *), void *arg) __attribute__((weak));

typedef struct AssertArgs {
	const GoType *have, *want, *iface;
} AssertArgs;

static __attribute__((noinline)) void assert_fail_now(void *arg)
{
	AssertArgs *a = arg;
	assert_fail(a->have, a->want, a->iface);
}

void gort_assert_fail(const GoType *have, const GoType *want, const GoType *iface)
{
	AssertArgs a = {have, want, iface};
	if (rt_stack_deep)
		rt_stack_deep(assert_fail_now, &a);
	else
		assert_fail_now(&a);
	__builtin_unreachable();
}
