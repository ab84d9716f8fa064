package main

// Closures capturing by reference (assigned or address-taken, or big) and by value.

func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func big() func() int {
	var a [200]int // ERROR "moved to heap: a$"
	return func() int { return a[10] } // ERROR "func literal escapes to heap$"
}

func small() func() int {
	k := 42
	return func() int { return k } // ERROR "func literal escapes to heap$"
}

func main() {
	c := counter()
	c()
	println(c(), big()(), small()())
}
