# command-line-arguments
./m2_methvalue.go:7:7: t does not escape
./m2_methvalue.go:12:12: t does not escape
./m2_methvalue.go:13:8: t.Inc does not escape
./m2_methvalue.go:18:10: t.Inc escapes to heap:
./m2_methvalue.go:18:10:   flow: {heap} = &{storage for t.Inc}:
./m2_methvalue.go:18:10:     from t.Inc (spill) at ./m2_methvalue.go:18:10
./m2_methvalue.go:18:10:     from keep = t.Inc (assign) at ./m2_methvalue.go:18:7
./m2_methvalue.go:17:14: parameter t leaks to {storage for t.Inc} with derefs=0:
./m2_methvalue.go:17:14:   flow: {temp} = t:
./m2_methvalue.go:17:14:   flow: {storage for t.Inc} = {temp}:
./m2_methvalue.go:17:14: leaking param: t
./m2_methvalue.go:18:10: t.Inc escapes to heap
./m2_methvalue.go:27:7: &T{} escapes to heap:
./m2_methvalue.go:27:7:   flow: t = &{storage for &T{}}:
./m2_methvalue.go:27:7:     from &T{} (spill) at ./m2_methvalue.go:27:7
./m2_methvalue.go:27:7:     from t := &T{} (assign) at ./m2_methvalue.go:27:4
./m2_methvalue.go:27:7:   flow: {heap} = t:
./m2_methvalue.go:27:7:     from escapes(t) (call parameter) at ./m2_methvalue.go:29:9
./m2_methvalue.go:27:7: &T{} escapes to heap
