// dump: ast
// Index and slice expressions (2- and 3-index, omitted bounds), and
// conversions that look like calls: []byte(s), (*T)(p), string(r).
package p

type T int

func f(a []int, s string, p *int) {
	_ = a[1]
	_ = a[1:]
	_ = a[:2]
	_ = a[:]
	_ = a[1:2:3]
	_ = a[:2:3]
	_ = []byte(s)[0]
	_ = (*T)(nil)
	_ = string(rune(65))
	_ = [...]int{1, 2, 3}[1]
}
