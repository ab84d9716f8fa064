# command-line-arguments
./std_strings.go:8:12: leaking param: s
./std_strings.go:12:12: leaking param: s
./std_strings.go:16:11: leaking param: xs to result ~r0 level=1
./std_strings.go:20:11: leaking param: s to result ~r0 level=0
./std_strings.go:24:10: leaking param: s to result ~r0 level=0
./std_strings.go:24:10: leaking param: s to result ~r1 level=0
./std_strings.go:29:12: leaking param: s to result ~r0 level=0
./std_strings.go:30:21: func literal does not escape
./std_strings.go:33:10: s does not escape
./std_strings.go:37:11: leaking param: s to result ~r0 level=0
./std_strings.go:45:14: leaking param: s to result ~r0 level=0
./std_strings.go:49:17: leaking param: s
./std_strings.go:50:31: func literal does not escape
./std_strings.go:54:13: ... argument does not escape
./std_strings.go:54:19: words("a b") escapes to heap
./std_strings.go:54:33: parts("a,b") escapes to heap
./std_strings.go:54:46: join([]string{...}) escapes to heap
./std_strings.go:54:55: []string{...} does not escape
./std_strings.go:54:72: trim(" z ") escapes to heap
./std_strings.go:56:13: ... argument does not escape
./std_strings.go:56:13: a escapes to heap
./std_strings.go:56:13: b escapes to heap
./std_strings.go:56:25: upper("abc") escapes to heap
./std_strings.go:56:37: has("abx") escapes to heap
./std_strings.go:56:50: repl("AAA") escapes to heap
./std_strings.go:56:62: rep(2) escapes to heap
./std_strings.go:56:74: trimmed("?x!") escapes to heap
./std_strings.go:57:13: ... argument does not escape
./std_strings.go:57:24: fieldsFunc("a;b") escapes to heap
