// panic(v) with a fmt.Stringer prints v.String(), after the deferred calls.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	defer func() {
		fmt.Println("deferred sees no recover:", 1)
	}()
	panic(Color(1))
}
