# command-line-arguments
./methods.go:16:7: v does not escape
./methods.go:21:7: parameter v leaks to ~r0 with derefs=0:
./methods.go:21:7:   flow: ~r0 = v:
./methods.go:21:7:     from return v (return) at ./methods.go:21:29
./methods.go:21:7: leaking param: v to result ~r0 level=0
./methods.go:23:7: parameter s leaks to {heap} with derefs=1:
./methods.go:23:7:   flow: {heap} = *s:
./methods.go:23:7:     from s.items (dot of pointer) at ./methods.go:24:20
./methods.go:23:7:     from append(s.items, x) (call parameter) at ./methods.go:24:18
./methods.go:23:7:     from s.items = append(s.items, x) (assign) at ./methods.go:24:10
./methods.go:23:7: leaking param content: s
./methods.go:27:7: parameter s leaks to {heap} with derefs=0:
./methods.go:27:7:   flow: {heap} = s:
./methods.go:27:7:     from top = s (assign) at ./methods.go:28:6
./methods.go:27:7: leaking param: s
./methods.go:31:7: s does not escape
./methods.go:38:7: &stack{} escapes to heap:
./methods.go:38:7:   flow: s = &{storage for &stack{}}:
./methods.go:38:7:     from &stack{} (spill) at ./methods.go:38:7
./methods.go:38:7:     from s := &stack{} (assign) at ./methods.go:38:4
./methods.go:38:7:   flow: {heap} = s:
./methods.go:38:7:     from (*stack).Register(s) (call parameter) at ./methods.go:41:12
./methods.go:38:7: &stack{} escapes to heap
