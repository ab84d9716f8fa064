# command-line-arguments
./m2_strings.go:9:11: a + b escapes to heap:
./m2_strings.go:9:11:   flow: ~r0 = &{storage for a + b}:
./m2_strings.go:9:11:     from a + b (spill) at ./m2_strings.go:9:11
./m2_strings.go:9:11:     from return a + b (return) at ./m2_strings.go:9:2
./m2_strings.go:8:13: a does not escape
./m2_strings.go:8:16: b does not escape
./m2_strings.go:9:11: a + b escapes to heap
./m2_strings.go:12:12: a does not escape
./m2_strings.go:12:15: b does not escape
./m2_strings.go:13:9: a + b does not escape
./m2_strings.go:17:14: s does not escape
./m2_strings.go:18:13: ([]byte)(s) does not escape
./m2_strings.go:23:13: ([]byte)(s) escapes to heap:
./m2_strings.go:23:13:   flow: {heap} = &{storage for ([]byte)(s)}:
./m2_strings.go:23:13:     from ([]byte)(s) (spill) at ./m2_strings.go:23:13
./m2_strings.go:23:13:     from gb = ([]byte)(s) (assign) at ./m2_strings.go:23:5
./m2_strings.go:22:16: s does not escape
./m2_strings.go:23:13: ([]byte)(s) escapes to heap
./m2_strings.go:26:12: s does not escape
./m2_strings.go:27:19: ([]rune)(s) does not escape
./m2_strings.go:31:13: string(b) escapes to heap:
./m2_strings.go:31:13:   flow: {heap} = &{storage for string(b)}:
./m2_strings.go:31:13:     from string(b) (spill) at ./m2_strings.go:31:13
./m2_strings.go:31:13:     from gs = string(b) (assign) at ./m2_strings.go:31:5
./m2_strings.go:30:16: b does not escape
./m2_strings.go:31:13: string(b) escapes to heap
./m2_strings.go:36:18: ([]byte)("y") does not escape
