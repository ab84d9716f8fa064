# command-line-arguments
./m2_vardecl_conv.go:15:6: 3 does not escape
./m2_vardecl_conv.go:15:6: 3 does not escape
./m2_vardecl_conv.go:16:6: Celsius(1) escapes to heap
./m2_vardecl_conv.go:16:6: Celsius(1) does not escape
./m2_vardecl_conv.go:17:43: pair{...} escapes to heap
./m2_vardecl_conv.go:17:43: pair{...} does not escape
./m2_vardecl_conv.go:19:25: x escapes to heap
./m2_vardecl_conv.go:19:25: 5 escapes to heap
./m2_vardecl_conv.go:20:13: ... argument does not escape
./m2_vardecl_conv.go:20:16: a == b escapes to heap
./m2_vardecl_conv.go:20:25: s1 == s2 escapes to heap
./m2_vardecl_conv.go:20:39: p1 == p2 escapes to heap
