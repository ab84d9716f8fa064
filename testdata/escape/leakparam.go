// errorcheck -0 -m -l

// leaking param: the parameter's value itself reaches the heap.
package main

var gp *int
var gs []int

func leak(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func leakSlice(s []int) { // ERROR "leaking param: s$"
	gs = s
}

func leakOne(p, q *int) int { // ERROR "leaking param: p$" "q does not escape$"
	gp = p
	return *q
}

func leakViaLocal(p *int) { // ERROR "leaking param: p$"
	t := p
	gp = t
}

func main() {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	leak(&x)
	leakSlice([]int{3}) // ERROR "\[\]int{...} escapes to heap$"
	println(leakOne(&x, &y))
	leakViaLocal(&y)
	println(*gp, gs[0])
}
