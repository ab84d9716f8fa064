# command-line-arguments
./ddd.go:8:10: xs does not escape
./ddd.go:16:11: leaking param: xs
./ddd.go:20:12: leaking param: ps to result ~r0 level=1
./ddd.go:25:12: ... argument does not escape
./ddd.go:29:6: ... argument escapes to heap
./ddd.go:34:15: ... argument does not escape
./ddd.go:37:13: s does not escape
./ddd.go:43:55: []int{...} does not escape
