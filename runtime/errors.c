/*
 * errors.c: errors.New, errors.Unwrap and errors.As (errors.Is is
 * strings.c's).
 *
 * The Unwrap chain is followed through the dynamic type's method table:
 * a method named "Unwrap" is called as GoIface (*)(void *data), as fmt
 * calls Error (gort.h).  As(err, target): target must be a non-nil pointer
 * to an interface type or to a type implementing error; the first error in
 * the chain whose dynamic type is the pointed-to type (or implements the
 * pointed-to interface: every method name of the interface descriptor is
 * found in the error's method table) is stored through target.
 */
#include "rt.h"

#include <string.h>

/* ---- errors.New: *errors.errorString values (also fmt.Errorf's result
 * without %w, and strconv's ErrSyntax/ErrRange) ---- */

static GoString errorString_Error(void *data) { return *(GoString *)data; }

static const GoMethod errorString_methods[] = {{"Error", (void *)errorString_Error}};
static const uint8_t string_ptrmask[] = {1};
static const GoType type_string = {
	.size = sizeof(GoString), .kind = GOK_STRING, .name = "string", .ptrmask = string_ptrmask,
};
static const GoField errorString_fields[] = {{"s", &type_string, 0, 0}};
static const GoType type_errorString_struct = {
	.size = sizeof(GoString), .kind = GOK_STRUCT, .name = "errors.errorString",
	.nfields = 1, .fields = errorString_fields, .ptrmask = string_ptrmask,
};
static const uint8_t ptr_ptrmask[] = {1};
const GoType gort_type_errors_errorString_ptr = {
	.size = 8, .kind = GOK_PTR, .name = "*errors.errorString", .elem = &type_errorString_struct,
	.nmethods = 1, .methods = errorString_methods, .ptrmask = ptr_ptrmask,
};

GoIface gort_errors_New(GoString text)
{
	GoString *box = gort_alloc(sizeof(GoString), &type_errorString_struct);
	*box = text;
	return (GoIface){&gort_type_errors_errorString_ptr, box};
}

GoIface gort_errors_Unwrap(GoIface err)
{
	if (!err.type)
		return err;
	const GoMethod *m = rt_find_method(err.type, "Unwrap");
	if (!m)
		return (GoIface){NULL, NULL};
	return ((GoIface(*)(void *))m->fn)(err.data);
}

/* t and want are the same type: one descriptor per type, except that a
 * std type the runtime makes values of (*strconv.NumError) has the
 * runtime's descriptor and gen's; those are matched by name. */
static bool same_type(const GoType *t, const GoType *want)
{
	if (t == want)
		return true;
	const char *a = t->name, *b = want->name;
	if (!a || !b || strcmp(a, b) != 0)
		return false;
	if (*a == '*')
		a++;
	return strncmp(a, "main.", 5) != 0;
}

static bool implements(const GoType *t, const GoType *iface)
{
	for (int64_t i = 0; i < iface->nmethods; i++)
		if (!rt_find_method(t, iface->methods[i].name))
			return false;
	return true;
}

uint8_t gort_errors_As(GoIface err, GoIface target)
{
	if (!target.type)
		rt_panic_error_msg("errors: target cannot be nil");
	if (target.type->kind != GOK_PTR || !target.data)
		rt_panic_error_msg("errors: target must be a non-nil pointer");
	const GoType *want = target.type->elem;
	for (int depth = 0; err.type && depth < 100; depth++) {
		bool match = want->kind == GOK_INTERFACE ? implements(err.type, want)
		                                         : same_type(err.type, want);
		if (match) {
			if (want->kind == GOK_INTERFACE)
				*(GoIface *)target.data = err;
			else if (rt_is_direct(want))
				*(void **)target.data = err.data;
			else
				memcpy(target.data, err.data, (size_t)want->size);
			return 1;
		}
		const GoMethod *as = rt_find_method(err.type, "As");
		if (as && ((uint8_t(*)(void *, GoIface))as->fn)(err.data, target))
			return 1;
		err = gort_errors_Unwrap(err);
	}
	return 0;
}
