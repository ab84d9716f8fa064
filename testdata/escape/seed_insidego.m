# command-line-arguments
./seed_insidego.go:14:13: ... argument does not escape
./seed_insidego.go:14:13: z escapes to heap
./seed_insidego.go:19:2: moved to heap: y
./seed_insidego.go:37:2: moved to heap: s
./seed_insidego.go:37:11: make([]int, 1000) escapes to heap
./seed_insidego.go:41:10: leaking param: v
./seed_insidego.go:42:13: ... argument does not escape
./seed_insidego.go:52:6: 1 escapes to heap
