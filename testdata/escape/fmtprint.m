# command-line-arguments
./fmtprint.go:13:13: ... argument does not escape
./fmtprint.go:13:13: x escapes to heap
./fmtprint.go:17:13: ... argument does not escape
./fmtprint.go:17:14: 1 escapes to heap
./fmtprint.go:17:17: "a" escapes to heap
./fmtprint.go:17:22: true escapes to heap
./fmtprint.go:21:12: ... argument does not escape
./fmtprint.go:21:13: a escapes to heap
./fmtprint.go:21:13: b escapes to heap
./fmtprint.go:24:14: leaking param: name
./fmtprint.go:25:20: ... argument does not escape
./fmtprint.go:25:21: name escapes to heap
./fmtprint.go:25:21: n escapes to heap
./fmtprint.go:29:13: ... argument does not escape
./fmtprint.go:29:13: p escapes to heap
./fmtprint.go:32:15: p does not escape
./fmtprint.go:33:13: ... argument does not escape
./fmtprint.go:33:15: p.x escapes to heap
./fmtprint.go:37:13: ... argument does not escape
./fmtprint.go:37:15: x + y escapes to heap
./fmtprint.go:37:20: x * y escapes to heap
./fmtprint.go:48:13: ... argument does not escape
./fmtprint.go:48:21: sprintf("k", 4) escapes to heap
./fmtprint.go:50:11: &pt{...} does not escape
