/*
 * strconv.c: strconv.Itoa, FormatInt/Uint, Atoi, ParseInt/Uint, ParseBool,
 * FormatFloat/ParseFloat, Quote/QuoteRune/QuoteToASCII, and the Go quoting
 * rules that fmt's %q shares.
 *
 * Errors are Go values: a failed Atoi returns a *strconv.NumError (a
 * pointer-shaped interface, so data is the pointer) whose Error method
 * gives Go's text, e.g.  strconv.Atoi: parsing "x": invalid syntax.  Its Err
 * field holds one of two static *errors.errorString values, ErrSyntax and
 * ErrRange, so comparing them with == works as in Go.
 *
 * Allocation follows Go: Itoa/FormatInt of 0..99 in base 10 return static
 * strings; other results are one allocation.
 *
 * Quoting (Go's appendQuotedWith): \a \b \f \n \r \t \v, \\ and the quote
 * are escaped, other control bytes as \xHH, invalid UTF-8 bytes as \xHH,
 * printable runes (Go's unicode.IsPrint, approximated with glibc's C.UTF-8
 * tables minus the spaces and format characters Go excludes) are kept, the
 * rest become \uHHHH or \UHHHHHHHH.
 */
#include "fmt.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* ---- IsPrint ---- */

bool rt_isprint(int32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	if (r < 0xA1 || r == 0xAD || r > 0x10FFFF)
		return false;
	/* space separators, line/paragraph separators, format characters */
	if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
	    (r >= 0x205F && r <= 0x206F) || r == 0x1680 || r == 0x3000 || r == 0xFEFF ||
	    r == 0x180E || (r >= 0x0600 && r <= 0x0605) || r == 0x061C || r == 0x06DD ||
	    r == 0x070F || (r >= 0xFFF9 && r <= 0xFFFB) || (r >= 0xE0000 && r <= 0xE007F))
		return false;
	/* surrogates, private use, noncharacters */
	if ((r >= 0xD800 && r <= 0xF8FF) || r >= 0xF0000 || (r & 0xFFFE) == 0xFFFE)
		return false;
	static locale_t loc;
	static bool tried;
	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	if (loc)
		return iswprint_l((wint_t)r, loc) != 0;
	return true;
}

/* ---- quoting ---- */

static const char lowerhex[] = "0123456789abcdef";

static void escaped_rune(RtBuf *b, int32_t r, uint8_t quote, bool ascii)
{
	if (r == quote || r == '\\') {
		rt_buf_byte(b, '\\');
		rt_buf_byte(b, (uint8_t)r);
		return;
	}
	if (ascii ? (r < 0x80 && rt_isprint(r)) : rt_isprint(r)) {
		uint8_t tmp[4];
		rt_buf_put(b, tmp, rt_encoderune(tmp, r));
		return;
	}
	switch (r) {
	case '\a':
		rt_buf_cstr(b, "\\a");
		return;
	case '\b':
		rt_buf_cstr(b, "\\b");
		return;
	case '\f':
		rt_buf_cstr(b, "\\f");
		return;
	case '\n':
		rt_buf_cstr(b, "\\n");
		return;
	case '\r':
		rt_buf_cstr(b, "\\r");
		return;
	case '\t':
		rt_buf_cstr(b, "\\t");
		return;
	case '\v':
		rt_buf_cstr(b, "\\v");
		return;
	}
	char tmp[16];
	if (r < ' ' || r == 0x7F) {
		snprintf(tmp, sizeof tmp, "\\x%c%c", lowerhex[(r >> 4) & 0xF], lowerhex[r & 0xF]);
	} else {
		if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
			r = 0xFFFD;
		if (r < 0x10000)
			snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)r);
		else
			snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)r);
	}
	rt_buf_cstr(b, tmp);
}

void rt_quote(RtBuf *b, const uint8_t *s, int64_t n, uint8_t quote, bool ascii)
{
	GoString g = {s, n};
	int64_t w;
	rt_buf_byte(b, quote);
	for (int64_t i = 0; i < n; i += w) {
		int32_t r = gort_decoderune(g, i, &w);
		if (w == 1 && r == 0xFFFD) {
			rt_buf_cstr(b, "\\x");
			rt_buf_byte(b, (uint8_t)lowerhex[s[i] >> 4]);
			rt_buf_byte(b, (uint8_t)lowerhex[s[i] & 0xF]);
			continue;
		}
		escaped_rune(b, r, quote, ascii);
	}
	rt_buf_byte(b, quote);
}

void rt_quote_rune(RtBuf *b, int32_t r, bool ascii)
{
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = 0xFFFD;
	rt_buf_byte(b, '\'');
	escaped_rune(b, r, '\'', ascii);
	rt_buf_byte(b, '\'');
}

GoString gort_strconv_Quote(GoString s)
{
	RtBuf b = {0};
	rt_quote(&b, s.ptr, s.len, '"', false);
	GoString r = rt_buf_gostring(&b);
	rt_buf_free(&b);
	return r;
}

/* ---- formatting integers ---- */

static const char smalls[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";

GoString gort_strconv_FormatInt(int64_t v, int64_t base)
{
	if (base < 2 || base > 36)
		rt_panic_error_msg("strconv: illegal AppendInt/FormatInt base");
	if (base == 10 && v >= 0 && v < 100) {
		if (v < 10)
			return (GoString){(const uint8_t *)smalls + 2 * v + 1, 1};
		return (GoString){(const uint8_t *)smalls + 2 * v, 2};
	}
	char tmp[72];
	int i = sizeof tmp;
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	do {
		tmp[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u);
	if (v < 0)
		tmp[--i] = '-';
	return rt_strdup(tmp + i, (int64_t)sizeof tmp - i);
}

GoString gort_strconv_Itoa(int64_t i)
{
	return gort_strconv_FormatInt(i, 10);
}

/* ---- *strconv.NumError ---- */

static GoString errSyntax_text = {(const uint8_t *)"invalid syntax", 14};
static GoString errRange_text = {(const uint8_t *)"value out of range", 18};
/* strconv.ErrSyntax and strconv.ErrRange */
GoIface gort_strconv_ErrSyntax = {&gort_type_errors_errorString_ptr, &errSyntax_text};
GoIface gort_strconv_ErrRange = {&gort_type_errors_errorString_ptr, &errRange_text};
#define ERR_SYNTAX ((GoIface){&gort_type_errors_errorString_ptr, &errSyntax_text})
#define ERR_RANGE  ((GoIface){&gort_type_errors_errorString_ptr, &errRange_text})

typedef struct NumError {
	GoString Func, Num;
	GoIface Err;
} NumError;

static GoString NumError_Error(void *data)
{
	NumError *e = data;
	GoString q = gort_strconv_Quote(e->Num);
	const GoMethod *m = rt_find_method(e->Err.type, "Error");
	GoString inner = m ? ((GoString(*)(void *))m->fn)(e->Err.data) : rt_cstr("<nil>");
	GoString parts[6] = {rt_cstr("strconv."), e->Func, rt_cstr(": parsing "), q,
	                     rt_cstr(": "),       inner};
	return gort_concat(parts, 6, NULL);
}

static const GoType type_string = {.size = 16, .kind = GOK_STRING, .name = "string"};
static const GoType type_error = {.size = 16, .kind = GOK_INTERFACE, .name = "error"};
static const GoField NumError_fields[] = {
        {"Func", &type_string, 0, 0},
        {"Num", &type_string, 16, 0},
        {"Err", &type_error, 32, 0},
};
static const uint8_t NumError_ptrmask[] = {0x3F}; /* words 0..5 may hold pointers */
static const GoType type_NumError = {
        .size = sizeof(NumError),
        .kind = GOK_STRUCT,
        .name = "strconv.NumError",
        .nfields = 3,
        .fields = NumError_fields,
        .ptrmask = NumError_ptrmask,
};
static GoIface NumError_Unwrap(void *data)
{
	return ((NumError *)data)->Err;
}
static const GoMethod NumError_methods[] = {{"Error", (void *)NumError_Error},
                                            {"Unwrap", (void *)NumError_Unwrap}};
static const uint8_t ptr_ptrmask[] = {1};
const GoType gort_type_strconv_NumError_ptr = {
        .size = 8,
        .kind = GOK_PTR,
        .name = "*strconv.NumError",
        .elem = &type_NumError,
        .nmethods = 2,
        .methods = NumError_methods,
        .ptrmask = ptr_ptrmask,
};

static GoIface num_error(const char *fn, GoString s, GoIface err)
{
	NumError *e = gort_alloc(sizeof *e, &type_NumError);
	e->Func = rt_cstr(fn);
	e->Num = rt_strdup((const char *)s.ptr, s.len);
	e->Err = err;
	return (GoIface){&gort_type_strconv_NumError_ptr, e};
}

/* ---- parsing integers ---- */

static int digit_val(uint8_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* Go's underscoreOK: '_' only between digits, or between a base prefix
 * and a digit (s may start with a sign). */
static bool underscore_ok(const uint8_t *s, int64_t n)
{
	char saw = '^';
	int64_t i = 0;
	if (n >= 1 && (s[0] == '-' || s[0] == '+'))
		s++, n--;
	bool hex = false;
	if (n >= 2 && s[0] == '0' &&
	    ((s[1] | 0x20) == 'b' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'x')) {
		i = 2;
		saw = '0';
		hex = (s[1] | 0x20) == 'x';
	}
	for (; i < n; i++) {
		uint8_t c = s[i];
		if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
			saw = '0';
			continue;
		}
		if (c == '_') {
			if (saw != '0')
				return false;
			saw = '_';
			continue;
		}
		if (saw == '_')
			return false;
		saw = '!';
	}
	return saw != '_';
}

/* ParseUint's core: *err is NULL on success, else the error value. */
static uint64_t parse_uint(const char *fn, GoString s0, GoString s, int64_t base, int64_t bits,
                           GoIface *err)
{
	*err = (GoIface){NULL, NULL};
	if (s.len == 0) {
		*err = num_error(fn, s0, ERR_SYNTAX);
		return 0;
	}
	bool base0 = base == 0;
	const uint8_t *p = s.ptr;
	int64_t n = s.len;
	if (base == 0) {
		base = 10;
		if (p[0] == '0') {
			if (n >= 3 && (p[1] | 0x20) == 'b')
				base = 2, p += 2, n -= 2;
			else if (n >= 3 && (p[1] | 0x20) == 'o')
				base = 8, p += 2, n -= 2;
			else if (n >= 3 && (p[1] | 0x20) == 'x')
				base = 16, p += 2, n -= 2;
			else
				base = 8, p += 1, n -= 1;
		}
	}
	if (base < 2 || base > 36) {
		char msg[48];
		snprintf(msg, sizeof msg, "invalid base %lld", (long long)base);
		*err = num_error(fn, s0, gort_errors_New(rt_strdup(msg, (int64_t)strlen(msg))));
		return 0;
	}
	if (bits == 0)
		bits = 64;
	uint64_t maxVal = bits >= 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
	uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
	uint64_t v = 0;
	bool underscores = false;
	for (int64_t i = 0; i < n; i++) {
		if (p[i] == '_' && base0) {
			underscores = true;
			continue;
		}
		int d = digit_val(p[i]);
		if (d >= base) {
			*err = num_error(fn, s0, ERR_SYNTAX);
			return 0;
		}
		if (v >= cutoff) {
			*err = num_error(fn, s0, ERR_RANGE);
			return maxVal;
		}
		v *= (uint64_t)base;
		uint64_t v1 = v + (uint64_t)d;
		if (v1 < v || v1 > maxVal) {
			*err = num_error(fn, s0, ERR_RANGE);
			return maxVal;
		}
		v = v1;
	}
	if (underscores && !underscore_ok(s0.ptr, s0.len)) {
		*err = num_error(fn, s0, ERR_SYNTAX);
		return 0;
	}
	return v;
}

GoIntErr2 gort_strconv_ParseInt(GoString s, int64_t base, int64_t bits)
{
	return rt_parse_int("ParseInt", s, base, bits);
}

GoIntErr2 rt_parse_int(const char *fn, GoString s0, int64_t base, int64_t bits)
{
	GoIntErr2 r = {0, {NULL, NULL}};
	if (s0.len == 0) {
		r.err = num_error(fn, s0, ERR_SYNTAX);
		return r;
	}
	GoString s = s0;
	bool neg = false;
	if (s.ptr[0] == '+' || s.ptr[0] == '-') {
		neg = s.ptr[0] == '-';
		s.ptr++;
		s.len--;
	}
	if (bits == 0)
		bits = 64;
	uint64_t un = parse_uint(fn, s0, s, base, bits, &r.err);
	if (r.err.type) {
		NumError *e = r.err.data;
		if (e->Err.data != &errRange_text) {
			r.v = 0;
			return r;
		}
	}
	uint64_t cutoff = (uint64_t)1 << (bits - 1);
	if (!neg && un >= cutoff) {
		r.v = (int64_t)(cutoff - 1);
		if (!r.err.type)
			r.err = num_error(fn, s0, ERR_RANGE);
		return r;
	}
	if (neg && un > cutoff) {
		r.v = -(int64_t)(cutoff - 1) - 1;
		if (!r.err.type)
			r.err = num_error(fn, s0, ERR_RANGE);
		return r;
	}
	r.v = neg ? (int64_t)(0 - un) : (int64_t)un;
	return r;
}

GoIntErr2 gort_strconv_Atoi(GoString s)
{
	if (s.len > 0 && s.len < 19) {
		/* the fast path: small decimal numbers */
		GoString d = s;
		if (d.ptr[0] == '-' || d.ptr[0] == '+') {
			d.ptr++;
			d.len--;
			if (d.len < 1)
				return (GoIntErr2){0, num_error("Atoi", s, ERR_SYNTAX)};
		}
		int64_t n = 0;
		for (int64_t i = 0; i < d.len; i++) {
			unsigned c = (unsigned)d.ptr[i] - '0';
			if (c > 9)
				return (GoIntErr2){0, num_error("Atoi", s, ERR_SYNTAX)};
			n = n * 10 + c;
		}
		return (GoIntErr2){s.ptr[0] == '-' ? -n : n, {NULL, NULL}};
	}
	return rt_parse_int("Atoi", s, 10, 0);
}

/* ---- unsigned, bool ---- */

GoString gort_strconv_FormatUint(uint64_t v, int64_t base)
{
	if (base < 2 || base > 36)
		rt_panic_error_msg("strconv: illegal AppendInt/FormatInt base");
	if (v <= INT64_MAX)
		return gort_strconv_FormatInt((int64_t)v, base);
	char tmp[72];
	int i = sizeof tmp;
	do {
		tmp[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % (uint64_t)base];
		v /= (uint64_t)base;
	} while (v);
	return rt_strdup(tmp + i, (int64_t)sizeof tmp - i);
}

GoIntErr2 gort_strconv_ParseUint(GoString s, int64_t base, int64_t bits)
{
	GoIntErr2 r = {0, {NULL, NULL}};
	r.v = (int64_t)parse_uint("ParseUint", s, s, base, bits, &r.err);
	if (r.err.type && ((NumError *)r.err.data)->Err.data != &errRange_text)
		r.v = 0;
	return r;
}

GoString gort_strconv_FormatBool(uint8_t b)
{
	return rt_cstr(b ? "true" : "false");
}

typedef struct GoBoolErr {
	uint8_t v;
	GoIface err;
} GoBoolErr;

GoBoolErr gort_strconv_ParseBool(GoString s)
{
	static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
	static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
	for (int i = 0; i < 6; i++) {
		if (gort_streq(s, rt_cstr(yes[i])))
			return (GoBoolErr){1, {NULL, NULL}};
		if (gort_streq(s, rt_cstr(no[i])))
			return (GoBoolErr){0, {NULL, NULL}};
	}
	return (GoBoolErr){0, num_error("ParseBool", s, ERR_SYNTAX)};
}

GoString gort_strconv_QuoteRune(int32_t r)
{
	RtBuf b = {0};
	rt_quote_rune(&b, r, false);
	GoString out = rt_buf_gostring(&b);
	rt_buf_free(&b);
	return out;
}

GoString gort_strconv_QuoteToASCII(GoString s)
{
	RtBuf b = {0};
	rt_quote(&b, s.ptr, s.len, '"', true);
	GoString out = rt_buf_gostring(&b);
	rt_buf_free(&b);
	return out;
}

/* ---- floats ---- */

GoString gort_strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bits)
{
	RtBuf b = {0};
	if (bits == 32)
		f = (float)f;
	rt_format_float(&b, f, fmt, (int)prec, (int)bits);
	GoString out = rt_buf_gostring(&b);
	rt_buf_free(&b);
	return out;
}

typedef struct GoFloatErr {
	double v;
	GoIface err;
} GoFloatErr;

static bool fold_eq(const uint8_t *p, int64_t n, const char *word)
{
	int64_t k = (int64_t)strlen(word);
	if (n != k)
		return false;
	for (int64_t i = 0; i < n; i++)
		if ((p[i] | 0x20) != word[i])
			return false;
	return true;
}

/* Go's float syntax (readFloat): [+-] then "inf"/"infinity"/"nan", or a
 * decimal mantissa with optional exponent, or 0x hex mantissa with a
 * mandatory p exponent; '_' only between digits after a base prefix.
 * The value is then read by strtod/strtof, which round correctly as Go
 * does.  Overflow gives ±Inf and ErrRange, as in Go. */
GoFloatErr gort_strconv_ParseFloat(GoString s, int64_t bits)
{
	const uint8_t *p = s.ptr;
	int64_t n = s.len, i = 0;
	bool neg = false;
	if (n > 0 && (p[0] == '+' || p[0] == '-')) {
		neg = p[0] == '-';
		i = 1;
	}
	if (fold_eq(p + i, n - i, "inf") || fold_eq(p + i, n - i, "infinity"))
		return (GoFloatErr){neg ? -__builtin_inf() : __builtin_inf(), {NULL, NULL}};
	if (i == 0 && fold_eq(p, n, "nan"))
		return (GoFloatErr){__builtin_nan(""), {NULL, NULL}};
	char buf[512];
	int64_t k = 0;
	bool hex = false, digits = false, ok = true, underscores = false;
	if (neg)
		buf[k++] = '-';
	if (i + 1 < n && p[i] == '0' && (p[i + 1] | 0x20) == 'x') {
		hex = true;
		buf[k++] = '0';
		buf[k++] = 'x';
		i += 2;
	}
	bool dot = false, exp = false;
	for (; i < n && ok; i++) {
		uint8_t c = p[i];
		if (c == '_') {
			underscores = true;
			continue;
		}
		if (c >= '0' && c <= '9')
			digits = true;
		else if (hex && !exp && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
			digits = true;
		else if (c == '.' && !dot && !exp)
			dot = true;
		else if (!exp && digits &&
		         ((!hex && (c | 0x20) == 'e') || (hex && (c | 0x20) == 'p'))) {
			exp = true;
			if (k >= (int64_t)sizeof buf - 2)
				break;
			buf[k++] = (char)c;
			if (i + 1 < n && (p[i + 1] == '+' || p[i + 1] == '-'))
				buf[k++] = (char)p[++i];
			if (!(i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9'))
				ok = false;
			continue;
		} else
			ok = false;
		if (k >= (int64_t)sizeof buf - 2) {
			ok = false;
			break;
		}
		buf[k++] = (char)c;
	}
	if (!digits || (hex && !exp) || (underscores && !underscore_ok(s.ptr, s.len)))
		ok = false;
	buf[k] = 0;
	if (!ok)
		return (GoFloatErr){0, num_error("ParseFloat", s, ERR_SYNTAX)};
	double v = bits == 32 ? (double)strtof(buf, NULL) : strtod(buf, NULL);
	if (__builtin_isinf(v))
		return (GoFloatErr){v, num_error("ParseFloat", s, ERR_RANGE)};
	return (GoFloatErr){v, {NULL, NULL}};
}

/* the methods as gen calls them (compiler/stdlib.c declares *NumError's) */
GoString gort_strconv_NumError_Error(NumError *e)
{
	return NumError_Error(e);
}
GoIface gort_strconv_NumError_Unwrap(NumError *e)
{
	return e->Err;
}
