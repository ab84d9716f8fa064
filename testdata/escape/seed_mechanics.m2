# command-line-arguments
./seed_mechanics.go:14:2: u escapes to heap:
./seed_mechanics.go:14:2:   flow: ~r0 = &u:
./seed_mechanics.go:14:2:     from &u (address-of) at ./seed_mechanics.go:15:9
./seed_mechanics.go:14:2:     from return &u (return) at ./seed_mechanics.go:15:2
./seed_mechanics.go:14:2: moved to heap: u
./seed_mechanics.go:19:13: make([]int, n) escapes to heap:
./seed_mechanics.go:19:13:   flow: {heap} = &{storage for make([]int, n)}:
./seed_mechanics.go:19:13:     from make([]int, n) (non-constant size) at ./seed_mechanics.go:19:13
./seed_mechanics.go:19:13: make([]int, n) escapes to heap
./seed_mechanics.go:23:11: make([]int, 10) does not escape
./seed_mechanics.go:28:2: counter capturing by ref: c (addr=false assign=true width=8)
./seed_mechanics.go:29:9: func literal escapes to heap:
./seed_mechanics.go:29:9:   flow: ~r0 = &{storage for func literal}:
./seed_mechanics.go:29:9:     from func literal (spill) at ./seed_mechanics.go:29:9
./seed_mechanics.go:29:9:     from return func literal (return) at ./seed_mechanics.go:29:2
./seed_mechanics.go:28:2: c escapes to heap:
./seed_mechanics.go:28:2:   flow: {storage for func literal} = &c:
./seed_mechanics.go:28:2:     from c (captured by a closure) at ./seed_mechanics.go:30:3
./seed_mechanics.go:28:2:     from c (reference) at ./seed_mechanics.go:30:3
./seed_mechanics.go:28:2: moved to heap: c
./seed_mechanics.go:29:9: func literal escapes to heap
./seed_mechanics.go:43:16: b does not escape
