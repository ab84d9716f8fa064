/* strings_check.c: the C twin of strings_check.go: package strings, errors.Is. */
#include "rtt.h"

typedef struct Builder { GoSlice buf; } Builder;
GoIntError gort_strings_Builder_WriteString(Builder *b, GoString s);
GoIface gort_strings_Builder_WriteByte(Builder *b, uint8_t c);
GoIntError gort_strings_Builder_WriteRune(Builder *b, int32_t r);
GoString gort_strings_Builder_String(Builder *b);
int64_t gort_strings_Builder_Len(Builder *b);
void gort_strings_Builder_Reset(Builder *b);
void gort_strings_Builder_Grow(Builder *b, int64_t n);
int64_t gort_strings_Index(GoString s, GoString sub);
uint8_t gort_strings_Contains(GoString s, GoString sub);
uint8_t gort_strings_HasPrefix(GoString s, GoString p);
uint8_t gort_strings_HasSuffix(GoString s, GoString p);
GoSlice gort_strings_Split(GoString s, GoString sep);
GoString gort_strings_Join(GoSlice elems, GoString sep);
GoString gort_strings_Repeat(GoString s, int64_t n);
GoSlice gort_strings_Fields(GoString s);
GoString gort_strings_TrimSpace(GoString s);
GoString gort_strings_ToUpper(GoString s);
GoString gort_strings_ToLower(GoString s);
GoString gort_strings_Replace(GoString s, GoString old, GoString new_, int64_t n);
GoString gort_strings_ReplaceAll(GoString s, GoString old, GoString new_);
uint8_t gort_errors_Is(GoIface err, GoIface target);

static const GoType t_strings = {.size = 24, .kind = GOK_SLICE, .name = "[]string", .elem = &t_string};
static GoIface SS(GoSlice s) { return box(&t_strings, &s); }
static GoIface GS(GoString s) { return box(&t_string, &s); }

static void gomain(void)
{
	Builder b = {0};
	gort_strings_Builder_WriteString(&b, S("héllo"));
	gort_strings_Builder_WriteByte(&b, ' ');
	gort_strings_Builder_WriteRune(&b, 0x4e16);
	gort_strings_Builder_WriteRune(&b, -1);
	gort_fmt_Println(ARGS(GS(gort_strings_Builder_String(&b)), I(gort_strings_Builder_Len(&b))));
	gort_strings_Builder_Reset(&b);
	gort_strings_Builder_Grow(&b, 10);
	gort_strings_Builder_WriteString(&b, S("x"));
	gort_fmt_Println(ARGS(GS(gort_strings_Builder_String(&b)), I(gort_strings_Builder_Len(&b))));
	GoString s = S("  a b\tc\n  déf  ");
	PRINTF("%q %q %q\n", SS(gort_strings_Fields(s)), GS(gort_strings_TrimSpace(s)), SS(gort_strings_Split(S("a,b,,c"), S(","))));
	PRINTF("%q %q %q\n", SS(gort_strings_Split(S("abc"), S(""))), SS(gort_strings_Split(S(""), S(","))), SS(gort_strings_Split(S("a,b,c"), S(", "))));
	GoString abc[3] = {S("a"), S("b"), S("c")};
	gort_fmt_Println(ARGS(GS(gort_strings_Join((GoSlice){abc, 3, 3}, S("-"))), GS(gort_strings_Join((GoSlice){0}, S("-"))), GS(gort_strings_Repeat(S("ab"), 3))));
	gort_fmt_Println(ARGS(B(gort_strings_Contains(S("seafood"), S("foo"))), B(gort_strings_HasPrefix(S("go"), S("gopher"))),
		B(gort_strings_HasSuffix(S("gopher"), S("her"))), I(gort_strings_Index(S("chicken"), S("ken"))), I(gort_strings_Index(S("x"), S("y")))));
	gort_fmt_Println(ARGS(GS(gort_strings_ToUpper(S("héllo wörld"))), GS(gort_strings_ToLower(S("HÉLLO"))), GS(gort_strings_ToUpper(S("ABC")))));
	gort_fmt_Println(ARGS(GS(gort_strings_Replace(S("oink oink oink"), S("k"), S("ky"), 2)), GS(gort_strings_ReplaceAll(S("oink oink"), S("oink"), S("moo"))),
		GS(gort_strings_Replace(S("abc"), S(""), S("-"), -1))));
	GoIface e1 = gort_errors_New(S("x"));
	GoIface e2 = gort_fmt_Errorf(S("wrap: %w"), ARGS(e1));
	gort_fmt_Println(ARGS(B(gort_errors_Is(e1, e1)), B(gort_errors_Is(e1, gort_errors_New(S("x")))), B(gort_errors_Is(NIL, NIL)), e2));
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
