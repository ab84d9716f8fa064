# command-line-arguments
./boxing.go:11:2: x escapes to heap
./boxing.go:14:16: leaking param: s
./boxing.go:15:2: s escapes to heap
./boxing.go:19:2: p escapes to heap
./boxing.go:22:13: leaking param: p
./boxing.go:27:22: x does not escape
./boxing.go:32:20: (interface {})(x) escapes to heap
./boxing.go:36:2: 42 escapes to heap
./boxing.go:43:9: &pt{...} escapes to heap
