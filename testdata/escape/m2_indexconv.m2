# command-line-arguments
./m2_indexconv.go:11:2: v escapes to heap:
./m2_indexconv.go:11:2:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:11:2:     from v (spill) at ./m2_indexconv.go:11:2
./m2_indexconv.go:11:2:     from s[0] = v (assign) at ./m2_indexconv.go:11:7
./m2_indexconv.go:10:8: s does not escape
./m2_indexconv.go:11:2: v escapes to heap
./m2_indexconv.go:15:4: v escapes to heap:
./m2_indexconv.go:15:4:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:15:4:     from v (spill) at ./m2_indexconv.go:15:4
./m2_indexconv.go:15:4:     from s[i + 1] = v (assign) at ./m2_indexconv.go:15:9
./m2_indexconv.go:14:8: s does not escape
./m2_indexconv.go:15:4: v escapes to heap
./m2_indexconv.go:19:2: v escapes to heap:
./m2_indexconv.go:19:2:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:19:2:     from v (spill) at ./m2_indexconv.go:19:2
./m2_indexconv.go:19:2:     from t.f = v (assign) at ./m2_indexconv.go:19:6
./m2_indexconv.go:18:8: t does not escape
./m2_indexconv.go:19:2: v escapes to heap
./m2_indexconv.go:23:3: v escapes to heap:
./m2_indexconv.go:23:3:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:23:3:     from v (spill) at ./m2_indexconv.go:23:3
./m2_indexconv.go:23:3:     from *p = v (assign) at ./m2_indexconv.go:23:5
./m2_indexconv.go:22:8: p does not escape
./m2_indexconv.go:23:3: v escapes to heap
./m2_indexconv.go:27:2: v escapes to heap:
./m2_indexconv.go:27:2:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:27:2:     from v (spill) at ./m2_indexconv.go:27:2
./m2_indexconv.go:27:2:     from m["a"] = v (assign) at ./m2_indexconv.go:27:9
./m2_indexconv.go:26:8: m does not escape
./m2_indexconv.go:27:2: v escapes to heap
./m2_indexconv.go:31:7: v escapes to heap:
./m2_indexconv.go:31:7:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:31:7:     from v (spill) at ./m2_indexconv.go:31:7
./m2_indexconv.go:31:7:     from t.fs[i] = v (assign) at ./m2_indexconv.go:31:10
./m2_indexconv.go:30:8: t does not escape
./m2_indexconv.go:31:7: v escapes to heap
./m2_indexconv.go:35:6: v escapes to heap:
./m2_indexconv.go:35:6:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:35:6:     from v (spill) at ./m2_indexconv.go:35:6
./m2_indexconv.go:35:6:     from arr[j] = v (assign) at ./m2_indexconv.go:35:9
./m2_indexconv.go:34:8: arr does not escape
./m2_indexconv.go:35:6: v escapes to heap
./m2_indexconv.go:39:7: v escapes to heap:
./m2_indexconv.go:39:7:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:39:7:     from v (spill) at ./m2_indexconv.go:39:7
./m2_indexconv.go:39:7:     from s[i][j] = v (assign) at ./m2_indexconv.go:39:10
./m2_indexconv.go:38:8: s does not escape
./m2_indexconv.go:39:7: v escapes to heap
./m2_indexconv.go:43:8: v escapes to heap:
./m2_indexconv.go:43:8:   flow: {heap} = &{storage for v}:
./m2_indexconv.go:43:8:     from v (spill) at ./m2_indexconv.go:43:8
./m2_indexconv.go:43:8:     from s[len(s) - 1] = v (assign) at ./m2_indexconv.go:43:14
./m2_indexconv.go:42:8: s does not escape
./m2_indexconv.go:43:8: v escapes to heap
