# command-line-arguments
./std_bytes.go:8:11: parts does not escape
./std_bytes.go:19:18: ([]byte)("abc") does not escape
./std_bytes.go:23:10: parameter buf leaks to ~r0 with derefs=1:
./std_bytes.go:23:10:   flow: ~r0 = *buf:
./std_bytes.go:23:10:     from (*bytes.Buffer).Bytes(buf) (call parameter) at ./std_bytes.go:24:18
./std_bytes.go:23:10:     from return (*bytes.Buffer).Bytes(buf) (return) at ./std_bytes.go:24:2
./std_bytes.go:23:10: leaking param: buf to result ~r0 level=1
./std_bytes.go:30:51: len(raw(&b)) escapes to heap:
./std_bytes.go:30:51:   flow: {storage for ... argument} = &{storage for len(raw(&b))}:
./std_bytes.go:30:51:     from len(raw(&b)) (spill) at ./std_bytes.go:30:51
./std_bytes.go:30:51:     from ... argument (slice-literal-element) at ./std_bytes.go:30:13
./std_bytes.go:30:51:   flow: {heap} = {storage for ... argument}:
./std_bytes.go:30:51:     from ... argument (spill) at ./std_bytes.go:30:13
./std_bytes.go:30:51:     from fmt.Println(... argument...) (call parameter) at ./std_bytes.go:30:13
./std_bytes.go:30:44: size() escapes to heap:
./std_bytes.go:30:44:   flow: {storage for ... argument} = &{storage for size()}:
./std_bytes.go:30:44:     from size() (spill) at ./std_bytes.go:30:44
./std_bytes.go:30:44:     from ... argument (slice-literal-element) at ./std_bytes.go:30:13
./std_bytes.go:30:44:   flow: {heap} = {storage for ... argument}:
./std_bytes.go:30:44:     from ... argument (spill) at ./std_bytes.go:30:13
./std_bytes.go:30:44:     from fmt.Println(... argument...) (call parameter) at ./std_bytes.go:30:13
./std_bytes.go:30:18: join([]string{...}) escapes to heap:
./std_bytes.go:30:18:   flow: {storage for ... argument} = &{storage for join([]string{...})}:
./std_bytes.go:30:18:     from join([]string{...}) (spill) at ./std_bytes.go:30:18
./std_bytes.go:30:18:     from ... argument (slice-literal-element) at ./std_bytes.go:30:13
./std_bytes.go:30:18:   flow: {heap} = {storage for ... argument}:
./std_bytes.go:30:18:     from ... argument (spill) at ./std_bytes.go:30:13
./std_bytes.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./std_bytes.go:30:13
./std_bytes.go:30:13: ... argument does not escape
./std_bytes.go:30:18: join([]string{...}) escapes to heap
./std_bytes.go:30:27: []string{...} does not escape
./std_bytes.go:30:44: size() escapes to heap
./std_bytes.go:30:51: len(raw(&b)) escapes to heap
