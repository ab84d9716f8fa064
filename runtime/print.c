/*
 * print.c: the builtins print and println, writing to stderr as Go's
 * runtime/print.go does.
 *
 * gen brackets each print/println statement with gort_printlock/unlock and
 * emits one gort_print* call per operand (plus gort_printsp between
 * println's operands and gort_printnl at its end).  Between lock and unlock
 * the text collects in a buffer and unlock writes it with one write(2);
 * outside a lock each call writes at once.  Formats: integers in decimal,
 * floats as "+1.500000e+000" (7 significant digits, 3 exponent digits, Go's
 * own rounding: it adds 5e-7 after normalising, not IEEE rounding), pointers
 * as 0x-hex, interfaces as "(0xtype,0xdata)", slices as "[len/cap]0xptr".
 */
#include "rt.h"

#include <stdio.h>
#include <string.h>

static RtBuf pbuf;
static int plock;

static void pwrite(const void *p, int64_t n)
{
	rt_buf_put(&pbuf, p, n);
	if (plock == 0) {
		rt_write(2, pbuf.p, pbuf.len);
		pbuf.len = 0;
	}
}

void gort_printlock(void)
{
	plock++;
}

void gort_printunlock(void)
{
	if (plock > 0 && --plock == 0 && pbuf.len > 0) {
		rt_write(2, pbuf.p, pbuf.len);
		pbuf.len = 0;
	}
}

void rt_print_cstr(const char *s)
{
	pwrite(s, (int64_t)strlen(s));
}

void gort_printbool(int64_t b)
{
	rt_print_cstr(b ? "true" : "false");
}

void gort_printint(int64_t v)
{
	char tmp[32];
	pwrite(tmp, snprintf(tmp, sizeof tmp, "%lld", (long long)v));
}

void gort_printuint(uint64_t v)
{
	char tmp[32];
	pwrite(tmp, snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v));
}

static void printhex(uint64_t v)
{
	char tmp[32];
	pwrite(tmp, snprintf(tmp, sizeof tmp, "0x%llx", (unsigned long long)v));
}

/* Go's printfloat: normalise v to [1,10) by repeated *10 and /10, round by
 * adding half a unit in the 7th digit, then peel the digits off. */
int rt_print_float_buf(char *buf, double v)
{
	if (v != v)
		return (int)(strcpy(buf, "NaN"), 3);
	if (v + v == v && v > 0)
		return (int)(strcpy(buf, "+Inf"), 4);
	if (v + v == v && v < 0)
		return (int)(strcpy(buf, "-Inf"), 4);

	enum { N = 7 };
	int e = 0;
	buf[0] = '+';
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < N; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[N + 2] = 'e';
	buf[N + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[N + 3] = '-';
	}
	buf[N + 4] = (char)(e / 100 + '0');
	buf[N + 5] = (char)(e / 10 % 10 + '0');
	buf[N + 6] = (char)(e % 10 + '0');
	buf[N + 7] = 0;
	return N + 7;
}

void gort_printfloat(double v)
{
	char tmp[32];
	pwrite(tmp, rt_print_float_buf(tmp, v));
}

void gort_printstring(GoString s)
{
	pwrite(s.ptr, s.len);
}

void gort_printpointer(void *p)
{
	printhex((uint64_t)(uintptr_t)p);
}

void gort_printiface(GoIface v)
{
	gort_printlock();
	rt_print_cstr("(");
	printhex((uint64_t)(uintptr_t)v.type);
	rt_print_cstr(",");
	printhex((uint64_t)(uintptr_t)v.data);
	rt_print_cstr(")");
	gort_printunlock();
}

void gort_printslice(GoSlice s)
{
	char tmp[64];
	gort_printlock();
	pwrite(tmp, snprintf(tmp, sizeof tmp, "[%lld/%lld]", (long long)s.len, (long long)s.cap));
	printhex((uint64_t)(uintptr_t)s.ptr);
	gort_printunlock();
}

void gort_printsp(void)
{
	rt_print_cstr(" ");
}

void gort_printnl(void)
{
	rt_print_cstr("\n");
}
