# command-line-arguments
./realistic3.go:10:7: parameter t leaks to ~r0 with derefs=0:
./realistic3.go:10:7:   flow: ~r0 = t:
./realistic3.go:10:7:     from t.x (dot of pointer) at ./realistic3.go:10:33
./realistic3.go:10:7:     from &t.x (address-of) at ./realistic3.go:10:31
./realistic3.go:10:7:     from return &t.x (return) at ./realistic3.go:10:24
./realistic3.go:10:7: leaking param: t to result ~r0 level=0
./realistic3.go:21:16: h does not escape
./realistic3.go:23:17: parameter i leaks to {heap} with derefs=0:
./realistic3.go:23:17:   flow: {temp} = i:
./realistic3.go:23:17:   flow: {heap} = {temp}:
./realistic3.go:23:17: leaking param: i
./realistic3.go:23:22: t does not escape
./realistic3.go:24:8: i.M does not escape
./realistic3.go:31:6: recur capturing by ref: fib (addr=false assign=true width=8)
./realistic3.go:32:8: func literal does not escape
./realistic3.go:42:6: bigCapture capturing by ref: b (addr=false assign=false width=320)
./realistic3.go:44:9: func literal escapes to heap:
./realistic3.go:44:9:   flow: ~r0 = &{storage for func literal}:
./realistic3.go:44:9:     from func literal (spill) at ./realistic3.go:44:9
./realistic3.go:44:9:     from return func literal (return) at ./realistic3.go:44:2
./realistic3.go:42:6: b escapes to heap:
./realistic3.go:42:6:   flow: {storage for func literal} = &b:
./realistic3.go:42:6:     from b (captured by a closure) at ./realistic3.go:44:29
./realistic3.go:42:6:     from b (reference) at ./realistic3.go:44:29
./realistic3.go:42:6: moved to heap: b
./realistic3.go:44:9: func literal escapes to heap
./realistic3.go:50:6: func literal escapes to heap:
./realistic3.go:50:6:   flow: {heap} = &{storage for func literal}:
./realistic3.go:50:6:     from func literal (spill) at ./realistic3.go:50:6
./realistic3.go:49:9: loopGo capturing by ref: x (addr=false assign=true width=8)
./realistic3.go:49:9: x escapes to heap:
./realistic3.go:49:9:   flow: {storage for func literal} = &x:
./realistic3.go:49:9:     from x (captured by a closure) at ./realistic3.go:51:16
./realistic3.go:49:9:     from x (reference) at ./realistic3.go:51:16
./realistic3.go:48:2: loopGo capturing by value: done (addr=false assign=false width=8)
./realistic3.go:51:15: x escapes to heap:
./realistic3.go:51:15:   flow: {storage for ... argument} = &{storage for x}:
./realistic3.go:51:15:     from x (spill) at ./realistic3.go:51:15
./realistic3.go:51:15:     from ... argument (slice-literal-element) at ./realistic3.go:51:15
./realistic3.go:51:15:   flow: {heap} = {storage for ... argument}:
./realistic3.go:51:15:     from ... argument (spill) at ./realistic3.go:51:15
./realistic3.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:51:15
./realistic3.go:47:13: parameter xs leaks to x with derefs=1:
./realistic3.go:47:13:   flow: {temp} = xs:
./realistic3.go:47:13:   flow: x = *{temp}:
./realistic3.go:47:13:     from for loop (range-deref) at ./realistic3.go:49:14
./realistic3.go:47:13: leaking param content: xs
./realistic3.go:49:9: moved to heap: x
./realistic3.go:50:6: func literal escapes to heap
./realistic3.go:51:15: ... argument does not escape
./realistic3.go:51:15: x escapes to heap
./realistic3.go:61:11: make([]byte, 0, 10) escapes to heap:
./realistic3.go:61:11:   flow: b = &{storage for make([]byte, 0, 10)}:
./realistic3.go:61:11:     from make([]byte, 0, 10) (spill) at ./realistic3.go:61:11
./realistic3.go:61:11:     from b := make([]byte, 0, 10) (assign) at ./realistic3.go:61:4
./realistic3.go:61:11:   flow: ~r0 = b:
./realistic3.go:61:11:     from return b (return) at ./realistic3.go:65:2
./realistic3.go:60:17: s does not escape
./realistic3.go:61:11: make([]byte, 0, 10) escapes to heap
./realistic3.go:68:12: s does not escape
./realistic3.go:81:7: t does not escape
./realistic3.go:92:12: make([]T, 3) escapes to heap:
./realistic3.go:92:12:   flow: ts = &{storage for make([]T, 3)}:
./realistic3.go:92:12:     from make([]T, 3) (spill) at ./realistic3.go:92:12
./realistic3.go:92:12:     from ts := make([]T, 3) (assign) at ./realistic3.go:92:5
./realistic3.go:92:12:   flow: p = ts:
./realistic3.go:92:12:     from ts[1] (dot of pointer) at ./realistic3.go:93:10
./realistic3.go:92:12:     from &ts[1] (address-of) at ./realistic3.go:93:7
./realistic3.go:92:12:     from p := &ts[1] (assign) at ./realistic3.go:93:4
./realistic3.go:92:12:   flow: ~r0 = p:
./realistic3.go:92:12:     from return p (return) at ./realistic3.go:97:2
./realistic3.go:92:12: make([]T, 3) escapes to heap
./realistic3.go:100:12: parameter x leaks to {heap} with derefs=0:
./realistic3.go:100:12:   flow: {storage for ... argument} = x:
./realistic3.go:100:12:     from ... argument (slice-literal-element) at ./realistic3.go:107:19
./realistic3.go:100:12:   flow: {heap} = {storage for ... argument}:
./realistic3.go:100:12:     from ... argument (spill) at ./realistic3.go:107:19
./realistic3.go:100:12:     from fmt.Sprint(... argument...) (call parameter) at ./realistic3.go:107:19
./realistic3.go:100:12: parameter x leaks to ~r0 with derefs=1:
./realistic3.go:100:12:   flow: {temp} = x:
./realistic3.go:100:12:   flow: v = *{temp}:
./realistic3.go:100:12:     from case string: return v (switch case) at ./realistic3.go:102:2
./realistic3.go:100:12:   flow: ~r0 = v:
./realistic3.go:100:12:     from return v (return) at ./realistic3.go:103:3
./realistic3.go:100:12: leaking param: x
./realistic3.go:107:19: ... argument does not escape
./realistic3.go:111:5: y escapes to heap:
./realistic3.go:111:5:   flow: b = &y:
./realistic3.go:111:5:     from &y (address-of) at ./realistic3.go:112:13
./realistic3.go:111:5:     from a, b = &x, &y (assign-pair) at ./realistic3.go:112:7
./realistic3.go:111:2: x escapes to heap:
./realistic3.go:111:2:   flow: a = &x:
./realistic3.go:111:2:     from &x (address-of) at ./realistic3.go:112:9
./realistic3.go:111:2:     from a, b = &x, &y (assign-pair) at ./realistic3.go:112:7
./realistic3.go:111:2: moved to heap: x
./realistic3.go:111:5: moved to heap: y
./realistic3.go:120:26: T{...} escapes to heap:
./realistic3.go:120:26:   flow: {heap} = &{storage for T{...}}:
./realistic3.go:120:26:     from T{...} (spill) at ./realistic3.go:120:26
./realistic3.go:120:26:     from methodVals(T{...}, t) (call parameter) at ./realistic3.go:120:24
./realistic3.go:125:20: 1 escapes to heap:
./realistic3.go:125:20:   flow: {heap} = &{storage for 1}:
./realistic3.go:125:20:     from 1 (spill) at ./realistic3.go:125:20
./realistic3.go:125:20:     from iface(1) (call parameter) at ./realistic3.go:125:19
./realistic3.go:125:30: "s" escapes to heap:
./realistic3.go:125:30:   flow: {heap} = &{storage for "s"}:
./realistic3.go:125:30:     from "s" (spill) at ./realistic3.go:125:30
./realistic3.go:125:30:     from iface("s") (call parameter) at ./realistic3.go:125:29
./realistic3.go:127:17: *a + *b escapes to heap:
./realistic3.go:127:17:   flow: {storage for ... argument} = &{storage for *a + *b}:
./realistic3.go:127:17:     from *a + *b (spill) at ./realistic3.go:127:17
./realistic3.go:127:17:     from ... argument (slice-literal-element) at ./realistic3.go:127:13
./realistic3.go:127:17:   flow: {heap} = {storage for ... argument}:
./realistic3.go:127:17:     from ... argument (spill) at ./realistic3.go:127:13
./realistic3.go:127:17:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:127:13
./realistic3.go:125:29: iface("s") escapes to heap:
./realistic3.go:125:29:   flow: {storage for ... argument} = &{storage for iface("s")}:
./realistic3.go:125:29:     from iface("s") (spill) at ./realistic3.go:125:29
./realistic3.go:125:29:     from ... argument (slice-literal-element) at ./realistic3.go:125:13
./realistic3.go:125:29:   flow: {heap} = {storage for ... argument}:
./realistic3.go:125:29:     from ... argument (spill) at ./realistic3.go:125:13
./realistic3.go:125:29:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:125:13
./realistic3.go:125:19: iface(1) escapes to heap:
./realistic3.go:125:19:   flow: {storage for ... argument} = &{storage for iface(1)}:
./realistic3.go:125:19:     from iface(1) (spill) at ./realistic3.go:125:19
./realistic3.go:125:19:     from ... argument (slice-literal-element) at ./realistic3.go:125:13
./realistic3.go:125:19:   flow: {heap} = {storage for ... argument}:
./realistic3.go:125:19:     from ... argument (spill) at ./realistic3.go:125:13
./realistic3.go:125:19:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:125:13
./realistic3.go:124:32: Temps.Max(Temps{...}) escapes to heap:
./realistic3.go:124:32:   flow: {storage for ... argument} = &{storage for Temps.Max(Temps{...})}:
./realistic3.go:124:32:     from Temps.Max(Temps{...}) (spill) at ./realistic3.go:124:32
./realistic3.go:124:32:     from ... argument (slice-literal-element) at ./realistic3.go:124:13
./realistic3.go:124:32:   flow: {heap} = {storage for ... argument}:
./realistic3.go:124:32:     from ... argument (spill) at ./realistic3.go:124:13
./realistic3.go:124:32:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:124:13
./realistic3.go:123:37: runes("abc") escapes to heap:
./realistic3.go:123:37:   flow: {storage for ... argument} = &{storage for runes("abc")}:
./realistic3.go:123:37:     from runes("abc") (spill) at ./realistic3.go:123:37
./realistic3.go:123:37:     from ... argument (slice-literal-element) at ./realistic3.go:123:13
./realistic3.go:123:37:   flow: {heap} = {storage for ... argument}:
./realistic3.go:123:37:     from ... argument (spill) at ./realistic3.go:123:13
./realistic3.go:123:37:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:123:13
./realistic3.go:123:24: bytesStuff("hi") escapes to heap:
./realistic3.go:123:24:   flow: {storage for ... argument} = &{storage for bytesStuff("hi")}:
./realistic3.go:123:24:     from bytesStuff("hi") (spill) at ./realistic3.go:123:24
./realistic3.go:123:24:     from ... argument (slice-literal-element) at ./realistic3.go:123:13
./realistic3.go:123:24:   flow: {heap} = {storage for ... argument}:
./realistic3.go:123:24:     from ... argument (spill) at ./realistic3.go:123:13
./realistic3.go:123:24:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:123:13
./realistic3.go:121:35: .autotmp_2() escapes to heap:
./realistic3.go:121:35:   flow: {storage for ... argument} = &{storage for .autotmp_2()}:
./realistic3.go:121:35:     from .autotmp_2() (spill) at ./realistic3.go:121:35
./realistic3.go:121:35:     from ... argument (slice-literal-element) at ./realistic3.go:121:13
./realistic3.go:121:35:   flow: {heap} = {storage for ... argument}:
./realistic3.go:121:35:     from ... argument (spill) at ./realistic3.go:121:13
./realistic3.go:121:35:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:121:13
./realistic3.go:121:19: recur() escapes to heap:
./realistic3.go:121:19:   flow: {storage for ... argument} = &{storage for recur()}:
./realistic3.go:121:19:     from recur() (spill) at ./realistic3.go:121:19
./realistic3.go:121:19:     from ... argument (slice-literal-element) at ./realistic3.go:121:13
./realistic3.go:121:19:   flow: {heap} = {storage for ... argument}:
./realistic3.go:121:19:     from ... argument (spill) at ./realistic3.go:121:13
./realistic3.go:121:19:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:121:13
./realistic3.go:120:24: methodVals(T{...}, t) escapes to heap:
./realistic3.go:120:24:   flow: {storage for ... argument} = &{storage for methodVals(T{...}, t)}:
./realistic3.go:120:24:     from methodVals(T{...}, t) (spill) at ./realistic3.go:120:24
./realistic3.go:120:24:     from ... argument (slice-literal-element) at ./realistic3.go:120:13
./realistic3.go:120:24:   flow: {heap} = {storage for ... argument}:
./realistic3.go:120:24:     from ... argument (spill) at ./realistic3.go:120:13
./realistic3.go:120:24:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:120:13
./realistic3.go:118:23: callField(h, 1) escapes to heap:
./realistic3.go:118:23:   flow: {storage for ... argument} = &{storage for callField(h, 1)}:
./realistic3.go:118:23:     from callField(h, 1) (spill) at ./realistic3.go:118:23
./realistic3.go:118:23:     from ... argument (slice-literal-element) at ./realistic3.go:118:13
./realistic3.go:118:23:   flow: {heap} = {storage for ... argument}:
./realistic3.go:118:23:     from ... argument (spill) at ./realistic3.go:118:13
./realistic3.go:118:23:     from fmt.Println(... argument...) (call parameter) at ./realistic3.go:118:13
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
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
