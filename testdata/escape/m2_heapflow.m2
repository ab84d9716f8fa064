# command-line-arguments
./m2_heapflow.go:13:7: &node{...} escapes to heap:
./m2_heapflow.go:13:7:   flow: n = &{storage for &node{...}}:
./m2_heapflow.go:13:7:     from &node{...} (spill) at ./m2_heapflow.go:13:7
./m2_heapflow.go:13:7:     from n := &node{...} (assign) at ./m2_heapflow.go:13:4
./m2_heapflow.go:13:7:   flow: {heap} = n:
./m2_heapflow.go:13:7:     from head = n (assign) at ./m2_heapflow.go:15:7
./m2_heapflow.go:12:11: parameter v leaks to {storage for &node{...}} with derefs=0:
./m2_heapflow.go:12:11:   flow: {storage for &node{...}} = v:
./m2_heapflow.go:12:11:     from node{...} (struct literal element) at ./m2_heapflow.go:13:12
./m2_heapflow.go:12:11: leaking param: v
./m2_heapflow.go:13:7: &node{...} escapes to heap
./m2_heapflow.go:19:2: a escapes to heap:
./m2_heapflow.go:19:2:   flow: b = &a:
./m2_heapflow.go:19:2:     from &a (address-of) at ./m2_heapflow.go:20:7
./m2_heapflow.go:19:2:     from b := &a (assign) at ./m2_heapflow.go:20:4
./m2_heapflow.go:19:2:   flow: c = &b:
./m2_heapflow.go:19:2:     from &b (address-of) at ./m2_heapflow.go:21:7
./m2_heapflow.go:19:2:     from c := &b (assign) at ./m2_heapflow.go:21:4
./m2_heapflow.go:19:2:   flow: d = *c:
./m2_heapflow.go:19:2:     from *c (indirection) at ./m2_heapflow.go:22:7
./m2_heapflow.go:19:2:     from d := *c (assign) at ./m2_heapflow.go:22:4
./m2_heapflow.go:19:2:   flow: {heap} = d:
./m2_heapflow.go:19:2:     from push(d) (call parameter) at ./m2_heapflow.go:23:6
./m2_heapflow.go:19:2: moved to heap: a
