# command-line-arguments
./m2_goroutine.go:5:21: out does not escape
./m2_goroutine.go:5:37: p does not escape
./m2_goroutine.go:13:3: func literal escapes to heap:
./m2_goroutine.go:13:3:   flow: {heap} = &{storage for func literal}:
./m2_goroutine.go:13:3:     from func literal (spill) at ./m2_goroutine.go:13:3
./m2_goroutine.go:13:12: spawn capturing by value: .autotmp_7 (addr=false assign=false width=8)
./m2_goroutine.go:13:12: spawn capturing by value: .autotmp_8 (addr=false assign=false width=8)
./m2_goroutine.go:13:20: spawn capturing by value: .autotmp_9 (addr=false assign=false width=8)
./m2_goroutine.go:11:2: x escapes to heap:
./m2_goroutine.go:11:2:   flow: .autotmp_9 = &x:
./m2_goroutine.go:11:2:     from &x (address-of) at ./m2_goroutine.go:13:20
./m2_goroutine.go:11:2:     from .autotmp_9 = &x (assign) at ./m2_goroutine.go:13:20
./m2_goroutine.go:11:2:   flow: {storage for func literal} = .autotmp_9:
./m2_goroutine.go:11:2:     from .autotmp_9 (captured by a closure) at ./m2_goroutine.go:13:12
./m2_goroutine.go:11:2: moved to heap: x
