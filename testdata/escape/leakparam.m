# command-line-arguments
./leakparam.go:9:11: leaking param: p
./leakparam.go:13:16: leaking param: s
./leakparam.go:17:14: leaking param: p
./leakparam.go:17:17: q does not escape
./leakparam.go:22:19: leaking param: p
./leakparam.go:28:2: moved to heap: x
./leakparam.go:28:5: moved to heap: y
./leakparam.go:30:17: []int{...} escapes to heap
