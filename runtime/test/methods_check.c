/* methods_check.c: the C twin of methods_check.go: Error/String methods,
 * nested values, %+v %#v %T, argument indexes, bad verbs. */
#include "rtt.h"

static GoString Celsius_String(void *d) { return gort_fmt_Sprintf(S("%.1f°C"), ARGS(F(*(double *)d))); }
static const GoMethod Celsius_methods[] = {{"String", (void *)Celsius_String}};
static const GoType t_Celsius = {.size = 8, .kind = GOK_FLOAT64, .name = "main.Celsius", .nmethods = 1, .methods = Celsius_methods};
static const GoType t_Celsiuses = {.size = 24, .kind = GOK_SLICE, .name = "[]main.Celsius", .elem = &t_Celsius};

typedef struct E { GoString msg; } E;
static GoString E_Error(void *d)
{
	GoString parts[2] = {S("E:"), ((E *)d)->msg};
	return gort_concat(parts, 2, NULL);
}
static const GoField E_fields[] = {{"msg", &t_string, 0, 0}};
static const GoType t_E = {.size = 16, .kind = GOK_STRUCT, .name = "main.E", .nfields = 1, .fields = E_fields};
static const GoMethod Ep_methods[] = {{"Error", (void *)E_Error}};
static const GoType t_Ep = {.size = 8, .kind = GOK_PTR, .name = "*main.E", .elem = &t_E, .nmethods = 1, .methods = Ep_methods};

static GoString Bad_String(void *d) { gort_panic(Str("oops")); }
static const GoMethod Bad_methods[] = {{"String", (void *)Bad_String}};
static const GoType t_Bad = {.size = 8, .kind = GOK_INT, .name = "main.Bad", .nmethods = 1, .methods = Bad_methods};
static GoIface Bad(int64_t v) { return box(&t_Bad, &v); }

typedef struct Inner { int64_t X; double c; } Inner;
static const GoField Inner_fields[] = {{"X", &t_int, 0, 0}, {"c", &t_Celsius, 8, 0}};
static const GoType t_Inner = {.size = 16, .kind = GOK_STRUCT, .name = "main.Inner", .nfields = 2, .fields = Inner_fields};
static const GoType t_Innerp = {.size = 8, .kind = GOK_PTR, .name = "*main.Inner", .elem = &t_Inner};
static const GoType t_Innerps = {.size = 24, .kind = GOK_SLICE, .name = "[]*main.Inner", .elem = &t_Innerp};
static const GoType t_eface = {.size = 16, .kind = GOK_INTERFACE, .name = "interface {}"};
static const GoType t_efaces = {.size = 24, .kind = GOK_SLICE, .name = "[]interface {}", .elem = &t_eface};
static const GoType t_strings = {.size = 24, .kind = GOK_SLICE, .name = "[]string", .elem = &t_string};
static const GoType t_empty = {.size = 0, .kind = GOK_STRUCT, .name = "struct {}"};

typedef struct Outer {
	GoString Name; Inner In; Inner *P; double C, c; GoIface Any, Err; GoSlice L;
} Outer;
static const GoField Outer_fields[] = {
	{"Name", &t_string, 0, 0}, {"In", &t_Inner, 16, 0}, {"P", &t_Innerp, 32, 0},
	{"C", &t_Celsius, 40, 0}, {"c", &t_Celsius, 48, 0}, {"Any", &t_eface, 56, 0},
	{"Err", &t_error, 72, 0}, {"L", &t_Celsiuses, 88, 0},
};
static const GoType t_Outer = {.size = 112, .kind = GOK_STRUCT, .name = "main.Outer", .nfields = 8, .fields = Outer_fields};
static const GoType t_Outerp = {.size = 8, .kind = GOK_PTR, .name = "*main.Outer", .elem = &t_Outer};

static GoIface C(double v) { return box(&t_Celsius, &v); }
static GoIface newE(const char *m)
{
	E *e = gort_alloc(sizeof *e, &t_E);
	e->msg = S(m);
	return box(&t_Ep, &e);
}
static GoSlice celsiuses(int n, const double *v)
{
	double *p = gort_alloc(8 * n, &t_Celsius);
	memcpy(p, v, 8 * n);
	return (GoSlice){p, n, n};
}

static void gomain(void)
{
	GoSlice c12 = celsiuses(2, (double[]){1, 2});
	gort_fmt_Println(ARGS(C(21.5), newE("x"), box(&t_Celsiuses, &c12)));
	Inner *in = gort_alloc(sizeof *in, &t_Inner);
	*in = (Inner){7, 3};
	Outer *o = gort_alloc(sizeof *o, &t_Outer);
	*o = (Outer){S("n"), {1, 2}, in, 5, 6, I(42), newE("y"), celsiuses(1, (double[]){1})};
	PRINTF("%v\n%+v\n", box(&t_Outer, o), box(&t_Outer, o));
	PRINTF("%s|%q|%x|%d\n", C(21.5), C(21.5), C(21.5), C(21.5));
	Inner *pin = &o->In;
	GoSlice ins = {gort_alloc(8, NULL), 1, 1};
	*(Inner **)ins.ptr = in;
	PRINTF("%v %+v\n", box(&t_Innerp, &pin), box(&t_Innerps, &ins));
	static int64_t one[1] = {1};
	GoSlice ones = {one, 1, 1};
	PRINTF("%#v %#v %#v %#v\n", box(&t_Inner, &o->In), box(&t_ints, &ones), Str("s"), I(3));
	GoSlice nocel = {gort_alloc(0, NULL), 0, 0};
	PRINTF("%T %T %T %T\n", box(&t_Outer, o), box(&t_Outerp, &o), box(&t_Celsiuses, &nocel), NIL);
	Inner *ip = NULL;
	GoIface mix[4] = {I(1), Str("a"), NIL, F(2.5)};
	GoSlice mixs = {mix, 4, 4};
	gort_fmt_Println(ARGS(box(&t_Innerp, &ip), box(&t_efaces, &mixs)));
	GoString a[2] = {S("a"), S("b")};
	PRINTF("%d\n", box(&t_strings, &(GoSlice){a, 1, 1}));
	PRINTF("%v %s\n", box(&t_empty, &ip), box(&t_strings, &(GoSlice){a, 2, 2}));
	PRINTF("%6.2f|%-10v|%10v|\n", C(21.5), C(21.5), box(&t_Inner, &o->In));
	PRINTF("%[2]d %[1]d %d\n", I(1), I(2));
	PRINTF("%*d|%-*d|%.*f\n", I(5), I(1), I(4), I(2), I(2), F(3.14159));
	PRINTF("%[3]d\n", I(1));
	PRINTF("%z %!d\n", I(1));
	gort_fmt_Printf(S("%"), NOARGS);
	gort_fmt_Println(NOARGS);
	gort_fmt_Println(ARGS(gort_fmt_Errorf(S("wrapped %d: %w"), ARGS(I(7), newE("z")))));
	E *ne = NULL;
	GoIface err = box(&t_Ep, &ne);
	gort_fmt_Println(ARGS(B(err.type == NULL), err, Bad(1)));
	PRINTF("%d|%s|%5v|\n", Bad(2), Bad(3), err);
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
