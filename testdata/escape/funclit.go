// errorcheck -0 -m -l

// A func literal is a closure record: on the stack if it does not outlive the frame.
package main

var gf func() int

func called() int {
	f := func() int { return 1 } // ERROR "func literal does not escape$"
	return f()
}

func immediately() int {
	return func(a, b int) int { return a + b }(2, 3) // ERROR "func literal does not escape$"
}

func returned() func() int {
	return func() int { return 4 } // ERROR "func literal escapes to heap$"
}

func stored() {
	gf = func() int { return 5 } // ERROR "func literal escapes to heap$"
}

func apply(f func(int) int, x int) int { // ERROR "f does not escape$"
	return f(x)
}

func passed() int {
	return apply(func(x int) int { return x * 2 }, 6) // ERROR "func literal does not escape$"
}

func main() {
	stored()
	println(called(), immediately(), returned()(), gf(), passed())
}
