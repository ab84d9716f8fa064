# command-line-arguments
./leakcontent.go:12:14: leaking param content: pp
./leakcontent.go:16:17: leaking param content: h
./leakcontent.go:20:16: leaking param content: s
./leakcontent.go:24:11: leaking param content: pp
./leakcontent.go:24:11: leaking param: pp to result ~r0 level=0
./leakcontent.go:30:2: moved to heap: x
./leakcontent.go:33:13: &holder{...} does not escape
./leakcontent.go:34:18: []*int{...} does not escape
