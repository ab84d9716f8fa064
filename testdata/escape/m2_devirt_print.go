package main

// After devirtualization gc prints the call as the static method call it became:
// T.M(x.(T), args), with the embedded fields on the way.

import "fmt"

type Counter interface {
	Add(s string)
	Has(s string) bool
}

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true } // ERROR "leaking param: k$" "s does not escape$"
func (s Set) Has(k string) bool { return s[k] } // ERROR "k does not escape$" "s does not escape$"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Square struct{ Rect }

type Shape interface{ Area() int }

func main() {
	s := Set{} // ERROR "Set{} does not escape$"
	var c Counter = s
	c.Add("a") // ERROR "devirtualizing c.Add to Set$"
	fmt.Println(c.Has("a"), c.Has("z")) // ERROR "... argument does not escape$" "Set.Has\(c.\(Set\), .a.\) escapes to heap$" "Set.Has\(c.\(Set\), .z.\) escapes to heap$" "devirtualizing c.Has to Set$"
	var sh Shape = Square{Rect{2, 2}} // ERROR "Square{...} does not escape$"
	fmt.Println(sh.Area()) // ERROR "... argument does not escape$" "Rect.Area\(sh.\(Square\).Rect\) escapes to heap$" "devirtualizing sh.Area to Square$"
}
