# command-line-arguments
./globals2.go:19:8: parameter p leaks to ~r0 with derefs=0:
./globals2.go:19:8:   flow: ~r0 = p:
./globals2.go:19:8:     from return p (return) at ./globals2.go:19:23
./globals2.go:19:8: leaking param: p to result ~r0 level=0
./globals2.go:7:13: new(int) escapes to heap:
./globals2.go:7:13:   flow: {heap} = &{storage for new(int)}:
./globals2.go:7:13:     from new(int) (spill) at ./globals2.go:7:13
./globals2.go:7:13:     from g1 = new(int) (assign) at ./globals2.go:7:5
./globals2.go:10:24: map[string]int{...} escapes to heap:
./globals2.go:10:24:   flow: {heap} = &{storage for map[string]int{...}}:
./globals2.go:10:24:     from map[string]int{...} (spill) at ./globals2.go:10:24
./globals2.go:10:24:     from g4 = map[string]int{...} (assign) at ./globals2.go:10:5
./globals2.go:11:14: make([]int, 10) escapes to heap:
./globals2.go:11:14:   flow: {heap} = &{storage for make([]int, 10)}:
./globals2.go:11:14:     from make([]int, 10) (spill) at ./globals2.go:11:14
./globals2.go:11:14:     from g5 = make([]int, 10) (assign) at ./globals2.go:11:5
./globals2.go:13:21: 1 escapes to heap:
./globals2.go:13:21:   flow: {storage for ... argument} = &{storage for 1}:
./globals2.go:13:21:     from 1 (spill) at ./globals2.go:13:21
./globals2.go:13:21:     from ... argument (slice-literal-element) at ./globals2.go:13:20
./globals2.go:13:21:   flow: {heap} = {storage for ... argument}:
./globals2.go:13:21:     from ... argument (spill) at ./globals2.go:13:20
./globals2.go:13:21:     from fmt.Sprint(... argument...) (call parameter) at ./globals2.go:13:20
./globals2.go:7:13: new(int) escapes to heap
./globals2.go:10:24: map[string]int{...} escapes to heap
./globals2.go:11:14: make([]int, 10) escapes to heap
./globals2.go:13:20: ... argument does not escape
./globals2.go:13:21: 1 escapes to heap
