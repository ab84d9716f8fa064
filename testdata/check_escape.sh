#!/usr/bin/env bash
# check_escape.sh: `make check-escape`, the soundness check of escape analysis.
#
#  1. The whole run-test suite (run_tests.sh, options passed on) with every program
#     built in gofront's -d checkescape mode (GOFRONT_STACK_POISON=1): each return fills
#     the frame's stack-allocated storage with 0xdeaddeaddeaddead (compiler/gen_poison.c),
#     so a pointer read from a dead frame faults.  It must all still pass.
#  2. It catches bugs: each poison/X.go names, in a `// force-stack: LINE` first line, a
#     line whose escaping values GOFRONT_ESC_FORCE_STACK=LINE wrongly keeps on the stack.
#     Built so and run, it must die with
#         fatal error: read of poisoned stack memory (escape analysis bug)
#     and exit status 2; built correctly, it must run cleanly (status 0).
#
# Prints one line per failure and `N passed, M failed` for part 2.
set -u
cd "$(dirname "$0")/.."
GOFRONT=${GOFRONT:-$PWD/gofront}
case $GOFRONT in /*) ;; */*) GOFRONT=$PWD/$GOFRONT ;; esac
export GOFRONT
rc=0
GOFRONT_STACK_POISON=1 bash testdata/run_tests.sh "$@" || rc=1

want='fatal error: read of poisoned stack memory (escape analysis bug)'
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
pass=0 failed=0
for f in testdata/poison/*.go; do
	line=$(sed -n '1s,^// force-stack: *\([0-9]*\).*,\1,p' "$f")
	ok=1
	if [ -z "$line" ]; then
		echo "FAIL $f: no '// force-stack: LINE' first line"; ok=0
	elif ! (cd "$(dirname "$f")" && "$GOFRONT" build -d checkescape -o "$W/good" "$(basename "$f")") >"$W/cc" 2>&1; then
		echo "FAIL $f: gofront build -d checkescape failed"; head -n 3 "$W/cc"; ok=0
	elif ! timeout -k 2 10 "$W/good" >/dev/null 2>"$W/err"; then
		echo "FAIL $f: the correct build does not run cleanly"; head -n 3 "$W/err"; ok=0
	elif ! (cd "$(dirname "$f")" && GOFRONT_ESC_FORCE_STACK=$line "$GOFRONT" build -d checkescape \
		-o "$W/bad" "$(basename "$f")") >"$W/cc" 2>&1; then
		echo "FAIL $f: gofront build with GOFRONT_ESC_FORCE_STACK=$line failed"; head -n 3 "$W/cc"; ok=0
	else
		timeout -k 2 10 "$W/bad" >/dev/null 2>"$W/err"
		st=$?
		if [ $st != 2 ] || [ "$(head -n 1 "$W/err")" != "$want" ]; then
			echo "FAIL $f: the forced bug was not caught (status $st, want 2 and '$want')"
			head -n 3 "$W/err"; ok=0
		fi
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else failed=$((failed + 1)); fi
done
echo "poison: $pass passed, $failed failed"
[ $failed = 0 ] && [ $rc = 0 ]
