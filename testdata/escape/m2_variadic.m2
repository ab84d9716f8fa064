# command-line-arguments
./m2_variadic.go:7:10: xs does not escape
./m2_variadic.go:15:12: parameter ps leaks to {heap} with derefs=0:
./m2_variadic.go:15:12:   flow: {heap} = ps:
./m2_variadic.go:15:12:     from keep = ps (assign) at ./m2_variadic.go:16:7
./m2_variadic.go:15:12: leaking param: ps
./m2_variadic.go:19:13: xs does not escape
./m2_variadic.go:25:7: ... argument escapes to heap:
./m2_variadic.go:25:7:   flow: {heap} = &{storage for ... argument}:
./m2_variadic.go:25:7:     from ... argument (spill) at ./m2_variadic.go:25:7
./m2_variadic.go:25:7:     from store(... argument...) (call parameter) at ./m2_variadic.go:25:7
./m2_variadic.go:24:2: a escapes to heap:
./m2_variadic.go:24:2:   flow: {storage for ... argument} = &a:
./m2_variadic.go:24:2:     from &a (address-of) at ./m2_variadic.go:25:8
./m2_variadic.go:24:2:     from ... argument (slice-literal-element) at ./m2_variadic.go:25:7
./m2_variadic.go:24:5: b escapes to heap:
./m2_variadic.go:24:5:   flow: {storage for ... argument} = &b:
./m2_variadic.go:24:5:     from &b (address-of) at ./m2_variadic.go:25:12
./m2_variadic.go:24:5:     from ... argument (slice-literal-element) at ./m2_variadic.go:25:7
./m2_variadic.go:24:2: moved to heap: a
./m2_variadic.go:24:5: moved to heap: b
./m2_variadic.go:25:7: ... argument escapes to heap
./m2_variadic.go:26:13: ... argument does not escape
./m2_variadic.go:26:36: []int{...} does not escape
