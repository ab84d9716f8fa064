# command-line-arguments
./m2_goroutine.go:5:21: out does not escape
./m2_goroutine.go:5:37: p does not escape
./m2_goroutine.go:11:2: moved to heap: x
