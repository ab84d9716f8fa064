#!/usr/bin/env bash
# run_tests.sh: gofront's test suite.  `make test` runs it after building ./gofront and
# build/errorcheck.  Every test is a Go file next to its expected output:
#
#   unit/X.go    `./gofront -d MODE X.go` (MODE from the first line `// dump: tokens|ast`)
#                must print X.golden (stdout and stderr together).
#   escape/X.go  `./gofront -m X.go`, run in the file's directory as go build is: its
#                stderr must satisfy the `// ERROR "regexp"` annotations (build/errorcheck,
#                go1.19 test/run.go's rules) and equal X.m byte for byte.  When X.m2
#                exists, `./gofront -m=2 X.go` must also equal it byte for byte (gc's
#                flow explanations; --bless writes it unless X.go has a line
#                `// gofront: no -m=2 golden` saying which known gap keeps it out).
#   the tour     docs/tour.go: -m output = tour.m; the program's stdout = tour.out and its
#                stderr = tour.err.
#   run/X.go     `./gofront build -O0 -o tmp X.go` (-O2 when a line says `// gofront: -O2`),
#                then run it: stdout = X.out, exit status = X.exit (default 0), and stderr
#                = X.err when that file exists (only its first line after a crash, whose
#                goroutine trace differs).  Goldens come from go1.19, with the flags of a
#                `// go build: FLAGS` line (allocs.go: -gcflags=-l, as gofront never inlines).
#   stack        testdata/stack_check.sh: the runtime entry points a goroutine blocks in
#                have a small stack bound in the table gofront links (compiler/rtstack.h).
#   errors/X.go  `./gofront build` must exit 1 and print only `file:line:col: message` lines
#                matching the annotations (gc's wording; `not supported` ones are gofront's
#                own, go accepts those files).  deepnest.go is generated at run time.
#
# Options:
#   --only DIR   one of unit, escape, tour, run, stack, errors
#   --go-tests   instead, go1.19's own -m errorcheck tests ($GOTESTDIR, compiled with -C);
#                prints each file's annotation counts; annotations in declarations
#                outside the subset (unsafe, reflect, ...) are skipped (errorcheck -u)
#   --live       expected outputs come from a live `go` (go1.19) instead of the goldens
#   --bless      rewrite the goldens from go1.19 (escape annotations, .m, .out/.exit/.err,
#                the tour) and check errors/ annotations against go's messages; no gofront
#   -jN          N tests at a time (default 2)
# Environment: GOFRONT, ERRORCHECK, GOTESTDIR, TIMEOUT (seconds per run, default 10).
#
# One line per failure (with a short diff), then exactly one line `N passed, M failed`;
# the status is non-zero when M > 0.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
export GOFRONT=${GOFRONT:-$ROOT/gofront}
case $GOFRONT in /*) ;; */*) GOFRONT=$ROOT/$GOFRONT ;; esac  # the tests cd
export ERRORCHECK=${ERRORCHECK:-$ROOT/build/errorcheck}
export GOTESTDIR=${GOTESTDIR:-/usr/share/go-1.19/test}
export TIMEOUT=${TIMEOUT:-10}
export LIVE=${LIVE:-0}

# ---------------------------------------------------------------- helpers

# fail MSG [EXPECTED GOT]: report a failure, with the start of a diff when files are given.
fail() {
	echo "FAIL $1"
	[ $# -ge 3 ] && diff -u --label expected --label got "$2" "$3" | sed -n '3,14p' | cut -c1-160
	return 1
}

# gf ARGS: run gofront, stopped after two minutes if it hangs.
gf() { timeout -k 2 120 "$GOFRONT" "$@"; }

# show N FILE: the first N lines of a file, cut to a readable width.
show() { head -n "$1" "$2" | cut -c1-160; }

# The -m output of go1.19 for a file, run in its directory as `go build` is (-m=2: $2).
go_m() { (cd "$(dirname "$1")" && go build -o /dev/null -gcflags="${2:--m} -l" "$(basename "$1")" 2>&1); }

# Build a file with go1.19 and run it: writes $2.out, $2.err and $2.exit.
# A line `// go build: FLAGS` adds flags (allocs.go needs -gcflags=-l: gc inlines, gofront not).
go_run() {
	set -- "$1" "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
	go build $(sed -n 's,^// go build: ,,p' "$1") -o "$2.bin" "$1" 2>&1 || return 1
	(cd "$(dirname "$1")" && timeout -k 2 "$TIMEOUT" "$2.bin" >"$2.out" 2>"$2.err")
	echo $? >"$2.exit"
	rm -f "$2.bin"
}

# annotate FILE < GO-OUTPUT: print FILE with its `// ERROR` annotations rewritten from
# go's -m output, as go1.19 run.go's -update_errors does: regexp metacharacters escaped,
# `"` as `.`, one sorted `"msg$"` per distinct message of the line.
annotate() {
	local f=$1 base
	base=$(basename "$f")
	sed -n "s,^\./$base:\([0-9]*\):[0-9]*: ,\1\t,p; s,^\./$base:\([0-9]*\): ,\1\t,p" |
		sed 's/[][\\*+?()]/\\&/g; s/"/./g' | LC_ALL=C sort -t "$(printf '\t')" -k1,1n -k2 -u |
		awk -F '\t' -v src="$f" '
			{ want[$1] = want[$1] " \"" $2 "$\"" }
			END {
				while ((getline line < src) > 0) {
					n++
					sub(/ \/\/ ERROR .*/, "", line)
					if (n in want) line = line " // ERROR" want[n]
					print line
				}
			}'
}

# ---------------------------------------------------------------- one test of each kind
# Each prints nothing and returns 0 on success, or prints a report; $W is its scratch dir.

test_unit() {
	local f=$1 mode exp=${1%.go}.golden
	mode=$(sed -n '1s,^// dump: *\([a-z]*\).*,\1,p' "$f")
	[ -n "$mode" ] || { fail "$f: no '// dump: tokens|ast' first line"; return; }
	[ -f "$exp" ] || { fail "$f: no $(basename "$exp")"; return; }
	(cd "$(dirname "$f")" && gf -d "$mode" "$(basename "$f")") >"$W/got" 2>&1
	cmp -s "$exp" "$W/got" || fail "$f: -d $mode output differs" "$exp" "$W/got"
}

# The -m report: annotations first, then the exact bytes.
check_m() {
	local f=$1 exp=$2 rc=0
	(cd "$(dirname "$f")" && gf -m "$(basename "$f")") >/dev/null 2>"$W/m"
	if grep -q '// ERROR' "$f" && ! "$ERRORCHECK" -q "$f" "$W/m" >"$W/ec"; then
		fail "$f: -m annotations"; sed -n '2,9p' "$W/ec" | cut -c1-160; rc=1
	fi
	if [ "$LIVE" = 1 ]; then go_m "$f" >"$W/exp.m"; exp=$W/exp.m; fi
	cmp -s "$exp" "$W/m" || fail "$f: -m output differs from $(basename "$exp")" "$exp" "$W/m" || rc=1
	return $rc
}

# Build with gofront, run, compare stdout, exit status and the start of stderr.
check_run() {
	local f=$1 stem=$2 opt=-O0 want_exit=0 rc=0 n
	grep -q '^// gofront: -O2' "$f" && opt=-O2
	if ! (cd "$(dirname "$f")" && gf build $opt -o "$W/prog" "$(basename "$f")") >"$W/cc" 2>&1; then
		fail "$f: gofront build $opt failed"; show 5 "$W/cc"; return 1
	fi
	if [ "$LIVE" = 1 ]; then go_run "$f" "$W/exp" >/dev/null; stem=$W/exp; fi
	(cd "$(dirname "$f")" && timeout -k 2 "$TIMEOUT" "$W/prog" >"$W/out" 2>"$W/err")
	local got_exit=$?
	[ -f "$stem.exit" ] && want_exit=$(cat "$stem.exit")
	local exp_out=$stem.out
	[ -f "$exp_out" ] || exp_out=/dev/null
	cmp -s "$exp_out" "$W/out" || fail "$f: stdout differs" "$exp_out" "$W/out" || rc=1
	if [ "$got_exit" != "$want_exit" ]; then
		fail "$f: exit status $got_exit, want $want_exit"; show 3 "$W/err"; rc=1
	fi
	if [ -s "$stem.err" ]; then
		# the first line of a crash (its goroutine trace differs), else all of it
		n=$(wc -l <"$stem.err")
		[ "$want_exit" != 0 ] && n=1
		head -n "$n" "$stem.err" >"$W/err.exp"
		head -n "$n" "$W/err" >"$W/err.got"
		cmp -s "$W/err.exp" "$W/err.got" || fail "$f: stderr differs" "$W/err.exp" "$W/err.got" || rc=1
	fi
	return $rc
}

# The -m=2 report (gc's explanations): the exact bytes of X.m2.
check_m2() {
	local f=$1 exp=$2
	(cd "$(dirname "$f")" && gf -m=2 "$(basename "$f")") >/dev/null 2>"$W/m2"
	if [ "$LIVE" = 1 ]; then go_m "$f" -m=2 >"$W/exp.m2"; exp=$W/exp.m2; fi
	cmp -s "$exp" "$W/m2" || fail "$f: -m=2 output differs from $(basename "$2")" "$exp" "$W/m2"
}

test_escape() {
	local rc=0
	check_m "$1" "${1%.go}.m" || rc=1
	if [ -f "${1%.go}.m2" ]; then check_m2 "$1" "${1%.go}.m2" || rc=1; fi
	return $rc
}
test_run() { check_run "$1" "${1%.go}"; }

test_tour() {
	local rc=0
	check_m docs/tour.go testdata/tour.m || rc=1
	check_run docs/tour.go testdata/tour || rc=1
	return $rc
}

test_stack() { bash "$1" "$W"; }

test_errors() {
	local f=$1
	(cd "$(dirname "$f")" && gf build -o "$W/prog" "$(basename "$f")") >"$W/out" 2>"$W/err"
	local st=$?
	[ $st = 1 ] || { fail "$f: exit status $st, want 1"; show 3 "$W/err"; return 1; }
	"$ERRORCHECK" -s -q "$f" "$W/err" >"$W/ec" || { fail "$f: error messages"; sed -n '2,9p' "$W/ec" | cut -c1-160; }
}

# One of go1.19's errorcheck tests: its flags from the first line, compiled with -C.
test_go() {
	local f=$1 flags=() a
	for a in $(sed -n '1s,^// errorcheck,,p' "$f"); do
		case $a in
		-m | -m=* | -l) flags+=("$a") ;;
		-0 | -N) ;;  # -0: must compile; -N: no optimisation, same escape results
		*) echo "SKIP $f: flag $a"; return 0 ;;
		esac
	done
	case " ${flags[*]} " in *" -l "*) ;; *) echo "SKIP $f: needs inlining (no -l)"; return 0 ;; esac
	cp "$f" "$W/"
	(cd "$W" && gf -C "${flags[@]}" "$(basename "$f")") >/dev/null 2>"$W/m"
	"$ERRORCHECK" -u "$W/$(basename "$f")" "$W/m" >"$W/ec"
	local st=$?
	echo "INFO $(show 1 "$W/ec")"
	# the first failures, and the first unmatched lines (often the cause: "not supported")
	[ $st = 0 ] || { fail "$f"; { grep -v '^unmatched' "$W/ec" | sed -n '2,4p'; grep -m 3 '^unmatched' "$W/ec"; } | cut -c1-160; }
}

# 10,000 nested parentheses around a type error: gofront must report it, not overflow
# its stack.
gen_deepnest() {
	{
		echo '// The runner generates this file: 10,000 nested parentheses.'
		echo 'package main'
		echo
		echo 'func main() {'
		printf '\tvar s string = '
		printf '(%.0s' $(seq 10000)
		printf '1'
		printf ')%.0s' $(seq 10000)
		# gc prints the whole expression; a "too deep" error is fine too: the point is no crash
		echo ' // ERROR "cannot use .* \(untyped int constant 1\) as string value in variable declaration|too deep|nest"'
		echo '	_ = s'
		echo '}'
	} >"$1"
}

# --one IDX KIND FILE: run one test into $RESULTS/IDX (called through xargs for -j).
if [ "${1:-}" = --one ]; then
	W=$RESULTS/$2.d
	mkdir -p "$W"
	out=$("test_$3" "$4" 2>&1)
	rc=$?
	{
		if [ $rc != 0 ] || grep -q '^FAIL' <<<"$out"; then
			printf 'FAIL\n%s\n' "$out"
		elif grep -q '^SKIP' <<<"$out"; then
			printf 'SKIP\n%s\n' "$out"
		else
			printf 'PASS\n%s\n' "$out"
		fi
	} >"$RESULTS/$2"
	rm -rf "$W"
	exit 0
fi

# ---------------------------------------------------------------- the driver

ONLY= GOTESTS=0 BLESS=0 JOBS=2
while [ $# -gt 0 ]; do
	case $1 in
	--only) ONLY=$2; shift ;;
	--only=*) ONLY=${1#--only=} ;;
	--go-tests) GOTESTS=1 ;;
	--live) LIVE=1 ;;
	--bless) BLESS=1 ;;
	-j*) JOBS=${1#-j}; [ -z "$JOBS" ] && JOBS=$2 && shift ;;
	*) echo "usage: $0 [--only unit|escape|tour|run|stack|errors] [--go-tests] [--live] [--bless] [-jN]" >&2; exit 2 ;;
	esac
	shift
done
ONLY=${ONLY#testdata/}; ONLY=${ONLY%/}
case $ONLY in '' | unit | escape | tour | run | stack | errors) ;; *) echo "--only: no test directory $ONLY" >&2; exit 2 ;; esac

export RESULTS
RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

if [ "$LIVE" = 1 ] && ! command -v go >/dev/null; then
	echo "skipped: go not found (--live compares with the goldens instead)"
	LIVE=0
fi

want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

if [ $BLESS = 1 ]; then
	command -v go >/dev/null || { echo "--bless needs go1.19: go not found"; exit 1; }
	go version
	for f in testdata/escape/*.go; do
		want escape || break
		go_m "$f" >"${f%.go}.m"
		annotate "$f" <"${f%.go}.m" >"$RESULTS/a.go" && cat "$RESULTS/a.go" >"$f"
		if grep -q '^// gofront: no -m=2 golden' "$f"; then rm -f "${f%.go}.m2"; else go_m "$f" -m=2 >"${f%.go}.m2"; fi
		echo "blessed $f"
	done
	if want tour; then
		go_m docs/tour.go >testdata/tour.m
		go_run docs/tour.go "$RESULTS/tour" && mv "$RESULTS/tour.out" testdata/tour.out &&
			mv "$RESULTS/tour.err" testdata/tour.err
		echo "blessed docs/tour.go"
	fi
	for f in testdata/run/*.go; do
		want run || break
		s=${f%.go}
		go_run "$f" "$s" || { echo "go build failed: $f"; continue; }
		[ "$(cat "$s.exit")" = 0 ] && rm -f "$s.exit"
		if [ -f "$s.exit" ]; then head -n 1 "$s.err" >"$s.e1" && mv "$s.e1" "$s.err"; fi
		[ -s "$s.err" ] || rm -f "$s.err"
		echo "blessed $f"
	done
	for f in testdata/errors/*.go; do
		want errors || break
		grep -q 'ERROR "not supported"' "$f" && continue  # go accepts these
		(cd testdata/errors && go build -o /dev/null "$(basename "$f")") 2>"$RESULTS/err"
		"$ERRORCHECK" -q "$f" "$RESULTS/err" || echo "(annotations of $f disagree with go1.19, fix by hand)"
	done
	exit 0
fi

# The list of tests: "KIND FILE" lines.
list=()
if [ $GOTESTS = 1 ]; then
	if [ ! -d "$GOTESTDIR" ]; then
		echo "skipped: go1.19's tests ($GOTESTDIR is absent)"
	else
		for f in "$GOTESTDIR"/escape*.go "$GOTESTDIR"/fixedbugs/*.go; do
			head -n 1 "$f" | grep -q '^// errorcheck .*-m' && list+=("go $f")
		done
	fi
else
	if want unit; then for f in testdata/unit/*.go; do [ -f "$f" ] && list+=("unit $f"); done; fi
	if want escape; then for f in testdata/escape/*.go; do list+=("escape $f"); done; fi
	if want tour; then list+=("tour docs/tour.go"); fi
	if want run; then for f in testdata/run/*.go; do list+=("run $f"); done; fi
	if want stack; then list+=("stack testdata/stack_check.sh"); fi
	if want errors; then
		gen_deepnest "$RESULTS/deepnest.go"
		for f in testdata/errors/*.go "$RESULTS/deepnest.go"; do list+=("errors $f"); done
	fi
fi

for i in "${!list[@]}"; do echo "$i ${list[$i]}"; done |
	xargs -P "$JOBS" -L 1 bash "$0" --one

pass=0 failed=0 ann_p=0 ann_f=0 ann_s=0 ann_t=0
for i in "${!list[@]}"; do
	r=$RESULTS/$i
	[ -f "$r" ] || { echo "FAIL ${list[$i]}: the test did not finish"; failed=$((failed + 1)); continue; }
	case $(head -n 1 "$r") in
	PASS) pass=$((pass + 1)) ;;
	FAIL) failed=$((failed + 1)) ;;
	esac
	sed -n '2,$p' "$r" | grep -v '^$'
	# go tests: add up the annotation counts "file: P passed, F failed, S skipped, U unmatched"
	c=$(sed -n 's/^INFO [^:]*: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped.*/\1 \2 \3/p' "$r")
	if [ -n "$c" ]; then
		set -- $c
		ann_p=$((ann_p + $1)) ann_f=$((ann_f + $2)) ann_s=$((ann_s + $3)) ann_t=$((ann_t + $1 + $2 + $3))
	fi
done
[ $GOTESTS = 1 ] && [ $ann_t -gt 0 ] &&
	echo "go tests: $ann_p of $ann_t annotations passed, $ann_f failed, $ann_s skipped (outside the subset)"
echo "$pass passed, $failed failed"
[ $failed = 0 ]
