# command-line-arguments
./std_errors.go:10:11: xs does not escape
./std_errors.go:19:11: leaking param: err
./std_errors.go:20:19: ... argument does not escape
./std_errors.go:29:22: []int{...} does not escape
./std_errors.go:31:13: ... argument does not escape
./std_errors.go:31:29: errors.Is(err2, errNotFound) escapes to heap
./std_errors.go:31:55: local() escapes to heap
./std_errors.go:32:13: ... argument does not escape
./std_errors.go:32:34: errors.Unwrap(err2) == errNotFound escapes to heap
