/*
 * bytes.c: bytes.Buffer (compiler/stdlib.c declares it as
 * struct { buf []byte; off int }: the contents are buf[off:len(buf)]).
 *
 * Growth follows Go's Buffer.grow: a nil buffer gets a 64-byte array for a
 * small first write; a buffer that has room after sliding its unread bytes
 * to the front reuses its array; otherwise the array grows as append grows
 * it.  String copies (Go's string(b.buf[b.off:])), Bytes aliases.
 */
#include "rt.h"

#include <string.h>

typedef struct Buffer {
	GoSlice buf;
	int64_t off;
} Buffer;

static const GoType type_byte = {.size = 1, .kind = GOK_UINT8, .name = "uint8"};

/* room for n more bytes; returns where they go */
static int64_t grow(Buffer *b, int64_t n)
{
	int64_t m = b->buf.len - b->off;
	if (m == 0 && b->off != 0) { /* empty: start over */
		b->buf.len = 0;
		b->off = 0;
	}
	if (b->buf.len + n <= b->buf.cap) {
		int64_t i = b->buf.len;
		b->buf.len += n;
		return i;
	}
	if (b->buf.ptr == NULL && n <= 64) {
		b->buf = gort_makeslice(n, 64, 1, &type_byte);
		return 0;
	}
	int64_t c = b->buf.cap;
	uint8_t *p = b->buf.ptr;
	if (n <= c / 2 - m) { /* slide the unread bytes down */
		memmove(p, p + b->off, (size_t)m);
	} else {
		GoSlice rest = {p + b->off, m, c - b->off};
		GoSlice ns = gort_growslice(rest, b->off + n, 1, &type_byte);
		b->buf = ns;
	}
	b->off = 0;
	b->buf.len = m + n;
	return m;
}

static void put(Buffer *b, const void *p, int64_t n)
{
	int64_t i = grow(b, n);
	memcpy((uint8_t *)b->buf.ptr + i, p, (size_t)n);
}

GoIntError gort_bytes_Buffer_WriteString(Buffer *b, GoString s)
{
	put(b, s.ptr, s.len);
	return (GoIntError){s.len, {NULL, NULL}};
}

GoIntError gort_bytes_Buffer_Write(Buffer *b, GoSlice p)
{
	put(b, p.ptr, p.len);
	return (GoIntError){p.len, {NULL, NULL}};
}

GoIface gort_bytes_Buffer_WriteByte(Buffer *b, uint8_t c)
{
	put(b, &c, 1);
	return (GoIface){NULL, NULL};
}

GoIntError gort_bytes_Buffer_WriteRune(Buffer *b, int32_t r)
{
	uint8_t tmp[4];
	int n = rt_encoderune(tmp, r);
	put(b, tmp, n);
	return (GoIntError){n, {NULL, NULL}};
}

GoString gort_bytes_Buffer_String(Buffer *b)
{
	if (b == NULL)
		return rt_cstr("<nil>");
	return rt_strdup((const char *)b->buf.ptr + b->off, b->buf.len - b->off);
}

GoSlice gort_bytes_Buffer_Bytes(Buffer *b)
{
	return (GoSlice){(uint8_t *)b->buf.ptr + b->off, b->buf.len - b->off, b->buf.cap - b->off};
}

int64_t gort_bytes_Buffer_Len(Buffer *b)
{
	return b->buf.len - b->off;
}

int64_t gort_bytes_Buffer_Cap(Buffer *b)
{
	return b->buf.cap;
}

void gort_bytes_Buffer_Reset(Buffer *b)
{
	b->buf.len = 0;
	b->off = 0;
}

void gort_bytes_Buffer_Truncate(Buffer *b, int64_t n)
{
	if (n == 0) {
		gort_bytes_Buffer_Reset(b);
		return;
	}
	if (n < 0 || n > b->buf.len - b->off)
		rt_panic_error_msg("bytes.Buffer: truncation out of range");
	b->buf.len = b->off + n;
}

void gort_bytes_Buffer_Grow(Buffer *b, int64_t n)
{
	if (n < 0)
		rt_panic_error_msg("bytes.Buffer.Grow: negative count");
	int64_t m = grow(b, n);
	b->buf.len = m;
}
