# command-line-arguments
./noescape.go:10:11: p does not escape
./noescape.go:14:12: p does not escape
./noescape.go:18:14: a does not escape
./noescape.go:22:12: s does not escape
./noescape.go:30:13: s does not escape
./noescape.go:34:15: p does not escape
./noescape.go:34:18: q does not escape
./noescape.go:43:42: []int{...} does not escape
