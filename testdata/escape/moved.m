# command-line-arguments
./moved.go:9:2: moved to heap: x
./moved.go:14:2: moved to heap: y
./moved.go:24:17: moved to heap: n
./moved.go:28:21: moved to heap: r
./moved.go:35:2: moved to heap: a
./moved.go:36:2: moved to heap: pa
