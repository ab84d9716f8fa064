#!/bin/bash
# bench.sh: the goroutine runtime's measurements (docs/runtime.md, "Goroutines
# and stacks"): sched_bench.c against build/runtime/libgort.a, then its Go
# twin under go1.19 with GOMAXPROCS=1 and with the default.  Not part of
# run.sh: timings depend on the machine and its load.
cd "$(dirname "$0")/../.." || exit 1
make -s build/runtime/libgort.a || exit 1
tmp=${TMPDIR:-/tmp}/gort-bench.$$
mkdir -p "$tmp"
gcc -std=gnu11 -O2 -o "$tmp/c" runtime/test/sched_bench.c build/runtime/libgort.a -lm || exit 1
(cd "$tmp" && go build -o "$tmp/go" "$OLDPWD/runtime/test/sched_bench.go") || exit 1
echo "== gofront runtime"; "$tmp/c"
echo "== go1.19, GOMAXPROCS=1"; GOMAXPROCS=1 "$tmp/go"
echo "== go1.19, default GOMAXPROCS"; "$tmp/go"
rm -rf "$tmp"
