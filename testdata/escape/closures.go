package main

var sink func() int

func nested() int {
	a := 1
	b := 2
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { return a + b } // ERROR "func literal does not escape$"
		b++
		return g()
	}
	return f()
}

func esc() {
	x := 0 // ERROR "moved to heap: x$"
	sink = func() int { // ERROR "func literal escapes to heap$"
		return func() int { x++; return x }() // ERROR "func literal does not escape$"
	}
}

func loopc() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { println(j) }() // ERROR "func literal escapes to heap$"
	}
}

func direct() int {
	u := 0
	p := func() *int { return &u }() // ERROR "func literal does not escape$"
	*p = 42
	return u
}

func big() func() int {
	var arr [20]int // ERROR "moved to heap: arr$"
	return func() int { return arr[0] } // ERROR "func literal escapes to heap$"
}

func main() {
	_ = nested()
	esc()
	loopc()
	_ = direct()
	_ = big()
}
