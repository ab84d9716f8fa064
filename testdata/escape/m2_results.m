# command-line-arguments
./m2_results.go:7:9: leaking param: p to result ~r0 level=0
./m2_results.go:8:12: leaking param: pp to result ~r0 level=1
./m2_results.go:9:12: leaking param: b to result ~r0 level=1
./m2_results.go:10:11: leaking param: p to result ~r1 level=0
./m2_results.go:10:14: leaking param: q to result ~r0 level=0
./m2_results.go:11:14: leaking param: s to result ~r0 level=1
./m2_results.go:12:12: leaking param: p to result r level=0
./m2_results.go:18:13: []*int{...} does not escape
