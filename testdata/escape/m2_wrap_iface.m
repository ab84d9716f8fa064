# command-line-arguments
./m2_wrap_iface.go:15:7: f does not escape
./m2_wrap_iface.go:15:21: p does not escape
./m2_wrap_iface.go:16:7: f does not escape
./m2_wrap_iface.go:17:7: f does not escape
./m2_wrap_iface.go:17:21: leaking param: prefix to result ~r0 level=0
./m2_wrap_iface.go:19:10: leaking param: rc
./m2_wrap_iface.go:20:13: make([]byte, 4) escapes to heap
./m2_wrap_iface.go:27:14: &file{...} escapes to heap
./m2_wrap_iface.go:27:32: ([]byte)("hello") escapes to heap
