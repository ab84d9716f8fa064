# command-line-arguments
./m2_vardecl_conv.go:19:25: 5 escapes to heap:
./m2_vardecl_conv.go:19:25:   flow: j = &{storage for 5}:
./m2_vardecl_conv.go:19:25:     from 5 (spill) at ./m2_vardecl_conv.go:19:25
./m2_vardecl_conv.go:19:25:     from j = 5 (assign) at ./m2_vardecl_conv.go:19:6
./m2_vardecl_conv.go:19:25:   flow: {storage for ... argument} = j:
./m2_vardecl_conv.go:19:25:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:19:25:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:19:25:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:19:25: x escapes to heap:
./m2_vardecl_conv.go:19:25:   flow: i = &{storage for x}:
./m2_vardecl_conv.go:19:25:     from x (spill) at ./m2_vardecl_conv.go:19:25
./m2_vardecl_conv.go:19:25:     from i = x (assign) at ./m2_vardecl_conv.go:19:6
./m2_vardecl_conv.go:19:25:   flow: {storage for ... argument} = i:
./m2_vardecl_conv.go:19:25:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:19:25:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:19:25:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:17:43: pair{...} escapes to heap:
./m2_vardecl_conv.go:17:43:   flow: p1 = &{storage for pair{...}}:
./m2_vardecl_conv.go:17:43:     from pair{...} (spill) at ./m2_vardecl_conv.go:17:43
./m2_vardecl_conv.go:17:43:     from p1 = pair{...} (assign) at ./m2_vardecl_conv.go:17:6
./m2_vardecl_conv.go:17:43:   flow: {storage for ... argument} = p1:
./m2_vardecl_conv.go:17:43:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:17:43:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:17:43:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:17:43:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:39: p1 == p2 escapes to heap:
./m2_vardecl_conv.go:20:39:   flow: {storage for ... argument} = &{storage for p1 == p2}:
./m2_vardecl_conv.go:20:39:     from p1 == p2 (spill) at ./m2_vardecl_conv.go:20:39
./m2_vardecl_conv.go:20:39:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:39:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:20:39:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:39:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:16:6: Celsius(1) escapes to heap:
./m2_vardecl_conv.go:16:6:   flow: s1 = &{storage for Celsius(1)}:
./m2_vardecl_conv.go:16:6:     from Celsius(1) (spill) at ./m2_vardecl_conv.go:16:6
./m2_vardecl_conv.go:16:6:     from s1 = Celsius(1) (assign) at ./m2_vardecl_conv.go:16:6
./m2_vardecl_conv.go:16:6:   flow: {storage for ... argument} = s1:
./m2_vardecl_conv.go:16:6:     from s1 (interface-converted) at ./m2_vardecl_conv.go:20:25
./m2_vardecl_conv.go:16:6:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:16:6:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:16:6:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:16:6:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:25: s1 == s2 escapes to heap:
./m2_vardecl_conv.go:20:25:   flow: {storage for ... argument} = &{storage for s1 == s2}:
./m2_vardecl_conv.go:20:25:     from s1 == s2 (spill) at ./m2_vardecl_conv.go:20:25
./m2_vardecl_conv.go:20:25:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:25:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:20:25:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:16: a == b escapes to heap:
./m2_vardecl_conv.go:20:16:   flow: {storage for ... argument} = &{storage for a == b}:
./m2_vardecl_conv.go:20:16:     from a == b (spill) at ./m2_vardecl_conv.go:20:16
./m2_vardecl_conv.go:20:16:     from ... argument (slice-literal-element) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:16:   flow: {heap} = {storage for ... argument}:
./m2_vardecl_conv.go:20:16:     from ... argument (spill) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./m2_vardecl_conv.go:20:13
./m2_vardecl_conv.go:15:6: 3 does not escape
./m2_vardecl_conv.go:15:6: 3 does not escape
./m2_vardecl_conv.go:16:6: Celsius(1) escapes to heap
./m2_vardecl_conv.go:16:6: Celsius(1) does not escape
./m2_vardecl_conv.go:17:43: pair{...} escapes to heap
./m2_vardecl_conv.go:17:43: pair{...} does not escape
./m2_vardecl_conv.go:19:25: x escapes to heap
./m2_vardecl_conv.go:19:25: 5 escapes to heap
./m2_vardecl_conv.go:20:13: ... argument does not escape
./m2_vardecl_conv.go:20:16: a == b escapes to heap
./m2_vardecl_conv.go:20:25: s1 == s2 escapes to heap
./m2_vardecl_conv.go:20:39: p1 == p2 escapes to heap
