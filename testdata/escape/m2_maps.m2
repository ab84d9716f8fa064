# command-line-arguments
./m2_maps.go:8:11: make(map[string]int) does not escape
./m2_maps.go:14:21: map[int]string{...} does not escape
./m2_maps.go:18:22: parameter v leaks to {heap} with derefs=0:
./m2_maps.go:18:22:   flow: {heap} = v:
./m2_maps.go:18:22:     from global[k] = v (assign) at ./m2_maps.go:19:12
./m2_maps.go:18:12: parameter k leaks to {heap} with derefs=0:
./m2_maps.go:18:12:   flow: {heap} = k:
./m2_maps.go:18:12:     from global[k] (key of map put) at ./m2_maps.go:19:8
./m2_maps.go:18:12: leaking param: k
./m2_maps.go:18:22: leaking param: v
./m2_maps.go:23:15: make(map[string]*int) escapes to heap:
./m2_maps.go:23:15:   flow: {heap} = &{storage for make(map[string]*int)}:
./m2_maps.go:23:15:     from make(map[string]*int) (spill) at ./m2_maps.go:23:15
./m2_maps.go:23:15:     from global = make(map[string]*int) (assign) at ./m2_maps.go:23:9
./m2_maps.go:24:2: x escapes to heap:
./m2_maps.go:24:2:   flow: {heap} = &x:
./m2_maps.go:24:2:     from &x (address-of) at ./m2_maps.go:25:13
./m2_maps.go:24:2:     from store("x", &x) (call parameter) at ./m2_maps.go:25:7
./m2_maps.go:24:2: moved to heap: x
./m2_maps.go:23:15: make(map[string]*int) escapes to heap
