# command-line-arguments
./closure_val.go:8:2: constFn capturing by value: k (addr=false assign=false width=8)
./closure_val.go:9:9: func literal escapes to heap:
./closure_val.go:9:9:   flow: ~r0 = &{storage for func literal}:
./closure_val.go:9:9:     from func literal (spill) at ./closure_val.go:9:9
./closure_val.go:9:9:     from return func literal (return) at ./closure_val.go:9:2
./closure_val.go:9:9: func literal escapes to heap
./closure_val.go:12:13: scaled capturing by value: m (addr=false assign=false width=8)
./closure_val.go:13:9: func literal escapes to heap:
./closure_val.go:13:9:   flow: ~r0 = &{storage for func literal}:
./closure_val.go:13:9:     from func literal (spill) at ./closure_val.go:13:9
./closure_val.go:13:9:     from return func literal (return) at ./closure_val.go:13:2
./closure_val.go:12:13: parameter m leaks to {storage for func literal} with derefs=0:
./closure_val.go:12:13:   flow: {storage for func literal} = m:
./closure_val.go:12:13:     from m (captured by a closure) at ./closure_val.go:13:38
./closure_val.go:13:9: func literal escapes to heap
./closure_val.go:21:6: bigCapture capturing by ref: b (addr=false assign=false width=160)
./closure_val.go:23:9: func literal escapes to heap:
./closure_val.go:23:9:   flow: ~r0 = &{storage for func literal}:
./closure_val.go:23:9:     from func literal (spill) at ./closure_val.go:23:9
./closure_val.go:23:9:     from return func literal (return) at ./closure_val.go:23:2
./closure_val.go:21:6: b escapes to heap:
./closure_val.go:21:6:   flow: {storage for func literal} = &b:
./closure_val.go:21:6:     from b (captured by a closure) at ./closure_val.go:23:29
./closure_val.go:21:6:     from b (reference) at ./closure_val.go:23:29
./closure_val.go:21:6: moved to heap: b
./closure_val.go:23:9: func literal escapes to heap
./closure_val.go:28:2: pointerCapture capturing by value: p (addr=false assign=false width=8)
./closure_val.go:29:9: func literal escapes to heap:
./closure_val.go:29:9:   flow: ~r0 = &{storage for func literal}:
./closure_val.go:29:9:     from func literal (spill) at ./closure_val.go:29:9
./closure_val.go:29:9:     from return func literal (return) at ./closure_val.go:29:2
./closure_val.go:27:2: v escapes to heap:
./closure_val.go:27:2:   flow: p = &v:
./closure_val.go:27:2:     from &v (address-of) at ./closure_val.go:28:7
./closure_val.go:27:2:     from p := &v (assign) at ./closure_val.go:28:4
./closure_val.go:27:2:   flow: {storage for func literal} = p:
./closure_val.go:27:2:     from p (captured by a closure) at ./closure_val.go:29:30
./closure_val.go:27:2: moved to heap: v
./closure_val.go:29:9: func literal escapes to heap
