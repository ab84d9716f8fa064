# command-line-arguments
./leakresult.go:10:15: leaking param: p to result ~r0 level=0
./leakresult.go:14:12: leaking param: p to result r level=0
./leakresult.go:19:13: leaking param: p to result ~r1 level=0
./leakresult.go:19:16: leaking param: q to result ~r0 level=0
./leakresult.go:23:12: leaking param: b to result ~r0 level=1
./leakresult.go:27:12: leaking param: pp to result ~r0 level=1
./leakresult.go:31:11: leaking param: p to result ~r0 level=0
