# command-line-arguments
./positions.go:18:11: parameter vs leaks to {heap} with derefs=0:
./positions.go:18:11:   flow: {heap} = vs:
./positions.go:18:11:     from list = vs (assign) at ./positions.go:19:7
./positions.go:18:11: leaking param: vs
./positions.go:15:6: ... argument escapes to heap:
./positions.go:15:6:   flow: {heap} = &{storage for ... argument}:
./positions.go:15:6:     from ... argument (spill) at ./positions.go:15:6
./positions.go:15:6:     from keep(... argument...) (call parameter) at ./positions.go:15:6
./positions.go:15:6: x escapes to heap:
./positions.go:15:6:   flow: {storage for ... argument} = &{storage for x}:
./positions.go:15:6:     from x (spill) at ./positions.go:15:6
./positions.go:15:6:     from ... argument (slice-literal-element) at ./positions.go:15:6
./positions.go:15:11: y + 1 escapes to heap:
./positions.go:15:11:   flow: {storage for ... argument} = &{storage for y + 1}:
./positions.go:15:11:     from y + 1 (spill) at ./positions.go:15:11
./positions.go:15:11:     from ... argument (slice-literal-element) at ./positions.go:15:6
./positions.go:15:15: "s" escapes to heap:
./positions.go:15:15:   flow: {storage for ... argument} = &{storage for "s"}:
./positions.go:15:15:     from "s" (spill) at ./positions.go:15:15
./positions.go:15:15:     from ... argument (slice-literal-element) at ./positions.go:15:6
./positions.go:15:6: ... argument escapes to heap
./positions.go:15:6: x escapes to heap
./positions.go:15:11: y + 1 escapes to heap
./positions.go:15:15: "s" escapes to heap
./positions.go:23:12: 2 escapes to heap:
./positions.go:23:12:   flow: ~r1 = &{storage for 2}:
./positions.go:23:12:     from 2 (spill) at ./positions.go:23:12
./positions.go:23:12:     from return x, 2 (return) at ./positions.go:23:2
./positions.go:23:9: x escapes to heap:
./positions.go:23:9:   flow: ~r0 = &{storage for x}:
./positions.go:23:9:     from x (spill) at ./positions.go:23:9
./positions.go:23:9:     from return x, 2 (return) at ./positions.go:23:2
./positions.go:23:9: x escapes to heap
./positions.go:23:12: 2 escapes to heap
./positions.go:27:8: x escapes to heap:
./positions.go:27:8:   flow: {heap} = &{storage for x}:
./positions.go:27:8:     from x (spill) at ./positions.go:27:8
./positions.go:27:8:     from sink, sink2 = x, p.y (assign-pair) at ./positions.go:27:14
./positions.go:27:8: p.y escapes to heap:
./positions.go:27:8:   flow: {heap} = &{storage for p.y}:
./positions.go:27:8:     from p.y (spill) at ./positions.go:27:8
./positions.go:27:8:     from sink, sink2 = x, p.y (assign-pair) at ./positions.go:27:14
./positions.go:26:20: p does not escape
./positions.go:27:8: x escapes to heap
./positions.go:27:8: p.y escapes to heap
./positions.go:31:28: 1 escapes to heap:
./positions.go:31:28:   flow: i = &{storage for 1}:
./positions.go:31:28:     from 1 (spill) at ./positions.go:31:28
./positions.go:31:28:     from i = 1 (assign) at ./positions.go:31:6
./positions.go:31:28:   flow: ~r0 = i:
./positions.go:31:28:     from return i (return) at ./positions.go:33:2
./positions.go:31:28: 1 escapes to heap
./positions.go:31:28: x does not escape
./positions.go:37:22: x + 1 escapes to heap:
./positions.go:37:22:   flow: {heap} = &{storage for x + 1}:
./positions.go:37:22:     from x + 1 (spill) at ./positions.go:37:22
./positions.go:37:22:     from append(list, x + 1) (call parameter) at ./positions.go:37:15
./positions.go:37:22: x + 1 escapes to heap
./positions.go:41:22: []interface {}{...} escapes to heap:
./positions.go:41:22:   flow: ~r0 = &{storage for []interface {}{...}}:
./positions.go:41:22:     from []interface {}{...} (spill) at ./positions.go:41:22
./positions.go:41:22:     from return []interface {}{...} (return) at ./positions.go:41:2
./positions.go:41:27: x * 2 escapes to heap:
./positions.go:41:27:   flow: {storage for []interface {}{...}} = &{storage for x * 2}:
./positions.go:41:27:     from x * 2 (spill) at ./positions.go:41:27
./positions.go:41:27:     from []interface {}{...} (slice-literal-element) at ./positions.go:41:22
./positions.go:41:23: x escapes to heap:
./positions.go:41:23:   flow: {storage for []interface {}{...}} = &{storage for x}:
./positions.go:41:23:     from x (spill) at ./positions.go:41:23
./positions.go:41:23:     from []interface {}{...} (slice-literal-element) at ./positions.go:41:22
./positions.go:41:22: []interface {}{...} escapes to heap
./positions.go:41:23: x escapes to heap
./positions.go:41:27: x * 2 escapes to heap
./positions.go:45:2: struct { a interface {}; b interface {} }{...} escapes to heap:
./positions.go:45:2:   flow: {heap} = &{storage for struct { a interface {}; b interface {} }{...}}:
./positions.go:45:2:     from struct { a interface {}; b interface {} }{...} (spill) at ./positions.go:45:2
./positions.go:45:2:     from sink = struct { a interface {}; b interface {} }{...} (assign) at ./positions.go:45:7
./positions.go:45:37: x escapes to heap:
./positions.go:45:37:   flow: {storage for struct { a interface {}; b interface {} }{...}} = &{storage for x}:
./positions.go:45:37:     from x (spill) at ./positions.go:45:37
./positions.go:45:37:     from struct { a interface {}; b interface {} }{...} (struct literal element) at ./positions.go:45:35
./positions.go:45:37:     from struct { a interface {}; b interface {} }{...} (interface-converted) at ./positions.go:45:2
./positions.go:45:43: "b" escapes to heap:
./positions.go:45:43:   flow: {storage for struct { a interface {}; b interface {} }{...}} = &{storage for "b"}:
./positions.go:45:43:     from "b" (spill) at ./positions.go:45:43
./positions.go:45:43:     from struct { a interface {}; b interface {} }{...} (struct literal element) at ./positions.go:45:35
./positions.go:45:43:     from struct { a interface {}; b interface {} }{...} (interface-converted) at ./positions.go:45:2
./positions.go:45:2: struct { a interface {}; b interface {} }{...} escapes to heap
./positions.go:45:37: x escapes to heap
./positions.go:45:43: "b" escapes to heap
./positions.go:51:12: &pt{...} does not escape
