# command-line-arguments
./leakresult.go:10:15: parameter p leaks to ~r0 with derefs=0:
./leakresult.go:10:15:   flow: ~r0 = p:
./leakresult.go:10:15:     from return p (return) at ./leakresult.go:11:2
./leakresult.go:10:15: leaking param: p to result ~r0 level=0
./leakresult.go:14:12: parameter p leaks to r with derefs=0:
./leakresult.go:14:12:   flow: r = p:
./leakresult.go:14:12:     from r = p (assign) at ./leakresult.go:15:4
./leakresult.go:14:12: leaking param: p to result r level=0
./leakresult.go:19:13: parameter p leaks to ~r1 with derefs=0:
./leakresult.go:19:13:   flow: ~r1 = p:
./leakresult.go:19:13:     from return q, p (return) at ./leakresult.go:20:2
./leakresult.go:19:16: parameter q leaks to ~r0 with derefs=0:
./leakresult.go:19:16:   flow: ~r0 = q:
./leakresult.go:19:16:     from return q, p (return) at ./leakresult.go:20:2
./leakresult.go:19:13: leaking param: p to result ~r1 level=0
./leakresult.go:19:16: leaking param: q to result ~r0 level=0
./leakresult.go:23:12: parameter b leaks to ~r0 with derefs=1:
./leakresult.go:23:12:   flow: ~r0 = *b:
./leakresult.go:23:12:     from b.p (dot of pointer) at ./leakresult.go:24:10
./leakresult.go:23:12:     from return b.p (return) at ./leakresult.go:24:2
./leakresult.go:23:12: leaking param: b to result ~r0 level=1
./leakresult.go:27:12: parameter pp leaks to ~r0 with derefs=1:
./leakresult.go:27:12:   flow: ~r0 = *pp:
./leakresult.go:27:12:     from *pp (indirection) at ./leakresult.go:28:9
./leakresult.go:27:12:     from return *pp (return) at ./leakresult.go:28:2
./leakresult.go:27:12: leaking param: pp to result ~r0 level=1
./leakresult.go:31:11: parameter p leaks to ~r0 with derefs=0:
./leakresult.go:31:11:   flow: ~r0 = p:
./leakresult.go:31:11:     from box{...} (struct literal element) at ./leakresult.go:32:12
./leakresult.go:31:11:     from return box{...} (return) at ./leakresult.go:32:2
./leakresult.go:31:11: leaking param: p to result ~r0 level=0
