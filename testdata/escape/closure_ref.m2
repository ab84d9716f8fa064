# command-line-arguments
./closure_ref.go:8:2: counter capturing by ref: n (addr=false assign=true width=8)
./closure_ref.go:9:9: func literal escapes to heap:
./closure_ref.go:9:9:   flow: ~r0 = &{storage for func literal}:
./closure_ref.go:9:9:     from func literal (spill) at ./closure_ref.go:9:9
./closure_ref.go:9:9:     from return func literal (return) at ./closure_ref.go:9:2
./closure_ref.go:8:2: n escapes to heap:
./closure_ref.go:8:2:   flow: {storage for func literal} = &n:
./closure_ref.go:8:2:     from n (captured by a closure) at ./closure_ref.go:10:3
./closure_ref.go:8:2:     from n (reference) at ./closure_ref.go:10:3
./closure_ref.go:8:2: moved to heap: n
./closure_ref.go:9:9: func literal escapes to heap
./closure_ref.go:16:2: localCounter capturing by ref: c (addr=false assign=true width=8)
./closure_ref.go:17:9: func literal does not escape
./closure_ref.go:24:2: accumulate capturing by ref: sum (addr=false assign=true width=8)
./closure_ref.go:23:17: xs does not escape
./closure_ref.go:25:9: func literal does not escape
./closure_ref.go:33:2: makeAdder capturing by ref: total (addr=false assign=true width=8)
./closure_ref.go:33:2: makeAdder capturing by ref: total (addr=true assign=true width=8)
./closure_ref.go:34:37: func literal escapes to heap:
./closure_ref.go:34:37:   flow: ~r1 = &{storage for func literal}:
./closure_ref.go:34:37:     from func literal (spill) at ./closure_ref.go:34:37
./closure_ref.go:34:37:     from return func literal, func literal (return) at ./closure_ref.go:34:2
./closure_ref.go:33:2: total escapes to heap:
./closure_ref.go:33:2:   flow: {storage for func literal} = &total:
./closure_ref.go:33:2:     from total (captured by a closure) at ./closure_ref.go:34:57
./closure_ref.go:33:2:     from total (reference) at ./closure_ref.go:34:57
./closure_ref.go:34:9: func literal escapes to heap:
./closure_ref.go:34:9:   flow: ~r0 = &{storage for func literal}:
./closure_ref.go:34:9:     from func literal (spill) at ./closure_ref.go:34:9
./closure_ref.go:34:9:     from return func literal, func literal (return) at ./closure_ref.go:34:2
./closure_ref.go:33:2: moved to heap: total
./closure_ref.go:34:9: func literal escapes to heap
./closure_ref.go:34:37: func literal escapes to heap
./closure_ref.go:40:47: []int{...} does not escape
