/*
 * sync.c: sync.Mutex, sync.RWMutex, sync.WaitGroup and sync.Once as runtime
 * objects.  Their layouts (gort.h) are the ones compiler/stdlib.c declares,
 * Go's sizes; a zero value is ready to use.
 *
 * The semaphore table.  As in Go's runtime/sema.go, the objects hold only
 * counters; a goroutine that must wait parks in a global table keyed by an
 * address inside the object (Go: &m.sema).  The table has SEMTAB buckets,
 * each a FIFO list of SemaWaiter records that live on the parked
 * goroutines' stacks, so waiting allocates nothing and a zero-sized object
 * can be waited on by any number of goroutines.  Waking uses rt_ready,
 * which runs the woken goroutine next, as Go's semrelease does.
 *
 *   Mutex: Unlock releases and wakes the first waiter, which then competes
 *     for the lock again (Go's "normal mode"); a waiter that loses goes back
 *     to the front of the queue.
 *   RWMutex: a waiting writer blocks new readers (no writer starvation);
 *     the last reader out hands the lock to the first writer, and a writer's
 *     Unlock admits every waiting reader first, as Go's does.
 *   WaitGroup: the counter reaching zero wakes all waiters.
 * Misuse ends the program with Go's messages: "fatal error: sync: unlock of
 * unlocked mutex", "... RUnlock of unlocked RWMutex", "... Unlock of
 * unlocked RWMutex", "panic: sync: negative WaitGroup counter".
 */
#include "sched.h"

#include <string.h>

/* ---- the semaphore table ---- */

enum { SEMTAB = 251 };

typedef struct SemaWaiter SemaWaiter;
struct SemaWaiter {
	const void *addr; /* the key */
	G *g;
	SemaWaiter *next;
};

static struct {
	SemaWaiter *head, *tail;
} semtab[SEMTAB];

#define BUCKET(a) (&semtab[((uintptr_t)(a) >> 3) % SEMTAB])

/* Park the running goroutine on addr (at the back of the queue, or the
 * front when it lost a race it had already waited for). */
static void sema_wait(const void *addr, bool front)
{
	SemaWaiter w = {addr, rt_g, NULL};
	__typeof__(semtab[0]) *b = BUCKET(addr);
	if (front || !b->head) {
		w.next = b->head;
		b->head = &w;
		if (!b->tail)
			b->tail = &w;
	} else {
		b->tail->next = &w;
		b->tail = &w;
	}
	rt_park("semacquire");
}

/* Wake the first goroutine parked on addr (all of them when all is set);
 * returns how many were woken. */
static int64_t sema_wake(const void *addr, bool all)
{
	__typeof__(semtab[0]) *b = BUCKET(addr);
	SemaWaiter **link = &b->head, *prev = NULL;
	int64_t n = 0;
	while (*link) {
		SemaWaiter *w = *link;
		if (w->addr != addr) {
			prev = w;
			link = &w->next;
			continue;
		}
		*link = w->next;
		if (b->tail == w)
			b->tail = prev;
		rt_ready(w->g);
		n++;
		if (!all)
			break;
	}
	return n;
}

/* ---- Mutex ---- */

void gort_sync_Mutex_Lock(GoMutex *m)
{
	bool again = false;
	while (m->state) {
		sema_wait(&m->sema, again);
		again = true;
	}
	m->state = 1;
}

uint8_t gort_sync_Mutex_TryLock(GoMutex *m)
{
	if (m->state)
		return 0;
	m->state = 1;
	return 1;
}

void gort_sync_Mutex_Unlock(GoMutex *m)
{
	if (!m->state)
		rt_fatal("sync: unlock of unlocked mutex");
	m->state = 0;
	sema_wake(&m->sema, false);
}

/* ---- RWMutex: w.state = writer holds; n = readers | writers waiting << 32 ---- */

#define READERS(m) ((m)->n & 0xffffffff)
#define WWAIT(m)   ((m)->n >> 32)

void gort_sync_RWMutex_RLock(GoRWMutex *m)
{
	if (m->w.state || WWAIT(m) > 0) {
		sema_wait(&m->n, false); /* the writer's Unlock counts us in */
		return;
	}
	m->n++;
}

void gort_sync_RWMutex_RUnlock(GoRWMutex *m)
{
	if (READERS(m) == 0)
		rt_fatal("sync: RUnlock of unlocked RWMutex");
	m->n--;
	if (READERS(m) == 0 && WWAIT(m) > 0) {
		m->n -= (int64_t)1 << 32;
		m->w.state = 1;
		sema_wake(&m->w.sema, false);
	}
}

void gort_sync_RWMutex_Lock(GoRWMutex *m)
{
	if (m->w.state || READERS(m) > 0) {
		m->n += (int64_t)1 << 32;
		sema_wait(&m->w.sema, false); /* handed the lock */
		return;
	}
	m->w.state = 1;
}

void gort_sync_RWMutex_Unlock(GoRWMutex *m)
{
	if (!m->w.state)
		rt_fatal("sync: Unlock of unlocked RWMutex");
	m->w.state = 0;
	/* the readers that queued behind us first, each counted in */
	__typeof__(semtab[0]) *b = BUCKET(&m->n);
	int64_t waiting = 0;
	for (SemaWaiter *w = b->head; w; w = w->next)
		waiting += w->addr == &m->n;
	if (waiting > 0) {
		m->n += waiting;
		sema_wake(&m->n, true);
	} else if (WWAIT(m) > 0) {
		m->n -= (int64_t)1 << 32;
		m->w.state = 1;
		sema_wake(&m->w.sema, false);
	}
}

/* ---- WaitGroup ---- */

static const GoType t_string = {.size = sizeof(GoString), .kind = GOK_STRING, .name = "string"};

void gort_sync_WaitGroup_Add(GoWaitGroup *wg, int64_t delta)
{
	wg->n += delta;
	if (wg->n < 0) {
		GoString *s = gort_alloc(sizeof(GoString), &t_string);
		*s = rt_cstr("sync: negative WaitGroup counter");
		gort_panic((GoIface){&t_string, s});
	}
	if (wg->n == 0)
		sema_wake(&wg->sema, true);
}

void gort_sync_WaitGroup_Done(GoWaitGroup *wg)
{
	gort_sync_WaitGroup_Add(wg, -1);
}

void gort_sync_WaitGroup_Wait(GoWaitGroup *wg)
{
	if (wg->n != 0)
		sema_wait(&wg->sema, false);
}

/* ---- Once ---- */

void gort_sync_Once_Do(GoOnce *o, void *f)
{
	if (o->done)
		return;
	gort_sync_Mutex_Lock(&o->m);
	if (!o->done) {
		void (*code)(void *) = *(void (**)(void *))f;
		code(f);
		o->done = 1;
	}
	gort_sync_Mutex_Unlock(&o->m);
}
