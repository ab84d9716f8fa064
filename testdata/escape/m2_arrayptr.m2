# command-line-arguments
./m2_arrayptr.go:10:8: parameter p leaks to ~r0 with derefs=1:
./m2_arrayptr.go:10:8:   flow: ~r0 = *p:
./m2_arrayptr.go:10:8:     from p (indirection) at ./m2_arrayptr.go:11:9
./m2_arrayptr.go:10:8:     from p[1] (fixed-array-index-of) at ./m2_arrayptr.go:11:10
./m2_arrayptr.go:10:8:     from return p[1] (return) at ./m2_arrayptr.go:11:2
./m2_arrayptr.go:10:8: leaking param: p to result ~r0 level=1
./m2_arrayptr.go:14:8: parameter p leaks to {heap} with derefs=1:
./m2_arrayptr.go:14:8:   flow: {heap} = *p:
./m2_arrayptr.go:14:8:     from p (indirection) at ./m2_arrayptr.go:15:7
./m2_arrayptr.go:14:8:     from p[2] (fixed-array-index-of) at ./m2_arrayptr.go:15:8
./m2_arrayptr.go:14:8:     from gp = p[2] (assign) at ./m2_arrayptr.go:15:5
./m2_arrayptr.go:14:8: leaking param content: p
./m2_arrayptr.go:18:8: parameter s leaks to {heap} with derefs=0:
./m2_arrayptr.go:18:8:   flow: {heap} = s:
./m2_arrayptr.go:18:8:     from s.arr (dot of pointer) at ./m2_arrayptr.go:19:8
./m2_arrayptr.go:18:8:     from s.arr (address-of) at ./m2_arrayptr.go:19:7
./m2_arrayptr.go:18:8:     from s.arr[:] (slice) at ./m2_arrayptr.go:19:12
./m2_arrayptr.go:18:8:     from gs = s.arr[:] (assign) at ./m2_arrayptr.go:19:5
./m2_arrayptr.go:18:8: leaking param: s
./m2_arrayptr.go:23:6: s escapes to heap:
./m2_arrayptr.go:23:6:   flow: {heap} = &s:
./m2_arrayptr.go:23:6:     from s.arr (dot) at ./m2_arrayptr.go:24:8
./m2_arrayptr.go:23:6:     from s.arr (address-of) at ./m2_arrayptr.go:24:7
./m2_arrayptr.go:23:6:     from s.arr[1:] (slice) at ./m2_arrayptr.go:24:12
./m2_arrayptr.go:23:6:     from gs = s.arr[1:] (assign) at ./m2_arrayptr.go:24:5
./m2_arrayptr.go:23:6: moved to heap: s
