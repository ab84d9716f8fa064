# command-line-arguments
./captures.go:5:10: s does not escape
./captures.go:14:2: ab capturing by value: a (addr=false assign=false width=8)
./captures.go:14:5: ab capturing by value: b (addr=false assign=false width=8)
./captures.go:17:6: ab capturing by value: c (addr=false assign=false width=8)
./captures.go:19:7: func literal escapes to heap:
./captures.go:19:7:   flow: g = &{storage for func literal}:
./captures.go:19:7:     from func literal (spill) at ./captures.go:19:7
./captures.go:19:7:     from g := func literal (assign) at ./captures.go:19:4
./captures.go:19:7:   flow: {heap} = g:
./captures.go:19:7:     from g (interface-converted) at ./captures.go:20:2
./captures.go:19:7:     from sink = g (assign) at ./captures.go:20:7
./captures.go:15:7: func literal does not escape
./captures.go:19:7: func literal escapes to heap
./captures.go:24:10: p does not escape
./captures.go:24:18: s does not escape
./captures.go:28:2: func literal escapes to heap:
./captures.go:28:2:   flow: {heap} = &{storage for func literal}:
./captures.go:28:2:     from func literal (spill) at ./captures.go:28:2
./captures.go:28:9: gw capturing by value: .autotmp_1 (addr=false assign=false width=8)
./captures.go:27:2: x escapes to heap:
./captures.go:27:2:   flow: .autotmp_1 = &x:
./captures.go:27:2:     from &x (address-of) at ./captures.go:28:9
./captures.go:27:2:     from .autotmp_1 = &x (assign) at ./captures.go:28:9
./captures.go:27:2:   flow: {storage for func literal} = .autotmp_1:
./captures.go:27:2:     from .autotmp_1 (captured by a closure) at ./captures.go:28:8
./captures.go:27:2: moved to heap: x
./captures.go:28:18: []int{...} does not escape
