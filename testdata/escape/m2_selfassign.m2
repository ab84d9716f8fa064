# command-line-arguments
./m2_selfassign.go:11:9: (*buf).trim ignoring self-assignment in b.data = b.data[1:]
./m2_selfassign.go:10:7: b does not escape
./m2_selfassign.go:15:8: v escapes to heap:
./m2_selfassign.go:15:8:   flow: {heap} = &{storage for v}:
./m2_selfassign.go:15:8:     from v (spill) at ./m2_selfassign.go:15:8
./m2_selfassign.go:15:8:     from b.ifs[i] = v (assign) at ./m2_selfassign.go:15:11
./m2_selfassign.go:14:7: b does not escape
./m2_selfassign.go:15:8: v escapes to heap
./m2_selfassign.go:19:7: &buf{...} does not escape
./m2_selfassign.go:19:24: ([]byte)("abc") does not escape
./m2_selfassign.go:19:42: make([]interface {}, 2) does not escape
