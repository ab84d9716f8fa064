# command-line-arguments
./m2_vardecl.go:8:28: x escapes to heap:
./m2_vardecl.go:8:28:   flow: j = &{storage for x}:
./m2_vardecl.go:8:28:     from x (spill) at ./m2_vardecl.go:8:28
./m2_vardecl.go:8:28:     from j = x (assign) at ./m2_vardecl.go:8:6
./m2_vardecl.go:8:28:   flow: {heap} = j:
./m2_vardecl.go:8:28:     from sink = j (assign) at ./m2_vardecl.go:10:7
./m2_vardecl.go:9:24: new(int) escapes to heap:
./m2_vardecl.go:9:24:   flow: b = &{storage for new(int)}:
./m2_vardecl.go:9:24:     from new(int) (spill) at ./m2_vardecl.go:9:24
./m2_vardecl.go:9:24:     from b = new(int) (assign) at ./m2_vardecl.go:9:6
./m2_vardecl.go:9:24:   flow: ~r0 = b:
./m2_vardecl.go:9:24:     from return b (return) at ./m2_vardecl.go:13:2
./m2_vardecl.go:7:18: p does not escape
./m2_vardecl.go:8:28: 1 does not escape
./m2_vardecl.go:8:28: x escapes to heap
./m2_vardecl.go:9:24: new(int) escapes to heap
