# command-line-arguments
./ptrlit.go:14:9: &node{...} escapes to heap:
./ptrlit.go:14:9:   flow: {heap} = &{storage for &node{...}}:
./ptrlit.go:14:9:     from &node{...} (spill) at ./ptrlit.go:14:9
./ptrlit.go:14:9:     from head = &node{...} (assign) at ./ptrlit.go:14:7
./ptrlit.go:14:9: &node{...} escapes to heap
./ptrlit.go:18:9: &node{...} escapes to heap:
./ptrlit.go:18:9:   flow: ~r0 = &{storage for &node{...}}:
./ptrlit.go:18:9:     from &node{...} (spill) at ./ptrlit.go:18:9
./ptrlit.go:18:9:     from return &node{...} (return) at ./ptrlit.go:18:2
./ptrlit.go:18:9: &node{...} escapes to heap
./ptrlit.go:22:9: &node{} escapes to heap:
./ptrlit.go:22:9:   flow: ~r0 = &{storage for &node{}}:
./ptrlit.go:22:9:     from &node{} (spill) at ./ptrlit.go:22:9
./ptrlit.go:22:9:     from return &node{} (return) at ./ptrlit.go:22:2
./ptrlit.go:22:9: &node{} escapes to heap
./ptrlit.go:26:7: &node{...} does not escape
./ptrlit.go:27:7: &node{...} does not escape
