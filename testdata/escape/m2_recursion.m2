# command-line-arguments
./m2_recursion.go:14:9: &list{...} escapes to heap:
./m2_recursion.go:14:9:   flow: ~r0 = &{storage for &list{...}}:
./m2_recursion.go:14:9:     from &list{...} (spill) at ./m2_recursion.go:14:9
./m2_recursion.go:14:9:     from return &list{...} (return) at ./m2_recursion.go:14:2
./m2_recursion.go:14:9: &list{...} escapes to heap
./m2_recursion.go:17:11: parameter p leaks to ~r0 with derefs=0:
./m2_recursion.go:17:11:   flow: ~r0 = p:
./m2_recursion.go:17:11:     from return p (return) at ./m2_recursion.go:19:3
./m2_recursion.go:17:11:   flow: ~r0 = ~r0:
./m2_recursion.go:17:11:     from return even(p, n - 1) (return) at ./m2_recursion.go:28:2
./m2_recursion.go:24:10: parameter p leaks to ~r0 with derefs=0:
./m2_recursion.go:24:10:   flow: p = p:
./m2_recursion.go:24:10:     from even(p, n - 1) (call parameter) at ./m2_recursion.go:28:13
./m2_recursion.go:24:10:   flow: ~r0 = p:
./m2_recursion.go:24:10:     from return p (return) at ./m2_recursion.go:19:3
./m2_recursion.go:24:10:   flow: ~r0 = ~r0:
./m2_recursion.go:24:10:     from return even(p, n - 1) (return) at ./m2_recursion.go:28:2
./m2_recursion.go:17:11: parameter p leaks to ~r0 with derefs=0:
./m2_recursion.go:17:11:   flow: ~r0 = p:
./m2_recursion.go:17:11:     from return p (return) at ./m2_recursion.go:19:3
./m2_recursion.go:24:10: parameter p leaks to ~r0 with derefs=0:
./m2_recursion.go:24:10:   flow: p = p:
./m2_recursion.go:24:10:     from even(p, n - 1) (call parameter) at ./m2_recursion.go:28:13
./m2_recursion.go:24:10:   flow: ~r0 = p:
./m2_recursion.go:24:10:     from return p (return) at ./m2_recursion.go:19:3
./m2_recursion.go:17:11: leaking param: p
./m2_recursion.go:24:10: leaking param: p
./m2_recursion.go:32:2: x escapes to heap:
./m2_recursion.go:32:2:   flow: {heap} = &x:
./m2_recursion.go:32:2:     from &x (address-of) at ./m2_recursion.go:33:28
./m2_recursion.go:32:2:     from even(&x, 4) (call parameter) at ./m2_recursion.go:33:27
./m2_recursion.go:32:2: moved to heap: x
