# command-line-arguments
./complit.go:11:14: []int{...} escapes to heap:
./complit.go:11:14:   flow: ~r0 = &{storage for []int{...}}:
./complit.go:11:14:     from []int{...} (spill) at ./complit.go:11:14
./complit.go:11:14:     from return []int{...} (return) at ./complit.go:11:2
./complit.go:11:14: []int{...} escapes to heap
./complit.go:15:12: []int{...} does not escape
./complit.go:20:12: []int{...} escapes to heap:
./complit.go:20:12:   flow: {heap} = &{storage for []int{...}}:
./complit.go:20:12:     from []int{...} (spill) at ./complit.go:20:12
./complit.go:20:12:     from gs = []int{...} (assign) at ./complit.go:20:5
./complit.go:20:12: []int{...} escapes to heap
./complit.go:34:14: []pair{...} does not escape
./complit.go:39:16: []*pair{...} escapes to heap:
./complit.go:39:16:   flow: ~r0 = &{storage for []*pair{...}}:
./complit.go:39:16:     from []*pair{...} (spill) at ./complit.go:39:16
./complit.go:39:16:     from return []*pair{...} (return) at ./complit.go:39:2
./complit.go:39:17: &pair{...} escapes to heap:
./complit.go:39:17:   flow: {storage for []*pair{...}} = &{storage for &pair{...}}:
./complit.go:39:17:     from &pair{...} (spill) at ./complit.go:39:17
./complit.go:39:17:     from []*pair{...} (slice-literal-element) at ./complit.go:39:16
./complit.go:39:16: []*pair{...} escapes to heap
./complit.go:39:17: &pair{...} escapes to heap
