# command-line-arguments
./tour.go:27:2: moved to heap: res
./tour.go:33:14: y does not escape
./tour.go:51:2: moved to heap: u
./tour.go:58:11: make([]byte, n) escapes to heap
./tour.go:64:11: make([]byte, 64) does not escape
./tour.go:70:6: moved to heap: x
./tour.go:85:13: ... argument does not escape
./tour.go:85:13: z escapes to heap
./tour.go:90:2: moved to heap: y
./tour.go:98:2: moved to heap: n
./tour.go:99:9: func literal escapes to heap
./tour.go:109:9: func literal does not escape
./tour.go:123:14: c does not escape
./tour.go:129:16: c does not escape
./tour.go:134:13: ... argument does not escape
./tour.go:134:14: "stackIt:" escapes to heap
./tour.go:134:33: stackIt() escapes to heap
./tour.go:135:13: ... argument does not escape
./tour.go:135:14: "heapIt:" escapes to heap
./tour.go:135:25: *heapIt() escapes to heap
./tour.go:138:13: ... argument does not escape
./tour.go:138:14: "process:" escapes to heap
./tour.go:138:33: process(&y) escapes to heap
./tour.go:142:13: ... argument does not escape
./tour.go:142:14: "users:" escapes to heap
./tour.go:142:26: u1.ID escapes to heap
./tour.go:142:33: u1.Name escapes to heap
./tour.go:142:42: u2.ID escapes to heap
./tour.go:142:49: u2.Name escapes to heap
./tour.go:144:13: ... argument does not escape
./tour.go:144:14: "makeSpace:" escapes to heap
./tour.go:144:37: makeSpace(100) escapes to heap
./tour.go:144:44: "makeFixed:" escapes to heap
./tour.go:144:67: makeFixed() escapes to heap
./tour.go:145:13: ... argument does not escape
./tour.go:145:14: "Foo:" escapes to heap
./tour.go:145:22: *Foo() escapes to heap
./tour.go:153:13: ... argument does not escape
./tour.go:153:14: "counter:" escapes to heap
./tour.go:153:30: next() escapes to heap
./tour.go:153:34: "localCounter:" escapes to heap
./tour.go:153:63: localCounter() escapes to heap
./tour.go:156:13: ... argument does not escape
./tour.go:156:14: "byValue:" escapes to heap
./tour.go:156:33: byValue(cfg) escapes to heap
./tour.go:156:40: "byPointer:" escapes to heap
./tour.go:156:63: byPointer(&cfg) escapes to heap
