# command-line-arguments
./seeds.go:26:2: moved to heap: res
./seeds.go:30:14: y does not escape
./seeds.go:40:2: moved to heap: u
./seeds.go:45:11: make([]byte, n) escapes to heap
./seeds.go:50:11: make([]byte, 64) does not escape
./seeds.go:55:6: moved to heap: x
./seeds.go:66:13: ... argument does not escape
./seeds.go:66:13: z escapes to heap
./seeds.go:70:2: moved to heap: y
./seeds.go:74:14: c does not escape
./seeds.go:78:16: c does not escape
./seeds.go:85:13: ... argument does not escape
./seeds.go:85:21: stackIt() escapes to heap
./seeds.go:85:25: *heapIt() escapes to heap
./seeds.go:85:50: createUserV1().Name escapes to heap
./seeds.go:85:71: createUserV2().ID escapes to heap
./seeds.go:86:13: ... argument does not escape
./seeds.go:86:23: makeSpace(10) escapes to heap
./seeds.go:86:38: makeFixed() escapes to heap
./seeds.go:86:42: *Foo() escapes to heap
./seeds.go:91:13: ... argument does not escape
./seeds.go:91:21: byValue(c) escapes to heap
./seeds.go:91:35: byPointer(&c) escapes to heap
