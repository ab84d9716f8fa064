# command-line-arguments
./m2_devirt_print.go:29:7: devirtualizing c.Add to Set
./m2_devirt_print.go:30:19: devirtualizing c.Has to Set
./m2_devirt_print.go:30:31: devirtualizing c.Has to Set
./m2_devirt_print.go:32:21: devirtualizing sh.Area to Square
./m2_devirt_print.go:15:7: s does not escape
./m2_devirt_print.go:15:18: leaking param: k
./m2_devirt_print.go:16:7: s does not escape
./m2_devirt_print.go:16:18: k does not escape
./m2_devirt_print.go:27:10: Set{} does not escape
./m2_devirt_print.go:30:13: ... argument does not escape
./m2_devirt_print.go:30:19: Set.Has(c.(Set), "a") escapes to heap
./m2_devirt_print.go:30:31: Set.Has(c.(Set), "z") escapes to heap
./m2_devirt_print.go:31:28: Square{...} does not escape
./m2_devirt_print.go:32:13: ... argument does not escape
./m2_devirt_print.go:32:21: Rect.Area(sh.(Square).Rect) escapes to heap
