# command-line-arguments
./gotoloop.go:10:2: x escapes to heap:
./gotoloop.go:10:2:   flow: p = &x:
./gotoloop.go:10:2:     from &x (address-of) at ./gotoloop.go:11:6
./gotoloop.go:10:2:     from p = &x (assign) at ./gotoloop.go:11:4
./gotoloop.go:10:2: moved to heap: x
