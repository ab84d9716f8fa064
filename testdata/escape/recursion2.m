# command-line-arguments
./recursion2.go:5:11: leaking param: p
./recursion2.go:12:10: leaking param: p
./recursion2.go:20:11: leaking param: p to result ~r0 level=0
./recursion2.go:27:12: leaking param: p
./recursion2.go:29:12: leaking param: q to result ~r0 level=0
./recursion2.go:28:2: moved to heap: b
./recursion2.go:30:3: moved to heap: c
./recursion2.go:29:7: func literal does not escape
./recursion2.go:41:2: moved to heap: x
