# command-line-arguments
./make.go:9:11: make([]int, n) escapes to heap:
./make.go:9:11:   flow: {heap} = &{storage for make([]int, n)}:
./make.go:9:11:     from make([]int, n) (non-constant size) at ./make.go:9:11
./make.go:9:11: make([]int, n) escapes to heap
./make.go:14:11: make([]int, 8) does not escape
./make.go:20:11: make([]int, 0, 16) does not escape
./make.go:26:11: make([]byte, 65537) escapes to heap:
./make.go:26:11:   flow: {heap} = &{storage for make([]byte, 65537)}:
./make.go:26:11:     from make([]byte, 65537) (too large for stack) at ./make.go:26:11
./make.go:26:11: make([]byte, 65537) escapes to heap
./make.go:31:13: make([]int, 4) escapes to heap:
./make.go:31:13:   flow: ~r0 = &{storage for make([]int, 4)}:
./make.go:31:13:     from make([]int, 4) (spill) at ./make.go:31:13
./make.go:31:13:     from return make([]int, 4) (return) at ./make.go:31:2
./make.go:31:13: make([]int, 4) escapes to heap
./make.go:37:11: make([]byte, size) does not escape
./make.go:42:11: make([]int, 0, n) escapes to heap:
./make.go:42:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
./make.go:42:11:     from make([]int, 0, n) (non-constant size) at ./make.go:42:11
./make.go:42:11: make([]int, 0, n) escapes to heap
