// Type mismatches in declarations, operators, assignments, calls and returns.
package main

func half(x float64) float64 { return x / 2 }

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement$"
}

func main() {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration$"
	n := 3
	f := 1.5
	_ = n + f // ERROR "invalid operation: n \+ f \(mismatched types int and float64\)$"
	_ = s + n // ERROR "invalid operation: s \+ n \(mismatched types string and int\)$"
	n = "three" // ERROR "cannot use .three. \(untyped string constant\) as int value in assignment$"
	_ = half(n) // ERROR "cannot use n \(variable of type int\) as type float64 in argument to half$"
	var b bool = n // ERROR "cannot use n \(variable of type int\) as type bool in variable declaration$"
	_ = b
	if n { // ERROR "non-boolean condition in if statement$"
	}
	_ = !n // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)$"
}
