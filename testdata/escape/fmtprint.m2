# command-line-arguments
./fmtprint.go:13:13: x escapes to heap:
./fmtprint.go:13:13:   flow: {storage for ... argument} = &{storage for x}:
./fmtprint.go:13:13:     from x (spill) at ./fmtprint.go:13:13
./fmtprint.go:13:13:     from ... argument (slice-literal-element) at ./fmtprint.go:13:13
./fmtprint.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:13:13:     from ... argument (spill) at ./fmtprint.go:13:13
./fmtprint.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:13:13
./fmtprint.go:13:13: ... argument does not escape
./fmtprint.go:13:13: x escapes to heap
./fmtprint.go:17:22: true escapes to heap:
./fmtprint.go:17:22:   flow: {storage for ... argument} = &{storage for true}:
./fmtprint.go:17:22:     from true (spill) at ./fmtprint.go:17:22
./fmtprint.go:17:22:     from ... argument (slice-literal-element) at ./fmtprint.go:17:13
./fmtprint.go:17:22:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:17:22:     from ... argument (spill) at ./fmtprint.go:17:13
./fmtprint.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:17:13
./fmtprint.go:17:17: "a" escapes to heap:
./fmtprint.go:17:17:   flow: {storage for ... argument} = &{storage for "a"}:
./fmtprint.go:17:17:     from "a" (spill) at ./fmtprint.go:17:17
./fmtprint.go:17:17:     from ... argument (slice-literal-element) at ./fmtprint.go:17:13
./fmtprint.go:17:17:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:17:17:     from ... argument (spill) at ./fmtprint.go:17:13
./fmtprint.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:17:13
./fmtprint.go:17:14: 1 escapes to heap:
./fmtprint.go:17:14:   flow: {storage for ... argument} = &{storage for 1}:
./fmtprint.go:17:14:     from 1 (spill) at ./fmtprint.go:17:14
./fmtprint.go:17:14:     from ... argument (slice-literal-element) at ./fmtprint.go:17:13
./fmtprint.go:17:14:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:17:14:     from ... argument (spill) at ./fmtprint.go:17:13
./fmtprint.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:17:13
./fmtprint.go:17:13: ... argument does not escape
./fmtprint.go:17:14: 1 escapes to heap
./fmtprint.go:17:17: "a" escapes to heap
./fmtprint.go:17:22: true escapes to heap
./fmtprint.go:21:13: b escapes to heap:
./fmtprint.go:21:13:   flow: {storage for ... argument} = &{storage for b}:
./fmtprint.go:21:13:     from b (spill) at ./fmtprint.go:21:13
./fmtprint.go:21:13:     from ... argument (slice-literal-element) at ./fmtprint.go:21:12
./fmtprint.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:21:13:     from ... argument (spill) at ./fmtprint.go:21:12
./fmtprint.go:21:13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmtprint.go:21:12
./fmtprint.go:21:13: a escapes to heap:
./fmtprint.go:21:13:   flow: {storage for ... argument} = &{storage for a}:
./fmtprint.go:21:13:     from a (spill) at ./fmtprint.go:21:13
./fmtprint.go:21:13:     from ... argument (slice-literal-element) at ./fmtprint.go:21:12
./fmtprint.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:21:13:     from ... argument (spill) at ./fmtprint.go:21:12
./fmtprint.go:21:13:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmtprint.go:21:12
./fmtprint.go:21:12: ... argument does not escape
./fmtprint.go:21:13: a escapes to heap
./fmtprint.go:21:13: b escapes to heap
./fmtprint.go:25:21: n escapes to heap:
./fmtprint.go:25:21:   flow: {storage for ... argument} = &{storage for n}:
./fmtprint.go:25:21:     from n (spill) at ./fmtprint.go:25:21
./fmtprint.go:25:21:     from ... argument (slice-literal-element) at ./fmtprint.go:25:20
./fmtprint.go:25:21:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:25:21:     from ... argument (spill) at ./fmtprint.go:25:20
./fmtprint.go:25:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./fmtprint.go:25:20
./fmtprint.go:25:21: name escapes to heap:
./fmtprint.go:25:21:   flow: {storage for ... argument} = &{storage for name}:
./fmtprint.go:25:21:     from name (spill) at ./fmtprint.go:25:21
./fmtprint.go:25:21:     from ... argument (slice-literal-element) at ./fmtprint.go:25:20
./fmtprint.go:25:21:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:25:21:     from ... argument (spill) at ./fmtprint.go:25:20
./fmtprint.go:25:21:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./fmtprint.go:25:20
./fmtprint.go:24:14: parameter name leaks to {storage for name} with derefs=0:
./fmtprint.go:24:14:   flow: {storage for name} = name:
./fmtprint.go:24:14:     from name (interface-converted) at ./fmtprint.go:25:21
./fmtprint.go:24:14: leaking param: name
./fmtprint.go:25:20: ... argument does not escape
./fmtprint.go:25:21: name escapes to heap
./fmtprint.go:25:21: n escapes to heap
./fmtprint.go:29:13: p escapes to heap:
./fmtprint.go:29:13:   flow: {storage for ... argument} = &{storage for p}:
./fmtprint.go:29:13:     from p (spill) at ./fmtprint.go:29:13
./fmtprint.go:29:13:     from ... argument (slice-literal-element) at ./fmtprint.go:29:13
./fmtprint.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:29:13:     from ... argument (spill) at ./fmtprint.go:29:13
./fmtprint.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:29:13
./fmtprint.go:29:13: ... argument does not escape
./fmtprint.go:29:13: p escapes to heap
./fmtprint.go:33:15: p.x escapes to heap:
./fmtprint.go:33:15:   flow: {storage for ... argument} = &{storage for p.x}:
./fmtprint.go:33:15:     from p.x (spill) at ./fmtprint.go:33:15
./fmtprint.go:33:15:     from ... argument (slice-literal-element) at ./fmtprint.go:33:13
./fmtprint.go:33:15:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:33:15:     from ... argument (spill) at ./fmtprint.go:33:13
./fmtprint.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:33:13
./fmtprint.go:32:15: p does not escape
./fmtprint.go:33:13: ... argument does not escape
./fmtprint.go:33:15: p.x escapes to heap
./fmtprint.go:37:20: x * y escapes to heap:
./fmtprint.go:37:20:   flow: {storage for ... argument} = &{storage for x * y}:
./fmtprint.go:37:20:     from x * y (spill) at ./fmtprint.go:37:20
./fmtprint.go:37:20:     from ... argument (slice-literal-element) at ./fmtprint.go:37:13
./fmtprint.go:37:20:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:37:20:     from ... argument (spill) at ./fmtprint.go:37:13
./fmtprint.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:37:13
./fmtprint.go:37:15: x + y escapes to heap:
./fmtprint.go:37:15:   flow: {storage for ... argument} = &{storage for x + y}:
./fmtprint.go:37:15:     from x + y (spill) at ./fmtprint.go:37:15
./fmtprint.go:37:15:     from ... argument (slice-literal-element) at ./fmtprint.go:37:13
./fmtprint.go:37:15:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:37:15:     from ... argument (spill) at ./fmtprint.go:37:13
./fmtprint.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:37:13
./fmtprint.go:37:13: ... argument does not escape
./fmtprint.go:37:15: x + y escapes to heap
./fmtprint.go:37:20: x * y escapes to heap
./fmtprint.go:48:21: sprintf("k", 4) escapes to heap:
./fmtprint.go:48:21:   flow: {storage for ... argument} = &{storage for sprintf("k", 4)}:
./fmtprint.go:48:21:     from sprintf("k", 4) (spill) at ./fmtprint.go:48:21
./fmtprint.go:48:21:     from ... argument (slice-literal-element) at ./fmtprint.go:48:13
./fmtprint.go:48:21:   flow: {heap} = {storage for ... argument}:
./fmtprint.go:48:21:     from ... argument (spill) at ./fmtprint.go:48:13
./fmtprint.go:48:21:     from fmt.Println(... argument...) (call parameter) at ./fmtprint.go:48:13
./fmtprint.go:48:13: ... argument does not escape
./fmtprint.go:48:21: sprintf("k", 4) escapes to heap
./fmtprint.go:50:11: &pt{...} does not escape
