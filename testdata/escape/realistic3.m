# command-line-arguments
./realistic3.go:10:7: leaking param: t to result ~r0 level=0
./realistic3.go:21:16: h does not escape
./realistic3.go:23:17: leaking param: i
./realistic3.go:23:22: t does not escape
./realistic3.go:24:8: i.M does not escape
./realistic3.go:32:8: func literal does not escape
./realistic3.go:42:6: moved to heap: b
./realistic3.go:44:9: func literal escapes to heap
./realistic3.go:47:13: leaking param content: xs
./realistic3.go:49:9: moved to heap: x
./realistic3.go:50:6: func literal escapes to heap
./realistic3.go:51:15: ... argument does not escape
./realistic3.go:51:15: x escapes to heap
./realistic3.go:60:17: s does not escape
./realistic3.go:61:11: make([]byte, 0, 10) escapes to heap
./realistic3.go:68:12: s does not escape
./realistic3.go:81:7: t does not escape
./realistic3.go:92:12: make([]T, 3) escapes to heap
./realistic3.go:100:12: leaking param: x
./realistic3.go:107:19: ... argument does not escape
./realistic3.go:111:2: moved to heap: x
./realistic3.go:111:5: moved to heap: y
./realistic3.go:117:7: &Handler{...} does not escape
./realistic3.go:117:20: func literal does not escape
./realistic3.go:118:13: ... argument does not escape
./realistic3.go:118:23: callField(h, 1) escapes to heap
./realistic3.go:119:7: &T{...} does not escape
./realistic3.go:120:13: ... argument does not escape
./realistic3.go:120:24: methodVals(T{...}, t) escapes to heap
./realistic3.go:120:26: T{...} escapes to heap
./realistic3.go:121:13: ... argument does not escape
./realistic3.go:121:19: recur() escapes to heap
./realistic3.go:121:35: .autotmp_2() escapes to heap
./realistic3.go:122:14: []int{...} does not escape
./realistic3.go:123:13: ... argument does not escape
./realistic3.go:123:24: bytesStuff("hi") escapes to heap
./realistic3.go:123:37: runes("abc") escapes to heap
./realistic3.go:124:13: ... argument does not escape
./realistic3.go:124:32: Temps.Max(Temps{...}) escapes to heap
./realistic3.go:124:19: Temps{...} does not escape
./realistic3.go:125:13: ... argument does not escape
./realistic3.go:125:19: iface(1) escapes to heap
./realistic3.go:125:20: 1 escapes to heap
./realistic3.go:125:29: iface("s") escapes to heap
./realistic3.go:125:30: "s" escapes to heap
./realistic3.go:127:13: ... argument does not escape
./realistic3.go:127:17: *a + *b escapes to heap
