/*
 * utf8.c: package unicode/utf8.
 *
 * Decoding is string.c's gort_decoderune, the one `for range` over a
 * string uses, so that every path agrees with Go on invalid input: a byte
 * that does not start a valid, shortest-form sequence of a scalar value
 * decodes as (RuneError, 1).  Encoding writes U+FFFD for invalid runes
 * (surrogates, negative or above U+10FFFF), as Go's EncodeRune does.
 */
#include "rt.h"

typedef struct GoRuneSize {
	int32_t r;
	int64_t size;
} GoRuneSize;

static bool valid_rune(int32_t r)
{
	return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
}

int64_t gort_utf8_RuneLen(int32_t r)
{
	if (r < 0)
		return -1;
	if (r < 0x80)
		return 1;
	if (r < 0x800)
		return 2;
	if (r >= 0xD800 && r <= 0xDFFF)
		return -1;
	if (r < 0x10000)
		return 3;
	return r <= 0x10FFFF ? 4 : -1;
}

uint8_t gort_utf8_ValidRune(int32_t r)
{
	return valid_rune(r);
}

int64_t gort_utf8_RuneCountInString(GoString s)
{
	int64_t n = 0, w;
	for (int64_t i = 0; i < s.len; i += w, n++)
		gort_decoderune(s, i, &w);
	return n;
}

int64_t gort_utf8_RuneCount(GoSlice p)
{
	return gort_utf8_RuneCountInString((GoString){p.ptr, p.len});
}

GoRuneSize gort_utf8_DecodeRuneInString(GoString s)
{
	if (s.len == 0)
		return (GoRuneSize){0xFFFD, 0};
	int64_t w;
	int32_t r = gort_decoderune(s, 0, &w);
	return (GoRuneSize){r, w};
}

GoRuneSize gort_utf8_DecodeRune(GoSlice p)
{
	return gort_utf8_DecodeRuneInString((GoString){p.ptr, p.len});
}

/* The last rune: back up over at most 3 continuation bytes to a start byte,
 * and accept it only if it decodes to exactly the bytes up to the end. */
GoRuneSize gort_utf8_DecodeLastRuneInString(GoString s)
{
	if (s.len == 0)
		return (GoRuneSize){0xFFFD, 0};
	int64_t end = s.len, start = end - 1;
	if (s.ptr[start] < 0x80)
		return (GoRuneSize){s.ptr[start], 1};
	int64_t lim = end - 4 < 0 ? 0 : end - 4;
	for (start--; start >= lim; start--)
		if ((s.ptr[start] & 0xC0) != 0x80)
			break;
	if (start < 0)
		start = 0;
	int64_t w;
	int32_t r = gort_decoderune(s, start, &w);
	if (start + w != end)
		return (GoRuneSize){0xFFFD, 1};
	return (GoRuneSize){r, w};
}

GoRuneSize gort_utf8_DecodeLastRune(GoSlice p)
{
	return gort_utf8_DecodeLastRuneInString((GoString){p.ptr, p.len});
}

uint8_t gort_utf8_ValidString(GoString s)
{
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w)
		if (gort_decoderune(s, i, &w) == 0xFFFD && w == 1)
			return 0;
	return 1;
}

uint8_t gort_utf8_Valid(GoSlice p)
{
	return gort_utf8_ValidString((GoString){p.ptr, p.len});
}

/* FullRuneInString: s begins with a whole encoding (valid or not) */
uint8_t gort_utf8_FullRuneInString(GoString s)
{
	if (s.len == 0)
		return 0;
	int64_t w;
	int32_t r = gort_decoderune(s, 0, &w);
	if (!(r == 0xFFFD && w == 1))
		return 1;
	/* invalid: incomplete only if it is a valid prefix cut short */
	uint8_t c = s.ptr[0];
	int need = c >= 0xC2 && c <= 0xDF   ? 2
	           : c >= 0xE0 && c <= 0xEF ? 3
	           : c >= 0xF0 && c <= 0xF4 ? 4
	                                    : 1;
	if (s.len >= need)
		return 1;
	for (int64_t k = 1; k < s.len; k++)
		if ((s.ptr[k] & 0xC0) != 0x80)
			return 1;
	return 0;
}

/* EncodeRune writes into p and panics (index out of range) when p is too
 * short, as Go's does. */
int64_t gort_utf8_EncodeRune(GoSlice p, int32_t r)
{
	uint8_t tmp[4];
	int n = rt_encoderune(tmp, r);
	if (p.len < n)
		gort_panic_index(n - 1, p.len);
	for (int i = 0; i < n; i++)
		((uint8_t *)p.ptr)[i] = tmp[i];
	return n;
}

GoSlice gort_utf8_AppendRune(GoSlice p, int32_t r)
{
	static const GoType type_byte = {.size = 1, .kind = GOK_UINT8, .name = "uint8"};
	uint8_t tmp[4];
	int n = rt_encoderune(tmp, r);
	if (p.len + n > p.cap)
		p = gort_growslice(p, n, 1, &type_byte);
	for (int i = 0; i < n; i++)
		((uint8_t *)p.ptr)[p.len + i] = tmp[i];
	p.len += n;
	return p;
}
