/* sched_check.c: the C twin of sched_check.go, driving the goroutine,
 * channel, select, sync and time API of gort.h directly. */
#include "rtt.h"

static const char *which;
static const GoType t_str = TY(GOK_STRING, 16, "string");

/* ---- pingpong ---- */
static void *ping, *pong;
static void ponger(void *arg)
{
	int64_t v;
	while (gort_chanrecv(ping, &v)) {
		v *= 2;
		gort_chansend(pong, &v);
	}
	gort_closechan(pong);
}

/* ---- the sieve ---- */
static void generate(void *ch)
{
	for (int64_t i = 2;; i++)
		gort_chansend(ch, &i);
}
typedef struct Filter {
	void *in, *out;
	int64_t prime;
} Filter;
static void filter(void *arg)
{
	Filter *f = arg;
	for (;;) {
		int64_t i;
		gort_chanrecv(f->in, &i);
		if (i % f->prime != 0)
			gort_chansend(f->out, &i);
	}
}

static void send_hi(void *c)
{
	GoString s = S("hi");
	gort_chansend(c, &s);
}

/* ---- sync ---- */
static GoWaitGroup wg;
static GoMutex mu;
static int64_t n;
static void counter(void *arg)
{
	for (int j = 0; j < 100; j++) {
		gort_sync_Mutex_Lock(&mu);
		n++;
		if (j % 10 == 0)
			gort_runtime_Gosched();
		gort_sync_Mutex_Unlock(&mu);
	}
	gort_sync_WaitGroup_Done(&wg);
}
static GoRWMutex rw;
static int64_t shared;
static void writer(void *arg)
{
	gort_sync_RWMutex_Lock(&rw);
	shared++;
	gort_runtime_Gosched();
	gort_sync_RWMutex_Unlock(&rw);
	gort_sync_WaitGroup_Done(&wg);
}
static void reader(void *arg)
{
	gort_sync_RWMutex_RLock(&rw);
	gort_runtime_Gosched();
	gort_sync_RWMutex_RUnlock(&rw);
	gort_sync_WaitGroup_Done(&wg);
}
static void once_body(void *rec)
{
	PRINTF("once\n");
}
static void *once_rec[1] = {(void *)once_body};

typedef struct Sleeper {
	void *done;
	int64_t d;
} Sleeper;
static void sleeper(void *arg)
{
	Sleeper *s = arg;
	gort_time_Sleep(s->d * 1000000);
	gort_chansend(s->done, &s->d);
}

static GoIface Bo(int64_t ok)
{
	return B((int)ok);
}

static void basic(void)
{
	ping = gort_makechan(&t_int, 8, 0);
	pong = gort_makechan(&t_int, 8, 0);
	gort_go(ponger, NULL);
	int64_t sum = 0, v, ok;
	for (int64_t i = 0; i < 1000; i++) {
		gort_chansend(ping, &i);
		gort_chanrecv(pong, &v);
		sum += v;
	}
	gort_closechan(ping);
	ok = gort_chanrecv(pong, &v);
	PRINTF("pingpong %d %d %v\n", I(sum), I(v), Bo(ok));

	void *b = gort_makechan(&t_int, 8, 3);
	v = 1;
	gort_chansend(b, &v);
	v = 2;
	gort_chansend(b, &v);
	PRINTF("buffered %d %d\n", I(gort_chanlen(b)), I(gort_chancap(b)));
	gort_closechan(b);
	while (gort_chanrecv(b, &v))
		PRINTF("drain %d\n", I(v));
	ok = gort_chanrecv(b, &v);
	PRINTF("closed %d %v %d %d\n", I(v), Bo(ok), I(gort_chanlen(b)), I(gort_chancap(b)));
	PRINTF("nil %d %d\n", I(gort_chanlen(NULL)), I(gort_chancap(NULL)));

	void *ch = gort_makechan(&t_int, 8, 0);
	gort_go(generate, ch);
	for (int i = 0; i < 10; i++) {
		int64_t prime;
		gort_chanrecv(ch, &prime);
		PRINTF("prime %d\n", I(prime));
		Filter *f = gort_alloc(sizeof *f, NULL);
		*f = (Filter){ch, gort_makechan(&t_int, 8, 0), prime};
		gort_go(filter, f);
		ch = f->out;
	}

	void *c1 = gort_makechan(&t_int, 8, 1), *c2 = gort_makechan(&t_str, 16, 1);
	GoString s;
	GoSelectCase cs[2] = {{c1, &v, GORT_SELECT_RECV}, {c2, &s, GORT_SELECT_RECV}};
	if (gort_select(cs, 1, 1) < 0)
		PRINTF("default\n");
	v = 7;
	gort_chansend(c1, &v);
	for (int k = 0; k < 2; k++) {
		if (k == 1)
			gort_go(send_hi, c2);
		if (gort_select(cs, 2, 0) == 0)
			PRINTF("c1 %d\n", I(v));
		else
			PRINTF("c2 %s\n", Str((const char *)s.ptr));
	}
	int64_t counts[2] = {0, 0};
	void *a = gort_makechan(&t_int, 8, 1000), *bb = gort_makechan(&t_int, 8, 1000);
	for (int64_t i = 0; i < 1000; i++) {
		gort_chansend(a, &i);
		gort_chansend(bb, &i);
	}
	GoSelectCase ab[2] = {{a, NULL, GORT_SELECT_RECV}, {bb, NULL, GORT_SELECT_RECV}};
	for (int i = 0; i < 1000; i++)
		counts[gort_select(ab, 2, 0)]++;
	PRINTF("fair %v %v %d\n", B(counts[0] > 400), B(counts[1] > 400), I(counts[0] + counts[1]));

	for (int i = 0; i < 100; i++) {
		gort_sync_WaitGroup_Add(&wg, 1);
		gort_go(counter, NULL);
	}
	gort_sync_WaitGroup_Wait(&wg);
	PRINTF("mutex %d\n", I(n));
	for (int i = 0; i < 10; i++) {
		gort_sync_WaitGroup_Add(&wg, 2);
		gort_go(writer, NULL);
		gort_go(reader, NULL);
	}
	gort_sync_WaitGroup_Wait(&wg);
	PRINTF("rwmutex %d\n", I(shared));
	GoOnce once = {0};
	for (int i = 0; i < 3; i++)
		gort_sync_Once_Do(&once, once_rec);

	void *done = gort_makechan(&t_int, 8, 0);
	int64_t ds[3] = {30, 10, 20};
	for (int i = 0; i < 3; i++) {
		Sleeper *sl = gort_alloc(sizeof *sl, NULL);
		*sl = (Sleeper){done, ds[i]};
		gort_go(sleeper, sl);
	}
	int64_t r[3];
	for (int i = 0; i < 3; i++)
		gort_chanrecv(done, &r[i]);
	PRINTF("sleep %d %d %d\n", I(r[0]), I(r[1]), I(r[2]));
	PRINTF("goroutines %v %v\n", B(gort_runtime_NumGoroutine() > 10),
	       B(gort_runtime_GOMAXPROCS(0) > 0));
}

static void gomain(void)
{
	int64_t v = 1;
	if (!strcmp(which, "basic"))
		basic();
	else if (!strcmp(which, "deadlock")) {
		void *ch = gort_makechan(&t_int, 8, 0);
		gort_fmt_Println(ARGS(Str("before")));
		gort_chanrecv(ch, &v);
	} else if (!strcmp(which, "sendclosed")) {
		void *ch = gort_makechan(&t_int, 8, 1);
		gort_closechan(ch);
		gort_chansend(ch, &v);
	} else if (!strcmp(which, "closeclosed")) {
		void *ch = gort_makechan(&t_int, 8, 0);
		gort_closechan(ch);
		gort_closechan(ch);
	} else if (!strcmp(which, "closenil"))
		gort_closechan(NULL);
	else if (!strcmp(which, "nilrecv"))
		gort_chanrecv(NULL, &v);
	else if (!strcmp(which, "selectnone"))
		gort_select(NULL, 0, 0);
}

int main(int argc, char **argv)
{
	which = argc > 1 ? argv[1] : "basic";
	return gort_start(argc, argv, NULL, gomain);
}
