# command-line-arguments
./m2_defer.go:9:19: s does not escape
./m2_defer.go:11:15: leaking param: l
./m2_defer.go:11:25: leaking param: msg
./m2_defer.go:14:8: func literal does not escape
./m2_defer.go:19:9: func literal escapes to heap
./m2_defer.go:24:17: stdout{} escapes to heap
