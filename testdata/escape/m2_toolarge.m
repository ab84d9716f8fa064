# command-line-arguments
./m2_toolarge.go:12:11: make([]byte, 70000) escapes to heap
./m2_toolarge.go:17:10: new([20000]int) escapes to heap
