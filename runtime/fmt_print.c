/*
 * fmt_print.c: fmt.Print/Println/Printf and their S- and F- forms, and
 * fmt.Errorf / errors.New.
 *
 * Each entry point builds the whole text in a Printer (fmt.h) and then
 * either writes it with one rt_write (Print*, Fprint*: Go also issues one
 * write per call) or copies it into a gort_alloc'd string (Sprint*).
 *
 * do_printf follows Go's doPrintf state machine: flags [#0+- ], an optional
 * argument index [n], width (digits or *), precision (.digits or .*), the
 * verb.  Errors print inline as Go does: %!d(MISSING), %!(NOVERB),
 * %!(BADWIDTH), %!(BADPREC), %!v(BADINDEX), and unused operands are listed
 * at the end as %!(EXTRA type=value, ...).
 * do_print puts spaces between operands when neither side is a string;
 * do_println always does, and ends with a newline.
 */
#include "fmt.h"

#include <string.h>

/* ---- the format loop ---- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* parse a decimal number in s[start:end): returns the new index */
static int64_t parsenum(const uint8_t *s, int64_t start, int64_t end, int64_t *num, bool *isnum)
{
	*num = 0;
	*isnum = false;
	int64_t i = start;
	for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
		if (too_large(*num)) {
			*num = 0;
			*isnum = false;
			return end;
		}
		*num = *num * 10 + (s[i] - '0');
		*isnum = true;
	}
	return i;
}

typedef struct Loop {
	const uint8_t *f;
	int64_t end;
	const GoIface *a;
	int64_t na;
	int64_t argNum;
	bool reordered, goodArgNum, afterIndex;
} Loop;

/* [n] argument index at f[*i] */
static void arg_number(Loop *L, int64_t *i)
{
	L->afterIndex = false;
	if (*i >= L->end || L->f[*i] != '[')
		return;
	L->reordered = true;
	const uint8_t *s = L->f + *i;
	int64_t len = L->end - *i;
	int64_t index = 0, wid = 1;
	bool ok = false;
	if (len >= 3) {
		for (int64_t k = 1; k < len; k++) {
			if (s[k] == ']') {
				int64_t num;
				bool isnum;
				int64_t ni = parsenum(s, 1, k, &num, &isnum);
				wid = k + 1;
				if (isnum && ni == k) {
					index = num - 1;
					ok = true;
				}
				break;
			}
		}
	}
	if (ok && index >= 0 && index < L->na) {
		L->argNum = index;
		*i += wid;
		L->afterIndex = true;
		return;
	}
	L->goodArgNum = false;
	*i += wid;
	L->afterIndex = ok;
}

/* an int operand for * width or precision */
static bool int_from_arg(Loop *L, int64_t *num)
{
	*num = 0;
	bool isInt = false;
	if (L->argNum < L->na) {
		const GoIface *a = &L->a[L->argNum];
		if (a->type) {
			const void *v = rt_iface_ptr(a);
			int64_t k = a->type->kind;
			if (k >= GOK_INT && k <= GOK_INT64) {
				switch (a->type->size) {
				case 1: *num = *(const int8_t *)v; break;
				case 2: *num = *(const int16_t *)v; break;
				case 4: *num = *(const int32_t *)v; break;
				default: *num = *(const int64_t *)v; break;
				}
				isInt = true;
			} else if (k >= GOK_UINT && k <= GOK_UINTPTR) {
				uint64_t u;
				switch (a->type->size) {
				case 1: u = *(const uint8_t *)v; break;
				case 2: u = *(const uint16_t *)v; break;
				case 4: u = *(const uint32_t *)v; break;
				default: u = *(const uint64_t *)v; break;
				}
				if ((int64_t)u >= 0) {
					*num = (int64_t)u;
					isInt = true;
				}
			}
		}
		L->argNum++;
		if (too_large(*num)) {
			*num = 0;
			isInt = false;
		}
	}
	return isInt;
}

static void do_printf(Printer *p, GoString format, GoSlice args)
{
	Loop L = {format.ptr, format.len, args.ptr, args.len, 0, false, true, false};
	const uint8_t *f = format.ptr;
	int64_t end = format.len;
	for (int64_t i = 0; i < end;) {
		L.goodArgNum = true;
		int64_t lasti = i;
		while (i < end && f[i] != '%')
			i++;
		if (i > lasti)
			rt_buf_put(&p->buf, f + lasti, i - lasti);
		if (i >= end)
			break;
		i++; /* skip % */
		fmt_clearflags(p);
		bool simple = false;
		for (; i < end; i++) {
			uint8_t c = f[i];
			if (c == '#') {
				p->sharp = true;
			} else if (c == '0') {
				p->zero = !p->minus;
			} else if (c == '+') {
				p->plus = true;
			} else if (c == '-') {
				p->minus = true;
				p->zero = false;
			} else if (c == ' ') {
				p->space = true;
			} else {
				if (c >= 'a' && c <= 'z' && L.argNum < L.na) {
					if (c == 'v') {
						p->sharpV = p->sharp;
						p->sharp = false;
						p->plusV = p->plus;
						p->plus = false;
					}
					fmt_print_arg(p, &L.a[L.argNum], c);
					L.argNum++;
					i++;
					simple = true;
				}
				break;
			}
		}
		if (simple)
			continue;

		arg_number(&L, &i);
		/* width */
		if (i < end && f[i] == '*') {
			i++;
			p->widPresent = int_from_arg(&L, &p->wid);
			if (!p->widPresent)
				rt_buf_cstr(&p->buf, "%!(BADWIDTH)");
			if (p->wid < 0) {
				p->wid = -p->wid;
				p->minus = true;
				p->zero = false;
			}
			L.afterIndex = false;
		} else {
			i = parsenum(f, i, end, &p->wid, &p->widPresent);
			if (L.afterIndex && p->widPresent)
				L.goodArgNum = false;
		}
		/* precision */
		if (i + 1 < end && f[i] == '.') {
			i++;
			if (L.afterIndex)
				L.goodArgNum = false;
			arg_number(&L, &i);
			if (i < end && f[i] == '*') {
				i++;
				p->precPresent = int_from_arg(&L, &p->prec);
				if (p->prec < 0) {
					p->prec = 0;
					p->precPresent = false;
				}
				if (!p->precPresent)
					rt_buf_cstr(&p->buf, "%!(BADPREC)");
				L.afterIndex = false;
			} else {
				i = parsenum(f, i, end, &p->prec, &p->precPresent);
				if (!p->precPresent) {
					p->prec = 0;
					p->precPresent = true;
				}
			}
		}
		if (!L.afterIndex)
			arg_number(&L, &i);
		if (i >= end) {
			rt_buf_cstr(&p->buf, "%!(NOVERB)");
			break;
		}
		int64_t size = 1;
		int32_t verb = f[i];
		if (verb >= 0x80)
			verb = gort_decoderune(format, i, &size);
		i += size;

		uint8_t vb[4];
		if (verb == '%') {
			rt_buf_byte(&p->buf, '%');
		} else if (!L.goodArgNum) {
			rt_buf_cstr(&p->buf, "%!");
			rt_buf_put(&p->buf, vb, rt_encoderune(vb, verb));
			rt_buf_cstr(&p->buf, "(BADINDEX)");
		} else if (L.argNum >= L.na) {
			rt_buf_cstr(&p->buf, "%!");
			rt_buf_put(&p->buf, vb, rt_encoderune(vb, verb));
			rt_buf_cstr(&p->buf, "(MISSING)");
		} else {
			if (verb == 'v') {
				p->sharpV = p->sharp;
				p->sharp = false;
				p->plusV = p->plus;
				p->plus = false;
			}
			fmt_print_arg(p, &L.a[L.argNum], verb);
			L.argNum++;
		}
	}
	if (!L.reordered && L.argNum < L.na) {
		fmt_clearflags(p);
		rt_buf_cstr(&p->buf, "%!(EXTRA ");
		for (int64_t k = L.argNum; k < L.na; k++) {
			if (k > L.argNum)
				rt_buf_cstr(&p->buf, ", ");
			if (!L.a[k].type) {
				rt_buf_cstr(&p->buf, "<nil>");
			} else {
				rt_buf_cstr(&p->buf, L.a[k].type->name);
				rt_buf_byte(&p->buf, '=');
				fmt_print_arg(p, &L.a[k], 'v');
			}
		}
		rt_buf_byte(&p->buf, ')');
	}
}

static void do_print(Printer *p, GoSlice args)
{
	const GoIface *a = args.ptr;
	bool prevString = false;
	for (int64_t i = 0; i < args.len; i++) {
		bool isString = a[i].type && a[i].type->kind == GOK_STRING;
		if (i > 0 && !isString && !prevString)
			rt_buf_byte(&p->buf, ' ');
		fmt_clearflags(p);
		fmt_print_arg(p, &a[i], 'v');
		prevString = isString;
	}
}

static void do_println(Printer *p, GoSlice args)
{
	const GoIface *a = args.ptr;
	for (int64_t i = 0; i < args.len; i++) {
		if (i > 0)
			rt_buf_byte(&p->buf, ' ');
		fmt_clearflags(p);
		fmt_print_arg(p, &a[i], 'v');
	}
	rt_buf_byte(&p->buf, '\n');
}

/* ---- output ---- */

/* One spare text buffer is recycled between calls, so a Println costs no
 * malloc once warmed up (nested calls, from String methods, take fresh ones). */
static RtBuf spare;

static void printer_init(Printer *p)
{
	p->buf = spare;
	p->buf.len = 0;
	spare = (RtBuf){0};
}

static void printer_done(Printer *p)
{
	if (spare.p == NULL && p->buf.cap <= 64 * 1024) {
		spare = p->buf;
		p->buf = (RtBuf){0};
	} else {
		rt_buf_free(&p->buf);
	}
}

static GoIntError emit(Printer *p, int fd)
{
	rt_write(fd, p->buf.p, p->buf.len);
	GoIntError r = {p->buf.len, {NULL, NULL}};
	printer_done(p);
	return r;
}

/* fmt.Fprint*: os.Stdout/os.Stderr by address, else the writer's Write method */
static GoIntError emit_to(Printer *p, GoIface w)
{
	if (w.data == gort_os_Stdout)
		return emit(p, 1);
	if (w.data == gort_os_Stderr)
		return emit(p, 2);
	if (w.type && w.data && strcmp(w.type->name, "*os.File") == 0)
		return emit(p, (int)*(int64_t *)w.data); /* os.File is struct { fd int } */
	const GoMethod *m = rt_find_method(w.type, "Write");
	if (!m) {
		printer_done(p);
		rt_panic_runtime("invalid memory address or nil pointer dereference");
	}
	/* the writer may keep the slice: hand it heap memory */
	GoString s = rt_buf_gostring(&p->buf);
	printer_done(p);
	GoSlice b = {(void *)s.ptr, s.len, s.len};
	return ((GoIntError(*)(void *, GoSlice))m->fn)(w.data, b);
}

static GoString to_string(Printer *p)
{
	GoString s = rt_buf_gostring(&p->buf);
	printer_done(p);
	return s;
}

GoIntError gort_fmt_Println(GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_println(&p, args);
	return emit(&p, 1);
}

GoIntError gort_fmt_Print(GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_print(&p, args);
	return emit(&p, 1);
}

GoIntError gort_fmt_Printf(GoString format, GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_printf(&p, format, args);
	return emit(&p, 1);
}

GoString gort_fmt_Sprintf(GoString format, GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_printf(&p, format, args);
	return to_string(&p);
}

GoString gort_fmt_Sprint(GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_print(&p, args);
	return to_string(&p);
}

GoString gort_fmt_Sprintln(GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_println(&p, args);
	return to_string(&p);
}

GoIntError gort_fmt_Fprintln(GoIface w, GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_println(&p, args);
	return emit_to(&p, w);
}

GoIntError gort_fmt_Fprintf(GoIface w, GoString format, GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_printf(&p, format, args);
	return emit_to(&p, w);
}

GoIntError gort_fmt_Fprint(GoIface w, GoSlice args)
{
	Printer p = {0};
	printer_init(&p);
	do_print(&p, args);
	return emit_to(&p, w);
}

/* ---- fmt.Errorf: an *errors.errorString (errors.c), or a *fmt.wrapError ---- */

static const uint8_t string_ptrmask[] = {1};
static const GoType type_string = {
	.size = sizeof(GoString), .kind = GOK_STRING, .name = "string", .ptrmask = string_ptrmask,
};
static const uint8_t ptr_ptrmask[] = {1};

/* Errorf with a %w operand: a *fmt.wrapError{msg, err} whose Unwrap gives
 * err back (errors.Is/As/Unwrap follow it) */
typedef struct WrapError {
	GoString msg;
	GoIface err;
} WrapError;
static GoString wrapError_Error(WrapError *w) { return w->msg; }
static GoIface wrapError_Unwrap(WrapError *w) { return w->err; }
static const GoMethod wrapError_methods[] = {{"Error", (void *)wrapError_Error},
                                             {"Unwrap", (void *)wrapError_Unwrap}};
static const GoType type_error_iface = {.size = 16, .kind = GOK_INTERFACE, .name = "error"};
static const GoField wrapError_fields[] = {{"msg", &type_string, 0, 0}, {"err", &type_error_iface, 16, 0}};
static const uint8_t wrapError_ptrmask[] = {0xF};
static const GoType type_wrapError = {
	.size = sizeof(WrapError), .kind = GOK_STRUCT, .name = "fmt.wrapError",
	.nfields = 2, .fields = wrapError_fields, .ptrmask = wrapError_ptrmask,
};
static const GoType type_wrapError_ptr = {
	.size = 8, .kind = GOK_PTR, .name = "*fmt.wrapError", .elem = &type_wrapError,
	.nmethods = 2, .methods = wrapError_methods, .ptrmask = ptr_ptrmask,
};

GoIface gort_fmt_Errorf(GoString format, GoSlice args)
{
	Printer p = {.wrapErrs = true};
	printer_init(&p);
	do_printf(&p, format, args);
	GoIface wrapped = p.wrappedErr;
	GoString text = to_string(&p);
	if (!wrapped.type)
		return gort_errors_New(text);
	WrapError *w = gort_alloc(sizeof *w, &type_wrapError);
	w->msg = text;
	w->err = wrapped;
	return (GoIface){&type_wrapError_ptr, w};
}
