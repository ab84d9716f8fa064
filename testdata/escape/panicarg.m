# command-line-arguments
./panicarg.go:8:9: x escapes to heap
./panicarg.go:15:8: "not ok" escapes to heap
./panicarg.go:19:15: s does not escape
./panicarg.go:21:19: "bad: " + s escapes to heap
./panicarg.go:21:17: "bad: " + s escapes to heap
