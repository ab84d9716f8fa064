# command-line-arguments
./convpos_nested.go:11:15: ch does not escape
./convpos_nested.go:11:36: leaking param: p
./convpos_nested.go:12:23: T{...} escapes to heap
./convpos_nested.go:13:33: U{...} does not escape
./convpos_nested.go:14:33: U{...} escapes to heap
./convpos_nested.go:15:28: U{...} does not escape
