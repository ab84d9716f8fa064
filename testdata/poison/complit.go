// force-stack: 15
// A composite literal that escapes (to a global), wrongly kept on the stack:
// -d checkescape must catch the read through the dangling pointer.
package main

type T struct {
	p *int
	v int
}

var g *T

func mk(n int) {
	x := n * 2
	g = &T{p: &x, v: n}
}

func main() {
	mk(21)
	println(*g.p)
}
