/*
 * output.c: the runtime's one way out -- buffered writes to fd 1, unbuffered
 * ones elsewhere, fatal errors, and RtBuf, the growable C-heap byte buffer
 * the printers build their text in.
 *
 * Go writes every fmt.Println straight to fd 1 with one write(2).
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

/* No RtBuf here: its out-of-memory path comes back to rt_fatal, and realloc's
 * stack is not bounded (stack_usage.awk); every gort_* entry point can reach this. */
void rt_fatal(const char *msg)
{
	rt_flush();
	rt_write(2, "fatal error: ", 13);
	rt_write(2, msg, (int64_t)strlen(msg));
	rt_write(2, "\n", 1);
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

void rt_buf_byte(RtBuf *b, uint8_t c)
{
	rt_buf_put(b, &c, 1);
}

void rt_buf_cstr(RtBuf *b, const char *s)
{
	rt_buf_put(b, s, (int64_t)strlen(s));
}

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
