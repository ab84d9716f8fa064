# command-line-arguments
./misc.go:9:33: (*S).trim ignoring self-assignment in s.buf = s.buf[n:]
./misc.go:9:7: s does not escape
./misc.go:10:31: (*S).swap ignoring self-assignment in s.p = s.q
./misc.go:10:7: s does not escape
./misc.go:15:7: p does not escape
./misc.go:20:13: parameter s leaks to {heap} with derefs=1:
./misc.go:20:13:   flow: {temp} = s:
./misc.go:20:13:   flow: v = *{temp}:
./misc.go:20:13:     from for loop (range-deref) at ./misc.go:21:14
./misc.go:20:13:   flow: {heap} = v:
./misc.go:20:13:     from append(gs, v) (call parameter) at ./misc.go:22:14
./misc.go:20:13: leaking param content: s
./misc.go:20:23: a does not escape
./misc.go:30:22: map[string]*int{...} escapes to heap:
./misc.go:30:22:   flow: m = &{storage for map[string]*int{...}}:
./misc.go:30:22:     from map[string]*int{...} (spill) at ./misc.go:30:22
./misc.go:30:22:     from m := map[string]*int{...} (assign) at ./misc.go:30:4
./misc.go:30:22:   flow: {heap} = m:
./misc.go:30:22:     from gm = m (assign) at ./misc.go:31:5
./misc.go:29:21: parameter v leaks to {heap} with derefs=0:
./misc.go:29:21:   flow: {heap} = v:
./misc.go:29:21:     from map[string]*int{...} (map literal value) at ./misc.go:30:22
./misc.go:29:11: parameter k leaks to {heap} with derefs=0:
./misc.go:29:11:   flow: {heap} = k:
./misc.go:29:11:     from map[string]*int{...} (map literal key) at ./misc.go:30:22
./misc.go:29:11: leaking param: k
./misc.go:29:21: leaking param: v
./misc.go:30:22: map[string]*int{...} escapes to heap
./misc.go:32:11: make(map[string]int, 4) does not escape
./misc.go:42:2: x escapes to heap:
./misc.go:42:2:   flow: p = &x:
./misc.go:42:2:     from &x (address-of) at ./misc.go:43:6
./misc.go:42:2:     from p = &x (assign) at ./misc.go:43:4
./misc.go:42:2: moved to heap: x
./misc.go:52:18: parameter src leaks to {heap} with derefs=1:
./misc.go:52:18:   flow: {heap} = *src:
./misc.go:52:18:     from copy(dst, src) (call parameter) at ./misc.go:53:13
./misc.go:52:18:     from copy(dst, src) (copied slice) at ./misc.go:53:13
./misc.go:52:13: dst does not escape
./misc.go:52:18: leaking param content: src
./misc.go:59:8: p.Sum does not escape
./misc.go:63:14: parameter i leaks to ~r0 with derefs=0:
./misc.go:63:14:   flow: v = i:
./misc.go:63:14:     from case *int: return v (switch case) at ./misc.go:65:2
./misc.go:63:14:   flow: ~r0 = v:
./misc.go:63:14:     from return v (return) at ./misc.go:66:3
./misc.go:63:14: leaking param: i to result ~r0 level=0
./misc.go:76:13: string(t) escapes to heap:
./misc.go:76:13:   flow: u = &{storage for string(t)}:
./misc.go:76:13:     from string(t) (spill) at ./misc.go:76:13
./misc.go:76:13:     from u := string(t) (assign) at ./misc.go:76:4
./misc.go:76:13:   flow: ~r0 = u:
./misc.go:76:13:     from return u (return) at ./misc.go:77:2
./misc.go:73:11: a does not escape
./misc.go:73:14: b does not escape
./misc.go:74:9: a + b does not escape
./misc.go:75:13: ([]byte)(s) does not escape
./misc.go:76:13: string(t) escapes to heap
./misc.go:81:5: y escapes to heap:
./misc.go:81:5:   flow: ~r1 = &y:
./misc.go:81:5:     from &y (address-of) at ./misc.go:82:13
./misc.go:81:5:     from return &x, &y (return) at ./misc.go:82:2
./misc.go:81:2: x escapes to heap:
./misc.go:81:2:   flow: ~r0 = &x:
./misc.go:81:2:     from &x (address-of) at ./misc.go:82:9
./misc.go:81:2:     from return &x, &y (return) at ./misc.go:82:2
./misc.go:81:2: moved to heap: x
./misc.go:81:5: moved to heap: y
