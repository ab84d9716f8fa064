package main

var g *int

func even(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		g = p
		return nil
	}
	return even(p, n-1)
}

func self(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return self(p, n-1)
}

func later(p *int) (r *int) { // ERROR "leaking param: p$"
	b := 0 // ERROR "moved to heap: b$"
	f := func(q *int) *int { // ERROR "func literal does not escape$" "leaking param: q to result ~r0 level=0$"
		c := 0 // ERROR "moved to heap: c$"
		_ = &c
		g = &c
		return q
	}
	_ = f(p)
	g = &b
	return
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	_ = even(&x, 3)
	y := 2
	_ = self(&y, 2)
	_ = later(nil)
}
