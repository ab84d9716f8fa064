// dump: ast
// Methods: value and pointer receivers, unnamed and parenthesised ones,
// and a bodyless declaration marked //go:noescape.
package p

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t *T) Set(n int) { t.n = n }

func (*T) Reset() {}

func (T) Zero() (T) { return T{} }

//go:noescape
func memclr(p *byte, n uintptr)
