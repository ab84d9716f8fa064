# command-line-arguments
./m2_send_slice.go:10:33: s + "!" escapes to heap:
./m2_send_slice.go:10:33:   flow: {heap} = &{storage for s + "!"}:
./m2_send_slice.go:10:33:     from s + "!" (spill) at ./m2_send_slice.go:10:33
./m2_send_slice.go:10:33:     from out <- (s + "!") (send) at ./m2_send_slice.go:10:28
./m2_send_slice.go:9:2: main capturing by value: out (addr=false assign=false width=8)
./m2_send_slice.go:16:18: tmp[:n] escapes to heap:
./m2_send_slice.go:16:18:   flow: {storage for ... argument} = &{storage for tmp[:n]}:
./m2_send_slice.go:16:18:     from tmp[:n] (spill) at ./m2_send_slice.go:16:18
./m2_send_slice.go:16:18:     from ... argument (slice-literal-element) at ./m2_send_slice.go:16:14
./m2_send_slice.go:16:18:   flow: {heap} = {storage for ... argument}:
./m2_send_slice.go:16:18:     from ... argument (spill) at ./m2_send_slice.go:16:14
./m2_send_slice.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./m2_send_slice.go:16:14
./m2_send_slice.go:12:14: <-out escapes to heap:
./m2_send_slice.go:12:14:   flow: {storage for ... argument} = &{storage for <-out}:
./m2_send_slice.go:12:14:     from <-out (spill) at ./m2_send_slice.go:12:14
./m2_send_slice.go:12:14:     from ... argument (slice-literal-element) at ./m2_send_slice.go:12:13
./m2_send_slice.go:12:14:   flow: {heap} = {storage for ... argument}:
./m2_send_slice.go:12:14:     from ... argument (spill) at ./m2_send_slice.go:12:13
./m2_send_slice.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./m2_send_slice.go:12:13
./m2_send_slice.go:14:7: tmp escapes to heap:
./m2_send_slice.go:14:7:   flow: {storage for tmp[:n]} = &tmp:
./m2_send_slice.go:14:7:     from tmp (address-of) at ./m2_send_slice.go:16:20
./m2_send_slice.go:14:7:     from tmp[:n] (slice) at ./m2_send_slice.go:16:18
./m2_send_slice.go:14:7:     from tmp[:n] (interface-converted) at ./m2_send_slice.go:16:18
./m2_send_slice.go:10:12: s does not escape
./m2_send_slice.go:14:7: moved to heap: tmp
./m2_send_slice.go:10:7: func literal does not escape
./m2_send_slice.go:10:33: s + "!" escapes to heap
./m2_send_slice.go:12:13: ... argument does not escape
./m2_send_slice.go:12:14: <-out escapes to heap
./m2_send_slice.go:13:26: []rune{...} does not escape
./m2_send_slice.go:15:27: string(r) does not escape
./m2_send_slice.go:16:14: ... argument does not escape
./m2_send_slice.go:16:18: tmp[:n] escapes to heap
