/*
 * slice.c: make, append's growth and copy, with Go 1.19's capacities.
 *
 * cap() is observable, so growth must match Go 1.19 byte for byte:
 *   1. newcap = 2*oldcap when that suffices and oldcap < 256; past 256
 *      elements grow by (newcap + 3*256)/4 until large enough; when even
 *      doubling is too small, take exactly the needed cap;
 *   2. round the byte size up to the malloc size class that would hold it
 *      (Go's class_to_size table below, 8 KiB pages beyond 32 KiB), and
 *      give the slack to the capacity: appending to a full []byte of cap 5
 *      asks for 10 bytes, gets the 16-byte class, so cap becomes 16.
 * Zero-size elements never allocate.  Heap arrays are allocated as
 * gort_alloc(cap*elemsize, elem): the collector reads a size larger than
 * elem->size as an array of elem.
 */
#include "rt.h"

#include <string.h>

enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };
static const int64_t MAX_ALLOC = (int64_t)1 << 48;

/* Go 1.19's malloc size classes (runtime/sizeclasses.go): the object sizes
 * the small-object allocator hands out. */
static const uint16_t class_to_size[] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
	20480, 21760, 24576, 27264, 28672, 32768,
};

int64_t rt_roundupsize(int64_t size)
{
	if (size < MAX_SMALL_SIZE) {
		/* binary search for the smallest class >= size */
		int lo = 0, hi = (int)(sizeof class_to_size / sizeof class_to_size[0]) - 1;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (class_to_size[mid] >= size)
				hi = mid;
			else
				lo = mid + 1;
		}
		return class_to_size[lo];
	}
	if (size + PAGE_SIZE < size)
		return size;
	return (size + PAGE_SIZE - 1) & ~(int64_t)(PAGE_SIZE - 1);
}

static int64_t zerobase_elems;

GoSlice gort_growslice(GoSlice s, int64_t n, int64_t elemsize, const GoType *elem)
{
	int64_t want = s.len + n;
	if (n < 0 || want < s.len)
		rt_panic_runtime("growslice: cap out of range");
	if (want <= s.cap)
		return s;
	if (elemsize == 0)
		return (GoSlice){&zerobase_elems, s.len, want};

	int64_t newcap = s.cap, doublecap = s.cap + s.cap;
	if (want > doublecap) {
		newcap = want;
	} else if (s.cap < 256) {
		newcap = doublecap;
	} else {
		while (0 < newcap && newcap < want)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = want;
	}
	if (newcap > MAX_ALLOC / elemsize)
		rt_panic_runtime("growslice: cap out of range");
	int64_t capmem = rt_roundupsize(newcap * elemsize);
	newcap = capmem / elemsize;
	capmem = newcap * elemsize;
	if (capmem > MAX_ALLOC)
		rt_panic_runtime("growslice: cap out of range");

	void *p = gort_alloc(capmem, elem);
	if (s.len > 0)
		memmove(p, s.ptr, (size_t)(s.len * elemsize));
	return (GoSlice){p, s.len, newcap};
}

GoSlice gort_makeslice(int64_t len, int64_t cap, int64_t elemsize, const GoType *elem)
{
	bool cap_bad = cap < 0 || (elemsize > 0 && cap > MAX_ALLOC / elemsize);
	if (cap_bad || len < 0 || len > cap) {
		bool len_bad = len < 0 || (elemsize > 0 && len > MAX_ALLOC / elemsize);
		rt_panic_runtime(len_bad ? "makeslice: len out of range" : "makeslice: cap out of range");
	}
	void *p = gort_alloc(cap * elemsize, elem);
	return (GoSlice){p, len, cap};
}

int64_t gort_copy(GoSlice dst, GoSlice src, int64_t elemsize)
{
	int64_t n = dst.len < src.len ? dst.len : src.len;
	if (n > 0 && dst.ptr != src.ptr)
		memmove(dst.ptr, src.ptr, (size_t)(n * elemsize));
	return n;
}
