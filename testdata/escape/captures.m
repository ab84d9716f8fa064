# command-line-arguments
./captures.go:5:10: s does not escape
./captures.go:15:7: func literal does not escape
./captures.go:19:7: func literal escapes to heap
./captures.go:24:10: p does not escape
./captures.go:24:18: s does not escape
./captures.go:27:2: moved to heap: x
./captures.go:28:18: []int{...} does not escape
