/* print_check.c: the C twin of print_check.go: builtin print/println and
 * their ordering against buffered fmt output. */
#include "rtt.h"

static void gomain(void)
{
	gort_fmt_Println(ARGS(Str("out 1")));
	gort_printlock();
	gort_printfloat(1.5); gort_printsp();
	gort_printint(-2); gort_printsp();
	gort_printbool(1); gort_printsp();
	gort_printstring(S("str")); gort_printsp();
	gort_printuint(18446744073709551615ull); gort_printsp();
	gort_printfloat(0.1); gort_printsp();
	gort_printfloat(1e300); gort_printsp();
	gort_printfloat(0.0); gort_printsp();
	gort_printfloat(1e-300); gort_printsp();
	gort_printfloat(123456789.0); gort_printnl();
	gort_printunlock();
	gort_fmt_Print(ARGS(Str("out 2 (no newline) ")));
	gort_printlock();
	gort_printstring(S("a")); gort_printint(1); gort_printint(2); gort_printstring(S("\n"));
	gort_printunlock();
	gort_printlock();
	gort_printpointer(NULL); gort_printsp(); gort_printpointer(NULL); gort_printnl();
	gort_printunlock();
	gort_fmt_Println(ARGS(Str("out 3")));
	gort_printlock();
	gort_printfloat(3.3f); gort_printsp(); gort_printfloat(9.9999999); gort_printsp(); gort_printfloat(5e-324); gort_printnl();
	gort_printunlock();
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
