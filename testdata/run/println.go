// The builtins print and println write to stderr, in their own formats.
package main

type pt struct{ x int }

func main() {
	println("hello", 42, -7, true, false)
	print("no newline", 1, 2, "\n")
	var i8 int8 = -128
	var u uint64 = 18446744073709551615
	println(i8, u, 'x', "")
	println(3.5, 1e21, -0.25, 100.0)
	var p *pt
	println(p == nil)
	s := []int{1, 2}
	println(len(s), cap(s))
	println()
	println("done")
}
