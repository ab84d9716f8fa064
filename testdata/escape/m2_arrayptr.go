// An implicit * (p[i] for p *array) and an implicit & (slicing an array) are at the
// operand.
package main

var gs []int
var gp *int

type S struct{ arr [4]int }

func f(p *[4]*int) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	return p[1]
}

func g(p *[4]*int) { // ERROR "leaking param content: p$"
	gp = p[2]
}

func h(s *S) { // ERROR "leaking param: s$"
	gs = s.arr[:]
}

func k() {
	var s S // ERROR "moved to heap: s$"
	gs = s.arr[1:]
}

func main() {}
