// Three panics chained by deferred calls; values of several kinds.
package main

import "fmt"

type S struct{ a int }

func (s S) String() string { return "S!" }

type MyInt int

func main() {
	defer func() {
		defer func() { panic(MyInt(5)) }()
		panic(S{1})
	}()
	defer fmt.Println("first deferred")
	panic(3.5)
}
