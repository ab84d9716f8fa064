// conf_structlit_order: the calls in a keyed struct literal run in source
// order, not field order (go1.19 test/fixedbugs/bug433.go, issue17640.go).
package main

import "fmt"

type S struct {
	a, b, c int
}

var trace string

func f(s string, v int) int {
	trace += s
	return v
}

func main() {
	s := S{c: f("c", 3), a: f("a", 1), b: f("b", 2)}
	fmt.Println(s, trace)
	trace = ""
	p := &S{b: f("b", 20), c: f("c", 30)}
	fmt.Println(*p, trace)
	trace = ""
	t := []S{{c: f("1", 1), a: f("2", 2)}, {b: f("3", 3), a: f("4", 4)}}
	fmt.Println(t, trace)
}
