// errorcheck -0 -m -l

// Slice literals allocate a backing array; array and struct literals are plain values.
package main

type pair struct{ a, b int }

var gs []int

func sliceEscapes() []int {
	return []int{1, 2, 3} // ERROR "\[\]int{...} escapes to heap$"
}

func sliceStays() int {
	s := []int{4, 5, 6} // ERROR "\[\]int{...} does not escape$"
	return s[0] + s[2]
}

func sliceToGlobal() {
	gs = []int{7, 8} // ERROR "\[\]int{...} escapes to heap$"
}

func arrayValue() [3]int {
	a := [3]int{1, 2, 3}
	return a
}

func structValue() pair {
	p := pair{1, 2}
	return p
}

func sliceOfPairs() int {
	ps := []pair{{1, 2}, {3, 4}} // ERROR "\[\]pair{...} does not escape$"
	return ps[1].a
}

func sliceOfPtrs() []*pair {
	return []*pair{{5, 6}} // ERROR "&pair{...} escapes to heap$" "\[\]\*pair{...} escapes to heap$"
}

func main() {
	sliceToGlobal()
	println(len(sliceEscapes()), sliceStays(), gs[1], arrayValue()[2], structValue().b)
	println(sliceOfPairs(), sliceOfPtrs()[0].b)
}
