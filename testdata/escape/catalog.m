# command-line-arguments
./catalog.go:63:65: devirtualizing i.Get to *T
./catalog.go:10:7: t does not escape
./catalog.go:11:7: t does not escape
./catalog.go:12:31: (*T).Self ignoring self-assignment in t.p = t.p
./catalog.go:12:7: t does not escape
./catalog.go:13:11: leaking param: a
./catalog.go:13:31: a escapes to heap
./catalog.go:21:37: moved to heap: x
./catalog.go:22:44: &T{} escapes to heap
./catalog.go:23:42: &T{...} does not escape
./catalog.go:24:47: new(int) escapes to heap
./catalog.go:25:45: new(int) does not escape
./catalog.go:26:46: make([]int, n) escapes to heap
./catalog.go:27:46: make([]int, 8) does not escape
./catalog.go:28:46: make([]byte, 65537) escapes to heap
./catalog.go:29:45: new([65537]byte) escapes to heap
./catalog.go:30:41: moved to heap: a
./catalog.go:31:49: []int{...} escapes to heap
./catalog.go:32:47: []int{...} does not escape
./catalog.go:33:46: make(map[int]int) does not escape
./catalog.go:34:58: map[string]int{...} escapes to heap
./catalog.go:36:50: func literal does not escape
./catalog.go:37:37: moved to heap: y
./catalog.go:37:52: func literal escapes to heap
./catalog.go:38:52: func literal escapes to heap
./catalog.go:39:37: x escapes to heap
./catalog.go:40:57: x does not escape
./catalog.go:41:48: ... argument does not escape
./catalog.go:41:48: x escapes to heap
./catalog.go:42:48: ... argument does not escape
./catalog.go:42:49: 1 escapes to heap
./catalog.go:42:52: "a" escapes to heap
./catalog.go:43:41: ... argument escapes to heap
./catalog.go:43:42: 1 escapes to heap
./catalog.go:44:14: leaking param: t
./catalog.go:44:43: t.Get escapes to heap
./catalog.go:45:16: t does not escape
./catalog.go:45:43: t.Val does not escape
./catalog.go:46:10: s does not escape
./catalog.go:46:54: ([]byte)(s) does not escape
./catalog.go:47:10: b does not escape
./catalog.go:47:50: string(b) escapes to heap
./catalog.go:48:10: s does not escape
./catalog.go:48:54: ([]rune)(s) does not escape
./catalog.go:49:50: string(r) escapes to heap
./catalog.go:50:13: a does not escape
./catalog.go:50:16: b does not escape
./catalog.go:50:46: a + b escapes to heap
./catalog.go:51:15: a does not escape
./catalog.go:51:18: b does not escape
./catalog.go:51:50: a + b does not escape
./catalog.go:52:11: leaking param: p
./catalog.go:53:10: leaking param: p to result ~r0 level=0
./catalog.go:54:14: leaking param content: pp
./catalog.go:55:17: leaking param: t to result ~r0 level=1
./catalog.go:56:12: leaking param: p to result r level=0
./catalog.go:57:13: p does not escape
./catalog.go:58:11: leaking param content: pp
./catalog.go:58:11: leaking param: pp to result ~r0 level=0
./catalog.go:59:37: moved to heap: x
./catalog.go:59:48: func literal escapes to heap
./catalog.go:60:51: func literal does not escape
./catalog.go:61:68: func literal escapes to heap
./catalog.go:62:13: leaking param: p
./catalog.go:63:47: &T{} does not escape
./catalog.go:64:10: leaking param content: s
./catalog.go:64:10: leaking param: s to result ~r0 level=0
./catalog.go:64:20: leaking param: p
./catalog.go:65:11: c does not escape
./catalog.go:65:37: moved to heap: x
./catalog.go:66:74: moved to heap: x
./catalog.go:67:12: leaking param: i
./catalog.go:69:13: m does not escape
./catalog.go:69:37: moved to heap: x
./catalog.go:70:43: x escapes to heap
./catalog.go:71:13: leaking param: i to result ~r0 level=0
./catalog.go:68:59: index bounds check elided
