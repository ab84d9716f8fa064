# command-line-arguments
./m2_return_tuple.go:5:11: parameter p leaks to ~r1 with derefs=0:
./m2_return_tuple.go:5:11:   flow: ~r1 = p:
./m2_return_tuple.go:5:11:     from return q, p (return) at ./m2_return_tuple.go:5:37
./m2_return_tuple.go:5:14: parameter q leaks to ~r0 with derefs=0:
./m2_return_tuple.go:5:14:   flow: ~r0 = q:
./m2_return_tuple.go:5:14:     from return q, p (return) at ./m2_return_tuple.go:5:37
./m2_return_tuple.go:5:11: leaking param: p to result ~r1 level=0
./m2_return_tuple.go:5:14: leaking param: q to result ~r0 level=0
./m2_return_tuple.go:7:14: parameter q leaks to ~r1 with derefs=0:
./m2_return_tuple.go:7:14:   flow: .autotmp_5 = q:
./m2_return_tuple.go:7:14:     from pair(q, p) (call parameter) at ./m2_return_tuple.go:8:13
./m2_return_tuple.go:7:14:   flow: ~r1 = .autotmp_5:
./m2_return_tuple.go:7:14:     from return .autotmp_4, .autotmp_5 (return) at ./m2_return_tuple.go:8:2
./m2_return_tuple.go:7:11: parameter p leaks to ~r0 with derefs=0:
./m2_return_tuple.go:7:11:   flow: .autotmp_4 = p:
./m2_return_tuple.go:7:11:     from pair(q, p) (call parameter) at ./m2_return_tuple.go:8:13
./m2_return_tuple.go:7:11:   flow: ~r0 = .autotmp_4:
./m2_return_tuple.go:7:11:     from return .autotmp_4, .autotmp_5 (return) at ./m2_return_tuple.go:8:2
./m2_return_tuple.go:7:11: leaking param: p to result ~r0 level=0
./m2_return_tuple.go:7:14: leaking param: q to result ~r1 level=0
./m2_return_tuple.go:11:12: parameter s leaks to ~r1 with derefs=0:
./m2_return_tuple.go:11:12:   flow: ~r1 = s:
./m2_return_tuple.go:11:12:     from s[1:] (slice) at ./m2_return_tuple.go:11:58
./m2_return_tuple.go:11:12:     from return s[:1], s[1:], len(s) (return) at ./m2_return_tuple.go:11:43
./m2_return_tuple.go:11:12: parameter s leaks to ~r0 with derefs=0:
./m2_return_tuple.go:11:12:   flow: ~r0 = s:
./m2_return_tuple.go:11:12:     from s[:1] (slice) at ./m2_return_tuple.go:11:51
./m2_return_tuple.go:11:12:     from return s[:1], s[1:], len(s) (return) at ./m2_return_tuple.go:11:43
./m2_return_tuple.go:11:12: leaking param: s to result ~r0 level=0
./m2_return_tuple.go:11:12: leaking param: s to result ~r1 level=0
./m2_return_tuple.go:13:12: parameter s leaks to ~r1 with derefs=0:
./m2_return_tuple.go:13:12:   flow: {temp} = s:
./m2_return_tuple.go:13:12:     from three(s) (call parameter) at ./m2_return_tuple.go:14:14
./m2_return_tuple.go:13:12:   flow: .autotmp_5 = {temp}:
./m2_return_tuple.go:13:12:   flow: ~r1 = .autotmp_5:
./m2_return_tuple.go:13:12:     from return .autotmp_4, .autotmp_5, .autotmp_6 (return) at ./m2_return_tuple.go:14:2
./m2_return_tuple.go:13:12: parameter s leaks to ~r0 with derefs=0:
./m2_return_tuple.go:13:12:   flow: {temp} = s:
./m2_return_tuple.go:13:12:     from three(s) (call parameter) at ./m2_return_tuple.go:14:14
./m2_return_tuple.go:13:12:   flow: .autotmp_4 = {temp}:
./m2_return_tuple.go:13:12:   flow: ~r0 = .autotmp_4:
./m2_return_tuple.go:13:12:     from return .autotmp_4, .autotmp_5, .autotmp_6 (return) at ./m2_return_tuple.go:14:2
./m2_return_tuple.go:13:12: leaking param: s to result ~r0 level=0
./m2_return_tuple.go:13:12: leaking param: s to result ~r1 level=0
./m2_return_tuple.go:20:23: new(int) escapes to heap:
./m2_return_tuple.go:20:23:   flow: b = &{storage for new(int)}:
./m2_return_tuple.go:20:23:     from new(int) (spill) at ./m2_return_tuple.go:20:23
./m2_return_tuple.go:20:23:     from a, b := new(int), new(int) (assign-pair) at ./m2_return_tuple.go:20:7
./m2_return_tuple.go:20:23:   flow: {heap} = b:
./m2_return_tuple.go:20:23:     from swap(a, b) (call parameter) at ./m2_return_tuple.go:21:15
./m2_return_tuple.go:20:13: new(int) escapes to heap:
./m2_return_tuple.go:20:13:   flow: a = &{storage for new(int)}:
./m2_return_tuple.go:20:13:     from new(int) (spill) at ./m2_return_tuple.go:20:13
./m2_return_tuple.go:20:13:     from a, b := new(int), new(int) (assign-pair) at ./m2_return_tuple.go:20:7
./m2_return_tuple.go:20:13:   flow: {heap} = a:
./m2_return_tuple.go:20:13:     from swap(a, b) (call parameter) at ./m2_return_tuple.go:21:15
./m2_return_tuple.go:20:13: new(int) escapes to heap
./m2_return_tuple.go:20:23: new(int) escapes to heap
./m2_return_tuple.go:22:23: make([]int, 4) does not escape
