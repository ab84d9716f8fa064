# command-line-arguments
./std_sort.go:10:7: s does not escape
./std_sort.go:11:7: s does not escape
./std_sort.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./std_sort.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./std_sort.go:12:7: s does not escape
./std_sort.go:15:13: []int{...} escapes to heap
./std_sort.go:21:13: []int{...} escapes to heap
./std_sort.go:26:11: leaking param: ss
./std_sort.go:30:14: leaking param: people
./std_sort.go:31:12: people escapes to heap
./std_sort.go:31:21: func literal does not escape
./std_sort.go:34:14: leaking param: words
./std_sort.go:35:17: byLen(words) escapes to heap
./std_sort.go:38:13: xs does not escape
./std_sort.go:43:13: ... argument does not escape
./std_sort.go:43:18: ints() escapes to heap
./std_sort.go:43:31: localInts() escapes to heap
./std_sort.go:44:16: []string{...} escapes to heap
./std_sort.go:48:13: ... argument does not escape
./std_sort.go:48:13: ss escapes to heap
./std_sort.go:48:24: search([]int{...}, 2) escapes to heap
./std_sort.go:48:30: []int{...} does not escape
