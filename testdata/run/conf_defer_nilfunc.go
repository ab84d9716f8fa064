// conf_defer_nilfunc: deferring a nil func value panics when the deferred
// call runs, not at the defer statement; the function value is evaluated
// before the arguments (go1.19 test/defernil.go).
package main

import "fmt"

var x = 0

func f() {
	var nilf func()
	defer nilf()
	x = 1
}

func g() (r int) {
	var h func(int, string) int
	defer func() { fmt.Println("recovered:", recover() != nil, r) }()
	defer h(1, "a")
	r = 5
	return r * 2
}

func get(s string) func(string) {
	fmt.Println("get", s)
	return func(t string) { fmt.Println("called", s, t) }
}

func arg(s string) string {
	fmt.Println("arg", s)
	return s
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover() != nil, x)
		fmt.Println(g())
		func() {
			defer get("one")(arg("two"))
			fmt.Println("body")
		}()
		add := func(a, b int) { fmt.Println("sum", a+b) }
		for i := 0; i < 2; i++ {
			defer add(i, 10)
		}
	}()
	f()
}
