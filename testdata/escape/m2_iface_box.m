# command-line-arguments
./m2_iface_box.go:10:2: x escapes to heap
./m2_iface_box.go:14:22: x does not escape
./m2_iface_box.go:19:2: s escapes to heap
./m2_iface_box.go:22:13: leaking param: p
./m2_iface_box.go:26:13: i does not escape
./m2_iface_box.go:36:9: &S{...} escapes to heap
./m2_iface_box.go:37:28: S{...} does not escape
