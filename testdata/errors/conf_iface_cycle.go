// Interfaces that embed themselves, directly or through others, are invalid
// recursive types (a method mentioning the interface is fine).
package main

type A interface{ m() B }
type B interface{ A }

type C interface { // ERROR "invalid recursive type C\n\t.*C refers to\n\t.*D refers to\n\t.*E refers to\n\t.*C$"
	D
	n()
}
type D interface{ E }
type E interface{ C }

type I interface{ I } // ERROR "invalid recursive type I\n\t.*I refers to\n\t.*I$"

func main() {}
