# command-line-arguments
./std_bytes.go:8:11: parts does not escape
./std_bytes.go:19:18: ([]byte)("abc") does not escape
./std_bytes.go:23:10: leaking param: buf to result ~r0 level=1
./std_bytes.go:30:13: ... argument does not escape
./std_bytes.go:30:18: join([]string{...}) escapes to heap
./std_bytes.go:30:27: []string{...} does not escape
./std_bytes.go:30:44: size() escapes to heap
./std_bytes.go:30:51: len(raw(&b)) escapes to heap
