# command-line-arguments
./seed_allocs.go:10:2: res escapes to heap:
./seed_allocs.go:10:2:   flow: ~r0 = &res:
./seed_allocs.go:10:2:     from &res (address-of) at ./seed_allocs.go:11:9
./seed_allocs.go:10:2:     from return &res (return) at ./seed_allocs.go:11:2
./seed_allocs.go:10:2: moved to heap: res
./seed_allocs.go:14:14: y does not escape
