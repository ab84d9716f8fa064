// Composite literal and declaration errors students meet.
package main

type P struct{ X, Y int }

func main() {
	a := P{1} // ERROR "too few values in P{…}$"
	b := P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal$"
	c := P{Z: 3} // ERROR "unknown field 'Z' in struct literal of type P$"
	d := [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)$"
	e := [-1]int{} // ERROR "invalid array length -1 \(untyped int constant\)$"
	f := []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal$"
	switch 1 {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch\n\t.*composite.go:14:7: previous case$"
	}
	_, _, _, _, _, _ = a, b, c, d, e, f
}
