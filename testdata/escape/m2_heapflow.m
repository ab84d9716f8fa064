# command-line-arguments
./m2_heapflow.go:12:11: leaking param: v
./m2_heapflow.go:13:7: &node{...} escapes to heap
./m2_heapflow.go:19:2: moved to heap: a
