// How fmt prints floats and some other values with %v and Println.
package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	fmt.Println(1000000.0, 100000.0, 123456789.0, 0.000001, 0.0000001, 1.0, -0.5)
	fmt.Println(float32(0.1), float32(16777217), float32(1e10), 3.0e-5)
	fmt.Println(2.5e20, 2.5e21, 1.0/3, 2.0/3)
	fmt.Printf("%v %g %G %e %E %.3g %.0f %.1f\n", 1e6, 1e6, 1e-9, 123.456, 0.000123, 123456.0, 2.5, 0.05)
	fmt.Printf("%8.3f|%-8.2f|%+.2f|% .2f|%08.3f\n", 3.14159, 2.5, 1.0, 1.0, -3.14159)
	fmt.Printf("%x %X %o %b %c %q %U\n", -42, 3054, 8, -5, 65, 'x', 0x1F600)
	fmt.Printf("%5t|%-7v|%3s|%.2s|%5.1s|\n", true, false, "abcdef", "abcdef", "xyz")
	p := &pair{1, "one"}
	fmt.Println(p, *p, []*int(nil) == nil)
	fmt.Printf("%v %+v\n", p, p)
	var np *pair
	fmt.Println(np)
	fmt.Printf("%v %d %s\n", []string{"a"}, [3]int{1, 2, 3}, []string{"x", "y"})
	fmt.Printf("%6d|%-6d|%x|%X\n", -12, -12, "Hi", []byte("Hi"))
	fmt.Printf("%3d|%3d|%3d\n", 1, 22, 4444)
	fmt.Println(fmt.Sprintf("%T %T %T %T", p, np, 'x', [2]bool{}))
}
