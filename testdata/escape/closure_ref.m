# command-line-arguments
./closure_ref.go:8:2: moved to heap: n
./closure_ref.go:9:9: func literal escapes to heap
./closure_ref.go:17:9: func literal does not escape
./closure_ref.go:23:17: xs does not escape
./closure_ref.go:25:9: func literal does not escape
./closure_ref.go:33:2: moved to heap: total
./closure_ref.go:34:9: func literal escapes to heap
./closure_ref.go:34:37: func literal escapes to heap
./closure_ref.go:40:47: []int{...} does not escape
