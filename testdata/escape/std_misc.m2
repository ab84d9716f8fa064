# command-line-arguments
./std_misc.go:14:7: parameter e leaks to ~r0 with derefs=1:
./std_misc.go:14:7:   flow: ~r0 = *e:
./std_misc.go:14:7:     from e.msg (dot of pointer) at ./std_misc.go:14:42
./std_misc.go:14:7:     from return e.msg (return) at ./std_misc.go:14:34
./std_misc.go:14:7: leaking param: e to result ~r0 level=1
./std_misc.go:17:6: me escapes to heap:
./std_misc.go:17:6:   flow: {heap} = &me:
./std_misc.go:17:6:     from &me (address-of) at ./std_misc.go:18:20
./std_misc.go:17:6:     from &me (interface-converted) at ./std_misc.go:18:20
./std_misc.go:17:6:     from errors.As(err, &me) (call parameter) at ./std_misc.go:18:14
./std_misc.go:16:12: parameter err leaks to {heap} with derefs=0:
./std_misc.go:16:12:   flow: {heap} = err:
./std_misc.go:16:12:     from errors.As(err, &me) (call parameter) at ./std_misc.go:18:14
./std_misc.go:16:12: leaking param: err
./std_misc.go:17:6: moved to heap: me
./std_misc.go:28:13: parameter s leaks to {heap} with derefs=0:
./std_misc.go:28:13:   flow: {heap} = s:
./std_misc.go:28:13:     from strconv.ParseFloat(s, 64) (call parameter) at ./std_misc.go:29:28
./std_misc.go:28:13: leaking param: s
./std_misc.go:34:6: b escapes to heap:
./std_misc.go:34:6:   flow: ~r0 = &b:
./std_misc.go:34:6:     from &b (address-of) at ./std_misc.go:36:9
./std_misc.go:34:6:     from return &b (return) at ./std_misc.go:36:2
./std_misc.go:34:6: moved to heap: b
./std_misc.go:40:38: sort.IntSlice(xs) escapes to heap:
./std_misc.go:40:38:   flow: {heap} = &{storage for sort.IntSlice(xs)}:
./std_misc.go:40:38:     from sort.IntSlice(xs) (spill) at ./std_misc.go:40:38
./std_misc.go:40:38:     from sort.Reverse(sort.IntSlice(xs)) (call parameter) at ./std_misc.go:40:24
./std_misc.go:39:10: parameter xs leaks to {storage for sort.IntSlice(xs)} with derefs=0:
./std_misc.go:39:10:   flow: {storage for sort.IntSlice(xs)} = xs:
./std_misc.go:39:10:     from sort.IntSlice(xs) (interface-converted) at ./std_misc.go:40:38
./std_misc.go:39:10: leaking param: xs
./std_misc.go:40:38: sort.IntSlice(xs) escapes to heap
./std_misc.go:48:12: xs escapes to heap:
./std_misc.go:48:12:   flow: {heap} = &{storage for xs}:
./std_misc.go:48:12:     from xs (spill) at ./std_misc.go:48:12
./std_misc.go:48:12:     from sort.Slice(xs, func literal) (call parameter) at ./std_misc.go:48:12
./std_misc.go:47:28: closureSort capturing by value: desc (addr=false assign=false width=1)
./std_misc.go:47:18: closureSort capturing by value: xs (addr=false assign=false width=24)
./std_misc.go:47:18: parameter xs leaks to {storage for xs} with derefs=0:
./std_misc.go:47:18:   flow: {storage for xs} = xs:
./std_misc.go:47:18:     from xs (interface-converted) at ./std_misc.go:48:12
./std_misc.go:47:18: leaking param: xs
./std_misc.go:48:12: xs escapes to heap
./std_misc.go:48:17: func literal does not escape
./std_misc.go:62:20: &myErr{...} escapes to heap:
./std_misc.go:62:20:   flow: {heap} = &{storage for &myErr{...}}:
./std_misc.go:62:20:     from &myErr{...} (spill) at ./std_misc.go:62:20
./std_misc.go:62:20:     from &myErr{...} (interface-converted) at ./std_misc.go:62:20
./std_misc.go:62:20:     from asErr(&myErr{...}) (call parameter) at ./std_misc.go:62:19
./std_misc.go:66:46: quoteLocal() escapes to heap:
./std_misc.go:66:46:   flow: {storage for ... argument} = &{storage for quoteLocal()}:
./std_misc.go:66:46:     from quoteLocal() (spill) at ./std_misc.go:66:46
./std_misc.go:66:46:     from ... argument (slice-literal-element) at ./std_misc.go:66:13
./std_misc.go:66:46:   flow: {heap} = {storage for ... argument}:
./std_misc.go:66:46:     from ... argument (spill) at ./std_misc.go:66:13
./std_misc.go:66:46:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:66:13
./std_misc.go:66:21: dur(time.Second) escapes to heap:
./std_misc.go:66:21:   flow: {storage for ... argument} = &{storage for dur(time.Second)}:
./std_misc.go:66:21:     from dur(time.Second) (spill) at ./std_misc.go:66:21
./std_misc.go:66:21:     from ... argument (slice-literal-element) at ./std_misc.go:66:13
./std_misc.go:66:21:   flow: {heap} = {storage for ... argument}:
./std_misc.go:66:21:     from ... argument (spill) at ./std_misc.go:66:13
./std_misc.go:66:21:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:66:13
./std_misc.go:66:13: xs escapes to heap:
./std_misc.go:66:13:   flow: {storage for ... argument} = &{storage for xs}:
./std_misc.go:66:13:     from xs (spill) at ./std_misc.go:66:13
./std_misc.go:66:13:     from ... argument (slice-literal-element) at ./std_misc.go:66:13
./std_misc.go:66:13:   flow: {heap} = {storage for ... argument}:
./std_misc.go:66:13:     from ... argument (spill) at ./std_misc.go:66:13
./std_misc.go:66:13:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:66:13
./std_misc.go:63:13: []int{...} escapes to heap:
./std_misc.go:63:13:   flow: xs = &{storage for []int{...}}:
./std_misc.go:63:13:     from []int{...} (spill) at ./std_misc.go:63:13
./std_misc.go:63:13:     from xs := []int{...} (assign) at ./std_misc.go:63:5
./std_misc.go:63:13:   flow: {heap} = xs:
./std_misc.go:63:13:     from rev(xs) (call parameter) at ./std_misc.go:64:5
./std_misc.go:62:85: (*strings.Builder).String(.autotmp_0) escapes to heap:
./std_misc.go:62:85:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(.autotmp_0)}:
./std_misc.go:62:85:     from (*strings.Builder).String(.autotmp_0) (spill) at ./std_misc.go:62:85
./std_misc.go:62:85:     from ... argument (slice-literal-element) at ./std_misc.go:62:13
./std_misc.go:62:85:   flow: {heap} = {storage for ... argument}:
./std_misc.go:62:85:     from ... argument (spill) at ./std_misc.go:62:13
./std_misc.go:62:85:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:62:13
./std_misc.go:62:53: parseF("2.5") escapes to heap:
./std_misc.go:62:53:   flow: {storage for ... argument} = &{storage for parseF("2.5")}:
./std_misc.go:62:53:     from parseF("2.5") (spill) at ./std_misc.go:62:53
./std_misc.go:62:53:     from ... argument (slice-literal-element) at ./std_misc.go:62:13
./std_misc.go:62:53:   flow: {heap} = {storage for ... argument}:
./std_misc.go:62:53:     from ... argument (spill) at ./std_misc.go:62:13
./std_misc.go:62:53:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:62:13
./std_misc.go:62:40: floats(1.5) escapes to heap:
./std_misc.go:62:40:   flow: {storage for ... argument} = &{storage for floats(1.5)}:
./std_misc.go:62:40:     from floats(1.5) (spill) at ./std_misc.go:62:40
./std_misc.go:62:40:     from ... argument (slice-literal-element) at ./std_misc.go:62:13
./std_misc.go:62:40:   flow: {heap} = {storage for ... argument}:
./std_misc.go:62:40:     from ... argument (spill) at ./std_misc.go:62:13
./std_misc.go:62:40:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:62:13
./std_misc.go:62:19: asErr(&myErr{...}) escapes to heap:
./std_misc.go:62:19:   flow: {storage for ... argument} = &{storage for asErr(&myErr{...})}:
./std_misc.go:62:19:     from asErr(&myErr{...}) (spill) at ./std_misc.go:62:19
./std_misc.go:62:19:     from ... argument (slice-literal-element) at ./std_misc.go:62:13
./std_misc.go:62:19:   flow: {heap} = {storage for ... argument}:
./std_misc.go:62:19:     from ... argument (spill) at ./std_misc.go:62:13
./std_misc.go:62:19:     from fmt.Println(... argument...) (call parameter) at ./std_misc.go:62:13
./std_misc.go:62:13: ... argument does not escape
./std_misc.go:62:19: asErr(&myErr{...}) escapes to heap
./std_misc.go:62:20: &myErr{...} escapes to heap
./std_misc.go:62:40: floats(1.5) escapes to heap
./std_misc.go:62:53: parseF("2.5") escapes to heap
./std_misc.go:62:85: (*strings.Builder).String(.autotmp_0) escapes to heap
./std_misc.go:63:13: []int{...} escapes to heap
./std_misc.go:66:13: ... argument does not escape
./std_misc.go:66:13: xs escapes to heap
./std_misc.go:66:21: dur(time.Second) escapes to heap
./std_misc.go:66:46: quoteLocal() escapes to heap
