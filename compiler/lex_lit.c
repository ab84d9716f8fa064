/*
 * lex_lit.c: literal values, for the type checker (and the scanner's UTF-8).
 *
 * The scanner (lexer.re) keeps a literal's source text in its token and has
 * already reported malformed literals; these functions turn the text of a
 * well-formed literal into its value: a string's bytes, a rune, an integer
 * (with overflow detection at 128 bits) or a floating-point number.
 * Decoding follows the spec's "Rune literals" and "String literals": \x and
 * octal escapes are single bytes, \u and \U escapes are UTF-8 encoded.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex_lit.h"

/* ---- UTF-8 ---- */

/* Decode one UTF-8 sequence at p (before end); returns its length and sets
 * *r, or returns 0 for an invalid encoding. */
int lex_utf8_decode(const unsigned char *p, const unsigned char *end, int32_t *r)
{
	int n, c = p[0];
	int32_t v, min;
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		v = c & 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		v = c & 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		v = c & 0x07;
		min = 0x10000;
	} else
		return 0;
	if (end - p < n)
		return 0;
	for (int i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		v = v << 6 | (p[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
		return 0;
	*r = v;
	return n;
}

/* Append the UTF-8 encoding of r to buf; returns the length. */
int lex_utf8_encode(char *buf, int32_t r)
{
	if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
		r = 0xfffd;
	if (r < 0x80) {
		buf[0] = (char)r;
		return 1;
	}
	if (r < 0x800) {
		buf[0] = (char)(0xc0 | r >> 6);
		buf[1] = (char)(0x80 | (r & 0x3f));
		return 2;
	}
	if (r < 0x10000) {
		buf[0] = (char)(0xe0 | r >> 12);
		buf[1] = (char)(0x80 | (r >> 6 & 0x3f));
		buf[2] = (char)(0x80 | (r & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | r >> 18);
	buf[1] = (char)(0x80 | (r >> 12 & 0x3f));
	buf[2] = (char)(0x80 | (r >> 6 & 0x3f));
	buf[3] = (char)(0x80 | (r & 0x3f));
	return 4;
}

int lex_digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* ---- literals to values ---- */

bool lex_unquote(const char *lit, char **out, long *len)
{
	size_t n = strlen(lit);
	char *buf = xmalloc(n + 1), *w = buf;
	const unsigned char *p = (const unsigned char *)lit + 1,
	                    *end = (const unsigned char *)lit + n - 1;
	*out = buf;
	*len = 0;
	if (n < 2 || (lit[0] != '"' && lit[0] != '`') || lit[n - 1] != lit[0])
		return false;
	if (lit[0] == '`') { /* raw: the bytes as written, minus carriage returns */
		for (; p < end; p++)
			if (*p != '\r')
				*w++ = (char)*p;
		*w = 0;
		*len = w - buf;
		return true;
	}
	while (p < end) {
		if (*p != '\\') {
			*w++ = (char)*p++;
			continue;
		}
		p++;
		int ndig = 0, base = 16;
		switch (*p++) {
		case 'a':
			*w++ = '\a';
			continue;
		case 'b':
			*w++ = '\b';
			continue;
		case 'f':
			*w++ = '\f';
			continue;
		case 'n':
			*w++ = '\n';
			continue;
		case 'r':
			*w++ = '\r';
			continue;
		case 't':
			*w++ = '\t';
			continue;
		case 'v':
			*w++ = '\v';
			continue;
		case '\\':
			*w++ = '\\';
			continue;
		case '"':
			*w++ = '"';
			continue;
		case 'x':
			ndig = 2;
			break;
		case 'u':
			ndig = 4;
			break;
		case 'U':
			ndig = 8;
			break;
		default:
			if (p[-1] < '0' || p[-1] > '7')
				return false;
			p--, ndig = 3, base = 8;
		}
		uint32_t v = 0;
		for (int i = 0; i < ndig; i++, p++) {
			if (p >= end || lex_digit_value(*p) >= base)
				return false;
			v = v * base + lex_digit_value(*p);
		}
		if (ndig <= 3) /* \x and octal escapes are bytes */
			*w++ = (char)v;
		else
			w += lex_utf8_encode(w, (int32_t)v);
	}
	*w = 0;
	*len = w - buf;
	return true;
}

bool lex_char_value(const char *lit, int32_t *r)
{
	size_t n = strlen(lit);
	const unsigned char *p = (const unsigned char *)lit + 1,
	                    *end = (const unsigned char *)lit + n - 1;
	*r = 0;
	if (n < 3 || lit[0] != '\'' || lit[n - 1] != '\'')
		return false;
	if (*p != '\\')
		return lex_utf8_decode(p, end, r) == end - p;
	/* an escape: decode it as a string escape would, then read the rune */
	char *s = xprintf("\"%.*s\"", (int)(end - p), (const char *)p), *bytes;
	long len;
	if (p[1] == '\'')
		s[1] = '\'', s[2] = '"', s[3] = 0; /* \' is only legal in runes */
	bool ok = lex_unquote(s, &bytes, &len);
	if (ok && (p[1] == 'x' || (p[1] >= '0' && p[1] <= '7')))
		*r = (unsigned char)bytes[0]; /* a byte value, not UTF-8 */
	else if (ok)
		ok = lex_utf8_decode((unsigned char *)bytes, (unsigned char *)bytes + len, r) ==
		     len;
	free(s);
	free(bytes);
	return ok;
}

bool lex_int_value(const char *lit, unsigned __int128 *v)
{
	const char *p = lit;
	int base = 10;
	*v = 0;
	if (p[0] == '0' && p[1] && strchr("xXoObB", p[1])) {
		base = strchr("xX", p[1]) ? 16 : strchr("oO", p[1]) ? 8 : 2;
		p += 2;
	} else if (p[0] == '0')
		base = 8;
	for (; *p; p++) {
		if (*p == '_')
			continue;
		int d = lex_digit_value((unsigned char)*p);
		if (d >= base)
			return false;
		if (*v > (~(unsigned __int128)0 - d) / base)
			return false; /* overflow */
		*v = *v * base + d;
	}
	return true;
}

bool lex_float_value(const char *lit, long double *f)
{
	char *s = xmalloc(strlen(lit) + 1), *w = s;
	for (const char *p = lit; *p; p++)
		if (*p != '_' && *p != 'i')
			*w++ = *p;
	*w = 0;
	char *end;
	errno = 0;
	*f = strtold(s, &end);
	bool ok = *end == 0;
	free(s);
	return ok;
}
