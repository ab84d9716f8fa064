// errorcheck -0 -m -l

// String concatenation allocates its result; the operands never escape through it.
package main

var last string

func join(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func joinLen(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	return len(a + b) // ERROR "a \+ b does not escape$"
}

func joinThree(a, b, c string) { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	last = a + "-" + b + "-" + c // ERROR "a \+ .-. \+ b \+ .-. \+ c escapes to heap$"
}

func appendLoop(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "a"
	}
	return s
}

func compare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a+b == "ab" // ERROR "a \+ b does not escape$"
}

func main() {
	joinThree("x", "y", "z")
	println(join("go", "front"), joinLen("ab", "cd"), last, appendLoop(3), compare("a", "b"))
}
