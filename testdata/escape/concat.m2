# command-line-arguments
./concat.go:9:11: a + b escapes to heap:
./concat.go:9:11:   flow: ~r0 = &{storage for a + b}:
./concat.go:9:11:     from a + b (spill) at ./concat.go:9:11
./concat.go:9:11:     from return a + b (return) at ./concat.go:9:2
./concat.go:8:11: a does not escape
./concat.go:8:14: b does not escape
./concat.go:9:11: a + b escapes to heap
./concat.go:12:14: a does not escape
./concat.go:12:17: b does not escape
./concat.go:13:15: a + b does not escape
./concat.go:17:27: a + "-" + b + "-" + c escapes to heap:
./concat.go:17:27:   flow: {heap} = &{storage for a + "-" + b + "-" + c}:
./concat.go:17:27:     from a + "-" + b + "-" + c (spill) at ./concat.go:17:27
./concat.go:17:27:     from last = a + "-" + b + "-" + c (assign) at ./concat.go:17:7
./concat.go:16:16: a does not escape
./concat.go:16:19: b does not escape
./concat.go:16:22: c does not escape
./concat.go:17:27: a + "-" + b + "-" + c escapes to heap
./concat.go:28:14: a does not escape
./concat.go:28:17: b does not escape
./concat.go:29:10: a + b does not escape
