# command-line-arguments
./goroutines.go:15:7: leaking param: s
./goroutines.go:15:25: leaking param: name
./goroutines.go:15:38: leaking param: wg
./goroutines.go:22:7: leaking param: s
./goroutines.go:22:22: leaking param content: names
./goroutines.go:23:6: moved to heap: wg
./goroutines.go:31:12: leaking param content: chs
./goroutines.go:36:11: c does not escape
./goroutines.go:33:6: moved to heap: wg
./goroutines.go:36:6: func literal escapes to heap
./goroutines.go:43:5: func literal escapes to heap
./goroutines.go:52:5: func literal escapes to heap
./goroutines.go:61:14: c does not escape
./goroutines.go:75:16: xs does not escape
./goroutines.go:75:27: moved to heap: sum
./goroutines.go:77:9: func literal escapes to heap
./goroutines.go:83:7: &Server{...} escapes to heap
./goroutines.go:83:36: map[string]int{} escapes to heap
./goroutines.go:84:16: []string{...} does not escape
./goroutines.go:85:13: ... argument does not escape
./goroutines.go:85:21: s.count["a"] escapes to heap
./goroutines.go:87:22: ... argument does not escape
./goroutines.go:90:13: ... argument does not escape
./goroutines.go:90:13: total escapes to heap
./goroutines.go:90:28: timeout(make(chan int)) escapes to heap
./goroutines.go:90:55: deferLoop([]int{...}) escapes to heap
./goroutines.go:90:61: []int{...} does not escape
