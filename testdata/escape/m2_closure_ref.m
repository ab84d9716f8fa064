# command-line-arguments
./m2_closure_ref.go:6:2: moved to heap: n
./m2_closure_ref.go:7:9: func literal escapes to heap
./m2_closure_ref.go:14:6: moved to heap: a
./m2_closure_ref.go:15:9: func literal escapes to heap
./m2_closure_ref.go:20:9: func literal escapes to heap
