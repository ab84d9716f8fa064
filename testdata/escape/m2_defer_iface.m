# command-line-arguments
./m2_defer_iface.go:9:7: t does not escape
./m2_defer_iface.go:10:7: t does not escape
./m2_defer_iface.go:12:9: leaking param: m
./m2_defer_iface.go:16:9: leaking param: m
./m2_defer_iface.go:20:9: t does not escape
./m2_defer_iface.go:24:9: t does not escape
./m2_defer_iface.go:28:9: leaking param: m
./m2_defer_iface.go:28:14: x does not escape
./m2_defer_iface.go:29:13: y does not escape
./m2_defer_iface.go:29:8: func literal does not escape
