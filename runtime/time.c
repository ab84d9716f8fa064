/*
 * time.c: the parts of package time that gofront supports besides Sleep
 * (which parks the goroutine, sched.c): Now, Since, Time.Sub,
 * Time.UnixNano and Duration's methods.
 *
 * compiler/stdlib.c declares `type Time struct { ns int64 }`: a Time is
 * the wall clock in nanoseconds since 1970 (CLOCK_REALTIME), so UnixNano is
 * exact and Sub/Since are differences of it.  Duration.String follows Go's
 * algorithm (time/time.go): "0s", "1.5µs", "20ms", "1h2m3.5s".
 */
#include "rt.h"

#include <time.h>

typedef struct GoTime {
	int64_t ns;
} GoTime;

GoTime gort_time_Now(void)
{
	rt_preempt_point(16); /* for time.Since(t0) < d {} */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (GoTime){(int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec};
}

int64_t gort_time_Since(GoTime t)
{
	return gort_time_Now().ns - t.ns;
}

int64_t gort_time_Time_Sub(GoTime t, GoTime u)
{
	return t.ns - u.ns;
}

int64_t gort_time_Time_UnixNano(GoTime t)
{
	return t.ns;
}

double gort_time_Duration_Seconds(int64_t d)
{
	return (double)(d / 1000000000) + (double)(d % 1000000000) / 1e9;
}

int64_t gort_time_Duration_Milliseconds(int64_t d)
{
	return d / 1000000;
}

int64_t gort_time_Duration_Microseconds(int64_t d)
{
	return d / 1000;
}

int64_t gort_time_Duration_Nanoseconds(int64_t d)
{
	return d;
}

/* The `prec` low decimal digits of v as a fraction ".ddd" (trailing zeros
 * dropped) ending at buf[w]; returns the new start, v / 10^prec in *v. */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec)
{
	bool print = false;
	for (int i = 0; i < prec; i++) {
		int digit = (int)(*v % 10);
		print = print || digit != 0;
		if (print)
			buf[--w] = (char)('0' + digit);
		*v /= 10;
	}
	if (print)
		buf[--w] = '.';
	return w;
}

static int fmt_int(char *buf, int w, uint64_t v)
{
	if (v == 0)
		buf[--w] = '0';
	for (; v > 0; v /= 10)
		buf[--w] = (char)('0' + v % 10);
	return w;
}

GoString gort_time_Duration_String(int64_t d)
{
	char buf[32];
	int w = sizeof buf;
	uint64_t u = d < 0 ? -(uint64_t)d : (uint64_t)d;
	if (u == 0)
		return rt_cstr("0s");
	buf[--w] = 's';
	if (u < 1000000000) {
		int prec;
		if (u < 1000) {
			prec = 0;
			buf[--w] = 'n';
		} else if (u < 1000000) {
			prec = 3;
			buf[--w] = (char)0xB5; /* U+00B5 micro sign */
			buf[--w] = (char)0xC2;
		} else {
			prec = 6;
			buf[--w] = 'm';
		}
		w = fmt_frac(buf, w, &u, prec);
		w = fmt_int(buf, w, u);
	} else {
		w = fmt_frac(buf, w, &u, 9);
		w = fmt_int(buf, w, u % 60);
		u /= 60;
		if (u > 0) {
			buf[--w] = 'm';
			w = fmt_int(buf, w, u % 60);
			u /= 60;
			if (u > 0) {
				buf[--w] = 'h';
				w = fmt_int(buf, w, u);
			}
		}
	}
	if (d < 0)
		buf[--w] = '-';
	return rt_strdup(buf + w, (int64_t)sizeof buf - w);
}

/* ---- more of Duration: Minutes, Hours, Truncate, Round, Abs (Go's
 * definitions; additions wrap as Go's int64 arithmetic does) ---- */

double gort_time_Duration_Minutes(int64_t d)
{
	const int64_t m = 60 * 1000000000LL;
	return (double)(d / m) + (double)(d % m) / (60 * 1e9);
}

double gort_time_Duration_Hours(int64_t d)
{
	const int64_t h = 3600 * 1000000000LL;
	return (double)(d / h) + (double)(d % h) / (60 * 60 * 1e9);
}

int64_t gort_time_Duration_Truncate(int64_t d, int64_t m)
{
	return m <= 0 ? d : d - d % m;
}

static bool less_than_half(int64_t x, int64_t y)
{
	return (uint64_t)x + (uint64_t)x < (uint64_t)y;
}

int64_t gort_time_Duration_Round(int64_t d, int64_t m)
{
	if (m <= 0)
		return d;
	int64_t r = d % m;
	if (d < 0) {
		r = -r;
		if (less_than_half(r, m))
			return d + r;
		int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
		return d1 < d ? d1 : INT64_MIN;
	}
	if (less_than_half(r, m))
		return d - r;
	int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
	return d1 > d ? d1 : INT64_MAX;
}

int64_t gort_time_Duration_Abs(int64_t d)
{
	return d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d;
}
