# command-line-arguments
./structs.go:17:12: leaking param: o to result ~r0 level=1
./structs.go:21:13: leaking param: o to result ~r0 level=2
./structs.go:25:14: leaking param: o to result ~r0 level=0
./structs.go:29:12: p does not escape
./structs.go:35:16: leaking param: p to result ~r0 level=0
