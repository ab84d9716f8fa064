# command-line-arguments
./recursion.go:11:13: l does not escape
./recursion.go:18:11: parameter l leaks to ~r0 with derefs=0:
./recursion.go:18:11:   flow: ~r0 = l:
./recursion.go:18:11:     from return l (return) at ./recursion.go:20:3
./recursion.go:18:11: leaking param: l to result ~r0 level=0
./recursion.go:25:11: p does not escape
./recursion.go:32:10: p does not escape
./recursion.go:50:9: &list{...} escapes to heap:
./recursion.go:50:9:   flow: ~r0 = &{storage for &list{...}}:
./recursion.go:50:9:     from &list{...} (spill) at ./recursion.go:50:9
./recursion.go:50:9:     from return &list{...} (return) at ./recursion.go:50:2
./recursion.go:50:9: &list{...} escapes to heap
