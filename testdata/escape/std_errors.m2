# command-line-arguments
./std_errors.go:10:11: xs does not escape
./std_errors.go:19:11: parameter err leaks to {heap} with derefs=0:
./std_errors.go:19:11:   flow: {storage for ... argument} = err:
./std_errors.go:19:11:     from err (interface-converted) at ./std_errors.go:20:20
./std_errors.go:19:11:     from ... argument (slice-literal-element) at ./std_errors.go:20:19
./std_errors.go:19:11:   flow: {heap} = {storage for ... argument}:
./std_errors.go:19:11:     from ... argument (spill) at ./std_errors.go:20:19
./std_errors.go:19:11:     from fmt.Errorf("wrapped: %w", ... argument...) (call parameter) at ./std_errors.go:20:19
./std_errors.go:19:11: leaking param: err
./std_errors.go:20:19: ... argument does not escape
./std_errors.go:32:34: errors.Unwrap(err2) == errNotFound escapes to heap:
./std_errors.go:32:34:   flow: {storage for ... argument} = &{storage for errors.Unwrap(err2) == errNotFound}:
./std_errors.go:32:34:     from errors.Unwrap(err2) == errNotFound (spill) at ./std_errors.go:32:34
./std_errors.go:32:34:     from ... argument (slice-literal-element) at ./std_errors.go:32:13
./std_errors.go:32:34:   flow: {heap} = {storage for ... argument}:
./std_errors.go:32:34:     from ... argument (spill) at ./std_errors.go:32:13
./std_errors.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./std_errors.go:32:13
./std_errors.go:31:55: local() escapes to heap:
./std_errors.go:31:55:   flow: {storage for ... argument} = &{storage for local()}:
./std_errors.go:31:55:     from local() (spill) at ./std_errors.go:31:55
./std_errors.go:31:55:     from ... argument (slice-literal-element) at ./std_errors.go:31:13
./std_errors.go:31:55:   flow: {heap} = {storage for ... argument}:
./std_errors.go:31:55:     from ... argument (spill) at ./std_errors.go:31:13
./std_errors.go:31:55:     from fmt.Println(... argument...) (call parameter) at ./std_errors.go:31:13
./std_errors.go:31:29: errors.Is(err2, errNotFound) escapes to heap:
./std_errors.go:31:29:   flow: {storage for ... argument} = &{storage for errors.Is(err2, errNotFound)}:
./std_errors.go:31:29:     from errors.Is(err2, errNotFound) (spill) at ./std_errors.go:31:29
./std_errors.go:31:29:     from ... argument (slice-literal-element) at ./std_errors.go:31:13
./std_errors.go:31:29:   flow: {heap} = {storage for ... argument}:
./std_errors.go:31:29:     from ... argument (spill) at ./std_errors.go:31:13
./std_errors.go:31:29:     from fmt.Println(... argument...) (call parameter) at ./std_errors.go:31:13
./std_errors.go:29:22: []int{...} does not escape
./std_errors.go:31:13: ... argument does not escape
./std_errors.go:31:29: errors.Is(err2, errNotFound) escapes to heap
./std_errors.go:31:55: local() escapes to heap
./std_errors.go:32:13: ... argument does not escape
./std_errors.go:32:34: errors.Unwrap(err2) == errNotFound escapes to heap
