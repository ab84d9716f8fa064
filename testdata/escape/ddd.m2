# command-line-arguments
./ddd.go:8:10: xs does not escape
./ddd.go:16:11: parameter xs leaks to {heap} with derefs=0:
./ddd.go:16:11:   flow: {heap} = xs:
./ddd.go:16:11:     from kept = xs (assign) at ./ddd.go:17:7
./ddd.go:16:11: leaking param: xs
./ddd.go:20:12: parameter ps leaks to ~r0 with derefs=1:
./ddd.go:20:12:   flow: ~r0 = *ps:
./ddd.go:20:12:     from ps[0] (dot of pointer) at ./ddd.go:21:11
./ddd.go:20:12:     from return ps[0] (return) at ./ddd.go:21:2
./ddd.go:20:12: leaking param: ps to result ~r0 level=1
./ddd.go:25:12: ... argument does not escape
./ddd.go:29:6: ... argument escapes to heap:
./ddd.go:29:6:   flow: {heap} = &{storage for ... argument}:
./ddd.go:29:6:     from ... argument (spill) at ./ddd.go:29:6
./ddd.go:29:6:     from keep(... argument...) (call parameter) at ./ddd.go:29:6
./ddd.go:29:6: ... argument escapes to heap
./ddd.go:34:15: ... argument does not escape
./ddd.go:37:13: s does not escape
./ddd.go:43:55: []int{...} does not escape
