# command-line-arguments
./convpos_var.go:7:15: ch does not escape
./convpos_var.go:8:23: T{} escapes to heap
./convpos_var.go:9:24: T{...} does not escape
./convpos_var.go:10:32: [2]int{...} escapes to heap
./convpos_var.go:11:27: T{...} does not escape
./convpos_var.go:12:9: T{} escapes to heap
./convpos_var.go:13:10: T{...} escapes to heap
./convpos_var.go:16:10: T{...} escapes to heap
