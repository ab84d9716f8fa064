# command-line-arguments
./seed_foo.go:4:6: x escapes to heap:
./seed_foo.go:4:6:   flow: ~r0 = &x:
./seed_foo.go:4:6:     from &x (address-of) at ./seed_foo.go:5:9
./seed_foo.go:4:6:     from return &x (return) at ./seed_foo.go:5:2
./seed_foo.go:4:6: moved to heap: x
