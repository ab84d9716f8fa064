# command-line-arguments
./m2_closure_ref.go:6:2: counter capturing by ref: n (addr=false assign=true width=8)
./m2_closure_ref.go:7:9: func literal escapes to heap:
./m2_closure_ref.go:7:9:   flow: ~r0 = &{storage for func literal}:
./m2_closure_ref.go:7:9:     from func literal (spill) at ./m2_closure_ref.go:7:9
./m2_closure_ref.go:7:9:     from return func literal (return) at ./m2_closure_ref.go:7:2
./m2_closure_ref.go:6:2: n escapes to heap:
./m2_closure_ref.go:6:2:   flow: {storage for func literal} = &n:
./m2_closure_ref.go:6:2:     from n (captured by a closure) at ./m2_closure_ref.go:8:3
./m2_closure_ref.go:6:2:     from n (reference) at ./m2_closure_ref.go:8:3
./m2_closure_ref.go:6:2: moved to heap: n
./m2_closure_ref.go:7:9: func literal escapes to heap
./m2_closure_ref.go:14:6: big capturing by ref: a (addr=false assign=false width=1600)
./m2_closure_ref.go:15:9: func literal escapes to heap:
./m2_closure_ref.go:15:9:   flow: ~r0 = &{storage for func literal}:
./m2_closure_ref.go:15:9:     from func literal (spill) at ./m2_closure_ref.go:15:9
./m2_closure_ref.go:15:9:     from return func literal (return) at ./m2_closure_ref.go:15:2
./m2_closure_ref.go:14:6: a escapes to heap:
./m2_closure_ref.go:14:6:   flow: {storage for func literal} = &a:
./m2_closure_ref.go:14:6:     from a (captured by a closure) at ./m2_closure_ref.go:15:29
./m2_closure_ref.go:14:6:     from a (reference) at ./m2_closure_ref.go:15:29
./m2_closure_ref.go:14:6: moved to heap: a
./m2_closure_ref.go:15:9: func literal escapes to heap
./m2_closure_ref.go:19:2: small capturing by value: k (addr=false assign=false width=8)
./m2_closure_ref.go:20:9: func literal escapes to heap:
./m2_closure_ref.go:20:9:   flow: ~r0 = &{storage for func literal}:
./m2_closure_ref.go:20:9:     from func literal (spill) at ./m2_closure_ref.go:20:9
./m2_closure_ref.go:20:9:     from return func literal (return) at ./m2_closure_ref.go:20:2
./m2_closure_ref.go:20:9: func literal escapes to heap
