# command-line-arguments
./std_builder.go:8:12: words does not escape
./std_builder.go:28:10: new(strings.Builder) escapes to heap
./std_builder.go:33:12: b does not escape
./std_builder.go:38:21: []string{...} does not escape
./std_builder.go:39:13: ... argument does not escape
./std_builder.go:39:13: s escapes to heap
./std_builder.go:39:21: grow(8) escapes to heap
./std_builder.go:42:13: ... argument does not escape
./std_builder.go:42:19: (*strings.Builder).Len(h) escapes to heap
