// Unbalanced braces: a function is never closed.
package main

func f() {
	if true {
		println("x")
	}

func main() { // ERROR "syntax error: unexpected main, expecting \($"
	f()
}
