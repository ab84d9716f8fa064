# command-line-arguments
./structs.go:17:12: parameter o leaks to ~r0 with derefs=1:
./structs.go:17:12:   flow: ~r0 = *o:
./structs.go:17:12:     from o.in (dot of pointer) at ./structs.go:18:10
./structs.go:17:12:     from o.in.p (dot) at ./structs.go:18:13
./structs.go:17:12:     from return o.in.p (return) at ./structs.go:18:2
./structs.go:17:12: leaking param: o to result ~r0 level=1
./structs.go:21:13: parameter o leaks to ~r0 with derefs=2:
./structs.go:21:13:   flow: ~r0 = **o:
./structs.go:21:13:     from o.ptr (dot of pointer) at ./structs.go:22:10
./structs.go:21:13:     from o.ptr.p (dot of pointer) at ./structs.go:22:14
./structs.go:21:13:     from return o.ptr.p (return) at ./structs.go:22:2
./structs.go:21:13: leaking param: o to result ~r0 level=2
./structs.go:25:14: parameter o leaks to ~r0 with derefs=0:
./structs.go:25:14:   flow: ~r0 = o:
./structs.go:25:14:     from o.in (dot) at ./structs.go:26:10
./structs.go:25:14:     from o.in.p (dot) at ./structs.go:26:13
./structs.go:25:14:     from return o.in.p (return) at ./structs.go:26:2
./structs.go:25:14: leaking param: o to result ~r0 level=0
./structs.go:29:12: p does not escape
./structs.go:35:16: parameter p leaks to ~r0 with derefs=0:
./structs.go:35:16:   flow: i = p:
./structs.go:35:16:     from i.p = p (assign) at ./structs.go:37:6
./structs.go:35:16:   flow: ~r0 = i:
./structs.go:35:16:     from return i (return) at ./structs.go:38:2
./structs.go:35:16: leaking param: p to result ~r0 level=0
