# command-line-arguments
./m2_maps.go:8:11: make(map[string]int) does not escape
./m2_maps.go:14:21: map[int]string{...} does not escape
./m2_maps.go:18:12: leaking param: k
./m2_maps.go:18:22: leaking param: v
./m2_maps.go:24:2: moved to heap: x
./m2_maps.go:23:15: make(map[string]*int) escapes to heap
