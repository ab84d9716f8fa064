# command-line-arguments
./loops.go:10:3: moved to heap: x
./loops.go:21:3: moved to heap: x
./loops.go:40:3: moved to heap: v
