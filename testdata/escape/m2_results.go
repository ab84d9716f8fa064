package main

// Parameters leaking to results, at several deref levels.

type box struct{ p *int }

func id(p *int) *int             { return p } // ERROR "leaking param: p to result ~r0 level=0$"
func deref(pp **int) *int        { return *pp } // ERROR "leaking param: pp to result ~r0 level=1$"
func field(b *box) *int          { return b.p } // ERROR "leaking param: b to result ~r0 level=1$"
func both(p, q *int) (*int, *int) { return q, p } // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
func sliceOf(s []*int) *int       { return s[0] } // ERROR "leaking param: s to result ~r0 level=1$"
func named(p *int) (r *int)      { r = p; return } // ERROR "leaking param: p to result r level=0$"

func main() {
	x := 1
	p := &x
	b := box{p}
	s := []*int{p} // ERROR "\[\]\*int{...} does not escape$"
	a, c := both(id(p), deref(&p))
	println(*a, *c, *field(&b), *sliceOf(s), *named(p))
}
