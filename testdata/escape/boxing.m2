# command-line-arguments
./boxing.go:11:2: x escapes to heap:
./boxing.go:11:2:   flow: {heap} = &{storage for x}:
./boxing.go:11:2:     from x (spill) at ./boxing.go:11:2
./boxing.go:11:2:     from sink = x (assign) at ./boxing.go:11:7
./boxing.go:11:2: x escapes to heap
./boxing.go:15:2: s escapes to heap:
./boxing.go:15:2:   flow: {heap} = &{storage for s}:
./boxing.go:15:2:     from s (spill) at ./boxing.go:15:2
./boxing.go:15:2:     from sink = s (assign) at ./boxing.go:15:7
./boxing.go:14:16: parameter s leaks to {storage for s} with derefs=0:
./boxing.go:14:16:   flow: {storage for s} = s:
./boxing.go:14:16:     from s (interface-converted) at ./boxing.go:15:2
./boxing.go:14:16: leaking param: s
./boxing.go:15:2: s escapes to heap
./boxing.go:19:2: p escapes to heap:
./boxing.go:19:2:   flow: {heap} = &{storage for p}:
./boxing.go:19:2:     from p (spill) at ./boxing.go:19:2
./boxing.go:19:2:     from sink = p (assign) at ./boxing.go:19:7
./boxing.go:19:2: p escapes to heap
./boxing.go:22:13: parameter p leaks to {heap} with derefs=0:
./boxing.go:22:13:   flow: {heap} = p:
./boxing.go:22:13:     from p (interface-converted) at ./boxing.go:23:2
./boxing.go:22:13:     from sink = p (assign) at ./boxing.go:23:7
./boxing.go:22:13: leaking param: p
./boxing.go:27:22: x does not escape
./boxing.go:32:20: (interface {})(x) escapes to heap:
./boxing.go:32:20:   flow: {heap} = &{storage for (interface {})(x)}:
./boxing.go:32:20:     from (interface {})(x) (spill) at ./boxing.go:32:20
./boxing.go:32:20:     from sink = (interface {})(x) (assign) at ./boxing.go:32:7
./boxing.go:32:20: (interface {})(x) escapes to heap
./boxing.go:36:2: 42 escapes to heap:
./boxing.go:36:2:   flow: {heap} = &{storage for 42}:
./boxing.go:36:2:     from 42 (spill) at ./boxing.go:36:2
./boxing.go:36:2:     from sink = 42 (assign) at ./boxing.go:36:7
./boxing.go:36:2: 42 escapes to heap
./boxing.go:43:9: &pt{...} escapes to heap:
./boxing.go:43:9:   flow: {heap} = &{storage for &pt{...}}:
./boxing.go:43:9:     from &pt{...} (spill) at ./boxing.go:43:9
./boxing.go:43:9:     from boxPtr(&pt{...}) (call parameter) at ./boxing.go:43:8
./boxing.go:43:9: &pt{...} escapes to heap
