package main

// A send prints its value at precedence 4 (out <- (s + "!")); slicing an array is an
// implicit & at the last name of the slice expression (tmp[:n]: n).

import "fmt"

func main() {
	out := make(chan string, 1)
	g := func(s string) { out <- s + "!" } // ERROR "func literal does not escape$" "s \+ .!. escapes to heap$" "s does not escape$"
	g("hi")
	fmt.Println(<-out) // ERROR "... argument does not escape$" "<-out escapes to heap$"
	for _, r := range []rune{'a', 'b'} { // ERROR "\[\]rune{...} does not escape$"
		var tmp [4]byte // ERROR "moved to heap: tmp$"
		n := copy(tmp[:], string(r)) // ERROR "string\(r\) does not escape$"
		fmt.Println(tmp[:n]) // ERROR "... argument does not escape$" "tmp\[:n\] escapes to heap$"
	}
}
