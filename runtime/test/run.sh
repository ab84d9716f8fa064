#!/bin/bash
# run.sh: build each runtime C test (X_check.c) against build/runtime/libgort.a
# and diff its stdout+stderr and exit status with go1.19 running the Go twin
# (X_check.go).  X_check.args, when present, lists one argument set per line.
# X_self.c tests have no twin (they drive runtime internals, e.g. preemption):
# each must exit 0 with PASS as its last line, normally and under
# GOFRONT_STACK_STRESS=1.
# Addresses (0x + 6 or more hex digits) are masked; go run's stack trace
# lines and "exit status" are dropped.
# Usage (from anywhere): bash runtime/test/run.sh
cd "$(dirname "$0")/../.." || exit 1
root=$PWD
make -s build/runtime/libgort.a || exit 1
tmp=${TMPDIR:-/tmp}/gort-test.$$
mkdir -p "$tmp"
fail=0
norm() { sed -E 's/0x[0-9a-f]{6,}/0xADDR/g' | grep -av '^exit status\|^main\.\|^	/'; }
for c in runtime/test/*_check.c; do
	name=$(basename "$c" .c)
	gcc -std=gnu11 -O1 -g -o "$tmp/$name" "$c" build/runtime/libgort.a -lm || { fail=1; continue; }
	(cd "$tmp" && go build -o "$tmp/$name.go" "$root/runtime/test/$name.go") || { fail=1; continue; }
	args=runtime/test/$name.args
	[ -f "$args" ] || { args=$tmp/noargs; echo "" >"$args"; }
	while read -r a; do
		"$tmp/$name" $a >"$tmp/c.out" 2>&1; echo "exit $?" >>"$tmp/c.out"
		"$tmp/$name.go" $a >"$tmp/go.out" 2>&1; echo "exit $?" >>"$tmp/go.out"
		if diff <(norm <"$tmp/go.out") <(norm <"$tmp/c.out") >"$tmp/diff"; then
			echo "PASS $name $a"
		else
			echo "FAIL $name $a"; cat "$tmp/diff"; fail=1
		fi
	done <"$args"
done
for c in runtime/test/*_self.c; do
	name=$(basename "$c" .c)
	gcc -std=gnu11 -O1 -g -o "$tmp/$name" "$c" build/runtime/libgort.a -lm || { fail=1; continue; }
	for stress in 0 1; do
		if GOFRONT_STACK_STRESS=$stress "$tmp/$name" >"$tmp/self.out" 2>&1 &&
		   [ "$(tail -1 "$tmp/self.out")" = PASS ]; then
			echo "PASS $name (stack stress $stress)"
		else
			echo "FAIL $name (stack stress $stress)"; cat "$tmp/self.out"; fail=1
		fi
	done
done
rm -rf "$tmp"
exit $fail
