# command-line-arguments
./appendcopy.go:6:17: leaking param: s to result ~r0 level=0
./appendcopy.go:10:17: leaking param content: s
./appendcopy.go:10:17: leaking param: s to result ~r0 level=0
./appendcopy.go:10:27: leaking param: p
./appendcopy.go:15:11: make([]int, 0, 4) does not escape
./appendcopy.go:20:15: dst does not escape
./appendcopy.go:20:20: src does not escape
./appendcopy.go:24:15: dst does not escape
./appendcopy.go:24:20: leaking param content: src
./appendcopy.go:28:18: leaking param: a to result ~r0 level=0
./appendcopy.go:28:21: b does not escape
./appendcopy.go:33:2: moved to heap: x
./appendcopy.go:36:11: make([]int, 2) does not escape
./appendcopy.go:37:12: make([]*int, 1) does not escape
./appendcopy.go:38:58: []int{...} does not escape
./appendcopy.go:39:31: []int{...} does not escape
./appendcopy.go:39:41: []int{...} does not escape
