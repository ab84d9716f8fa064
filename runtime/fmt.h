/*
 * fmt.h: the printer state shared by fmt.c (values) and fmt_print.c (the
 * format-string loop and the exported Print/Printf family).
 *
 * A Printer mirrors Go's fmt.pp + fmt.fmt: an output buffer, the flags of
 * the verb being formatted, and the operand being printed (for the
 * "%!d(string=hi)" error text).  Values are addressed as (type, ptr): ptr
 * points at the value's memory, whatever its kind; a NULL type is Go's
 * invalid reflect.Value (a nil interface).
 */
#ifndef GOFRONT_FMT_H
#define GOFRONT_FMT_H

#include "rt.h"

typedef struct Printer {
	RtBuf buf;          /* the text built so far */
	bool minus, plus, sharp, space, zero; /* flags of the current verb */
	bool plusV, sharpV; /* %+v and %#v (plus/sharp are then cleared) */
	bool widPresent, precPresent;
	int64_t wid, prec;
	bool erroring;      /* printing a %!verb(...) error: no Error/String calls */
	const GoType *argType; /* the operand being printed, for bad-verb text */
	const void *argPtr;
	bool argIsTop;      /* the operand is a top-level argument (p.arg in Go) */
	bool wrapErrs;      /* fmt.Errorf: %w accepts an error operand */
	bool panicking;     /* printing the value of a panic caught from a method */
	GoIface wrappedErr; /* fmt.Errorf: the operand of its one %w (type NULL: none) */
} Printer;

void fmt_clearflags(Printer *p);
/* print a top-level operand (an element of the ...interface{} list) */
void fmt_print_arg(Printer *p, const GoIface *arg, int verb);
void fmt_pad(Printer *p, const void *s, int64_t n);
/* a value at a nesting depth (fmt.c print_value); maps (fmt_map.c) */
void fmt_print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface);
void fmt_print_map(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface);

/* strconv.Quote family (strconv.c): quote s with the given quote character;
 * ascii: escape everything outside ASCII (QuoteToASCII). */
void rt_quote(RtBuf *b, const uint8_t *s, int64_t n, uint8_t quote, bool ascii);
void rt_quote_rune(RtBuf *b, int32_t r, bool ascii);
bool rt_isprint(int32_t r);

#endif
