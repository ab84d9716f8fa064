/*
 * iface_sig.c: does a dynamic type have a method with a given signature?
 *
 * Interface satisfaction is decided at run time (type assertions and
 * switches to interface types, gen_iface.c's gort_implements) by the method
 * tables of the type descriptors.  A name is not enough: T with M(*T1) does
 * not implement interface{ M(*T2) } (go1.19 test/fixedbugs/bug201.go).  gen
 * stores each method's signature as a type string (GoMethod.sig, types_str
 * with package-qualified names); the runtime's own tables leave it NULL,
 * which matches any.  The tables are sorted by name, but they are short:
 * a linear scan, as rt_find_method does.
 */
#include "rt.h"

#include <string.h>

int gort_has_method(const GoType *t, const char *name, const char *sig)
{
	if (!t)
		return 0;
	for (int64_t i = 0; i < t->nmethods; i++) {
		const GoMethod *m = &t->methods[i];
		if (strcmp(m->name, name) == 0)
			return !sig || !m->sig || strcmp(m->sig, sig) == 0;
	}
	return 0;
}

void *gort_findmethod(const GoType *t, const char *name)
{
	const GoMethod *m = rt_find_method(t, name);
	return m ? m->fn : NULL;
}

bool gort_implements(const GoType *t, const GoType *iface)
{
	if (!t)
		return false;
	for (int64_t i = 0; i < iface->nmethods; i++)
		if (!gort_has_method(t, iface->methods[i].name, iface->methods[i].sig))
			return false;
	return true;
}
