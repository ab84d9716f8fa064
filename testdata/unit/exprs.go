// dump: ast
// Operator precedence (five levels, left to right), unary operators,
// selectors and calls chained, composite literals with keys and elided
// types, &T{} and pointer dereference.
package p

type P struct{ x, y int }

func f(a, b, c int, p *P, ok bool) {
	_ = a + b*c<<1 - -a
	_ = a == b || a < c && !ok
	_ = a &^ b | c ^ ^a
	_ = *&p.x
	_ = &P{x: 1, y: 2}
	_ = []*P{{1, 2}, &P{}}
	_ = map[P][]int{{1, 2}: {3}}
	_ = f
}
