# command-line-arguments
./m2_iface_box.go:10:2: x escapes to heap:
./m2_iface_box.go:10:2:   flow: {heap} = &{storage for x}:
./m2_iface_box.go:10:2:     from x (spill) at ./m2_iface_box.go:10:2
./m2_iface_box.go:10:2:     from sink = x (assign) at ./m2_iface_box.go:10:7
./m2_iface_box.go:10:2: x escapes to heap
./m2_iface_box.go:14:22: x does not escape
./m2_iface_box.go:19:2: s escapes to heap:
./m2_iface_box.go:19:2:   flow: {heap} = &{storage for s}:
./m2_iface_box.go:19:2:     from s (spill) at ./m2_iface_box.go:19:2
./m2_iface_box.go:19:2:     from sink = s (assign) at ./m2_iface_box.go:19:7
./m2_iface_box.go:19:2: s escapes to heap
./m2_iface_box.go:22:13: parameter p leaks to {heap} with derefs=0:
./m2_iface_box.go:22:13:   flow: {heap} = p:
./m2_iface_box.go:22:13:     from p (interface-converted) at ./m2_iface_box.go:23:2
./m2_iface_box.go:22:13:     from sink = p (assign) at ./m2_iface_box.go:23:7
./m2_iface_box.go:22:13: leaking param: p
./m2_iface_box.go:26:13: i does not escape
./m2_iface_box.go:36:9: &S{...} escapes to heap:
./m2_iface_box.go:36:9:   flow: {heap} = &{storage for &S{...}}:
./m2_iface_box.go:36:9:     from &S{...} (spill) at ./m2_iface_box.go:36:9
./m2_iface_box.go:36:9:     from boxPtr(&S{...}) (call parameter) at ./m2_iface_box.go:36:8
./m2_iface_box.go:36:9: &S{...} escapes to heap
./m2_iface_box.go:37:28: S{...} does not escape
