# command-line-arguments
./std_misc.go:14:7: leaking param: e to result ~r0 level=1
./std_misc.go:16:12: leaking param: err
./std_misc.go:17:6: moved to heap: me
./std_misc.go:28:13: leaking param: s
./std_misc.go:34:6: moved to heap: b
./std_misc.go:39:10: leaking param: xs
./std_misc.go:40:38: sort.IntSlice(xs) escapes to heap
./std_misc.go:47:18: leaking param: xs
./std_misc.go:48:12: xs escapes to heap
./std_misc.go:48:17: func literal does not escape
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
