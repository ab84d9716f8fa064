/*
 * rtstack.c: look a runtime function up in the generated stack-usage table
 * (rtstack.h; build/compiler/rt_stack_use.c).  The table is sorted by
 * strcmp, so a binary search finds a name in about nine comparisons.
 */
#include "rtstack.h"

#include <stdlib.h>
#include <string.h>

static int cmp_name(const void *key, const void *elem)
{
	return strcmp((const char *)key, ((const RtStackUse *)elem)->name);
}

long rtstack_bytes(const char *name)
{
	const RtStackUse *e = bsearch(name, rt_stack_use, (size_t)rt_stack_use_len,
	                              sizeof rt_stack_use[0], cmp_name);
	return e ? e->bytes : -1;
}
