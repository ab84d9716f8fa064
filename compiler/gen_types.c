/*
 * gen_types.c: Go types as gcc_jit types, and the GoType descriptors the
 * runtime reads.
 *
 * Layouts are gort.h's: int is int64_t, bool a C bool (one byte, 0/1),
 * string {uint8_t *ptr; int64_t len}, slice {void *ptr; int64_t len, cap},
 * interface {GoType *type; void *data}, map/chan/func values one pointer.
 * A Go array [N]T becomes struct {T v[N]}, so that arrays are values that
 * can be assigned, passed and returned like any other (C arrays cannot).
 * A named type shares the gcc type of its underlying type, so values move
 * between T and its underlying type without casts.  Struct layouts equal
 * types.c's (natural alignment), plus one padding byte after a trailing
 * zero-size field as gc adds.
 *
 * Descriptors: one read-only global per Go type needed at run time (a
 * boxed dynamic type, an allocation with pointers, a slice element), built
 * with libgccjit constructors: size, kind, the name %T prints, element and
 * key descriptors, fields with names and offsets, and the pointer mask the
 * collector scans by (one bit per 8-byte word).
 */
#include <string.h>

#include "gen.h"

TypeInfo *gen_typeinfo(Gen *g, Type *t)
{
	if (!t->gen)
		t->gen = xmalloc(sizeof(TypeInfo));
	return t->gen;
}

static bool is_named(Type *t)
{
	return t->sym && t->underlying && t->underlying != t;
}

bool gen_is_aggregate(Type *t)
{
	switch (t->kind) {
	case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_ARRAY: case TY_STRUCT:
	case TY_TUPLE: case TY_UNTYPED_STRING:
		return true;
	default:
		return false;
	}
}

static gcc_jit_type *struct_type(Gen *g, Type *t, TypeInfo *ti)
{
	char name[32];
	snprintf(name, sizeof name, "%s%d", t->kind == TY_TUPLE ? "tuple" : "struct", t->id);
	ti->st = gcc_jit_context_new_opaque_struct(g->ctx, NULL, name);
	ti->t = gcc_jit_struct_as_type(ti->st);
	int n = t->fields.len;
	ti->fields = xmalloc(sizeof *ti->fields * (n + 1));
	for (int i = 0; i < n; i++) {
		Field *f = &t->fields.v[i];
		char fname[64];
		if (!f->name || strcmp(f->name, "_") == 0)
			snprintf(fname, sizeof fname, "_f%d", i);
		else
			snprintf(fname, sizeof fname, "%s", f->name);
		ti->fields[i] = gcc_jit_context_new_field(g->ctx, NULL, gen_type(g, f->type), fname);
	}
	int nf = n;
	types_size(t);
	if (n > 0 && types_size(t->fields.v[n - 1].type) == 0 && t->size > 0)
		ti->fields[nf++] = gcc_jit_context_new_field(g->ctx, NULL, g->t_u8, "_pad");
	gcc_jit_struct_set_fields(ti->st, NULL, nf, ti->fields);
	return ti->t;
}

static gcc_jit_type *make_type(Gen *g, Type *t, TypeInfo *ti);

gcc_jit_type *gen_type(Gen *g, Type *t)
{
	TypeInfo *ti = gen_typeinfo(g, t);
	if (ti->t)
		return ti->t;
	gcc_jit_type *ct = make_type(g, t, ti);
	if (t->kind != TY_PTR || !ti->busy)
		gen_note_size(g, ct, types_size(t));
	return ct;
}

static gcc_jit_type *make_type(Gen *g, Type *t, TypeInfo *ti)
{
	if (is_named(t)) {
		TypeInfo *ui = gen_typeinfo(g, t->underlying);
		gcc_jit_type *ut = gen_type(g, t->underlying);
		ti->st = ui->st;
		ti->fields = ui->fields;
		ti->arr = ui->arr;
		ti->t = ut;
		return ut;
	}
	switch (t->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: ti->t = g->t_bool; break;
	case TY_INT8: ti->t = g->t_i8; break;
	case TY_INT16: ti->t = g->t_i16; break;
	case TY_INT32: case TY_UNTYPED_RUNE: ti->t = g->t_i32; break;
	case TY_INT: case TY_INT64: case TY_UNTYPED_INT: ti->t = g->t_i64; break;
	case TY_UINT8: ti->t = g->t_u8; break;
	case TY_UINT16: ti->t = g->t_u16; break;
	case TY_UINT32: ti->t = g->t_u32; break;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: ti->t = g->t_u64; break;
	case TY_FLOAT32: ti->t = g->t_f32; break;
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: ti->t = g->t_f64; break;
	case TY_STRING: case TY_UNTYPED_STRING: ti->t = g->t_string; break;
	case TY_SLICE: ti->t = g->t_slice; break;
	case TY_INTERFACE: ti->t = g->t_iface; break;
	case TY_PTR: {
		/* A cycle through a struct (type T struct{next *T}) ends at the
		 * struct, cached as an opaque struct before its fields are made;
		 * a cycle of pointers only (type P *P) ends here as void *. */
		if (ti->busy) {
			TypeInfo *ei = gen_typeinfo(g, t->elem);
			gcc_jit_type *et = ei->t;
			if (!et && t->elem->underlying && t->elem->underlying != t->elem)
				et = gen_typeinfo(g, t->elem->underlying)->t;
			if (et)
				return gcc_jit_type_get_pointer(et);
			Obj *sym = t->elem->sym ? t->elem->sym : t->sym;
			diag_error(sym ? sym->pos : (Pos){g->prog->path, 1, 1},
			           "recursive pointer type %s not supported", types_str(t->elem, false));
			return g->t_voidp;
		}
		ti->busy = true;
		gcc_jit_type *et = gen_type(g, t->elem);
		ti->busy = false;
		if (!ti->t)
			ti->t = gcc_jit_type_get_pointer(et);
		break;
	}
	case TY_ARRAY: {
		char name[32];
		snprintf(name, sizeof name, "array%d", t->id);
		gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, gen_type(g, t->elem),
		                                                  (int)t->len);
		ti->arr = gcc_jit_context_new_field(g->ctx, NULL, at, "v");
		ti->st = gcc_jit_context_new_struct_type(g->ctx, NULL, name, 1, &ti->arr);
		ti->t = gcc_jit_struct_as_type(ti->st);
		break;
	}
	case TY_STRUCT:
		struct_type(g, t, ti);
		break;
	case TY_TUPLE:
		ti->t = gen_tuple(g, &t->fields, &ti->fields);
		break;
	default: /* map, chan, func, unsafe.Pointer, nil */
		ti->t = g->t_voidp;
		break;
	}
	return ti->t;
}

gcc_jit_type *gen_ptrto(Gen *g, Type *t)
{
	return gcc_jit_type_get_pointer(gen_type(g, t));
}

/* Multi-result structs are shared between every signature with the same
 * result types, so a call's value and the callee's return type agree. */
gcc_jit_type *gen_tuple(Gen *g, FieldList *fl, gcc_jit_field ***fields)
{
	for (int i = 0; i < g->ntuples; i++) {
		struct TupleType *tt = &g->tuples[i];
		if (tt->n != fl->len)
			continue;
		int j = 0;
		while (j < tt->n && types_identical(tt->elems[j], fl->v[j].type))
			j++;
		if (j == tt->n) {
			if (fields)
				*fields = tt->f;
			return tt->t;
		}
	}
	if (g->ntuples == g->captuples) {
		g->captuples = g->captuples ? 2 * g->captuples : 8;
		g->tuples = xrealloc(g->tuples, sizeof *g->tuples * g->captuples);
	}
	struct TupleType *tt = &g->tuples[g->ntuples++];
	tt->n = fl->len;
	tt->elems = xmalloc(sizeof *tt->elems * (fl->len + 1));
	tt->f = xmalloc(sizeof *tt->f * (fl->len + 1));
	for (int i = 0; i < fl->len; i++) {
		tt->elems[i] = fl->v[i].type;
		char fname[16];
		snprintf(fname, sizeof fname, "r%d", i);
		tt->f[i] = gcc_jit_context_new_field(g->ctx, NULL, gen_type(g, fl->v[i].type), fname);
	}
	char name[32];
	snprintf(name, sizeof name, "results%d", g->ntuples);
	tt->t = gcc_jit_struct_as_type(gcc_jit_context_new_struct_type(g->ctx, NULL, name, fl->len, tt->f));
	if (fields)
		*fields = tt->f;
	return tt->t;
}

/* The C result type of a Go signature: void, the one result, or the tuple. */
gcc_jit_type *gen_fnptr_ret(Gen *g, Type *ft)
{
	if (ft->results.len == 0)
		return g->t_void;
	if (ft->results.len == 1)
		return gen_type(g, ft->results.v[0].type);
	return gen_tuple(g, &ft->results, NULL);
}

/* The code pointer of a func value: ret (*)(void *ctx, params...). */
gcc_jit_type *gen_fnptr(Gen *g, Type *ft)
{
	TypeInfo *ti = gen_typeinfo(g, ft);
	if (ti->fnptr)
		return ti->fnptr;
	int n = ft->fields.len + 1;
	gcc_jit_type **ps = xmalloc(sizeof *ps * n);
	ps[0] = g->t_voidp;
	for (int i = 0; i < ft->fields.len; i++)
		ps[i + 1] = gen_type(g, ft->fields.v[i].type);
	gcc_jit_type *ret;
	if (ft->results.len == 0)
		ret = g->t_void;
	else if (ft->results.len == 1)
		ret = gen_type(g, ft->results.v[0].type);
	else
		ret = gen_tuple(g, &ft->results, NULL);
	ti->fnptr = gcc_jit_context_new_function_ptr_type(g->ctx, NULL, ret, n, ps, 0);
	return ti->fnptr;
}

gcc_jit_field *gen_field(Gen *g, Type *st, int i)
{
	gen_type(g, st);
	TypeInfo *ti = gen_typeinfo(g, st);
	if (!ti->fields && is_named(st))
		ti->fields = gen_typeinfo(g, st->underlying)->fields;
	return ti->fields[i];
}

/* A type of size zero built only from empty structs and arrays. */
bool gen_is_empty(Type *t)
{
	if (t->kind == TY_STRUCT) {
		for (int i = 0; i < t->fields.len; i++)
			if (!gen_is_empty(t->fields.v[i].type))
				return false;
		return true;
	}
	if (t->kind == TY_ARRAY)
		return t->len == 0 || gen_is_empty(t->elem);
	return false;
}

gcc_jit_rvalue *gen_zero(Gen *g, Type *t)
{
	gcc_jit_type *ct = gen_type(g, t);
	switch (t->kind) {
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
		return gcc_jit_context_zero(g->ctx, ct);
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_NIL:
		return gcc_jit_context_null(g->ctx, ct);
	default:
		if ((t->kind == TY_STRUCT && t->fields.len == 0) || (t->kind == TY_ARRAY && t->len == 0) ||
		    (t->kind == TY_ARRAY && gen_is_empty(t->elem)) || (t->kind == TY_STRUCT && gen_is_empty(t))) {
			/* libgccjit has no constructor for a struct without fields: read a
			 * zeroed global instead */
			gcc_jit_lvalue *z = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, ct,
			                                               xprintf("go_zero_%d", g->ndesc++));
			return gcc_jit_lvalue_as_rvalue(z);
		}
		if (gen_is_aggregate(t))
			return gcc_jit_context_new_struct_constructor(g->ctx, NULL, ct, 0, NULL, NULL);
		return gcc_jit_context_new_rvalue_from_int(g->ctx, ct, 0);
	}
}

/* ---- descriptors ---- */

/* Set the bit of every word of t (at byte offset off) that may hold a pointer. */
static void ptrmask(Type *t, long off, uint8_t *mask, long nwords)
{
	switch (t->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_STRING:
	case TY_SLICE:
		if (off / 8 < nwords)
			mask[off / 64] |= (uint8_t)(1u << ((off / 8) % 8));
		break;
	case TY_INTERFACE:
		for (int w = 0; w < 2; w++)
			if (off / 8 + w < nwords)
				mask[(off / 8 + w) / 8] |= (uint8_t)(1u << ((off / 8 + w) % 8));
		break;
	case TY_ARRAY:
		if (types_has_pointers(t->elem))
			for (long i = 0; i < t->len; i++)
				ptrmask(t->elem, off + i * types_size(t->elem), mask, nwords);
		break;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			ptrmask(t->fields.v[i].type, off + t->fields.v[i].offset, mask, nwords);
		break;
	default:
		break;
	}
}

static gcc_jit_rvalue *addr_of_first(Gen *g, gcc_jit_lvalue *arr)
{
	return gcc_jit_lvalue_get_address(
	    gcc_jit_context_new_array_access(g->ctx, NULL, gcc_jit_lvalue_as_rvalue(arr),
	                                     gcc_jit_context_zero(g->ctx, g->t_i64)),
	    NULL);
}

static gcc_jit_rvalue *ptrmask_global(Gen *g, Type *t)
{
	if (!types_has_pointers(t))
		return gcc_jit_context_null(g->ctx, g->t_u8p);
	long nwords = (types_size(t) + 7) / 8;
	long nbytes = (nwords + 7) / 8;
	uint8_t *mask = xmalloc((size_t)nbytes + 1);
	ptrmask(t, 0, mask, nwords);
	gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_u8, (int)nbytes);
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at,
	                                                xprintf("go_ptrmask_%d", g->ndesc++));
	gcc_jit_global_set_initializer(gl, mask, (size_t)nbytes);
	return addr_of_first(g, gl);
}

static gcc_jit_rvalue *fields_global(Gen *g, Type *t)
{
	gcc_jit_type *fp = gcc_jit_type_get_pointer(g->t_gofield);
	if (t->kind != TY_STRUCT || t->fields.len == 0)
		return gcc_jit_context_null(g->ctx, fp);
	int n = t->fields.len;
	gcc_jit_rvalue **elems = xmalloc(sizeof *elems * n);
	types_size(t);
	for (int i = 0; i < n; i++) {
		Field *f = &t->fields.v[i];
		gcc_jit_rvalue *v[4] = {
		    gcc_jit_context_new_string_literal(g->ctx, f->name ? f->name : "_"),
		    gen_desc(g, f->type), gen_i64(g, f->offset), gen_i64(g, f->embedded ? 1 : 0)};
		elems[i] = gcc_jit_context_new_struct_constructor(g->ctx, NULL, g->t_gofield, 4, NULL, v);
	}
	gcc_jit_type *at = gcc_jit_context_new_array_type(g->ctx, NULL, g->t_gofield, n);
	gcc_jit_lvalue *gl = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at,
	                                                xprintf("go_fields_%d", g->ndesc++));
	gcc_jit_global_set_initializer_rvalue(
	    gl, gcc_jit_context_new_array_constructor(g->ctx, NULL, at, n, elems));
	return addr_of_first(g, gl);
}

/* &descriptor of t, emitting it on first use. */
gcc_jit_rvalue *gen_desc(Gen *g, Type *t)
{
	TypeInfo *ti = gen_typeinfo(g, t);
	if (ti->desc)
		return gcc_jit_lvalue_get_address(ti->desc, NULL);
	gen_type(g, t);
	/* *strconv.NumError: the runtime makes these values (failed Atoi...)
	 * with its own descriptor; share it, so that err.(*strconv.NumError)
	 * and type switches compare equal descriptors */
	if (t->kind == TY_PTR && t->elem && t->elem->sym && t->elem->pkg &&
	    strcmp(t->elem->pkg, "strconv") == 0 && strcmp(t->elem->sym->name, "NumError") == 0) {
		ti->desc = gen_import_global(g, "gort_type_strconv_NumError_ptr", g->t_gotype);
		return gcc_jit_lvalue_get_address(ti->desc, NULL);
	}
	ti->desc = gcc_jit_context_new_global(g->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, g->t_gotype,
	                                      xprintf("go_type_%d", g->ndesc++));
	gcc_jit_rvalue *nullt = gcc_jit_context_null(g->ctx, g->t_gotypep);
	gcc_jit_rvalue *v[11];
	v[0] = gen_i64(g, types_size(t));
	v[1] = gen_i64(g, t->kind <= TY_INTERFACE ? t->kind : 0);
	v[2] = gcc_jit_context_new_string_literal(g->ctx, types_str(t, true));
	v[3] = (t->kind == TY_PTR || t->kind == TY_SLICE || t->kind == TY_ARRAY ||
	        t->kind == TY_CHAN || t->kind == TY_MAP) && t->elem
	           ? gen_desc(g, t->elem)
	           : nullt;
	v[4] = t->kind == TY_MAP && t->key ? gen_desc(g, t->key) : nullt;
	v[5] = gen_i64(g, t->kind == TY_ARRAY ? t->len : 0);
	v[6] = gen_i64(g, t->kind == TY_STRUCT ? t->fields.len : 0);
	v[7] = fields_global(g, t);
	long nm;
	v[9] = gen_methods(g, t, &nm);
	v[8] = gen_i64(g, nm);
	v[10] = ptrmask_global(g, t);
	gcc_jit_global_set_initializer_rvalue(
	    ti->desc, gcc_jit_context_new_struct_constructor(g->ctx, NULL, g->t_gotype, 11, NULL, v));
	return gcc_jit_lvalue_get_address(ti->desc, NULL);
}

gcc_jit_rvalue *gen_desc_or_null(Gen *g, Type *t)
{
	if (!types_has_pointers(t))
		return gcc_jit_context_null(g->ctx, g->t_gotypep);
	return gen_desc(g, t);
}
