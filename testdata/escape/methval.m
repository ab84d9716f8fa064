# command-line-arguments
./methval.go:8:7: c does not escape
./methval.go:17:18: leaking param: c
./methval.go:18:8: c.Inc escapes to heap
./methval.go:21:16: c does not escape
./methval.go:22:8: c.Inc does not escape
./methval.go:28:8: c.Get does not escape
./methval.go:33:7: &counter{...} escapes to heap
./methval.go:34:10: c.Inc escapes to heap
./methval.go:38:7: &counter{} escapes to heap
