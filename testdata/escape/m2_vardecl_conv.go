package main

// var a, b T = x, y converting to interfaces: each conversion is at the last name the
// values mention, counted from the first declared name.

import "fmt"

type Celsius float64

func (c Celsius) String() string { return "C" }

type pair struct{ a, b int }

func main() {
	var a, b interface{} = 3, 3 // ERROR "3 does not escape$"
	var s1, s2 fmt.Stringer = Celsius(1), Celsius(1) // ERROR "Celsius\(1\) does not escape$" "Celsius\(1\) escapes to heap$"
	var p1, p2 interface{} = pair{1, 2}, pair{1, 2} // ERROR "pair{...} does not escape$" "pair{...} escapes to heap$"
	x := 4
	var i, j interface{} = x, 5 // ERROR "5 escapes to heap$" "x escapes to heap$"
	fmt.Println(a == b, s1 == s2, s1, p1 == p2, p1, i, j) // ERROR "... argument does not escape$" "a == b escapes to heap$" "p1 == p2 escapes to heap$" "s1 == s2 escapes to heap$"
}
