# command-line-arguments
./m2_range.go:9:14: leaking param content: items
./m2_range.go:15:17: leaking param: a to result ~r0 level=0
./m2_range.go:23:11: leaking param content: m
./m2_range.go:31:2: moved to heap: s
./m2_range.go:33:2: moved to heap: x
./m2_range.go:32:16: []item{...} does not escape
./m2_range.go:34:68: map[string]*int{...} does not escape
