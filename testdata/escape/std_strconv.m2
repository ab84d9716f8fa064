# command-line-arguments
./std_strconv.go:12:11: parameter s leaks to {heap} with derefs=0:
./std_strconv.go:12:11:   flow: {heap} = s:
./std_strconv.go:12:11:     from strconv.Atoi(s) (call parameter) at ./std_strconv.go:13:24
./std_strconv.go:12:11: leaking param: s
./std_strconv.go:20:12: s does not escape
./std_strconv.go:28:12: parameter s leaks to {heap} with derefs=0:
./std_strconv.go:28:12:   flow: {heap} = s:
./std_strconv.go:28:12:     from strconv.ParseInt(s, 10, 64) (call parameter) at ./std_strconv.go:29:25
./std_strconv.go:28:12: leaking param: s
./std_strconv.go:35:13: v escapes to heap:
./std_strconv.go:35:13:   flow: {storage for ... argument} = &{storage for v}:
./std_strconv.go:35:13:     from v (spill) at ./std_strconv.go:35:13
./std_strconv.go:35:13:     from ... argument (slice-literal-element) at ./std_strconv.go:35:13
./std_strconv.go:35:13:   flow: {heap} = {storage for ... argument}:
./std_strconv.go:35:13:     from ... argument (spill) at ./std_strconv.go:35:13
./std_strconv.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./std_strconv.go:35:13
./std_strconv.go:33:55: format(255) escapes to heap:
./std_strconv.go:33:55:   flow: {storage for ... argument} = &{storage for format(255)}:
./std_strconv.go:33:55:     from format(255) (spill) at ./std_strconv.go:33:55
./std_strconv.go:33:55:     from ... argument (slice-literal-element) at ./std_strconv.go:33:13
./std_strconv.go:33:55:   flow: {heap} = {storage for ... argument}:
./std_strconv.go:33:55:     from ... argument (spill) at ./std_strconv.go:33:13
./std_strconv.go:33:55:     from fmt.Println(... argument...) (call parameter) at ./std_strconv.go:33:13
./std_strconv.go:33:41: quote("hi") escapes to heap:
./std_strconv.go:33:41:   flow: {storage for ... argument} = &{storage for quote("hi")}:
./std_strconv.go:33:41:     from quote("hi") (spill) at ./std_strconv.go:33:41
./std_strconv.go:33:41:     from ... argument (slice-literal-element) at ./std_strconv.go:33:13
./std_strconv.go:33:41:   flow: {heap} = {storage for ... argument}:
./std_strconv.go:33:41:     from ... argument (spill) at ./std_strconv.go:33:13
./std_strconv.go:33:41:     from fmt.Println(... argument...) (call parameter) at ./std_strconv.go:33:13
./std_strconv.go:33:28: atoi("17") escapes to heap:
./std_strconv.go:33:28:   flow: {storage for ... argument} = &{storage for atoi("17")}:
./std_strconv.go:33:28:     from atoi("17") (spill) at ./std_strconv.go:33:28
./std_strconv.go:33:28:     from ... argument (slice-literal-element) at ./std_strconv.go:33:13
./std_strconv.go:33:28:   flow: {heap} = {storage for ... argument}:
./std_strconv.go:33:28:     from ... argument (spill) at ./std_strconv.go:33:13
./std_strconv.go:33:28:     from fmt.Println(... argument...) (call parameter) at ./std_strconv.go:33:13
./std_strconv.go:33:18: itoa(42) escapes to heap:
./std_strconv.go:33:18:   flow: {storage for ... argument} = &{storage for itoa(42)}:
./std_strconv.go:33:18:     from itoa(42) (spill) at ./std_strconv.go:33:18
./std_strconv.go:33:18:     from ... argument (slice-literal-element) at ./std_strconv.go:33:13
./std_strconv.go:33:18:   flow: {heap} = {storage for ... argument}:
./std_strconv.go:33:18:     from ... argument (spill) at ./std_strconv.go:33:13
./std_strconv.go:33:18:     from fmt.Println(... argument...) (call parameter) at ./std_strconv.go:33:13
./std_strconv.go:33:13: ... argument does not escape
./std_strconv.go:33:18: itoa(42) escapes to heap
./std_strconv.go:33:28: atoi("17") escapes to heap
./std_strconv.go:33:41: quote("hi") escapes to heap
./std_strconv.go:33:55: format(255) escapes to heap
./std_strconv.go:35:13: ... argument does not escape
./std_strconv.go:35:13: v escapes to heap
