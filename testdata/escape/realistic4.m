# command-line-arguments
./realistic4.go:116:7: devirtualizing l.Log to *buf
./realistic4.go:27:7: leaking param content: b
./realistic4.go:27:19: leaking param: s
./realistic4.go:28:7: leaking param content: b
./realistic4.go:28:21: p does not escape
./realistic4.go:29:7: b does not escape
./realistic4.go:29:62: string(b.data) escapes to heap
./realistic4.go:38:7: leaking param content: a
./realistic4.go:40:20: ... argument does not escape
./realistic4.go:40:21: n escapes to heap
./realistic4.go:48:8: func literal does not escape
./realistic4.go:50:20: ... argument does not escape
./realistic4.go:57:11: leaking param content: xs
./realistic4.go:57:24: f does not escape
./realistic4.go:63:14: leaking param: rw
./realistic4.go:63:29: leaking param content: lines
./realistic4.go:66:18: ([]byte)(l) escapes to heap
./realistic4.go:73:7: p does not escape
./realistic4.go:78:3: moved to heap: p
./realistic4.go:76:12: make([]*Point, 0, n) escapes to heap
./realistic4.go:84:16: ps does not escape
./realistic4.go:104:39: leaking param: s
./realistic4.go:93:7: &buf{} escapes to heap
./realistic4.go:94:21: []string{...} does not escape
./realistic4.go:95:13: ... argument does not escape
./realistic4.go:95:22: buf.String(b) escapes to heap
./realistic4.go:95:29: len(b.log) escapes to heap
./realistic4.go:98:15: ... argument does not escape
./realistic4.go:102:13: ... argument does not escape
./realistic4.go:102:13: r escapes to heap
./realistic4.go:104:15: []string{...} does not escape
./realistic4.go:104:27: func literal does not escape
./realistic4.go:105:29: ... argument does not escape
./realistic4.go:105:30: i escapes to heap
./realistic4.go:105:30: s escapes to heap
./realistic4.go:107:13: ... argument does not escape
./realistic4.go:107:23: (*strings.Builder).String(sb) escapes to heap
./realistic4.go:110:13: ... argument does not escape
./realistic4.go:110:14: *ps[0] escapes to heap
./realistic4.go:110:31: sumPoints([]Point{...}) escapes to heap
./realistic4.go:110:39: []Point{...} does not escape
./realistic4.go:111:12: ps[1].Scale does not escape
./realistic4.go:114:13: ... argument does not escape
./realistic4.go:114:15: g(Point{...}, Point{...}) escapes to heap
