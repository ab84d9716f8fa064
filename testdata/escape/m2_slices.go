package main

// Slices: make with constant and variable sizes, append, slicing arrays.

var keep []int

func constMake() int {
	s := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape$"
	return len(s)
}

func varMake(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func appendEscape(x int) {
	keep = append(keep, x)
}

func sliceArray() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[1:3]
}

func ptrArray(p *[4]int) int { // ERROR "p does not escape$"
	return p[2]
}

func main() {
	appendEscape(1)
	var arr [4]int
	println(constMake(), varMake(3), len(sliceArray()), ptrArray(&arr), len(keep))
}
