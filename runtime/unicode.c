/*
 * unicode.c: package unicode's classification and case mapping.
 *
 * Latin-1 (U+0000..U+00FF) is answered from a table of Go's own property
 * bits (unicode/graphic.go's properties array: control, punctuation,
 * symbol, number, space, upper, lower, letter), so the common cases are
 * exactly Go's.  Beyond Latin-1 the answers come from glibc's C.UTF-8
 * tables (iswalpha, towupper...), which follow Unicode too but may lag
 * Go 1.19's Unicode 13 for recently added characters.
 */
#include "rt.h"

#include <locale.h>
#include <wctype.h>

enum { P_C = 1, P_P = 2, P_N = 4, P_S = 8, P_Z = 16, P_LU = 32, P_LL = 64, P_LO = 128 };

/* properties of U+0000..U+00FF, built once from the ranges below */
static uint8_t props[256];

static void set_range(int lo, int hi, uint8_t p)
{
	for (int c = lo; c <= hi; c++)
		props[c] = p;
}

static void init_props(void)
{
	if (props['A'])
		return;
	set_range(0x00, 0x1F, P_C);
	set_range(0x7F, 0x9F, P_C);
	props[' '] = P_Z;
	for (const char *s = "!\"#%&'()*,-./:;?@[\\]_{}"; *s; s++)
		props[(uint8_t)*s] = P_P;
	for (const char *s = "$+<=>^`|~"; *s; s++)
		props[(uint8_t)*s] = P_S;
	set_range('0', '9', P_N);
	set_range('A', 'Z', P_LU);
	set_range('a', 'z', P_LL);
	props[0xA0] = P_Z;
	props[0xA1] = P_P;
	set_range(0xA2, 0xA6, P_S);
	props[0xA7] = P_P;
	props[0xA8] = P_S;
	props[0xA9] = P_S;
	props[0xAA] = P_LO;
	props[0xAB] = P_P;
	props[0xAC] = P_S;
	props[0xAD] = 0; /* soft hyphen: Cf, in no class Go's table marks */
	set_range(0xAE, 0xB1, P_S);
	props[0xB2] = P_N;
	props[0xB3] = P_N;
	props[0xB4] = P_S;
	props[0xB5] = P_LL;
	props[0xB6] = P_P;
	props[0xB7] = P_P;
	props[0xB8] = P_S;
	props[0xB9] = P_N;
	props[0xBA] = P_LO;
	props[0xBB] = P_P;
	set_range(0xBC, 0xBE, P_N);
	props[0xBF] = P_P;
	set_range(0xC0, 0xD6, P_LU);
	props[0xD7] = P_S;
	set_range(0xD8, 0xDE, P_LU);
	set_range(0xDF, 0xF6, P_LL);
	props[0xF7] = P_S;
	set_range(0xF8, 0xFF, P_LL);
}

static uint8_t prop(int32_t r)
{
	init_props();
	return props[r];
}

static locale_t loc(void)
{
	static locale_t l;
	static bool tried;
	if (!tried) {
		tried = true;
		l = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return l;
}

static bool latin1(int32_t r)
{
	return r >= 0 && r <= 0xFF;
}
static bool in_range(int32_t r)
{
	return r >= 0 && r <= 0x10FFFF;
}

uint8_t gort_unicode_IsLetter(int32_t r)
{
	if (latin1(r))
		return (prop(r) & (P_LU | P_LL | P_LO)) != 0;
	return in_range(r) && loc() && iswalpha_l((wint_t)r, loc()) &&
	       !iswdigit_l((wint_t)r, loc());
}

uint8_t gort_unicode_IsUpper(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_LU) != 0;
	return in_range(r) && loc() && iswupper_l((wint_t)r, loc());
}

uint8_t gort_unicode_IsLower(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_LL) != 0;
	return in_range(r) && loc() && iswlower_l((wint_t)r, loc());
}

/* Nd beyond ASCII: the blocks of ten that programs meet most */
static bool other_digit(int32_t r)
{
	static const int32_t zeros[] = {0x660, 0x6F0,  0x7C0,  0x966,  0x9E6, 0xA66, 0xAE6,
	                                0xB66, 0xBE6,  0xC66,  0xCE6,  0xD66, 0xE50, 0xED0,
	                                0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10};
	for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
		if (r >= zeros[i] && r <= zeros[i] + 9)
			return true;
	return false;
}

uint8_t gort_unicode_IsDigit(int32_t r)
{
	if (latin1(r))
		return r >= '0' && r <= '9';
	return other_digit(r);
}

uint8_t gort_unicode_IsNumber(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_N) != 0;
	return other_digit(r);
}

uint8_t gort_unicode_IsSpace(int32_t r)
{
	if (latin1(r))
		return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
	return in_range(r) && loc() && iswspace_l((wint_t)r, loc());
}

/* glibc's punct class lumps punctuation and symbols together: beyond
 * Latin-1 the two are told apart by these ranges (Unicode's P* and S*
 * categories in the common blocks) */
static bool in_ranges(int32_t r, const int32_t (*rg)[2], size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (r >= rg[i][0] && r <= rg[i][1])
			return true;
	return false;
}

static const int32_t punct_ranges[][2] = {
        {0x37E, 0x37E},   {0x387, 0x387},   {0x55A, 0x55F},   {0x589, 0x58A},   {0x5BE, 0x5BE},
        {0x5C0, 0x5C0},   {0x5C3, 0x5C3},   {0x5C6, 0x5C6},   {0x5F3, 0x5F4},   {0x60C, 0x60D},
        {0x61B, 0x61B},   {0x61E, 0x61F},   {0x66A, 0x66D},   {0x6D4, 0x6D4},   {0x964, 0x965},
        {0x970, 0x970},   {0xE4F, 0xE4F},   {0xE5A, 0xE5B},   {0x2010, 0x2027}, {0x2030, 0x2043},
        {0x2045, 0x2051}, {0x2053, 0x205E}, {0x207D, 0x207E}, {0x208D, 0x208E}, {0x2308, 0x230B},
        {0x2329, 0x232A}, {0x2768, 0x2775}, {0x27C5, 0x27C6}, {0x27E6, 0x27EF}, {0x2983, 0x2998},
        {0x29D8, 0x29DB}, {0x29FC, 0x29FD}, {0x2E00, 0x2E2E}, {0x2E30, 0x2E4F}, {0x3001, 0x3003},
        {0x3008, 0x3011}, {0x3014, 0x301F}, {0x3030, 0x3030}, {0x303D, 0x303D}, {0x30A0, 0x30A0},
        {0x30FB, 0x30FB}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE61}, {0xFE63, 0xFE63},
        {0xFE68, 0xFE68}, {0xFE6A, 0xFE6B}, {0xFF01, 0xFF03}, {0xFF05, 0xFF0A}, {0xFF0C, 0xFF0F},
        {0xFF1A, 0xFF1B}, {0xFF1F, 0xFF20}, {0xFF3B, 0xFF3D}, {0xFF3F, 0xFF3F}, {0xFF5B, 0xFF5B},
        {0xFF5D, 0xFF5D}, {0xFF5F, 0xFF65},
};

uint8_t gort_unicode_IsPunct(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_P) != 0;
	return in_ranges(r, punct_ranges, sizeof punct_ranges / sizeof punct_ranges[0]);
}

uint8_t gort_unicode_IsControl(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_C) != 0;
	return 0; /* Go: only Latin-1 control characters */
}

uint8_t gort_unicode_IsSymbol(int32_t r)
{
	if (latin1(r))
		return (prop(r) & P_S) != 0;
	/* graphic, not a letter, digit or punctuation: symbols, in practice */
	return in_range(r) && loc() && iswpunct_l((wint_t)r, loc()) &&
	       !iswalnum_l((wint_t)r, loc()) && !gort_unicode_IsPunct(r);
}

uint8_t gort_unicode_IsPrint(int32_t r)
{
	if (latin1(r))
		return r == ' ' || (prop(r) & (P_P | P_N | P_S | P_LU | P_LL | P_LO)) != 0;
	return in_range(r) && loc() && iswprint_l((wint_t)r, loc()) &&
	       !iswspace_l((wint_t)r, loc());
}

uint8_t gort_unicode_IsGraphic(int32_t r)
{
	if (latin1(r))
		return (prop(r) & (P_P | P_N | P_S | P_Z | P_LU | P_LL | P_LO)) != 0;
	return in_range(r) && loc() && iswprint_l((wint_t)r, loc());
}

int32_t gort_unicode_ToUpper(int32_t r)
{
	if (r < 0x80)
		return r >= 'a' && r <= 'z' ? r - 32 : r;
	if (r == 0xB5)
		return 0x39C;
	if (r == 0xFF)
		return 0x178;
	if (latin1(r))
		return (r >= 0xE0 && r <= 0xFE && r != 0xF7) ? r - 32 : r;
	return in_range(r) && loc() ? (int32_t)towupper_l((wint_t)r, loc()) : r;
}

int32_t gort_unicode_ToLower(int32_t r)
{
	if (r < 0x80)
		return r >= 'A' && r <= 'Z' ? r + 32 : r;
	if (latin1(r))
		return (r >= 0xC0 && r <= 0xDE && r != 0xD7) ? r + 32 : r;
	return in_range(r) && loc() ? (int32_t)towlower_l((wint_t)r, loc()) : r;
}

/* title case is upper case except for the Latin digraphs DŽ, LJ, NJ, DZ,
 * whose title forms are the middle letter of each triple */
int32_t gort_unicode_ToTitle(int32_t r)
{
	if ((r >= 0x1C4 && r <= 0x1CC) || (r >= 0x1F1 && r <= 0x1F3))
		return r < 0x1F1 ? 0x1C5 + (r - 0x1C4) / 3 * 3 : 0x1F2;
	return gort_unicode_ToUpper(r);
}
