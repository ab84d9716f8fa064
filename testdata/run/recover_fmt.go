// fmt recovers from a panicking String method (its own deferred calls
// run first), including faults.
package main

import "fmt"

type T struct{ s string }

func (t *T) String() string { return t.s }

type U struct{ n int }

func (u U) String() string {
	defer fmt.Print("")
	return fmt.Sprint(10 / u.n)
}

func main() {
	var t *T
	fmt.Println(t)
	fmt.Println(U{0}, U{2})
	fmt.Printf("%v|%s\n", t, U{0})
}
