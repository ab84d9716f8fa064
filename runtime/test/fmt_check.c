/* fmt_check.c: the C twin of fmt_test.go; run.sh diffs their outputs. */
#include "rtt.h"

typedef struct T { int64_t a, b; } T;
static const GoField T_fields[] = {{"a", &t_int, 0, 0}, {"b", &t_int, 8, 0}};
static const GoType t_T = {.size = 16, .kind = GOK_STRUCT, .name = "main.T", .nfields = 2, .fields = T_fields};
static const GoType t_Tp = {.size = 8, .kind = GOK_PTR, .name = "*main.T", .elem = &t_T};
typedef struct SS { GoString Name; T *p; double f; GoSlice x; } SS;
static const GoField S_fields[] = {{"Name", &t_string, 0, 0}, {"p", &t_Tp, 16, 0},
	{"f", &t_float64, 24, 0}, {"x", &t_ints, 32, 0}};
static const GoType t_S = {.size = 56, .kind = GOK_STRUCT, .name = "main.S", .nfields = 4, .fields = S_fields};

static GoIface ints(int n, ...)
{
	int64_t *p = gort_alloc(8 * n, &t_int);
	__builtin_va_list ap;
	__builtin_va_start(ap, n);
	for (int i = 0; i < n; i++)
		p[i] = __builtin_va_arg(ap, int64_t);
	__builtin_va_end(ap);
	GoSlice s = {p, n, n};
	return box(&t_ints, &s);
}
static GoIface bytes(const char *s)
{
	GoSlice b = gort_str2bytes(S(s), NULL);
	return box(&t_bytes, &b);
}

static void gomain(void)
{
	gort_fmt_Println(ARGS(F(1e6), F(1e20), F(1e21), F(1e-5), F(1.5), F(3.141592653589793), F(100000.0),
		F(123456789.0), F32(0.1f), F(1e-4)));
	T t12 = {1, 2};
	T *pt = gort_alloc(16, &t_T);
	*pt = t12;
	GoSlice nils = {0};
	uint8_t tf[2] = {1, 0};
	gort_fmt_Println(ARGS(box(&t_T, &t12), box(&t_Tp, &pt), ints(2, 1L, 2L), box(&t_ints, &nils), box(&t_bool2, tf)));
	PRINTF("%v %+v %d %s %q %x %X\n", box(&t_T, &t12), box(&t_T, &t12), I(42), Str("hi"), Str("hi\n"), I(255), Str("hi"));
	PRINTF("%d %!\n", Str("hi"));
	gort_fmt_Printf(S("%d\n"), NOARGS);
	PRINTF("%d\n", I(1), Str("a"), F(2.5));
	PRINTF("|%5d|%-5d|%05d|%+d|% d|%x|%#x|%o|%#o|%b|\n", I(42), I(42), I(42), I(42), I(42), I(-255), I(255), I(8), I(8), I(5));
	PRINTF("|%8.3f|%-8.2f|%e|%E|%g|%G|%.3g|%10.4e|\n", F(3.14159), F(2.5), F(123456.789), F(1e-7), F(1e-7), F(1e21), F(1234.5678), F(3.0));
	T zero = {0, 0};
	PRINTF("%c %U %q %#U %t %T %T %T\n", R('A'), I(0x1F600), R('x'), R('x'), B(1), I(1), Str("s"), box(&t_T, &zero));
	SS s = {S("x"), NULL, 2.5, {0}};
	PRINTF("%v %d\n", box(&t_S, &s), ints(2, 1L, 2L));
	PRINTF("%s %v %x % x %X\n", bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), Str("hello"));
	PRINTF("%6.2s| %-6s| %q\n", Str("hello"), Str("ab"), Str("日本\x01"));
	gort_fmt_Print(ARGS(Str("a"), Str("b"), I(1), I(2), Str("c"), F(3.5), B(1), B(0), Str("\n")));
	GoString s1 = gort_fmt_Sprint(ARGS(I(1), I(2), Str("x"), I(3)));
	GoString s2 = gort_fmt_Sprintln(ARGS(Str("a"), I(1)));
	gort_fmt_Println(ARGS(box(&t_string, &s1), box(&t_string, &s2)));
	void *np = NULL;
	gort_fmt_Println(ARGS(NIL, box(&t_intptr, &np), NIL));
	PRINTF("%d %s\n", NIL, NIL);
	PRINTF("%x %X %x\n", F(3.5), I(-1), Str(""));
	PRINTF("%08.3f|%-08d|%+.2e|%x\n", F(-3.14159), I(5), F(12345.678), ints(2, 10L, 11L));
	PRINTF("%5t|%-7v|%3c|\n", B(1), ints(1, 1L), R('z'));
	int8_t m5 = -5;
	uint8_t u200 = 200;
	uint64_t big = (uint64_t)1 << 63;
	PRINTF("%v %v %v %v\n", box(&t_int8, &m5), box(&t_uint8, &u200), box(&t_uint64, &big), F32(1.0f / 3));
	PRINTF("%.0f %.0f %.1f %g %g %g\n", F(0.5), F(1.5), F(0.05), F(0.000001), F(1e-7), F(123456789.0));
	gort_fmt_Println(ARGS(F(1.0), F(0.0), F(2.0 / 3), F32(2.0f / 3), F(1e100), F(5e-324)));
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
