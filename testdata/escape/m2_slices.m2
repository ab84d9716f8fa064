# command-line-arguments
./m2_slices.go:8:11: make([]int, 8) does not escape
./m2_slices.go:13:11: make([]int, n) escapes to heap:
./m2_slices.go:13:11:   flow: {heap} = &{storage for make([]int, n)}:
./m2_slices.go:13:11:     from make([]int, n) (non-constant size) at ./m2_slices.go:13:11
./m2_slices.go:13:11: make([]int, n) escapes to heap
./m2_slices.go:22:6: a escapes to heap:
./m2_slices.go:22:6:   flow: ~r0 = &a:
./m2_slices.go:22:6:     from a (address-of) at ./m2_slices.go:23:9
./m2_slices.go:22:6:     from a[1:3] (slice) at ./m2_slices.go:23:10
./m2_slices.go:22:6:     from return a[1:3] (return) at ./m2_slices.go:23:2
./m2_slices.go:22:6: moved to heap: a
./m2_slices.go:26:15: p does not escape
