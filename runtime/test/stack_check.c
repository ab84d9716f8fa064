/* stack_check.c: the C twin of stack_check.go.  The functions carry the
 * same prologue check gen emits (gort.h), so they grow their stacks
 * through gort_morestack. */
#include "rtt.h"

const int64_t gort_stack_checks = 1; /* main runs on segments too */

#define STACK_CHECK(self, T, ...)                                                                  \
	do {                                                                                       \
		uintptr_t sp_;                                                                     \
		__asm__ volatile("mov %%rsp, %0" : "=r"(sp_));                                     \
		if (__builtin_expect(sp_ < gort_stack_limit, 0)) {                                 \
			gort_morestack_fn = (void *)self;                                          \
			gort_morestack_info = 64;                                                  \
			void *m_ = (void *)gort_morestack;                                         \
			return ((T)m_)(__VA_ARGS__);                                               \
		}                                                                                  \
	} while (0)

static int64_t rec(int64_t n)
{
	STACK_CHECK(rec, int64_t(*)(int64_t), n);
	volatile int64_t a[4];
	a[n % 4] = n;
	if (n == 0)
		return 0;
	return rec(n - 1) + a[n % 4] - n + 1;
}

static int64_t dive(int64_t n, void *in, void *out)
{
	STACK_CHECK(dive, int64_t(*)(int64_t, void *, void *), n, in, out);
	volatile int64_t a[8];
	a[n % 8] = n;
	if (n == 0) {
		int64_t v;
		gort_chanrecv(in, &v);
		v++;
		gort_chansend(out, &v);
		return v - 1;
	}
	return dive(n - 1, in, out) + a[n % 8] - n;
}

static void *done, *res;
static void deep(void *arg)
{
	int64_t r = rec(1000000);
	gort_chansend(done, &r);
}
typedef struct Diver {
	void *in, *out;
	int64_t d;
} Diver;
static void diver(void *arg)
{
	Diver *d = arg;
	int64_t r = dive(d->d, d->in, d->out);
	gort_chansend(res, &r);
}

static void gomain(void)
{
	gort_fmt_Println(ARGS(Str("main"), I(rec(1000000))));
	done = gort_makechan(&t_int, 8, 0);
	gort_go(deep, NULL);
	int64_t v;
	gort_chanrecv(done, &v);
	gort_fmt_Println(ARGS(Str("goroutine"), I(v)));

	void *first = gort_makechan(&t_int, 8, 0), *in = first;
	res = gort_makechan(&t_int, 8, 0);
	for (int i = 0; i < 50; i++) {
		Diver *d = gort_alloc(sizeof *d, NULL);
		*d = (Diver){in, gort_makechan(&t_int, 8, 0), 20000 + i};
		gort_go(diver, d);
		in = d->out;
	}
	v = 0;
	gort_chansend(first, &v);
	int64_t last, sum = 0;
	gort_chanrecv(in, &last);
	for (int i = 0; i < 50; i++) {
		gort_chanrecv(res, &v);
		sum += v;
	}
	gort_fmt_Println(ARGS(Str("ring"), I(last), I(sum)));
}

int main(int argc, char **argv)
{
	return gort_start(argc, argv, NULL, gomain);
}
