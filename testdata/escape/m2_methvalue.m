# command-line-arguments
./m2_methvalue.go:7:7: t does not escape
./m2_methvalue.go:12:12: t does not escape
./m2_methvalue.go:13:8: t.Inc does not escape
./m2_methvalue.go:17:14: leaking param: t
./m2_methvalue.go:18:10: t.Inc escapes to heap
./m2_methvalue.go:27:7: &T{} escapes to heap
