# command-line-arguments
./m2_wrap_value.go:7:7: leaking param: p to result ~r0 level=0
./m2_wrap_value.go:8:7: leaking param: p to result ~r0 level=0
./m2_wrap_value.go:8:7: leaking param: p to result ~r1 level=0
./m2_wrap_value.go:9:7: p does not escape
./m2_wrap_value.go:9:22: leaking param: q
./m2_wrap_value.go:10:7: p does not escape
./m2_wrap_value.go:10:20: vs does not escape
./m2_wrap_value.go:11:7: p does not escape
./m2_wrap_value.go:11:22: leaking param: x
./m2_wrap_value.go:12:7: p does not escape
./m2_wrap_value.go:17:2: moved to heap: x
./m2_wrap_value.go:17:5: moved to heap: y
./m2_wrap_value.go:22:23: ... argument does not escape
