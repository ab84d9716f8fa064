# command-line-arguments
./convpos_nested.go:14:33: U{...} escapes to heap:
./convpos_nested.go:14:33:   flow: o = &{storage for U{...}}:
./convpos_nested.go:14:33:     from U{...} (spill) at ./convpos_nested.go:14:33
./convpos_nested.go:14:33:     from o = U{...} (assign) at ./convpos_nested.go:14:6
./convpos_nested.go:14:33:   flow: {heap} = o:
./convpos_nested.go:14:33:     from sink, _ = o, q (assign-pair) at ./convpos_nested.go:17:10
./convpos_nested.go:12:23: T{...} escapes to heap:
./convpos_nested.go:12:23:   flow: m = &{storage for T{...}}:
./convpos_nested.go:12:23:     from T{...} (spill) at ./convpos_nested.go:12:23
./convpos_nested.go:12:23:     from m = T{...} (assign) at ./convpos_nested.go:12:6
./convpos_nested.go:12:23:   flow: {heap} = m:
./convpos_nested.go:12:23:     from sink, _ = m, n (assign-pair) at ./convpos_nested.go:16:10
./convpos_nested.go:11:36: parameter p leaks to {storage for U{...}} with derefs=0:
./convpos_nested.go:11:36:   flow: {storage for U{...}} = p:
./convpos_nested.go:11:36:     from U{...} (struct literal element) at ./convpos_nested.go:14:23
./convpos_nested.go:11:36:     from U{...} (interface-converted) at ./convpos_nested.go:14:33
./convpos_nested.go:11:15: ch does not escape
./convpos_nested.go:11:36: leaking param: p
./convpos_nested.go:12:23: T{...} escapes to heap
./convpos_nested.go:13:33: U{...} does not escape
./convpos_nested.go:14:33: U{...} escapes to heap
./convpos_nested.go:15:28: U{...} does not escape
