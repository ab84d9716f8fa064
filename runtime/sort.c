/*
 * sort.c: package sort (Ints, Strings, Float64s, Slice, SliceStable, Sort,
 * Stable, Search, SearchInts, SearchStrings, the *AreSorted checks).
 *
 * Every sort goes through one pair of callbacks, less(i, j) and swap(i, j),
 * the shape of Go's sort.Interface.  Unstable sorts run pattern-defeating
 * quicksort in the order of go1.19's pdqsort (insertion sort up to 12
 * elements, ninther pivots from 50, the same partition scheme, the same
 * xorshift "pattern breaking" and heapsort fallback), so that a sort.Slice
 * with equal keys leaves them in the order Go leaves them: an unstable sort
 * is only reproducible by running the same sequence of comparisons and
 * swaps.  Stable sorts use Go's in-place scheme too (insertion sort in
 * blocks of 20, then SymMerge), which any stable algorithm would match.
 *
 * Callbacks into Go: sort.Slice's less is a func value, i.e. a pointer to a
 * closure record whose first word is the code (gort.h), called with the
 * record first; sort.Sort's data is an interface whose dynamic type's
 * method table (GoType.methods) gives Len, Less and Swap, each called with
 * the interface's data word.  Go code may panic inside them: nothing here
 * holds resources that a panic would leak.
 */
#include "rt.h"

#include <string.h>

typedef struct Sorter {
	bool (*less)(struct Sorter *s, int64_t i, int64_t j);
	void (*swap)(struct Sorter *s, int64_t i, int64_t j);
	void *base;            /* the slice's elements (Ints, Strings, Slice) */
	int64_t size;          /* element size (Slice) */
	void *fn;              /* Go less func value (Slice), or the data word (Sort) */
	void *lessfn, *swapfn; /* Sort: the methods' code */
} Sorter;

#define LESS(s, i, j) ((s)->less((s), (i), (j)))
#define SWAP(s, i, j) ((s)->swap((s), (i), (j)))

/* ---- pdqsort (go1.19's order of comparisons and swaps) ---- */

static void insertion_sort(Sorter *s, int64_t a, int64_t b)
{
	for (int64_t i = a + 1; i < b; i++)
		for (int64_t j = i; j > a && LESS(s, j, j - 1); j--)
			SWAP(s, j, j - 1);
}

static void sift_down(Sorter *s, int64_t lo, int64_t hi, int64_t first)
{
	int64_t root = lo;
	for (;;) {
		int64_t child = 2 * root + 1;
		if (child >= hi)
			return;
		if (child + 1 < hi && LESS(s, first + child, first + child + 1))
			child++;
		if (!LESS(s, first + root, first + child))
			return;
		SWAP(s, first + root, first + child);
		root = child;
	}
}

static void heap_sort(Sorter *s, int64_t a, int64_t b)
{
	int64_t first = a, hi = b - a;
	for (int64_t i = (hi - 1) / 2; i >= 0; i--)
		sift_down(s, i, hi, first);
	for (int64_t i = hi - 1; i >= 0; i--) {
		SWAP(s, first, first + i);
		sift_down(s, 0, i, first);
	}
}

static int bit_len(uint64_t x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

/* scatter three elements around the middle (Go's breakPatterns) */
static void break_patterns(Sorter *s, int64_t a, int64_t b)
{
	int64_t length = b - a;
	if (length < 8)
		return;
	uint64_t r = (uint64_t)length;
	uint64_t modulus = (uint64_t)1 << bit_len((uint64_t)length);
	for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
		r ^= r << 13;
		r ^= r >> 17;
		r ^= r << 5;
		int64_t other = (int64_t)(r & (modulus - 1));
		if (other >= length)
			other -= length;
		SWAP(s, idx, a + other);
	}
}

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

/* order a, b by less, counting swaps */
static void order2(Sorter *s, int64_t *a, int64_t *b, int *swaps)
{
	if (LESS(s, *b, *a)) {
		int64_t t = *a;
		*a = *b;
		*b = t;
		(*swaps)++;
	}
}

static int64_t median(Sorter *s, int64_t a, int64_t b, int64_t c, int *swaps)
{
	order2(s, &a, &b, swaps);
	order2(s, &b, &c, swaps);
	order2(s, &a, &b, swaps);
	return b;
}

static int64_t choose_pivot(Sorter *s, int64_t a, int64_t b, int *hint)
{
	int64_t l = b - a;
	int swaps = 0;
	int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
	if (l >= 8) {
		if (l >= 50) { /* Tukey's ninther */
			i = median(s, i - 1, i, i + 1, &swaps);
			j = median(s, j - 1, j, j + 1, &swaps);
			k = median(s, k - 1, k, k + 1, &swaps);
		}
		j = median(s, i, j, k, &swaps);
	}
	*hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
	return j;
}

static void reverse_range(Sorter *s, int64_t a, int64_t b)
{
	for (int64_t i = a, j = b - 1; i < j; i++, j--)
		SWAP(s, i, j);
}

/* Few elements out of order: fix up to 5 of them by shifting. */
static bool partial_insertion_sort(Sorter *s, int64_t a, int64_t b)
{
	int64_t i = a + 1;
	for (int step = 0; step < 5; step++) {
		while (i < b && !LESS(s, i, i - 1))
			i++;
		if (i == b)
			return true;
		if (b - a < 50)
			return false;
		SWAP(s, i, i - 1);
		if (i - a >= 2)
			for (int64_t j = i - 1; j >= 1 && LESS(s, j, j - 1); j--)
				SWAP(s, j, j - 1);
		if (b - i >= 2)
			for (int64_t j = i + 1; j < b && LESS(s, j, j - 1); j++)
				SWAP(s, j, j - 1);
	}
	return false;
}

/* Partition [a, b) around the pivot; returns its final place. */
static int64_t partition(Sorter *s, int64_t a, int64_t b, int64_t pivot, bool *already)
{
	SWAP(s, a, pivot);
	int64_t i = a + 1, j = b - 1;
	while (i <= j && LESS(s, i, a))
		i++;
	while (i <= j && !LESS(s, j, a))
		j--;
	if (i > j) {
		SWAP(s, j, a);
		*already = true;
		return j;
	}
	SWAP(s, i, j);
	i++;
	j--;
	for (;;) {
		while (i <= j && LESS(s, i, a))
			i++;
		while (i <= j && !LESS(s, j, a))
			j--;
		if (i > j)
			break;
		SWAP(s, i, j);
		i++;
		j--;
	}
	SWAP(s, j, a);
	*already = false;
	return j;
}

/* Elements equal to the pivot go left; returns the first greater one. */
static int64_t partition_equal(Sorter *s, int64_t a, int64_t b, int64_t pivot)
{
	SWAP(s, a, pivot);
	int64_t i = a + 1, j = b - 1;
	for (;;) {
		while (i <= j && !LESS(s, a, i))
			i++;
		while (i <= j && LESS(s, a, j))
			j--;
		if (i > j)
			break;
		SWAP(s, i, j);
		i++;
		j--;
	}
	return i;
}

static void pdqsort(Sorter *s, int64_t a, int64_t b, int limit)
{
	bool balanced = true, partitioned = true;
	for (;;) {
		int64_t length = b - a;
		if (length <= 12) {
			insertion_sort(s, a, b);
			return;
		}
		if (limit == 0) {
			heap_sort(s, a, b);
			return;
		}
		if (!balanced) {
			break_patterns(s, a, b);
			limit--;
		}
		int hint;
		int64_t pivot = choose_pivot(s, a, b, &hint);
		if (hint == HINT_DECREASING) {
			reverse_range(s, a, b);
			pivot = (b - 1) - (pivot - a);
			hint = HINT_INCREASING;
		}
		if (balanced && partitioned && hint == HINT_INCREASING &&
		    partial_insertion_sort(s, a, b))
			return;
		if (a > 0 && !LESS(s, a - 1, pivot)) {
			a = partition_equal(s, a, b, pivot);
			continue;
		}
		bool already;
		int64_t mid = partition(s, a, b, pivot, &already);
		partitioned = already;
		int64_t left = mid - a, right = b - mid;
		if (left < right) {
			balanced = left >= length / 8;
			pdqsort(s, a, mid, limit);
			a = mid + 1;
		} else {
			balanced = right >= length / 8;
			pdqsort(s, mid + 1, b, limit);
			b = mid;
		}
	}
}

static void sort_unstable(Sorter *s, int64_t n)
{
	if (n > 1)
		pdqsort(s, 0, n, bit_len((uint64_t)n));
}

/* ---- stable: insertion-sorted blocks, then SymMerge (Kim & Kutzner) ---- */

static void swap_range(Sorter *s, int64_t a, int64_t b, int64_t n)
{
	for (int64_t i = 0; i < n; i++)
		SWAP(s, a + i, b + i);
}

static void rotate(Sorter *s, int64_t a, int64_t m, int64_t b)
{
	int64_t i = m - a, j = b - m;
	while (i != j) {
		if (i > j) {
			swap_range(s, m - i, m, j);
			i -= j;
		} else {
			swap_range(s, m - i, m + j - i, i);
			j -= i;
		}
	}
	swap_range(s, m - i, m, i);
}

/* merge the sorted runs [a, m) and [m, b) in place */
static void sym_merge(Sorter *s, int64_t a, int64_t m, int64_t b)
{
	if (m - a == 1) { /* insert s[a] into [m, b) by binary search */
		int64_t i = m, j = b;
		while (i < j) {
			int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
			if (LESS(s, h, a))
				i = h + 1;
			else
				j = h;
		}
		for (int64_t k = a; k < i - 1; k++)
			SWAP(s, k, k + 1);
		return;
	}
	if (b - m == 1) { /* insert s[m] into [a, m) */
		int64_t i = a, j = m;
		while (i < j) {
			int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
			if (!LESS(s, m, h))
				i = h + 1;
			else
				j = h;
		}
		for (int64_t k = m; k > i; k--)
			SWAP(s, k, k - 1);
		return;
	}
	int64_t mid = (int64_t)((uint64_t)(a + b) >> 1);
	int64_t n = mid + m, start, r;
	if (m > mid) {
		start = n - b;
		r = mid;
	} else {
		start = a;
		r = m;
	}
	int64_t p = n - 1;
	while (start < r) {
		int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
		if (!LESS(s, p - c, c))
			start = c + 1;
		else
			r = c;
	}
	int64_t end = n - start;
	if (start < m && m < end)
		rotate(s, start, m, end);
	if (a < start && start < mid)
		sym_merge(s, a, start, mid);
	if (mid < end && end < b)
		sym_merge(s, mid, end, b);
}

static void sort_stable(Sorter *s, int64_t n)
{
	int64_t block = 20, a = 0, b = block;
	while (b <= n) {
		insertion_sort(s, a, b);
		a = b;
		b += block;
	}
	insertion_sort(s, a, n);
	for (; block < n; block *= 2) {
		a = 0;
		b = 2 * block;
		while (b <= n) {
			sym_merge(s, a, a + block, b);
			a = b;
			b += 2 * block;
		}
		if (a + block < n)
			sym_merge(s, a, a + block, n);
	}
}

/* ---- the element kinds ---- */

static bool less_int(Sorter *s, int64_t i, int64_t j)
{
	return ((int64_t *)s->base)[i] < ((int64_t *)s->base)[j];
}
static void swap_int(Sorter *s, int64_t i, int64_t j)
{
	int64_t *a = s->base, t = a[i];
	a[i] = a[j];
	a[j] = t;
}

static bool less_string(Sorter *s, int64_t i, int64_t j)
{
	GoString *a = s->base;
	return gort_strcmp(a[i], a[j]) < 0;
}
static void swap_string(Sorter *s, int64_t i, int64_t j)
{
	GoString *a = s->base, t = a[i];
	a[i] = a[j];
	a[j] = t;
}

/* Float64Slice.Less: NaNs sort first */
static bool less_float(Sorter *s, int64_t i, int64_t j)
{
	double *a = s->base;
	return a[i] < a[j] || (a[i] != a[i] && a[j] == a[j]);
}
static void swap_float(Sorter *s, int64_t i, int64_t j)
{
	double *a = s->base, t = a[i];
	a[i] = a[j];
	a[j] = t;
}

void gort_sort_Ints(GoSlice x)
{
	Sorter s = {less_int, swap_int, x.ptr};
	sort_unstable(&s, x.len);
}

void gort_sort_Strings(GoSlice x)
{
	Sorter s = {less_string, swap_string, x.ptr};
	sort_unstable(&s, x.len);
}

void gort_sort_Float64s(GoSlice x)
{
	Sorter s = {less_float, swap_float, x.ptr};
	sort_unstable(&s, x.len);
}

static uint8_t are_sorted(Sorter *s, int64_t n)
{
	for (int64_t i = n - 1; i > 0; i--)
		if (LESS(s, i, i - 1))
			return 0;
	return 1;
}

uint8_t gort_sort_IntsAreSorted(GoSlice x)
{
	return are_sorted(&(Sorter){less_int, swap_int, x.ptr}, x.len);
}
uint8_t gort_sort_StringsAreSorted(GoSlice x)
{
	return are_sorted(&(Sorter){less_string, swap_string, x.ptr}, x.len);
}
uint8_t gort_sort_Float64sAreSorted(GoSlice x)
{
	return are_sorted(&(Sorter){less_float, swap_float, x.ptr}, x.len);
}

/* ---- sort.Slice: any slice, a Go less func ---- */

typedef uint8_t (*GoLessFn)(void *ctx, int64_t i, int64_t j);

static bool less_func(Sorter *s, int64_t i, int64_t j)
{
	return ((GoLessFn) * (void **)s->fn)(s->fn, i, j) != 0;
}

static void swap_any(Sorter *s, int64_t i, int64_t j)
{
	uint8_t tmp[256];
	uint8_t *a = (uint8_t *)s->base + i * s->size, *b = (uint8_t *)s->base + j * s->size;
	for (int64_t off = 0; off < s->size; off += (int64_t)sizeof tmp) {
		size_t k = (size_t)(s->size - off < (int64_t)sizeof tmp ? s->size - off
		                                                        : (int64_t)sizeof tmp);
		memcpy(tmp, a + off, k);
		memcpy(a + off, b + off, k);
		memcpy(b + off, tmp, k);
	}
}

/* reflect's Kind names, indexed by GOK_* */
static const char *const kind_names[] = {
        "invalid", "bool",      "int",        "int8",   "int16",          "int32",     "int64",
        "uint",    "uint8",     "uint16",     "uint32", "uint64",         "uintptr",   "float32",
        "float64", "complex64", "complex128", "string", "unsafe.Pointer", "ptr",       "array",
        "slice",   "map",       "chan",       "func",   "struct",         "interface",
};

/* x's slice: as in Go (reflect.Swapper), anything else panics */
static GoSlice slice_of(GoIface x)
{
	if (!x.type || x.type->kind != GOK_SLICE) {
		const char *k = "zero";
		if (x.type && x.type->kind >= 0 && x.type->kind <= GOK_INTERFACE)
			k = kind_names[x.type->kind];
		RtBuf b = {0};
		rt_buf_cstr(&b, "reflect: call of Swapper on ");
		rt_buf_cstr(&b, k);
		rt_buf_cstr(&b, " Value");
		rt_buf_byte(&b, 0);
		rt_panic_error_msg((const char *)b.p);
	}
	return *(const GoSlice *)rt_iface_ptr(&x);
}

void gort_sort_Slice(GoIface x, void *less)
{
	GoSlice sl = slice_of(x);
	Sorter s = {less_func, swap_any, sl.ptr, x.type->elem->size, less};
	sort_unstable(&s, sl.len);
}

void gort_sort_SliceStable(GoIface x, void *less)
{
	GoSlice sl = slice_of(x);
	Sorter s = {less_func, swap_any, sl.ptr, x.type->elem->size, less};
	sort_stable(&s, sl.len);
}

uint8_t gort_sort_SliceIsSorted(GoIface x, void *less)
{
	GoSlice sl = slice_of(x);
	Sorter s = {less_func, swap_any, sl.ptr, x.type->elem->size, less};
	return are_sorted(&s, sl.len);
}

/* ---- sort.Sort / sort.Stable: a sort.Interface ---- */

static const GoMethod *method(GoIface v, const char *name)
{
	if (!v.type)
		rt_panic_runtime("invalid memory address or nil pointer dereference");
	const GoMethod *m = rt_find_method(v.type, name);
	if (!m)
		rt_panic_runtime("invalid memory address or nil pointer dereference");
	return m;
}

static bool less_iface(Sorter *s, int64_t i, int64_t j)
{
	return ((uint8_t(*)(void *, int64_t, int64_t))s->lessfn)(s->fn, i, j) != 0;
}
static void swap_iface(Sorter *s, int64_t i, int64_t j)
{
	((void (*)(void *, int64_t, int64_t))s->swapfn)(s->fn, i, j);
}

static int64_t iface_sorter(Sorter *s, GoIface data)
{
	int64_t n = ((int64_t(*)(void *))method(data, "Len")->fn)(data.data);
	*s = (Sorter){less_iface,
	              swap_iface,
	              NULL,
	              0,
	              data.data,
	              method(data, "Less")->fn,
	              method(data, "Swap")->fn};
	return n;
}

void gort_sort_Sort(GoIface data)
{
	Sorter s;
	int64_t n = iface_sorter(&s, data);
	sort_unstable(&s, n);
}

void gort_sort_Stable(GoIface data)
{
	Sorter s;
	int64_t n = iface_sorter(&s, data);
	sort_stable(&s, n);
}

uint8_t gort_sort_IsSorted(GoIface data)
{
	Sorter s;
	int64_t n = iface_sorter(&s, data);
	return are_sorted(&s, n);
}

/* ---- searching: the smallest i in [0, n) with f(i) true, else n ---- */

int64_t gort_sort_Search(int64_t n, void *f)
{
	int64_t i = 0, j = n;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (!((uint8_t(*)(void *, int64_t)) * (void **)f)(f, h))
			i = h + 1;
		else
			j = h;
	}
	return i;
}

int64_t gort_sort_SearchInts(GoSlice a, int64_t x)
{
	int64_t i = 0, j = a.len;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (((int64_t *)a.ptr)[h] < x)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

int64_t gort_sort_SearchStrings(GoSlice a, GoString x)
{
	int64_t i = 0, j = a.len;
	while (i < j) {
		int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
		if (gort_strcmp(((GoString *)a.ptr)[h], x) < 0)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

/* ---- sort.Reverse: a *sort.reverse{Interface} whose Less is swapped ---- */

typedef struct Reverse {
	GoIface data;
} Reverse;

static int64_t reverse_Len(Reverse *r)
{
	return ((int64_t(*)(void *))method(r->data, "Len")->fn)(r->data.data);
}
static uint8_t reverse_Less(Reverse *r, int64_t i, int64_t j)
{
	return ((uint8_t(*)(void *, int64_t, int64_t))method(r->data, "Less")->fn)(r->data.data, j,
	                                                                           i);
}
static void reverse_Swap(Reverse *r, int64_t i, int64_t j)
{
	((void (*)(void *, int64_t, int64_t))method(r->data, "Swap")->fn)(r->data.data, i, j);
}

static const GoMethod reverse_methods[] = {{"Len", (void *)reverse_Len},
                                           {"Less", (void *)reverse_Less},
                                           {"Swap", (void *)reverse_Swap}};
static const uint8_t reverse_mask[] = {3};
static const GoType type_reverse = {.size = sizeof(Reverse),
                                    .kind = GOK_STRUCT,
                                    .name = "sort.reverse",
                                    .ptrmask = reverse_mask};
static const uint8_t ptr_mask[] = {1};
static const GoType type_reverse_ptr = {.size = 8,
                                        .kind = GOK_PTR,
                                        .name = "*sort.reverse",
                                        .elem = &type_reverse,
                                        .nmethods = 3,
                                        .methods = reverse_methods,
                                        .ptrmask = ptr_mask};

GoIface gort_sort_Reverse(GoIface data)
{
	Reverse *r = gort_alloc(sizeof *r, &type_reverse);
	r->data = data;
	return (GoIface){&type_reverse_ptr, r};
}

/* ---- IntSlice, StringSlice, Float64Slice: value receivers ---- */

/* Less and Swap index the slice as Go's x[i] and x[j] do: i is checked first. */
static void check_pair(GoSlice x, int64_t i, int64_t j)
{
	if ((uint64_t)i >= (uint64_t)x.len)
		gort_panic_index(i, x.len);
	if ((uint64_t)j >= (uint64_t)x.len)
		gort_panic_index(j, x.len);
}

/* One set of the four methods per slice type T: gort_sort_T_Len, _Less,
 * _Swap and _Sort, on the element helpers less_E/swap_E and the package's
 * sort function. */
#define SLICE_METHODS(T, E, sortfn)                                            \
	int64_t gort_sort_##T##_Len(GoSlice x)                                 \
	{                                                                      \
		return x.len;                                                  \
	}                                                                      \
	uint8_t gort_sort_##T##_Less(GoSlice x, int64_t i, int64_t j)          \
	{                                                                      \
		check_pair(x, i, j);                                           \
		return less_##E(&(Sorter){.base = x.ptr}, i, j);               \
	}                                                                      \
	void gort_sort_##T##_Swap(GoSlice x, int64_t i, int64_t j)             \
	{                                                                      \
		check_pair(x, i, j);                                           \
		swap_##E(&(Sorter){.base = x.ptr}, i, j);                      \
	}                                                                      \
	void gort_sort_##T##_Sort(GoSlice x)                                   \
	{                                                                      \
		sortfn(x);                                                     \
	}

SLICE_METHODS(IntSlice, int, gort_sort_Ints)
SLICE_METHODS(StringSlice, string, gort_sort_Strings)
SLICE_METHODS(Float64Slice, float, gort_sort_Float64s)
