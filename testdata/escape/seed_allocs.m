# command-line-arguments
./seed_allocs.go:10:2: moved to heap: res
./seed_allocs.go:14:14: y does not escape
