# command-line-arguments
./m2_case_stmts.go:11:11: leaking param content: e
./m2_case_stmts.go:11:11: leaking param: e to result ~r0 level=0
./m2_case_stmts.go:11:26: env does not escape
./m2_case_stmts.go:16:26: ... argument does not escape
./m2_case_stmts.go:16:27: e escapes to heap
./m2_case_stmts.go:18:15: ... argument does not escape
./m2_case_stmts.go:18:16: "found" escapes to heap
./m2_case_stmts.go:18:16: e escapes to heap
./m2_case_stmts.go:28:2: moved to heap: x
./m2_case_stmts.go:29:20: Var("x") does not escape
./m2_case_stmts.go:29:46: map[string]*float64{...} does not escape
./m2_case_stmts.go:30:13: ... argument does not escape
./m2_case_stmts.go:30:14: *v escapes to heap
./m2_case_stmts.go:32:13: ... argument does not escape
./m2_case_stmts.go:32:14: *v escapes to heap
