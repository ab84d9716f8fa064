# command-line-arguments
./complit.go:11:14: []int{...} escapes to heap
./complit.go:15:12: []int{...} does not escape
./complit.go:20:12: []int{...} escapes to heap
./complit.go:34:14: []pair{...} does not escape
./complit.go:39:16: []*pair{...} escapes to heap
./complit.go:39:17: &pair{...} escapes to heap
