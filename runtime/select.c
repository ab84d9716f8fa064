/*
 * select.c: the select statement, after Go's runtime/select.go.
 *
 * gen passes the cases (default excluded) in source order; we return the
 * index of the case that ran, or -1 for default.  Three passes:
 *   1. poll: visit the cases in a uniformly random order (a Fisher-Yates
 *      shuffle) and run the first that can complete now.  Since every
 *      ready case is equally likely to come first, the choice is uniform
 *      among ready cases, as the Go spec requires.
 *   2. if none is ready: return -1 when there is a default; otherwise
 *      enqueue one Sudog per case (on this stack) and park.
 *   3. woken: the waker dequeued the winning Sudog, marked g->select_done
 *      (so wakers skip our other Sudogs) and put it in g->param; remove the
 *      other Sudogs and report the winner.
 * Nil channels never become ready; `select {}` parks forever (deadlock
 * detection then reports it, as Go's "select (no cases)").
 */
#include "sched.h"

int rt_chan_trysend(void *c, const void *elem);
int rt_chan_tryrecv(void *c, void *elem, int64_t *ok);
void rt_chan_enqueue(void *c, Sudog *s, bool send);
void rt_chan_unqueue(void *c, Sudog *s, bool send);

/* The stack gort_select's two arrays take per case: the compiler budgets
 * n * RT_SELECT_CASE_BYTES (compiler/rtstack.h) for a select of n cases. */
_Static_assert(sizeof(int64_t) + sizeof(Sudog) <= 64, "RT_SELECT_CASE_BYTES (rtstack.h)");

int64_t gort_select(GoSelectCase *cases, int64_t n, int64_t has_default)
{
	int64_t order[n > 0 ? n : 1];
	for (int64_t i = 0; i < n; i++) {
		int64_t j = (int64_t)(rt_fastrand() % (uint32_t)(i + 1));
		order[i] = order[j];
		order[j] = i;
	}
	for (int64_t k = 0; k < n; k++) {
		GoSelectCase *cs = &cases[order[k]];
		if (!cs->c)
			continue;
		if (cs->dir == GORT_SELECT_SEND) {
			if (rt_chan_trysend(cs->c, cs->elem))
				return order[k];
		} else if (rt_chan_tryrecv(cs->c, cs->elem, &cs->recv_ok))
			return order[k];
	}
	if (has_default) {
		rt_preempt_point(1); /* a polling loop lets others run */
		return -1;
	}

	G *g = rt_g;
	Sudog sg[n > 0 ? n : 1];
	g->select_done = 0;
	g->param = NULL;
	for (int64_t i = 0; i < n; i++) {
		if (!cases[i].c)
			continue;
		sg[i] = (Sudog){.g = g, .elem = cases[i].elem, .case_index = i, .is_select = true};
		rt_chan_enqueue(cases[i].c, &sg[i], cases[i].dir == GORT_SELECT_SEND);
	}
	rt_park(n == 0 ? "select (no cases)" : "select");
	Sudog *won = g->param;
	for (int64_t i = 0; i < n; i++)
		if (cases[i].c && &sg[i] != won)
			rt_chan_unqueue(cases[i].c, &sg[i], cases[i].dir == GORT_SELECT_SEND);
	g->select_done = 0;
	int64_t i = won->case_index;
	if (cases[i].dir == GORT_SELECT_SEND) {
		if (!won->success)
			rt_panic_error_msg("send on closed channel");
	} else
		cases[i].recv_ok = won->success;
	return i;
}
