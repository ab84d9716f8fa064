# command-line-arguments
./toolarge.go:10:6: moved to heap: a
./toolarge.go:16:10: new(huge) escapes to heap
./toolarge.go:22:11: make([]byte, 1 << 17) escapes to heap
./toolarge.go:27:11: make([]byte, 1 << 10) does not escape
./toolarge.go:32:7: &huge{} escapes to heap
