# command-line-arguments
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
