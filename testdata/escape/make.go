// errorcheck -0 -m -l

// make([]T, n): a constant small size stays on the stack; a variable or large one does not.
package main

// BAD: a small n would fit on the stack; gc (and gofront, to match) heap-allocate
// every non-constant size (golang/go#20533).
func makeVar(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeConst() int {
	s := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape$"
	s[3] = 3
	return s[3]
}

func makeLenCap() int {
	s := make([]int, 0, 16) // ERROR "make\(\[\]int, 0, 16\) does not escape$"
	s = append(s, 1)
	return len(s) + cap(s)
}

func makeBig() int {
	s := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(s)
}

func makeReturned() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

const size = 10

func makeNamedConst() int {
	b := make([]byte, size) // ERROR "make\(\[\]byte, size\) does not escape$"
	return len(b)
}

func makeVarCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	return cap(s)
}

func main() {
	println(makeVar(3), makeConst(), makeLenCap(), makeBig(), len(makeReturned()))
	println(makeNamedConst(), makeVarCap(5))
}
