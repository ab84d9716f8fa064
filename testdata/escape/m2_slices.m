# command-line-arguments
./m2_slices.go:8:11: make([]int, 8) does not escape
./m2_slices.go:13:11: make([]int, n) escapes to heap
./m2_slices.go:22:6: moved to heap: a
./m2_slices.go:26:15: p does not escape
