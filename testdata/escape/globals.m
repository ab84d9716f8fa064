# command-line-arguments
./globals.go:14:10: xs does not escape
./globals.go:7:13: new(int) escapes to heap
./globals.go:10:15: ... argument does not escape
