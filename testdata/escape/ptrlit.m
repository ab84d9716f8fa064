# command-line-arguments
./ptrlit.go:14:9: &node{...} escapes to heap
./ptrlit.go:18:9: &node{...} escapes to heap
./ptrlit.go:22:9: &node{} escapes to heap
./ptrlit.go:26:7: &node{...} does not escape
./ptrlit.go:27:7: &node{...} does not escape
