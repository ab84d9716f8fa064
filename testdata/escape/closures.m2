# command-line-arguments
./closures.go:6:2: nested capturing by value: a (addr=false assign=false width=8)
./closures.go:7:2: nested capturing by ref: b (addr=false assign=true width=8)
./closures.go:6:2: nested capturing by value: a (addr=false assign=false width=8)
./closures.go:7:2: nested capturing by ref: b (addr=true assign=true width=8)
./closures.go:8:7: func literal does not escape
./closures.go:9:8: func literal does not escape
./closures.go:18:9: func literal escapes to heap:
./closures.go:18:9:   flow: {heap} = &{storage for func literal}:
./closures.go:18:9:     from func literal (spill) at ./closures.go:18:9
./closures.go:18:9:     from sink = func literal (assign) at ./closures.go:18:7
./closures.go:17:2: esc capturing by ref: x (addr=false assign=true width=8)
./closures.go:17:2: x escapes to heap:
./closures.go:17:2:   flow: {storage for func literal} = &x:
./closures.go:17:2:     from x (captured by a closure) at ./closures.go:19:10
./closures.go:17:2:     from x (reference) at ./closures.go:19:10
./closures.go:17:2: esc capturing by ref: x (addr=true assign=true width=8)
./closures.go:17:2: moved to heap: x
./closures.go:18:9: func literal escapes to heap
./closures.go:19:10: func literal does not escape
./closures.go:26:9: func literal escapes to heap:
./closures.go:26:9:   flow: {heap} = &{storage for func literal}:
./closures.go:26:9:     from func literal (spill) at ./closures.go:26:9
./closures.go:25:3: loopc capturing by value: j (addr=false assign=false width=8)
./closures.go:26:9: func literal escapes to heap
./closures.go:31:2: direct capturing by ref: u (addr=true assign=false width=8)
./closures.go:32:7: func literal does not escape
./closures.go:38:6: big capturing by ref: arr (addr=false assign=false width=160)
./closures.go:39:9: func literal escapes to heap:
./closures.go:39:9:   flow: ~r0 = &{storage for func literal}:
./closures.go:39:9:     from func literal (spill) at ./closures.go:39:9
./closures.go:39:9:     from return func literal (return) at ./closures.go:39:2
./closures.go:38:6: arr escapes to heap:
./closures.go:38:6:   flow: {storage for func literal} = &arr:
./closures.go:38:6:     from arr (captured by a closure) at ./closures.go:39:29
./closures.go:38:6:     from arr (reference) at ./closures.go:39:29
./closures.go:38:6: moved to heap: arr
./closures.go:39:9: func literal escapes to heap
