/* panic_check.c: the C twin of panic_check.go (one case per argument). */
#include "rtt.h"

#include <signal.h>

static int which;
static const GoType t_MyInt = TY(GOK_INT, 8, "main.MyInt");
static const GoType t_MyS = TY(GOK_STRING, 16, "main.MyS");
static const GoField T_fields[] = {{"a", &t_int, 0, 0}};
static const GoType t_T = {.size = 8, .kind = GOK_STRUCT, .name = "main.T", .nfields = 1, .fields = T_fields};
static const GoType t_efaceT = TY(GOK_INTERFACE, 16, "interface {}");

static void gomain(void)
{
	gort_fmt_Println(ARGS(Str("before")));
	switch (which) {
	case 1: gort_panic(F(3.5));
	case 2: { int64_t v = 5; gort_panic(box(&t_MyInt, &v)); }
	case 3: { GoString s = S("x"); gort_panic(box(&t_MyS, &s)); }
	case 4: { int64_t v = 1; gort_panic(box(&t_T, &v)); }
	case 5: gort_panic(gort_errors_New(S("boom")));
	case 6: { volatile int64_t *p = NULL; gort_printint(*p); break; }
	case 7: gort_panic_slice(0, 5, 3, GORT_SLICE_ACAP);
	case 8: gort_panic_slice(0, 5, 3, GORT_SLICE_ALEN);
	case 10: gort_panic_slice(3, 2, 3, GORT_SLICE_B);
	case 11: gort_panic_slice(0, 5, 3, GORT_SLICE3_ACAP);
	case 12: gort_panic_slice(-1, 3, 3, GORT_SLICE_B);
	case 13: gort_panic_slice(2, 1, 3, GORT_SLICE3_B);
	case 14: gort_panic_index(-1, 3);
	case 15: gort_makeslice(-1, -1, 8, &t_int); break;
	case 16: gort_makeslice(2, 1, 8, &t_int); break;
	case 17: gort_assert_fail(&t_string, &t_int, &t_efaceT);
	case 18: gort_panic(NIL);
	case 19: gort_panic(B(1));
	case 20: gort_panic_slice(2, 1, 3, GORT_SLICE3_C);
	case 21: gort_panic_index(5, 3);
	case 22: { volatile int64_t x = 1, y = 0; gort_printint(x / y); break; }
	case 23: gort_panic(gort_strconv_Atoi(S("12a")).err);
	case 24: { GoIface x = box(&t_ints, &(GoSlice){0}); gort_printbool(gort_ifaceeq(x, x)); break; }
	case 25: gort_panic_shift();
	case 26:
		gort_fmt_Fprintln((GoIface){NULL, gort_os_Stderr}, ARGS(Str("to stderr")));
		gort_fmt_Println(ARGS(Str("after")));
		gort_os_Exit(3);
	case 27: { void (*volatile f)(void) = NULL; f(); break; }
	}
}

int main(int argc, char **argv)
{
	which = atoi(argv[1]);
	return gort_start(argc, argv, NULL, gomain);
}
