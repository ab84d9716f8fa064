# command-line-arguments
./m2_switch.go:7:15: leaking param: x
./m2_switch.go:12:3: v escapes to heap
./m2_switch.go:20:2: moved to heap: n
./m2_switch.go:22:11: "s" escapes to heap
