# command-line-arguments
./methods.go:16:7: v does not escape
./methods.go:21:7: leaking param: v to result ~r0 level=0
./methods.go:23:7: leaking param content: s
./methods.go:27:7: leaking param: s
./methods.go:31:7: s does not escape
./methods.go:38:7: &stack{} escapes to heap
