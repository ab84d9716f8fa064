/*
 * fmt_map.c: printing maps, as Go 1.19's fmt does (print.go printValue's
 * reflect.Map case, with internal/fmtsort's order).
 *
 *   %v        map[k1:v1 k2:v2]          nil map: map[]
 *   %#v       map[string]int{"a":1, "b":2}    nil map: map[string]int(nil)
 *
 * The entries are collected with the map iterator (runtime/map.c) and
 * sorted by key, so the output does not depend on the table's random
 * iteration order.  fmtsort's order: integers, floats and strings by
 * value (floats: NaN first, then by <), bools false first, pointers and
 * channels by address, structs field by field, arrays element by element,
 * interfaces nil first, then by dynamic type, then by value.
 */
#include "fmt.h"

#include <stdlib.h>
#include <string.h>

static int64_t load_signed(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const int8_t *)v;
	case 2: return *(const int16_t *)v;
	case 4: return *(const int32_t *)v;
	}
	return *(const int64_t *)v;
}

static uint64_t load_unsigned(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const uint8_t *)v;
	case 2: return *(const uint16_t *)v;
	case 4: return *(const uint32_t *)v;
	}
	return *(const uint64_t *)v;
}

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int cmp_float(double a, double b)
{
	if (a < b)
		return -1;
	if (a > b)
		return 1;
	if (a == b)
		return 0;
	if (a != a && b == b)
		return -1;
	if (a == a && b != b)
		return 1;
	return 0;
}

static int cmp_value(const GoType *t, const void *a, const void *b)
{
	switch (t->kind) {
	case GOK_INT: case GOK_INT8: case GOK_INT16: case GOK_INT32: case GOK_INT64: {
		int64_t x = load_signed(t, a), y = load_signed(t, b);
		return CMP(x, y);
	}
	case GOK_UINT: case GOK_UINT8: case GOK_UINT16: case GOK_UINT32: case GOK_UINT64:
	case GOK_UINTPTR: {
		uint64_t x = load_unsigned(t, a), y = load_unsigned(t, b);
		return CMP(x, y);
	}
	case GOK_STRING: {
		const GoString *x = a, *y = b;
		int64_t n = x->len < y->len ? x->len : y->len;
		int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
		if (c)
			return c < 0 ? -1 : 1;
		return CMP(x->len, y->len);
	}
	case GOK_FLOAT32: return cmp_float(*(const float *)a, *(const float *)b);
	case GOK_FLOAT64: return cmp_float(*(const double *)a, *(const double *)b);
	case GOK_COMPLEX64: {
		int c = cmp_float(((const float *)a)[0], ((const float *)b)[0]);
		return c ? c : cmp_float(((const float *)a)[1], ((const float *)b)[1]);
	}
	case GOK_COMPLEX128: {
		int c = cmp_float(((const double *)a)[0], ((const double *)b)[0]);
		return c ? c : cmp_float(((const double *)a)[1], ((const double *)b)[1]);
	}
	case GOK_BOOL: {
		int x = *(const uint8_t *)a != 0, y = *(const uint8_t *)b != 0;
		return CMP(x, y);
	}
	case GOK_PTR: case GOK_UNSAFEPTR: case GOK_CHAN: case GOK_MAP: case GOK_FUNC: {
		uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
		return CMP(x, y);
	}
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			int c = cmp_value(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset);
			if (c)
				return c;
		}
		return 0;
	case GOK_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			int64_t off = i * t->elem->size;
			int c = cmp_value(t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off);
			if (c)
				return c;
		}
		return 0;
	case GOK_INTERFACE: {
		const GoIface *x = a, *y = b;
		if (!x->type || !y->type)
			return !x->type && !y->type ? 0 : !x->type ? -1 : 1;
		if (x->type != y->type && strcmp(x->type->name, y->type->name) != 0) {
			uintptr_t p = (uintptr_t)x->type, q = (uintptr_t)y->type;
			return CMP(p, q);
		}
		return cmp_value(x->type, rt_iface_ptr(x), rt_iface_ptr(y));
	}
	}
	return 0;
}

typedef struct Entry {
	void *key, *elem;
} Entry;

static void sort_entries(const GoType *kt, Entry *e, int64_t n)
{
	/* insertion sort for short maps, else merge sort (stable, as Go's) */
	if (n < 16) {
		for (int64_t i = 1; i < n; i++) {
			Entry x = e[i];
			int64_t j = i;
			for (; j > 0 && cmp_value(kt, e[j - 1].key, x.key) > 0; j--)
				e[j] = e[j - 1];
			e[j] = x;
		}
		return;
	}
	int64_t h = n / 2;
	sort_entries(kt, e, h);
	sort_entries(kt, e + h, n - h);
	Entry *tmp = malloc(sizeof *tmp * (size_t)n);
	if (!tmp)
		rt_fatal("out of memory");
	int64_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = cmp_value(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
	while (i < h)
		tmp[k++] = e[i++];
	while (j < n)
		tmp[k++] = e[j++];
	memcpy(e, tmp, sizeof *tmp * (size_t)n);
	free(tmp);
}

void fmt_print_map(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface)
{
	void *m = *(void *const *)v;
	if (p->sharpV) {
		rt_buf_cstr(&p->buf, t->name);
		if (!m) {
			rt_buf_cstr(&p->buf, "(nil)");
			return;
		}
		rt_buf_byte(&p->buf, '{');
	} else {
		rt_buf_cstr(&p->buf, "map[");
	}
	int64_t n = 0, cap = gort_maplen(m);
	Entry *e = malloc(sizeof *e * (size_t)(cap ? cap : 1));
	if (!e)
		rt_fatal("out of memory");
	GoMapIter it;
	for (gort_mapiterinit(t, m, &it); it.key; gort_mapiternext(&it)) {
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			e = realloc(e, sizeof *e * (size_t)cap);
			if (!e)
				rt_fatal("out of memory");
		}
		e[n++] = (Entry){it.key, it.elem};
	}
	sort_entries(t->key, e, n);
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			rt_buf_cstr(&p->buf, p->sharpV ? ", " : " ");
		fmt_print_value(p, t->key, e[i].key, verb, depth + 1, canIface);
		rt_buf_byte(&p->buf, ':');
		fmt_print_value(p, t->elem, e[i].elem, verb, depth + 1, canIface);
	}
	free(e);
	rt_buf_byte(&p->buf, p->sharpV ? '}' : ']');
}
