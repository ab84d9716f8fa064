/*
 * diag.h: the one module that prints diagnostics, in gc's format.
 *
 * Errors (diag_error) are queued, then sorted by position, deduplicated and
 * printed as `file:line:col: msg` by diag_flush(); after 10 errors gc's
 * "too many errors" line ends the list.  Escape-analysis lines (diag_m) are
 * printed as they are emitted, unsorted and not deduplicated, exactly as
 * gc's -m does, preceded once by `# command-line-arguments`.
 *
 * File names print as go build prints them: a bare file name as
 * "./prog.go", any other path as given.  A column above 255 is dropped, as
 * gc's lico drops it.  diag_nocolumns (gc's -C) drops every column.
 */
#ifndef GOFRONT_DIAG_H
#define GOFRONT_DIAG_H

#include "ast.h"

extern bool diag_nocolumns;

/* The name printed for a source path ("prog.go" -> "./prog.go"). */
const char *diag_display_path(const char *path);
/* "./prog.go:3:14" (or without the column, see above).  Static buffer rotation:
 * valid until 8 more calls. */
const char *diag_pos(Pos pos);

void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Print the queued errors (sorted, deduplicated); returns how many there were. */
int diag_flush(void);
int diag_error_count(void);

/* An escape-analysis (-m) line: printed at once to stderr. */
void diag_m(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* An internal compiler error: prints "file:line:col: internal compiler error: msg"
 * and exits with status 2.  Only for bugs in gofront, never for bad input. */
void diag_ice(Pos pos, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));

/* Out of memory and other allocation helpers used by every pass. */
void *xmalloc(size_t n); /* zeroed */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growing NUL-terminated string for printers (s stays NULL until the
 * first strbuf_put). */
typedef struct StrBuf {
	char *s;         /* the text, NUL-terminated */
	size_t len, cap; /* strlen(s), bytes allocated */
} StrBuf;
void strbuf_put(StrBuf *b, const char *s);

#endif
