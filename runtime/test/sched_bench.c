/* sched_bench.c: the goroutine runtime's numbers for docs/runtime.md
 * (run by bench.sh beside sched_bench.go, its Go twin for the first three).
 * Functions carry the prologue check gen emits, so recursion grows stacks
 * through gort_morestack as compiled Go does. */
#include "../gort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const int64_t gort_stack_checks = 1;
void rt_ctx_switch(void **save, void *to);
void *rt_ctx_make(uintptr_t top, void (*fn)(void *), void *arg);

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

static int64_t now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long rss(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char l[256];
	long v = 0;
	while (f && fgets(l, sizeof l, f))
		if (!strncmp(l, "VmRSS:", 6))
			v = atol(l + 6);
	if (f)
		fclose(f);
	return v * 1024;
}

static int64_t rec(int64_t n)
{
	STACK_CHECK(rec, int64_t(*)(int64_t), n);
	volatile int64_t a[4];
	a[0] = n;
	if (n == 0)
		return 0;
	return rec(n - 1) + a[0] - n + 1;
}

static __attribute__((noinline)) int64_t leaf(int64_t i)
{
	STACK_CHECK(leaf, int64_t(*)(int64_t), i);
	__asm__ volatile("");
	return i + 1;
}

static int64_t hot(int64_t pad, int64_t n)
{
	STACK_CHECK(hot, int64_t(*)(int64_t, int64_t), pad, n);
	volatile int64_t a[2];
	a[0] = pad;
	if (pad > 0)
		return hot(pad - 1, n) + a[0] - pad;
	int64_t s = 0;
	for (int64_t i = 0; i < n; i++)
		s += leaf(i);
	return s;
}

static void *block, *ping, *pong;
static void blocked(void *arg)
{
	int64_t v;
	gort_chanrecv(block, &v);
}
static void ponger(void *arg)
{
	int64_t v;
	while (gort_chanrecv(ping, &v))
		gort_chansend(pong, &v);
}
static void yielder(void *arg)
{
	for (;;)
		gort_runtime_Gosched();
}

static void *ctx_main, *ctx_co;
static void co(void *arg)
{
	for (;;)
		rt_ctx_switch(&ctx_co, ctx_main);
}

static void gomain(void)
{
	int N = 100000, M = 2000000;
	block = gort_makechan(NULL, 8, 0);
	long r0 = rss();
	int64_t t0 = now();
	for (int i = 0; i < N; i++)
		gort_go(blocked, NULL);
	gort_runtime_Gosched(); /* every one runs until it blocks */
	int64_t t1 = now();
	long r1 = rss();
	printf("100000 blocked goroutines: %.0f ns/goroutine, RSS %.0f B/goroutine\n",
	       (double)(t1 - t0) / N, (double)(r1 - r0) / N);
	t0 = now();
	gort_closechan(block);
	gort_runtime_Gosched();
	t1 = now();
	printf("  closing the channel, all exit: %.0f ns/goroutine\n", (double)(t1 - t0) / N);
	gort_sched_shrink_stacks();
	t0 = now();
	for (int i = 0; i < N; i++)
		gort_go(blocked, NULL);
	gort_runtime_Gosched();
	t1 = now();
	printf("  again, reusing their slots: %.0f ns/goroutine\n", (double)(t1 - t0) / N);

	ping = gort_makechan(NULL, 8, 0);
	pong = gort_makechan(NULL, 8, 0);
	gort_go(ponger, NULL);
	int64_t v = 0;
	t0 = now();
	for (int i = 0; i < M; i++) {
		gort_chansend(ping, &v);
		gort_chanrecv(pong, &v);
	}
	t1 = now();
	printf("unbuffered channel round trip: %.1f ns\n", (double)(t1 - t0) / M);
	gort_closechan(ping);
	gort_go(yielder, NULL);
	gort_runtime_Gosched();
	t0 = now();
	for (int i = 0; i < M; i++)
		gort_runtime_Gosched();
	t1 = now();
	printf("runtime.Gosched switch: %.1f ns\n", (double)(t1 - t0) / M / 2);

	static uint8_t stk[64 * 1024] __attribute__((aligned(16)));
	ctx_co = rt_ctx_make((uintptr_t)(stk + sizeof stk), co, NULL);
	t0 = now();
	for (int i = 0; i < M * 5; i++)
		rt_ctx_switch(&ctx_main, ctx_co);
	t1 = now();
	printf("raw rt_ctx_switch: %.1f ns\n", (double)(t1 - t0) / M / 10);

	for (int k = 0; k < 3; k++) {
		long q0 = rss();
		t0 = now();
		int64_t r = rec(1000000);
		t1 = now();
		printf("rec(1000000) = %ld, %s: %.1f ns/frame, RSS +%ld KiB\n", (long)r,
		       k ? "again" : "first", (double)(t1 - t0) / 1e6, (rss() - q0) / 1024);
	}
	gort_sched_shrink_stacks();
	printf("  RSS after gort_sched_shrink_stacks: %ld KiB\n", rss() / 1024);

	t0 = now();
	hot(0, 10000000);
	t1 = now();
	double base = (double)(t1 - t0) / 1e7, worst = 0;
	for (int pad = 0; pad < 600; pad++) {
		t0 = now();
		hot(pad, 1000000);
		t1 = now();
		double c = (double)(t1 - t0) / 1e6;
		if (c > worst)
			worst = c;
	}
	printf("checked leaf call: %.2f ns; on a segment boundary (hot split, worst pad): %.2f "
	       "ns\n",
	       base, worst);
}

int main(int argc, char **argv)
{
	return gort_start(argc, argv, NULL, gomain);
}
