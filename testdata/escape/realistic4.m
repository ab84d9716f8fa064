# command-line-arguments
./realistic4.go:113:7: devirtualizing l.Log to *buf
./realistic4.go:24:7: leaking param content: b
./realistic4.go:24:19: leaking param: s
./realistic4.go:25:7: leaking param content: b
./realistic4.go:25:21: p does not escape
./realistic4.go:26:7: b does not escape
./realistic4.go:26:62: string(b.data) escapes to heap
./realistic4.go:35:7: leaking param content: a
./realistic4.go:37:20: ... argument does not escape
./realistic4.go:37:21: n escapes to heap
./realistic4.go:45:8: func literal does not escape
./realistic4.go:47:20: ... argument does not escape
./realistic4.go:54:11: leaking param content: xs
./realistic4.go:54:24: f does not escape
./realistic4.go:60:14: leaking param: rw
./realistic4.go:60:29: leaking param content: lines
./realistic4.go:63:18: ([]byte)(l) escapes to heap
./realistic4.go:70:7: p does not escape
./realistic4.go:75:3: moved to heap: p
./realistic4.go:73:12: make([]*Point, 0, n) escapes to heap
./realistic4.go:81:16: ps does not escape
./realistic4.go:101:39: leaking param: s
./realistic4.go:90:7: &buf{} escapes to heap
./realistic4.go:91:21: []string{...} does not escape
./realistic4.go:92:13: ... argument does not escape
./realistic4.go:92:22: buf.String(b) escapes to heap
./realistic4.go:92:29: len(b.log) escapes to heap
./realistic4.go:95:15: ... argument does not escape
./realistic4.go:99:13: ... argument does not escape
./realistic4.go:99:13: r escapes to heap
./realistic4.go:101:15: []string{...} does not escape
./realistic4.go:101:27: func literal does not escape
./realistic4.go:102:29: ... argument does not escape
./realistic4.go:102:30: i escapes to heap
./realistic4.go:102:30: s escapes to heap
./realistic4.go:104:13: ... argument does not escape
./realistic4.go:104:23: (*strings.Builder).String(sb) escapes to heap
./realistic4.go:107:13: ... argument does not escape
./realistic4.go:107:14: *ps[0] escapes to heap
./realistic4.go:107:31: sumPoints([]Point{...}) escapes to heap
./realistic4.go:107:39: []Point{...} does not escape
./realistic4.go:108:12: ps[1].Scale does not escape
./realistic4.go:111:13: ... argument does not escape
./realistic4.go:111:15: g(Point{...}, Point{...}) escapes to heap
