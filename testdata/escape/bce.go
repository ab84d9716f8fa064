// errorcheck -0 -m -l

// "index bounds check elided" is the one -m line from walk, printed after all the escape
// lines: an array index that provably fits needs no bounds check.
package main

func mask(i int) int {
	var a [8]int
	a[3] = 4
	return a[i&7] // ERROR "index bounds check elided$"
}

func umod(i uint) int {
	var a [16]int
	return a[i%16] // ERROR "index bounds check elided$"
}

func byteIndex(b byte) int {
	var t [256]int
	t[7] = 1
	return t[b] // ERROR "index bounds check elided$"
}

func unknown(i int) int {
	var a [8]int
	return a[i]
}

func main() {
	println(mask(11), umod(37), byteIndex(7), unknown(3))
}
