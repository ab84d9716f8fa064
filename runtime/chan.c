/*
 * chan.c: channels, after Go's runtime/chan.go.
 *
 * A channel is a ring buffer of `cap` elements plus two wait queues of
 * blocked goroutines (Sudogs, which live on the blocked goroutines' own
 * stacks).  The invariants, as in Go:
 *   - recvq is non-empty only when the buffer is empty;
 *   - sendq is non-empty only when the buffer is full (unbuffered: always
 *     "full"), so a waiting sender and a waiting receiver never coexist.
 * An operation either completes at once, by handing the element straight
 * to a waiting partner (copying between the two stacks; the partner is
 * made runnable and runs next) or through the buffer, or it enqueues a
 * Sudog and parks until a partner or close completes it.
 *
 * Sudogs of a select (select.c) sit in several queues at once; the first
 * one to fire sets g->select_done and the others are skipped by dequeue
 * and removed by the select itself when it resumes.
 *
 * Memory: the channel is one gort_alloc'd object whose only heap pointer is
 * `buf` (its first word; chan_type's ptrmask says so), and the buffer is
 * allocated with the element's type, so the collector scans buffered
 * values precisely.  Queue links point into stacks and are not heap
 * pointers.
 *
 * Single-threaded today; a lock per channel (Go's hchan.lock) is where
 * multiple Ms will need one.
 */
#include "sched.h"

#include <string.h>

typedef struct Chan {
	uint8_t *buf; /* cap * elemsize bytes (NULL when either is 0) */
	int64_t cap;
	int64_t count;        /* elements in buf */
	int64_t sendx, recvx; /* ring indexes */
	int64_t elemsize;
	const GoType *elem;
	int64_t closed;
	WaitQ recvq, sendq;
} Chan;

static const uint8_t chan_ptrmask[] = {1}; /* word 0: buf */
static const GoType word_type = {.size = 8, .kind = GOK_UNSAFEPTR, .name = "unsafe.Pointer"};
static const GoType chan_type = {
        .size = sizeof(Chan),
        .kind = GOK_STRUCT,
        .name = "runtime.hchan",
        .ptrmask = chan_ptrmask,
};

/* ---- wait queues ---- */

void rt_waitq_enqueue(WaitQ *q, Sudog *s)
{
	s->next = NULL;
	s->prev = q->last;
	if (q->last)
		q->last->next = s;
	else
		q->first = s;
	q->last = s;
}

void rt_waitq_remove(WaitQ *q, Sudog *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else if (q->first == s)
		q->first = s->next;
	else
		return; /* not in the queue */
	if (s->next)
		s->next->prev = s->prev;
	else
		q->last = s->prev;
	s->next = s->prev = NULL;
}

/* The first waiter that can still be completed; a select whose other case
 * already fired is dropped.  Marks the winner's select as done. */
static Sudog *dequeue(WaitQ *q)
{
	for (;;) {
		Sudog *s = q->first;
		if (!s)
			return NULL;
		rt_waitq_remove(q, s);
		if (s->is_select) {
			if (s->g->select_done)
				continue;
			s->g->select_done = 1;
		}
		return s;
	}
}

/* ---- make, len, cap ---- */

void *gort_makechan(const GoType *elem, int64_t elemsize, int64_t size)
{
	if (size < 0 || (elemsize > 0 && size > ((int64_t)1 << 40) / elemsize))
		rt_panic_error_msg("makechan: size out of range");
	Chan *c = gort_alloc(sizeof(Chan), &chan_type);
	c->cap = size;
	c->elemsize = elemsize;
	c->elem = elem;
	if (size > 0 && elemsize > 0) {
		/* without a matching descriptor, scan the buffer conservatively */
		const GoType *t = elem && elem->size == elemsize ? elem
		                  : elemsize % 8 == 0            ? &word_type
		                                                 : NULL;
		c->buf = gort_alloc(size * elemsize, t);
	}
	return c;
}

int64_t gort_chanlen(void *c)
{
	return c ? ((Chan *)c)->count : 0;
}

int64_t gort_chancap(void *c)
{
	return c ? ((Chan *)c)->cap : 0;
}

static inline void *slot(Chan *c, int64_t i)
{
	return c->buf + i * c->elemsize;
}

static inline void copy_elem(Chan *c, void *dst, const void *src)
{
	if (dst && c->elemsize)
		memmove(dst, src, (size_t)c->elemsize);
}

/* ---- the operations, shared with select.c ---- */

/* Complete a send to the waiting receiver r. */
static void send_to(Chan *c, Sudog *r, const void *elem)
{
	copy_elem(c, r->elem, elem);
	r->success = true;
	r->g->param = r;
	rt_ready(r->g);
}

/* Complete a receive from the waiting sender s (the buffer is full, or the
 * channel is unbuffered). */
static void recv_from(Chan *c, Sudog *s, void *elem)
{
	if (c->cap == 0) {
		copy_elem(c, elem, s->elem);
	} else {
		/* take the head of the full buffer, put the sender's value at the tail */
		copy_elem(c, elem, slot(c, c->recvx));
		copy_elem(c, slot(c, c->recvx), s->elem);
		if (++c->recvx == c->cap)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	s->success = true;
	s->g->param = s;
	rt_ready(s->g);
}

/* Try to send without blocking: 1 done, 0 would block.  Panics when closed. */
int rt_chan_trysend(void *c_, const void *elem)
{
	Chan *c = c_;
	if (c->closed)
		rt_panic_error_msg("send on closed channel");
	Sudog *r = dequeue(&c->recvq);
	if (r) {
		send_to(c, r, elem);
		return 1;
	}
	if (c->count < c->cap) {
		copy_elem(c, slot(c, c->sendx), elem);
		if (++c->sendx == c->cap)
			c->sendx = 0;
		c->count++;
		return 1;
	}
	return 0;
}

/* Try to receive without blocking: 1 done (*ok set), 0 would block. */
int rt_chan_tryrecv(void *c_, void *elem, int64_t *ok)
{
	Chan *c = c_;
	Sudog *s = dequeue(&c->sendq);
	if (s) {
		recv_from(c, s, elem);
		*ok = 1;
		return 1;
	}
	if (c->count > 0) {
		copy_elem(c, elem, slot(c, c->recvx));
		if (c->elemsize)
			memset(slot(c, c->recvx), 0, (size_t)c->elemsize);
		if (++c->recvx == c->cap)
			c->recvx = 0;
		c->count--;
		*ok = 1;
		return 1;
	}
	if (c->closed) {
		if (elem && c->elemsize)
			memset(elem, 0, (size_t)c->elemsize);
		*ok = 0;
		return 1;
	}
	return 0;
}

void gort_chansend(void *c_, void *elem)
{
	Chan *c = c_;
	if (!c)
		rt_park("chan send (nil chan)");
	if (rt_chan_trysend(c, elem))
		return;
	Sudog me = {.g = rt_g, .elem = elem, .c = c, .case_index = -1};
	rt_g->param = NULL;
	rt_waitq_enqueue(&c->sendq, &me);
	rt_park("chan send");
	if (!me.success) /* woken by close */
		rt_panic_error_msg("send on closed channel");
}

int64_t gort_chanrecv(void *c_, void *elem)
{
	Chan *c = c_;
	int64_t ok;
	if (!c)
		rt_park("chan receive (nil chan)");
	if (rt_chan_tryrecv(c, elem, &ok))
		return ok;
	Sudog me = {.g = rt_g, .elem = elem, .c = c, .case_index = -1};
	rt_g->param = NULL;
	rt_waitq_enqueue(&c->recvq, &me);
	rt_park("chan receive");
	return me.success;
}

void gort_closechan(void *c_)
{
	Chan *c = c_;
	if (!c)
		rt_panic_error_msg("close of nil channel");
	if (c->closed)
		rt_panic_error_msg("close of closed channel");
	c->closed = 1;
	/* Receivers get the zero value and ok = false; senders will panic.
	 * Like Go's closechan, collect them all, then ready them last-first
	 * (each rt_ready takes runnext), which gives Go's run order. */
	Sudog *list = NULL, *s;
	while ((s = dequeue(&c->recvq))) {
		if (s->elem && c->elemsize)
			memset(s->elem, 0, (size_t)c->elemsize);
		s->next = list;
		list = s;
	}
	while ((s = dequeue(&c->sendq))) {
		s->next = list;
		list = s;
	}
	while (list) {
		s = list;
		list = s->next;
		s->next = NULL;
		s->success = false;
		s->g->param = s;
		rt_ready(s->g);
	}
}

/* select.c's access to the wait queues: enqueue or remove (if still
 * queued) one case's Sudog on c's send or receive queue. */
void rt_chan_enqueue(void *c, Sudog *s, bool send)
{
	s->c = c;
	rt_waitq_enqueue(send ? &((Chan *)c)->sendq : &((Chan *)c)->recvq, s);
}

void rt_chan_unqueue(void *c, Sudog *s, bool send)
{
	rt_waitq_remove(send ? &((Chan *)c)->sendq : &((Chan *)c)->recvq, s);
}
