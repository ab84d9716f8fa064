# command-line-arguments
./closures.go:8:7: func literal does not escape
./closures.go:9:8: func literal does not escape
./closures.go:17:2: moved to heap: x
./closures.go:18:9: func literal escapes to heap
./closures.go:19:10: func literal does not escape
./closures.go:26:9: func literal escapes to heap
./closures.go:32:7: func literal does not escape
./closures.go:38:6: moved to heap: arr
./closures.go:39:9: func literal escapes to heap
