# command-line-arguments
./loops.go:10:3: x escapes to heap:
./loops.go:10:3:   flow: p = &x:
./loops.go:10:3:     from &x (address-of) at ./loops.go:11:7
./loops.go:10:3:     from p = &x (assign) at ./loops.go:11:5
./loops.go:10:3: moved to heap: x
./loops.go:21:3: x escapes to heap:
./loops.go:21:3:   flow: p = &x:
./loops.go:21:3:     from &x (address-of) at ./loops.go:22:7
./loops.go:21:3:     from p = &x (assign) at ./loops.go:22:5
./loops.go:21:3: moved to heap: x
./loops.go:40:3: v escapes to heap:
./loops.go:40:3:   flow: {heap} = &v:
./loops.go:40:3:     from &v (address-of) at ./loops.go:41:19
./loops.go:40:3:     from append(ps, &v) (call parameter) at ./loops.go:41:14
./loops.go:40:3: moved to heap: v
