// Deferred builtins: print/println (arguments evaluated at the defer),
// close, panic, and recover (which, deferred itself, stops nothing).
package main

import "fmt"

type T struct{ a int }

func printing() {
	x := 5
	s := "str"
	var e error = fmt.Errorf("err")
	var p *T
	sl := []int{1, 2}
	defer println("println deferred", x, s, true, 2.5, x > 3)
	defer print("print deferred ", x, "\n")
	defer println()
	defer println(e != nil, p == nil, len(sl))
	for i := 0; i < 3; i++ {
		defer println("loop", i, s)
	}
	x = 6
	s = "changed"
}

func main() {
	printing()
	ch := make(chan int, 1)
	func() {
		defer close(ch)
		ch <- 5
	}()
	for v := range ch {
		fmt.Println(v)
	}
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		defer panic("deferred panic")
		fmt.Println("body")
	}()
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		defer recover()
		panic("not stopped by the deferred recover")
	}()
}
