#!/usr/bin/env bash
# stack_check.sh DIR: the runtime's stack-use table (runtime/stack_usage.awk ->
# build/compiler/rt_stack_use.c, read through compiler/rtstack.c).
#
# A goroutine that blocks sits on its first stack segment, which is small, and the
# prologue check of its Go code budgets for the runtime C call it makes
# (compiler/gen_stack.c).  So every entry point a goroutine blocks in, and the ones it
# calls on the way there, must have a known bound of at most LIMIT bytes.  Also checks
# that rtstack_bytes finds every entry of the table (it is sorted as bsearch needs) and
# answers -1 for a name that is not there.  Prints one FAIL line per problem, with the
# worst path of a function that fails; exit status 1 then.  DIR: a scratch directory.
set -u
cd "$(dirname "$0")/.."
W=${1:-$(mktemp -d)}
mkdir -p "$W"
# 2 KiB first segments hold the G and first frames (384 bytes), the reserve (500-1,000
# bytes) and the budget of the function that blocks: 768 keeps a blocked goroutine there.
LIMIT=768
HOT="gort_chansend gort_chanrecv gort_select gort_go gort_alloc
     gort_sync_Mutex_Lock gort_sync_Mutex_Unlock
     gort_sync_WaitGroup_Wait gort_sync_WaitGroup_Done gort_sync_WaitGroup_Add
     gort_time_Sleep gort_runtime_Gosched"

cat >"$W/stack_table.c" <<'C'
#include <stdio.h>
#include "rtstack.h"
int main(int argc, char **argv)
{
	int bad = 0;
	if (rt_stack_use_len < 100)
		printf("FAIL stack table: only %d entries\n", rt_stack_use_len), bad = 1;
	for (int i = 0; i < rt_stack_use_len; i++)
		if (rtstack_bytes(rt_stack_use[i].name) != rt_stack_use[i].bytes)
			printf("FAIL stack table: rtstack_bytes misses %s\n", rt_stack_use[i].name), bad = 1;
	if (rtstack_bytes("gort_no_such_function") != -1)
		printf("FAIL stack table: an unknown name is not -1\n"), bad = 1;
	for (int i = 1; i < argc; i++)
		printf("%s %ld\n", argv[i], rtstack_bytes(argv[i]));
	return bad;
}
C
${CC:-cc} -std=gnu11 -Icompiler -o "$W/stack_table" "$W/stack_table.c" \
	build/compiler/rtstack.o build/compiler/rt_stack_use.o || { echo "FAIL stack table: does not link"; exit 1; }
"$W/stack_table" $HOT >"$W/hot"
rc=$?
while read -r name bytes; do
	case $name in FAIL) echo "$name $bytes"; continue ;; esac
	if [ "$bytes" -lt 0 ] || [ "$bytes" -gt $LIMIT ]; then
		[ "$bytes" -lt 0 ] && bytes=unbounded
		echo "FAIL stack use of $name: $bytes, want at most $LIMIT; its worst path:"
		LC_ALL=C awk -v name="$name" -f runtime/stack_usage.awk build/runtime/*.ci | sed -n '3,14p'
		rc=1
	fi
done <"$W/hot"
exit $rc
