# command-line-arguments
./realistic2.go:20:7: leaking param: a to result ~r0 level=1
./realistic2.go:21:7: a does not escape
./realistic2.go:25:7: m does not escape
./realistic2.go:28:21: jobs does not escape
./realistic2.go:28:38: results does not escape
./realistic2.go:28:58: leaking param: wg
./realistic2.go:39:6: moved to heap: wg
./realistic2.go:58:10: a does not escape
./realistic2.go:58:13: b does not escape
./realistic2.go:74:7: leaking param: c
./realistic2.go:74:23: leaking param: k
./realistic2.go:80:11: grid does not escape
./realistic2.go:95:12: leaking param: s
./realistic2.go:96:11: make(map[string]int) escapes to heap
./realistic2.go:103:12: xs does not escape
./realistic2.go:103:22: f does not escape
./realistic2.go:104:13: make([]int, len(xs)) escapes to heap
./realistic2.go:121:2: moved to heap: c
./realistic2.go:127:6: moved to heap: arr
./realistic2.go:113:13: ... argument does not escape
./realistic2.go:113:24: (*Animal).Describe(d.Animal) escapes to heap
./realistic2.go:113:35: Animal.Count(d.Animal) escapes to heap
./realistic2.go:116:13: ... argument does not escape
./realistic2.go:116:19: Matrix.Get(m, 1, 1) escapes to heap
./realistic2.go:117:13: ... argument does not escape
./realistic2.go:117:22: pipeline() escapes to heap
./realistic2.go:120:13: ... argument does not escape
./realistic2.go:120:17: sel(a, nil) escapes to heap
./realistic2.go:121:32: map[string]int{} escapes to heap
./realistic2.go:123:26: [][]int{...} does not escape
./realistic2.go:123:27: []int{...} does not escape
./realistic2.go:123:35: []int{...} does not escape
./realistic2.go:123:13: ... argument does not escape
./realistic2.go:123:13: .autotmp_4 escapes to heap
./realistic2.go:123:13: .autotmp_5 escapes to heap
./realistic2.go:124:13: ... argument does not escape
./realistic2.go:126:13: ... argument does not escape
./realistic2.go:126:19: apply([]int{...}, func literal) escapes to heap
./realistic2.go:126:25: []int{...} does not escape
./realistic2.go:126:33: func literal does not escape
./realistic2.go:132:13: ... argument does not escape
./realistic2.go:132:17: len(s) escapes to heap
./realistic2.go:132:25: cap(s) escapes to heap
./realistic2.go:132:25: s escapes to heap
./realistic2.go:133:14: ([]byte)("hello") does not escape
./realistic2.go:135:13: ... argument does not escape
./realistic2.go:135:20: string(bs) escapes to heap
./realistic2.go:135:20: string(bs) escapes to heap
./realistic2.go:139:13: ... argument does not escape
./realistic2.go:139:13: x escapes to heap
