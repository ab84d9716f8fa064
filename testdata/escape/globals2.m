# command-line-arguments
./globals2.go:19:8: leaking param: p to result ~r0 level=0
./globals2.go:7:13: new(int) escapes to heap
./globals2.go:10:24: map[string]int{...} escapes to heap
./globals2.go:11:14: make([]int, 10) escapes to heap
./globals2.go:13:20: ... argument does not escape
./globals2.go:13:21: 1 escapes to heap
