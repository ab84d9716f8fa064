/* fuzz_check.c: the C twin of fuzz_check.go: random format strings. */
#include "rtt.h"

#include <stdio.h>

static uint64_t state = 2463534242ull;
static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static const GoField T_fields[] = {{"A", &t_int, 0, 0}, {"B", &t_string, 8, 0}};
static const GoType t_T = {.size = 24, .kind = GOK_STRUCT, .name = "main.T", .nfields = 2, .fields = T_fields};
static const GoType t_int64 = TY(GOK_INT64, 8, "int64");
static const GoType t_str2 = {.size = 32, .kind = GOK_ARRAY, .name = "[2]string", .elem = &t_string, .len = 2};

static GoString St_String(void *d) { return S("S!"); }
static const GoMethod St_methods[] = {{"String", (void *)St_String}};
static const GoType t_St = {.size = 8, .kind = GOK_INT, .name = "main.St", .nmethods = 1, .methods = St_methods};
static const GoType t_Tp = {.size = 8, .kind = GOK_PTR, .name = "*main.T", .elem = &t_T};
static const GoType t_strs = {.size = 24, .kind = GOK_SLICE, .name = "[]string", .elem = &t_string};
static const GoType t_eface = {.size = 16, .kind = GOK_INTERFACE, .name = "interface {}"};
static const GoType t_efaces = {.size = 24, .kind = GOK_SLICE, .name = "[]interface {}", .elem = &t_eface};

static void gomain(void)
{
	const char *verbs = "vdsqxXcUeEfgGtTboO%!", *flags = "+-# 0";
	uint8_t u200 = 200;
	int64_t minint = INT64_MIN;
	int64_t *ints = gort_alloc(16, &t_int);
	ints[0] = 1, ints[1] = -2;
	GoSlice sl = {ints, 2, 2};
	struct { int64_t a; GoString b; } tv = {3, S("x")};
	void *np = NULL;
	GoSlice ab = gort_str2bytes(S("ab"), NULL);
	GoString two[2] = {S("a"), S("b")};
	GoIface args[] = {I(0), I(42), I(-7), box(&t_uint8, &u200), box(&t_int64, &minint), Str("héllo"), Str(""),
		F(3.25), F(-0.001), F(1e21), F32(2.5f), B(1), box(&t_ints, &sl), box(&t_T, &tv), NIL,
		box(&t_intptr, &np), R('x'), box(&t_bytes, &ab), box(&t_str2, two), I(65)};
	uint64_t umax = UINT64_MAX;
	int8_t m128 = -128;
	GoString strs[2] = {S("a b"), S("")};
	GoSlice strsl = {strs, 2, 2};
	GoIface *mix = gort_alloc(48, NULL);
	mix[0] = I(1), mix[1] = Str("x"), mix[2] = NIL;
	GoSlice mixsl = {mix, 3, 3};
	int64_t st = 1;
	struct { int64_t a; GoString b; } *tp = gort_alloc(24, &t_T);
	tp->a = 1, tp->b = S("y");
	GoIface more[] = {F(__builtin_nan("")), F(-__builtin_inf()), box(&t_uint64, &umax), box(&t_int8, &m128),
		box(&t_strs, &strsl), box(&t_efaces, &mixsl), box(&t_St, &st), gort_errors_New(S("bad")),
		box(&t_Tp, &tp), F32(-1e-7f), F(1e-320), F(123456789.0), Str("\x80\t\u00a0\U0001F600")};
	GoIface *all = malloc(sizeof args + sizeof more);
	memcpy(all, args, sizeof args);
	memcpy((char *)all + sizeof args, more, sizeof more);
	int nargs = (sizeof args + sizeof more) / sizeof args[0];
	for (int i = 0; i < 1500; i++) {
		char f[64] = "%";
		int n = 1;
		for (int j = 0; j < 5; j++)
			if (next() % 3 == 0)
				f[n++] = flags[next() % 5];
		if (next() % 2 == 0)
			n += sprintf(f + n, "%d", (int)(next() % 13));
		if (next() % 2 == 0)
			n += sprintf(f + n, ".%d", (int)(next() % 9));
		f[n++] = verbs[next() % strlen(verbs)];
		f[n] = 0;
		GoIface a = all[next() % nargs];
		GoString fs = S(f);
		GoString out = gort_fmt_Sprintf(fs, ARGS(a));
		PRINTF("%q: [%s]\n", box(&t_string, &fs), box(&t_string, &out));
	}
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
