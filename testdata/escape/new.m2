# command-line-arguments
./new.go:11:12: new(int) escapes to heap:
./new.go:11:12:   flow: ~r0 = &{storage for new(int)}:
./new.go:11:12:     from new(int) (spill) at ./new.go:11:12
./new.go:11:12:     from return new(int) (return) at ./new.go:11:2
./new.go:11:12: new(int) escapes to heap
./new.go:15:10: new(int) does not escape
./new.go:21:12: new(point) escapes to heap:
./new.go:21:12:   flow: {heap} = &{storage for new(point)}:
./new.go:21:12:     from new(point) (spill) at ./new.go:21:12
./new.go:21:12:     from sink = new(point) (assign) at ./new.go:21:7
./new.go:21:12: new(point) escapes to heap
./new.go:25:10: new(point) does not escape
./new.go:33:11: new(int) does not escape
