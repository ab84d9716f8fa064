// Syntax errors: the parser names what it expected and what it found.
package main

func main() {
	x := 1
	if x == 1 {
		x = x +
	} // ERROR "syntax error: unexpected }, expecting expression$"
	y := := 2 // ERROR "syntax error: unexpected :=, expecting expression$"
	for i := 0; i < 3; i++ { // ERROR "syntax error: unexpected for at end of statement$"
}
