// Undefined names: variables, functions, types, fields and methods.
package main

type Point struct{ X, Y int }

func main() {
	a := b + 1 // ERROR "undefined: b$"
	undefinedFunc(a) // ERROR "undefined: undefinedFunc$"
	var t T // ERROR "undefined: T$"
	p := Point{1, 2}
	_ = p.Z // ERROR "p.Z undefined \(type Point has no field or method Z\)$"
	p.Move() // ERROR "p.Move undefined \(type Point has no field or method Move\)$"
	_ = t
}
