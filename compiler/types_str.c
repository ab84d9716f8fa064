/*
 * types_str.c: types as text, in the two spellings gofront must match byte
 * for byte: types2's (type-checking errors: "interface{}", "struct{x int}")
 * and gc's fmt (-m lines and runtime type names: "interface {}",
 * "struct { x int }").
 *
 * types_str(t, qualify) prints gc's spelling; qualify adds "main." to the
 * program's named types ("main.T"), as the runtime's %T and descriptor names
 * want (std types always carry their package: "os.File").  types_str2(t)
 * prints types2's.  Both return a fresh string.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "types.h"

/* types2 (error messages) and gc's fmt (-m) differ only in a few spaces:
 * "interface{}" vs "interface {}", "struct{x int}" vs "struct { x int }". */
static bool style_types2;

/* byte and rune are the same types as uint8 and int32 (canonical types keep
 * no spelling).  gc's -m output shows the spelling of the source, which in
 * practice is byte and rune ([]byte(s), make([]byte, n), []rune(s)); so the
 * unqualified gc-style printing says byte/rune, while qualified names (the
 * runtime's %T names) and types2-style messages say uint8/int32. */
static bool byte_rune_names;

static void type_str(StrBuf *b, Type *t, bool q);

static void sig_str(StrBuf *b, Type *t, bool q)
{
	strbuf_put(b, "(");
	for (int i = 0; i < t->fields.len; i++) {
		if (i)
			strbuf_put(b, ", ");
		Type *pt = t->fields.v[i].type;
		if (t->variadic && i == t->fields.len - 1 && pt && pt->kind == TY_SLICE) {
			strbuf_put(b, "...");
			pt = pt->elem;
		}
		type_str(b, pt, q);
	}
	strbuf_put(b, ")");
	if (t->results.len == 1 && !t->results.v[0].name) {
		strbuf_put(b, " ");
		type_str(b, t->results.v[0].type, q);
	} else if (t->results.len > 0) {
		strbuf_put(b, " (");
		for (int i = 0; i < t->results.len; i++) {
			if (i)
				strbuf_put(b, ", ");
			if (t->results.v[i].name && style_types2) {
				strbuf_put(b, t->results.v[i].name);
				strbuf_put(b, " ");
			}
			type_str(b, t->results.v[i].type, q);
		}
		strbuf_put(b, ")");
	}
}

static int str_depth; /* recursive unnamed interfaces print as "..." below 32 levels */

static void type_str1(StrBuf *b, Type *t, bool q);

static void type_str(StrBuf *b, Type *t, bool q)
{
	if (str_depth > 32) {
		strbuf_put(b, "...");
		return;
	}
	str_depth++;
	type_str1(b, t, q);
	str_depth--;
}

static void type_str1(StrBuf *b, Type *t, bool q)
{
	char tmp[64];
	if (!t) {
		strbuf_put(b, "<nil>");
		return;
	}
	if (t->sym) {
		if (t->pkg) {
			strbuf_put(b, t->pkg);
			strbuf_put(b, ".");
		} else if (q && t != ty_error) {
			strbuf_put(b, "main.");
		}
		strbuf_put(b, t->sym->name);
		return;
	}
	switch (t->kind) {
	case TY_BAD:
		strbuf_put(b, "invalid type");
		return;
	case TY_BOOL:
		strbuf_put(b, "bool");
		return;
	case TY_INT:
		strbuf_put(b, "int");
		return;
	case TY_INT8:
		strbuf_put(b, "int8");
		return;
	case TY_INT16:
		strbuf_put(b, "int16");
		return;
	case TY_INT32:
		strbuf_put(b, byte_rune_names ? "rune" : "int32");
		return;
	case TY_INT64:
		strbuf_put(b, "int64");
		return;
	case TY_UINT:
		strbuf_put(b, "uint");
		return;
	case TY_UINT8:
		strbuf_put(b, byte_rune_names ? "byte" : "uint8");
		return;
	case TY_UINT16:
		strbuf_put(b, "uint16");
		return;
	case TY_UINT32:
		strbuf_put(b, "uint32");
		return;
	case TY_UINT64:
		strbuf_put(b, "uint64");
		return;
	case TY_UINTPTR:
		strbuf_put(b, "uintptr");
		return;
	case TY_FLOAT32:
		strbuf_put(b, "float32");
		return;
	case TY_FLOAT64:
		strbuf_put(b, "float64");
		return;
	case TY_COMPLEX64:
		strbuf_put(b, "complex64");
		return;
	case TY_COMPLEX128:
		strbuf_put(b, "complex128");
		return;
	case TY_STRING:
		strbuf_put(b, "string");
		return;
	case TY_UNSAFEPTR:
		strbuf_put(b, "unsafe.Pointer");
		return;
	case TY_NIL:
		strbuf_put(b, "untyped nil");
		return;
	case TY_UNTYPED_BOOL:
		strbuf_put(b, "untyped bool");
		return;
	case TY_UNTYPED_INT:
		strbuf_put(b, "untyped int");
		return;
	case TY_UNTYPED_RUNE:
		strbuf_put(b, "untyped rune");
		return;
	case TY_UNTYPED_FLOAT:
		strbuf_put(b, "untyped float");
		return;
	case TY_UNTYPED_STRING:
		strbuf_put(b, "untyped string");
		return;
	case TY_PTR:
		strbuf_put(b, "*");
		type_str(b, t->elem, q);
		return;
	case TY_SLICE:
		strbuf_put(b, "[]");
		type_str(b, t->elem, q);
		return;
	case TY_ARRAY:
		snprintf(tmp, sizeof tmp, "[%ld]", t->len);
		strbuf_put(b, tmp);
		type_str(b, t->elem, q);
		return;
	case TY_MAP:
		strbuf_put(b, "map[");
		type_str(b, t->key, q);
		strbuf_put(b, "]");
		type_str(b, t->elem, q);
		return;
	case TY_CHAN:
		strbuf_put(b, t->chan_dir == 2   ? "<-chan "
		              : t->chan_dir == 1 ? "chan<- "
		                                 : "chan ");
		if (t->chan_dir == 0 && t->elem && t->elem->kind == TY_CHAN && !t->elem->sym &&
		    t->elem->chan_dir == 2) {
			strbuf_put(b, "(");
			type_str(b, t->elem, q);
			strbuf_put(b, ")");
		} else
			type_str(b, t->elem, q);
		return;
	case TY_FUNC:
		strbuf_put(b, "func");
		sig_str(b, t, q);
		return;
	case TY_STRUCT:
		if (t->fields.len == 0) {
			strbuf_put(b, style_types2 ? "struct{}" : "struct {}");
			return;
		}
		strbuf_put(b, style_types2 ? "struct{" : "struct { ");
		for (int i = 0; i < t->fields.len; i++) {
			if (i)
				strbuf_put(b, "; ");
			Field *f = &t->fields.v[i];
			if (!f->embedded) {
				strbuf_put(b, f->name ? f->name : "_");
				strbuf_put(b, " ");
			}
			type_str(b, f->type, q);
		}
		strbuf_put(b, style_types2 ? "}" : " }");
		return;
	case TY_INTERFACE:
		if (t->methods.len == 0) {
			strbuf_put(b, style_types2 ? "interface{}" : "interface {}");
			return;
		}
		strbuf_put(b, style_types2 ? "interface{" : "interface { ");
		for (int i = 0; i < t->methods.len; i++) {
			if (i)
				strbuf_put(b, "; ");
			strbuf_put(b, t->methods.v[i].name);
			sig_str(b, t->methods.v[i].type, q);
		}
		strbuf_put(b, style_types2 ? "}" : " }");
		return;
	case TY_TUPLE:
		strbuf_put(b, "(");
		for (int i = 0; i < t->fields.len; i++) {
			if (i)
				strbuf_put(b, ", ");
			type_str(b, t->fields.v[i].type, q);
		}
		strbuf_put(b, ")");
		return;
	default:
		strbuf_put(b, "?");
		return;
	}
}

const char *types_str(Type *t, bool qualify)
{
	StrBuf b = {0};
	style_types2 = false;
	byte_rune_names = !qualify;
	type_str(&b, t, qualify);
	byte_rune_names = false;
	return b.s ? b.s : "";
}

const char *types_str2(Type *t)
{
	StrBuf b = {0};
	style_types2 = true;
	type_str(&b, t, false);
	style_types2 = false;
	return b.s ? b.s : "";
}
