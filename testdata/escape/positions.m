# command-line-arguments
./positions.go:18:11: leaking param: vs
./positions.go:15:6: ... argument escapes to heap
./positions.go:15:6: x escapes to heap
./positions.go:15:11: y + 1 escapes to heap
./positions.go:15:15: "s" escapes to heap
./positions.go:23:9: x escapes to heap
./positions.go:23:12: 2 escapes to heap
./positions.go:26:20: p does not escape
./positions.go:27:8: x escapes to heap
./positions.go:27:8: p.y escapes to heap
./positions.go:31:28: 1 escapes to heap
./positions.go:31:28: x does not escape
./positions.go:37:22: x + 1 escapes to heap
./positions.go:41:22: []interface {}{...} escapes to heap
./positions.go:41:23: x escapes to heap
./positions.go:41:27: x * 2 escapes to heap
./positions.go:45:2: struct { a interface {}; b interface {} }{...} escapes to heap
./positions.go:45:37: x escapes to heap
./positions.go:45:43: "b" escapes to heap
./positions.go:51:12: &pt{...} does not escape
