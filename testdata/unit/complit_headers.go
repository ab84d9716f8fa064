// dump: ast
// Composite literal or block?  In if/for/switch headers a literal whose type
// is a bare or qualified name must be parenthesised; type literals ([]T,
// map, struct) may stand bare; inside ( ) and [ ] the rule is lifted.
package p

type T struct{ a int }

func f(x T, m map[string]T) {
	if x == (T{1}) {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	switch (T{}) {
	case x:
	}
	if y := m["k"]; y == x {
	}
	for i := len([]T{{1}}); i > 0; i-- {
	}
	if f := func() bool { return T{2}.a == 2 }; f() {
	}
	_ = T{a: 1}
}
