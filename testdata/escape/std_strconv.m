# command-line-arguments
./std_strconv.go:12:11: leaking param: s
./std_strconv.go:20:12: s does not escape
./std_strconv.go:28:12: leaking param: s
./std_strconv.go:33:13: ... argument does not escape
./std_strconv.go:33:18: itoa(42) escapes to heap
./std_strconv.go:33:28: atoi("17") escapes to heap
./std_strconv.go:33:41: quote("hi") escapes to heap
./std_strconv.go:33:55: format(255) escapes to heap
./std_strconv.go:35:13: ... argument does not escape
./std_strconv.go:35:13: v escapes to heap
