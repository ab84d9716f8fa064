/*
 * preempt_self.c: preemption at function entry (sched.c, "preemption";
 * rt_preempt_tramp in switch_<arch>.S), on x86-64 and arm64.
 *
 * Two goroutines spin on checked recursive functions and never block or
 * call the runtime, so only the timer's poisoned gort_stack_limit can
 * switch between them.  Each function starts with gen's prologue check
 * (sp read with asm; on failure gort_morestack called through a pointer of
 * the function's own type with all its arguments), so a preemption request
 * runs the function through rt_preempt_tramp, which must carry every
 * argument register and the stack-passed arguments across a switch to the
 * other spinner.  Shapes:
 *   fp:   9 int64, 8 double, 2 vectors of 2 doubles (a full 128-bit
 *         register each: q0 and q7 on arm64, xmm0 and xmm7 on x86-64), a
 *         float and an int32; several of them on the stack; returns
 *         {double, double} in registers;
 *   big:  9 int64 + int32 + double, returns a 40-byte struct in memory
 *         (x8 on arm64, the hidden pointer on x86-64);
 *   two:  returns {int64, int64} in x0/x1 (rax/rdx).
 * Every result is compared with an iterative twin computed before the
 * first go statement (the timer starts there).  Once both spinners have
 * been switched a few times, spinner 1 starts a third goroutine, which
 * must run within PROMPT_NS.  The spinners stop when it has run and each
 * has been switched in MIN_SWITCHES times, or after LIMIT_S seconds (a
 * failure).  argv[1], if given, replaces LIMIT_S (the negative control
 * with GODEBUG=asyncpreemptoff=1 uses a short one).
 */
#include "rtt.h"
#include <stdio.h>
#include <time.h>

const int64_t gort_stack_checks = 1;

typedef double v2df __attribute__((vector_size(16)));

enum { MIN_SWITCHES = 60, NVAR = 6 };
static const int64_t PROMPT_NS = 1000000000;
static int limit_s = 60;

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#if defined(__aarch64__)
#define READ_SP(v) __asm__ volatile("mov %0, sp" : "=r"(v))
#define FP_ARGBYTES 40  /* a8 f6 f7 s k */
#define BIG_ARGBYTES 16 /* h k */
#else
#define READ_SP(v) __asm__ volatile("mov %%rsp, %0" : "=r"(v))
#define FP_ARGBYTES 56  /* a6 a7 a8 f6 f7 s k */
#define BIG_ARGBYTES 40 /* e f g h k (rdi holds the result's address) */
#endif

static int64_t checks_failed, preempt_requests;

#define CHECK(self, FRAME, INFO, T, ...)                                                          \
	do {                                                                                       \
		uintptr_t sp_;                                                                     \
		READ_SP(sp_);                                                                      \
		if (__builtin_expect(sp_ - (FRAME) < gort_stack_limit, 0)) {                       \
			checks_failed++;                                                           \
			if (gort_stack_limit == UINTPTR_MAX)                                       \
				preempt_requests++;                                                \
			gort_morestack_fn = (void *)self;                                          \
			gort_morestack_info = (INFO);                                              \
			void *m_ = (void *)gort_morestack;                                         \
			return ((T)m_)(__VA_ARGS__);                                               \
		}                                                                                  \
	} while (0)

typedef struct Pair {
	double a, b;
} Pair;
typedef struct Big {
	int64_t v[5];
} Big;
typedef struct Two {
	int64_t x, y;
} Two;

/* ---- fp ---- */
typedef Pair (*FpFn)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t,
                     int64_t, v2df, double, double, double, double, double, double, v2df, double,
                     double, float, int32_t);

static Pair fp(int64_t n, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5, int64_t a6,
               int64_t a7, int64_t a8, v2df v, double f0, double f1, double f2, double f3,
               double f4, double f5, v2df w, double f6, double f7, float s, int32_t k)
{
	CHECK(fp, 64, FP_ARGBYTES, FpFn, n, a1, a2, a3, a4, a5, a6, a7, a8, v, f0, f1, f2, f3, f4, f5,
	      w, f6, f7, s, k);
	if (n == 0)
		return (Pair){(double)(a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + k) + f0 + f1 + f2 + f3 +
		                      f4 + f5 + f6 + f7 + v[0] - v[1] + w[0] - w[1],
		              (double)s};
	Pair r = fp(n - 1, a2, a3, a4, a5, a6, a7, a8, a1 + n, (v2df){v[1] + f0, v[0]}, f1, f2, f3,
	            f4, f5, w[0], (v2df){w[1], f6 * 0.5}, f7, v[0] - 1.0, s + 0.25f, k ^ (int32_t)n);
	return (Pair){r.a + (double)a8 - f7 * 0.5 + w[1], r.b + (double)s - (double)k};
}

typedef struct FpArgs {
	int64_t a[8];
	v2df v, w;
	double f[8];
	float s;
	int32_t k;
} FpArgs;

/* the same computation as fp, iteratively: the arguments of every level on
 * the way down, then the folds from the bottom up */
static Pair fp_twin(int64_t n, FpArgs x)
{
	FpArgs *lv = malloc(sizeof(FpArgs) * (size_t)(n + 1));
	for (int64_t m = n;; m--) {
		lv[m] = x;
		if (m == 0)
			break;
		FpArgs y;
		for (int j = 0; j < 7; j++)
			y.a[j] = x.a[j + 1];
		y.a[7] = x.a[0] + m;
		y.v = (v2df){x.v[1] + x.f[0], x.v[0]};
		for (int j = 0; j < 5; j++)
			y.f[j] = x.f[j + 1];
		y.f[5] = x.w[0];
		y.w = (v2df){x.w[1], x.f[6] * 0.5};
		y.f[6] = x.f[7];
		y.f[7] = x.v[0] - 1.0;
		y.s = x.s + 0.25f;
		y.k = x.k ^ (int32_t)m;
		x = y;
	}
	Pair p = {(double)(x.a[0] + x.a[1] + x.a[2] + x.a[3] + x.a[4] + x.a[5] + x.a[6] + x.a[7] +
	                   x.k) +
	                  x.f[0] + x.f[1] + x.f[2] + x.f[3] + x.f[4] + x.f[5] + x.f[6] + x.f[7] +
	                  x.v[0] - x.v[1] + x.w[0] - x.w[1],
	          (double)x.s};
	for (int64_t m = 1; m <= n; m++)
		p = (Pair){p.a + (double)lv[m].a[7] - lv[m].f[7] * 0.5 + lv[m].w[1],
		           p.b + (double)lv[m].s - (double)lv[m].k};
	free(lv);
	return p;
}

static Pair fp_call(int64_t n, const FpArgs *x)
{
	return fp(n, x->a[0], x->a[1], x->a[2], x->a[3], x->a[4], x->a[5], x->a[6], x->a[7], x->v,
	          x->f[0], x->f[1], x->f[2], x->f[3], x->f[4], x->f[5], x->w, x->f[6], x->f[7], x->s,
	          x->k);
}

/* ---- big (result in memory) ---- */
typedef Big (*BigFn)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t,
                     int64_t, int32_t, double);

static Big big(int64_t n, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
               int64_t g, int64_t h, int32_t k, double x)
{
	CHECK(big, 64, BIG_ARGBYTES, BigFn, n, a, b, c, d, e, f, g, h, k, x);
	if (n == 0)
		return (Big){{a + b, c + d, e + f, g + h, k + (int64_t)x}};
	Big r = big(n - 1, b, c, d, e, f, g, h, a ^ (n << 3), k + 1, x * 0.5 + (double)n);
	r.v[n % 5] += a - k;
	return r;
}

static Big big_twin(int64_t n, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
                    int64_t g, int64_t h, int32_t k, double x)
{
	int64_t adds[5] = {0};
	for (int64_t m = n; m > 0; m--) {
		adds[m % 5] += a - k;
		int64_t a2 = a ^ (m << 3);
		a = b, b = c, c = d, d = e, e = f, f = g, g = h, h = a2;
		k++;
		x = x * 0.5 + (double)m;
	}
	Big r = {{a + b, c + d, e + f, g + h, k + (int64_t)x}};
	for (int j = 0; j < 5; j++)
		r.v[j] += adds[j];
	return r;
}

/* ---- two (x0/x1, rax/rdx) ---- */
typedef Two (*TwoFn)(int64_t, int64_t, double);

static Two two(int64_t n, int64_t x, double f)
{
	CHECK(two, 64, 0, TwoFn, n, x, f);
	if (n == 0)
		return (Two){x, (int64_t)f};
	Two t = two(n - 1, x + n, f + 1.0);
	return (Two){t.y + 1, t.x ^ n};
}

static Two two_twin(int64_t n, int64_t x, double f)
{
	for (int64_t m = n; m > 0; m--)
		x += m, f += 1.0;
	Two t = {x, (int64_t)f};
	for (int64_t m = 1; m <= n; m++)
		t = (Two){t.y + 1, t.x ^ m};
	return t;
}

/* ---- the variants, and their expected results ---- */
static int64_t depth[NVAR] = {1, 37, 400, 1500, 3000, 6000};
static FpArgs fpv[NVAR];
static Pair fp_want[NVAR];
static Big big_want[NVAR];
static Two two_want[NVAR];

static void setup(void)
{
	for (int i = 0; i < NVAR; i++) {
		FpArgs *x = &fpv[i];
		for (int j = 0; j < 8; j++)
			x->a[j] = (int64_t)(i * 100 + j * 7 + 1);
		for (int j = 0; j < 8; j++)
			x->f[j] = 0.5 * j + i + 0.125;
		x->v = (v2df){1.5 + i, -2.25 * i};
		x->w = (v2df){3.75, 4.5 + i};
		x->s = 0.5f * (float)i;
		x->k = 17 * i;
		fp_want[i] = fp_twin(depth[i], *x);
		big_want[i] = big_twin(depth[i], i, 2, 3, 4, 5, 6, 7, 8 + i, 9 * i, 0.75 * i);
		two_want[i] = two_twin(depth[i], 7 + i, 0.5 * i);
	}
}

/* ---- goroutines ---- */
static void *done;
static int fails;
static volatile int third_ran, last_runner;
static volatile int64_t third_started, third_latency;
static int64_t switches[3], iters[3], wrong[3];
static int64_t t_begin;

static void third(void *unused)
{
	CHECK(third, 65536, 65536ULL << 32, void (*)(void *), unused);
	third_latency = now_ns() - third_started;
	third_ran = 1;
	int64_t v = 3;
	gort_chansend(done, &v);
}

/* A spinner's loop step: a new switch when the other spinner ran last. */
static void note(int me)
{
	if (last_runner != me) {
		switches[me]++;
		last_runner = me;
	}
	iters[me]++;
}

static bool keep_spinning(int me)
{
	if (now_ns() - t_begin > (int64_t)limit_s * 1000000000)
		return false;
	return !(third_ran && switches[me] >= MIN_SWITCHES);
}

static void spin_fp(void *arg)
{
	CHECK(spin_fp, 65536, 65536ULL << 32, void (*)(void *), arg);
	for (int64_t it = 0; keep_spinning(1); it++) {
		note(1);
		int i = (int)(it % NVAR);
		Pair got = fp_call(depth[i], &fpv[i]);
		if (got.a != fp_want[i].a || got.b != fp_want[i].b) {
			if (wrong[1]++ < 5)
				printf("fp variant %d: %.17g %.17g, want %.17g %.17g\n", i, got.a, got.b,
				       fp_want[i].a, fp_want[i].b);
		}
		/* both spinners have been switched a few times: start the third */
		if (!third_started && switches[1] >= 3 && switches[2] >= 3) {
			third_started = now_ns();
			gort_go(third, NULL);
		}
	}
	int64_t v = 1;
	gort_chansend(done, &v);
}

static void spin_big(void *arg)
{
	CHECK(spin_big, 65536, 65536ULL << 32, void (*)(void *), arg);
	for (int64_t it = 0; keep_spinning(2); it++) {
		note(2);
		int i = (int)(it % NVAR);
		Big got = big(depth[i], i, 2, 3, 4, 5, 6, 7, 8 + i, 9 * i, 0.75 * i);
		Two t = two(depth[i], 7 + i, 0.5 * i);
		if (memcmp(&got, &big_want[i], sizeof got) != 0 || t.x != two_want[i].x ||
		    t.y != two_want[i].y) {
			if (wrong[2]++ < 5)
				printf("big/two variant %d: %lld %lld %lld %lld %lld / %lld %lld WRONG\n", i,
				       (long long)got.v[0], (long long)got.v[1], (long long)got.v[2],
				       (long long)got.v[3], (long long)got.v[4], (long long)t.x,
				       (long long)t.y);
		}
	}
	int64_t v = 2;
	gort_chansend(done, &v);
}

static void body(void);
static void gomain(void)
{
	body();
}

static void body(void)
{
	CHECK(body, 65536, 65536ULL << 32, void (*)(void));
	setup(); /* before the first go statement: no preemption yet */
	done = gort_makechan(&t_int, 8, 0);
	t_begin = now_ns();
	gort_go(spin_fp, NULL);
	gort_go(spin_big, NULL);
	for (int j = 0; j < 3 && !(j == 2 && !third_started); j++) {
		int64_t v;
		gort_chanrecv(done, &v);
	}
	double secs = (double)(now_ns() - t_begin) / 1e9;
	printf("%.2f s: fp %lld iterations %lld switches, big/two %lld iterations %lld switches\n",
	       secs, (long long)iters[1], (long long)switches[1], (long long)iters[2],
	       (long long)switches[2]);
	printf("checks failed %lld, of them preemption requests %lld\n", (long long)checks_failed,
	       (long long)preempt_requests);
	if (third_ran)
		printf("third goroutine ran %.1f ms after its go statement\n", third_latency / 1e6);
	else
		printf("third goroutine %s\n", third_started ? "NEVER RAN" : "never started");
	if (!third_ran || third_latency > PROMPT_NS)
		fails++;
	if (switches[1] < MIN_SWITCHES || switches[2] < MIN_SWITCHES)
		fails++;
	if (wrong[1] || wrong[2]) {
		printf("wrong results: fp %lld, big/two %lld\n", (long long)wrong[1],
		       (long long)wrong[2]);
		fails++;
	}
	printf("%s\n", fails ? "FAIL" : "PASS");
	fflush(stdout);
	exit(fails ? 1 : 0);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		limit_s = atoi(argv[1]);
	return gort_start(argc, argv, NULL, gomain);
}
