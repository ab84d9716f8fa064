// fmt.Printf verbs, widths, precisions and flags.
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%#x\n", n, n, n, n, n, n, 255, n, n, n)
	fmt.Printf("%d %d\n", -n, int8(-5))
	s := "go"
	fmt.Printf("%s|%5s|%-5s|%q|%v|%x\n", s, s, s, s, s, s)
	f := 3.14159
	fmt.Printf("%f|%.2f|%8.3f|%e|%g|%v\n", f, f, f, f, f, f)
	fmt.Printf("%v %v %v\n", 1e21, 1e-7, 2.0)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%c%c%c %U\n", 'G', 'o', '!', '世')
	p := P{1, 2, "s"}
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Printf("%v %v\n", []int{1, 2, 3}, [2]string{"a", "b"})
	fmt.Printf("%T %T %T %T %T\n", n, s, f, p, []int{})
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%v %d\n", &n == nil, []int{4, 5})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%6.2f|%-8.1f|\n", 2.0/3, -1.25)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	var u8 uint8 = 200
	fmt.Printf("%d %v %x\n", u8, u8, u8)
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%x % x\n", "hi", []byte{1, 171})
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
}
