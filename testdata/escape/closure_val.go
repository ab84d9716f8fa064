// errorcheck -0 -m -l

// A variable never reassigned (and at most 128 bytes) is captured by value: the closure
// copies it, so even an escaping closure leaves the variable on the stack.
package main

func constFn() func() int {
	k := 7
	return func() int { return k } // ERROR "func literal escapes to heap$"
}

func scaled(m int) func(int) int {
	return func(x int) int { return x * m } // ERROR "func literal escapes to heap$"
}

type big struct{ a [20]int }

// BAD: b is never reassigned after capture but is larger than 128 bytes, so it is
// captured by reference and moved to the heap.
func bigCapture() func() int {
	var b big // ERROR "moved to heap: b$"
	b.a[3] = 9
	return func() int { return b.a[3] } // ERROR "func literal escapes to heap$"
}

func pointerCapture() func() int {
	v := 3 // ERROR "moved to heap: v$"
	p := &v
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func main() {
	println(constFn()(), scaled(3)(4), bigCapture()(), pointerCapture()())
}
