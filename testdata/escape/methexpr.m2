# command-line-arguments
./methexpr.go:9:7: t does not escape
./methexpr.go:12:6: i escapes to heap:
./methexpr.go:12:6:   flow: {heap} = &i:
./methexpr.go:12:6:     from &i (address-of) at ./methexpr.go:13:18
./methexpr.go:12:6:     from (*I).val(&i) (call parameter) at ./methexpr.go:13:17
./methexpr.go:12:6: moved to heap: i
./methexpr.go:22:6: i escapes to heap:
./methexpr.go:22:6:   flow: {heap} = &i:
./methexpr.go:22:6:     from &i (address-of) at ./methexpr.go:24:11
./methexpr.go:22:6:     from f(&i) (call parameter) at ./methexpr.go:24:10
./methexpr.go:22:6: moved to heap: i
