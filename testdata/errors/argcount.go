// Calls with the wrong number of arguments, and results used wrongly.
package main

func add(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func none() {}

func main() {
	_ = add(1) // ERROR "not enough arguments in call to add\n\thave \(number\)\n\twant \(int, int\)$"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add\n\thave \(number, number, number\)\n\twant \(int, int\)$"
	x := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values$"
	a, b, c := pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values$"
	_ = none() // ERROR "none\(\) \(no value\) used as value$"
	_, _, _, _ = x, a, b, c
}
