# command-line-arguments
./seed_mechanics.go:14:2: moved to heap: u
./seed_mechanics.go:19:13: make([]int, n) escapes to heap
./seed_mechanics.go:23:11: make([]int, 10) does not escape
./seed_mechanics.go:28:2: moved to heap: c
./seed_mechanics.go:29:9: func literal escapes to heap
./seed_mechanics.go:43:16: b does not escape
