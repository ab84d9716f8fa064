# stack_usage.awk: the runtime's worst-case stack usage, from gcc's call graphs.
#
# What it does.  gofront's goroutines run on small stack segments, and every generated
# function checks its stack in its prologue (compiler/gen_go.c).  The runtime's C code
# (runtime/*.c) has no such checks, so a Go function that calls a gort_* entry point must
# budget, in its own check, for the deepest stack that call can reach.  This script
# computes that depth for every exported gort_* function and writes it as a C table that
# the compiler links in (compiler/rtstack.h):
#
#     awk -f runtime/stack_usage.awk build/runtime/*.ci > rt_stack_use.c
#     awk -v report=1 -f runtime/stack_usage.awk build/runtime/*.ci   all, deepest first
#     awk -v name=gort_select -f runtime/stack_usage.awk build/runtime/*.ci   one worst path
#
# What it requires.  The .ci files gcc writes with `-fstack-usage -fcallgraph-info=su`
# (one per object: VCG text, one `node:` or `edge:` per line).  A function compiled in the
# file has a node whose label ends in "N bytes (static)", "N bytes (dynamic,bounded)" or
# "N bytes (dynamic)"; a static function's title is "file:name", an exported one's is
# just its name; a function only called there is a node without a size (an ellipse) and
# is resolved by title against the other files.  mawk-compatible (Debian's awk): no gawk
# extensions.  Run it with LC_ALL=C so that names sort as strcmp sorts them.
#
# What it guarantees.  bytes(f) = the most stack a call to f can use below the caller's
# stack pointer, over every call path from f: the sum of the frames on the path, plus
# the x86-64 red zone at its end.  On x86-64 gcc's "N bytes" already counts the return
# address the call pushed (a leaf without locals reports 8; gort_chansend pushes rbp r12
# rbx, subtracts 64, and reports 8 + 24 + 64 = 96), so the 8 bytes per call are in the
# frames and are not added again.  gcc's number does not count the red zone: a leaf
# function may keep up to 128 bytes of locals below its stack pointer (a leaf with
# `volatile int a[20]` reports 16 bytes and writes 88 below its sp).  So every C
# function's callees are worth at least REDZONE: sound, and it costs nothing on the
# deep paths, which end in libc.
# bytes(f) is -1 ("unbounded") when a path reaches
#   - recursion (a cycle in the call graph): everything on or above the cycle;
#   - an alloca or a variable-length array gcc cannot bound ("dynamic"), except those
#     in DYNAMIC below;
#   - an indirect call (__indirect_call), except those in INDIRECT below;
#   - a function defined nowhere: neither in the runtime, nor in ASM or LIBC below.
# The exceptions are all in the BEGIN block, each with its reason.
#
# Algorithm: a depth-first walk over the call graph with memoised results; a node met
# again while it is still on the walk's path closes a cycle.  Every node remembers the
# callee that gave its worst case (worst[]) and, when unbounded, why (why[]), so that
# `-v name=F` can print the path.

BEGIN {
	REDZONE = 128

	# ---- assembly routines (runtime/switch_amd64.S): bytes below the caller's sp,
	# return address included, on the caller's stack only.
	ASM["rt_ctx_switch"] = 56     # return address + 6 pushes; `ret` pops on the other stack
	ASM["rt_call_on_stack"] = 16  # return address + push rbp; fn runs on the other stack
	ASM["rt_ctx_make"] = 8        # writes the new frame below `top`, on the new stack
	# (gort_morestack is never called from C; rt_ctx_entry is never called at all.)

	# ---- indirect calls whose callee does not use this stack's budget.
	# rt_systemstack (stack.c) runs fn(arg) on the thread's g0 stack through
	# systemstack_switch and rt_call_on_stack, both counted as ordinary direct calls; its
	# own `fn(arg)` runs on the current stack only when there is no goroutine or the code
	# already runs on g0.  This is what keeps a garbage collection (gc_collect ->
	# rt_systemstack(collect)) from making every allocating entry point unbounded.
	INDIRECT["rt_systemstack"] = 0
	# rt_stack_deep (stack.c) runs fn(arg) on the current segment only when DEEP (16 KiB)
	# bytes are left there, else on a new segment: fn never reaches into the budget.
	INDIRECT["rt_stack_deep"] = 0

	# ---- direct calls that never happen on a goroutine's stack, by callee.
	# collect (gc.c, from gc_collect) and span_alloc_g0 (alloc.c) are called directly only
	# when rt_systemstack, weak there, is not linked: in the C runtime tests without a
	# scheduler.  A program always links sched.o (main.c calls rt_sched_main), so they
	# run through rt_systemstack.
	NOSCHED["collect"] = 1
	NOSCHED["span_alloc_g0"] = 1
	# rt_alloc_init reads the environment (strtol: unbounded).  gort_start (main.c) runs
	# it on the thread's stack before the scheduler starts; the allocator's own calls
	# ("allocating before gort_start got to it") cannot happen on a goroutine's stack.
	NOSCHED["rt_alloc_init"] = 1
	# panic_now (panic.c) and assert_fail_now (iface.c) are the bodies the panic entry
	# points hand to rt_stack_deep; they call them directly only when rt_stack_deep, weak
	# there, is not linked (the C tests again).
	NOSCHED["panic_now"] = 1
	NOSCHED["assert_fail_now"] = 1

	# ---- variable-length arrays of a size the caller knows: bytes gcc does not show.
	# gort_select's two VLAs take n * (8 + sizeof(Sudog)) <= n * RT_SELECT_CASE_BYTES
	# (compiler/rtstack.h; select.c asserts the bound) plus 15 bytes of alignment each:
	# the table counts the 32 and the compiler adds n * RT_SELECT_CASE_BYTES for a select
	# of n cases.
	DYNAMIC["gort_select"] = 32

	# ---- libc/libgcc functions the runtime calls: assumed worst cases (glibc 2.36,
	# x86-64), red zone included.  String and memory primitives are leaves with tiny
	# frames: 64.  System-call wrappers and small libc leaves: 256.  Any other external
	# function (malloc and friends, snprintf, qsort, strtod, the locale functions, libm)
	# is unbounded.
	n = split("memmove memcpy memset memcmp memchr memrchr memmem strlen strcmp strncmp " \
	          "strchr sigemptyset sigaddset __errno_location __popcountdi2", w, " ")
	for (i = 1; i <= n; i++) LIBC[w[i]] = 64
	n = split("write read mmap munmap madvise mprotect clock_gettime nanosleep " \
	          "clock_nanosleep _exit getenv isatty sysinfo sigaltstack sigprocmask", w, " ")
	for (i = 1; i <= n; i++) LIBC[w[i]] = 256
}

# The quoted value after `key: ` on this line.
function field(key,   s) {
	if (!match($0, key ": \"[^\"]*\""))
		return ""
	s = substr($0, RSTART + length(key) + 3, RLENGTH - length(key) - 4)
	return s
}

# A node title's function name: without the file of a static function and without the
# suffix of a gcc clone ("runtime/alloc.c:rt_alloc_init.part.0" -> "rt_alloc_init").
function base(t) {
	sub(/^.*:/, "", t)
	sub(/[.].*$/, "", t)
	return t
}

/^node:/ {
	t = field("title")
	lab = field("label")
	if (!match(lab, /[0-9]+ bytes [(][a-z,]+[)]/))
		next   # only declared here: defined in another file, or external
	split(substr(lab, RSTART, RLENGTH), w, " ")
	b = w[1] + 0
	if (w[3] == "(dynamic)")
		b = (t in DYNAMIC) ? b + DYNAMIC[t] : -1
	if ((t in own) && own[t] != b)
		printf "stack_usage.awk: %s defined twice (%d, %d bytes)\n", t, own[t], b > "/dev/stderr"
	if (!(t in own) || b < 0 || (own[t] >= 0 && b > own[t]))
		own[t] = b
	next
}

/^edge:/ {
	s = field("sourcename")
	d = field("targetname")
	if (!((s, d) in seen)) {
		seen[s, d] = 1
		ncallee[s]++
		callee[s, ncallee[s]] = d
	}
}

# The worst case of a call to t (memoised in total[]); -1: unbounded.
function depth(t,   i, c, d, best, bestc) {
	if (state[t] == 2)
		return total[t]
	if (state[t] == 1)
		return -1   # still on the path: the caller records the cycle
	state[t] = 1
	if (!(t in own)) {
		if (t in ASM) best = ASM[t]
		else if (t in LIBC) best = LIBC[t]
		else { best = -1; why[t] = "external, stack unknown" }
		state[t] = 2
		total[t] = best
		return best
	}
	if (own[t] < 0) {
		why[t] = "unbounded alloca or variable-length array"
		state[t] = 2
		total[t] = -1
		return -1
	}
	best = REDZONE
	bestc = ""
	for (i = 1; i <= ncallee[t]; i++) {
		c = callee[t, i]
		if (base(c) in NOSCHED && base(t) != "gort_start")
			continue
		if (c == "__indirect_call") {
			if (t in INDIRECT) d = INDIRECT[t]
			else { why[t] = "indirect call"; best = -1; bestc = ""; break }
		} else {
			d = depth(c)
			if (d < 0) {
				if (state[c] == 1) why[t] = "recursion through " c
				else worst[t] = c
				best = -1
				break
			}
		}
		if (d > best) { best = d; bestc = c }
	}
	if (best >= 0) {
		worst[t] = bestc
		best += own[t]
	}
	state[t] = 2
	total[t] = best
	return best
}

# The reason at the end of t's worst path, for the report.
function reason(t) {
	while (t in worst && worst[t] != "")
		t = worst[t]
	return t ": " why[t]
}

# Sort keys[1..n] by strcmp (by = "name") or by bytes, unbounded last (by = "bytes").
function sort(keys, n, by,   i, j, k) {
	for (i = 2; i <= n; i++) {
		k = keys[i]
		for (j = i - 1; j >= 1 && before(k, keys[j], by); j--)
			keys[j + 1] = keys[j]
		keys[j + 1] = k
	}
}
function before(a, b, by,   x, y) {
	if (by == "bytes") {
		x = total[a]; y = total[b]
		if (x != y) {
			if (x < 0) return 0
			if (y < 0) return 1
			return x > y
		}
	}
	return a < b
}

END {
	n = 0
	for (t in own)
		if (t ~ /^gort_/) {
			depth(t)
			names[++n] = t
		}
	if (name != "") {
		if (!(name in own) && !(name in ASM) && !(name in LIBC)) {
			printf "%s: not a runtime function\n", name
			exit 1
		}
		d = depth(name)
		printf "%s: %s\n", name, d < 0 ? "unbounded" : d " bytes"
		print "  frame  total  function"
		for (t = name; ; t = worst[t]) {
			printf "  %5s  %5s  %s\n", (t in own) ? own[t] : "-", total[t] < 0 ? "-" : total[t], t
			if (t in why)
				printf "                 ^ %s\n", why[t]
			if (!(t in worst) || worst[t] == "") {
				if ((t in own) && total[t] > own[t])
					printf "  %5d         (red zone)\n", total[t] - own[t]
				break
			}
		}
		exit 0
	}
	if (report) {
		sort(names, n, "bytes")
		unb = 0
		for (i = 1; i <= n; i++) {
			t = names[i]
			if (total[t] < 0) {
				unb++
				printf "unbounded  %-36s  (%s)\n", t, reason(t)
			} else
				printf "%9d  %s\n", total[t], t
		}
		printf "%d runtime entry points, %d unbounded\n", n, unb
		exit 0
	}
	sort(names, n, "name")
	print "/* Generated by runtime/stack_usage.awk from the runtime's call graph: do not edit. */"
	print "#include \"rtstack.h\""
	print "const RtStackUse rt_stack_use[] = {"
	for (i = 1; i <= n; i++)
		printf "\t{\"%s\", %d},\n", names[i], total[names[i]]
	print "};"
	printf "const int rt_stack_use_len = %d;\n", n
}
