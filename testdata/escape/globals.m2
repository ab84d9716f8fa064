# command-line-arguments
./globals.go:14:10: xs does not escape
./globals.go:7:13: new(int) escapes to heap:
./globals.go:7:13:   flow: {heap} = &{storage for new(int)}:
./globals.go:7:13:     from new(int) (spill) at ./globals.go:7:13
./globals.go:7:13:     from gp = new(int) (assign) at ./globals.go:7:5
./globals.go:7:13: new(int) escapes to heap
./globals.go:10:15: ... argument does not escape
