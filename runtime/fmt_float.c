/*
 * fmt_float.c: strconv.FormatFloat, the float text behind fmt's %v %e %f %g.
 *
 * Two regimes:
 *   - an explicit precision: the decimal text is the correctly rounded
 *     expansion of the binary value, which is what glibc's printf produces
 *     too ("%.*e", "%.*f", "%.*g" agree with Go digit for digit, including
 *     %g's switch to exponent form when exp < -4 || exp >= prec and its
 *     removal of trailing zeros);
 *   - the shortest form (precision -1, fmt's %v and plain %g): the fewest
 *     significant digits that read back (strtod/strtof) as the same float.
 *     We round to 15, 16, then 17 digits with "%.*e" until the text reads
 *     back exactly and strip trailing zeros (see shortest_digits for why
 *     that is the shortest), then lay the digits out Go's way.  The shortest %g/%v switches to exponent form when
 *     exp < -4 || exp >= 6 (not 21): "100000", "1e+06", "1.23456789e+08",
 *     "1e-05", as go1.19 prints them.
 * Go's exponents have at least two digits ("1e-07"); infinities print as
 * "+Inf"/"-Inf" and NaN as "NaN".  %x prints hex floats as "0x1.8p+01"
 * (Go's own layout, not printf's %a) and %b as "6755399441055744p-52".
 */
#include "rt.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shortest decimal digits of v (> 0, finite): digits into d (no dot), the
 * count into *nd, and the decimal point position into *dp (value = 0.d * 10^dp). */
/* Fast path for float64s with a short exact-looking decimal (2, 0.5, 2.25,
 * 3.14): the smallest k with n = round(v*10^k) < 10^15 and n/10^k == v
 * (IEEE division is correctly rounded, so this says the decimal n*10^-k
 * reads back as v).  A decimal of at most 15 digits within half an ulp of
 * v is the 15-digit rounding of v, which is the shortest form padded with
 * zeros (see shortest_digits), so n without its trailing zeros is the
 * answer.  Returns false when no such k exists. */
static bool short_decimal(double v, char *d, int *nd, int *dp)
{
	static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
	                             1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	if (!(v >= DBL_MIN && v < 1e15))
		return false;
	for (int k = 0; k <= 15; k++) {
		double x = v * p10[k];
		if (x >= 1e15)
			return false;
		double n = nearbyint(x);
		if (n < 1 || n / p10[k] != v)
			continue;
		char tmp[24];
		int len = snprintf(tmp, sizeof tmp, "%lld", (long long)n);
		int intdigits = len - k; /* digits before the decimal point (may be <= 0) */
		while (len > 1 && tmp[len - 1] == '0')
			len--;
		memcpy(d, tmp, (size_t)len);
		d[len] = 0;
		*nd = len;
		*dp = intdigits;
		return true;
	}
	return false;
}

static void shortest_digits(double v, int bits, char *d, int *nd, int *dp)
{
	if (bits == 64 && short_decimal(v, d, nd, dp))
		return;
	/* Start at 15 digits (7 for float32): if the shortest round-tripping
	 * decimal has p <= 15 digits, it lies within half an ulp of v, closer
	 * than half a unit in the 15th digit, so rounding v to 15 digits gives
	 * it padded with zeros, which are stripped below.  So at most three
	 * tries: 15, 16, 17 (7, 8, 9). */
	char tmp[64];
	int first = bits == 32 ? 7 : 15, last = bits == 32 ? 9 : 17;
	if (bits == 32 ? fabs(v) < FLT_MIN : fabs(v) < DBL_MIN)
		first = 1; /* subnormal: fewer significant bits, the argument fails */
	for (int p = first; p <= last; p++) {
		snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
		bool ok = bits == 32 ? strtof(tmp, NULL) == (float)v : strtod(tmp, NULL) == v;
		if (ok)
			break;
	}
	/* tmp is "D.DDDDe±XX" or "De±XX" */
	int n = 0;
	char *s = tmp;
	for (; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			d[n++] = *s;
	int exp = atoi(s + 1);
	while (n > 1 && d[n - 1] == '0')
		n--;
	d[n] = 0;
	*nd = n;
	*dp = exp + 1;
}

static void put_exp(RtBuf *b, int verb, int exp)
{
	char tmp[16];
	rt_buf_byte(b, (uint8_t)verb);
	rt_buf_byte(b, exp < 0 ? '-' : '+');
	if (exp < 0)
		exp = -exp;
	rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "%02d", exp));
}

/* %e with the shortest digits: d[0].d[1:]e±XX */
static void layout_e(RtBuf *b, const char *d, int nd, int dp, int verb)
{
	rt_buf_byte(b, (uint8_t)d[0]);
	if (nd > 1) {
		rt_buf_byte(b, '.');
		rt_buf_put(b, d + 1, nd - 1);
	}
	put_exp(b, verb, d[0] == '0' ? 0 : dp - 1);
}

/* %f with the shortest digits: all integer digits, then the fraction digits that exist */
static void layout_f(RtBuf *b, const char *d, int nd, int dp)
{
	if (dp > 0) {
		for (int i = 0; i < dp; i++)
			rt_buf_byte(b, i < nd ? (uint8_t)d[i] : '0');
	} else {
		rt_buf_byte(b, '0');
	}
	int frac = nd - dp;
	if (frac > 0) {
		rt_buf_byte(b, '.');
		for (int i = dp; i < nd; i++)
			rt_buf_byte(b, i < 0 ? '0' : (uint8_t)d[i]);
	}
}

/* IEEE fields: v = mant * 2^(exp - mantbits), with the implicit bit added
 * (Go's ftoa preamble for %b and %x) */
static void float_fields(double v, int bits, bool *neg, uint64_t *mant, int *exp, int *mantbits)
{
	if (bits == 32) {
		float f = (float)v;
		uint32_t u;
		memcpy(&u, &f, 4);
		*neg = u >> 31;
		*exp = (int)((u >> 23) & 0xFF);
		*mant = u & ((1u << 23) - 1);
		*mantbits = 23;
		if (*exp == 0)
			(*exp)++;
		else
			*mant |= 1u << 23;
		*exp -= 127;
	} else {
		uint64_t u;
		memcpy(&u, &v, 8);
		*neg = u >> 63;
		*exp = (int)((u >> 52) & 0x7FF);
		*mant = u & (((uint64_t)1 << 52) - 1);
		*mantbits = 52;
		if (*exp == 0)
			(*exp)++;
		else
			*mant |= (uint64_t)1 << 52;
		*exp -= 1023;
	}
}

/* %x: -0x1.8p+01 -- the leading 1 moved to bit 60, rounded to prec hex
 * digits (half to even), renormalised when rounding carries into 2. */
static void format_hex(RtBuf *b, double v, int verb, int prec, int bits)
{
	bool neg;
	uint64_t mant;
	int exp, mantbits;
	float_fields(v, bits, &neg, &mant, &exp, &mantbits);
	const char *hex = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	if (mant == 0)
		exp = 0;
	mant <<= 60 - mantbits;
	while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
		mant <<= 1;
		exp--;
	}
	if (prec >= 0 && prec < 15) {
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > ((uint64_t)1 << 59))
			mant++;
		mant <<= 60 - shift;
		if (mant & ((uint64_t)1 << 61)) {
			mant >>= 1;
			exp++;
		}
	}
	if (neg)
		rt_buf_byte(b, '-');
	rt_buf_byte(b, '0');
	rt_buf_byte(b, (uint8_t)verb);
	rt_buf_byte(b, (uint8_t)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if (prec < 0 && mant != 0) {
		rt_buf_byte(b, '.');
		for (; mant != 0; mant <<= 4)
			rt_buf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
	} else if (prec > 0) {
		rt_buf_byte(b, '.');
		for (int i = 0; i < prec; i++, mant <<= 4)
			rt_buf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
	}
	rt_buf_byte(b, verb == 'X' ? 'P' : 'p');
	rt_buf_byte(b, exp < 0 ? '-' : '+');
	if (exp < 0)
		exp = -exp;
	char tmp[16];
	rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "%02d", exp));
}

static void format_binary(RtBuf *b, double v, int bits)
{
	bool neg;
	uint64_t mant;
	int exp, mantbits;
	float_fields(v, bits, &neg, &mant, &exp, &mantbits);
	char tmp[64];
	rt_buf_put(b, tmp, snprintf(tmp, sizeof tmp, "%s%llup%+d", neg ? "-" : "",
	                             (unsigned long long)mant, exp - mantbits));
}

void rt_format_float(RtBuf *b, double v, int verb, int prec, int bits)
{
	if (bits == 32)
		v = (float)v;
	if (isnan(v)) {
		rt_buf_cstr(b, "NaN");
		return;
	}
	if (isinf(v)) {
		rt_buf_cstr(b, v > 0 ? "+Inf" : "-Inf");
		return;
	}
	if (verb == 'b') {
		format_binary(b, v, bits);
		return;
	}
	if (verb == 'x' || verb == 'X') {
		format_hex(b, v, verb, prec, bits);
		return;
	}
	if (prec >= 0) {
		if (prec > 1000)
			prec = 1000;
		char *tmp = malloc(1400);
		char fmtbuf[16];
		snprintf(fmtbuf, sizeof fmtbuf, "%%.%d%c", prec, verb);
		int n = snprintf(tmp, 1400, fmtbuf, v);
		rt_buf_put(b, tmp, n);
		free(tmp);
		return;
	}

	/* shortest */
	if (signbit(v)) {
		rt_buf_byte(b, '-');
		v = -v;
	}
	char d[32];
	int nd, dp;
	if (v == 0) {
		strcpy(d, "0");
		nd = 1;
		dp = 1;
	} else {
		shortest_digits(v, bits, d, &nd, &dp);
	}
	switch (verb) {
	case 'e': case 'E':
		layout_e(b, d, nd, dp, verb);
		break;
	case 'f': case 'F':
		layout_f(b, d, nd, dp);
		break;
	default: { /* 'g', 'G' */
		int exp = dp - 1;
		if (v != 0 && (exp < -4 || exp >= 6)) {
			layout_e(b, d, nd, dp, verb == 'G' ? 'E' : 'e');
		} else {
			layout_f(b, d, nd, dp);
		}
	}
	}
}
