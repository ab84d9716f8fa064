# command-line-arguments
./m2_return_tuple.go:5:11: leaking param: p to result ~r1 level=0
./m2_return_tuple.go:5:14: leaking param: q to result ~r0 level=0
./m2_return_tuple.go:7:11: leaking param: p to result ~r0 level=0
./m2_return_tuple.go:7:14: leaking param: q to result ~r1 level=0
./m2_return_tuple.go:11:12: leaking param: s to result ~r0 level=0
./m2_return_tuple.go:11:12: leaking param: s to result ~r1 level=0
./m2_return_tuple.go:13:12: leaking param: s to result ~r0 level=0
./m2_return_tuple.go:13:12: leaking param: s to result ~r1 level=0
./m2_return_tuple.go:20:13: new(int) escapes to heap
./m2_return_tuple.go:20:23: new(int) escapes to heap
./m2_return_tuple.go:22:23: make([]int, 4) does not escape
