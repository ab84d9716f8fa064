# command-line-arguments
./realistic2.go:20:7: parameter a leaks to ~r0 with derefs=1:
./realistic2.go:20:7:   flow: ~r0 = *a:
./realistic2.go:20:7:     from a.Name (dot of pointer) at ./realistic2.go:20:46
./realistic2.go:20:7:     from return a.Name (return) at ./realistic2.go:20:38
./realistic2.go:20:7: leaking param: a to result ~r0 level=1
./realistic2.go:21:7: a does not escape
./realistic2.go:25:7: m does not escape
./realistic2.go:29:15: worker capturing by value: .autotmp_5 (addr=false assign=false width=8)
./realistic2.go:28:58: parameter wg leaks to {heap} with derefs=0:
./realistic2.go:28:58:   flow: .autotmp_5 = wg:
./realistic2.go:28:58:     from .autotmp_5 = wg (assign) at ./realistic2.go:29:15
./realistic2.go:28:58:   flow: {heap} = .autotmp_5:
./realistic2.go:28:58:     from (*sync.WaitGroup).Done(.autotmp_5) (call parameter) at ./realistic2.go:29:15
./realistic2.go:28:21: jobs does not escape
./realistic2.go:28:38: results does not escape
./realistic2.go:28:58: leaking param: wg
./realistic2.go:39:6: wg escapes to heap:
./realistic2.go:39:6:   flow: {heap} = &wg:
./realistic2.go:39:6:     from wg (address-of) at ./realistic2.go:41:5
./realistic2.go:39:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./realistic2.go:41:9
./realistic2.go:42:3: func literal escapes to heap:
./realistic2.go:42:3:   flow: {heap} = &{storage for func literal}:
./realistic2.go:42:3:     from func literal (spill) at ./realistic2.go:42:3
./realistic2.go:39:6: wg escapes to heap:
./realistic2.go:39:6:   flow: {heap} = &wg:
./realistic2.go:39:6:     from wg (address-of) at ./realistic2.go:48:4
./realistic2.go:39:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./realistic2.go:48:9
./realistic2.go:42:12: pipeline capturing by value: .autotmp_8 (addr=false assign=false width=8)
./realistic2.go:42:12: pipeline capturing by value: .autotmp_9 (addr=false assign=false width=8)
./realistic2.go:42:12: pipeline capturing by value: .autotmp_10 (addr=false assign=false width=8)
./realistic2.go:42:31: pipeline capturing by value: .autotmp_11 (addr=false assign=false width=8)
./realistic2.go:39:6: moved to heap: wg
./realistic2.go:58:10: a does not escape
./realistic2.go:58:13: b does not escape
./realistic2.go:76:12: (*Counter).Inc capturing by value: .autotmp_2 (addr=false assign=false width=8)
./realistic2.go:74:23: parameter k leaks to {heap} with derefs=0:
./realistic2.go:74:23:   flow: {heap} = k:
./realistic2.go:74:23:     from c.n[k] (key of map put) at ./realistic2.go:77:5
./realistic2.go:74:7: parameter c leaks to {heap} with derefs=0:
./realistic2.go:74:7:   flow: {heap} = c:
./realistic2.go:74:7:     from c.mu (dot of pointer) at ./realistic2.go:75:3
./realistic2.go:74:7:     from c.mu (address-of) at ./realistic2.go:75:6
./realistic2.go:74:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./realistic2.go:75:11
./realistic2.go:74:7: leaking param: c
./realistic2.go:74:23: leaking param: k
./realistic2.go:80:11: grid does not escape
./realistic2.go:95:12: parameter s leaks to {heap} with derefs=0:
./realistic2.go:95:12:   flow: {heap} = s:
./realistic2.go:95:12:     from strings.Fields(s) (call parameter) at ./realistic2.go:97:34
./realistic2.go:96:11: make(map[string]int) escapes to heap:
./realistic2.go:96:11:   flow: m = &{storage for make(map[string]int)}:
./realistic2.go:96:11:     from make(map[string]int) (spill) at ./realistic2.go:96:11
./realistic2.go:96:11:     from m := make(map[string]int) (assign) at ./realistic2.go:96:4
./realistic2.go:96:11:   flow: ~r0 = m:
./realistic2.go:96:11:     from return m (return) at ./realistic2.go:100:2
./realistic2.go:95:12: leaking param: s
./realistic2.go:96:11: make(map[string]int) escapes to heap
./realistic2.go:104:13: make([]int, len(xs)) escapes to heap:
./realistic2.go:104:13:   flow: {heap} = &{storage for make([]int, len(xs))}:
./realistic2.go:104:13:     from make([]int, len(xs)) (non-constant size) at ./realistic2.go:104:13
./realistic2.go:103:12: xs does not escape
./realistic2.go:103:22: f does not escape
./realistic2.go:104:13: make([]int, len(xs)) escapes to heap
./realistic2.go:121:2: c escapes to heap:
./realistic2.go:121:2:   flow: {heap} = &c:
./realistic2.go:121:2:     from c (address-of) at ./realistic2.go:122:3
./realistic2.go:121:2:     from (*Counter).Inc(c, "a") (call parameter) at ./realistic2.go:122:7
./realistic2.go:125:2: main capturing by value: k (addr=false assign=false width=8)
./realistic2.go:139:13: x escapes to heap:
./realistic2.go:139:13:   flow: {storage for ... argument} = &{storage for x}:
./realistic2.go:139:13:     from x (spill) at ./realistic2.go:139:13
./realistic2.go:139:13:     from ... argument (slice-literal-element) at ./realistic2.go:139:13
./realistic2.go:139:13:   flow: {heap} = {storage for ... argument}:
./realistic2.go:139:13:     from ... argument (spill) at ./realistic2.go:139:13
./realistic2.go:139:13:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:139:13
./realistic2.go:135:20: string(bs) escapes to heap:
./realistic2.go:135:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./realistic2.go:135:20:     from string(bs) (spill) at ./realistic2.go:135:20
./realistic2.go:135:20:     from ... argument (slice-literal-element) at ./realistic2.go:135:13
./realistic2.go:135:20:   flow: {heap} = {storage for ... argument}:
./realistic2.go:135:20:     from ... argument (spill) at ./realistic2.go:135:13
./realistic2.go:135:20:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:135:13
./realistic2.go:132:25: s escapes to heap:
./realistic2.go:132:25:   flow: {storage for ... argument} = &{storage for s}:
./realistic2.go:132:25:     from s (spill) at ./realistic2.go:132:25
./realistic2.go:132:25:     from ... argument (slice-literal-element) at ./realistic2.go:132:13
./realistic2.go:132:25:   flow: {heap} = {storage for ... argument}:
./realistic2.go:132:25:     from ... argument (spill) at ./realistic2.go:132:13
./realistic2.go:132:25:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:132:13
./realistic2.go:132:25: cap(s) escapes to heap:
./realistic2.go:132:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./realistic2.go:132:25:     from cap(s) (spill) at ./realistic2.go:132:25
./realistic2.go:132:25:     from ... argument (slice-literal-element) at ./realistic2.go:132:13
./realistic2.go:132:25:   flow: {heap} = {storage for ... argument}:
./realistic2.go:132:25:     from ... argument (spill) at ./realistic2.go:132:13
./realistic2.go:132:25:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:132:13
./realistic2.go:132:17: len(s) escapes to heap:
./realistic2.go:132:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./realistic2.go:132:17:     from len(s) (spill) at ./realistic2.go:132:17
./realistic2.go:132:17:     from ... argument (slice-literal-element) at ./realistic2.go:132:13
./realistic2.go:132:17:   flow: {heap} = {storage for ... argument}:
./realistic2.go:132:17:     from ... argument (spill) at ./realistic2.go:132:13
./realistic2.go:132:17:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:132:13
./realistic2.go:126:19: apply([]int{...}, func literal) escapes to heap:
./realistic2.go:126:19:   flow: {storage for ... argument} = &{storage for apply([]int{...}, func literal)}:
./realistic2.go:126:19:     from apply([]int{...}, func literal) (spill) at ./realistic2.go:126:19
./realistic2.go:126:19:     from ... argument (slice-literal-element) at ./realistic2.go:126:13
./realistic2.go:126:19:   flow: {heap} = {storage for ... argument}:
./realistic2.go:126:19:     from ... argument (spill) at ./realistic2.go:126:13
./realistic2.go:126:19:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:126:13
./realistic2.go:123:13: .autotmp_5 escapes to heap:
./realistic2.go:123:13:   flow: {storage for ... argument} = &{storage for .autotmp_5}:
./realistic2.go:123:13:     from .autotmp_5 (spill) at ./realistic2.go:123:13
./realistic2.go:123:13:     from ... argument (slice-literal-element) at ./realistic2.go:123:13
./realistic2.go:123:13:   flow: {heap} = {storage for ... argument}:
./realistic2.go:123:13:     from ... argument (spill) at ./realistic2.go:123:13
./realistic2.go:123:13:     from fmt.Println(find([][]int{...}, 3)) (call parameter) at ./realistic2.go:123:13
./realistic2.go:123:13: .autotmp_4 escapes to heap:
./realistic2.go:123:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./realistic2.go:123:13:     from .autotmp_4 (spill) at ./realistic2.go:123:13
./realistic2.go:123:13:     from ... argument (slice-literal-element) at ./realistic2.go:123:13
./realistic2.go:123:13:   flow: {heap} = {storage for ... argument}:
./realistic2.go:123:13:     from ... argument (spill) at ./realistic2.go:123:13
./realistic2.go:123:13:     from fmt.Println(find([][]int{...}, 3)) (call parameter) at ./realistic2.go:123:13
./realistic2.go:120:17: sel(a, nil) escapes to heap:
./realistic2.go:120:17:   flow: {storage for ... argument} = &{storage for sel(a, nil)}:
./realistic2.go:120:17:     from sel(a, nil) (spill) at ./realistic2.go:120:17
./realistic2.go:120:17:     from ... argument (slice-literal-element) at ./realistic2.go:120:13
./realistic2.go:120:17:   flow: {heap} = {storage for ... argument}:
./realistic2.go:120:17:     from ... argument (spill) at ./realistic2.go:120:13
./realistic2.go:120:17:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:120:13
./realistic2.go:117:22: pipeline() escapes to heap:
./realistic2.go:117:22:   flow: {storage for ... argument} = &{storage for pipeline()}:
./realistic2.go:117:22:     from pipeline() (spill) at ./realistic2.go:117:22
./realistic2.go:117:22:     from ... argument (slice-literal-element) at ./realistic2.go:117:13
./realistic2.go:117:22:   flow: {heap} = {storage for ... argument}:
./realistic2.go:117:22:     from ... argument (spill) at ./realistic2.go:117:13
./realistic2.go:117:22:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:117:13
./realistic2.go:116:19: Matrix.Get(m, 1, 1) escapes to heap:
./realistic2.go:116:19:   flow: {storage for ... argument} = &{storage for Matrix.Get(m, 1, 1)}:
./realistic2.go:116:19:     from Matrix.Get(m, 1, 1) (spill) at ./realistic2.go:116:19
./realistic2.go:116:19:     from ... argument (slice-literal-element) at ./realistic2.go:116:13
./realistic2.go:116:19:   flow: {heap} = {storage for ... argument}:
./realistic2.go:116:19:     from ... argument (spill) at ./realistic2.go:116:13
./realistic2.go:116:19:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:116:13
./realistic2.go:113:35: Animal.Count(d.Animal) escapes to heap:
./realistic2.go:113:35:   flow: {storage for ... argument} = &{storage for Animal.Count(d.Animal)}:
./realistic2.go:113:35:     from Animal.Count(d.Animal) (spill) at ./realistic2.go:113:35
./realistic2.go:113:35:     from ... argument (slice-literal-element) at ./realistic2.go:113:13
./realistic2.go:113:35:   flow: {heap} = {storage for ... argument}:
./realistic2.go:113:35:     from ... argument (spill) at ./realistic2.go:113:13
./realistic2.go:113:35:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:113:13
./realistic2.go:113:24: (*Animal).Describe(d.Animal) escapes to heap:
./realistic2.go:113:24:   flow: {storage for ... argument} = &{storage for (*Animal).Describe(d.Animal)}:
./realistic2.go:113:24:     from (*Animal).Describe(d.Animal) (spill) at ./realistic2.go:113:24
./realistic2.go:113:24:     from ... argument (slice-literal-element) at ./realistic2.go:113:13
./realistic2.go:113:24:   flow: {heap} = {storage for ... argument}:
./realistic2.go:113:24:     from ... argument (spill) at ./realistic2.go:113:13
./realistic2.go:113:24:     from fmt.Println(... argument...) (call parameter) at ./realistic2.go:113:13
./realistic2.go:135:20: string(bs) escapes to heap:
./realistic2.go:135:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./realistic2.go:135:20:     from string(bs) (spill) at ./realistic2.go:135:20
./realistic2.go:135:20:     from string(bs) (interface-converted) at ./realistic2.go:135:20
./realistic2.go:127:6: arr escapes to heap:
./realistic2.go:127:6:   flow: s = &arr:
./realistic2.go:127:6:     from arr (address-of) at ./realistic2.go:131:7
./realistic2.go:127:6:     from arr[1:3] (slice) at ./realistic2.go:131:10
./realistic2.go:127:6:     from s := arr[1:3] (assign) at ./realistic2.go:131:4
./realistic2.go:127:6:   flow: {storage for s} = s:
./realistic2.go:127:6:     from s (interface-converted) at ./realistic2.go:132:25
./realistic2.go:121:32: map[string]int{} escapes to heap:
./realistic2.go:121:32:   flow: c = &{storage for map[string]int{}}:
./realistic2.go:121:32:     from map[string]int{} (spill) at ./realistic2.go:121:32
./realistic2.go:121:32:     from Counter{...} (struct literal element) at ./realistic2.go:121:14
./realistic2.go:121:32:     from c := Counter{...} (assign) at ./realistic2.go:121:4
./realistic2.go:121:2: moved to heap: c
./realistic2.go:127:6: moved to heap: arr
./realistic2.go:113:13: ... argument does not escape
./realistic2.go:113:24: (*Animal).Describe(d.Animal) escapes to heap
./realistic2.go:113:35: Animal.Count(d.Animal) escapes to heap
./realistic2.go:116:13: ... argument does not escape
./realistic2.go:116:19: Matrix.Get(m, 1, 1) escapes to heap
./realistic2.go:117:13: ... argument does not escape
./realistic2.go:117:22: pipeline() escapes to heap
./realistic2.go:120:13: ... argument does not escape
./realistic2.go:120:17: sel(a, nil) escapes to heap
./realistic2.go:121:32: map[string]int{} escapes to heap
./realistic2.go:123:26: [][]int{...} does not escape
./realistic2.go:123:27: []int{...} does not escape
./realistic2.go:123:35: []int{...} does not escape
./realistic2.go:123:13: ... argument does not escape
./realistic2.go:123:13: .autotmp_4 escapes to heap
./realistic2.go:123:13: .autotmp_5 escapes to heap
./realistic2.go:124:13: ... argument does not escape
./realistic2.go:126:13: ... argument does not escape
./realistic2.go:126:19: apply([]int{...}, func literal) escapes to heap
./realistic2.go:126:25: []int{...} does not escape
./realistic2.go:126:33: func literal does not escape
./realistic2.go:132:13: ... argument does not escape
./realistic2.go:132:17: len(s) escapes to heap
./realistic2.go:132:25: cap(s) escapes to heap
./realistic2.go:132:25: s escapes to heap
./realistic2.go:133:14: ([]byte)("hello") does not escape
./realistic2.go:135:13: ... argument does not escape
./realistic2.go:135:20: string(bs) escapes to heap
./realistic2.go:135:20: string(bs) escapes to heap
./realistic2.go:139:13: ... argument does not escape
./realistic2.go:139:13: x escapes to heap
