# command-line-arguments
./recursion2.go:12:10: parameter p leaks to {heap} with derefs=0:
./recursion2.go:12:10:   flow: {heap} = p:
./recursion2.go:12:10:     from g = p (assign) at ./recursion2.go:14:5
./recursion2.go:5:11: parameter p leaks to {heap} with derefs=0:
./recursion2.go:5:11:   flow: p = p:
./recursion2.go:5:11:     from odd(p, n - 1) (call parameter) at ./recursion2.go:9:12
./recursion2.go:5:11:   flow: {heap} = p:
./recursion2.go:5:11:     from g = p (assign) at ./recursion2.go:14:5
./recursion2.go:5:11: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:5:11:   flow: ~r0 = p:
./recursion2.go:5:11:     from return p (return) at ./recursion2.go:7:3
./recursion2.go:5:11:   flow: ~r0 = ~r0:
./recursion2.go:5:11:     from return even(p, n - 1) (return) at ./recursion2.go:17:2
./recursion2.go:12:10: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:12:10:   flow: p = p:
./recursion2.go:12:10:     from even(p, n - 1) (call parameter) at ./recursion2.go:17:13
./recursion2.go:12:10:   flow: ~r0 = p:
./recursion2.go:12:10:     from return p (return) at ./recursion2.go:7:3
./recursion2.go:12:10:   flow: ~r0 = ~r0:
./recursion2.go:12:10:     from return even(p, n - 1) (return) at ./recursion2.go:17:2
./recursion2.go:5:11: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:5:11:   flow: ~r0 = p:
./recursion2.go:5:11:     from return p (return) at ./recursion2.go:7:3
./recursion2.go:12:10: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:12:10:   flow: p = p:
./recursion2.go:12:10:     from even(p, n - 1) (call parameter) at ./recursion2.go:17:13
./recursion2.go:12:10:   flow: ~r0 = p:
./recursion2.go:12:10:     from return p (return) at ./recursion2.go:7:3
./recursion2.go:5:11: leaking param: p
./recursion2.go:12:10: leaking param: p
./recursion2.go:20:11: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:20:11:   flow: ~r0 = p:
./recursion2.go:20:11:     from return p (return) at ./recursion2.go:22:3
./recursion2.go:20:11: leaking param: p to result ~r0 level=0
./recursion2.go:30:3: c escapes to heap:
./recursion2.go:30:3:   flow: {heap} = &c:
./recursion2.go:30:3:     from &c (address-of) at ./recursion2.go:32:7
./recursion2.go:30:3:     from g = &c (assign) at ./recursion2.go:32:5
./recursion2.go:28:2: b escapes to heap:
./recursion2.go:28:2:   flow: {heap} = &b:
./recursion2.go:28:2:     from &b (address-of) at ./recursion2.go:36:6
./recursion2.go:28:2:     from g = &b (assign) at ./recursion2.go:36:4
./recursion2.go:29:12: parameter q leaks to ~r0 with derefs=0:
./recursion2.go:29:12:   flow: ~r0 = q:
./recursion2.go:29:12:     from return q (return) at ./recursion2.go:33:3
./recursion2.go:27:12: parameter p leaks to ~r0 with derefs=0:
./recursion2.go:27:12:   flow: q = p:
./recursion2.go:27:12:     from f(p) (call parameter) at ./recursion2.go:35:7
./recursion2.go:27:12:   flow: ~r0 = q:
./recursion2.go:27:12:     from return q (return) at ./recursion2.go:33:3
./recursion2.go:27:12: leaking param: p
./recursion2.go:29:12: leaking param: q to result ~r0 level=0
./recursion2.go:28:2: moved to heap: b
./recursion2.go:30:3: moved to heap: c
./recursion2.go:29:7: func literal does not escape
./recursion2.go:41:2: x escapes to heap:
./recursion2.go:41:2:   flow: {heap} = &x:
./recursion2.go:41:2:     from &x (address-of) at ./recursion2.go:42:11
./recursion2.go:41:2:     from even(&x, 3) (call parameter) at ./recursion2.go:42:10
./recursion2.go:41:2: moved to heap: x
