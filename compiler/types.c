/*
 * types.c: Go types: the universe's basic types, constructors for composite
 * types, identity and gc's amd64 layout.  Printing is types_str.c.
 *
 * Canonical types.  Every unnamed composite type is built through a
 * constructor here (types_ptr, types_slice, types_func, types_struct...), and
 * the constructors hand back an existing Type when an identical one was made
 * before.  So after check, two types are identical exactly when they are the
 * same pointer; types_identical() is the structural test the constructors use
 * to find the canonical copy.  Named types are never merged: each `type T ...`
 * declaration makes one Type whose `sym` is its name object.
 *
 * Layout.  types_size()/types_align() follow gc on amd64 (cmd/compile's
 * types/size.go): int and pointers are 8 bytes, a string is 16, a slice 24,
 * an interface 16; struct fields are aligned to their own alignment, and a
 * struct whose last field has size zero gets one byte of padding so that a
 * pointer to that field never points past the object.
 *
 * Requires: nothing (types_init() builds the universe types once).
 * Guarantees: canonical unnamed types; size/align computed on demand and
 * cached (-1 until then).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "types.h"

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string,
        *ty_untyped_nil;
Type *ty_complex64, *ty_complex128, *ty_unsafeptr;

static int next_type_id;

/* Every unnamed composite type made so far, for canonicalisation.  A plain
 * list searched by kind is fast enough for one-file programs. */
static Type **canon;
static int ncanon, capcanon;

Type *types_new(TypeKind kind)
{
	Type *t = xmalloc(sizeof *t);
	t->kind = kind;
	t->underlying = t;
	t->size = -1;
	t->align = -1;
	t->id = ++next_type_id;
	return t;
}

static Type *basic(TypeKind kind, long size)
{
	Type *t = types_new(kind);
	t->size = size;
	t->align = size > 8 ? 8 : (size ? size : 1);
	return t;
}

void fieldlist_push(FieldList *l, Field f)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->len++] = f;
}

void func_add_dcl(Func *f, Obj *o)
{
	if (f->ndcl == f->capdcl) {
		f->capdcl = f->capdcl ? 2 * f->capdcl : 8;
		f->dcl = xrealloc(f->dcl, f->capdcl * sizeof *f->dcl);
	}
	f->dcl[f->ndcl++] = o;
}

static void add_canon(Type *t)
{
	if (ncanon == capcanon) {
		capcanon = capcanon ? 2 * capcanon : 64;
		canon = xrealloc(canon, capcanon * sizeof *canon);
	}
	canon[ncanon++] = t;
}

/* Return the canonical copy of the freshly built unnamed type t. */
static Type *canonical(Type *t)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == t->kind && types_identical(canon[i], t))
			return canon[i];
	add_canon(t);
	return t;
}

void types_init(void)
{
	if (ty_bool)
		return;
	ty_bool = basic(TY_BOOL, 1);
	ty_int = basic(TY_INT, 8);
	ty_int8 = basic(TY_INT8, 1);
	ty_int16 = basic(TY_INT16, 2);
	ty_int32 = basic(TY_INT32, 4);
	ty_int64 = basic(TY_INT64, 8);
	ty_uint = basic(TY_UINT, 8);
	ty_uint8 = basic(TY_UINT8, 1);
	ty_uint16 = basic(TY_UINT16, 2);
	ty_uint32 = basic(TY_UINT32, 4);
	ty_uint64 = basic(TY_UINT64, 8);
	ty_uintptr = basic(TY_UINTPTR, 8);
	ty_float32 = basic(TY_FLOAT32, 4);
	ty_float64 = basic(TY_FLOAT64, 8);
	ty_complex64 = basic(TY_COMPLEX64, 8);
	ty_complex64->align = 4;
	ty_complex128 = basic(TY_COMPLEX128, 16);
	ty_string = basic(TY_STRING, 16);
	ty_unsafeptr = basic(TY_UNSAFEPTR, 8);
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, 1);
	ty_untyped_int = basic(TY_UNTYPED_INT, 8);
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, 4);
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, 8);
	ty_untyped_string = basic(TY_UNTYPED_STRING, 16);
	ty_untyped_nil = basic(TY_NIL, 8);
	FieldList none = {0};
	ty_any = types_interface(none);

	/* error is a named interface type: interface{ Error() string } */
	FieldList res = {0};
	fieldlist_push(&res, (Field){.type = ty_string});
	Type *sig = types_func(none, res, false);
	FieldList ms = {0};
	fieldlist_push(&ms, (Field){.name = "Error", .type = sig});
	Type *u = types_interface(ms);
	Obj *sym = xmalloc(sizeof *sym);
	sym->kind = OBJ_TYPE;
	sym->name = "error";
	ty_error = types_named(sym, u);
}

/* ---- constructors ---- */

Type *types_ptr(Type *elem)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == TY_PTR && canon[i]->elem == elem)
			return canon[i];
	Type *t = types_new(TY_PTR);
	t->elem = elem;
	add_canon(t);
	return t;
}

Type *types_slice(Type *elem)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == TY_SLICE && canon[i]->elem == elem)
			return canon[i];
	Type *t = types_new(TY_SLICE);
	t->elem = elem;
	add_canon(t);
	return t;
}

Type *types_array(Type *elem, long len)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == TY_ARRAY && canon[i]->elem == elem && canon[i]->len == len)
			return canon[i];
	Type *t = types_new(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	add_canon(t);
	return t;
}

Type *types_map(Type *key, Type *elem)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == TY_MAP && canon[i]->elem == elem && canon[i]->key == key)
			return canon[i];
	Type *t = types_new(TY_MAP);
	t->key = key;
	t->elem = elem;
	add_canon(t);
	return t;
}

Type *types_chan(Type *elem, int dir)
{
	for (int i = 0; i < ncanon; i++)
		if (canon[i]->kind == TY_CHAN && canon[i]->elem == elem &&
		    canon[i]->chan_dir == dir)
			return canon[i];
	Type *t = types_new(TY_CHAN);
	t->elem = elem;
	t->chan_dir = dir;
	add_canon(t);
	return t;
}

Type *types_func(FieldList params, FieldList results, bool variadic)
{
	Type *t = types_new(TY_FUNC);
	t->fields = params;
	t->results = results;
	t->variadic = variadic;
	return canonical(t);
}

Type *types_struct(FieldList fields)
{
	Type *t = types_new(TY_STRUCT);
	t->fields = fields;
	return canonical(t);
}

Type *types_tuple(FieldList elems)
{
	Type *t = types_new(TY_TUPLE);
	t->fields = elems;
	return canonical(t);
}

static int cmp_method(const void *a, const void *b)
{
	return strcmp(((const Field *)a)->name, ((const Field *)b)->name);
}

/* methods: already flattened (embedded interfaces expanded); sorted here. */
Type *types_interface(FieldList methods)
{
	Type *t = types_new(TY_INTERFACE);
	t->methods = methods;
	if (methods.len > 1)
		qsort(t->methods.v, methods.len, sizeof(Field), cmp_method);
	return canonical(t);
}

/* A named type: copies the underlying type's shape (kind, elem, fields...)
 * so that passes can switch on t->kind without unwrapping.  underlying may be
 * NULL for a type whose definition is still being resolved; types_set_underlying
 * completes it. */
Type *types_named(Obj *sym, Type *underlying)
{
	Type *t = types_new(TY_BAD);
	t->sym = sym;
	if (underlying)
		types_set_underlying(t, underlying);
	return t;
}

void types_set_underlying(Type *t, Type *u)
{
	FieldList declared = t->methods;
	if (u->sym)
		u = u->underlying;
	t->kind = u->kind;
	t->elem = u->elem;
	t->key = u->key;
	t->len = u->len;
	t->chan_dir = u->chan_dir;
	t->fields = u->fields;
	t->results = u->results;
	t->variadic = u->variadic;
	t->underlying = u;
	/* An interface's method set is its own; any other named type keeps the
	 * methods declared on it. */
	t->methods = u->kind == TY_INTERFACE ? u->methods : declared;
	t->size = -1;
	t->align = -1;
}

/* ---- identity ---- */

static bool fields_identical(FieldList *a, FieldList *b, bool names)
{
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++) {
		Field *x = &a->v[i], *y = &b->v[i];
		if (!types_identical(x->type, y->type))
			return false;
		if (x->embedded != y->embedded)
			return false;
		if (names) {
			const char *xn = x->name ? x->name : "", *yn = y->name ? y->name : "";
			if (strcmp(xn, yn) != 0)
				return false;
		}
	}
	return true;
}

/* Pairs being compared, innermost last: recursive unnamed interfaces
 * (I1 interface{ F() interface{ I1 } }) compare coinductively, as types2's
 * identical() does with its ifacePair list. */
static Type *cmp_a[64], *cmp_b[64];
static int ncmp;

static bool identical_rec(Type *a, Type *b);

bool types_identical(Type *a, Type *b)
{
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->sym || b->sym)
		return false;
	if (a->kind != b->kind)
		return false;
	for (int i = 0; i < ncmp; i++)
		if ((cmp_a[i] == a && cmp_b[i] == b) || (cmp_a[i] == b && cmp_b[i] == a))
			return true;
	if (ncmp >= 64)
		return false;
	cmp_a[ncmp] = a;
	cmp_b[ncmp] = b;
	ncmp++;
	bool r = identical_rec(a, b);
	ncmp--;
	return r;
}

static bool identical_rec(Type *a, Type *b)
{
	switch (a->kind) {
	case TY_PTR:
	case TY_SLICE:
		return types_identical(a->elem, b->elem);
	case TY_ARRAY:
		return a->len == b->len && types_identical(a->elem, b->elem);
	case TY_MAP:
		return types_identical(a->key, b->key) && types_identical(a->elem, b->elem);
	case TY_CHAN:
		return a->chan_dir == b->chan_dir && types_identical(a->elem, b->elem);
	case TY_FUNC:
		return a->variadic == b->variadic &&
		       fields_identical(&a->fields, &b->fields, false) &&
		       fields_identical(&a->results, &b->results, false);
	case TY_STRUCT:
		return fields_identical(&a->fields, &b->fields, true);
	case TY_TUPLE:
		return fields_identical(&a->fields, &b->fields, false);
	case TY_INTERFACE:
		return fields_identical(&a->methods, &b->methods, true);
	default:
		return false; /* basic types are unique objects */
	}
}

/* ---- layout ---- */

static long round_up(long x, long a)
{
	return a > 1 ? (x + a - 1) / a * a : x;
}

static void compute_layout(Type *t)
{
	if (t->size >= 0)
		return;
	t->size = 0; /* guards against invalid recursive types */
	t->align = 1;
	switch (t->kind) {
	case TY_PTR:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_UNSAFEPTR:
	case TY_NIL:
		t->size = 8, t->align = 8;
		break;
	case TY_STRING:
	case TY_INTERFACE:
		t->size = 16, t->align = 8;
		break;
	case TY_SLICE:
		t->size = 24, t->align = 8;
		break;
	case TY_ARRAY:
		t->align = types_align(t->elem);
		t->size = types_size(t->elem) * t->len;
		break;
	case TY_STRUCT:
	case TY_TUPLE: {
		long off = 0, al = 1;
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = &t->fields.v[i];
			long fa = types_align(f->type), fs = types_size(f->type);
			off = round_up(off, fa);
			f->offset = off;
			off += fs;
			if (fa > al)
				al = fa;
		}
		if (t->fields.len > 0 && off > 0 &&
		    types_size(t->fields.v[t->fields.len - 1].type) == 0)
			off++;
		t->align = al;
		t->size = round_up(off, al);
		break;
	}
	default:
		if (t->underlying && t->underlying != t) {
			t->size = types_size(t->underlying);
			t->align = types_align(t->underlying);
		}
		break;
	}
}

long types_size(Type *t)
{
	if (!t)
		return 0;
	if (t->size < 0) {
		if (t->sym && t->underlying && t->underlying != t) {
			t->size = 0;
			long s = types_size(t->underlying);
			t->align = types_align(t->underlying);
			t->size = s;
			/* a named struct shares the field list: offsets set above */
		} else
			compute_layout(t);
	}
	return t->size;
}

long types_align(Type *t)
{
	if (!t)
		return 1;
	if (t->align < 0)
		types_size(t);
	return t->align < 1 ? 1 : t->align;
}

/* ---- predicates ---- */

bool types_is_integer(Type *t)
{
	if (!t)
		return false;
	return (t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
	       t->kind == TY_UNTYPED_RUNE;
}

bool types_is_unsigned(Type *t)
{
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool types_is_float(Type *t)
{
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool types_is_numeric(Type *t)
{
	return types_is_integer(t) || types_is_float(t) ||
	       (t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128));
}

bool types_is_string(Type *t)
{
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool types_is_untyped(Type *t)
{
	return t &&
	       ((t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_STRING) || t->kind == TY_NIL);
}

bool types_has_pointers(Type *t)
{
	if (!t)
		return false;
	switch (t->kind) {
	case TY_STRING:
	case TY_PTR:
	case TY_SLICE:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_INTERFACE:
	case TY_UNSAFEPTR:
	case TY_UNTYPED_STRING:
	case TY_NIL:
		return true;
	case TY_ARRAY:
		return t->len > 0 && types_has_pointers(t->elem);
	case TY_STRUCT:
	case TY_TUPLE:
		for (int i = 0; i < t->fields.len; i++)
			if (types_has_pointers(t->fields.v[i].type))
				return true;
		return false;
	default:
		return false;
	}
}

bool types_is_direct_iface(Type *t)
{
	if (!t)
		return false;
	switch (t->kind) {
	case TY_PTR:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return t->len == 1 && types_is_direct_iface(t->elem);
	case TY_STRUCT:
		return t->fields.len == 1 && types_is_direct_iface(t->fields.v[0].type);
	default:
		return false;
	}
}

bool types_comparable(Type *t)
{
	if (!t)
		return false;
	switch (t->kind) {
	case TY_SLICE:
	case TY_MAP:
	case TY_FUNC:
	case TY_TUPLE:
	case TY_BAD:
		return false;
	case TY_ARRAY:
		return types_comparable(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!types_comparable(t->fields.v[i].type))
				return false;
		return true;
	default:
		return true;
	}
}

Type *types_default(Type *t)
{
	if (!t)
		return t;
	switch (t->kind) {
	case TY_UNTYPED_BOOL:
		return ty_bool;
	case TY_UNTYPED_INT:
		return ty_int;
	case TY_UNTYPED_RUNE:
		return ty_int32;
	case TY_UNTYPED_FLOAT:
		return ty_float64;
	case TY_UNTYPED_STRING:
		return ty_string;
	default:
		return t;
	}
}
