# command-line-arguments
./goroutines.go:16:15: (*Server).handle capturing by value: .autotmp_3 (addr=false assign=false width=8)
./goroutines.go:15:25: parameter name leaks to {heap} with derefs=0:
./goroutines.go:15:25:   flow: {heap} = name:
./goroutines.go:15:25:     from s.count[name] (key of map put) at ./goroutines.go:18:9
./goroutines.go:15:7: parameter s leaks to {heap} with derefs=0:
./goroutines.go:15:7:   flow: {heap} = s:
./goroutines.go:15:7:     from s.mu (dot of pointer) at ./goroutines.go:17:3
./goroutines.go:15:7:     from s.mu (address-of) at ./goroutines.go:17:6
./goroutines.go:15:7:     from (*sync.Mutex).Lock(s.mu) (call parameter) at ./goroutines.go:17:11
./goroutines.go:15:38: parameter wg leaks to {heap} with derefs=0:
./goroutines.go:15:38:   flow: .autotmp_3 = wg:
./goroutines.go:15:38:     from .autotmp_3 = wg (assign) at ./goroutines.go:16:15
./goroutines.go:15:38:   flow: {heap} = .autotmp_3:
./goroutines.go:15:38:     from (*sync.WaitGroup).Done(.autotmp_3) (call parameter) at ./goroutines.go:16:15
./goroutines.go:15:7: leaking param: s
./goroutines.go:15:25: leaking param: name
./goroutines.go:15:38: leaking param: wg
./goroutines.go:23:6: wg escapes to heap:
./goroutines.go:23:6:   flow: {heap} = &wg:
./goroutines.go:23:6:     from wg (address-of) at ./goroutines.go:25:5
./goroutines.go:23:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./goroutines.go:25:9
./goroutines.go:26:3: func literal escapes to heap:
./goroutines.go:26:3:   flow: {heap} = &{storage for func literal}:
./goroutines.go:26:3:     from func literal (spill) at ./goroutines.go:26:3
./goroutines.go:23:6: wg escapes to heap:
./goroutines.go:23:6:   flow: {heap} = &wg:
./goroutines.go:23:6:     from wg (address-of) at ./goroutines.go:28:4
./goroutines.go:23:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./goroutines.go:28:9
./goroutines.go:26:14: (*Server).run capturing by value: .autotmp_4 (addr=false assign=false width=8)
./goroutines.go:26:14: (*Server).run capturing by value: .autotmp_5 (addr=false assign=false width=16)
./goroutines.go:26:18: (*Server).run capturing by value: .autotmp_6 (addr=false assign=false width=8)
./goroutines.go:22:22: parameter names leaks to {heap} with derefs=1:
./goroutines.go:22:22:   flow: {temp} = names:
./goroutines.go:22:22:   flow: n = *{temp}:
./goroutines.go:22:22:     from for loop (range-deref) at ./goroutines.go:24:14
./goroutines.go:22:22:   flow: .autotmp_5 = n:
./goroutines.go:22:22:     from .autotmp_5 = n (assign) at ./goroutines.go:26:14
./goroutines.go:22:22:   flow: {heap} = .autotmp_5:
./goroutines.go:22:22:     from (*Server).handle(.autotmp_4, .autotmp_5, .autotmp_6) (call parameter) at ./goroutines.go:26:14
./goroutines.go:22:7: parameter s leaks to {heap} with derefs=0:
./goroutines.go:22:7:   flow: .autotmp_4 = s:
./goroutines.go:22:7:     from .autotmp_4 = s (assign) at ./goroutines.go:26:14
./goroutines.go:22:7:   flow: {heap} = .autotmp_4:
./goroutines.go:22:7:     from (*Server).handle(.autotmp_4, .autotmp_5, .autotmp_6) (call parameter) at ./goroutines.go:26:14
./goroutines.go:22:22: parameter names leaks to {storage for func literal} with derefs=1:
./goroutines.go:22:22:   flow: {temp} = names:
./goroutines.go:22:22:   flow: n = *{temp}:
./goroutines.go:22:22:     from for loop (range-deref) at ./goroutines.go:24:14
./goroutines.go:22:22:   flow: .autotmp_5 = n:
./goroutines.go:22:22:     from .autotmp_5 = n (assign) at ./goroutines.go:26:14
./goroutines.go:22:22:   flow: {storage for func literal} = .autotmp_5:
./goroutines.go:22:22:     from .autotmp_5 (captured by a closure) at ./goroutines.go:26:14
./goroutines.go:22:7: parameter s leaks to {storage for func literal} with derefs=0:
./goroutines.go:22:7:   flow: .autotmp_4 = s:
./goroutines.go:22:7:     from .autotmp_4 = s (assign) at ./goroutines.go:26:14
./goroutines.go:22:7:   flow: {storage for func literal} = .autotmp_4:
./goroutines.go:22:7:     from .autotmp_4 (captured by a closure) at ./goroutines.go:26:14
./goroutines.go:22:7: leaking param: s
./goroutines.go:22:22: leaking param content: names
./goroutines.go:23:6: moved to heap: wg
./goroutines.go:33:6: wg escapes to heap:
./goroutines.go:33:6:   flow: {heap} = &wg:
./goroutines.go:33:6:     from wg (address-of) at ./goroutines.go:35:5
./goroutines.go:33:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./goroutines.go:35:9
./goroutines.go:36:3: func literal escapes to heap:
./goroutines.go:36:3:   flow: {heap} = &{storage for func literal}:
./goroutines.go:36:3:     from func literal (spill) at ./goroutines.go:36:3
./goroutines.go:43:5: func literal escapes to heap:
./goroutines.go:43:5:   flow: {heap} = &{storage for func literal}:
./goroutines.go:43:5:     from func literal (spill) at ./goroutines.go:43:5
./goroutines.go:33:6: wg escapes to heap:
./goroutines.go:33:6:   flow: {heap} = &wg:
./goroutines.go:33:6:     from wg (address-of) at ./goroutines.go:44:5
./goroutines.go:33:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./goroutines.go:44:10
./goroutines.go:33:6: fanIn capturing by ref: wg (addr=true assign=false width=16)
./goroutines.go:32:2: fanIn capturing by value: out (addr=false assign=false width=8)
./goroutines.go:37:12: fanIn.func1 capturing by value: .autotmp_2 (addr=false assign=false width=8)
./goroutines.go:36:6: fanIn capturing by value: .autotmp_5 (addr=false assign=false width=8)
./goroutines.go:41:4: fanIn capturing by value: .autotmp_6 (addr=false assign=false width=8)
./goroutines.go:33:6: fanIn capturing by ref: wg (addr=true assign=false width=16)
./goroutines.go:33:6: wg escapes to heap:
./goroutines.go:33:6:   flow: {storage for func literal} = &wg:
./goroutines.go:33:6:     from wg (captured by a closure) at ./goroutines.go:44:3
./goroutines.go:33:6:     from wg (reference) at ./goroutines.go:44:3
./goroutines.go:32:2: fanIn capturing by value: out (addr=false assign=false width=8)
./goroutines.go:31:12: parameter chs leaks to {storage for func literal} with derefs=1:
./goroutines.go:31:12:   flow: {temp} = chs:
./goroutines.go:31:12:   flow: c = *{temp}:
./goroutines.go:31:12:     from for loop (range-deref) at ./goroutines.go:34:14
./goroutines.go:31:12:   flow: .autotmp_6 = c:
./goroutines.go:31:12:     from .autotmp_6 = c (assign) at ./goroutines.go:41:4
./goroutines.go:31:12:   flow: {storage for func literal} = .autotmp_6:
./goroutines.go:31:12:     from .autotmp_6 (captured by a closure) at ./goroutines.go:41:4
./goroutines.go:36:6: func literal escapes to heap:
./goroutines.go:36:6:   flow: .autotmp_5 = &{storage for func literal}:
./goroutines.go:36:6:     from func literal (spill) at ./goroutines.go:36:6
./goroutines.go:36:6:     from .autotmp_5 = func literal (assign) at ./goroutines.go:36:6
./goroutines.go:36:6:   flow: {storage for func literal} = .autotmp_5:
./goroutines.go:36:6:     from .autotmp_5 (captured by a closure) at ./goroutines.go:41:4
./goroutines.go:31:12: leaking param content: chs
./goroutines.go:36:11: c does not escape
./goroutines.go:33:6: moved to heap: wg
./goroutines.go:36:6: func literal escapes to heap
./goroutines.go:43:5: func literal escapes to heap
./goroutines.go:52:5: func literal escapes to heap:
./goroutines.go:52:5:   flow: {heap} = &{storage for func literal}:
./goroutines.go:52:5:     from func literal (spill) at ./goroutines.go:52:5
./goroutines.go:50:10: gen capturing by value: n (addr=false assign=false width=8)
./goroutines.go:51:2: gen capturing by value: c (addr=false assign=false width=8)
./goroutines.go:50:10: parameter n leaks to {storage for func literal} with derefs=0:
./goroutines.go:50:10:   flow: {storage for func literal} = n:
./goroutines.go:50:10:     from n (captured by a closure) at ./goroutines.go:53:19
./goroutines.go:52:5: func literal escapes to heap
./goroutines.go:61:14: c does not escape
./goroutines.go:77:3: func literal escapes to heap:
./goroutines.go:77:3:   flow: {heap} = &{storage for func literal}:
./goroutines.go:77:3:     from func literal (spill) at ./goroutines.go:77:3
./goroutines.go:75:27: deferLoop capturing by ref: sum (addr=false assign=true width=8)
./goroutines.go:77:9: deferLoop capturing by value: .autotmp_3 (addr=false assign=false width=8)
./goroutines.go:77:33: deferLoop capturing by value: .autotmp_4 (addr=false assign=false width=8)
./goroutines.go:77:9: func literal escapes to heap:
./goroutines.go:77:9:   flow: .autotmp_3 = &{storage for func literal}:
./goroutines.go:77:9:     from func literal (spill) at ./goroutines.go:77:9
./goroutines.go:77:9:     from .autotmp_3 = func literal (assign) at ./goroutines.go:77:9
./goroutines.go:77:9:   flow: {storage for func literal} = .autotmp_3:
./goroutines.go:77:9:     from .autotmp_3 (captured by a closure) at ./goroutines.go:77:33
./goroutines.go:75:27: sum escapes to heap:
./goroutines.go:75:27:   flow: {storage for func literal} = &sum:
./goroutines.go:75:27:     from sum (captured by a closure) at ./goroutines.go:77:23
./goroutines.go:75:27:     from sum (reference) at ./goroutines.go:77:23
./goroutines.go:75:16: xs does not escape
./goroutines.go:75:27: moved to heap: sum
./goroutines.go:77:9: func literal escapes to heap
./goroutines.go:90:55: deferLoop([]int{...}) escapes to heap:
./goroutines.go:90:55:   flow: {storage for ... argument} = &{storage for deferLoop([]int{...})}:
./goroutines.go:90:55:     from deferLoop([]int{...}) (spill) at ./goroutines.go:90:55
./goroutines.go:90:55:     from ... argument (slice-literal-element) at ./goroutines.go:90:13
./goroutines.go:90:55:   flow: {heap} = {storage for ... argument}:
./goroutines.go:90:55:     from ... argument (spill) at ./goroutines.go:90:13
./goroutines.go:90:55:     from fmt.Println(... argument...) (call parameter) at ./goroutines.go:90:13
./goroutines.go:90:28: timeout(make(chan int)) escapes to heap:
./goroutines.go:90:28:   flow: {storage for ... argument} = &{storage for timeout(make(chan int))}:
./goroutines.go:90:28:     from timeout(make(chan int)) (spill) at ./goroutines.go:90:28
./goroutines.go:90:28:     from ... argument (slice-literal-element) at ./goroutines.go:90:13
./goroutines.go:90:28:   flow: {heap} = {storage for ... argument}:
./goroutines.go:90:28:     from ... argument (spill) at ./goroutines.go:90:13
./goroutines.go:90:28:     from fmt.Println(... argument...) (call parameter) at ./goroutines.go:90:13
./goroutines.go:90:13: total escapes to heap:
./goroutines.go:90:13:   flow: {storage for ... argument} = &{storage for total}:
./goroutines.go:90:13:     from total (spill) at ./goroutines.go:90:13
./goroutines.go:90:13:     from ... argument (slice-literal-element) at ./goroutines.go:90:13
./goroutines.go:90:13:   flow: {heap} = {storage for ... argument}:
./goroutines.go:90:13:     from ... argument (spill) at ./goroutines.go:90:13
./goroutines.go:90:13:     from fmt.Println(... argument...) (call parameter) at ./goroutines.go:90:13
./goroutines.go:85:21: s.count["a"] escapes to heap:
./goroutines.go:85:21:   flow: {storage for ... argument} = &{storage for s.count["a"]}:
./goroutines.go:85:21:     from s.count["a"] (spill) at ./goroutines.go:85:21
./goroutines.go:85:21:     from ... argument (slice-literal-element) at ./goroutines.go:85:13
./goroutines.go:85:21:   flow: {heap} = {storage for ... argument}:
./goroutines.go:85:21:     from ... argument (spill) at ./goroutines.go:85:13
./goroutines.go:85:21:     from fmt.Println(... argument...) (call parameter) at ./goroutines.go:85:13
./goroutines.go:83:7: &Server{...} escapes to heap:
./goroutines.go:83:7:   flow: s = &{storage for &Server{...}}:
./goroutines.go:83:7:     from &Server{...} (spill) at ./goroutines.go:83:7
./goroutines.go:83:7:     from s := &Server{...} (assign) at ./goroutines.go:83:4
./goroutines.go:83:7:   flow: {heap} = s:
./goroutines.go:83:7:     from (*Server).run(s, []string{...}) (call parameter) at ./goroutines.go:84:7
./goroutines.go:83:36: map[string]int{} escapes to heap:
./goroutines.go:83:36:   flow: {storage for &Server{...}} = &{storage for map[string]int{}}:
./goroutines.go:83:36:     from map[string]int{} (spill) at ./goroutines.go:83:36
./goroutines.go:83:36:     from Server{...} (struct literal element) at ./goroutines.go:83:14
./goroutines.go:83:7: &Server{...} escapes to heap
./goroutines.go:83:36: map[string]int{} escapes to heap
./goroutines.go:84:16: []string{...} does not escape
./goroutines.go:85:13: ... argument does not escape
./goroutines.go:85:21: s.count["a"] escapes to heap
./goroutines.go:87:22: ... argument does not escape
./goroutines.go:90:13: ... argument does not escape
./goroutines.go:90:13: total escapes to heap
./goroutines.go:90:28: timeout(make(chan int)) escapes to heap
./goroutines.go:90:55: deferLoop([]int{...}) escapes to heap
./goroutines.go:90:61: []int{...} does not escape
