# command-line-arguments
./seed_insidego.go:14:13: z escapes to heap:
./seed_insidego.go:14:13:   flow: {storage for ... argument} = &{storage for z}:
./seed_insidego.go:14:13:     from z (spill) at ./seed_insidego.go:14:13
./seed_insidego.go:14:13:     from ... argument (slice-literal-element) at ./seed_insidego.go:14:13
./seed_insidego.go:14:13:   flow: {heap} = {storage for ... argument}:
./seed_insidego.go:14:13:     from ... argument (spill) at ./seed_insidego.go:14:13
./seed_insidego.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./seed_insidego.go:14:13
./seed_insidego.go:14:13: ... argument does not escape
./seed_insidego.go:14:13: z escapes to heap
./seed_insidego.go:19:2: y escapes to heap:
./seed_insidego.go:19:2:   flow: ~r0 = &y:
./seed_insidego.go:19:2:     from &y (address-of) at ./seed_insidego.go:20:9
./seed_insidego.go:19:2:     from return &y (return) at ./seed_insidego.go:20:2
./seed_insidego.go:19:2: moved to heap: y
./seed_insidego.go:37:2: s escapes to heap:
./seed_insidego.go:37:2:   flow: ~r0 = &s:
./seed_insidego.go:37:2:     from &s (address-of) at ./seed_insidego.go:38:9
./seed_insidego.go:37:2:     from return &s (return) at ./seed_insidego.go:38:2
./seed_insidego.go:37:11: make([]int, 1000) escapes to heap:
./seed_insidego.go:37:11:   flow: s = &{storage for make([]int, 1000)}:
./seed_insidego.go:37:11:     from make([]int, 1000) (spill) at ./seed_insidego.go:37:11
./seed_insidego.go:37:11:     from s := make([]int, 1000) (assign) at ./seed_insidego.go:37:4
./seed_insidego.go:37:2: moved to heap: s
./seed_insidego.go:37:11: make([]int, 1000) escapes to heap
./seed_insidego.go:41:10: parameter v leaks to {heap} with derefs=0:
./seed_insidego.go:41:10:   flow: {storage for ... argument} = v:
./seed_insidego.go:41:10:     from ... argument (slice-literal-element) at ./seed_insidego.go:42:13
./seed_insidego.go:41:10:   flow: {heap} = {storage for ... argument}:
./seed_insidego.go:41:10:     from ... argument (spill) at ./seed_insidego.go:42:13
./seed_insidego.go:41:10:     from fmt.Println(... argument...) (call parameter) at ./seed_insidego.go:42:13
./seed_insidego.go:41:10: leaking param: v
./seed_insidego.go:42:13: ... argument does not escape
./seed_insidego.go:52:6: 1 escapes to heap:
./seed_insidego.go:52:6:   flow: {heap} = &{storage for 1}:
./seed_insidego.go:52:6:     from 1 (spill) at ./seed_insidego.go:52:6
./seed_insidego.go:52:6:     from Log(1) (call parameter) at ./seed_insidego.go:52:5
./seed_insidego.go:52:6: 1 escapes to heap
