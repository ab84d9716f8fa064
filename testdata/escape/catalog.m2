# command-line-arguments
./catalog.go:63:65: devirtualizing i.Get to *T
./catalog.go:10:7: t does not escape
./catalog.go:11:7: t does not escape
./catalog.go:12:31: (*T).Self ignoring self-assignment in t.p = t.p
./catalog.go:12:7: t does not escape
./catalog.go:13:31: a escapes to heap:
./catalog.go:13:31:   flow: {heap} = &{storage for a}:
./catalog.go:13:31:     from a (spill) at ./catalog.go:13:31
./catalog.go:13:31:     from sink = a (assign) at ./catalog.go:13:36
./catalog.go:13:11: parameter a leaks to {storage for a} with derefs=0:
./catalog.go:13:11:   flow: {storage for a} = a:
./catalog.go:13:11:     from a (interface-converted) at ./catalog.go:13:31
./catalog.go:13:11: leaking param: a
./catalog.go:13:31: a escapes to heap
./catalog.go:21:37: x escapes to heap:
./catalog.go:21:37:   flow: ~r0 = &x:
./catalog.go:21:37:     from &x (address-of) at ./catalog.go:21:52
./catalog.go:21:37:     from return &x (return) at ./catalog.go:21:45
./catalog.go:21:37: moved to heap: x
./catalog.go:22:44: &T{} escapes to heap:
./catalog.go:22:44:   flow: ~r0 = &{storage for &T{}}:
./catalog.go:22:44:     from &T{} (spill) at ./catalog.go:22:44
./catalog.go:22:44:     from return &T{} (return) at ./catalog.go:22:37
./catalog.go:22:44: &T{} escapes to heap
./catalog.go:23:42: &T{...} does not escape
./catalog.go:24:47: new(int) escapes to heap:
./catalog.go:24:47:   flow: ~r0 = &{storage for new(int)}:
./catalog.go:24:47:     from new(int) (spill) at ./catalog.go:24:47
./catalog.go:24:47:     from return new(int) (return) at ./catalog.go:24:37
./catalog.go:24:47: new(int) escapes to heap
./catalog.go:25:45: new(int) does not escape
./catalog.go:26:46: make([]int, n) escapes to heap:
./catalog.go:26:46:   flow: {heap} = &{storage for make([]int, n)}:
./catalog.go:26:46:     from make([]int, n) (non-constant size) at ./catalog.go:26:46
./catalog.go:26:46: make([]int, n) escapes to heap
./catalog.go:27:46: make([]int, 8) does not escape
./catalog.go:28:46: make([]byte, 65537) escapes to heap:
./catalog.go:28:46:   flow: {heap} = &{storage for make([]byte, 65537)}:
./catalog.go:28:46:     from make([]byte, 65537) (too large for stack) at ./catalog.go:28:46
./catalog.go:28:46: make([]byte, 65537) escapes to heap
./catalog.go:29:45: new([65537]byte) escapes to heap:
./catalog.go:29:45:   flow: {heap} = &{storage for new([65537]byte)}:
./catalog.go:29:45:     from new([65537]byte) (too large for stack) at ./catalog.go:29:45
./catalog.go:29:45: new([65537]byte) escapes to heap
./catalog.go:30:41: a escapes to heap:
./catalog.go:30:41:   flow: {heap} = &a:
./catalog.go:30:41:     from a (too large for stack) at ./catalog.go:30:41
./catalog.go:30:41: moved to heap: a
./catalog.go:31:49: []int{...} escapes to heap:
./catalog.go:31:49:   flow: ~r0 = &{storage for []int{...}}:
./catalog.go:31:49:     from []int{...} (spill) at ./catalog.go:31:49
./catalog.go:31:49:     from return []int{...} (return) at ./catalog.go:31:37
./catalog.go:31:49: []int{...} escapes to heap
./catalog.go:32:47: []int{...} does not escape
./catalog.go:33:46: make(map[int]int) does not escape
./catalog.go:34:58: map[string]int{...} escapes to heap:
./catalog.go:34:58:   flow: ~r0 = &{storage for map[string]int{...}}:
./catalog.go:34:58:     from map[string]int{...} (spill) at ./catalog.go:34:58
./catalog.go:34:58:     from return map[string]int{...} (return) at ./catalog.go:34:37
./catalog.go:34:58: map[string]int{...} escapes to heap
./catalog.go:36:37: closureNo capturing by ref: y (addr=false assign=true width=8)
./catalog.go:36:50: func literal does not escape
./catalog.go:37:37: closureEsc capturing by ref: y (addr=false assign=true width=8)
./catalog.go:37:52: func literal escapes to heap:
./catalog.go:37:52:   flow: ~r0 = &{storage for func literal}:
./catalog.go:37:52:     from func literal (spill) at ./catalog.go:37:52
./catalog.go:37:52:     from return func literal (return) at ./catalog.go:37:45
./catalog.go:37:37: y escapes to heap:
./catalog.go:37:37:   flow: {storage for func literal} = &y:
./catalog.go:37:37:     from y (captured by a closure) at ./catalog.go:37:65
./catalog.go:37:37:     from y (reference) at ./catalog.go:37:65
./catalog.go:37:37: moved to heap: y
./catalog.go:37:52: func literal escapes to heap
./catalog.go:38:37: closureVal capturing by value: y (addr=false assign=false width=8)
./catalog.go:38:52: func literal escapes to heap:
./catalog.go:38:52:   flow: ~r0 = &{storage for func literal}:
./catalog.go:38:52:     from func literal (spill) at ./catalog.go:38:52
./catalog.go:38:52:     from return func literal (return) at ./catalog.go:38:45
./catalog.go:38:52: func literal escapes to heap
./catalog.go:39:37: x escapes to heap:
./catalog.go:39:37:   flow: {heap} = &{storage for x}:
./catalog.go:39:37:     from x (spill) at ./catalog.go:39:37
./catalog.go:39:37:     from sink = x (assign) at ./catalog.go:39:42
./catalog.go:39:37: x escapes to heap
./catalog.go:40:57: x does not escape
./catalog.go:41:48: x escapes to heap:
./catalog.go:41:48:   flow: {storage for ... argument} = &{storage for x}:
./catalog.go:41:48:     from x (spill) at ./catalog.go:41:48
./catalog.go:41:48:     from ... argument (slice-literal-element) at ./catalog.go:41:48
./catalog.go:41:48:   flow: {heap} = {storage for ... argument}:
./catalog.go:41:48:     from ... argument (spill) at ./catalog.go:41:48
./catalog.go:41:48:     from fmt.Println(... argument...) (call parameter) at ./catalog.go:41:48
./catalog.go:41:48: ... argument does not escape
./catalog.go:41:48: x escapes to heap
./catalog.go:42:52: "a" escapes to heap:
./catalog.go:42:52:   flow: {storage for ... argument} = &{storage for "a"}:
./catalog.go:42:52:     from "a" (spill) at ./catalog.go:42:52
./catalog.go:42:52:     from ... argument (slice-literal-element) at ./catalog.go:42:48
./catalog.go:42:52:   flow: {heap} = {storage for ... argument}:
./catalog.go:42:52:     from ... argument (spill) at ./catalog.go:42:48
./catalog.go:42:52:     from fmt.Println(... argument...) (call parameter) at ./catalog.go:42:48
./catalog.go:42:49: 1 escapes to heap:
./catalog.go:42:49:   flow: {storage for ... argument} = &{storage for 1}:
./catalog.go:42:49:     from 1 (spill) at ./catalog.go:42:49
./catalog.go:42:49:     from ... argument (slice-literal-element) at ./catalog.go:42:48
./catalog.go:42:49:   flow: {heap} = {storage for ... argument}:
./catalog.go:42:49:     from ... argument (spill) at ./catalog.go:42:48
./catalog.go:42:49:     from fmt.Println(... argument...) (call parameter) at ./catalog.go:42:48
./catalog.go:42:48: ... argument does not escape
./catalog.go:42:49: 1 escapes to heap
./catalog.go:42:52: "a" escapes to heap
./catalog.go:43:41: ... argument escapes to heap:
./catalog.go:43:41:   flow: {heap} = &{storage for ... argument}:
./catalog.go:43:41:     from ... argument (spill) at ./catalog.go:43:41
./catalog.go:43:41:     from keep(... argument...) (call parameter) at ./catalog.go:43:41
./catalog.go:43:42: 1 escapes to heap:
./catalog.go:43:42:   flow: {storage for ... argument} = &{storage for 1}:
./catalog.go:43:42:     from 1 (spill) at ./catalog.go:43:42
./catalog.go:43:42:     from ... argument (slice-literal-element) at ./catalog.go:43:41
./catalog.go:43:41: ... argument escapes to heap
./catalog.go:43:42: 1 escapes to heap
./catalog.go:44:43: t.Get escapes to heap:
./catalog.go:44:43:   flow: {heap} = &{storage for t.Get}:
./catalog.go:44:43:     from t.Get (spill) at ./catalog.go:44:43
./catalog.go:44:43:     from gf = t.Get (assign) at ./catalog.go:44:40
./catalog.go:44:14: parameter t leaks to {storage for t.Get} with derefs=0:
./catalog.go:44:14:   flow: {temp} = t:
./catalog.go:44:14:   flow: {storage for t.Get} = {temp}:
./catalog.go:44:14: leaking param: t
./catalog.go:44:43: t.Get escapes to heap
./catalog.go:45:16: t does not escape
./catalog.go:45:43: t.Val does not escape
./catalog.go:46:10: s does not escape
./catalog.go:46:54: ([]byte)(s) does not escape
./catalog.go:47:50: string(b) escapes to heap:
./catalog.go:47:50:   flow: ~r0 = &{storage for string(b)}:
./catalog.go:47:50:     from string(b) (spill) at ./catalog.go:47:50
./catalog.go:47:50:     from return string(b) (return) at ./catalog.go:47:37
./catalog.go:47:10: b does not escape
./catalog.go:47:50: string(b) escapes to heap
./catalog.go:48:10: s does not escape
./catalog.go:48:54: ([]rune)(s) does not escape
./catalog.go:49:50: string(r) escapes to heap:
./catalog.go:49:50:   flow: ~r0 = &{storage for string(r)}:
./catalog.go:49:50:     from string(r) (spill) at ./catalog.go:49:50
./catalog.go:49:50:     from return string(r) (return) at ./catalog.go:49:37
./catalog.go:49:50: string(r) escapes to heap
./catalog.go:50:46: a + b escapes to heap:
./catalog.go:50:46:   flow: ~r0 = &{storage for a + b}:
./catalog.go:50:46:     from a + b (spill) at ./catalog.go:50:46
./catalog.go:50:46:     from return a + b (return) at ./catalog.go:50:37
./catalog.go:50:13: a does not escape
./catalog.go:50:16: b does not escape
./catalog.go:50:46: a + b escapes to heap
./catalog.go:51:15: a does not escape
./catalog.go:51:18: b does not escape
./catalog.go:51:50: a + b does not escape
./catalog.go:52:11: parameter p leaks to {heap} with derefs=0:
./catalog.go:52:11:   flow: {heap} = p:
./catalog.go:52:11:     from gp = p (assign) at ./catalog.go:52:40
./catalog.go:52:11: leaking param: p
./catalog.go:53:10: parameter p leaks to ~r0 with derefs=0:
./catalog.go:53:10:   flow: ~r0 = p:
./catalog.go:53:10:     from return p (return) at ./catalog.go:53:37
./catalog.go:53:10: leaking param: p to result ~r0 level=0
./catalog.go:54:14: parameter pp leaks to {heap} with derefs=1:
./catalog.go:54:14:   flow: {heap} = *pp:
./catalog.go:54:14:     from *pp (indirection) at ./catalog.go:54:42
./catalog.go:54:14:     from gp = *pp (assign) at ./catalog.go:54:40
./catalog.go:54:14: leaking param content: pp
./catalog.go:55:17: parameter t leaks to ~r0 with derefs=1:
./catalog.go:55:17:   flow: ~r0 = *t:
./catalog.go:55:17:     from t.p (dot of pointer) at ./catalog.go:55:45
./catalog.go:55:17:     from return t.p (return) at ./catalog.go:55:37
./catalog.go:55:17: leaking param: t to result ~r0 level=1
./catalog.go:56:12: parameter p leaks to r with derefs=0:
./catalog.go:56:12:   flow: r = p:
./catalog.go:56:12:     from r = p (assign) at ./catalog.go:56:39
./catalog.go:56:12: leaking param: p to result r level=0
./catalog.go:57:13: p does not escape
./catalog.go:58:11: parameter pp leaks to {heap} with derefs=1:
./catalog.go:58:11:   flow: {heap} = *pp:
./catalog.go:58:11:     from *pp (indirection) at ./catalog.go:58:42
./catalog.go:58:11:     from gp = *pp (assign) at ./catalog.go:58:40
./catalog.go:58:11: parameter pp leaks to ~r0 with derefs=0:
./catalog.go:58:11:   flow: ~r0 = pp:
./catalog.go:58:11:     from return pp (return) at ./catalog.go:58:47
./catalog.go:58:11: leaking param content: pp
./catalog.go:58:11: leaking param: pp to result ~r0 level=0
./catalog.go:59:48: func literal escapes to heap:
./catalog.go:59:48:   flow: {heap} = &{storage for func literal}:
./catalog.go:59:48:     from func literal (spill) at ./catalog.go:59:48
./catalog.go:59:37: goStmt capturing by ref: x (addr=false assign=true width=8)
./catalog.go:59:37: x escapes to heap:
./catalog.go:59:37:   flow: {storage for func literal} = &x:
./catalog.go:59:37:     from x (captured by a closure) at ./catalog.go:59:57
./catalog.go:59:37:     from x (reference) at ./catalog.go:59:57
./catalog.go:59:37: moved to heap: x
./catalog.go:59:48: func literal escapes to heap
./catalog.go:60:37: deferTop capturing by ref: x (addr=false assign=true width=8)
./catalog.go:60:51: func literal does not escape
./catalog.go:61:68: func literal escapes to heap:
./catalog.go:61:68:   flow: {heap} = &{storage for func literal}:
./catalog.go:61:68:     from func literal (spill) at ./catalog.go:61:68
./catalog.go:61:68: func literal escapes to heap
./catalog.go:62:37: func literal escapes to heap:
./catalog.go:62:37:   flow: {heap} = &{storage for func literal}:
./catalog.go:62:37:     from func literal (spill) at ./catalog.go:62:37
./catalog.go:62:46: goCall capturing by value: .autotmp_1 (addr=false assign=false width=8)
./catalog.go:62:13: parameter p leaks to {storage for func literal} with derefs=0:
./catalog.go:62:13:   flow: .autotmp_1 = p:
./catalog.go:62:13:     from .autotmp_1 = p (assign) at ./catalog.go:62:46
./catalog.go:62:13:   flow: {storage for func literal} = .autotmp_1:
./catalog.go:62:13:     from .autotmp_1 (captured by a closure) at ./catalog.go:62:46
./catalog.go:62:13: leaking param: p
./catalog.go:63:47: &T{} does not escape
./catalog.go:64:20: parameter p leaks to {heap} with derefs=0:
./catalog.go:64:20:   flow: {heap} = p:
./catalog.go:64:20:     from append(s, p) (call parameter) at ./catalog.go:64:50
./catalog.go:64:10: parameter s leaks to {heap} with derefs=1:
./catalog.go:64:10:   flow: {temp} = s:
./catalog.go:64:10:     from append(s, p) (call parameter) at ./catalog.go:64:50
./catalog.go:64:10:   flow: {heap} = *{temp}:
./catalog.go:64:10:     from append(s, p) (appendee slice) at ./catalog.go:64:50
./catalog.go:64:10: parameter s leaks to ~r0 with derefs=0:
./catalog.go:64:10:   flow: {temp} = s:
./catalog.go:64:10:     from append(s, p) (call parameter) at ./catalog.go:64:50
./catalog.go:64:10:   flow: ~r0 = {temp}:
./catalog.go:64:10:     from return append(s, p) (return) at ./catalog.go:64:37
./catalog.go:64:10: leaking param content: s
./catalog.go:64:10: leaking param: s to result ~r0 level=0
./catalog.go:64:20: leaking param: p
./catalog.go:65:37: x escapes to heap:
./catalog.go:65:37:   flow: {heap} = &x:
./catalog.go:65:37:     from &x (address-of) at ./catalog.go:65:50
./catalog.go:65:37:     from c <- &x (send) at ./catalog.go:65:47
./catalog.go:65:11: c does not escape
./catalog.go:65:37: moved to heap: x
./catalog.go:66:74: x escapes to heap:
./catalog.go:66:74:   flow: p = &x:
./catalog.go:66:74:     from &x (address-of) at ./catalog.go:66:86
./catalog.go:66:74:     from p = &x (assign) at ./catalog.go:66:84
./catalog.go:66:74: moved to heap: x
./catalog.go:67:12: parameter i leaks to {heap} with derefs=0:
./catalog.go:67:12:   flow: {heap} = i:
./catalog.go:67:12:     from i.Get() (call parameter) at ./catalog.go:67:49
./catalog.go:67:12: leaking param: i
./catalog.go:69:37: x escapes to heap:
./catalog.go:69:37:   flow: {heap} = &x:
./catalog.go:69:37:     from &x (address-of) at ./catalog.go:69:52
./catalog.go:69:37:     from m[0] = &x (assign) at ./catalog.go:69:50
./catalog.go:69:13: m does not escape
./catalog.go:69:37: moved to heap: x
./catalog.go:70:43: x escapes to heap:
./catalog.go:70:43:   flow: {heap} = &{storage for x}:
./catalog.go:70:43:     from x (spill) at ./catalog.go:70:43
./catalog.go:70:43:     from panic(x) (call parameter) at ./catalog.go:70:42
./catalog.go:70:43: x escapes to heap
./catalog.go:71:13: parameter i leaks to ~r0 with derefs=0:
./catalog.go:71:13:   flow: ~r0 = i:
./catalog.go:71:13:     from i.(*int) (dot) at ./catalog.go:71:45
./catalog.go:71:13:     from return i.(*int) (return) at ./catalog.go:71:37
./catalog.go:71:13: leaking param: i to result ~r0 level=0
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Get() (call parameter) at <autogenerated>:1
./catalog.go:68:59: index bounds check elided
