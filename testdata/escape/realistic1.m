# command-line-arguments
./realistic1.go:26:7: c does not escape
./realistic1.go:27:7: c does not escape
./realistic1.go:33:7: leaking param content: s
./realistic1.go:39:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./realistic1.go:34:7: s does not escape
./realistic1.go:43:12: leaking param content: shapes
./realistic1.go:51:15: leaking param: s
./realistic1.go:52:20: ... argument does not escape
./realistic1.go:52:39: s.Name() escapes to heap
./realistic1.go:52:49: s.Area() escapes to heap
./realistic1.go:55:11: parts does not escape
./realistic1.go:66:12: leaking param: s
./realistic1.go:69:23: ... argument does not escape
./realistic1.go:69:24: s escapes to heap
./realistic1.go:79:13: leaking param: n
./realistic1.go:81:10: &Node{...} escapes to heap
./realistic1.go:91:11: n does not escape
./realistic1.go:91:20: f does not escape
./realistic1.go:100:10: nums does not escape
./realistic1.go:109:2: moved to heap: c
./realistic1.go:110:9: func literal escapes to heap
./realistic1.go:110:34: func literal escapes to heap
./realistic1.go:114:19: []Shape{...} does not escape
./realistic1.go:114:24: Rect{...} escapes to heap
./realistic1.go:114:32: &Circle{...} escapes to heap
./realistic1.go:115:13: ... argument does not escape
./realistic1.go:115:19: total(shapes) escapes to heap
./realistic1.go:117:14: ... argument does not escape
./realistic1.go:117:23: describe(s) escapes to heap
./realistic1.go:119:8: &Stack{} does not escape
./realistic1.go:123:13: ... argument does not escape
./realistic1.go:123:13: v escapes to heap
./realistic1.go:124:13: ... argument does not escape
./realistic1.go:124:18: join([]string{...}) escapes to heap
./realistic1.go:124:27: []string{...} does not escape
./realistic1.go:126:13: ... argument does not escape
./realistic1.go:126:13: n escapes to heap
./realistic1.go:128:25: []int{...} does not escape
./realistic1.go:132:13: func literal does not escape
./realistic1.go:133:13: ... argument does not escape
./realistic1.go:133:13: out escapes to heap
./realistic1.go:133:22: sum(... argument...) escapes to heap
./realistic1.go:133:22: ... argument does not escape
./realistic1.go:133:36: sum(out...) escapes to heap
./realistic1.go:137:23: map[string][]int{} escapes to heap
./realistic1.go:139:12: ... argument does not escape
./realistic1.go:139:30: len(m) escapes to heap
./realistic1.go:140:20: "done" escapes to heap
./realistic1.go:140:19: ... argument does not escape
./realistic1.go:141:2: func literal does not escape
./realistic1.go:142:9: func literal does not escape
./realistic1.go:144:16: ... argument does not escape
./realistic1.go:144:17: "recovered" escapes to heap
./realistic1.go:147:8: "boom" escapes to heap
