# command-line-arguments
./gotoloop.go:10:2: moved to heap: x
