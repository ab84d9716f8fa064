# command-line-arguments
./panicarg.go:8:9: x escapes to heap:
./panicarg.go:8:9:   flow: {heap} = &{storage for x}:
./panicarg.go:8:9:     from x (spill) at ./panicarg.go:8:9
./panicarg.go:8:9:     from panic(x) (call parameter) at ./panicarg.go:8:8
./panicarg.go:8:9: x escapes to heap
./panicarg.go:15:8: "not ok" escapes to heap:
./panicarg.go:15:8:   flow: {heap} = &{storage for "not ok"}:
./panicarg.go:15:8:     from "not ok" (spill) at ./panicarg.go:15:8
./panicarg.go:15:8:     from panic("not ok") (call parameter) at ./panicarg.go:15:8
./panicarg.go:15:8: "not ok" escapes to heap
./panicarg.go:21:19: "bad: " + s escapes to heap:
./panicarg.go:21:19:   flow: {heap} = &{storage for "bad: " + s}:
./panicarg.go:21:19:     from "bad: " + s (spill) at ./panicarg.go:21:19
./panicarg.go:21:19:     from panic("bad: " + s) (call parameter) at ./panicarg.go:21:8
./panicarg.go:21:17: "bad: " + s escapes to heap:
./panicarg.go:21:17:   flow: {storage for "bad: " + s} = &{storage for "bad: " + s}:
./panicarg.go:21:17:     from "bad: " + s (spill) at ./panicarg.go:21:17
./panicarg.go:21:17:     from "bad: " + s (interface-converted) at ./panicarg.go:21:19
./panicarg.go:19:15: s does not escape
./panicarg.go:21:19: "bad: " + s escapes to heap
./panicarg.go:21:17: "bad: " + s escapes to heap
