# command-line-arguments
./appendcopy.go:6:17: parameter s leaks to ~r0 with derefs=0:
./appendcopy.go:6:17:   flow: ~r0 = s:
./appendcopy.go:6:17:     from append(s, v) (call parameter) at ./appendcopy.go:7:15
./appendcopy.go:6:17:     from return append(s, v) (return) at ./appendcopy.go:7:2
./appendcopy.go:6:17: leaking param: s to result ~r0 level=0
./appendcopy.go:10:27: parameter p leaks to {heap} with derefs=0:
./appendcopy.go:10:27:   flow: {heap} = p:
./appendcopy.go:10:27:     from append(s, p) (call parameter) at ./appendcopy.go:11:15
./appendcopy.go:10:17: parameter s leaks to {heap} with derefs=1:
./appendcopy.go:10:17:   flow: {temp} = s:
./appendcopy.go:10:17:     from append(s, p) (call parameter) at ./appendcopy.go:11:15
./appendcopy.go:10:17:   flow: {heap} = *{temp}:
./appendcopy.go:10:17:     from append(s, p) (appendee slice) at ./appendcopy.go:11:15
./appendcopy.go:10:17: parameter s leaks to ~r0 with derefs=0:
./appendcopy.go:10:17:   flow: {temp} = s:
./appendcopy.go:10:17:     from append(s, p) (call parameter) at ./appendcopy.go:11:15
./appendcopy.go:10:17:   flow: ~r0 = {temp}:
./appendcopy.go:10:17:     from return append(s, p) (return) at ./appendcopy.go:11:2
./appendcopy.go:10:17: leaking param content: s
./appendcopy.go:10:17: leaking param: s to result ~r0 level=0
./appendcopy.go:10:27: leaking param: p
./appendcopy.go:15:11: make([]int, 0, 4) does not escape
./appendcopy.go:20:15: dst does not escape
./appendcopy.go:20:20: src does not escape
./appendcopy.go:24:20: parameter src leaks to {heap} with derefs=1:
./appendcopy.go:24:20:   flow: {heap} = *src:
./appendcopy.go:24:20:     from copy(dst, src) (call parameter) at ./appendcopy.go:25:13
./appendcopy.go:24:20:     from copy(dst, src) (copied slice) at ./appendcopy.go:25:13
./appendcopy.go:24:15: dst does not escape
./appendcopy.go:24:20: leaking param content: src
./appendcopy.go:28:18: parameter a leaks to ~r0 with derefs=0:
./appendcopy.go:28:18:   flow: ~r0 = a:
./appendcopy.go:28:18:     from append(a, b...) (call parameter) at ./appendcopy.go:29:15
./appendcopy.go:28:18:     from return append(a, b...) (return) at ./appendcopy.go:29:2
./appendcopy.go:28:18: leaking param: a to result ~r0 level=0
./appendcopy.go:28:21: b does not escape
./appendcopy.go:33:2: x escapes to heap:
./appendcopy.go:33:2:   flow: {heap} = &x:
./appendcopy.go:33:2:     from &x (address-of) at ./appendcopy.go:35:24
./appendcopy.go:33:2:     from appendPtrs(nil, &x) (call parameter) at ./appendcopy.go:35:18
./appendcopy.go:33:2: moved to heap: x
./appendcopy.go:36:11: make([]int, 2) does not escape
./appendcopy.go:37:12: make([]*int, 1) does not escape
./appendcopy.go:38:58: []int{...} does not escape
./appendcopy.go:39:31: []int{...} does not escape
./appendcopy.go:39:41: []int{...} does not escape
