// errorcheck -0 -m -l

// Package-level initialisers: an allocation there always escapes (it is reachable from a
// global), and it is reported from the generated init function, after the other lines.
package main

var gp = new(int) // ERROR "new\(int\) escapes to heap$"
var gs = []int{1, 2, 3}
var gn = &node{v: 1}
var gsum = sum(4, 5) // ERROR "... argument does not escape$"

type node struct{ v int }

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func set(v int) {
	*gp = v
}

func main() {
	set(4)
	println(*gp, gs[2], gn.v, gsum)
}
