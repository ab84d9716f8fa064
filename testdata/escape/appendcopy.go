// errorcheck -0 -m -l

// append returns its first operand's array; appended pointers go to the heap.
package main

func appendInts(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v)
}

func appendPtrs(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: p$" "leaking param: s to result ~r0 level=0$"
	return append(s, p)
}

func localAppend() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2, 3)
	return len(s)
}

func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func appendSlice(a, b []int) []int { // ERROR "b does not escape$" "leaking param: a to result ~r0 level=0$"
	return append(a, b...)
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	s := appendInts(nil, 3)
	ps := appendPtrs(nil, &x)
	d := make([]int, 2) // ERROR "make\(\[\]int, 2\) does not escape$"
	dp := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	println(len(s), *ps[0], localAppend(), copyInts(d, []int{1, 2, 3}), copyPtrs(dp, ps)) // ERROR "\[\]int{...} does not escape$"
	println(len(appendSlice([]int{1}, []int{2, 3}))) // ERROR "\[\]int{...} does not escape$"
}
