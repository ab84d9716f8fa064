# command-line-arguments
./m2_range.go:9:14: parameter items leaks to {heap} with derefs=1:
./m2_range.go:9:14:   flow: {temp} = items:
./m2_range.go:9:14:   flow: it = *{temp}:
./m2_range.go:9:14:     from for loop (range-deref) at ./m2_range.go:10:15
./m2_range.go:9:14:   flow: {heap} = it:
./m2_range.go:9:14:     from it.name (dot) at ./m2_range.go:11:27
./m2_range.go:9:14:     from append(names, it.name) (call parameter) at ./m2_range.go:11:17
./m2_range.go:9:14: leaking param content: items
./m2_range.go:15:17: parameter a leaks to ~r0 with derefs=0:
./m2_range.go:15:17:   flow: {temp} = a:
./m2_range.go:15:17:   flow: p = {temp}:
./m2_range.go:15:17:     from for loop (range) at ./m2_range.go:17:14
./m2_range.go:15:17:   flow: last = p:
./m2_range.go:15:17:     from last = p (assign) at ./m2_range.go:18:8
./m2_range.go:15:17:   flow: ~r0 = last:
./m2_range.go:15:17:     from return last (return) at ./m2_range.go:20:2
./m2_range.go:15:17: leaking param: a to result ~r0 level=0
./m2_range.go:23:11: parameter m leaks to {heap} with derefs=1:
./m2_range.go:23:11:   flow: {temp} = m:
./m2_range.go:23:11:   flow: v = *{temp}:
./m2_range.go:23:11:     from for loop (range-deref) at ./m2_range.go:24:14
./m2_range.go:23:11:   flow: {heap} = v:
./m2_range.go:23:11:     from append(out, v) (call parameter) at ./m2_range.go:25:15
./m2_range.go:23:11: leaking param content: m
./m2_range.go:33:2: x escapes to heap:
./m2_range.go:33:2:   flow: {heap} = &x:
./m2_range.go:33:2:     from &x (address-of) at ./m2_range.go:34:74
./m2_range.go:33:2:     from map[string]*int{...} (map literal value) at ./m2_range.go:34:68
./m2_range.go:31:2: s escapes to heap:
./m2_range.go:31:2:   flow: {storage for []item{...}} = &s:
./m2_range.go:31:2:     from &s (address-of) at ./m2_range.go:32:18
./m2_range.go:31:2:     from item{...} (struct literal element) at ./m2_range.go:32:17
./m2_range.go:31:2:     from []item{...} (slice-literal-element) at ./m2_range.go:32:16
./m2_range.go:31:2:   flow: {heap} = {storage for []item{...}}:
./m2_range.go:31:2:     from []item{...} (spill) at ./m2_range.go:32:16
./m2_range.go:31:2:     from collect([]item{...}) (call parameter) at ./m2_range.go:32:9
./m2_range.go:31:2: moved to heap: s
./m2_range.go:33:2: moved to heap: x
./m2_range.go:32:16: []item{...} does not escape
./m2_range.go:34:68: map[string]*int{...} does not escape
