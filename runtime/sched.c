/*
 * sched.c: the goroutine scheduler: creation (go statements), parking and
 * waking, Gosched, time.Sleep's timers, deadlock detection, preemption, and
 * the stack roots the collector scans.
 *
 * One M (this OS thread) with one P runs every goroutine; the M's own C
 * stack is g0, where the idle loop runs.  As with GOMAXPROCS=1, a goroutine
 * runs until it blocks (channel, select, sync, sleep), yields
 * (runtime.Gosched), exits, or is preempted after 10 ms at a function entry
 * or a runtime call (the "preemption" section below).
 *
 * Hand-offs go straight from one goroutine to the next with one
 * rt_ctx_switch; only when nothing is runnable does the M switch to g0,
 * which sleeps until the earliest timer or, with no timer either, reports
 * Go's deadlock.  (Go switches through g0 on every park; skipping it halves
 * the switches of a channel hand-off.)
 *
 * Order follows Go's runtime with one P: a new goroutine and a goroutine
 * readied by a channel operation or a timer go to P.runnext and run next
 * (the one they displace goes to the tail of the queue); Gosched appends.
 *
 * Requires: stack.c (first segments, with the G at the top of its slot),
 * switch_<arch>.S.  Guarantees: rt_g, gort_stack_limit and rt_stack_lo/hi
 * describe the running goroutine whenever Go code runs (gort_stack_limit
 * may instead hold a preemption request, RT_PREEMPT_LIMIT).
 */
#include "sched.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

__thread G *rt_g;
__thread M *rt_m;

static M m0;
static P p0;
static G *allg;             /* every G ever created, linked by alllink */
static int64_t goid_gen;    /* the last goroutine id handed out */
static int64_t ngoroutines; /* Gs not dead: runtime.NumGoroutine */
static G *main_g;
static bool main_done;
static void preempt_start(void);

/* time.Sleep: a binary min-heap of sleeping Gs by (when, timer_seq) */
static G **timers;
static int64_t ntimers, timers_cap, timer_seq;

/* A program compiled by gofront with prologue checks defines this (gen_go.c);
 * without it the main goroutine gets a 1 GiB stack instead of segments. */
extern const int64_t gort_stack_checks __attribute__((weak));

int64_t rt_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* xorshift64*, seeded from the clock as Go seeds fastrand randomly */
static uint64_t rng;

uint32_t rt_fastrand(void)
{
	if (rng == 0)
		rng = (uint64_t)rt_nanotime() * 0x9E3779B97F4A7C15ull | 1;
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (uint32_t)((rng * 0x2545F4914F6CDD1Dull) >> 32);
}

int64_t rt_goid(void)
{
	return rt_g ? rt_g->id : 1;
}

/* ---- the run queue ---- */

static void runqput(P *p, G *g, bool next)
{
	if (next) {
		G *old = p->runnext;
		p->runnext = g;
		if (!old)
			return;
		g = old;
	}
	g->schedlink = NULL;
	if (p->runq_tail)
		p->runq_tail->schedlink = g;
	else
		p->runq_head = g;
	p->runq_tail = g;
	p->runq_len++;
}

static G *runqget(P *p)
{
	G *g = p->runnext;
	if (g) {
		p->runnext = NULL;
		return g;
	}
	g = p->runq_head;
	if (g) {
		p->runq_head = g->schedlink;
		if (!p->runq_head)
			p->runq_tail = NULL;
		p->runq_len--;
		g->schedlink = NULL;
	}
	return g;
}

/* ---- timers ---- */

static bool timer_less(G *a, G *b)
{
	return a->when < b->when || (a->when == b->when && a->timer_seq < b->timer_seq);
}

/* The heap grows on g0: glibc's realloc has no stack bound we know, and
 * time.Sleep must have one (runtime/stack_usage.awk). */
static void timers_grow(void *unused)
{
	timers_cap = timers_cap ? timers_cap * 2 : 64;
	timers = realloc(timers, (size_t)timers_cap * sizeof *timers);
	if (!timers)
		rt_fatal("runtime: out of memory");
}

static void timer_push(G *g)
{
	if (ntimers == timers_cap)
		rt_systemstack(timers_grow, NULL);
	g->timer_seq = timer_seq++;
	int64_t i = ntimers++;
	while (i > 0 && timer_less(g, timers[(i - 1) / 2])) {
		timers[i] = timers[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	timers[i] = g;
}

static G *timer_pop(void)
{
	G *top = timers[0], *last = timers[--ntimers];
	int64_t i = 0;
	for (;;) {
		int64_t c = 2 * i + 1;
		if (c >= ntimers)
			break;
		if (c + 1 < ntimers && timer_less(timers[c + 1], timers[c]))
			c++;
		if (!timer_less(timers[c], last))
			break;
		timers[i] = timers[c];
		i = c;
	}
	if (ntimers > 0)
		timers[i] = last;
	return top;
}

/* Wake every sleeper whose time has come (in wake-up order). */
static void check_timers(void)
{
	int64_t now = rt_nanotime();
	while (ntimers > 0 && timers[0]->when <= now) {
		G *g = timer_pop();
		g->status = G_RUNNABLE;
		runqput(rt_m->p, g, true); /* as Go's goready from the timer */
	}
}

void gort_time_Sleep(int64_t d)
{
	if (d <= 0)
		return;
	G *g = rt_g;
	if (!g) { /* no scheduler yet (a runtime test): sleep the thread */
		struct timespec ts = {d / 1000000000, d % 1000000000};
		nanosleep(&ts, NULL);
		return;
	}
	g->when = rt_nanotime() + d;
	timer_push(g);
	rt_park("sleep");
}

/* ---- switching ---- */

/* Whoever resumes after a switch frees the goroutine that just exited: it
 * could not free its own stack while running on it. */
static void reap(void)
{
	G *dead = rt_m->dead;
	if (dead) {
		rt_m->dead = NULL;
		rt_stack_freeg(dead);
	}
}

static uint64_t nswitches; /* goroutines switched in so far (rt_preempt_point) */

/* Make g the running goroutine (its stack limit and stack the current
 * ones); the caller then switches onto g's saved context. */
static void set_running(G *g)
{
	nswitches++;
	g->status = G_RUNNING;
	rt_g = g;
	rt_m->curg = g;
	gort_stack_limit = g->seg->limit;
	rt_stack_set_current(g);
}

static void switch_to(G *from, G *to)
{
	set_running(to);
	rt_ctx_switch(&from->sp, to->sp);
	reap();
}

static void switch_to_g0(G *from)
{
	rt_g = NULL;
	rt_m->curg = NULL;
	gort_stack_limit = 0;
	rt_ctx_switch(&from->sp, rt_m->g0_sp);
	reap();
}

/* cur stops running (parked, queued by Gosched, or dead): run the next
 * runnable goroutine, or let g0 wait for one. */
static void schedule(G *cur)
{
	if (ntimers > 0)
		check_timers();
	G *next = runqget(rt_m->p);
	if (next == cur) {
		cur->status = G_RUNNING;
		return;
	}
	if (next)
		switch_to(cur, next);
	else
		switch_to_g0(cur);
}

void rt_park(const char *reason)
{
	G *g = rt_g;
	g->status = G_WAITING;
	g->waitreason = reason;
	schedule(g);
}

void rt_ready(G *g)
{
	g->status = G_RUNNABLE;
	runqput(rt_m->p, g, true);
}

void gort_runtime_Gosched(void)
{
	G *g = rt_g;
	if (!g)
		return;
	g->status = G_RUNNABLE;
	runqput(rt_m->p, g, false);
	schedule(g);
}

int64_t gort_runtime_NumGoroutine(void)
{
	rt_preempt_point(1); /* for n := ...; runtime.NumGoroutine() > n; {} */
	return ngoroutines;
}

/* ---- preemption ----
 * gc preempts a goroutine that has run for 10 ms, asynchronously, with a
 * signal.  gofront cannot stop Go code at an arbitrary instruction (no
 * safe points), but it has two places where a goroutine may be stopped
 * safely:
 *   - function entry.  Once the program has started a goroutine, a timer
 *     (ITIMER_VIRTUAL: 10 ms of CPU time) sets gort_stack_limit to
 *     RT_PREEMPT_LIMIT, so the next prologue check of the running
 *     goroutine fails.  rt_morestack_grow (stack.c) sees the request,
 *     restores the limit, and runs the function through rt_preempt_tramp
 *     (switch_<arch>.S), which calls rt_preempt_yield below with the
 *     function's arguments saved, then the function itself.
 *   - runtime calls a waiting loop makes (atomics, time.Now, runtime.GC or
 *     NumGoroutine, a select with a default case): rt_preempt_point.
 *     Every PREEMPT_POINTS units of weight the clock is read, and a
 *     goroutine that has run without a switch for PREEMPT_NS yields.
 * A loop that neither calls a Go function nor the runtime still runs until
 * it blocks (docs/runtime.md, Known limits). */
enum { PREEMPT_POINTS = 1024 };
static const int64_t PREEMPT_NS = 10 * 1000 * 1000;
static int64_t preempt_budget = PREEMPT_POINTS, preempt_since;
static uint64_t preempt_switches;

/* Another goroutine could run now (or a sleeper is due). */
static bool others_ready(void)
{
	if (ntimers > 0)
		check_timers();
	return rt_m->p->runnext || rt_m->p->runq_head;
}

/* The timer's signal, on the signal stack: ask the running goroutine to
 * stop at its next function entry. */
static void on_preempt_tick(int sig)
{
	G *g = rt_g;
	if (!g || g->status != G_RUNNING || g->in_systemstack)
		return;
	/* only when someone else could run (reads only; a stale view costs at
	 * most one needless or one late stop) */
	P *p = rt_m->p;
	if (!p->runnext && !p->runq_head && !(ntimers > 0 && timers[0]->when <= rt_nanotime()))
		return;
	gort_stack_limit = RT_PREEMPT_LIMIT;
}

static bool preempt_off(void);

static void preempt_start_g0(void *unused)
{
	if (preempt_off())
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_preempt_tick;
	sa.sa_flags = SA_RESTART | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGVTALRM, &sa, NULL);
	struct itimerval it = {{0, 10000}, {0, 10000}};
	setitimer(ITIMER_VIRTUAL, &it, NULL);
}

/* GODEBUG=asyncpreemptoff=1 turns the timer off, as it turns off gc's
 * asynchronous preemption. */
static bool preempt_off(void)
{
	const char *d = getenv("GODEBUG");
	for (; d && *d; d = strchr(d, ',') ? strchr(d, ',') + 1 : NULL)
		if (strncmp(d, "asyncpreemptoff=", 16) == 0)
			return atoi(d + 16) != 0;
	return false;
}

/* At the first go statement (libc's calls run on g0: no stack bound known). */
static void preempt_start(void)
{
	static bool started;
	if (started)
		return;
	started = true;
	rt_systemstack(preempt_start_g0, NULL);
}

/* Called by rt_preempt_tramp, on a goroutine stack, before the function
 * whose entry took the preemption request. */
void rt_preempt_yield(void)
{
	preempt_since = rt_nanotime();
	if (rt_g && others_ready())
		gort_runtime_Gosched();
}

void rt_preempt_point(int64_t weight)
{
	if ((preempt_budget -= weight) > 0)
		return;
	preempt_budget = PREEMPT_POINTS;
	G *g = rt_g;
	if (!g || g->in_systemstack)
		return;
	int64_t now = rt_nanotime();
	if (nswitches != preempt_switches) { /* someone else ran since the last look */
		preempt_switches = nswitches;
		preempt_since = now;
		return;
	}
	if (now - preempt_since < PREEMPT_NS)
		return;
	preempt_since = now;
	if (others_ready())
		gort_runtime_Gosched();
}

int64_t gort_runtime_GOMAXPROCS(int64_t n)
{
	return 1;
}

int64_t gort_runtime_NumCPU(void)
{
	return 1;
}

/* ---- goroutine creation and exit ---- */

static void goexit(void) RT_NORETURN;
static void goexit(void)
{
	G *g = rt_g;
	if (g == main_g) {
		main_done = true;
		switch_to_g0(g);
	}
	g->status = G_DEAD;
	ngoroutines--;
	rt_m->dead = g;
	schedule(g);
	rt_fatal("runtime: dead goroutine resumed");
}

/* Every goroutine starts here, called by rt_ctx_entry. */
static void goroutine_main(void *arg)
{
	G *g = arg;
	reap();
	void (*fn)(void *) = g->fn;
	void *fnarg = g->arg;
	g->fn = NULL;
	g->arg = NULL;
	fn(fnarg);
	goexit();
}

static G *newg(void (*fn)(void *), void *arg, bool main)
{
	G *g = rt_stack_newg(main, &gort_stack_checks != NULL);
	if (!g->in_allg) {
		g->in_allg = 1;
		g->alllink = allg;
		allg = g;
	}
	g->id = ++goid_gen;
	g->fn = fn;
	g->arg = arg;
	g->sp = rt_ctx_make(((uintptr_t)g - 64) & ~(uintptr_t)15, goroutine_main, g);
	ngoroutines++;
	return g;
}

void gort_go(void (*fn)(void *), void *arg)
{
	preempt_start();
	G *g = newg(fn, arg, false);
	g->status = G_RUNNABLE;
	runqput(rt_m->p, g, true);
}

/* ---- g0: the idle loop, deadlock ---- */

static int by_id(const void *a, const void *b)
{
	int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
	return x < y ? -1 : x > y;
}

/* Every goroutine is blocked and no timer is pending: Go's fatal error,
 * then the blocked goroutines in creation order, as gc's traceback lists
 * them (without the frames: we keep no unwind tables for Go code). */
static void deadlock(void) RT_NORETURN;
static void deadlock(void)
{
	RtBuf b = {0};
	char tmp[96];
	rt_flush();
	rt_buf_cstr(&b, "fatal error: all goroutines are asleep - deadlock!\n");
	int64_t n = 0;
	for (G *g = allg; g; g = g->alllink)
		n += g->status == G_WAITING;
	G **gs = malloc((size_t)(n + 1) * sizeof *gs);
	n = 0;
	for (G *g = allg; g && gs; g = g->alllink)
		if (g->status == G_WAITING)
			gs[n++] = g;
	if (gs)
		qsort(gs, (size_t)n, sizeof *gs, by_id);
	for (int64_t i = 0; gs && i < n; i++) {
		snprintf(tmp, sizeof tmp, "\ngoroutine %lld [%s]:\n", (long long)gs[i]->id,
		         gs[i]->waitreason ? gs[i]->waitreason : "waiting");
		rt_buf_cstr(&b, tmp);
		rt_buf_cstr(&b, gs[i] == main_g ? "main.main()\n" : "created by main.main\n");
	}
	rt_write(2, b.p, b.len);
	rt_exit(2);
}

static void g0_loop(void)
{
	for (;;) {
		reap();
		if (main_done)
			return;
		G *g = runqget(rt_m->p);
		if (g) {
			set_running(g);
			rt_ctx_switch(&rt_m->g0_sp, g->sp);
			continue;
		}
		if (ntimers > 0) {
			rt_flush();
			int64_t when = timers[0]->when;
			struct timespec ts = {when / 1000000000, when % 1000000000};
			clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
			check_timers();
			continue;
		}
		deadlock();
	}
}

static void call_main(void *fn)
{
	((void (*)(void))fn)();
}

/* Run mainfn as goroutine 1 and return when it returns (main.c). */
void rt_sched_main(void (*mainfn)(void))
{
	int here;
	rt_m = &m0;
	m0.p = &p0;
	m0.g0_hi = (uintptr_t)&here + 256;
	rt_stack_init(&gort_stack_checks != NULL);
	main_g = newg(call_main, (void *)mainfn, true);
	main_g->status = G_RUNNABLE;
	runqput(&p0, main_g, false);
	g0_loop();
	rt_g = NULL;
	gort_stack_limit = 0;
}

/* ---- the collector's view ---- */

static __attribute__((noinline)) void scan_all(void (*fn)(void *lo, void *hi))
{
	volatile uintptr_t here = 0;
	for (G *g = allg; g; g = g->alllink) {
		if (g->status == G_DEAD)
			continue;
		uintptr_t sp =
		        (g == rt_g && !g->in_systemstack) ? (uintptr_t)&here : (uintptr_t)g->sp;
		for (StackSeg *s = g->seg; s; s = s->prev) {
			uintptr_t lo = sp >= s->lo && sp < s->hi ? sp : s->lo;
			if (s->kind != SEG_BIG || lo != s->lo)
				fn((void *)lo, (void *)s->hi);
			sp = s->caller_sp;
		}
	}
}

void gort_sched_scan_stacks(void (*fn)(void *lo, void *hi))
{
	__builtin_unwind_init(); /* the running goroutine's registers, into this frame */
	scan_all(fn);
}

void gort_sched_shrink_stacks(void)
{
	rt_stack_shrink(&allg);
}
