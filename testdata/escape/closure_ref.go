// errorcheck -0 -m -l

// A variable reassigned inside or after a closure is captured by reference: when the
// closure escapes, the variable moves to the heap.
package main

func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func localCounter() int {
	c := 0
	inc := func() { c++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return c
}

func accumulate(xs []int) int { // ERROR "xs does not escape$"
	sum := 0
	add := func(x int) { sum += x } // ERROR "func literal does not escape$"
	for _, x := range xs {
		add(x)
	}
	return sum
}

func makeAdder() (func(int), func() int) {
	total := 0 // ERROR "moved to heap: total$"
	return func(d int) { total += d }, func() int { return total } // ERROR "func literal escapes to heap$"
}

func main() {
	c := counter()
	c()
	println(c(), localCounter(), accumulate([]int{1, 2, 3})) // ERROR "\[\]int{...} does not escape$"
	add, get := makeAdder()
	add(5)
	add(6)
	println(get())
}
