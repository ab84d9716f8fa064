# command-line-arguments
./closure_val.go:9:9: func literal escapes to heap
./closure_val.go:13:9: func literal escapes to heap
./closure_val.go:21:6: moved to heap: b
./closure_val.go:23:9: func literal escapes to heap
./closure_val.go:27:2: moved to heap: v
./closure_val.go:29:9: func literal escapes to heap
