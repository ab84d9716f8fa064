# command-line-arguments
./convpos_panic.go:5:9: s does not escape
./convpos_panic.go:5:30: len(s) escapes to heap
./convpos_panic.go:6:9: leaking param: s
./convpos_panic.go:6:33: append(s, 1) escapes to heap
./convpos_panic.go:7:23: make([]int, 1) escapes to heap
./convpos_panic.go:7:23: make([]int, 1) escapes to heap
./convpos_panic.go:8:27: T1(x) escapes to heap
./convpos_panic.go:9:23: T1(5) escapes to heap
./convpos_panic.go:10:9: s does not escape
./convpos_panic.go:10:34: ([]byte)(s) escapes to heap
./convpos_panic.go:10:33: ([]byte)(s) escapes to heap
./convpos_panic.go:11:25: g(x) escapes to heap
./convpos_panic.go:12:9: s does not escape
./convpos_panic.go:12:30: cap(s) + 1 escapes to heap
./convpos_panic.go:13:9: s does not escape
./convpos_panic.go:13:44: len(s) does not escape
./convpos_panic.go:14:10: m does not escape
./convpos_panic.go:14:33: m[1] escapes to heap
