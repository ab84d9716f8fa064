# command-line-arguments
./std_sort.go:10:7: s does not escape
./std_sort.go:11:7: s does not escape
./std_sort.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./std_sort.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./std_sort.go:12:7: s does not escape
./std_sort.go:15:13: []int{...} escapes to heap:
./std_sort.go:15:13:   flow: xs = &{storage for []int{...}}:
./std_sort.go:15:13:     from []int{...} (spill) at ./std_sort.go:15:13
./std_sort.go:15:13:     from xs := []int{...} (assign) at ./std_sort.go:15:5
./std_sort.go:15:13:   flow: {heap} = xs:
./std_sort.go:15:13:     from sort.Ints(xs) (call parameter) at ./std_sort.go:16:11
./std_sort.go:15:13: []int{...} escapes to heap
./std_sort.go:21:13: []int{...} escapes to heap:
./std_sort.go:21:13:   flow: xs = &{storage for []int{...}}:
./std_sort.go:21:13:     from []int{...} (spill) at ./std_sort.go:21:13
./std_sort.go:21:13:     from xs := []int{...} (assign) at ./std_sort.go:21:5
./std_sort.go:21:13:   flow: {heap} = xs:
./std_sort.go:21:13:     from sort.Ints(xs) (call parameter) at ./std_sort.go:22:11
./std_sort.go:21:13: []int{...} escapes to heap
./std_sort.go:26:11: parameter ss leaks to {heap} with derefs=0:
./std_sort.go:26:11:   flow: {heap} = ss:
./std_sort.go:26:11:     from sort.Strings(ss) (call parameter) at ./std_sort.go:27:14
./std_sort.go:26:11: leaking param: ss
./std_sort.go:31:12: people escapes to heap:
./std_sort.go:31:12:   flow: {heap} = &{storage for people}:
./std_sort.go:31:12:     from people (spill) at ./std_sort.go:31:12
./std_sort.go:31:12:     from sort.Slice(people, func literal) (call parameter) at ./std_sort.go:31:12
./std_sort.go:30:14: bySlice capturing by value: people (addr=false assign=false width=24)
./std_sort.go:30:14: parameter people leaks to {storage for people} with derefs=0:
./std_sort.go:30:14:   flow: {storage for people} = people:
./std_sort.go:30:14:     from people (interface-converted) at ./std_sort.go:31:12
./std_sort.go:30:14: leaking param: people
./std_sort.go:31:12: people escapes to heap
./std_sort.go:31:21: func literal does not escape
./std_sort.go:35:17: byLen(words) escapes to heap:
./std_sort.go:35:17:   flow: {heap} = &{storage for byLen(words)}:
./std_sort.go:35:17:     from byLen(words) (spill) at ./std_sort.go:35:17
./std_sort.go:35:17:     from sort.Sort(byLen(words)) (call parameter) at ./std_sort.go:35:11
./std_sort.go:34:14: parameter words leaks to {storage for byLen(words)} with derefs=0:
./std_sort.go:34:14:   flow: {storage for byLen(words)} = words:
./std_sort.go:34:14:     from byLen(words) (interface-converted) at ./std_sort.go:35:17
./std_sort.go:34:14: leaking param: words
./std_sort.go:35:17: byLen(words) escapes to heap
./std_sort.go:38:13: xs does not escape
./std_sort.go:48:24: search([]int{...}, 2) escapes to heap:
./std_sort.go:48:24:   flow: {storage for ... argument} = &{storage for search([]int{...}, 2)}:
./std_sort.go:48:24:     from search([]int{...}, 2) (spill) at ./std_sort.go:48:24
./std_sort.go:48:24:     from ... argument (slice-literal-element) at ./std_sort.go:48:13
./std_sort.go:48:24:   flow: {heap} = {storage for ... argument}:
./std_sort.go:48:24:     from ... argument (spill) at ./std_sort.go:48:13
./std_sort.go:48:24:     from fmt.Println(... argument...) (call parameter) at ./std_sort.go:48:13
./std_sort.go:48:13: ss escapes to heap:
./std_sort.go:48:13:   flow: {storage for ... argument} = &{storage for ss}:
./std_sort.go:48:13:     from ss (spill) at ./std_sort.go:48:13
./std_sort.go:48:13:     from ... argument (slice-literal-element) at ./std_sort.go:48:13
./std_sort.go:48:13:   flow: {heap} = {storage for ... argument}:
./std_sort.go:48:13:     from ... argument (spill) at ./std_sort.go:48:13
./std_sort.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./std_sort.go:48:13
./std_sort.go:44:16: []string{...} escapes to heap:
./std_sort.go:44:16:   flow: ss = &{storage for []string{...}}:
./std_sort.go:44:16:     from []string{...} (spill) at ./std_sort.go:44:16
./std_sort.go:44:16:     from ss := []string{...} (assign) at ./std_sort.go:44:5
./std_sort.go:44:16:   flow: {heap} = ss:
./std_sort.go:44:16:     from strs(ss) (call parameter) at ./std_sort.go:45:6
./std_sort.go:43:31: localInts() escapes to heap:
./std_sort.go:43:31:   flow: {storage for ... argument} = &{storage for localInts()}:
./std_sort.go:43:31:     from localInts() (spill) at ./std_sort.go:43:31
./std_sort.go:43:31:     from ... argument (slice-literal-element) at ./std_sort.go:43:13
./std_sort.go:43:31:   flow: {heap} = {storage for ... argument}:
./std_sort.go:43:31:     from ... argument (spill) at ./std_sort.go:43:13
./std_sort.go:43:31:     from fmt.Println(... argument...) (call parameter) at ./std_sort.go:43:13
./std_sort.go:43:18: ints() escapes to heap:
./std_sort.go:43:18:   flow: {storage for ... argument} = &{storage for ints()}:
./std_sort.go:43:18:     from ints() (spill) at ./std_sort.go:43:18
./std_sort.go:43:18:     from ... argument (slice-literal-element) at ./std_sort.go:43:13
./std_sort.go:43:18:   flow: {heap} = {storage for ... argument}:
./std_sort.go:43:18:     from ... argument (spill) at ./std_sort.go:43:13
./std_sort.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./std_sort.go:43:13
./std_sort.go:43:13: ... argument does not escape
./std_sort.go:43:18: ints() escapes to heap
./std_sort.go:43:31: localInts() escapes to heap
./std_sort.go:44:16: []string{...} escapes to heap
./std_sort.go:48:13: ... argument does not escape
./std_sort.go:48:13: ss escapes to heap
./std_sort.go:48:24: search([]int{...}, 2) escapes to heap
./std_sort.go:48:30: []int{...} does not escape
