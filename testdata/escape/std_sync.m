# command-line-arguments
./std_sync.go:9:6: moved to heap: wg
./std_sync.go:10:6: moved to heap: mu
./std_sync.go:11:2: moved to heap: total
./std_sync.go:14:6: func literal escapes to heap
./std_sync.go:26:6: moved to heap: mu
./std_sync.go:38:7: leaking param: c
./std_sync.go:45:6: moved to heap: o
./std_sync.go:47:7: func literal does not escape
./std_sync.go:52:7: &counter{} escapes to heap
./std_sync.go:54:13: ... argument does not escape
./std_sync.go:54:19: count(4) escapes to heap
./std_sync.go:54:32: lockOnly() escapes to heap
./std_sync.go:54:37: c.n escapes to heap
./std_sync.go:54:45: once() escapes to heap
