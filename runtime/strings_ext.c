/*
 * strings_ext.c: the rest of package strings beside strings.c's Builder,
 * Index/Split/Join/Replace family and case mapping: byte, rune and set
 * searches, trimming, Cut, EqualFold, Title, and the functions that take a
 * Go func (FieldsFunc, IndexFunc, TrimFunc, Map).
 *
 * Results that are a part of the input are slices of it, never copies, as
 * in Go.  A Go func value is called through its closure record (gort.h):
 * code pointer in the first word, the record as the hidden first argument.
 */
#define _GNU_SOURCE /* memrchr */
#include "rt.h"

#include <string.h>

uint8_t gort_unicode_IsSpace(int32_t r);
uint8_t gort_unicode_IsLetter(int32_t r);
uint8_t gort_unicode_IsDigit(int32_t r);
int32_t gort_unicode_ToUpper(int32_t r);
int32_t gort_unicode_ToLower(int32_t r);
int32_t gort_unicode_ToTitle(int32_t r);
int64_t gort_strings_Index(GoString s, GoString sub);

static const uint8_t string_mask[] = {1};
static const GoType type_string = {
        .size = 16, .kind = GOK_STRING, .name = "string", .ptrmask = string_mask};

static GoString substr(GoString s, int64_t i, int64_t j)
{
	return (GoString){s.ptr + i, j - i};
}

typedef uint8_t (*RunePred)(void *ctx, int32_t r);
typedef int32_t (*RuneMap)(void *ctx, int32_t r);
static bool call_pred(void *f, int32_t r)
{
	return ((RunePred) * (void **)f)(f, r) != 0;
}

/* the rune ending at s[j] (j > 0): its start in *start */
static int32_t last_rune(GoString s, int64_t j, int64_t *start)
{
	int64_t k = j - 1, lim = j - 4 < 0 ? 0 : j - 4, w;
	while (k > lim && (s.ptr[k] & 0xC0) == 0x80)
		k--;
	int32_t r = gort_decoderune(s, k, &w);
	if (k + w != j) {
		*start = j - 1;
		return 0xFFFD;
	}
	*start = k;
	return r;
}

/* ---- searching ---- */

int64_t gort_strings_IndexByte(GoString s, uint8_t c)
{
	const uint8_t *p = s.len > 0 ? memchr(s.ptr, c, (size_t)s.len) : NULL;
	return p ? p - s.ptr : -1;
}

int64_t gort_strings_LastIndexByte(GoString s, uint8_t c)
{
	const uint8_t *p = s.len > 0 ? memrchr(s.ptr, c, (size_t)s.len) : NULL;
	return p ? p - s.ptr : -1;
}

int64_t gort_strings_LastIndex(GoString s, GoString sub)
{
	if (sub.len == 0)
		return s.len;
	for (int64_t i = s.len - sub.len; i >= 0; i--)
		if (memcmp(s.ptr + i, sub.ptr, (size_t)sub.len) == 0)
			return i;
	return -1;
}

/* IndexRune: RuneError matches invalid bytes too; an invalid r matches nothing */
int64_t gort_strings_IndexRune(GoString s, int32_t r)
{
	if (r >= 0 && r < 0x80)
		return gort_strings_IndexByte(s, (uint8_t)r);
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return -1;
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w)
		if (gort_decoderune(s, i, &w) == r)
			return i;
	return -1;
}

uint8_t gort_strings_ContainsRune(GoString s, int32_t r)
{
	return gort_strings_IndexRune(s, r) >= 0;
}

static bool in_set(GoString set, int32_t r)
{
	int64_t w;
	for (int64_t i = 0; i < set.len; i += w)
		if (gort_decoderune(set, i, &w) == r)
			return true;
	return false;
}

int64_t gort_strings_IndexAny(GoString s, GoString chars)
{
	if (chars.len == 0)
		return -1;
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w)
		if (in_set(chars, gort_decoderune(s, i, &w)))
			return i;
	return -1;
}

int64_t gort_strings_LastIndexAny(GoString s, GoString chars)
{
	if (chars.len == 0)
		return -1;
	for (int64_t j = s.len, k; j > 0; j = k)
		if (in_set(chars, last_rune(s, j, &k)))
			return k;
	return -1;
}

uint8_t gort_strings_ContainsAny(GoString s, GoString chars)
{
	return gort_strings_IndexAny(s, chars) >= 0;
}

int64_t gort_strings_IndexFunc(GoString s, void *f)
{
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w)
		if (call_pred(f, gort_decoderune(s, i, &w)))
			return i;
	return -1;
}

int64_t gort_strings_LastIndexFunc(GoString s, void *f)
{
	for (int64_t j = s.len, k; j > 0; j = k)
		if (call_pred(f, last_rune(s, j, &k)))
			return k;
	return -1;
}

int64_t gort_strings_Compare(GoString a, GoString b)
{
	int64_t c = gort_strcmp(a, b);
	return c < 0 ? -1 : c > 0;
}

/* Go's EqualFold: equal under simple Unicode case folding */
uint8_t gort_strings_EqualFold(GoString s, GoString t)
{
	int64_t i = 0, j = 0, w1, w2;
	while (i < s.len && j < t.len) {
		int32_t a = gort_decoderune(s, i, &w1), b = gort_decoderune(t, j, &w2);
		i += w1;
		j += w2;
		if (a == b)
			continue;
		if (gort_unicode_ToLower(a) != gort_unicode_ToLower(b) &&
		    gort_unicode_ToUpper(a) != gort_unicode_ToUpper(b))
			return 0;
	}
	return i == s.len && j == t.len;
}

/* ---- Cut ---- */

typedef struct GoCut {
	GoString before, after;
	uint8_t found;
} GoCut;

GoCut gort_strings_Cut(GoString s, GoString sep)
{
	int64_t i = gort_strings_Index(s, sep);
	if (i >= 0)
		return (GoCut){substr(s, 0, i), substr(s, i + sep.len, s.len), 1};
	return (GoCut){s, {NULL, 0}, 0};
}

/* ---- trimming ---- */

static GoString trim_left(GoString s, GoString set, void *f)
{
	int64_t i = 0, w;
	while (i < s.len) {
		int32_t r = gort_decoderune(s, i, &w);
		if (f ? !call_pred(f, r) : !in_set(set, r))
			break;
		i += w;
	}
	return substr(s, i, s.len);
}

static GoString trim_right(GoString s, GoString set, void *f)
{
	int64_t j = s.len, k;
	while (j > 0) {
		int32_t r = last_rune(s, j, &k);
		if (f ? !call_pred(f, r) : !in_set(set, r))
			break;
		j = k;
	}
	return substr(s, 0, j);
}

GoString gort_strings_TrimLeft(GoString s, GoString cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_left(s, cutset, NULL);
}

GoString gort_strings_TrimRight(GoString s, GoString cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_right(s, cutset, NULL);
}

GoString gort_strings_Trim(GoString s, GoString cutset)
{
	if (s.len == 0 || cutset.len == 0)
		return s;
	return trim_right(trim_left(s, cutset, NULL), cutset, NULL);
}

GoString gort_strings_TrimFunc(GoString s, void *f)
{
	return trim_right(trim_left(s, (GoString){0}, f), (GoString){0}, f);
}
GoString gort_strings_TrimLeftFunc(GoString s, void *f)
{
	return trim_left(s, (GoString){0}, f);
}
GoString gort_strings_TrimRightFunc(GoString s, void *f)
{
	return trim_right(s, (GoString){0}, f);
}

GoString gort_strings_TrimPrefix(GoString s, GoString prefix)
{
	if (s.len >= prefix.len && memcmp(s.ptr, prefix.ptr, (size_t)prefix.len) == 0)
		return substr(s, prefix.len, s.len);
	return s;
}

GoString gort_strings_TrimSuffix(GoString s, GoString suffix)
{
	if (s.len >= suffix.len &&
	    memcmp(s.ptr + s.len - suffix.len, suffix.ptr, (size_t)suffix.len) == 0)
		return substr(s, 0, s.len - suffix.len);
	return s;
}

/* ---- functions that build new strings ---- */

GoSlice gort_strings_FieldsFunc(GoString s, void *f)
{
	/* one pass, f called once per rune as in Go: collect the spans, then copy */
	RtBuf spans = {0};
	int64_t w, start = -1, n = 0;
	for (int64_t i = 0; i <= s.len; i += w) {
		bool sep = i == s.len || call_pred(f, gort_decoderune(s, i, &w));
		if (!sep && start < 0)
			start = i;
		else if (sep && start >= 0) {
			int64_t span[2] = {start, i};
			rt_buf_put(&spans, span, sizeof span);
			n++;
			start = -1;
		}
		if (i == s.len)
			break;
	}
	GoString *a = gort_alloc(n * (int64_t)sizeof(GoString), &type_string);
	const int64_t *sp = (const int64_t *)spans.p;
	for (int64_t k = 0; k < n; k++)
		a[k] = substr(s, sp[2 * k], sp[2 * k + 1]);
	rt_buf_free(&spans);
	return (GoSlice){a, n, n};
}

/* Map: each rune through mapping; a negative result drops the rune */
GoString gort_strings_Map(void *mapping, GoString s)
{
	RtBuf b = {0};
	bool changed = false;
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w) {
		int32_t r = gort_decoderune(s, i, &w);
		int32_t m = ((RuneMap) * (void **)mapping)(mapping, r);
		if (m != r || (r == 0xFFFD && w == 1))
			changed = true;
		if (m >= 0) {
			uint8_t tmp[4];
			rt_buf_put(&b, tmp, rt_encoderune(tmp, m));
		}
	}
	GoString out = changed ? rt_buf_gostring(&b) : s;
	rt_buf_free(&b);
	return out;
}

/* Title: upper-case the first letter of each word (deprecated in Go, but
 * still there); a word starts after a rune that is not a letter, digit or
 * underscore. */
GoString gort_strings_Title(GoString s)
{
	RtBuf b = {0};
	int32_t prev = ' ';
	int64_t w;
	for (int64_t i = 0; i < s.len; i += w) {
		int32_t r = gort_decoderune(s, i, &w);
		bool sep;
		if (prev < 0x80)
			sep = !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
			        (prev >= 'A' && prev <= 'Z') || prev == '_');
		else
			sep = !(gort_unicode_IsLetter(prev) || gort_unicode_IsDigit(prev)) &&
			      gort_unicode_IsSpace(prev);
		int32_t m = sep ? gort_unicode_ToTitle(r) : r;
		uint8_t tmp[4]; /* (an invalid byte comes out as U+FFFD, as Go's Map writes it) */
		rt_buf_put(&b, tmp, rt_encoderune(tmp, m));
		prev = r;
	}
	GoString out = rt_buf_gostring(&b);
	rt_buf_free(&b);
	return out;
}
