// errorcheck -0 -m -l

// A variadic call builds a hidden slice, reported as "... argument".
package main

var kept []int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs ...int) { // ERROR "leaking param: xs$"
	kept = xs
}

func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

func callSum() int {
	return sum(1, 2, 3) // ERROR "... argument does not escape$"
}

func callKeep() {
	keep(4, 5) // ERROR "... argument escapes to heap$"
}

func callFirst() int {
	a, b := 1, 2
	return *first(&a, &b) // ERROR "... argument does not escape$"
}

func spread(s []int) int { // ERROR "s does not escape$"
	return sum(s...)
}

func main() {
	callKeep()
	println(callSum(), kept[1], callFirst(), spread([]int{6, 7}), sum()) // ERROR "\[\]int{...} does not escape$"
}
