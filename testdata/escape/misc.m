# command-line-arguments
./misc.go:9:33: (*S).trim ignoring self-assignment in s.buf = s.buf[n:]
./misc.go:9:7: s does not escape
./misc.go:10:31: (*S).swap ignoring self-assignment in s.p = s.q
./misc.go:10:7: s does not escape
./misc.go:15:7: p does not escape
./misc.go:20:13: leaking param content: s
./misc.go:20:23: a does not escape
./misc.go:29:11: leaking param: k
./misc.go:29:21: leaking param: v
./misc.go:30:22: map[string]*int{...} escapes to heap
./misc.go:32:11: make(map[string]int, 4) does not escape
./misc.go:42:2: moved to heap: x
./misc.go:52:13: dst does not escape
./misc.go:52:18: leaking param content: src
./misc.go:59:8: p.Sum does not escape
./misc.go:63:14: leaking param: i to result ~r0 level=0
./misc.go:73:11: a does not escape
./misc.go:73:14: b does not escape
./misc.go:74:9: a + b does not escape
./misc.go:75:13: ([]byte)(s) does not escape
./misc.go:76:13: string(t) escapes to heap
./misc.go:81:2: moved to heap: x
./misc.go:81:5: moved to heap: y
