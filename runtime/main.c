/*
 * main.c: program start.
 *
 * Generated code's C `main` calls gort_start(argc, argv, init, main_main).
 * gort_start installs the fault handlers (panic.c), builds os.Args, runs the
 * package initialisers and then main.main as goroutine 1 (sched.c), and
 * returns 0: a Go program whose main returns exits with status 0, whatever
 * other code ran.
 *
 * The output layer (rt_write, rt_fatal, RtBuf) is output.c; package os
 * (Args, Exit, Stdout) is os.c.
 */
#include "rt.h"

#include <stdlib.h>

static void flush_at_exit(void)
{
	rt_flush();
}

void rt_install_signals(void); /* panic.c */
void rt_alloc_init(void);      /* alloc.c */

/* ---- the main goroutine ----
 * The initialisers and main.main run as goroutine 1 on the scheduler
 * (sched.c): a growable segmented stack when the program was compiled with
 * prologue stack checks, else a 1 GiB reservation with a guard zone whose
 * fault panic.c reports as Go's stack overflow.  rt_stack_lo/hi describe
 * the running goroutine's current stack segment (stack.c keeps them up to
 * date); rt_stack_guard_lo/hi the guard zone, if any.  Returning from
 * main.main returns here, whatever other goroutines still exist. */
uintptr_t rt_stack_lo, rt_stack_hi, rt_stack_guard_lo, rt_stack_guard_hi;

void rt_sched_main(void (*mainfn)(void)); /* sched.c */

static void (*start_init)(void), (*start_main)(void);

static void run_main(void)
{
	if (start_init)
		start_init();
	start_main();
}

int gort_start(int argc, char **argv, void (*init)(void), void (*mainfn)(void))
{
	rt_install_signals();
	rt_alloc_init();
	atexit(flush_at_exit);

	/* argv's strings live outside the Go heap; the array too (it is not
	 * a user allocation, so it must not count in MemStats.Mallocs). */
	GoString *args = calloc((size_t)argc + 1, sizeof(GoString));
	if (!args)
		rt_fatal("runtime: out of memory");
	for (int i = 0; i < argc; i++)
		args[i] = rt_cstr(argv[i]);
	gort_os_args = (GoSlice){args, argc, argc};

	start_init = init;
	start_main = mainfn;
	rt_sched_main(run_main);
	rt_flush();
	return 0;
}
