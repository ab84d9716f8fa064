# command-line-arguments
./leakcontent.go:12:14: parameter pp leaks to {heap} with derefs=1:
./leakcontent.go:12:14:   flow: {heap} = *pp:
./leakcontent.go:12:14:     from *pp (indirection) at ./leakcontent.go:13:7
./leakcontent.go:12:14:     from gp = *pp (assign) at ./leakcontent.go:13:5
./leakcontent.go:12:14: leaking param content: pp
./leakcontent.go:16:17: parameter h leaks to {heap} with derefs=1:
./leakcontent.go:16:17:   flow: {heap} = *h:
./leakcontent.go:16:17:     from h.p (dot of pointer) at ./leakcontent.go:17:8
./leakcontent.go:16:17:     from gp = h.p (assign) at ./leakcontent.go:17:5
./leakcontent.go:16:17: leaking param content: h
./leakcontent.go:20:16: parameter s leaks to {heap} with derefs=1:
./leakcontent.go:20:16:   flow: {heap} = *s:
./leakcontent.go:20:16:     from s[0] (dot of pointer) at ./leakcontent.go:21:8
./leakcontent.go:20:16:     from gp = s[0] (assign) at ./leakcontent.go:21:5
./leakcontent.go:20:16: leaking param content: s
./leakcontent.go:24:11: parameter pp leaks to {heap} with derefs=1:
./leakcontent.go:24:11:   flow: {heap} = *pp:
./leakcontent.go:24:11:     from *pp (indirection) at ./leakcontent.go:25:7
./leakcontent.go:24:11:     from gp = *pp (assign) at ./leakcontent.go:25:5
./leakcontent.go:24:11: parameter pp leaks to ~r0 with derefs=0:
./leakcontent.go:24:11:   flow: ~r0 = pp:
./leakcontent.go:24:11:     from return pp (return) at ./leakcontent.go:26:2
./leakcontent.go:24:11: leaking param content: pp
./leakcontent.go:24:11: leaking param: pp to result ~r0 level=0
./leakcontent.go:30:2: x escapes to heap:
./leakcontent.go:30:2:   flow: {storage for []*int{...}} = &x:
./leakcontent.go:30:2:     from &x (address-of) at ./leakcontent.go:34:19
./leakcontent.go:30:2:     from []*int{...} (slice-literal-element) at ./leakcontent.go:34:18
./leakcontent.go:30:2:   flow: {heap} = {storage for []*int{...}}:
./leakcontent.go:30:2:     from []*int{...} (spill) at ./leakcontent.go:34:18
./leakcontent.go:30:2:     from fromSlice([]*int{...}) (call parameter) at ./leakcontent.go:34:11
./leakcontent.go:30:2: moved to heap: x
./leakcontent.go:33:13: &holder{...} does not escape
./leakcontent.go:34:18: []*int{...} does not escape
