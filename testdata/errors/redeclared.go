// Redeclarations and := with nothing new on the left.
package main

func f() {}

func f() {} // ERROR "f redeclared in this block\n\t.*redeclared.go:4:6: other declaration of f$"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block\n\t.*redeclared.go:9:2: other declaration of x$"
	x := 2 // ERROR "no new variables on left side of :=$"
	_ = x
}
