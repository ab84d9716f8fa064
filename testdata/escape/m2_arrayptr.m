# command-line-arguments
./m2_arrayptr.go:10:8: leaking param: p to result ~r0 level=1
./m2_arrayptr.go:14:8: leaking param content: p
./m2_arrayptr.go:18:8: leaking param: s
./m2_arrayptr.go:23:6: moved to heap: s
