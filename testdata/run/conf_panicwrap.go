// conf_panicwrap: calling a value method through an interface holding a nil
// *T panics with gc's panicwrap message (go1.19 test/fixedbugs/issue19040.go).
package main

import "fmt"

type T int

func (t T) F() int { return int(t) }

type I interface{ F() int }

func main() {
	v := T(3)
	var i I = &v
	fmt.Println(i.F())
	defer func() { fmt.Println(recover()) }()
	var p *T
	i = p
	fmt.Println(i.F())
}
