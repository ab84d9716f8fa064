# command-line-arguments
./m2_recursion.go:14:9: &list{...} escapes to heap
./m2_recursion.go:17:11: leaking param: p
./m2_recursion.go:24:10: leaking param: p
./m2_recursion.go:32:2: moved to heap: x
