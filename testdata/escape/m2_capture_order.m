# command-line-arguments
./m2_capture_order.go:8:14: x does not escape
./m2_capture_order.go:9:6: moved to heap: i
./m2_capture_order.go:11:2: func literal does not escape
./m2_capture_order.go:19:7: moved to heap: i
./m2_capture_order.go:20:3: func literal does not escape
./m2_capture_order.go:29:9: func literal does not escape
