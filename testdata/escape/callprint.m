# command-line-arguments
./callprint.go:7:7: t does not escape
./callprint.go:7:15: a does not escape
./callprint.go:9:8: a does not escape
./callprint.go:10:8: s does not escape
./callprint.go:14:8: t does not escape
./callprint.go:14:19: s does not escape
./callprint.go:15:2: (*T).M(t, ... argument...) escapes to heap
./callprint.go:15:12: ... argument does not escape
./callprint.go:16:2: T.V(u) escapes to heap
./callprint.go:17:2: g(nil...) escapes to heap
./callprint.go:18:2: g(s...) escapes to heap
./callprint.go:19:2: g(... argument...) escapes to heap
./callprint.go:19:10: ... argument does not escape
./callprint.go:20:2: h("a", 1) escapes to heap
./callprint.go:21:2: len(s) escapes to heap
./callprint.go:22:13: ... argument does not escape
./callprint.go:22:24: fmt.Sprint(... argument...) escapes to heap
./callprint.go:22:24: ... argument does not escape
./callprint.go:22:25: 1 escapes to heap
./callprint.go:22:28: 2 escapes to heap
./callprint.go:22:35: (*T).M(t, nil...) escapes to heap
