# command-line-arguments
./m2_capture_order.go:10:2: capture capturing by value: p (addr=false assign=false width=8)
./m2_capture_order.go:8:14: capture capturing by value: x (addr=false assign=false width=8)
./m2_capture_order.go:9:6: i escapes to heap:
./m2_capture_order.go:9:6:   flow: p = &i:
./m2_capture_order.go:9:6:     from &i (address-of) at ./m2_capture_order.go:10:7
./m2_capture_order.go:9:6:     from p := &i (assign) at ./m2_capture_order.go:10:4
./m2_capture_order.go:9:6:   flow: {heap} = p:
./m2_capture_order.go:9:6:     from *x = p (assign) at ./m2_capture_order.go:12:6
./m2_capture_order.go:8:14: x does not escape
./m2_capture_order.go:9:6: moved to heap: i
./m2_capture_order.go:11:2: func literal does not escape
./m2_capture_order.go:19:7: loopCapture capturing by ref: i (addr=true assign=false width=8)
./m2_capture_order.go:17:6: loopCapture capturing by ref: px (addr=false assign=true width=8)
./m2_capture_order.go:19:7: i escapes to heap:
./m2_capture_order.go:19:7:   flow: px = &i:
./m2_capture_order.go:19:7:     from &i (address-of) at ./m2_capture_order.go:21:9
./m2_capture_order.go:19:7:     from px = &i (assign) at ./m2_capture_order.go:21:7
./m2_capture_order.go:19:7:   flow: {heap} = px:
./m2_capture_order.go:19:7:     from sink = px (assign) at ./m2_capture_order.go:24:7
./m2_capture_order.go:19:7: moved to heap: i
./m2_capture_order.go:20:3: func literal does not escape
./m2_capture_order.go:27:15: opAssign capturing by value: n (addr=false assign=false width=8)
./m2_capture_order.go:28:2: opAssign capturing by ref: total (addr=false assign=true width=8)
./m2_capture_order.go:29:9: func literal does not escape
