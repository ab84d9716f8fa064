# command-line-arguments
./m2_variadic.go:7:10: xs does not escape
./m2_variadic.go:15:12: leaking param: ps
./m2_variadic.go:19:13: xs does not escape
./m2_variadic.go:24:2: moved to heap: a
./m2_variadic.go:24:5: moved to heap: b
./m2_variadic.go:25:7: ... argument escapes to heap
./m2_variadic.go:26:13: ... argument does not escape
./m2_variadic.go:26:36: []int{...} does not escape
