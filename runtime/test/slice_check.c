/* slice_check.c: the C twin of slice_check.go: append growth, conversions, strconv, MemStats. */
#include "rtt.h"

static const GoField T3_fields[] = {{"a", &t_int, 0, 0}, {"b", &t_int, 8, 0}, {"c", &t_int, 16, 0}};
static const GoType t_T3 = {.size = 24, .kind = GOK_STRUCT, .name = "main.T3", .nfields = 3, .fields = T3_fields};
static const GoType t_runes = {.size = 24, .kind = GOK_SLICE, .name = "[]int32", .elem = &t_int32};

static void grow_caps(int64_t n, int64_t esize, const GoType *et)
{
	GoSlice s = {0};
	int64_t last = -1;
	for (int64_t i = 0; i < n; i++) {
		if (s.len + 1 > s.cap)
			s = gort_growslice(s, 1, esize, et);
		s.len++;
		if (s.cap != last) {
			last = s.cap;
			gort_fmt_Print(ARGS(I(last), Str(" ")));
		}
	}
	gort_fmt_Println(NOARGS);
}

static GoIface err_or_nil(GoIface e) { return e; }

static void gomain(void)
{
	grow_caps(5000, 8, &t_int);
	grow_caps(5000, 1, &t_uint8);
	grow_caps(3000, 24, &t_T3);
	GoSlice s = gort_makeslice(3, 3, 8, &t_int);
	s = gort_growslice(s, 5, 8, &t_int);
	s.len += 5;
	gort_fmt_Println(ARGS(I(s.len), I(s.cap)));
	s.len = 1;
	s = gort_growslice(s, 20, 8, &t_int);
	s.len += 20;
	gort_fmt_Println(ARGS(I(s.len), I(s.cap)));
	GoSlice b = gort_str2bytes(S("hello"), NULL);
	gort_fmt_Println(ARGS(I(b.len), I(b.cap)));
	b = gort_str2bytes(S("hello, world, this is longer than 32 bytes"), NULL);
	gort_fmt_Println(ARGS(I(b.len), I(b.cap)));
	GoSlice r = gort_str2runes(S("héllo"), NULL);
	gort_fmt_Println(ARGS(I(r.len), I(r.cap), box(&t_runes, &r)));
	int32_t rs[] = {0x65e5, 0x672c, -1, 0x110000, 'a'};
	GoString str = gort_runes2str((GoSlice){rs, 5, 5}, NULL);
	gort_fmt_Println(ARGS(box(&t_string, &str), I(str.len)));
	str = gort_rune2str(0x10FFFF + 1, NULL);
	gort_fmt_Println(ARGS(box(&t_string, &str)));
	GoString it = S("a\xff\xc3\xa9\xe6\x97");
	int64_t w;
	for (int64_t i = 0; i < it.len; i += w) {
		int32_t c = gort_decoderune(it, i, &w);
		gort_fmt_Print(ARGS(I(i), Str(":"), R(c), Str(" ")));
	}
	gort_fmt_Println(NOARGS);
	const char *in[] = {"123", "-99999999999999999999", "", "+"};
	for (int k = 0; k < 4; k++) {
		GoIntErr2 a = gort_strconv_Atoi(S(in[k]));
		gort_fmt_Println(ARGS(I(a.v), err_or_nil(a.err)));
	}
	GoString q[4] = {gort_strconv_Itoa(-45), gort_strconv_Itoa(7), gort_strconv_FormatInt(255, 16),
		gort_strconv_Quote(S("a\"b\tc\0\xc3\xa9"))};
	q[3] = gort_strconv_Quote((GoString){(const uint8_t *)"a\"b\tc\0\xc3\xa9", 8});
	gort_fmt_Println(ARGS(box(&t_string, &q[0]), box(&t_string, &q[1]), box(&t_string, &q[2]), box(&t_string, &q[3])));
	GoMemStats m1, m2;
	gort_runtime_ReadMemStats(&m1);
	for (int i = 0; i < 10; i++)
		gort_makeslice(10, 10, 1, &t_uint8);
	gort_runtime_ReadMemStats(&m2);
	gort_fmt_Println(ARGS(I((int64_t)(m2.Mallocs - m1.Mallocs))));
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
