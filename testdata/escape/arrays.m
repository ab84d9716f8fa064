# command-line-arguments
./arrays.go:8:18: leaking param: p to result ~r0 level=0
./arrays.go:13:6: moved to heap: a
./arrays.go:23:17: leaking param: a to result ~r0 level=0
./arrays.go:27:15: a does not escape
