// Invalid operations: calling a non-function, dereferencing a non-pointer, bad operands.
package main

type T struct{ x int }

func main() {
	n := 5
	n() // ERROR "invalid operation: cannot call non-function n \(variable of type int\)$"
	_ = *n // ERROR "invalid operation: cannot indirect n \(variable of type int\)$"
	s := "str"
	s[0] = 'S' // ERROR "cannot assign to s\[0\] \(value of type byte\)$"
	_ = s - "t" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)$"
	t := T{1}
	_ = t + t // ERROR "invalid operation: operator \+ not defined on t \(variable of type T\)$"
	_ = t < t // ERROR "invalid operation: t < t \(operator < not defined on struct\)$"
	var arr [3]int
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]$"
	_ = &4 // ERROR "invalid operation: cannot take address of 4 \(untyped int constant\)$"
}
