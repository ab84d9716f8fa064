# command-line-arguments
./convpos_panic.go:5:30: len(s) escapes to heap:
./convpos_panic.go:5:30:   flow: {heap} = &{storage for len(s)}:
./convpos_panic.go:5:30:     from len(s) (spill) at ./convpos_panic.go:5:30
./convpos_panic.go:5:30:     from panic(len(s)) (call parameter) at ./convpos_panic.go:5:25
./convpos_panic.go:5:9: s does not escape
./convpos_panic.go:5:30: len(s) escapes to heap
./convpos_panic.go:6:33: append(s, 1) escapes to heap:
./convpos_panic.go:6:33:   flow: {heap} = &{storage for append(s, 1)}:
./convpos_panic.go:6:33:     from append(s, 1) (spill) at ./convpos_panic.go:6:33
./convpos_panic.go:6:33:     from panic(append(s, 1)) (call parameter) at ./convpos_panic.go:6:25
./convpos_panic.go:6:9: parameter s leaks to {storage for append(s, 1)} with derefs=0:
./convpos_panic.go:6:9:   flow: {storage for append(s, 1)} = s:
./convpos_panic.go:6:9:     from append(s, 1) (call parameter) at ./convpos_panic.go:6:32
./convpos_panic.go:6:9:     from append(s, 1) (interface-converted) at ./convpos_panic.go:6:33
./convpos_panic.go:6:9: leaking param: s
./convpos_panic.go:6:33: append(s, 1) escapes to heap
./convpos_panic.go:7:23: make([]int, 1) escapes to heap:
./convpos_panic.go:7:23:   flow: {heap} = &{storage for make([]int, 1)}:
./convpos_panic.go:7:23:     from make([]int, 1) (spill) at ./convpos_panic.go:7:23
./convpos_panic.go:7:23:     from panic(make([]int, 1)) (call parameter) at ./convpos_panic.go:7:18
./convpos_panic.go:7:23: make([]int, 1) escapes to heap:
./convpos_panic.go:7:23:   flow: {storage for make([]int, 1)} = &{storage for make([]int, 1)}:
./convpos_panic.go:7:23:     from make([]int, 1) (spill) at ./convpos_panic.go:7:23
./convpos_panic.go:7:23:     from make([]int, 1) (interface-converted) at ./convpos_panic.go:7:23
./convpos_panic.go:7:23: make([]int, 1) escapes to heap
./convpos_panic.go:7:23: make([]int, 1) escapes to heap
./convpos_panic.go:8:27: T1(x) escapes to heap:
./convpos_panic.go:8:27:   flow: {heap} = &{storage for T1(x)}:
./convpos_panic.go:8:27:     from T1(x) (spill) at ./convpos_panic.go:8:27
./convpos_panic.go:8:27:     from panic(T1(x)) (call parameter) at ./convpos_panic.go:8:23
./convpos_panic.go:8:27: T1(x) escapes to heap
./convpos_panic.go:9:23: T1(5) escapes to heap:
./convpos_panic.go:9:23:   flow: {heap} = &{storage for T1(5)}:
./convpos_panic.go:9:23:     from T1(5) (spill) at ./convpos_panic.go:9:23
./convpos_panic.go:9:23:     from panic(T1(5)) (call parameter) at ./convpos_panic.go:9:23
./convpos_panic.go:9:23: T1(5) escapes to heap
./convpos_panic.go:10:34: ([]byte)(s) escapes to heap:
./convpos_panic.go:10:34:   flow: {heap} = &{storage for ([]byte)(s)}:
./convpos_panic.go:10:34:     from ([]byte)(s) (spill) at ./convpos_panic.go:10:34
./convpos_panic.go:10:34:     from panic(([]byte)(s)) (call parameter) at ./convpos_panic.go:10:26
./convpos_panic.go:10:33: ([]byte)(s) escapes to heap:
./convpos_panic.go:10:33:   flow: {storage for ([]byte)(s)} = &{storage for ([]byte)(s)}:
./convpos_panic.go:10:33:     from ([]byte)(s) (spill) at ./convpos_panic.go:10:33
./convpos_panic.go:10:33:     from ([]byte)(s) (interface-converted) at ./convpos_panic.go:10:34
./convpos_panic.go:10:9: s does not escape
./convpos_panic.go:10:34: ([]byte)(s) escapes to heap
./convpos_panic.go:10:33: ([]byte)(s) escapes to heap
./convpos_panic.go:11:25: g(x) escapes to heap:
./convpos_panic.go:11:25:   flow: {heap} = &{storage for g(x)}:
./convpos_panic.go:11:25:     from g(x) (spill) at ./convpos_panic.go:11:25
./convpos_panic.go:11:25:     from panic(g(x)) (call parameter) at ./convpos_panic.go:11:23
./convpos_panic.go:11:25: g(x) escapes to heap
./convpos_panic.go:12:30: cap(s) + 1 escapes to heap:
./convpos_panic.go:12:30:   flow: {heap} = &{storage for cap(s) + 1}:
./convpos_panic.go:12:30:     from cap(s) + 1 (spill) at ./convpos_panic.go:12:30
./convpos_panic.go:12:30:     from panic(cap(s) + 1) (call parameter) at ./convpos_panic.go:12:25
./convpos_panic.go:12:9: s does not escape
./convpos_panic.go:12:30: cap(s) + 1 escapes to heap
./convpos_panic.go:13:9: s does not escape
./convpos_panic.go:13:44: len(s) does not escape
./convpos_panic.go:14:33: m[1] escapes to heap:
./convpos_panic.go:14:33:   flow: {heap} = &{storage for m[1]}:
./convpos_panic.go:14:33:     from m[1] (spill) at ./convpos_panic.go:14:33
./convpos_panic.go:14:33:     from panic(m[1]) (call parameter) at ./convpos_panic.go:14:32
./convpos_panic.go:14:10: m does not escape
./convpos_panic.go:14:33: m[1] escapes to heap
