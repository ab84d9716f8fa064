# command-line-arguments
./callprint.go:7:7: t does not escape
./callprint.go:7:15: a does not escape
./callprint.go:9:8: a does not escape
./callprint.go:10:8: s does not escape
./callprint.go:15:2: (*T).M(t, 1, 2) escapes to heap:
./callprint.go:15:2:   flow: {heap} = &{storage for (*T).M(t, 1, 2)}:
./callprint.go:15:2:     from (*T).M(t, 1, 2) (spill) at ./callprint.go:15:2
./callprint.go:15:2:     from sink = (*T).M(t, 1, 2) (assign) at ./callprint.go:15:7
./callprint.go:16:2: T.V(u) escapes to heap:
./callprint.go:16:2:   flow: {heap} = &{storage for T.V(u)}:
./callprint.go:16:2:     from T.V(u) (spill) at ./callprint.go:16:2
./callprint.go:16:2:     from sink = T.V(u) (assign) at ./callprint.go:16:7
./callprint.go:17:2: g() escapes to heap:
./callprint.go:17:2:   flow: {heap} = &{storage for g()}:
./callprint.go:17:2:     from g() (spill) at ./callprint.go:17:2
./callprint.go:17:2:     from sink = g() (assign) at ./callprint.go:17:7
./callprint.go:18:2: g(s...) escapes to heap:
./callprint.go:18:2:   flow: {heap} = &{storage for g(s...)}:
./callprint.go:18:2:     from g(s...) (spill) at ./callprint.go:18:2
./callprint.go:18:2:     from sink = g(s...) (assign) at ./callprint.go:18:7
./callprint.go:19:2: g(1) escapes to heap:
./callprint.go:19:2:   flow: {heap} = &{storage for g(1)}:
./callprint.go:19:2:     from g(1) (spill) at ./callprint.go:19:2
./callprint.go:19:2:     from sink = g(1) (assign) at ./callprint.go:19:7
./callprint.go:20:2: h("a", 1) escapes to heap:
./callprint.go:20:2:   flow: {heap} = &{storage for h("a", 1)}:
./callprint.go:20:2:     from h("a", 1) (spill) at ./callprint.go:20:2
./callprint.go:20:2:     from sink = h("a", 1) (assign) at ./callprint.go:20:7
./callprint.go:21:2: len(s) escapes to heap:
./callprint.go:21:2:   flow: {heap} = &{storage for len(s)}:
./callprint.go:21:2:     from len(s) (spill) at ./callprint.go:21:2
./callprint.go:21:2:     from sink = len(s) (assign) at ./callprint.go:21:7
./callprint.go:22:28: 2 escapes to heap:
./callprint.go:22:28:   flow: {storage for ... argument} = &{storage for 2}:
./callprint.go:22:28:     from 2 (spill) at ./callprint.go:22:28
./callprint.go:22:28:     from ... argument (slice-literal-element) at ./callprint.go:22:24
./callprint.go:22:28:   flow: {heap} = {storage for ... argument}:
./callprint.go:22:28:     from ... argument (spill) at ./callprint.go:22:24
./callprint.go:22:28:     from fmt.Sprint(... argument...) (call parameter) at ./callprint.go:22:24
./callprint.go:22:25: 1 escapes to heap:
./callprint.go:22:25:   flow: {storage for ... argument} = &{storage for 1}:
./callprint.go:22:25:     from 1 (spill) at ./callprint.go:22:25
./callprint.go:22:25:     from ... argument (slice-literal-element) at ./callprint.go:22:24
./callprint.go:22:25:   flow: {heap} = {storage for ... argument}:
./callprint.go:22:25:     from ... argument (spill) at ./callprint.go:22:24
./callprint.go:22:25:     from fmt.Sprint(... argument...) (call parameter) at ./callprint.go:22:24
./callprint.go:22:35: (*T).M(t, nil...) escapes to heap:
./callprint.go:22:35:   flow: {storage for ... argument} = &{storage for (*T).M(t, nil...)}:
./callprint.go:22:35:     from (*T).M(t, nil...) (spill) at ./callprint.go:22:35
./callprint.go:22:35:     from ... argument (slice-literal-element) at ./callprint.go:22:13
./callprint.go:22:35:   flow: {heap} = {storage for ... argument}:
./callprint.go:22:35:     from ... argument (spill) at ./callprint.go:22:13
./callprint.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./callprint.go:22:13
./callprint.go:22:24: fmt.Sprint(... argument...) escapes to heap:
./callprint.go:22:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./callprint.go:22:24:     from fmt.Sprint(... argument...) (spill) at ./callprint.go:22:24
./callprint.go:22:24:     from ... argument (slice-literal-element) at ./callprint.go:22:13
./callprint.go:22:24:   flow: {heap} = {storage for ... argument}:
./callprint.go:22:24:     from ... argument (spill) at ./callprint.go:22:13
./callprint.go:22:24:     from fmt.Println(... argument...) (call parameter) at ./callprint.go:22:13
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
