package main

// gc's (*T).M wrappers for value methods: explained at -m=2 only.

type Point struct{ X, Y *int }

func (p Point) GetX() *int           { return p.X } // ERROR "leaking param: p to result ~r0 level=0$"
func (p Point) Both() (*int, *int)   { return p.X, p.Y } // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: p to result ~r1 level=0$"
func (p Point) Store(q *int)         { sink = q } // ERROR "leaking param: q$" "p does not escape$"
func (p Point) Sum(vs ...*int) int   { return len(vs) } // ERROR "p does not escape$" "vs does not escape$"
func (p *Point) SetX(x *int)         { p.X = x } // ERROR "leaking param: x$" "p does not escape$"
func (p Point) scale(k int) int      { return k } // ERROR "p does not escape$"

var sink *int

func main() {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	p := Point{&x, &y}
	p.SetX(p.GetX())
	a, b := p.Both()
	p.Store(a)
	println(*a, *b, p.Sum(a, b), p.scale(2)) // ERROR "... argument does not escape$"
}
