// errorcheck -0 -m -l

// moved to heap: a local variable whose address outlives its function.
package main

var gp *int

func retAddr() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func storeGlobal() {
	y := 2 // ERROR "moved to heap: y$"
	gp = &y
}

func addrNoEscape() int {
	z := 3
	p := &z
	return *p + 1
}

func paramMoved(n int) *int { // ERROR "moved to heap: n$"
	return &n
}

func resultMoved() (r int, p *int) { // ERROR "moved to heap: r$"
	r = 4
	p = &r
	return
}

func twoLevels() **int {
	a := 5 // ERROR "moved to heap: a$"
	pa := &a // ERROR "moved to heap: pa$"
	return &pa
}

func main() {
	println(*retAddr())
	storeGlobal()
	println(*gp, addrNoEscape(), *paramMoved(7))
	r, p := resultMoved()
	println(r, *p, **twoLevels())
}
