// errorcheck -0 -m -l

// leaking param: p to result: the parameter flows only to a result of its function.
package main

type box struct {
	p *int
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func second(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

func field(b *box) *int { // ERROR "leaking param: b to result ~r0 level=1$"
	return b.p
}

func deref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func wrap(p *int) box { // ERROR "leaking param: p to result ~r0 level=0$"
	return box{p: p}
}

func main() {
	x := 1
	p := &x
	a, b := second(identity(&x), named(&x))
	bx := box{&x}
	println(*a, *b, *field(&bx), *deref(&p), *wrap(&x).p)
}
