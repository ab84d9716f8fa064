# command-line-arguments
./seeds.go:26:2: res escapes to heap:
./seeds.go:26:2:   flow: ~r0 = &res:
./seeds.go:26:2:     from &res (address-of) at ./seeds.go:27:9
./seeds.go:26:2:     from return &res (return) at ./seeds.go:27:2
./seeds.go:26:2: moved to heap: res
./seeds.go:30:14: y does not escape
./seeds.go:40:2: u escapes to heap:
./seeds.go:40:2:   flow: ~r0 = &u:
./seeds.go:40:2:     from &u (address-of) at ./seeds.go:41:9
./seeds.go:40:2:     from return &u (return) at ./seeds.go:41:2
./seeds.go:40:2: moved to heap: u
./seeds.go:45:11: make([]byte, n) escapes to heap:
./seeds.go:45:11:   flow: {heap} = &{storage for make([]byte, n)}:
./seeds.go:45:11:     from make([]byte, n) (non-constant size) at ./seeds.go:45:11
./seeds.go:45:11: make([]byte, n) escapes to heap
./seeds.go:50:11: make([]byte, 64) does not escape
./seeds.go:55:6: x escapes to heap:
./seeds.go:55:6:   flow: ~r0 = &x:
./seeds.go:55:6:     from &x (address-of) at ./seeds.go:56:9
./seeds.go:55:6:     from return &x (return) at ./seeds.go:56:2
./seeds.go:55:6: moved to heap: x
./seeds.go:66:13: z escapes to heap:
./seeds.go:66:13:   flow: {storage for ... argument} = &{storage for z}:
./seeds.go:66:13:     from z (spill) at ./seeds.go:66:13
./seeds.go:66:13:     from ... argument (slice-literal-element) at ./seeds.go:66:13
./seeds.go:66:13:   flow: {heap} = {storage for ... argument}:
./seeds.go:66:13:     from ... argument (spill) at ./seeds.go:66:13
./seeds.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:66:13
./seeds.go:66:13: ... argument does not escape
./seeds.go:66:13: z escapes to heap
./seeds.go:70:2: y escapes to heap:
./seeds.go:70:2:   flow: ~r0 = &y:
./seeds.go:70:2:     from &y (address-of) at ./seeds.go:71:9
./seeds.go:70:2:     from return &y (return) at ./seeds.go:71:2
./seeds.go:70:2: moved to heap: y
./seeds.go:74:14: c does not escape
./seeds.go:78:16: c does not escape
./seeds.go:91:35: byPointer(&c) escapes to heap:
./seeds.go:91:35:   flow: {storage for ... argument} = &{storage for byPointer(&c)}:
./seeds.go:91:35:     from byPointer(&c) (spill) at ./seeds.go:91:35
./seeds.go:91:35:     from ... argument (slice-literal-element) at ./seeds.go:91:13
./seeds.go:91:35:   flow: {heap} = {storage for ... argument}:
./seeds.go:91:35:     from ... argument (spill) at ./seeds.go:91:13
./seeds.go:91:35:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:91:13
./seeds.go:91:21: byValue(c) escapes to heap:
./seeds.go:91:21:   flow: {storage for ... argument} = &{storage for byValue(c)}:
./seeds.go:91:21:     from byValue(c) (spill) at ./seeds.go:91:21
./seeds.go:91:21:     from ... argument (slice-literal-element) at ./seeds.go:91:13
./seeds.go:91:21:   flow: {heap} = {storage for ... argument}:
./seeds.go:91:21:     from ... argument (spill) at ./seeds.go:91:13
./seeds.go:91:21:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:91:13
./seeds.go:86:42: *Foo() escapes to heap:
./seeds.go:86:42:   flow: {storage for ... argument} = &{storage for *Foo()}:
./seeds.go:86:42:     from *Foo() (spill) at ./seeds.go:86:42
./seeds.go:86:42:     from ... argument (slice-literal-element) at ./seeds.go:86:13
./seeds.go:86:42:   flow: {heap} = {storage for ... argument}:
./seeds.go:86:42:     from ... argument (spill) at ./seeds.go:86:13
./seeds.go:86:42:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:86:13
./seeds.go:86:38: makeFixed() escapes to heap:
./seeds.go:86:38:   flow: {storage for ... argument} = &{storage for makeFixed()}:
./seeds.go:86:38:     from makeFixed() (spill) at ./seeds.go:86:38
./seeds.go:86:38:     from ... argument (slice-literal-element) at ./seeds.go:86:13
./seeds.go:86:38:   flow: {heap} = {storage for ... argument}:
./seeds.go:86:38:     from ... argument (spill) at ./seeds.go:86:13
./seeds.go:86:38:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:86:13
./seeds.go:86:23: makeSpace(10) escapes to heap:
./seeds.go:86:23:   flow: {storage for ... argument} = &{storage for makeSpace(10)}:
./seeds.go:86:23:     from makeSpace(10) (spill) at ./seeds.go:86:23
./seeds.go:86:23:     from ... argument (slice-literal-element) at ./seeds.go:86:13
./seeds.go:86:23:   flow: {heap} = {storage for ... argument}:
./seeds.go:86:23:     from ... argument (spill) at ./seeds.go:86:13
./seeds.go:86:23:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:86:13
./seeds.go:85:71: createUserV2().ID escapes to heap:
./seeds.go:85:71:   flow: {storage for ... argument} = &{storage for createUserV2().ID}:
./seeds.go:85:71:     from createUserV2().ID (spill) at ./seeds.go:85:71
./seeds.go:85:71:     from ... argument (slice-literal-element) at ./seeds.go:85:13
./seeds.go:85:71:   flow: {heap} = {storage for ... argument}:
./seeds.go:85:71:     from ... argument (spill) at ./seeds.go:85:13
./seeds.go:85:71:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:85:13
./seeds.go:85:50: createUserV1().Name escapes to heap:
./seeds.go:85:50:   flow: {storage for ... argument} = &{storage for createUserV1().Name}:
./seeds.go:85:50:     from createUserV1().Name (spill) at ./seeds.go:85:50
./seeds.go:85:50:     from ... argument (slice-literal-element) at ./seeds.go:85:13
./seeds.go:85:50:   flow: {heap} = {storage for ... argument}:
./seeds.go:85:50:     from ... argument (spill) at ./seeds.go:85:13
./seeds.go:85:50:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:85:13
./seeds.go:85:25: *heapIt() escapes to heap:
./seeds.go:85:25:   flow: {storage for ... argument} = &{storage for *heapIt()}:
./seeds.go:85:25:     from *heapIt() (spill) at ./seeds.go:85:25
./seeds.go:85:25:     from ... argument (slice-literal-element) at ./seeds.go:85:13
./seeds.go:85:25:   flow: {heap} = {storage for ... argument}:
./seeds.go:85:25:     from ... argument (spill) at ./seeds.go:85:13
./seeds.go:85:25:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:85:13
./seeds.go:85:21: stackIt() escapes to heap:
./seeds.go:85:21:   flow: {storage for ... argument} = &{storage for stackIt()}:
./seeds.go:85:21:     from stackIt() (spill) at ./seeds.go:85:21
./seeds.go:85:21:     from ... argument (slice-literal-element) at ./seeds.go:85:13
./seeds.go:85:21:   flow: {heap} = {storage for ... argument}:
./seeds.go:85:21:     from ... argument (spill) at ./seeds.go:85:13
./seeds.go:85:21:     from fmt.Println(... argument...) (call parameter) at ./seeds.go:85:13
./seeds.go:85:13: ... argument does not escape
./seeds.go:85:21: stackIt() escapes to heap
./seeds.go:85:25: *heapIt() escapes to heap
./seeds.go:85:50: createUserV1().Name escapes to heap
./seeds.go:85:71: createUserV2().ID escapes to heap
./seeds.go:86:13: ... argument does not escape
./seeds.go:86:23: makeSpace(10) escapes to heap
./seeds.go:86:38: makeFixed() escapes to heap
./seeds.go:86:42: *Foo() escapes to heap
./seeds.go:91:13: ... argument does not escape
./seeds.go:91:21: byValue(c) escapes to heap
./seeds.go:91:35: byPointer(&c) escapes to heap
