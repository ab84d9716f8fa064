package main

import "fmt"

func main() {
	fmt.Println("out 1")
	println(1.5, -2, true, "str", uint64(18446744073709551615), 0.1, 1e300, -0.0, 1e-300, 123456789.0)
	fmt.Print("out 2 (no newline) ")
	print("a", 1, 2, "\n")
	var p *int
	println(p, p)
	fmt.Println("out 3")
	println(float32(3.3), 9.9999999, 5e-324)
}
