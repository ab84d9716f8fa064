# command-line-arguments
./toolarge.go:10:6: a escapes to heap:
./toolarge.go:10:6:   flow: {heap} = &a:
./toolarge.go:10:6:     from a (too large for stack) at ./toolarge.go:10:6
./toolarge.go:10:6: moved to heap: a
./toolarge.go:16:10: new(huge) escapes to heap:
./toolarge.go:16:10:   flow: {heap} = &{storage for new(huge)}:
./toolarge.go:16:10:     from new(huge) (too large for stack) at ./toolarge.go:16:10
./toolarge.go:16:10: new(huge) escapes to heap
./toolarge.go:22:11: make([]byte, 1 << 17) escapes to heap:
./toolarge.go:22:11:   flow: {heap} = &{storage for make([]byte, 1 << 17)}:
./toolarge.go:22:11:     from make([]byte, 1 << 17) (too large for stack) at ./toolarge.go:22:11
./toolarge.go:22:11: make([]byte, 1 << 17) escapes to heap
./toolarge.go:27:11: make([]byte, 1 << 10) does not escape
./toolarge.go:32:7: &huge{} escapes to heap:
./toolarge.go:32:7:   flow: {heap} = &{storage for &huge{}}:
./toolarge.go:32:7:     from &huge{} (too large for stack) at ./toolarge.go:32:7
./toolarge.go:32:7: &huge{} escapes to heap
