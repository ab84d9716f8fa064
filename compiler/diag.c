/*
 * diag.c: every diagnostic gofront prints goes through here.
 *
 * Two streams, as in gc's base/print.go:
 *
 *   errors   are queued by diag_error, then diag_flush sorts them by
 *            position (stable, so two errors at one position keep their
 *            order), drops exact duplicates and prints them.  Like gc it stops
 *            after 10 errors with "too many errors".
 *   -m lines are printed at once by diag_m, in the order the escape pass
 *            emits them: gc's -m output is neither sorted nor deduplicated,
 *            and gofront's must be byte-identical to it.
 *
 * Positions print as go build prints them: "./prog.go:3:14" for a bare file
 * name, the path as given otherwise.  gc packs a column into 8 bits and drops
 * one of 255 or more (255 is lico's "unknown column"), printing "prog.go:3";
 * -C (diag_nocolumns) drops them all.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

bool diag_nocolumns;

typedef struct Diag {
	Pos pos;
	char *msg;
	int seq;
} Diag;

static Diag *queue;
static int nqueue, capqueue;
static int nerrors;
static bool m_header_printed;

enum { MAX_ERRORS = 10 };

/* ---- memory helpers shared by every pass ---- */

static void out_of_memory(void)
{
	fputs("gofront: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

static char *vxprintf(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = vxprintf(fmt, ap);
	va_end(ap);
	return p;
}

/* ---- positions ---- */

const char *diag_display_path(const char *path)
{
	if (!path)
		return "<unknown>";
	if (strchr(path, '/'))
		return path;
	/* go build names a file of the current directory "./prog.go" */
	static const char *last_in, *last_out;
	if (last_in != path) {
		last_in = path;
		last_out = xprintf("./%s", path);
	}
	return last_out;
}

const char *diag_pos(Pos pos)
{
	static char bufs[8][512];
	static int next;
	char *b = bufs[next++ % 8];
	const char *file = diag_display_path(pos.file);
	if (pos.line <= 0)
		snprintf(b, sizeof bufs[0], "%s", file);
	else if (diag_nocolumns || pos.col <= 0 || pos.col >= 255)
		snprintf(b, sizeof bufs[0], "%s:%d", file, pos.line);
	else
		snprintf(b, sizeof bufs[0], "%s:%d:%d", file, pos.line, pos.col);
	return b;
}

/* ---- errors ---- */

void diag_error(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = vxprintf(fmt, ap);
	va_end(ap);
	if (nqueue == capqueue) {
		capqueue = capqueue ? 2 * capqueue : 16;
		queue = xrealloc(queue, (size_t)capqueue * sizeof *queue);
	}
	queue[nqueue] = (Diag){pos, msg, nqueue};
	nqueue++;
	nerrors++;
}

static int diag_cmp(const void *a, const void *b)
{
	const Diag *x = a, *y = b;
	int c = strcmp(x->pos.file ? x->pos.file : "", y->pos.file ? y->pos.file : "");
	if (c)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq - y->seq;
}

static bool is_syntax(const Diag *d)
{
	return strncmp(d->msg, "syntax error", 12) == 0;
}

static bool same_file(Pos a, Pos b)
{
	return strcmp(a.file ? a.file : "", b.file ? b.file : "") == 0;
}

static bool same_pos(Pos a, Pos b)
{
	return a.line == b.line && a.col == b.col && same_file(a, b);
}

int diag_flush(void)
{
	fflush(stdout);
	qsort(queue, (size_t)nqueue, sizeof *queue, diag_cmp);
	int printed = 0;
	for (int i = 0; i < nqueue; i++) {
		const Diag *d = &queue[i];
		const Diag *prev = i > 0 ? &queue[i - 1] : NULL;
		if (prev && same_pos(d->pos, prev->pos) && strcmp(d->msg, prev->msg) == 0)
			continue; /* a duplicate */
		/* gc reports one syntax error per line, and a message once per line */
		if (prev && d->pos.line == prev->pos.line && same_file(d->pos, prev->pos) &&
		    ((is_syntax(d) && is_syntax(prev)) || !strcmp(d->msg, prev->msg)))
			continue;
		if (printed == MAX_ERRORS) {
			/* gc reports it at the last error it printed */
			fprintf(stderr, "%s: too many errors\n", diag_pos(prev->pos));
			break;
		}
		if (d->pos.line <= 0) /* no position: "open x.go: no such file or directory" */
			fprintf(stderr, "%s\n", d->msg);
		else
			fprintf(stderr, "%s: %s\n", diag_pos(d->pos), d->msg);
		printed++;
	}
	int n = nqueue;
	for (int i = 0; i < nqueue; i++)
		free(queue[i].msg);
	nqueue = 0;
	return n;
}

int diag_error_count(void)
{
	return nerrors;
}

/* ---- -m lines ---- */

void diag_m(Pos pos, const char *fmt, ...)
{
	if (!m_header_printed) {
		fputs("# command-line-arguments\n", stderr);
		m_header_printed = true;
	}
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", diag_pos(pos));
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* ---- internal errors: a bug in gofront, never the user's fault ---- */

void diag_ice(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_flush();
	fprintf(stderr, "%s: internal compiler error: ", diag_pos(pos));
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(2);
}
