// Objects of different types share a size class (A, B, C and the []*int arrays
// are all 16 bytes), so spans change from one type to mixed: every pointer
// must survive the collections (run it with GOFRONT_GC_POISON=1 too).
package main

import (
	"fmt"
	"runtime"
)

type A struct {
	p *int
	x int
}
type B struct {
	x int
	p *int
}
type C struct{ p, q *int }

func newInt(v int) *int { return &v }

func main() {
	var as []*A
	var bs []*B
	var cs []*C
	var ps [][]*int
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0:
			as = append(as, &A{newInt(i), i})
		case 1:
			bs = append(bs, &B{i, newInt(i)})
		case 2:
			cs = append(cs, &C{newInt(i), newInt(-i)})
		case 3:
			ps = append(ps, []*int{newInt(i), newInt(i + 1)})
		}
		if i%5000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	t := 0
	for _, a := range as {
		t += *a.p - a.x
	}
	for _, b := range bs {
		t += *b.p - b.x
	}
	for _, c := range cs {
		t += *c.p + *c.q
	}
	for i, p := range ps {
		t += *p[1] - *p[0] - 1 + i - i
	}
	fmt.Println(t, len(as), len(bs), len(cs), len(ps))
}
