package main

var sink interface{}

func rng(s []int) { // ERROR "s does not escape$"
	var p *int
	for _, v := range s {
		p = &v
	}
	_ = p
}

func ab() *int {
	a, b := 1, 2
	f := func() int { return a + b } // ERROR "func literal does not escape$"
	_ = f()
	var c int
	c = 3
	g := func() int { return c } // ERROR "func literal escapes to heap$"
	sink = g
	return nil
}

func use(p *int, s []int) {} // ERROR "p does not escape$" "s does not escape$"

func gw() {
	x := 0 // ERROR "moved to heap: x$"
	go use(&x, []int{1, 2}) // ERROR "\[\]int{...} does not escape$"
}

func main() {}
