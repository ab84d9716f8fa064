// A generic type is outside the first milestone (this compiles with go).
package main

type Stack[T any] struct { // ERROR "not supported"
	items []T
}

func main() {
	var s Stack[int]
	println(len(s.items))
}
