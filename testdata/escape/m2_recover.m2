# command-line-arguments
./m2_recover.go:12:7: 1 escapes to heap:
./m2_recover.go:12:7:   flow: {heap} = &{storage for 1}:
./m2_recover.go:12:7:     from 1 (spill) at ./m2_recover.go:12:7
./m2_recover.go:12:7:     from panic(1) (call parameter) at ./m2_recover.go:12:7
./m2_recover.go:10:28: (<node RECOVERFP>) == nil escapes to heap:
./m2_recover.go:10:28:   flow: {storage for ... argument} = &{storage for (<node RECOVERFP>) == nil}:
./m2_recover.go:10:28:     from (<node RECOVERFP>) == nil (spill) at ./m2_recover.go:10:28
./m2_recover.go:10:28:     from ... argument (slice-literal-element) at ./m2_recover.go:10:14
./m2_recover.go:10:28:   flow: {heap} = {storage for ... argument}:
./m2_recover.go:10:28:     from ... argument (spill) at ./m2_recover.go:10:14
./m2_recover.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./m2_recover.go:10:14
./m2_recover.go:8:8: func literal does not escape
./m2_recover.go:10:14: ... argument does not escape
./m2_recover.go:10:28: (<node RECOVERFP>) == nil escapes to heap
./m2_recover.go:12:7: 1 escapes to heap
./m2_recover.go:16:13: ... argument does not escape
