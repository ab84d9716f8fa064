# command-line-arguments
./m2_recover.go:8:8: func literal does not escape
./m2_recover.go:10:14: ... argument does not escape
./m2_recover.go:10:28: (<node RECOVERFP>) == nil escapes to heap
./m2_recover.go:12:7: 1 escapes to heap
./m2_recover.go:16:13: ... argument does not escape
