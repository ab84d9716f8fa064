# command-line-arguments
./recursion.go:11:13: l does not escape
./recursion.go:18:11: leaking param: l to result ~r0 level=0
./recursion.go:25:11: p does not escape
./recursion.go:32:10: p does not escape
./recursion.go:50:9: &list{...} escapes to heap
