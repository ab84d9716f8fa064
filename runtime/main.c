/*
 * main.c: program start, os.Args, os.Exit and the output channel.
 *
 * Generated code's C `main` calls gort_start(argc, argv, init, main_main).
 * gort_start installs the fault handlers (panic.c), builds os.Args, runs the
 * package initialisers and then main.main as goroutine 1 (sched.c), and
 * returns 0: a Go program whose main
 * returns exits with status 0, whatever other code ran.
 *
 * Output: Go writes every fmt.Println straight to fd 1 with one write(2).
 * We keep a buffer for fd 1 instead (tests print thousands of lines), and
 * restore Go's observable ordering with one invariant:
 *
 *   the stdout buffer is empty whenever a byte is written to any other fd,
 *   and whenever the process ends (return from main, os.Exit, panic, fatal
 *   error, fault signal).
 *
 * So `go run x.go 2>&1` and `gofront run x.go 2>&1` interleave identically.
 * When fd 1 is a terminal we also flush at every newline, so interactive
 * output appears line by line.
 */
#include "rt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the stdout buffer ---- */

enum { OUTBUF_SIZE = 64 * 1024 };
static uint8_t outbuf[OUTBUF_SIZE];
static int64_t outlen;
static int out_is_tty = -1; /* -1: not yet asked */

/* write(2) all of p, retrying on short writes and EINTR; errors are dropped
 * (Go ignores write errors on os.Stdout in fmt.Println too). */
static void write_all(int fd, const uint8_t *p, int64_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, (size_t)n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		p += w;
		n -= w;
	}
}

void rt_flush(void)
{
	if (outlen > 0) {
		int64_t n = outlen;
		outlen = 0;
		write_all(1, outbuf, n);
	}
}

void rt_write(int fd, const void *p, int64_t n)
{
	if (n <= 0)
		return;
	if (fd != 1) {
		rt_flush();
		write_all(fd, p, n);
		return;
	}
	if (out_is_tty < 0)
		out_is_tty = isatty(1);
	if (outlen + n > OUTBUF_SIZE) {
		rt_flush();
		if (n > OUTBUF_SIZE) {
			write_all(1, p, n);
			return;
		}
	}
	memcpy(outbuf + outlen, p, (size_t)n);
	outlen += n;
	if (out_is_tty && memchr(p, '\n', (size_t)n))
		rt_flush();
}

void rt_exit(int code)
{
	rt_flush();
	_exit(code);
}

void rt_fatal(const char *msg)
{
	rt_flush();
	RtBuf b = {0};
	rt_buf_cstr(&b, "fatal error: ");
	rt_buf_cstr(&b, msg);
	rt_buf_cstr(&b, "\n");
	rt_write(2, b.p, b.len);
	rt_exit(2);
}

/* ---- RtBuf: a growable C-heap byte buffer ---- */

void rt_buf_put(RtBuf *b, const void *p, int64_t n)
{
	if (n <= 0)
		return;
	if (b->len + n > b->cap) {
		int64_t cap = b->cap ? b->cap * 2 : 64;
		while (cap < b->len + n)
			cap *= 2;
		uint8_t *np = realloc(b->p, (size_t)cap);
		if (!np)
			rt_fatal("runtime: out of memory");
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, (size_t)n);
	b->len += n;
}

void rt_buf_byte(RtBuf *b, uint8_t c) { rt_buf_put(b, &c, 1); }

void rt_buf_cstr(RtBuf *b, const char *s) { rt_buf_put(b, s, (int64_t)strlen(s)); }

void rt_buf_pad(RtBuf *b, uint8_t c, int64_t n)
{
	uint8_t chunk[64];
	memset(chunk, c, sizeof chunk);
	while (n > 0) {
		int64_t k = n < 64 ? n : 64;
		rt_buf_put(b, chunk, k);
		n -= k;
	}
}

void rt_buf_free(RtBuf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

GoString rt_buf_gostring(RtBuf *b) { return rt_strdup((const char *)b->p, b->len); }

/* ---- os ---- */

/* *os.File: gort_os_Stdout and gort_os_Stderr point at these.  fmt.Fprint*
 * recognises them by address; the fd is what rt_write needs. */
typedef struct RtFile {
	int64_t fd;
} RtFile;
static RtFile file_stdout = {1}, file_stderr = {2};
void *gort_os_Stdout = &file_stdout, *gort_os_Stderr = &file_stderr;

GoSlice gort_os_args;

void gort_os_Exit(int64_t code) { rt_exit((int)code); }

static void flush_at_exit(void) { rt_flush(); }

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
