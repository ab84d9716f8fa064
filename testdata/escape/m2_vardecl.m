# command-line-arguments
./m2_vardecl.go:7:18: p does not escape
./m2_vardecl.go:8:28: 1 does not escape
./m2_vardecl.go:8:28: x escapes to heap
./m2_vardecl.go:9:24: new(int) escapes to heap
