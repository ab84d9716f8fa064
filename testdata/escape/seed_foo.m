# command-line-arguments
./seed_foo.go:4:6: moved to heap: x
