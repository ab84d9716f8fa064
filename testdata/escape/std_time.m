# command-line-arguments
./std_time.go:20:13: ... argument does not escape
./std_time.go:20:16: d >= 0 escapes to heap
