# command-line-arguments
./std_sync.go:9:6: wg escapes to heap:
./std_sync.go:9:6:   flow: {heap} = &wg:
./std_sync.go:9:6:     from wg (address-of) at ./std_sync.go:13:5
./std_sync.go:9:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./std_sync.go:13:9
./std_sync.go:10:6: mu escapes to heap:
./std_sync.go:10:6:   flow: {heap} = &mu:
./std_sync.go:10:6:     from mu (address-of) at ./std_sync.go:16:6
./std_sync.go:10:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./std_sync.go:16:11
./std_sync.go:10:6: mu escapes to heap:
./std_sync.go:10:6:   flow: {heap} = &mu:
./std_sync.go:10:6:     from mu (address-of) at ./std_sync.go:18:6
./std_sync.go:10:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./std_sync.go:18:13
./std_sync.go:14:3: func literal escapes to heap:
./std_sync.go:14:3:   flow: {heap} = &{storage for func literal}:
./std_sync.go:14:3:     from func literal (spill) at ./std_sync.go:14:3
./std_sync.go:9:6: wg escapes to heap:
./std_sync.go:9:6:   flow: {heap} = &wg:
./std_sync.go:9:6:     from wg (address-of) at ./std_sync.go:21:4
./std_sync.go:9:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./std_sync.go:21:9
./std_sync.go:9:6: count capturing by ref: wg (addr=true assign=false width=16)
./std_sync.go:10:6: count capturing by ref: mu (addr=true assign=false width=8)
./std_sync.go:11:2: count capturing by ref: total (addr=false assign=true width=8)
./std_sync.go:15:12: count.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./std_sync.go:14:6: count capturing by value: .autotmp_6 (addr=false assign=false width=8)
./std_sync.go:19:4: count capturing by value: .autotmp_7 (addr=false assign=false width=8)
./std_sync.go:14:6: func literal escapes to heap:
./std_sync.go:14:6:   flow: .autotmp_6 = &{storage for func literal}:
./std_sync.go:14:6:     from func literal (spill) at ./std_sync.go:14:6
./std_sync.go:14:6:     from .autotmp_6 = func literal (assign) at ./std_sync.go:14:6
./std_sync.go:14:6:   flow: {storage for func literal} = .autotmp_6:
./std_sync.go:14:6:     from .autotmp_6 (captured by a closure) at ./std_sync.go:19:4
./std_sync.go:11:2: total escapes to heap:
./std_sync.go:11:2:   flow: {storage for func literal} = &total:
./std_sync.go:11:2:     from total (captured by a closure) at ./std_sync.go:17:4
./std_sync.go:11:2:     from total (reference) at ./std_sync.go:17:4
./std_sync.go:9:6: moved to heap: wg
./std_sync.go:10:6: moved to heap: mu
./std_sync.go:11:2: moved to heap: total
./std_sync.go:14:6: func literal escapes to heap
./std_sync.go:26:6: mu escapes to heap:
./std_sync.go:26:6:   flow: {heap} = &mu:
./std_sync.go:26:6:     from mu (address-of) at ./std_sync.go:27:4
./std_sync.go:26:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./std_sync.go:27:9
./std_sync.go:26:6: mu escapes to heap:
./std_sync.go:26:6:   flow: {heap} = &mu:
./std_sync.go:26:6:     from mu (address-of) at ./std_sync.go:29:4
./std_sync.go:26:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./std_sync.go:29:11
./std_sync.go:26:6: moved to heap: mu
./std_sync.go:38:7: parameter c leaks to {heap} with derefs=0:
./std_sync.go:38:7:   flow: {heap} = c:
./std_sync.go:38:7:     from c.mu (dot of pointer) at ./std_sync.go:39:3
./std_sync.go:38:7:     from c.mu (address-of) at ./std_sync.go:39:6
./std_sync.go:38:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./std_sync.go:39:11
./std_sync.go:38:7: leaking param: c
./std_sync.go:45:6: o escapes to heap:
./std_sync.go:45:6:   flow: {heap} = &o:
./std_sync.go:45:6:     from o (address-of) at ./std_sync.go:47:3
./std_sync.go:45:6:     from (*sync.Once).Do(o, func literal) (call parameter) at ./std_sync.go:47:6
./std_sync.go:46:2: once capturing by ref: x (addr=false assign=true width=8)
./std_sync.go:45:6: moved to heap: o
./std_sync.go:47:7: func literal does not escape
./std_sync.go:54:45: once() escapes to heap:
./std_sync.go:54:45:   flow: {storage for ... argument} = &{storage for once()}:
./std_sync.go:54:45:     from once() (spill) at ./std_sync.go:54:45
./std_sync.go:54:45:     from ... argument (slice-literal-element) at ./std_sync.go:54:13
./std_sync.go:54:45:   flow: {heap} = {storage for ... argument}:
./std_sync.go:54:45:     from ... argument (spill) at ./std_sync.go:54:13
./std_sync.go:54:45:     from fmt.Println(... argument...) (call parameter) at ./std_sync.go:54:13
./std_sync.go:54:37: c.n escapes to heap:
./std_sync.go:54:37:   flow: {storage for ... argument} = &{storage for c.n}:
./std_sync.go:54:37:     from c.n (spill) at ./std_sync.go:54:37
./std_sync.go:54:37:     from ... argument (slice-literal-element) at ./std_sync.go:54:13
./std_sync.go:54:37:   flow: {heap} = {storage for ... argument}:
./std_sync.go:54:37:     from ... argument (spill) at ./std_sync.go:54:13
./std_sync.go:54:37:     from fmt.Println(... argument...) (call parameter) at ./std_sync.go:54:13
./std_sync.go:54:32: lockOnly() escapes to heap:
./std_sync.go:54:32:   flow: {storage for ... argument} = &{storage for lockOnly()}:
./std_sync.go:54:32:     from lockOnly() (spill) at ./std_sync.go:54:32
./std_sync.go:54:32:     from ... argument (slice-literal-element) at ./std_sync.go:54:13
./std_sync.go:54:32:   flow: {heap} = {storage for ... argument}:
./std_sync.go:54:32:     from ... argument (spill) at ./std_sync.go:54:13
./std_sync.go:54:32:     from fmt.Println(... argument...) (call parameter) at ./std_sync.go:54:13
./std_sync.go:54:19: count(4) escapes to heap:
./std_sync.go:54:19:   flow: {storage for ... argument} = &{storage for count(4)}:
./std_sync.go:54:19:     from count(4) (spill) at ./std_sync.go:54:19
./std_sync.go:54:19:     from ... argument (slice-literal-element) at ./std_sync.go:54:13
./std_sync.go:54:19:   flow: {heap} = {storage for ... argument}:
./std_sync.go:54:19:     from ... argument (spill) at ./std_sync.go:54:13
./std_sync.go:54:19:     from fmt.Println(... argument...) (call parameter) at ./std_sync.go:54:13
./std_sync.go:52:7: &counter{} escapes to heap:
./std_sync.go:52:7:   flow: c = &{storage for &counter{}}:
./std_sync.go:52:7:     from &counter{} (spill) at ./std_sync.go:52:7
./std_sync.go:52:7:     from c := &counter{} (assign) at ./std_sync.go:52:4
./std_sync.go:52:7:   flow: {heap} = c:
./std_sync.go:52:7:     from (*counter).inc(c) (call parameter) at ./std_sync.go:53:7
./std_sync.go:52:7: &counter{} escapes to heap
./std_sync.go:54:13: ... argument does not escape
./std_sync.go:54:19: count(4) escapes to heap
./std_sync.go:54:32: lockOnly() escapes to heap
./std_sync.go:54:37: c.n escapes to heap
./std_sync.go:54:45: once() escapes to heap
