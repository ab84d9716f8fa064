/*
 * fmt.c: formatting one operand, as Go 1.19's fmt does (print.go, format.go).
 *
 * fmt_print_arg(p, arg, verb) is Go's printArg: nil, %T and %p first; then
 * an operand whose dynamic type has an Error (else String) method is
 * printed through it for the verbs v s x X q (gort.h states the method ABI);
 * everything else goes to print_value, which walks the type descriptor:
 *
 *   bool, integers, floats, strings  -> the fmt_* formatters below
 *   struct   {1 2}, {a:1 b:2} with %+v, main.T{a:1, b:2} with %#v
 *   array, slice  [1 2 3]; []byte with %s %q %x %X prints as bytes
 *   pointer  &{...} for pointers to struct/array/slice at top level only,
 *            0xc000010000 elsewhere, <nil> when nil
 *   interface  the dynamic value, <nil> when nil
 *   map      map[k:v k:v] sorted by key (fmt_map.c)
 *
 * Nested values (depth > 0) get the Error/String treatment again, unless
 * they were reached through an unexported struct field (Go's CanInterface).
 * A verb that does not fit the value prints Go's "%!d(string=hi)".
 *
 * Width and flags: every leaf is padded to the width (with zeros when the
 * 0 flag is set, on the right with '-'); integers turn "0 flag + width" into
 * a precision so the sign stays in front ("-0042").
 */
#include "fmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

void fmt_clearflags(Printer *p)
{
	p->minus = p->plus = p->sharp = p->space = p->zero = false;
	p->plusV = p->sharpV = false;
	p->widPresent = p->precPresent = false;
	p->wid = p->prec = 0;
}

static void put(Printer *p, const void *s, int64_t n) { rt_buf_put(&p->buf, s, n); }
static void puts_(Printer *p, const char *s) { rt_buf_cstr(&p->buf, s); }
static void putc_(Printer *p, int c) { rt_buf_byte(&p->buf, (uint8_t)c); }

static int64_t rune_count(const uint8_t *s, int64_t n)
{
	int64_t c = 0, w;
	GoString g = {s, n};
	for (int64_t i = 0; i < n; i += w, c++)
		gort_decoderune(g, i, &w);
	return c;
}

static void write_padding(Printer *p, int64_t n)
{
	if (n > 0)
		rt_buf_pad(&p->buf, p->zero ? '0' : ' ', n);
}

/* pad: write s, padded to the width by runes */
void fmt_pad(Printer *p, const void *s, int64_t n)
{
	if (!p->widPresent || p->wid == 0) {
		put(p, s, n);
		return;
	}
	int64_t width = p->wid - rune_count(s, n);
	if (!p->minus) {
		write_padding(p, width);
		put(p, s, n);
	} else {
		put(p, s, n);
		write_padding(p, width);
	}
}

static void pad_cstr(Printer *p, const char *s) { fmt_pad(p, s, (int64_t)strlen(s)); }

/* pad with the zero flag off (numbers whose zeros came from the precision) */
static void pad_nozero(Printer *p, const void *s, int64_t n)
{
	bool old = p->zero;
	p->zero = false;
	fmt_pad(p, s, n);
	p->zero = old;
}

/* ---- integers ---- */

static void fmt_integer(Printer *p, uint64_t u, int base, bool isSigned, int verb, const char *digits)
{
	bool negative = isSigned && (int64_t)u < 0;
	if (negative)
		u = -u;
	int64_t prec = 0;
	if (p->precPresent) {
		prec = p->prec;
		if (prec == 0 && u == 0) {
			bool old = p->zero;
			p->zero = false;
			write_padding(p, p->wid);
			p->zero = old;
			return;
		}
	} else if (p->zero && p->widPresent) {
		prec = p->wid;
		if (negative || p->plus || p->space)
			prec--;
	}
	int64_t size = 80 + prec;
	char small[96];
	char *buf = size <= (int64_t)sizeof small ? small : malloc((size_t)size);
	int64_t i = size;
	do {
		buf[--i] = digits[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u > 0);
	while (i > 0 && prec > size - i)
		buf[--i] = '0';
	if (p->sharp) {
		if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		} else if (base == 8) {
			if (buf[i] != '0')
				buf[--i] = '0';
		} else if (base == 16) {
			buf[--i] = digits[16];
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (p->plus)
		buf[--i] = '+';
	else if (p->space)
		buf[--i] = ' ';
	pad_nozero(p, buf + i, size - i);
	if (buf != small)
		free(buf);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x)
{
	bool sharp = p->sharp;
	p->sharp = leading0x;
	fmt_integer(p, v, 16, false, 'v', ldigits);
	p->sharp = sharp;
}

static void fmt_c(Printer *p, uint64_t c)
{
	uint8_t tmp[4];
	int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
	fmt_pad(p, tmp, rt_encoderune(tmp, r));
}

static void fmt_qc(Printer *p, uint64_t c)
{
	RtBuf b = {0};
	rt_quote_rune(&b, c > 0x10FFFF ? 0xFFFD : (int32_t)c, p->plus);
	fmt_pad(p, b.p, b.len);
	rt_buf_free(&b);
}

/* %U: "U+0078", with #: "U+0078 'x'" */
static void fmt_unicode(Printer *p, uint64_t u)
{
	char tmp[64];
	int prec = 4;
	if (p->precPresent && p->prec > 4)
		prec = p->prec > 40 ? 40 : (int)p->prec;
	int n = snprintf(tmp, sizeof tmp, "U+%0*llX", prec, (unsigned long long)u);
	if (p->sharp && u <= 0x10FFFF && rt_isprint((int32_t)u)) {
		tmp[n++] = ' ';
		tmp[n++] = '\'';
		n += rt_encoderune((uint8_t *)tmp + n, (int32_t)u);
		tmp[n++] = '\'';
	}
	pad_nozero(p, tmp, n);
}

static void bad_verb(Printer *p, int verb);

static void print_integer(Printer *p, uint64_t v, bool isSigned, int verb)
{
	switch (verb) {
	case 'v':
		if (p->sharpV && !isSigned)
			fmt_0x64(p, v, true);
		else
			fmt_integer(p, v, 10, isSigned, verb, ldigits);
		break;
	case 'd': fmt_integer(p, v, 10, isSigned, verb, ldigits); break;
	case 'b': fmt_integer(p, v, 2, isSigned, verb, ldigits); break;
	case 'o': case 'O': fmt_integer(p, v, 8, isSigned, verb, ldigits); break;
	case 'x': fmt_integer(p, v, 16, isSigned, verb, ldigits); break;
	case 'X': fmt_integer(p, v, 16, isSigned, verb, udigits); break;
	case 'c': fmt_c(p, v); break;
	case 'q': fmt_qc(p, v); break;
	case 'U': fmt_unicode(p, v); break;
	default: bad_verb(p, verb);
	}
}

/* ---- floats (Go's fmt.fmtFloat) ---- */

static void fmt_float_verb(Printer *p, double v, int size, int verb, int prec)
{
	if (p->precPresent)
		prec = (int)p->prec;
	RtBuf nb = {0};
	rt_buf_byte(&nb, '+');
	rt_format_float(&nb, v, verb, prec, size);
	uint8_t *num = nb.p;
	int64_t n = nb.len;
	if (num[1] == '-' || num[1] == '+') {
		num++;
		n--;
	}
	if (p->space && num[0] == '+' && !p->plus)
		num[0] = ' ';
	if (num[1] == 'I' || num[1] == 'N') {
		bool old = p->zero;
		p->zero = false;
		if (num[1] == 'N' && !p->space && !p->plus) {
			num++;
			n--;
		}
		fmt_pad(p, num, n);
		p->zero = old;
		rt_buf_free(&nb);
		return;
	}
	RtBuf sharpbuf = {0};
	if (p->sharp && verb != 'b') {
		/* # keeps a decimal point and trailing zeros */
		int digits = 0;
		if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
			digits = prec == -1 ? 6 : prec;
		RtBuf tail = {0};
		bool hasDot = false, sawNonzero = false;
		int64_t end = n;
		for (int64_t i = 1; i < n; i++) {
			uint8_t c = num[i];
			if (c == '.') {
				hasDot = true;
			} else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
				rt_buf_put(&tail, num + i, n - i);
				end = i;
				break;
			} else {
				if (c != '0')
					sawNonzero = true;
				if (sawNonzero)
					digits--;
			}
		}
		rt_buf_put(&sharpbuf, num, end);
		if (!hasDot) {
			if (end == 2 && num[1] == '0')
				digits--;
			rt_buf_byte(&sharpbuf, '.');
		}
		while (digits-- > 0)
			rt_buf_byte(&sharpbuf, '0');
		rt_buf_put(&sharpbuf, tail.p, tail.len);
		rt_buf_free(&tail);
		num = sharpbuf.p;
		n = sharpbuf.len;
	}
	if (p->plus || num[0] != '+') {
		if (p->zero && p->widPresent && p->wid > n) {
			putc_(p, num[0]);
			write_padding(p, p->wid - n);
			put(p, num + 1, n - 1);
		} else {
			fmt_pad(p, num, n);
		}
	} else {
		fmt_pad(p, num + 1, n - 1);
	}
	rt_buf_free(&nb);
	rt_buf_free(&sharpbuf);
}

static void print_float(Printer *p, double v, int size, int verb)
{
	switch (verb) {
	case 'v': fmt_float_verb(p, v, size, 'g', -1); break;
	case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_verb(p, v, size, verb, -1); break;
	case 'f': case 'e': case 'E': fmt_float_verb(p, v, size, verb, 6); break;
	case 'F': fmt_float_verb(p, v, size, 'f', 6); break;
	default: bad_verb(p, verb);
	}
}

/* ---- strings and bytes ---- */

/* %s and %q: the byte length of s[:n]'s first p->prec runes (all of n
 * without a precision) */
static int64_t truncate_to_prec(Printer *p, const uint8_t *s, int64_t n)
{
	if (!p->precPresent)
		return n;
	GoString g = {s, n};
	int64_t i = 0, w, k = 0;
	for (; i < n && k < p->prec; i += w, k++)
		gort_decoderune(g, i, &w);
	return i;
}

/* %s: truncate to the precision (in runes), then pad */
static void fmt_s(Printer *p, const uint8_t *s, int64_t n)
{
	n = truncate_to_prec(p, s, n);
	fmt_pad(p, s, n);
}

/* %x %X of a string or byte slice, with the space and # flags */
static void fmt_sbx(Printer *p, const uint8_t *s, int64_t n, const char *digits)
{
	int64_t length = n;
	if (p->precPresent && p->prec < length)
		length = p->prec;
	int64_t width = 2 * length;
	if (width > 0) {
		if (p->space) {
			if (p->sharp)
				width *= 2;
			width += length - 1;
		} else if (p->sharp) {
			width += 2;
		}
	} else {
		if (p->widPresent)
			write_padding(p, p->wid);
		return;
	}
	if (p->widPresent && p->wid > width && !p->minus)
		write_padding(p, p->wid - width);
	if (p->sharp && !p->space) {
		putc_(p, '0');
		putc_(p, digits[16]);
	}
	for (int64_t i = 0; i < length; i++) {
		if (p->space) {
			if (i > 0)
				putc_(p, ' ');
			if (p->sharp) {
				putc_(p, '0');
				putc_(p, digits[16]);
			}
		}
		putc_(p, digits[s[i] >> 4]);
		putc_(p, digits[s[i] & 0xF]);
	}
	if (p->widPresent && p->wid > width && p->minus)
		write_padding(p, p->wid - width);
}

static bool can_backquote(const uint8_t *s, int64_t n)
{
	GoString g = {s, n};
	int64_t w;
	for (int64_t i = 0; i < n; i += w) {
		int32_t r = gort_decoderune(g, i, &w);
		if (w > 1) {
			if (r == 0xFEFF)
				return false;
			continue;
		}
		if (r == 0xFFFD)
			return false;
		if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
			return false;
	}
	return true;
}

static void fmt_q(Printer *p, const uint8_t *s, int64_t n)
{
	n = truncate_to_prec(p, s, n);
	RtBuf b = {0};
	if (p->sharp && can_backquote(s, n)) {
		rt_buf_byte(&b, '`');
		rt_buf_put(&b, s, n);
		rt_buf_byte(&b, '`');
	} else {
		rt_quote(&b, s, n, '"', p->plus);
	}
	fmt_pad(p, b.p, b.len);
	rt_buf_free(&b);
}

static void print_string(Printer *p, GoString s, int verb)
{
	switch (verb) {
	case 'v':
		if (p->sharpV)
			fmt_q(p, s.ptr, s.len);
		else
			fmt_s(p, s.ptr, s.len);
		break;
	case 's': fmt_s(p, s.ptr, s.len); break;
	case 'x': fmt_sbx(p, s.ptr, s.len, ldigits); break;
	case 'X': fmt_sbx(p, s.ptr, s.len, udigits); break;
	case 'q': fmt_q(p, s.ptr, s.len); break;
	default: bad_verb(p, verb);
	}
}

static void print_bool(Printer *p, bool v, int verb)
{
	if (verb == 't' || verb == 'v')
		pad_cstr(p, v ? "true" : "false");
	else
		bad_verb(p, verb);
}

/* ---- pointers ---- */

static void print_pointer(Printer *p, const GoType *t, uint64_t u, int verb)
{
	switch (verb) {
	case 'v':
		if (p->sharpV) {
			putc_(p, '(');
			puts_(p, t->name);
			puts_(p, ")(");
			if (u == 0)
				puts_(p, "nil");
			else
				fmt_0x64(p, u, true);
			putc_(p, ')');
		} else if (u == 0) {
			pad_cstr(p, "<nil>");
		} else {
			fmt_0x64(p, u, !p->sharp);
		}
		break;
	case 'p': fmt_0x64(p, u, !p->sharp); break;
	case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(p, u, false, verb); break;
	default: bad_verb(p, verb);
	}
}

/* ---- values by type ---- */

static uint64_t load_uint(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const uint8_t *)v;
	case 2: return *(const uint16_t *)v;
	case 4: return *(const uint32_t *)v;
	default: return *(const uint64_t *)v;
	}
}

static int64_t load_int(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const int8_t *)v;
	case 2: return *(const int16_t *)v;
	case 4: return *(const int32_t *)v;
	default: return *(const int64_t *)v;
	}
}

static bool is_signed_kind(int64_t k) { return k >= GOK_INT && k <= GOK_INT64; }
static bool is_unsigned_kind(int64_t k) { return k >= GOK_UINT && k <= GOK_UINTPTR; }

/* Print through an Error or String method when the type has one and the verb
 * asks for a string.  Returns true when handled. */
static bool handle_methods(Printer *p, const GoType *t, const void *v, int verb)
{
	if (p->erroring || p->sharpV)
		return false;
	if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
		return false;
	/* error and fmt.Stringer: the name and the signature (String() int is
	 * no Stringer) */
	const GoMethod *m = gort_has_method(t, "Error", "func() string") ? rt_find_method(t, "Error") : NULL;
	if (!m && gort_has_method(t, "String", "func() string"))
		m = rt_find_method(t, "String");
	if (!m)
		return false;
	void *data = rt_is_direct(t) ? *(void *const *)v : (void *)v;
	/* Go's catchPanic: a panicking method prints <nil> for a nil pointer
	 * receiver, else %!v(PANIC=String method: ...) */
	Printer saved = *p;
	RtCatch c = {.prev = rt_catch_top};
	rt_catch_top = &c;
	if (sigsetjmp(c.jb, 0) == 0) { /* 0: no sigprocmask syscall per call */
		GoString s = ((GoString(*)(void *))m->fn)(data);
		rt_catch_top = c.prev;
		print_string(p, s, verb);
		return true;
	}
	/* a panic unwound to here (rt_catch_top is already popped); p->buf may
	 * have been reallocated by nested printing, keep the current one */
	rt_stack_unwind((uintptr_t)__builtin_frame_address(0)); /* segments the jump left (stack.c) */
	RtBuf buf = p->buf;
	*p = saved;
	p->buf = buf;
	if (t->kind == GOK_PTR && data == NULL) {
		fmt_s(p, (const uint8_t *)"<nil>", 5);
		return true;
	}
	if (p->panicking) {
		gort_panic(c.value);
	}
	Printer flags = *p;
	fmt_clearflags(p);
	uint8_t vb[4];
	puts_(p, "%!");
	put(p, vb, rt_encoderune(vb, verb));
	puts_(p, "(PANIC=");
	puts_(p, m->name);
	puts_(p, " method: ");
	p->panicking = true;
	fmt_print_arg(p, &c.value, 'v');
	p->panicking = false;
	putc_(p, ')');
	flags.buf = p->buf;
	*p = flags;
	return true;
}

static void print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface);

/* []byte / [N]byte with %s %q %x %X (Go's fmtBytes) */
static void print_bytes(Printer *p, const uint8_t *s, int64_t n, int verb)
{
	switch (verb) {
	case 's': fmt_s(p, s, n); break;
	case 'x': fmt_sbx(p, s, n, ldigits); break;
	case 'X': fmt_sbx(p, s, n, udigits); break;
	case 'q': fmt_q(p, s, n); break;
	}
}

static void print_elems(Printer *p, const GoType *t, const GoType *et, const uint8_t *base, int64_t n,
                        int verb, int depth, bool canIface)
{
	if (p->sharpV) {
		/* printArg's fast path for a top-level []byte names it "[]byte" */
		bool bytes = depth == 0 && t->kind == GOK_SLICE && strcmp(t->name, "[]uint8") == 0;
		puts_(p, bytes ? "[]byte" : t->name);
		putc_(p, '{');
		for (int64_t i = 0; i < n; i++) {
			if (i > 0)
				puts_(p, ", ");
			print_value(p, et, base + i * et->size, verb, depth + 1, canIface);
		}
		putc_(p, '}');
		return;
	}
	putc_(p, '[');
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			putc_(p, ' ');
		print_value(p, et, base + i * et->size, verb, depth + 1, canIface);
	}
	putc_(p, ']');
}

static bool exported(const char *name)
{
	unsigned char c = (unsigned char)name[0];
	return c >= 'A' && c <= 'Z'; /* ASCII identifiers only in the subset */
}

static void print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface)
{
	if (depth > 0 && t && canIface && t->kind != GOK_INTERFACE) {
		/* (an interface-typed element: its dynamic value's methods, below) */
		p->argType = t;
		p->argPtr = v;
		p->argIsTop = false;
		if (handle_methods(p, t, v, verb))
			return;
	}
	p->argType = t;
	p->argPtr = v;
	p->argIsTop = false;
	if (!t) {
		if (depth == 0)
			pad_cstr(p, "<invalid reflect.Value>");
		else if (verb == 'v')
			pad_cstr(p, "<nil>");
		else
			bad_verb(p, verb);
		return;
	}
	int64_t k = t->kind;
	if (k == GOK_BOOL) {
		print_bool(p, *(const uint8_t *)v != 0, verb);
	} else if (is_signed_kind(k)) {
		print_integer(p, (uint64_t)load_int(t, v), true, verb);
	} else if (is_unsigned_kind(k)) {
		print_integer(p, load_uint(t, v), false, verb);
	} else if (k == GOK_FLOAT32) {
		print_float(p, *(const float *)v, 32, verb);
	} else if (k == GOK_FLOAT64) {
		print_float(p, *(const double *)v, 64, verb);
	} else if (k == GOK_STRING) {
		print_string(p, *(const GoString *)v, verb);
	} else if (k == GOK_STRUCT) {
		if (p->sharpV)
			puts_(p, t->name);
		putc_(p, '{');
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			if (i > 0)
				puts_(p, p->sharpV ? ", " : " ");
			if (p->plusV || p->sharpV) {
				puts_(p, f->name);
				putc_(p, ':');
			}
			const GoType *ft = f->type;
			const void *fv = (const uint8_t *)v + f->offset;
			bool ci = canIface && exported(f->name);
			if (ft->kind == GOK_INTERFACE && ((const GoIface *)fv)->type) {
				const GoIface *in = fv;
				print_value(p, in->type, rt_iface_ptr(in), verb, depth + 1, ci);
			} else {
				print_value(p, ft, fv, verb, depth + 1, ci);
			}
		}
		putc_(p, '}');
	} else if (k == GOK_INTERFACE) {
		const GoIface *in = v;
		if (!in->type) {
			if (p->sharpV) {
				puts_(p, t->name);
				puts_(p, "(nil)");
			} else {
				puts_(p, "<nil>"); /* unpadded, whatever the verb (Go does the same) */
			}
		} else {
			print_value(p, in->type, rt_iface_ptr(in), verb, depth + 1, canIface);
		}
	} else if (k == GOK_ARRAY || k == GOK_SLICE) {
		const uint8_t *base = k == GOK_ARRAY ? v : ((const GoSlice *)v)->ptr;
		int64_t n = k == GOK_ARRAY ? t->len : ((const GoSlice *)v)->len;
		if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == GOK_UINT8) {
			print_bytes(p, base, n, verb);
			return;
		}
		if (p->sharpV && k == GOK_SLICE && base == NULL) {
			puts_(p, depth == 0 && strcmp(t->name, "[]uint8") == 0 ? "[]byte" : t->name);
			puts_(p, "(nil)");
			return;
		}
		print_elems(p, t, t->elem, base, n, verb, depth, canIface);
	} else if (k == GOK_MAP && t->key) {
		fmt_print_map(p, t, v, verb, depth, canIface); /* fmt_map.c */
	} else if (k == GOK_PTR || k == GOK_CHAN || k == GOK_FUNC || k == GOK_UNSAFEPTR || k == GOK_MAP) {
		void *ptr = *(void *const *)v;
		if (k == GOK_PTR && depth == 0 && ptr && t->elem) {
			int64_t ek = t->elem->kind;
			if (ek == GOK_ARRAY || ek == GOK_SLICE || ek == GOK_STRUCT || ek == GOK_MAP) {
				putc_(p, '&');
				print_value(p, t->elem, ptr, verb, depth + 1, canIface);
				return;
			}
		}
		print_pointer(p, t, (uint64_t)(uintptr_t)ptr, verb);
	} else {
		puts_(p, "?");
	}
}

void fmt_print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool canIface)
{
	print_value(p, t, v, verb, depth, canIface);
}

/* %!verb(type=value): the operand printed with %v, methods off */
static void bad_verb(Printer *p, int verb)
{
	p->erroring = true;
	const GoType *t = p->argType;
	const void *v = p->argPtr;
	uint8_t vb[4];
	puts_(p, "%!");
	put(p, vb, rt_encoderune(vb, verb));
	putc_(p, '(');
	if (t) {
		puts_(p, t->name);
		putc_(p, '=');
		print_value(p, t, v, 'v', 0, false);
	} else {
		puts_(p, "<nil>");
	}
	putc_(p, ')');
	p->erroring = false;
}

void fmt_print_arg(Printer *p, const GoIface *arg, int verb)
{
	const GoType *t = arg->type;
	p->argType = t;
	p->argPtr = t ? rt_iface_ptr(arg) : NULL;
	p->argIsTop = true;
	if (!t) {
		if (verb == 'T' || verb == 'v')
			pad_cstr(p, "<nil>");
		else
			bad_verb(p, verb);
		return;
	}
	if (verb == 'T') {
		fmt_s(p, (const uint8_t *)t->name, (int64_t)strlen(t->name));
		return;
	}
	const void *v = rt_iface_ptr(arg);
	if (verb == 'w') {
		/* Errorf's %w: an error operand prints as %v, anything else is a bad verb */
		if (!p->wrapErrs || !rt_find_method(t, "Error") || p->wrappedErr.type) {
			/* Go 1.19: one %w per format; a second one voids the first */
			p->wrappedErr = (GoIface){NULL, NULL};
			p->wrapErrs = false;
			bad_verb(p, verb);
			return;
		}
		p->wrappedErr = *arg;
		verb = 'v';
	}
	if (verb == 'p') {
		int64_t k = t->kind;
		if (k == GOK_SLICE)
			print_pointer(p, t, (uint64_t)(uintptr_t)((const GoSlice *)v)->ptr, 'p');
		else if (rt_is_direct(t))
			print_pointer(p, t, (uint64_t)(uintptr_t)arg->data, 'p');
		else
			bad_verb(p, verb);
		return;
	}
	if (handle_methods(p, t, v, verb))
		return;
	print_value(p, t, v, verb, 0, true);
}
