# command-line-arguments
./std_builder.go:8:12: words does not escape
./std_builder.go:28:10: new(strings.Builder) escapes to heap:
./std_builder.go:28:10:   flow: b = &{storage for new(strings.Builder)}:
./std_builder.go:28:10:     from new(strings.Builder) (spill) at ./std_builder.go:28:10
./std_builder.go:28:10:     from b := new(strings.Builder) (assign) at ./std_builder.go:28:4
./std_builder.go:28:10:   flow: ~r0 = b:
./std_builder.go:28:10:     from return b (return) at ./std_builder.go:30:2
./std_builder.go:28:10: new(strings.Builder) escapes to heap
./std_builder.go:33:12: b does not escape
./std_builder.go:42:19: (*strings.Builder).Len(h) escapes to heap:
./std_builder.go:42:19:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(h)}:
./std_builder.go:42:19:     from (*strings.Builder).Len(h) (spill) at ./std_builder.go:42:19
./std_builder.go:42:19:     from ... argument (slice-literal-element) at ./std_builder.go:42:13
./std_builder.go:42:19:   flow: {heap} = {storage for ... argument}:
./std_builder.go:42:19:     from ... argument (spill) at ./std_builder.go:42:13
./std_builder.go:42:19:     from fmt.Println(... argument...) (call parameter) at ./std_builder.go:42:13
./std_builder.go:39:21: grow(8) escapes to heap:
./std_builder.go:39:21:   flow: {storage for ... argument} = &{storage for grow(8)}:
./std_builder.go:39:21:     from grow(8) (spill) at ./std_builder.go:39:21
./std_builder.go:39:21:     from ... argument (slice-literal-element) at ./std_builder.go:39:13
./std_builder.go:39:21:   flow: {heap} = {storage for ... argument}:
./std_builder.go:39:21:     from ... argument (spill) at ./std_builder.go:39:13
./std_builder.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./std_builder.go:39:13
./std_builder.go:39:13: s escapes to heap:
./std_builder.go:39:13:   flow: {storage for ... argument} = &{storage for s}:
./std_builder.go:39:13:     from s (spill) at ./std_builder.go:39:13
./std_builder.go:39:13:     from ... argument (slice-literal-element) at ./std_builder.go:39:13
./std_builder.go:39:13:   flow: {heap} = {storage for ... argument}:
./std_builder.go:39:13:     from ... argument (spill) at ./std_builder.go:39:13
./std_builder.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./std_builder.go:39:13
./std_builder.go:38:21: []string{...} does not escape
./std_builder.go:39:13: ... argument does not escape
./std_builder.go:39:13: s escapes to heap
./std_builder.go:39:21: grow(8) escapes to heap
./std_builder.go:42:13: ... argument does not escape
./std_builder.go:42:19: (*strings.Builder).Len(h) escapes to heap
