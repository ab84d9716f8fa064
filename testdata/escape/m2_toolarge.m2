# command-line-arguments
./m2_toolarge.go:12:11: make([]byte, 70000) escapes to heap:
./m2_toolarge.go:12:11:   flow: {heap} = &{storage for make([]byte, 70000)}:
./m2_toolarge.go:12:11:     from make([]byte, 70000) (too large for stack) at ./m2_toolarge.go:12:11
./m2_toolarge.go:12:11: make([]byte, 70000) escapes to heap
./m2_toolarge.go:17:10: new([20000]int) escapes to heap:
./m2_toolarge.go:17:10:   flow: {heap} = &{storage for new([20000]int)}:
./m2_toolarge.go:17:10:     from new([20000]int) (too large for stack) at ./m2_toolarge.go:17:10
./m2_toolarge.go:17:10: new([20000]int) escapes to heap
