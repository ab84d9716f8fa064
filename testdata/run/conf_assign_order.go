// conf_assign_order: in a, b = x, y the targets' operands are evaluated
// first, but each store does its own nil or bounds check, left to right:
// the stores before a failing one happen (go1.19
// test/fixedbugs/issue23017.go).
package main

import "fmt"

type T struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("deref", func() { m[1], *p = 42, 2 })
	s := []int{}
	try("index", func() { m[2], s[1] = 7, 2 })
	var tp *T
	try("field", func() { m[3], tp.i = 9, 2 })
	fmt.Println(m)

	var x T
	q := &x
	q, q.i = new(T), 4
	fmt.Println(x.i, q.i)

	a := []int{1, 2, 3}
	i, j := 0, 2
	a[i], a[j] = a[j], a[i]
	fmt.Println(a)
	var arr [3]int
	k := 1
	k, arr[k] = 2, 5
	fmt.Println(k, arr)
	g := 0
	try("global", func() { g, s[5] = 3, 1 })
	fmt.Println(g)
}
