# command-line-arguments
./m2_case_stmts.go:18:16: e escapes to heap:
./m2_case_stmts.go:18:16:   flow: {storage for ... argument} = &{storage for e}:
./m2_case_stmts.go:18:16:     from e (spill) at ./m2_case_stmts.go:18:16
./m2_case_stmts.go:18:16:     from ... argument (slice-literal-element) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:18:16:   flow: {heap} = {storage for ... argument}:
./m2_case_stmts.go:18:16:     from ... argument (spill) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:18:16: "found" escapes to heap:
./m2_case_stmts.go:18:16:   flow: {storage for ... argument} = &{storage for "found"}:
./m2_case_stmts.go:18:16:     from "found" (spill) at ./m2_case_stmts.go:18:16
./m2_case_stmts.go:18:16:     from ... argument (slice-literal-element) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:18:16:   flow: {heap} = {storage for ... argument}:
./m2_case_stmts.go:18:16:     from ... argument (spill) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./m2_case_stmts.go:18:15
./m2_case_stmts.go:16:27: e escapes to heap:
./m2_case_stmts.go:16:27:   flow: {storage for ... argument} = &{storage for e}:
./m2_case_stmts.go:16:27:     from e (spill) at ./m2_case_stmts.go:16:27
./m2_case_stmts.go:16:27:     from ... argument (slice-literal-element) at ./m2_case_stmts.go:16:26
./m2_case_stmts.go:16:27:   flow: {heap} = {storage for ... argument}:
./m2_case_stmts.go:16:27:     from ... argument (spill) at ./m2_case_stmts.go:16:26
./m2_case_stmts.go:16:27:     from fmt.Errorf("undefined: %s", ... argument...) (call parameter) at ./m2_case_stmts.go:16:26
./m2_case_stmts.go:11:11: parameter e leaks to {storage for e} with derefs=1:
./m2_case_stmts.go:11:11:   flow: {temp} = e:
./m2_case_stmts.go:11:11:   flow: e = *{temp}:
./m2_case_stmts.go:11:11:     from case Var: v, ok := env[string(e)]; if !ok { return nil, fmt.Errorf("undefined: %s", ... argument...) } else { fmt.Println(... argument...) }; return v, nil (switch case) at ./m2_case_stmts.go:13:2
./m2_case_stmts.go:11:11:   flow: {storage for e} = e:
./m2_case_stmts.go:11:11:     from e (interface-converted) at ./m2_case_stmts.go:18:16
./m2_case_stmts.go:11:11: parameter e leaks to {storage for e} with derefs=1:
./m2_case_stmts.go:11:11:   flow: {temp} = e:
./m2_case_stmts.go:11:11:   flow: e = *{temp}:
./m2_case_stmts.go:11:11:     from case Var: v, ok := env[string(e)]; if !ok { return nil, fmt.Errorf("undefined: %s", ... argument...) } else { fmt.Println(... argument...) }; return v, nil (switch case) at ./m2_case_stmts.go:13:2
./m2_case_stmts.go:11:11:   flow: {storage for e} = e:
./m2_case_stmts.go:11:11:     from e (interface-converted) at ./m2_case_stmts.go:16:27
./m2_case_stmts.go:11:11: parameter e leaks to ~r0 with derefs=0:
./m2_case_stmts.go:11:11:   flow: {temp} = e:
./m2_case_stmts.go:11:11:   flow: e = {temp}:
./m2_case_stmts.go:11:11:     from case *float64: return e, nil (switch case) at ./m2_case_stmts.go:21:2
./m2_case_stmts.go:11:11:   flow: ~r0 = e:
./m2_case_stmts.go:11:11:     from return e, nil (return) at ./m2_case_stmts.go:22:3
./m2_case_stmts.go:11:11: leaking param content: e
./m2_case_stmts.go:11:11: leaking param: e to result ~r0 level=0
./m2_case_stmts.go:11:26: env does not escape
./m2_case_stmts.go:16:26: ... argument does not escape
./m2_case_stmts.go:16:27: e escapes to heap
./m2_case_stmts.go:18:15: ... argument does not escape
./m2_case_stmts.go:18:16: "found" escapes to heap
./m2_case_stmts.go:18:16: e escapes to heap
./m2_case_stmts.go:28:2: x escapes to heap:
./m2_case_stmts.go:28:2:   flow: {heap} = &x:
./m2_case_stmts.go:28:2:     from &x (address-of) at ./m2_case_stmts.go:29:52
./m2_case_stmts.go:28:2:     from map[string]*float64{...} (map literal value) at ./m2_case_stmts.go:29:46
./m2_case_stmts.go:32:14: *v escapes to heap:
./m2_case_stmts.go:32:14:   flow: {storage for ... argument} = &{storage for *v}:
./m2_case_stmts.go:32:14:     from *v (spill) at ./m2_case_stmts.go:32:14
./m2_case_stmts.go:32:14:     from ... argument (slice-literal-element) at ./m2_case_stmts.go:32:13
./m2_case_stmts.go:32:14:   flow: {heap} = {storage for ... argument}:
./m2_case_stmts.go:32:14:     from ... argument (spill) at ./m2_case_stmts.go:32:13
./m2_case_stmts.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./m2_case_stmts.go:32:13
./m2_case_stmts.go:30:14: *v escapes to heap:
./m2_case_stmts.go:30:14:   flow: {storage for ... argument} = &{storage for *v}:
./m2_case_stmts.go:30:14:     from *v (spill) at ./m2_case_stmts.go:30:14
./m2_case_stmts.go:30:14:     from ... argument (slice-literal-element) at ./m2_case_stmts.go:30:13
./m2_case_stmts.go:30:14:   flow: {heap} = {storage for ... argument}:
./m2_case_stmts.go:30:14:     from ... argument (spill) at ./m2_case_stmts.go:30:13
./m2_case_stmts.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./m2_case_stmts.go:30:13
./m2_case_stmts.go:28:2: moved to heap: x
./m2_case_stmts.go:29:20: Var("x") does not escape
./m2_case_stmts.go:29:46: map[string]*float64{...} does not escape
./m2_case_stmts.go:30:13: ... argument does not escape
./m2_case_stmts.go:30:14: *v escapes to heap
./m2_case_stmts.go:32:13: ... argument does not escape
./m2_case_stmts.go:32:14: *v escapes to heap
