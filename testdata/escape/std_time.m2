# command-line-arguments
./std_time.go:20:16: d >= 0 escapes to heap:
./std_time.go:20:16:   flow: {storage for ... argument} = &{storage for d >= 0}:
./std_time.go:20:16:     from d >= 0 (spill) at ./std_time.go:20:16
./std_time.go:20:16:     from ... argument (slice-literal-element) at ./std_time.go:20:13
./std_time.go:20:16:   flow: {heap} = {storage for ... argument}:
./std_time.go:20:16:     from ... argument (spill) at ./std_time.go:20:13
./std_time.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./std_time.go:20:13
./std_time.go:20:13: ... argument does not escape
./std_time.go:20:16: d >= 0 escapes to heap
