// Unnamed struct types that print alike but differ in an embedded field's name
// (through an alias) or type are different dynamic types.
package main

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

func kind(x interface{}) string {
	switch x.(type) {
	case A:
		return "A"
	case B:
		return "B"
	}
	return "?"
}

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y, x == interface{}(A{}), y == interface{}(B{1 - 1}))
	fmt.Println(kind(x), kind(y))
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Println(x == y)
	m := map[interface{}]int{A{}: 1, B{}: 2}
	fmt.Println(len(m), m[A{}], m[B{}])
}
