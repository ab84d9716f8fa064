# command-line-arguments
./m2_switch.go:12:3: v escapes to heap:
./m2_switch.go:12:3:   flow: {heap} = &{storage for v}:
./m2_switch.go:12:3:     from v (spill) at ./m2_switch.go:12:3
./m2_switch.go:12:3:     from sink = v (assign) at ./m2_switch.go:12:8
./m2_switch.go:7:15: parameter x leaks to {heap} with derefs=0:
./m2_switch.go:7:15:   flow: {temp} = x:
./m2_switch.go:7:15:   flow: v = {temp}:
./m2_switch.go:7:15:     from case string, error: sink = v (switch case) at ./m2_switch.go:13:2
./m2_switch.go:7:15:   flow: {heap} = v:
./m2_switch.go:7:15:     from sink = v (assign) at ./m2_switch.go:14:8
./m2_switch.go:7:15: parameter x leaks to {storage for v} with derefs=1:
./m2_switch.go:7:15:   flow: {temp} = x:
./m2_switch.go:7:15:   flow: v = *{temp}:
./m2_switch.go:7:15:     from case []byte: sink = v (switch case) at ./m2_switch.go:11:2
./m2_switch.go:7:15:   flow: {storage for v} = v:
./m2_switch.go:7:15:     from v (interface-converted) at ./m2_switch.go:12:3
./m2_switch.go:7:15: parameter x leaks to ~r0 with derefs=0:
./m2_switch.go:7:15:   flow: {temp} = x:
./m2_switch.go:7:15:   flow: v = {temp}:
./m2_switch.go:7:15:     from case *int: return v (switch case) at ./m2_switch.go:9:2
./m2_switch.go:7:15:   flow: ~r0 = v:
./m2_switch.go:7:15:     from return v (return) at ./m2_switch.go:10:3
./m2_switch.go:7:15: leaking param: x
./m2_switch.go:12:3: v escapes to heap
./m2_switch.go:20:2: n escapes to heap:
./m2_switch.go:20:2:   flow: {heap} = &n:
./m2_switch.go:20:2:     from &n (address-of) at ./m2_switch.go:21:20
./m2_switch.go:20:2:     from &n (interface-converted) at ./m2_switch.go:21:20
./m2_switch.go:20:2:     from classify(&n) (call parameter) at ./m2_switch.go:21:19
./m2_switch.go:22:11: "s" escapes to heap:
./m2_switch.go:22:11:   flow: {heap} = &{storage for "s"}:
./m2_switch.go:22:11:     from "s" (spill) at ./m2_switch.go:22:11
./m2_switch.go:22:11:     from classify("s") (call parameter) at ./m2_switch.go:22:10
./m2_switch.go:20:2: moved to heap: n
./m2_switch.go:22:11: "s" escapes to heap
