# command-line-arguments
./strconv.go:9:15: s does not escape
./strconv.go:10:13: ([]byte)(s) does not escape
./strconv.go:15:13: ([]byte)(s) escapes to heap:
./strconv.go:15:13:   flow: {heap} = &{storage for ([]byte)(s)}:
./strconv.go:15:13:     from ([]byte)(s) (spill) at ./strconv.go:15:13
./strconv.go:15:13:     from gb = ([]byte)(s) (assign) at ./strconv.go:15:5
./strconv.go:14:17: s does not escape
./strconv.go:15:13: ([]byte)(s) escapes to heap
./strconv.go:19:15: string(b) escapes to heap:
./strconv.go:19:15:   flow: ~r0 = &{storage for string(b)}:
./strconv.go:19:15:     from string(b) (spill) at ./strconv.go:19:15
./strconv.go:19:15:     from return string(b) (return) at ./strconv.go:19:2
./strconv.go:18:17: b does not escape
./strconv.go:19:15: string(b) escapes to heap
./strconv.go:22:15: b does not escape
./strconv.go:23:15: string(b) does not escape
./strconv.go:26:15: s does not escape
./strconv.go:27:19: ([]rune)(s) does not escape
./strconv.go:31:15: string(r) escapes to heap:
./strconv.go:31:15:   flow: ~r0 = &{storage for string(r)}:
./strconv.go:31:15:     from string(r) (spill) at ./strconv.go:31:15
./strconv.go:31:15:     from return string(r) (return) at ./strconv.go:31:2
./strconv.go:31:15: string(r) escapes to heap
./strconv.go:35:15: string(rs) escapes to heap:
./strconv.go:35:15:   flow: {heap} = &{storage for string(rs)}:
./strconv.go:35:15:     from string(rs) (spill) at ./strconv.go:35:15
./strconv.go:35:15:     from gstr = string(rs) (assign) at ./strconv.go:35:7
./strconv.go:34:14: rs does not escape
./strconv.go:35:15: string(rs) escapes to heap
./strconv.go:40:16: []rune{...} does not escape
./strconv.go:41:55: ([]byte)("xyz") does not escape
./strconv.go:41:80: ([]byte)("go") does not escape
