// Assignment errors: counts, non-addressable and constant left sides.
package main

const K = 1

func pair() (int, int) { return 1, 2 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value$"
	var c int = pair() // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context$"
	K = 2 // ERROR "cannot assign to K \(untyped int constant 1\)$"
	"s" = "t" // ERROR "cannot assign to .s. \(untyped string constant\)$"
	d, e := pair(), 3 // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context$"
	_, _, _, _, _ = a, b, c, d, e
}
