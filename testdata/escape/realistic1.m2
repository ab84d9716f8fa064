# command-line-arguments
./realistic1.go:26:7: c does not escape
./realistic1.go:27:7: c does not escape
./realistic1.go:33:7: parameter s leaks to {heap} with derefs=1:
./realistic1.go:33:7:   flow: {heap} = *s:
./realistic1.go:33:7:     from s.items (dot of pointer) at ./realistic1.go:33:49
./realistic1.go:33:7:     from append(s.items, v) (call parameter) at ./realistic1.go:33:47
./realistic1.go:33:7:     from s.items = append(s.items, v) (assign) at ./realistic1.go:33:39
./realistic1.go:33:7: leaking param content: s
./realistic1.go:39:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./realistic1.go:34:7: s does not escape
./realistic1.go:43:12: parameter shapes leaks to {heap} with derefs=1:
./realistic1.go:43:12:   flow: {temp} = shapes:
./realistic1.go:43:12:   flow: s = *{temp}:
./realistic1.go:43:12:     from for loop (range-deref) at ./realistic1.go:45:14
./realistic1.go:43:12:   flow: {heap} = s:
./realistic1.go:43:12:     from s.Area() (call parameter) at ./realistic1.go:46:14
./realistic1.go:43:12: leaking param content: shapes
./realistic1.go:51:15: parameter s leaks to {heap} with derefs=0:
./realistic1.go:51:15:   flow: {heap} = s:
./realistic1.go:51:15:     from s.Name() (call parameter) at ./realistic1.go:52:39
./realistic1.go:52:49: s.Area() escapes to heap:
./realistic1.go:52:49:   flow: {storage for ... argument} = &{storage for s.Area()}:
./realistic1.go:52:49:     from s.Area() (spill) at ./realistic1.go:52:49
./realistic1.go:52:49:     from ... argument (slice-literal-element) at ./realistic1.go:52:20
./realistic1.go:52:49:   flow: {heap} = {storage for ... argument}:
./realistic1.go:52:49:     from ... argument (spill) at ./realistic1.go:52:20
./realistic1.go:52:49:     from fmt.Sprintf("%s: %.2f", ... argument...) (call parameter) at ./realistic1.go:52:20
./realistic1.go:52:39: s.Name() escapes to heap:
./realistic1.go:52:39:   flow: {storage for ... argument} = &{storage for s.Name()}:
./realistic1.go:52:39:     from s.Name() (spill) at ./realistic1.go:52:39
./realistic1.go:52:39:     from ... argument (slice-literal-element) at ./realistic1.go:52:20
./realistic1.go:52:39:   flow: {heap} = {storage for ... argument}:
./realistic1.go:52:39:     from ... argument (spill) at ./realistic1.go:52:20
./realistic1.go:52:39:     from fmt.Sprintf("%s: %.2f", ... argument...) (call parameter) at ./realistic1.go:52:20
./realistic1.go:51:15: leaking param: s
./realistic1.go:52:20: ... argument does not escape
./realistic1.go:52:39: s.Name() escapes to heap
./realistic1.go:52:49: s.Area() escapes to heap
./realistic1.go:55:11: parts does not escape
./realistic1.go:69:24: s escapes to heap:
./realistic1.go:69:24:   flow: {storage for ... argument} = &{storage for s}:
./realistic1.go:69:24:     from s (spill) at ./realistic1.go:69:24
./realistic1.go:69:24:     from ... argument (slice-literal-element) at ./realistic1.go:69:23
./realistic1.go:69:24:   flow: {heap} = {storage for ... argument}:
./realistic1.go:69:24:     from ... argument (spill) at ./realistic1.go:69:23
./realistic1.go:69:24:     from fmt.Errorf("bad %q: %v", ... argument...) (call parameter) at ./realistic1.go:69:23
./realistic1.go:66:12: parameter s leaks to {heap} with derefs=0:
./realistic1.go:66:12:   flow: {heap} = s:
./realistic1.go:66:12:     from strconv.Atoi(s) (call parameter) at ./realistic1.go:67:24
./realistic1.go:66:12: parameter s leaks to {storage for s} with derefs=0:
./realistic1.go:66:12:   flow: {storage for s} = s:
./realistic1.go:66:12:     from s (interface-converted) at ./realistic1.go:69:24
./realistic1.go:66:12: leaking param: s
./realistic1.go:69:23: ... argument does not escape
./realistic1.go:69:24: s escapes to heap
./realistic1.go:79:13: parameter n leaks to {heap} with derefs=0:
./realistic1.go:79:13:   flow: ~r0 = n:
./realistic1.go:79:13:     from return n (return) at ./realistic1.go:88:2
./realistic1.go:79:13:   flow: {heap} = ~r0:
./realistic1.go:79:13:     from n.Left = insert(n.Left, v) (assign) at ./realistic1.go:84:10
./realistic1.go:81:10: &Node{...} escapes to heap:
./realistic1.go:81:10:   flow: ~r0 = &{storage for &Node{...}}:
./realistic1.go:81:10:     from &Node{...} (spill) at ./realistic1.go:81:10
./realistic1.go:81:10:     from return &Node{...} (return) at ./realistic1.go:81:3
./realistic1.go:81:10:   flow: {heap} = ~r0:
./realistic1.go:81:10:     from n.Left = insert(n.Left, v) (assign) at ./realistic1.go:84:10
./realistic1.go:79:13: parameter n leaks to ~r0 with derefs=0:
./realistic1.go:79:13:   flow: ~r0 = n:
./realistic1.go:79:13:     from return n (return) at ./realistic1.go:88:2
./realistic1.go:79:13: leaking param: n
./realistic1.go:81:10: &Node{...} escapes to heap
./realistic1.go:91:11: n does not escape
./realistic1.go:91:20: f does not escape
./realistic1.go:100:10: nums does not escape
./realistic1.go:109:2: counter capturing by ref: c (addr=false assign=true width=8)
./realistic1.go:109:2: counter capturing by ref: c (addr=true assign=true width=8)
./realistic1.go:110:34: func literal escapes to heap:
./realistic1.go:110:34:   flow: ~r1 = &{storage for func literal}:
./realistic1.go:110:34:     from func literal (spill) at ./realistic1.go:110:34
./realistic1.go:110:34:     from return func literal, func literal (return) at ./realistic1.go:110:2
./realistic1.go:109:2: c escapes to heap:
./realistic1.go:109:2:   flow: {storage for func literal} = &c:
./realistic1.go:109:2:     from c (captured by a closure) at ./realistic1.go:110:43
./realistic1.go:109:2:     from c (reference) at ./realistic1.go:110:43
./realistic1.go:110:9: func literal escapes to heap:
./realistic1.go:110:9:   flow: ~r0 = &{storage for func literal}:
./realistic1.go:110:9:     from func literal (spill) at ./realistic1.go:110:9
./realistic1.go:110:9:     from return func literal, func literal (return) at ./realistic1.go:110:2
./realistic1.go:109:2: moved to heap: c
./realistic1.go:110:9: func literal escapes to heap
./realistic1.go:110:34: func literal escapes to heap
./realistic1.go:147:8: "boom" escapes to heap:
./realistic1.go:147:8:   flow: {heap} = &{storage for "boom"}:
./realistic1.go:147:8:     from "boom" (spill) at ./realistic1.go:147:8
./realistic1.go:147:8:     from panic("boom") (call parameter) at ./realistic1.go:147:8
./realistic1.go:131:6: main capturing by ref: out (addr=false assign=true width=24)
./realistic1.go:140:20: main capturing by value: .autotmp_12 (addr=false assign=false width=16)
./realistic1.go:144:17: "recovered" escapes to heap:
./realistic1.go:144:17:   flow: {storage for ... argument} = &{storage for "recovered"}:
./realistic1.go:144:17:     from "recovered" (spill) at ./realistic1.go:144:17
./realistic1.go:144:17:     from ... argument (slice-literal-element) at ./realistic1.go:144:16
./realistic1.go:144:17:   flow: {heap} = {storage for ... argument}:
./realistic1.go:144:17:     from ... argument (spill) at ./realistic1.go:144:16
./realistic1.go:144:17:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:144:16
./realistic1.go:140:20: "done" escapes to heap:
./realistic1.go:140:20:   flow: .autotmp_12 = &{storage for "done"}:
./realistic1.go:140:20:     from "done" (spill) at ./realistic1.go:140:20
./realistic1.go:140:20:     from .autotmp_12 = "done" (assign) at ./realistic1.go:140:20
./realistic1.go:140:20:   flow: {storage for ... argument} = .autotmp_12:
./realistic1.go:140:20:     from ... argument (slice-literal-element) at ./realistic1.go:140:19
./realistic1.go:140:20:   flow: {heap} = {storage for ... argument}:
./realistic1.go:140:20:     from ... argument (spill) at ./realistic1.go:140:19
./realistic1.go:140:20:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:140:19
./realistic1.go:139:30: len(m) escapes to heap:
./realistic1.go:139:30:   flow: {storage for ... argument} = &{storage for len(m)}:
./realistic1.go:139:30:     from len(m) (spill) at ./realistic1.go:139:30
./realistic1.go:139:30:     from ... argument (slice-literal-element) at ./realistic1.go:139:12
./realistic1.go:139:30:   flow: {heap} = {storage for ... argument}:
./realistic1.go:139:30:     from ... argument (spill) at ./realistic1.go:139:12
./realistic1.go:139:30:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./realistic1.go:139:12
./realistic1.go:137:23: map[string][]int{} escapes to heap:
./realistic1.go:137:23:   flow: m = &{storage for map[string][]int{}}:
./realistic1.go:137:23:     from map[string][]int{} (spill) at ./realistic1.go:137:23
./realistic1.go:137:23:     from m := map[string][]int{} (assign) at ./realistic1.go:137:4
./realistic1.go:137:23:   flow: {storage for ... argument} = m:
./realistic1.go:137:23:     from m (interface-converted) at ./realistic1.go:139:13
./realistic1.go:137:23:     from ... argument (slice-literal-element) at ./realistic1.go:139:12
./realistic1.go:137:23:   flow: {heap} = {storage for ... argument}:
./realistic1.go:137:23:     from ... argument (spill) at ./realistic1.go:139:12
./realistic1.go:137:23:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./realistic1.go:139:12
./realistic1.go:133:36: sum(out...) escapes to heap:
./realistic1.go:133:36:   flow: {storage for ... argument} = &{storage for sum(out...)}:
./realistic1.go:133:36:     from sum(out...) (spill) at ./realistic1.go:133:36
./realistic1.go:133:36:     from ... argument (slice-literal-element) at ./realistic1.go:133:13
./realistic1.go:133:36:   flow: {heap} = {storage for ... argument}:
./realistic1.go:133:36:     from ... argument (spill) at ./realistic1.go:133:13
./realistic1.go:133:36:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:133:13
./realistic1.go:133:22: sum(... argument...) escapes to heap:
./realistic1.go:133:22:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./realistic1.go:133:22:     from sum(... argument...) (spill) at ./realistic1.go:133:22
./realistic1.go:133:22:     from ... argument (slice-literal-element) at ./realistic1.go:133:13
./realistic1.go:133:22:   flow: {heap} = {storage for ... argument}:
./realistic1.go:133:22:     from ... argument (spill) at ./realistic1.go:133:13
./realistic1.go:133:22:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:133:13
./realistic1.go:133:13: out escapes to heap:
./realistic1.go:133:13:   flow: {storage for ... argument} = &{storage for out}:
./realistic1.go:133:13:     from out (spill) at ./realistic1.go:133:13
./realistic1.go:133:13:     from ... argument (slice-literal-element) at ./realistic1.go:133:13
./realistic1.go:133:13:   flow: {heap} = {storage for ... argument}:
./realistic1.go:133:13:     from ... argument (spill) at ./realistic1.go:133:13
./realistic1.go:133:13:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:133:13
./realistic1.go:126:13: n escapes to heap:
./realistic1.go:126:13:   flow: {storage for ... argument} = &{storage for n}:
./realistic1.go:126:13:     from n (spill) at ./realistic1.go:126:13
./realistic1.go:126:13:     from ... argument (slice-literal-element) at ./realistic1.go:126:13
./realistic1.go:126:13:   flow: {heap} = {storage for ... argument}:
./realistic1.go:126:13:     from ... argument (spill) at ./realistic1.go:126:13
./realistic1.go:126:13:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:126:13
./realistic1.go:124:18: join([]string{...}) escapes to heap:
./realistic1.go:124:18:   flow: {storage for ... argument} = &{storage for join([]string{...})}:
./realistic1.go:124:18:     from join([]string{...}) (spill) at ./realistic1.go:124:18
./realistic1.go:124:18:     from ... argument (slice-literal-element) at ./realistic1.go:124:13
./realistic1.go:124:18:   flow: {heap} = {storage for ... argument}:
./realistic1.go:124:18:     from ... argument (spill) at ./realistic1.go:124:13
./realistic1.go:124:18:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:124:13
./realistic1.go:123:13: v escapes to heap:
./realistic1.go:123:13:   flow: {storage for ... argument} = &{storage for v}:
./realistic1.go:123:13:     from v (spill) at ./realistic1.go:123:13
./realistic1.go:123:13:     from ... argument (slice-literal-element) at ./realistic1.go:123:13
./realistic1.go:123:13:   flow: {heap} = {storage for ... argument}:
./realistic1.go:123:13:     from ... argument (spill) at ./realistic1.go:123:13
./realistic1.go:123:13:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:123:13
./realistic1.go:117:23: describe(s) escapes to heap:
./realistic1.go:117:23:   flow: {storage for ... argument} = &{storage for describe(s)}:
./realistic1.go:117:23:     from describe(s) (spill) at ./realistic1.go:117:23
./realistic1.go:117:23:     from ... argument (slice-literal-element) at ./realistic1.go:117:14
./realistic1.go:117:23:   flow: {heap} = {storage for ... argument}:
./realistic1.go:117:23:     from ... argument (spill) at ./realistic1.go:117:14
./realistic1.go:117:23:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:117:14
./realistic1.go:114:32: &Circle{...} escapes to heap:
./realistic1.go:114:32:   flow: {storage for []Shape{...}} = &{storage for &Circle{...}}:
./realistic1.go:114:32:     from &Circle{...} (spill) at ./realistic1.go:114:32
./realistic1.go:114:32:     from &Circle{...} (interface-converted) at ./realistic1.go:114:32
./realistic1.go:114:32:     from []Shape{...} (slice-literal-element) at ./realistic1.go:114:19
./realistic1.go:114:32:   flow: shapes = &{storage for []Shape{...}}:
./realistic1.go:114:32:     from []Shape{...} (spill) at ./realistic1.go:114:19
./realistic1.go:114:32:     from shapes := []Shape{...} (assign) at ./realistic1.go:114:9
./realistic1.go:114:32:   flow: {heap} = *shapes:
./realistic1.go:114:32:     from total(shapes) (call parameter) at ./realistic1.go:115:19
./realistic1.go:114:24: Rect{...} escapes to heap:
./realistic1.go:114:24:   flow: {storage for []Shape{...}} = &{storage for Rect{...}}:
./realistic1.go:114:24:     from Rect{...} (spill) at ./realistic1.go:114:24
./realistic1.go:114:24:     from []Shape{...} (slice-literal-element) at ./realistic1.go:114:19
./realistic1.go:114:24:   flow: shapes = &{storage for []Shape{...}}:
./realistic1.go:114:24:     from []Shape{...} (spill) at ./realistic1.go:114:19
./realistic1.go:114:24:     from shapes := []Shape{...} (assign) at ./realistic1.go:114:9
./realistic1.go:114:24:   flow: {heap} = *shapes:
./realistic1.go:114:24:     from total(shapes) (call parameter) at ./realistic1.go:115:19
./realistic1.go:115:19: total(shapes) escapes to heap:
./realistic1.go:115:19:   flow: {storage for ... argument} = &{storage for total(shapes)}:
./realistic1.go:115:19:     from total(shapes) (spill) at ./realistic1.go:115:19
./realistic1.go:115:19:     from ... argument (slice-literal-element) at ./realistic1.go:115:13
./realistic1.go:115:19:   flow: {heap} = {storage for ... argument}:
./realistic1.go:115:19:     from ... argument (spill) at ./realistic1.go:115:13
./realistic1.go:115:19:     from fmt.Println(... argument...) (call parameter) at ./realistic1.go:115:13
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
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Area() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
