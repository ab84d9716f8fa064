// Unused variables and imports are errors in Go.
package main

import (
	"fmt"
	"os" // ERROR "imported and not used: .os.$"
)

func main() {
	x := 1 // ERROR "x declared but not used$"
	var y int // ERROR "y declared but not used$"
	a, b := 2, 3 // ERROR "b declared but not used$"
	fmt.Println(a)
	for i := 0; i < 3; i++ {
		z := i // ERROR "z declared but not used$"
	}
}
