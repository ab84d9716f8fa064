/*
 * strings.c: package strings' Builder, Index/Contains/HasPrefix, the Split
 * family (Go's genSplit), Join, Repeat, Fields, TrimSpace, case mapping and
 * Replace, plus errors.Is and runtime.KeepAlive (strings_ext.c has the
 * rest of the package).
 *
 * ABI (gort.h): gort_strings_<Name>(Go parameters) and
 * gort_strings_Builder_<Method>(Builder *receiver, ...).  strings.Builder is
 * declared in stdlib.c as struct { buf []byte }: the Builder below.
 *
 * Allocation matches Go where MemStats could notice it: results equal to an
 * input are returned without copying (TrimSpace, ToUpper of an upper-case
 * string, Replace with nothing to replace, Join of one element), a
 * Builder grows through gort_growslice exactly as append does, and
 * Builder.String shares the builder's bytes.
 *
 * Unicode: case mapping and white space beyond ASCII use glibc's C.UTF-8
 * tables (towupper/iswspace), which agree with Go's for the common scripts.
 */
#define _GNU_SOURCE /* memmem */
#include "rt.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <wctype.h>

static const GoType type_byte = {.size = 1, .kind = GOK_UINT8, .name = "uint8"};
static const uint8_t string_ptrmask[] = {1};
static const GoType type_string = {
        .size = 16, .kind = GOK_STRING, .name = "string", .ptrmask = string_ptrmask};

static locale_t utf8_locale(void)
{
	static locale_t loc;
	static bool tried;
	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return loc;
}

/* Go's unicode.IsSpace */
static bool is_space(int32_t r)
{
	if (r < 0x80)
		return r == ' ' || (r >= '\t' && r <= '\r');
	if (r == 0x85 || r == 0xA0)
		return true;
	locale_t loc = utf8_locale();
	return loc && iswspace_l((wint_t)r, loc);
}

static GoString substr(GoString s, int64_t i, int64_t j)
{
	return (GoString){s.ptr + i, j - i};
}

/* ---- strings.Builder ---- */

typedef struct Builder {
	GoSlice buf;
} Builder;

static void builder_append(Builder *b, const void *p, int64_t n)
{
	if (n <= 0)
		return;
	if (b->buf.len + n > b->buf.cap)
		b->buf = gort_growslice(b->buf, n, 1, &type_byte);
	memcpy((uint8_t *)b->buf.ptr + b->buf.len, p, (size_t)n);
	b->buf.len += n;
}

GoIntError gort_strings_Builder_WriteString(Builder *b, GoString s)
{
	builder_append(b, s.ptr, s.len);
	return (GoIntError){s.len, {NULL, NULL}};
}

GoIntError gort_strings_Builder_Write(Builder *b, GoSlice p)
{
	builder_append(b, p.ptr, p.len);
	return (GoIntError){p.len, {NULL, NULL}};
}

GoIface gort_strings_Builder_WriteByte(Builder *b, uint8_t c)
{
	builder_append(b, &c, 1);
	return (GoIface){NULL, NULL};
}

GoIntError gort_strings_Builder_WriteRune(Builder *b, int32_t r)
{
	uint8_t tmp[4];
	int n = rt_encoderune(tmp, r);
	builder_append(b, tmp, n);
	return (GoIntError){n, {NULL, NULL}};
}

GoString gort_strings_Builder_String(Builder *b)
{
	return (GoString){b->buf.ptr, b->buf.len};
}

int64_t gort_strings_Builder_Len(Builder *b)
{
	return b->buf.len;
}

void gort_strings_Builder_Reset(Builder *b)
{
	b->buf = (GoSlice){NULL, 0, 0};
}

void gort_strings_Builder_Grow(Builder *b, int64_t n)
{
	if (n < 0)
		rt_panic_error_msg("strings.Builder.Grow: negative count");
	if (b->buf.cap - b->buf.len < n) {
		GoSlice nb = gort_makeslice(b->buf.len, 2 * b->buf.cap + n, 1, &type_byte);
		if (b->buf.len > 0)
			memcpy(nb.ptr, b->buf.ptr, (size_t)b->buf.len);
		b->buf = nb;
	}
}

/* ---- searching ---- */

int64_t gort_strings_Index(GoString s, GoString sub)
{
	if (sub.len == 0)
		return 0;
	if (sub.len > s.len)
		return -1;
	const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
	return p ? p - s.ptr : -1;
}

uint8_t gort_strings_Contains(GoString s, GoString sub)
{
	return gort_strings_Index(s, sub) >= 0;
}

uint8_t gort_strings_HasPrefix(GoString s, GoString p)
{
	return s.len >= p.len && memcmp(s.ptr, p.ptr, (size_t)p.len) == 0;
}

uint8_t gort_strings_HasSuffix(GoString s, GoString p)
{
	return s.len >= p.len && memcmp(s.ptr + s.len - p.len, p.ptr, (size_t)p.len) == 0;
}

static int64_t rune_count(GoString s)
{
	int64_t n = 0, w;
	for (int64_t i = 0; i < s.len; i += w, n++)
		gort_decoderune(s, i, &w);
	return n;
}

/* non-overlapping occurrences of sub (sub == "": runes + 1, as Go) */
static int64_t count(GoString s, GoString sub)
{
	if (sub.len == 0)
		return rune_count(s) + 1;
	int64_t n = 0;
	for (;;) {
		int64_t i = gort_strings_Index(s, sub);
		if (i < 0)
			return n;
		n++;
		s = substr(s, i + sub.len, s.len);
	}
}

static GoSlice new_strings(int64_t n)
{
	return (GoSlice){gort_alloc(n * (int64_t)sizeof(GoString), &type_string), n, n};
}

/* ---- splitting and joining ---- */

/* Go's genSplit: at most n pieces (n < 0: all), each keeping sepsave
 * bytes of its separator (Split: 0, SplitAfter: len(sep)). */
static GoSlice gen_split(GoString s, GoString sep, int64_t sepsave, int64_t n)
{
	if (n == 0)
		return (GoSlice){NULL, 0, 0};
	if (sep.len == 0) { /* explode into UTF-8 sequences, the last one holding the rest */
		int64_t l = rune_count(s), w;
		if (n < 0 || n > l)
			n = l;
		GoSlice r = new_strings(n);
		GoString *a = r.ptr;
		for (int64_t i = 0; i < n - 1; i++) {
			gort_decoderune(s, 0, &w);
			a[i] = substr(s, 0, w);
			s = substr(s, w, s.len);
		}
		if (n > 0)
			a[n - 1] = s;
		return r;
	}
	if (n < 0)
		n = count(s, sep) + 1;
	if (n > s.len + 1)
		n = s.len + 1;
	GoSlice r = new_strings(n);
	GoString *a = r.ptr;
	int64_t k = 0;
	while (k < n - 1) {
		int64_t m = gort_strings_Index(s, sep);
		if (m < 0)
			break;
		a[k++] = substr(s, 0, m + sepsave);
		s = substr(s, m + sep.len, s.len);
	}
	a[k++] = s;
	r.len = k;
	return r;
}

GoSlice gort_strings_Split(GoString s, GoString sep)
{
	return gen_split(s, sep, 0, -1);
}
GoSlice gort_strings_SplitN(GoString s, GoString sep, int64_t n)
{
	return gen_split(s, sep, 0, n);
}
GoSlice gort_strings_SplitAfter(GoString s, GoString sep)
{
	return gen_split(s, sep, sep.len, -1);
}
GoSlice gort_strings_SplitAfterN(GoString s, GoString sep, int64_t n)
{
	return gen_split(s, sep, sep.len, n);
}
int64_t gort_strings_Count(GoString s, GoString sub)
{
	return count(s, sub);
}

GoString gort_strings_Join(GoSlice elems, GoString sep)
{
	GoString *e = elems.ptr;
	if (elems.len == 0)
		return (GoString){NULL, 0};
	if (elems.len == 1)
		return e[0];
	int64_t n = sep.len * (elems.len - 1);
	for (int64_t i = 0; i < elems.len; i++)
		n += e[i].len;
	uint8_t *p = gort_alloc(n, NULL);
	int64_t off = 0;
	for (int64_t i = 0; i < elems.len; i++) {
		if (i > 0) {
			memcpy(p + off, sep.ptr, (size_t)sep.len);
			off += sep.len;
		}
		memcpy(p + off, e[i].ptr, (size_t)e[i].len);
		off += e[i].len;
	}
	return (GoString){p, n};
}

GoString gort_strings_Repeat(GoString s, int64_t n)
{
	if (n == 0)
		return (GoString){NULL, 0};
	if (n < 0)
		rt_panic_error_msg("strings: negative Repeat count");
	if (s.len > 0 && s.len * n / n != s.len)
		rt_panic_error_msg("strings: Repeat count causes overflow");
	int64_t total = s.len * n;
	if (total == 0)
		return (GoString){NULL, 0};
	uint8_t *p = gort_alloc(total, NULL);
	for (int64_t i = 0; i < n; i++)
		memcpy(p + i * s.len, s.ptr, (size_t)s.len);
	return (GoString){p, total};
}

GoSlice gort_strings_Fields(GoString s)
{
	int64_t n = 0, w;
	bool in = false;
	for (int64_t i = 0; i < s.len; i += w) {
		bool sp = is_space(gort_decoderune(s, i, &w));
		if (!sp && !in)
			n++;
		in = !sp;
	}
	GoSlice r = new_strings(n);
	GoString *a = r.ptr;
	int64_t k = 0, start = -1;
	for (int64_t i = 0; i < s.len; i += w) {
		bool sp = is_space(gort_decoderune(s, i, &w));
		if (!sp && start < 0)
			start = i;
		if (sp && start >= 0) {
			a[k++] = substr(s, start, i);
			start = -1;
		}
	}
	if (start >= 0)
		a[k++] = substr(s, start, s.len);
	return r;
}

GoString gort_strings_TrimSpace(GoString s)
{
	int64_t i = 0, j = s.len, w;
	while (i < j && is_space(gort_decoderune(s, i, &w)))
		i += w;
	while (j > i) {
		/* step back over one UTF-8 sequence */
		int64_t k = j - 1;
		while (k > i && (s.ptr[k] & 0xC0) == 0x80 && j - k < 4)
			k--;
		int32_t r = gort_decoderune(s, k, &w);
		if (k + w != j) { /* not a whole rune: treat the last byte alone */
			k = j - 1;
			r = 0xFFFD;
		}
		if (!is_space(r))
			break;
		j = k;
	}
	return substr(s, i, j);
}

/* ---- case mapping ---- */

static GoString map_case(GoString s, bool upper)
{
	bool change = false, ascii = true;
	for (int64_t i = 0; i < s.len; i++) {
		uint8_t c = s.ptr[i];
		if (c >= 0x80)
			ascii = false;
		else if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
			change = true;
	}
	if (ascii) {
		if (!change)
			return s;
		uint8_t *p = gort_alloc(s.len, NULL);
		for (int64_t i = 0; i < s.len; i++) {
			uint8_t c = s.ptr[i];
			if (upper && c >= 'a' && c <= 'z')
				c -= 32;
			else if (!upper && c >= 'A' && c <= 'Z')
				c += 32;
			p[i] = c;
		}
		return (GoString){p, s.len};
	}
	locale_t loc = utf8_locale();
	RtBuf b = {0};
	int64_t w;
	change = false;
	for (int64_t i = 0; i < s.len; i += w) {
		int32_t r = gort_decoderune(s, i, &w);
		int32_t m = r;
		if (!(w == 1 && r == 0xFFFD) && loc)
			m = upper ? (int32_t)towupper_l((wint_t)r, loc)
			          : (int32_t)towlower_l((wint_t)r, loc);
		if (m != r)
			change = true;
		uint8_t tmp[4];
		if (w == 1 && r == 0xFFFD)
			rt_buf_put(&b, s.ptr + i, 1);
		else
			rt_buf_put(&b, tmp, rt_encoderune(tmp, m));
	}
	GoString out = change ? rt_buf_gostring(&b) : s;
	rt_buf_free(&b);
	return out;
}

GoString gort_strings_ToUpper(GoString s)
{
	return map_case(s, true);
}
GoString gort_strings_ToLower(GoString s)
{
	return map_case(s, false);
}

/* ---- replacing ---- */

GoString gort_strings_Replace(GoString s, GoString old, GoString new_, int64_t n)
{
	if (gort_streq(old, new_) || n == 0)
		return s;
	int64_t m = count(s, old);
	if (m == 0)
		return s;
	if (n < 0 || m < n)
		n = m;
	int64_t total = s.len + n * (new_.len - old.len);
	uint8_t *p = gort_alloc(total, NULL);
	int64_t w = 0, start = 0;
	for (int64_t i = 0; i < n; i++) {
		int64_t j = start;
		if (old.len == 0) {
			if (i > 0) {
				int64_t wid;
				gort_decoderune(s, start, &wid);
				j += wid;
			}
		} else {
			j += gort_strings_Index(substr(s, start, s.len), old);
		}
		memcpy(p + w, s.ptr + start, (size_t)(j - start));
		w += j - start;
		memcpy(p + w, new_.ptr, (size_t)new_.len);
		w += new_.len;
		start = j + old.len;
	}
	memcpy(p + w, s.ptr + start, (size_t)(s.len - start));
	w += s.len - start;
	return (GoString){p, w};
}

GoString gort_strings_ReplaceAll(GoString s, GoString old, GoString new_)
{
	return gort_strings_Replace(s, old, new_, -1);
}

/* ---- errors.Is: err == target, then down the Unwrap chain ---- */

uint8_t gort_errors_Is(GoIface err, GoIface target)
{
	if (err.type == NULL || target.type == NULL)
		return err.type == target.type;
	for (int depth = 0; err.type && depth < 100; depth++) {
		if (err.type == target.type && gort_ifaceeq(err, target))
			return 1;
		const GoMethod *is = rt_find_method(err.type, "Is");
		if (is && ((uint8_t(*)(void *, GoIface))is->fn)(err.data, target))
			return 1;
		const GoMethod *un = rt_find_method(err.type, "Unwrap");
		if (!un)
			return 0;
		err = ((GoIface(*)(void *))un->fn)(err.data);
	}
	return 0;
}

/* (runtime.Gosched, NumGoroutine and GOMAXPROCS live in sched.c) */

void gort_runtime_KeepAlive(GoIface x)
{
	__asm__ volatile("" : : "r"(x.data) : "memory");
}
