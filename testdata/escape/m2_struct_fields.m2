# command-line-arguments
./m2_struct_fields.go:13:15: parameter o leaks to {heap} with derefs=0:
./m2_struct_fields.go:13:15:   flow: {heap} = o:
./m2_struct_fields.go:13:15:     from o.in (dot) at ./m2_struct_fields.go:14:10
./m2_struct_fields.go:13:15:     from o.in.p (dot) at ./m2_struct_fields.go:14:13
./m2_struct_fields.go:13:15:     from sink = o.in.p (assign) at ./m2_struct_fields.go:14:7
./m2_struct_fields.go:13:15: leaking param: o
./m2_struct_fields.go:17:13: parameter o leaks to {heap} with derefs=2:
./m2_struct_fields.go:17:13:   flow: {heap} = **o:
./m2_struct_fields.go:17:13:     from o.ptr (dot of pointer) at ./m2_struct_fields.go:18:10
./m2_struct_fields.go:17:13:     from o.ptr.p (dot of pointer) at ./m2_struct_fields.go:18:14
./m2_struct_fields.go:17:13:     from sink = o.ptr.p (assign) at ./m2_struct_fields.go:18:7
./m2_struct_fields.go:17:13: leaking param content: o
./m2_struct_fields.go:21:16: parameter o leaks to ~r0 with derefs=0:
./m2_struct_fields.go:21:16:   flow: ~r0 = o:
./m2_struct_fields.go:21:16:     from o.in (dot of pointer) at ./m2_struct_fields.go:22:11
./m2_struct_fields.go:21:16:     from &o.in (address-of) at ./m2_struct_fields.go:22:9
./m2_struct_fields.go:21:16:     from return &o.in (return) at ./m2_struct_fields.go:22:2
./m2_struct_fields.go:21:16: leaking param: o to result ~r0 level=0
./m2_struct_fields.go:27:33: &inner{...} escapes to heap:
./m2_struct_fields.go:27:33:   flow: o = &{storage for &inner{...}}:
./m2_struct_fields.go:27:33:     from &inner{...} (spill) at ./m2_struct_fields.go:27:33
./m2_struct_fields.go:27:33:     from outer{...} (struct literal element) at ./m2_struct_fields.go:27:12
./m2_struct_fields.go:27:33:     from o := outer{...} (assign) at ./m2_struct_fields.go:27:4
./m2_struct_fields.go:27:33:   flow: {heap} = o:
./m2_struct_fields.go:27:33:     from viaValue(o) (call parameter) at ./m2_struct_fields.go:28:10
./m2_struct_fields.go:26:2: x escapes to heap:
./m2_struct_fields.go:26:2:   flow: o = &x:
./m2_struct_fields.go:26:2:     from &x (address-of) at ./m2_struct_fields.go:27:23
./m2_struct_fields.go:26:2:     from inner{...} (struct literal element) at ./m2_struct_fields.go:27:22
./m2_struct_fields.go:26:2:     from outer{...} (struct literal element) at ./m2_struct_fields.go:27:12
./m2_struct_fields.go:26:2:     from o := outer{...} (assign) at ./m2_struct_fields.go:27:4
./m2_struct_fields.go:26:2:   flow: {heap} = o:
./m2_struct_fields.go:26:2:     from viaValue(o) (call parameter) at ./m2_struct_fields.go:28:10
./m2_struct_fields.go:26:2: moved to heap: x
./m2_struct_fields.go:27:33: &inner{...} escapes to heap
