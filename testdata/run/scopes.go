// Scopes and shadowing: blocks, if/for/switch init statements, := redeclaring some names.
package main

import "fmt"

var x = "package"

func show() string { return x }

func pair() (int, error_) { return 7, 0 }

type error_ int

func main() {
	fmt.Println(x, show())
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := "if"; len(x) == 2 {
		fmt.Println(x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	switch x := 5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	a, err := pair()
	b, err := pair()
	fmt.Println(a, b, err, show())
	fmt := 3
	_ = fmt
	println("fmt shadowed", fmt)
}
