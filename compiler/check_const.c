/*
 * check_const.c: exact constant arithmetic.
 *
 * Go evaluates constant expressions exactly.  gofront approximates "exactly"
 * with 128-bit integers (__int128) for integer constants and long double for
 * floating-point ones, which covers every constant of the subset's programs
 * (1<<100 fits; the 64-bit limits are checked exactly).  An integer-valued
 * float constant (2.0) may be used where an integer is needed.
 *
 * The checker folds every constant expression to one N_CONST; the functions
 * here compute the value and decide representability in a type, which is
 * where go1.19's "overflows" and "truncated" errors come from.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check_int.h"
#include "lex.h"
#include "parse.h"

/* long double helpers without libm (the compiler links only libgccjit):
 * a long double of magnitude >= 2^63 is already an integer. */
long double ld_trunc(long double x)
{
	if (!(fabsl(x) < 0x1p63L))
		return x;
	return (long double)(int64_t)x;
}

static long double ld_floor(long double x)
{
	long double t = ld_trunc(x);
	return t > x ? t - 1 : t;
}

long double ld_round(long double x)
{
	return x >= 0 ? ld_floor(x + 0.5L) : -ld_floor(-x + 0.5L);
}

long double ld_ldexp(long double x, long n)
{
	while (n > 60 && isfinite(x) && x != 0) {
		x *= 0x1p60L;
		n -= 60;
	}
	while (n < -60 && x != 0) {
		x *= 0x1p-60L;
		n += 60;
	}
	return n >= 0 ? x * (long double)(1ULL << n) : x / (long double)(1ULL << -n);
}

Const const_int(__int128 i)
{
	return (Const){.kind = CV_INT, .i = i};
}

Const const_to_float(Const c)
{
	if (c.kind == CV_INT)
		return (Const){.kind = CV_FLOAT, .f = (long double)c.i};
	return c;
}

/* Integral?  A float constant computed in long double may miss an integer
 * by a few ulps where Go's exact arithmetic hits it (0.0005 * 1e9): a
 * relative error below 1e-18 counts as integral. */
bool const_is_int(Const c)
{
	if (c.kind == CV_INT)
		return true;
	if (c.kind == CV_FLOAT) {
		if (!isfinite(c.f))
			return false;
		long double r = ld_round(c.f);
		return c.f == r || fabsl(c.f - r) <= fabsl(r) * 1e-18L;
	}
	return false;
}

/* The integer value of an integral constant that fits in 126 bits. */
static bool small_int(Const c, __int128 *v)
{
	if (c.kind == CV_INT) {
		*v = c.i;
		return true;
	}
	if (c.kind == CV_FLOAT && const_is_int(c) && fabsl(c.f) < 0x1p126L) {
		*v = (__int128)ld_round(c.f);
		return true;
	}
	return false;
}

Const const_from_lit(Node *lit, Type **type)
{
	Const c = {0};
	*type = NULL;
	const char *text = lit->lit ? lit->lit : "";
	switch (lit->lit_kind) {
	case T_INT: {
		unsigned __int128 v;
		if (!lex_int_value(text, &v) || v > ((unsigned __int128)1 << 126)) {
			diag_error(lit->pos, "integer constant overflow");
			v = 0;
		}
		c = const_int((__int128)v);
		*type = ty_untyped_int;
		break;
	}
	case T_FLOAT: {
		long double f = 0;
		lex_float_value(text, &f);
		c.kind = CV_FLOAT;
		c.f = f;
		*type = ty_untyped_float;
		break;
	}
	case T_CHAR: {
		int32_t r = 0;
		lex_char_value(text, &r);
		c = const_int(r);
		*type = ty_untyped_rune;
		break;
	}
	case T_STRING: {
		char *s = NULL;
		long n = 0;
		if (!lex_unquote(text, &s, &n)) {
			s = "";
			n = 0;
		}
		c.kind = CV_STRING;
		c.s = s;
		c.slen = n;
		*type = ty_untyped_string;
		break;
	}
	default:
		diag_error(lit->pos, "complex numbers not supported");
		c = const_int(0);
		*type = ty_untyped_int;
		break;
	}
	return c;
}

static bool int_fits(__int128 v, Type *t)
{
	switch (t->kind) {
	case TY_INT8: return v >= -128 && v <= 127;
	case TY_INT16: return v >= -32768 && v <= 32767;
	case TY_INT32: return v >= INT32_MIN && v <= INT32_MAX;
	case TY_INT: case TY_INT64: return v >= INT64_MIN && v <= INT64_MAX;
	case TY_UINT8: return v >= 0 && v <= 255;
	case TY_UINT16: return v >= 0 && v <= 65535;
	case TY_UINT32: return v >= 0 && v <= UINT32_MAX;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR:
		return v >= 0 && v <= (__int128)UINT64_MAX;
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
		return true;
	default:
		return false;
	}
}

/* Is v representable as a value of the basic type t?  *out receives the
 * value converted to t's representation (ints as CV_INT, floats rounded);
 * *overflow says why not (numeric overflow vs. a kind mismatch/truncation). */
bool const_representable(Const *v, Type *t, Const *out, bool *overflow)
{
	*overflow = false;
	*out = *v;
	if (!t)
		return false;
	if (types_is_integer(t)) {
		if (v->kind == CV_FLOAT) {
			if (!const_is_int(*v))
				return false;
			__int128 iv;
			if (!small_int(*v, &iv)) {
				*overflow = true; /* integral, beyond 126 bits */
				return false;
			}
			*out = const_int(iv);
		} else if (v->kind != CV_INT)
			return false;
		if (!int_fits(out->i, t)) {
			*overflow = true;
			return false;
		}
		return true;
	}
	if (types_is_float(t)) {
		if (v->kind != CV_INT && v->kind != CV_FLOAT)
			return false;
		*out = const_to_float(*v);
		if (!isfinite(out->f)) {
			*overflow = true; /* beyond even long double's range */
			return false;
		}
		/* overflow: the value rounds to an infinity */
		if (t->kind == TY_FLOAT32) {
			if (isinf((float)out->f) && isfinite(out->f)) {
				*overflow = true;
				return false;
			}
			out->f = (float)out->f;
		} else if (t->kind == TY_FLOAT64) {
			if (isinf((double)out->f) && isfinite(out->f)) {
				*overflow = true;
				return false;
			}
			out->f = (double)out->f;
		}
		return true;
	}
	if (types_is_string(t))
		return v->kind == CV_STRING;
	if (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL)
		return v->kind == CV_BOOL;
	return false;
}

bool const_compare(int tok, Const a, Const b)
{
	int c = 0;
	if (a.kind == CV_STRING && b.kind == CV_STRING) {
		long n = a.slen < b.slen ? a.slen : b.slen;
		c = memcmp(a.s, b.s, n);
		if (c == 0)
			c = a.slen < b.slen ? -1 : a.slen > b.slen;
	} else if (a.kind == CV_BOOL && b.kind == CV_BOOL) {
		c = a.b != b.b;
	} else if (a.kind == CV_INT && b.kind == CV_INT) {
		c = a.i < b.i ? -1 : a.i > b.i;
	} else if (a.kind == CV_NIL && b.kind == CV_NIL) {
		c = 0;
	} else {
		Const x = const_to_float(a), y = const_to_float(b);
		c = x.f < y.f ? -1 : x.f > y.f;
	}
	switch (tok) {
	case T_EQL: return c == 0;
	case T_NEQ: return c != 0;
	case T_LSS: return c < 0;
	case T_LEQ: return c <= 0;
	case T_GTR: return c > 0;
	case T_GEQ: return c >= 0;
	default: return false;
	}
}

static __int128 wrap_unsigned(__int128 v, Type *t)
{
	long size = types_size(t);
	if (size >= 8)
		return (__int128)(uint64_t)v;
	return v & (((__int128)1 << (size * 8)) - 1);
}

bool const_unary(int tok, Const a, Const *out, Type *t)
{
	*out = a;
	switch (tok) {
	case T_ADD:
		return a.kind == CV_INT || a.kind == CV_FLOAT;
	case T_SUB:
		if (a.kind == CV_INT)
			out->i = -a.i;
		else if (a.kind == CV_FLOAT)
			out->f = -a.f;
		else
			return false;
		return true;
	case T_NOT:
		if (a.kind != CV_BOOL)
			return false;
		out->b = !a.b;
		return true;
	case T_XOR:
		if (a.kind != CV_INT)
			return false;
		out->i = ~a.i;
		if (t && types_is_unsigned(t))
			out->i = wrap_unsigned(out->i, t);
		return true;
	default:
		return false;
	}
}

/* Shifts.  Results beyond 126 bits are kept, approximately, as an
 * integral long double (Go allows 512-bit constants: 1 << 500 is fine as
 * long as it ends up somewhere it fits, like 1.0 / (1 << 500)). */
bool const_shift(int tok, Const a, long s, Const *out)
{
	*out = a;
	if (a.kind == CV_FLOAT) {
		if (!const_is_int(a))
			return false;
		__int128 iv;
		if (!small_int(a, &iv)) {
			long double f = ld_ldexp(ld_round(a.f), tok == T_SHL ? (int)s : -(int)s);
			f = ld_trunc(f);
			if (fabsl(f) < 0x1p126L)
				*out = const_int((__int128)f);
			else
				*out = (Const){.kind = CV_FLOAT, .f = f};
			return isfinite(f) && s <= 10000;
		}
		a = const_int(iv);
	}
	if (a.kind != CV_INT)
		return false;
	if (tok == T_SHL) {
		if (s >= 126 || (a.i != 0 && s > 0 && (a.i >= ((__int128)1 << (126 - s)) ||
		                                         a.i <= -((__int128)1 << (126 - s))))) {
			if (a.i == 0) {
				*out = const_int(0);
				return true;
			}
			if (s > 16000)
				return false;
			*out = (Const){.kind = CV_FLOAT, .f = ld_ldexp((long double)a.i, (int)s)};
			return isfinite(out->f);
		}
		*out = const_int(a.i << s);
	} else {
		*out = const_int(s >= 127 ? (a.i < 0 ? -1 : 0) : a.i >> s);
	}
	return true;
}

/* a op b for arithmetic/logical operators; t is the operands' type (untyped
 * or typed) and decides integer vs float division. */
bool const_binary(int tok, Const a, Const b, Const *out, Type *t, Pos pos, bool *divzero)
{
	*divzero = false;
	memset(out, 0, sizeof *out);
	if (a.kind == CV_STRING && b.kind == CV_STRING && tok == T_ADD) {
		char *s = xmalloc(a.slen + b.slen + 1);
		memcpy(s, a.s, a.slen);
		memcpy(s + a.slen, b.s, b.slen);
		out->kind = CV_STRING;
		out->s = s;
		out->slen = a.slen + b.slen;
		return true;
	}
	if (a.kind == CV_BOOL && b.kind == CV_BOOL) {
		out->kind = CV_BOOL;
		if (tok == T_ANDAND)
			out->b = a.b && b.b;
		else if (tok == T_OROR)
			out->b = a.b || b.b;
		else
			return false;
		return true;
	}
	bool is_float = a.kind == CV_FLOAT || b.kind == CV_FLOAT || types_is_float(t);
	if (types_is_integer(t) && !(t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE))
		is_float = false;
	if (is_float && (types_is_float(t) || !types_is_integer(t))) {
		Const x = const_to_float(a), y = const_to_float(b);
		out->kind = CV_FLOAT;
		switch (tok) {
		case T_ADD: out->f = x.f + y.f; return true;
		case T_SUB: out->f = x.f - y.f; return true;
		case T_MUL: out->f = x.f * y.f; return true;
		case T_QUO:
			if (y.f == 0) {
				*divzero = true;
				return false;
			}
			out->f = x.f / y.f;
			return true;
		default:
			return false;
		}
	}
	if (a.kind == CV_FLOAT || b.kind == CV_FLOAT) {
		__int128 x, y;
		if (small_int(a, &x) && small_int(b, &y)) {
			a = const_int(x);
			b = const_int(y);
		} else {
			/* huge integral values: + - * in long double */
			Const p = const_to_float(a), q = const_to_float(b);
			out->kind = CV_FLOAT;
			switch (tok) {
			case T_ADD: out->f = p.f + q.f; return true;
			case T_SUB: out->f = p.f - q.f; return true;
			case T_MUL: out->f = p.f * q.f; return true;
			case T_QUO:
				if (q.f == 0) {
					*divzero = true;
					return false;
				}
				out->f = ld_trunc(p.f / q.f);
				return true;
			default: return false;
			}
		}
	}
	if (a.kind != CV_INT || b.kind != CV_INT)
		return false;
	out->kind = CV_INT;
	__int128 r;
	switch (tok) {
	case T_ADD:
		if (__builtin_add_overflow(a.i, b.i, &r))
			goto ovf;
		break;
	case T_SUB:
		if (__builtin_sub_overflow(a.i, b.i, &r))
			goto ovf;
		break;
	case T_MUL:
		if (__builtin_mul_overflow(a.i, b.i, &r))
			goto ovf;
		break;
	case T_QUO:
		if (b.i == 0) {
			*divzero = true;
			return false;
		}
		r = a.i / b.i;
		break;
	case T_REM:
		if (b.i == 0) {
			*divzero = true;
			return false;
		}
		r = a.i % b.i;
		break;
	case T_AND: r = a.i & b.i; break;
	case T_OR: r = a.i | b.i; break;
	case T_XOR: r = a.i ^ b.i; break;
	case T_ANDNOT: r = a.i & ~b.i; break;
	default:
		return false;
	}
	out->i = r;
	return true;
ovf:
	/* beyond 128 bits: continue approximately in long double */
	{
		long double x = (long double)a.i, y = (long double)b.i;
		*out = (Const){.kind = CV_FLOAT,
		               .f = tok == T_ADD ? x + y : tok == T_SUB ? x - y : x * y};
		return true;
	}
}

static void i128_str(__int128 v, char *buf)
{
	char tmp[64];
	int n = 0;
	bool neg = v < 0;
	unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
	do {
		tmp[n++] = '0' + (int)(u % 10);
		u /= 10;
	} while (u);
	int k = 0;
	if (neg)
		buf[k++] = '-';
	while (n)
		buf[k++] = tmp[--n];
	buf[k] = 0;
}

/* A constant as types2 prints it in messages. */
const char *const_str(Const c, Type *t)
{
	char buf[128];
	switch (c.kind) {
	case CV_BOOL:
		return c.b ? "true" : "false";
	case CV_INT:
		if (t && (t->kind == TY_UNTYPED_RUNE) && 0) {
			snprintf(buf, sizeof buf, "'%c'", (int)c.i);
			return xstrdup(buf);
		}
		i128_str(c.i, buf);
		return xstrdup(buf);
	case CV_FLOAT: {
		if (const_is_int(c) && fabsl(c.f) < 1e21L) {
			i128_str((__int128)c.f, buf);
			return xstrdup(buf);
		}
		snprintf(buf, sizeof buf, "%.6Lg", c.f);
		return xstrdup(buf);
	}
	case CV_STRING: {
		/* quoted like strconv.Quote, shortened as go/constant does */
		char *out = xmalloc(c.slen * 4 + 8);
		int k = 0;
		out[k++] = '"';
		for (long i = 0; i < c.slen && i < 72; i++) {
			unsigned char ch = c.s[i];
			if (ch == '"' || ch == '\\') {
				out[k++] = '\\';
				out[k++] = ch;
			} else if (ch == '\n') {
				out[k++] = '\\';
				out[k++] = 'n';
			} else if (ch == '\t') {
				out[k++] = '\\';
				out[k++] = 't';
			} else if (ch < 0x20 || ch == 0x7f) {
				k += sprintf(out + k, "\\x%02x", ch);
			} else
				out[k++] = ch;
		}
		if (c.slen > 72) {
			strcpy(out + k, "...");
			k += 3;
		}
		out[k++] = '"';
		out[k] = 0;
		return out;
	}
	case CV_NIL:
		return "nil";
	default:
		return "?";
	}
}
