package main

// Allocations too large for the stack.

func bigArray() int {
	var a [100000]int
	a[5] = 1
	return a[5]
}

func bigMake() int {
	s := make([]byte, 70000) // ERROR "make\(\[\]byte, 70000\) escapes to heap$"
	return len(s)
}

func bigNew() int {
	p := new([20000]int) // ERROR "new\(\[20000\]int\) escapes to heap$"
	return p[3]
}

func main() {
	println(bigArray(), bigMake(), bigNew())
}
