/*
 * string.c: string operations and conversions, with Go's allocation rules.
 *
 * Strings are immutable {ptr, len} pairs; their bytes live in static data,
 * on the heap (gort_alloc, pointer-free), or in a caller's stack buffer.
 * The stack buffer (`stackbuf`, 32 bytes) is passed by gen when escape
 * analysis proved that the result does not outlive the calling frame; as in
 * Go's runtime (tmpBuf), a result that fits is built there and costs no heap
 * allocation.  (Go's rune buffer holds 32 runes; ours holds 8, so cap() of a
 * non-escaping []rune(s) of 9..32 runes differs from Go.)
 *
 * Allocation counts follow Go 1.19 exactly, because MemStats.Mallocs is
 * observable: concatenation with a single non-empty operand returns it
 * unchanged (unless its bytes are on the stack and the result escapes);
 * string(b) of 0 or 1 bytes never allocates; string(r) allocates 4 bytes
 * when it escapes; []byte(s) gets cap roundupsize(len) (32 from a stack
 * buffer); []rune(s) likewise in units of 4 bytes; string(runes) reserves
 * 3 spare bytes as Go does.
 *
 * UTF-8 decoding follows Go's utf8 rules: an invalid or truncated sequence,
 * an overlong form, a surrogate or a value above U+10FFFF decodes as U+FFFD
 * with width 1.
 */
#include "rt.h"

#include <string.h>

enum { TMPBUF = 32 };

GoString rt_cstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

GoString rt_strdup(const char *p, int64_t n)
{
	if (n == 0)
		return (GoString){NULL, 0};
	uint8_t *q = gort_alloc(n, NULL);
	memcpy(q, p, (size_t)n);
	return (GoString){q, n};
}

/* Is p inside the running stack (between our frame and the stack top)? */
static bool on_stack(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	return a >= (uintptr_t)__builtin_frame_address(0) && a < rt_stack_hi;
}

/* memory for a result of n bytes: the stack buffer when it fits, else the heap */
static uint8_t *rawtmp(void *stackbuf, int64_t n)
{
	if (stackbuf && n <= TMPBUF) {
		memset(stackbuf, 0, TMPBUF);
		return stackbuf;
	}
	return gort_alloc(n, NULL);
}

GoString gort_concat(GoString *parts, int64_t n, void *stackbuf)
{
	int64_t total = 0, count = 0, idx = 0;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		if (total + parts[i].len < total)
			rt_panic_runtime("string concatenation too long");
		total += parts[i].len;
		count++;
		idx = i;
	}
	if (count == 0)
		return (GoString){NULL, 0};
	if (count == 1 && (stackbuf != NULL || !on_stack(parts[idx].ptr)))
		return parts[idx];
	uint8_t *p = rawtmp(stackbuf, total);
	int64_t off = 0;
	for (int64_t i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue;
		memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
		off += parts[i].len;
	}
	return (GoString){p, total};
}

int64_t gort_strcmp(GoString a, GoString b)
{
	int64_t n = a.len < b.len ? a.len : b.len;
	int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return a.len < b.len ? -1 : a.len > b.len;
}

int64_t gort_streq(GoString a, GoString b)
{
	return a.len == b.len && (a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

GoSlice gort_str2bytes(GoString s, void *stackbuf)
{
	if (stackbuf && s.len <= TMPBUF) {
		memset(stackbuf, 0, TMPBUF);
		if (s.len > 0)
			memcpy(stackbuf, s.ptr, (size_t)s.len);
		return (GoSlice){stackbuf, s.len, TMPBUF};
	}
	int64_t cap = rt_roundupsize(s.len);
	uint8_t *p = gort_alloc(cap, NULL);
	if (s.len > 0)
		memcpy(p, s.ptr, (size_t)s.len);
	return (GoSlice){p, s.len, cap};
}

/* string(b) of one byte points into this table, as Go's staticuint64s */
static const uint8_t single_bytes[256] = {
#define R16(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11, \
	b + 12, b + 13, b + 14, b + 15
	R16(0), R16(16), R16(32), R16(48), R16(64), R16(80), R16(96), R16(112),
	R16(128), R16(144), R16(160), R16(176), R16(192), R16(208), R16(224), R16(240),
#undef R16
};

GoString gort_bytes2str(GoSlice b, void *stackbuf)
{
	if (b.len == 0)
		return (GoString){NULL, 0};
	if (b.len == 1)
		return (GoString){&single_bytes[*(uint8_t *)b.ptr], 1};
	uint8_t *p = rawtmp(stackbuf, b.len);
	memcpy(p, b.ptr, (size_t)b.len);
	return (GoString){p, b.len};
}

/* ---- UTF-8 ---- */

int32_t gort_decoderune(GoString s, int64_t i, int64_t *w)
{
	const uint8_t *p = s.ptr + i;
	int64_t n = s.len - i;
	uint8_t c = p[0];
	*w = 1;
	if (c < 0x80)
		return c;
	int need;
	int32_t r, min;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1, r = c & 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2, r = c & 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3, r = c & 0x07, min = 0x10000;
	else
		return 0xFFFD;
	if (n <= need)
		return 0xFFFD;
	for (int k = 1; k <= need; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return 0xFFFD;
		r = (r << 6) | (p[k] & 0x3F);
	}
	if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return 0xFFFD;
	*w = need + 1;
	return r;
}

static bool valid_rune(int64_t r) { return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF); }

static int rune_len(int64_t r)
{
	if (!valid_rune(r))
		return 3;
	return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

int rt_encoderune(uint8_t *p, int32_t r)
{
	if (!valid_rune(r))
		r = 0xFFFD;
	if (r < 0x80) {
		p[0] = (uint8_t)r;
		return 1;
	}
	if (r < 0x800) {
		p[0] = (uint8_t)(0xC0 | (r >> 6));
		p[1] = (uint8_t)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r < 0x10000) {
		p[0] = (uint8_t)(0xE0 | (r >> 12));
		p[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
		p[2] = (uint8_t)(0x80 | (r & 0x3F));
		return 3;
	}
	p[0] = (uint8_t)(0xF0 | (r >> 18));
	p[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
	p[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
	p[3] = (uint8_t)(0x80 | (r & 0x3F));
	return 4;
}

GoSlice gort_str2runes(GoString s, void *stackbuf)
{
	int64_t n = 0, w;
	for (int64_t i = 0; i < s.len; i += w, n++)
		gort_decoderune(s, i, &w);
	int32_t *r;
	int64_t cap;
	if (stackbuf && n <= TMPBUF / 4) {
		/* gen's stack buffer is 32 bytes: 8 runes (Go's is 32 runes) */
		r = stackbuf;
		memset(r, 0, TMPBUF);
		cap = TMPBUF / 4;
	} else {
		cap = rt_roundupsize(n * 4) / 4;
		r = gort_alloc(cap * 4, NULL);
	}
	int64_t k = 0;
	for (int64_t i = 0; i < s.len; i += w)
		r[k++] = gort_decoderune(s, i, &w);
	return (GoSlice){r, n, cap};
}

GoString gort_runes2str(GoSlice rs, void *stackbuf)
{
	const int32_t *r = rs.ptr;
	int64_t size = 0;
	for (int64_t i = 0; i < rs.len; i++)
		size += rune_len(r[i]);
	if (size == 0)
		return (GoString){NULL, 0};
	uint8_t *p = rawtmp(stackbuf, size + 3);
	int64_t off = 0;
	for (int64_t i = 0; i < rs.len; i++)
		off += rt_encoderune(p + off, r[i]);
	return (GoString){p, off};
}

GoString gort_rune2str(int64_t r, void *stackbuf)
{
	uint8_t *p = stackbuf ? stackbuf : gort_alloc(4, NULL);
	if (r != (int32_t)r)
		r = 0xFFFD;
	int n = rt_encoderune(p, (int32_t)r);
	return (GoString){p, n};
}
