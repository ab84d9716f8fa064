package main

type S struct {
	buf []byte
	p   *int
	q   *int
}

func (s *S) trim(n int) { s.buf = s.buf[n:] } // ERROR "\(\*S\).trim ignoring self-assignment in s.buf = s.buf\[n:\]$" "s does not escape$"
func (s *S) swap()      { s.p = s.q } // ERROR "\(\*S\).swap ignoring self-assignment in s.p = s.q$" "s does not escape$"

type Pt struct{ X, Y int }

func (p Pt) Sum() int   { return p.X + p.Y }
func (p *Pt) Move(d int) { p.X += d } // ERROR "p does not escape$"

var gs []*int
var gm map[string]*int

func ranges(s []*int, a [3]*int) { // ERROR "a does not escape$" "leaking param content: s$"
	for _, v := range s {
		gs = append(gs, v)
	}
	for i := range a {
		_ = i
	}
}

func maps(k string, v *int) { // ERROR "leaking param: k$" "leaking param: v$"
	m := map[string]*int{k: v} // ERROR "map\[string\]\*int{...} escapes to heap$"
	gm = m
	n := make(map[string]int, 4) // ERROR "make\(map\[string\]int, 4\) does not escape$"
	n[k] = 1
	_, ok := n["x"]
	_ = ok
}

func labels() *int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	_ = p
	return nil
}

func copies(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func methods() int {
	p := Pt{1, 2}
	p.Move(3)
	f := p.Sum // ERROR "p.Sum does not escape$"
	return f() + p.Sum()
}

func tswitch(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	switch v := i.(type) {
	case *int:
		return v
	case int:
		return nil
	}
	return nil
}

func strs(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	t := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	u := string(t) // ERROR "string\(t\) escapes to heap$"
	return u
}

func multi() (*int, *int) {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	return &x, &y
}

func usemulti() {
	a, b := multi()
	_ = a
	_ = b
}

func main() {
	var s S
	s.trim(1)
	s.swap()
	ranges(nil, [3]*int{})
	maps("a", nil)
	_ = labels()
	_ = copies(nil, nil)
	_ = methods()
	_ = tswitch(nil)
	_ = strs("a", "b")
	usemulti()
}
