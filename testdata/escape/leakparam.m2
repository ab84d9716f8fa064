# command-line-arguments
./leakparam.go:9:11: parameter p leaks to {heap} with derefs=0:
./leakparam.go:9:11:   flow: {heap} = p:
./leakparam.go:9:11:     from gp = p (assign) at ./leakparam.go:10:5
./leakparam.go:9:11: leaking param: p
./leakparam.go:13:16: parameter s leaks to {heap} with derefs=0:
./leakparam.go:13:16:   flow: {heap} = s:
./leakparam.go:13:16:     from gs = s (assign) at ./leakparam.go:14:5
./leakparam.go:13:16: leaking param: s
./leakparam.go:17:14: parameter p leaks to {heap} with derefs=0:
./leakparam.go:17:14:   flow: {heap} = p:
./leakparam.go:17:14:     from gp = p (assign) at ./leakparam.go:18:5
./leakparam.go:17:14: leaking param: p
./leakparam.go:17:17: q does not escape
./leakparam.go:22:19: parameter p leaks to {heap} with derefs=0:
./leakparam.go:22:19:   flow: t = p:
./leakparam.go:22:19:     from t := p (assign) at ./leakparam.go:23:4
./leakparam.go:22:19:   flow: {heap} = t:
./leakparam.go:22:19:     from gp = t (assign) at ./leakparam.go:24:5
./leakparam.go:22:19: leaking param: p
./leakparam.go:28:2: x escapes to heap:
./leakparam.go:28:2:   flow: {heap} = &x:
./leakparam.go:28:2:     from &x (address-of) at ./leakparam.go:29:7
./leakparam.go:28:2:     from leak(&x) (call parameter) at ./leakparam.go:29:6
./leakparam.go:30:17: []int{...} escapes to heap:
./leakparam.go:30:17:   flow: {heap} = &{storage for []int{...}}:
./leakparam.go:30:17:     from []int{...} (spill) at ./leakparam.go:30:17
./leakparam.go:30:17:     from leakSlice([]int{...}) (call parameter) at ./leakparam.go:30:11
./leakparam.go:28:2: x escapes to heap:
./leakparam.go:28:2:   flow: {heap} = &x:
./leakparam.go:28:2:     from &x (address-of) at ./leakparam.go:31:18
./leakparam.go:28:2:     from leakOne(&x, &y) (call parameter) at ./leakparam.go:31:17
./leakparam.go:28:5: y escapes to heap:
./leakparam.go:28:5:   flow: {heap} = &y:
./leakparam.go:28:5:     from &y (address-of) at ./leakparam.go:32:15
./leakparam.go:28:5:     from leakViaLocal(&y) (call parameter) at ./leakparam.go:32:14
./leakparam.go:28:2: moved to heap: x
./leakparam.go:28:5: moved to heap: y
./leakparam.go:30:17: []int{...} escapes to heap
