# command-line-arguments
./moved.go:9:2: x escapes to heap:
./moved.go:9:2:   flow: ~r0 = &x:
./moved.go:9:2:     from &x (address-of) at ./moved.go:10:9
./moved.go:9:2:     from return &x (return) at ./moved.go:10:2
./moved.go:9:2: moved to heap: x
./moved.go:14:2: y escapes to heap:
./moved.go:14:2:   flow: {heap} = &y:
./moved.go:14:2:     from &y (address-of) at ./moved.go:15:7
./moved.go:14:2:     from gp = &y (assign) at ./moved.go:15:5
./moved.go:14:2: moved to heap: y
./moved.go:24:17: parameter n leaks to ~r0 with derefs=0:
./moved.go:24:17:   flow: ~r0 = &n:
./moved.go:24:17:     from &n (address-of) at ./moved.go:25:9
./moved.go:24:17:     from return &n (return) at ./moved.go:25:2
./moved.go:24:17: n escapes to heap:
./moved.go:24:17:   flow: ~r0 = &n:
./moved.go:24:17:     from &n (address-of) at ./moved.go:25:9
./moved.go:24:17:     from return &n (return) at ./moved.go:25:2
./moved.go:24:17: moved to heap: n
./moved.go:28:21: r escapes to heap:
./moved.go:28:21:   flow: p = &r:
./moved.go:28:21:     from &r (address-of) at ./moved.go:30:6
./moved.go:28:21:     from p = &r (assign) at ./moved.go:30:4
./moved.go:28:21: moved to heap: r
./moved.go:36:2: pa escapes to heap:
./moved.go:36:2:   flow: ~r0 = &pa:
./moved.go:36:2:     from &pa (address-of) at ./moved.go:37:9
./moved.go:36:2:     from return &pa (return) at ./moved.go:37:2
./moved.go:35:2: a escapes to heap:
./moved.go:35:2:   flow: pa = &a:
./moved.go:35:2:     from &a (address-of) at ./moved.go:36:8
./moved.go:35:2:     from pa := &a (assign) at ./moved.go:36:5
./moved.go:35:2: moved to heap: a
./moved.go:36:2: moved to heap: pa
