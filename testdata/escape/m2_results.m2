# command-line-arguments
./m2_results.go:7:9: parameter p leaks to ~r0 with derefs=0:
./m2_results.go:7:9:   flow: ~r0 = p:
./m2_results.go:7:9:     from return p (return) at ./m2_results.go:7:36
./m2_results.go:7:9: leaking param: p to result ~r0 level=0
./m2_results.go:8:12: parameter pp leaks to ~r0 with derefs=1:
./m2_results.go:8:12:   flow: ~r0 = *pp:
./m2_results.go:8:12:     from *pp (indirection) at ./m2_results.go:8:43
./m2_results.go:8:12:     from return *pp (return) at ./m2_results.go:8:36
./m2_results.go:8:12: leaking param: pp to result ~r0 level=1
./m2_results.go:9:12: parameter b leaks to ~r0 with derefs=1:
./m2_results.go:9:12:   flow: ~r0 = *b:
./m2_results.go:9:12:     from b.p (dot of pointer) at ./m2_results.go:9:44
./m2_results.go:9:12:     from return b.p (return) at ./m2_results.go:9:36
./m2_results.go:9:12: leaking param: b to result ~r0 level=1
./m2_results.go:10:11: parameter p leaks to ~r1 with derefs=0:
./m2_results.go:10:11:   flow: ~r1 = p:
./m2_results.go:10:11:     from return q, p (return) at ./m2_results.go:10:37
./m2_results.go:10:14: parameter q leaks to ~r0 with derefs=0:
./m2_results.go:10:14:   flow: ~r0 = q:
./m2_results.go:10:14:     from return q, p (return) at ./m2_results.go:10:37
./m2_results.go:10:11: leaking param: p to result ~r1 level=0
./m2_results.go:10:14: leaking param: q to result ~r0 level=0
./m2_results.go:11:14: parameter s leaks to ~r0 with derefs=1:
./m2_results.go:11:14:   flow: ~r0 = *s:
./m2_results.go:11:14:     from s[0] (dot of pointer) at ./m2_results.go:11:45
./m2_results.go:11:14:     from return s[0] (return) at ./m2_results.go:11:37
./m2_results.go:11:14: leaking param: s to result ~r0 level=1
./m2_results.go:12:12: parameter p leaks to r with derefs=0:
./m2_results.go:12:12:   flow: r = p:
./m2_results.go:12:12:     from r = p (assign) at ./m2_results.go:12:38
./m2_results.go:12:12: leaking param: p to result r level=0
./m2_results.go:18:13: []*int{...} does not escape
