# command-line-arguments
./convpos_var.go:12:9: T{} escapes to heap:
./convpos_var.go:12:9:   flow: {heap} = &{storage for T{}}:
./convpos_var.go:12:9:     from T{} (spill) at ./convpos_var.go:12:9
./convpos_var.go:12:9:     from ch <- T{} (send) at ./convpos_var.go:12:5
./convpos_var.go:13:10: T{...} escapes to heap:
./convpos_var.go:13:10:   flow: {heap} = &{storage for T{...}}:
./convpos_var.go:13:10:     from T{...} (spill) at ./convpos_var.go:13:10
./convpos_var.go:13:10:     from ch <- T{...} (send) at ./convpos_var.go:13:5
./convpos_var.go:16:10: T{...} escapes to heap:
./convpos_var.go:16:10:   flow: {heap} = &{storage for T{...}}:
./convpos_var.go:16:10:     from T{...} (spill) at ./convpos_var.go:16:10
./convpos_var.go:16:10:     from panic(T{...}) (call parameter) at ./convpos_var.go:16:7
./convpos_var.go:10:32: [2]int{...} escapes to heap:
./convpos_var.go:10:32:   flow: k = &{storage for [2]int{...}}:
./convpos_var.go:10:32:     from [2]int{...} (spill) at ./convpos_var.go:10:32
./convpos_var.go:10:32:     from k = [2]int{...} (assign) at ./convpos_var.go:10:6
./convpos_var.go:10:32:   flow: {heap} = k:
./convpos_var.go:10:32:     from sink, _ = k, l (assign-pair) at ./convpos_var.go:15:10
./convpos_var.go:8:23: T{} escapes to heap:
./convpos_var.go:8:23:   flow: i = &{storage for T{}}:
./convpos_var.go:8:23:     from T{} (spill) at ./convpos_var.go:8:23
./convpos_var.go:8:23:     from i = T{} (assign) at ./convpos_var.go:8:6
./convpos_var.go:8:23:   flow: {heap} = i:
./convpos_var.go:8:23:     from sink, _ = i, j (assign-pair) at ./convpos_var.go:14:10
./convpos_var.go:7:15: ch does not escape
./convpos_var.go:8:23: T{} escapes to heap
./convpos_var.go:9:24: T{...} does not escape
./convpos_var.go:10:32: [2]int{...} escapes to heap
./convpos_var.go:11:27: T{...} does not escape
./convpos_var.go:12:9: T{} escapes to heap
./convpos_var.go:13:10: T{...} escapes to heap
./convpos_var.go:16:10: T{...} escapes to heap
