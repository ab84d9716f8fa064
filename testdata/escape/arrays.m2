# command-line-arguments
./arrays.go:8:18: parameter p leaks to ~r0 with derefs=0:
./arrays.go:8:18:   flow: ~r0 = p:
./arrays.go:8:18:     from [2]*int{...} (array literal element) at ./arrays.go:9:16
./arrays.go:8:18:     from return [2]*int{...} (return) at ./arrays.go:9:2
./arrays.go:8:18: leaking param: p to result ~r0 level=0
./arrays.go:13:6: a escapes to heap:
./arrays.go:13:6:   flow: {heap} = &a:
./arrays.go:13:6:     from a (address-of) at ./arrays.go:14:7
./arrays.go:13:6:     from a[:] (slice) at ./arrays.go:14:8
./arrays.go:13:6:     from gs = a[:] (assign) at ./arrays.go:14:5
./arrays.go:13:6: moved to heap: a
./arrays.go:23:17: parameter a leaks to ~r0 with derefs=0:
./arrays.go:23:17:   flow: ~r0 = a:
./arrays.go:23:17:     from a[1] (fixed-array-index-of) at ./arrays.go:24:10
./arrays.go:23:17:     from return a[1] (return) at ./arrays.go:24:2
./arrays.go:23:17: leaking param: a to result ~r0 level=0
./arrays.go:27:15: a does not escape
