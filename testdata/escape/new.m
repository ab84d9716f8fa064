# command-line-arguments
./new.go:11:12: new(int) escapes to heap
./new.go:15:10: new(int) does not escape
./new.go:21:12: new(point) escapes to heap
./new.go:25:10: new(point) does not escape
./new.go:33:11: new(int) does not escape
