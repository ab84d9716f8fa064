#!/bin/bash
# bench.sh: the goroutine runtime's measurements (docs/runtime.md, "Goroutines
# and stacks"): sched_bench.c against build/runtime/libgort.a, then its Go
# twin under go1.19 with GOMAXPROCS=1 and with the default; then
# spawn_bench.go built by gofront and by go1.19 (100,000 blocked goroutines:
# the C harness has no prologue checks, so its goroutines get 32 KiB slots).
# Not part of run.sh: timings depend on the machine and its load.
cd "$(dirname "$0")/../.." || exit 1
make -s build/runtime/libgort.a || exit 1
tmp=${TMPDIR:-/tmp}/gort-bench.$$
mkdir -p "$tmp"
gcc -std=gnu11 -O2 -o "$tmp/c" runtime/test/sched_bench.c build/runtime/libgort.a -lm || exit 1
(cd "$tmp" && go build -o "$tmp/go" "$OLDPWD/runtime/test/sched_bench.go") || exit 1
echo "== gofront runtime"; "$tmp/c"
echo "== go1.19, GOMAXPROCS=1"; GOMAXPROCS=1 "$tmp/go"
echo "== go1.19, default GOMAXPROCS"; "$tmp/go"

# Issue 5's scale goal, measured on Go programs: 100,000 goroutines blocked at
# once, built by gofront and by go1.19; RSS per goroutine from /proc against
# the same program with none.
rss() { # rss PROG N: VmRSS in KiB once PROG has printed its line
	"$1" "$2" >"$tmp/out" &
	local pid=$! i
	for i in $(seq 200); do [ -s "$tmp/out" ] && break; sleep 0.05; done
	awk '/^VmRSS:/ {print $2}' /proc/$pid/status
	cat "$tmp/out" >&2
	kill $pid 2>/dev/null; wait $pid 2>/dev/null
}
./gofront build -o "$tmp/spawn_gf" runtime/test/spawn_bench.go || exit 1
(cd "$tmp" && go build -o "$tmp/spawn_go" "$OLDPWD/runtime/test/spawn_bench.go") || exit 1
for p in gf go1 go; do
	case $p in
	gf) name=gofront prog=spawn_gf ;;
	go1) name="go1.19, GOMAXPROCS=1" prog=spawn_go; export GOMAXPROCS=1 ;;
	go) name="go1.19, default GOMAXPROCS" prog=spawn_go; unset GOMAXPROCS ;;
	esac
	echo "== $name, runtime/test/spawn_bench.go"
	base=$(rss "$tmp/$prog" 0 2>/dev/null)
	full=$(rss "$tmp/$prog" 100000)
	echo "RSS: $(( (full - base) * 1024 / 100000 )) B/goroutine"
done
rm -rf "$tmp"
