package main

import "fmt"

type T struct{ a, b int }
type S struct {
	Name string
	p    *T
	f    float64
	x    []int
}

func main() {
	fmt.Println(1e6, 1e20, 1e21, 1e-5, 1.5, 3.141592653589793, 100000.0, 123456789.0, float32(0.1), 1e-4)
	fmt.Println(T{1, 2}, &T{1, 2}, []int{1, 2}, []int(nil), [2]bool{true, false})
	fmt.Printf("%v %+v %d %s %q %x %X\n", T{1, 2}, T{1, 2}, 42, "hi", "hi\n", 255, "hi")
	fmt.Printf("%d %!\n", "hi")
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, "a", 2.5)
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%x|%#x|%o|%#o|%b|\n", 42, 42, 42, 42, 42, -255, 255, 8, 8, 5)
	fmt.Printf("|%8.3f|%-8.2f|%e|%E|%g|%G|%.3g|%10.4e|\n", 3.14159, 2.5, 123456.789, 1e-7, 1e-7, 1e21, 1234.5678, 3.0)
	fmt.Printf("%c %U %q %#U %t %T %T %T\n", 'A', 0x1F600, 'x', 'x', true, 1, "s", T{})
	fmt.Printf("%v %d\n", S{"x", nil, 2.5, nil}, []int{1, 2})
	fmt.Printf("%s %v %x % x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), "hello")
	fmt.Printf("%6.2s| %-6s| %q\n", "hello", "ab", "日本\x01")
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Println(fmt.Sprint(1, 2, "x", 3), fmt.Sprintln("a", 1))
	var e error
	var p *int
	fmt.Println(e, p, nil)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%x %X %x\n", 3.5, -1, "")
	fmt.Printf("%08.3f|%-08d|%+.2e|%x\n", -3.14159, 5, 12345.678, []int{10, 11})
	fmt.Printf("%5t|%-7v|%3c|\n", true, []int{1}, 'z')
	fmt.Printf("%v %v %v %v\n", int8(-5), uint8(200), uint64(1<<63), float32(1)/3)
	fmt.Printf("%.0f %.0f %.1f %g %g %g\n", 0.5, 1.5, 0.05, 0.000001, 1e-7, 123456789.0)
	fmt.Println(1.0, -0.0, 2.0/3, float32(2.0)/3, 1e100, 5e-324)
}
