# command-line-arguments
./make.go:9:11: make([]int, n) escapes to heap
./make.go:14:11: make([]int, 8) does not escape
./make.go:20:11: make([]int, 0, 16) does not escape
./make.go:26:11: make([]byte, 65537) escapes to heap
./make.go:31:13: make([]int, 4) escapes to heap
./make.go:37:11: make([]byte, size) does not escape
./make.go:42:11: make([]int, 0, n) escapes to heap
