// Values that escape must behave as distinct variables: each call or iteration that
// moves a variable to the heap gets a fresh one, and stack values are not clobbered.
package main

import "fmt"

func newInt(v int) *int {
	x := v
	return &x
}

type P struct{ a, b int }

func mk(a, b int) *P { return &P{a, b} }

func ptrs() []*int {
	var ps []*int
	for i := 0; i < 4; i++ {
		v := i * 10
		ps = append(ps, &v)
	}
	return ps
}

func clobber() int {
	var a [64]int
	for i := range a {
		a[i] = -1
	}
	return a[63]
}

func main() {
	p, q := newInt(1), newInt(2)
	clobber()
	fmt.Println(*p, *q, p != q)
	ps := ptrs()
	clobber()
	for _, x := range ps {
		fmt.Print(*x, " ")
	}
	fmt.Println()
	var all []*P
	for i := 0; i < 3; i++ {
		all = append(all, mk(i, i*i))
	}
	clobber()
	for _, x := range all {
		fmt.Print(*x, " ")
	}
	fmt.Println()
	adders := make([]func() int, 3)
	for i := range adders {
		n := i
		adders[i] = func() int { n += 100; return n }
	}
	clobber()
	fmt.Println(adders[0](), adders[0](), adders[1](), adders[2]())
	m := make([]int, 10)
	for i := range m {
		m[i] = i
	}
	fmt.Println(m)
}
