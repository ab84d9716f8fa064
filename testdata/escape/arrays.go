// errorcheck -0 -m -l

// Arrays are values: indexing an array is not a dereference, slicing one takes its address.
package main

var gs []int

func arrayOfPtrs(p *int) [2]*int { // ERROR "leaking param: p to result ~r0 level=0$"
	return [2]*int{p, nil}
}

func sliceOfArray() {
	var a [4]int // ERROR "moved to heap: a$"
	gs = a[:]
}

func sliceLocal() int {
	var a [4]int
	s := a[1:3]
	return len(s)
}

func arrayParam(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}

func arrayPtr(a *[3]int) int { // ERROR "a does not escape$"
	return a[0] + len(a)
}

func main() {
	x := 1
	sliceOfArray()
	b := [3]int{1, 2, 3}
	println(*arrayOfPtrs(&x)[0], len(gs), sliceLocal(), *arrayParam([3]*int{&x, &x, &x}), arrayPtr(&b))
}
