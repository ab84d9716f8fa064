package main

// Variadic calls: the ... slice.

var keep []*int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func store(ps ...*int) { // ERROR "leaking param: ps$"
	keep = ps
}

func spread(xs []int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	store(&a, &b) // ERROR "... argument escapes to heap$"
	println(sum(1, 2, 3), spread([]int{4, 5}), len(keep)) // ERROR "... argument does not escape$" "\[\]int{...} does not escape$"
}
