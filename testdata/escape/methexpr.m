# command-line-arguments
./methexpr.go:9:7: t does not escape
./methexpr.go:12:6: moved to heap: i
./methexpr.go:22:6: moved to heap: i
