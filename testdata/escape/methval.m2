# command-line-arguments
./methval.go:8:7: c does not escape
./methval.go:18:8: c.Inc escapes to heap:
./methval.go:18:8:   flow: {heap} = &{storage for c.Inc}:
./methval.go:18:8:     from c.Inc (spill) at ./methval.go:18:8
./methval.go:18:8:     from gf = c.Inc (assign) at ./methval.go:18:5
./methval.go:17:18: parameter c leaks to {storage for c.Inc} with derefs=0:
./methval.go:17:18:   flow: {temp} = c:
./methval.go:17:18:   flow: {storage for c.Inc} = {temp}:
./methval.go:17:18: leaking param: c
./methval.go:18:8: c.Inc escapes to heap
./methval.go:21:16: c does not escape
./methval.go:22:8: c.Inc does not escape
./methval.go:28:8: c.Get does not escape
./methval.go:34:10: c.Inc escapes to heap:
./methval.go:34:10:   flow: ~r0 = &{storage for c.Inc}:
./methval.go:34:10:     from c.Inc (spill) at ./methval.go:34:10
./methval.go:34:10:     from return c.Inc (return) at ./methval.go:34:2
./methval.go:33:7: &counter{...} escapes to heap:
./methval.go:33:7:   flow: c = &{storage for &counter{...}}:
./methval.go:33:7:     from &counter{...} (spill) at ./methval.go:33:7
./methval.go:33:7:     from c := &counter{...} (assign) at ./methval.go:33:4
./methval.go:33:7:   flow: {temp} = c:
./methval.go:33:7:   flow: {storage for c.Inc} = {temp}:
./methval.go:33:7: &counter{...} escapes to heap
./methval.go:34:10: c.Inc escapes to heap
./methval.go:38:7: &counter{} escapes to heap:
./methval.go:38:7:   flow: c = &{storage for &counter{}}:
./methval.go:38:7:     from &counter{} (spill) at ./methval.go:38:7
./methval.go:38:7:     from c := &counter{} (assign) at ./methval.go:38:4
./methval.go:38:7:   flow: {heap} = c:
./methval.go:38:7:     from bindEscapes(c) (call parameter) at ./methval.go:39:13
./methval.go:38:7: &counter{} escapes to heap
