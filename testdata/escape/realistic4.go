// gofront: no -m=2 golden: gc writes ReadWriter's type descriptor in an earlier
// reflectdata round than Logger's, so their interface wrappers are explained in another
// order than esc_wrap.c's sorted one.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Logger interface {
	Log(string)
}

type ReadWriter interface {
	Logger
	Write(p []byte) (int, error)
}

type buf struct {
	data []byte
	log  []string
}

func (b *buf) Log(s string)                  { b.log = append(b.log, s) } // ERROR "leaking param content: b$" "leaking param: s$"
func (b *buf) Write(p []byte) (int, error)    { b.data = append(b.data, p...); return len(p), nil } // ERROR "leaking param content: b$" "p does not escape$"
func (b buf) String() string                  { return string(b.data) } // ERROR "b does not escape$" "string\(b.data\) escapes to heap$"

var ErrEmpty = errors.New("empty")

type Account struct {
	Balance int
	History []int
}

func (a *Account) Deposit(n int) error { // ERROR "leaking param content: a$"
	if n <= 0 {
		return fmt.Errorf("bad amount %d", n) // ERROR "... argument does not escape$" "n escapes to heap$"
	}
	a.Balance += n
	a.History = append(a.History, n)
	return nil
}

func safeDiv(a, b int) (res int, err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "... argument does not escape$"
		}
	}()
	res = a / b
	return
}

func each(xs []string, f func(int, string)) { // ERROR "f does not escape$" "leaking param content: xs$"
	for i, x := range xs {
		f(i, x)
	}
}

func process(rw ReadWriter, lines []string) { // ERROR "leaking param content: lines$" "leaking param: rw$"
	for _, l := range lines {
		rw.Log(l)
		rw.Write([]byte(l)) // ERROR "\(\[\]byte\)\(l\) escapes to heap$"
	}
}

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k } // ERROR "p does not escape$"

func newPoints(n int) []*Point {
	ps := make([]*Point, 0, n) // ERROR "make\(\[\]\*Point, 0, n\) escapes to heap$"
	for i := 0; i < n; i++ {
		p := Point{i, i} // ERROR "moved to heap: p$"
		ps = append(ps, &p)
	}
	return ps
}

func sumPoints(ps []Point) Point { // ERROR "ps does not escape$"
	var s Point
	for _, p := range ps {
		s = s.Add(p)
	}
	return s
}

func main() {
	b := &buf{} // ERROR "&buf{} escapes to heap$"
	process(b, []string{"a", "b"}) // ERROR "\[\]string{...} does not escape$"
	fmt.Println(b.String(), len(b.log)) // ERROR "... argument does not escape$" "buf.String\(b\) escapes to heap$" "len\(b.log\) escapes to heap$"
	acc := Account{}
	if err := acc.Deposit(-1); err != nil {
		fmt.Fprintln(os.Stderr, err) // ERROR "... argument does not escape$"
	}
	_ = acc.Deposit(10)
	r, err := safeDiv(1, 0)
	fmt.Println(r, err, ErrEmpty) // ERROR "... argument does not escape$" "r escapes to heap$"
	var sb strings.Builder
	each([]string{"x", "y"}, func(i int, s string) { // ERROR "\[\]string{...} does not escape$" "func literal does not escape$" "leaking param: s$"
		sb.WriteString(fmt.Sprintf("%d=%s;", i, s)) // ERROR "... argument does not escape$" "i escapes to heap$" "s escapes to heap$"
	})
	fmt.Println(sb.String()) // ERROR "... argument does not escape$" "\(\*strings.Builder\).String\(sb\) escapes to heap$"
	ps := newPoints(3)
	ps[0].Scale(2)
	fmt.Println(*ps[0], sumPoints([]Point{{1, 2}, {3, 4}})) // ERROR "... argument does not escape$" "\*ps\[0\] escapes to heap$" "\[\]Point{...} does not escape$" "sumPoints\(\[\]Point{...}\) escapes to heap$"
	f := ps[1].Scale // ERROR "ps\[1\].Scale does not escape$"
	f(3)
	g := Point.Add
	fmt.Println(g(Point{1, 1}, Point{2, 2})) // ERROR "... argument does not escape$" "g\(Point{...}, Point{...}\) escapes to heap$"
	var l Logger = b
	l.Log("end") // ERROR "devirtualizing l.Log to \*buf$"
	if rw, ok := l.(ReadWriter); ok {
		rw.Write(nil)
	}
	os.Exit(0)
}
