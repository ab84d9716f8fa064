// recover() in methods and functions reached through interfaces, method
// values, func values and promoted methods (wrappers in between).
package main

import "fmt"

type R struct{ name string }

func (r *R) Catch() {
	if x := recover(); x != nil {
		fmt.Println(r.name, "caught", x)
	}
}

type V struct{ name string }

func (v V) Catch() {
	if x := recover(); x != nil {
		fmt.Println(v.name, "caught", x)
	}
}

type Catcher interface{ Catch() }

func run(c Catcher) {
	defer c.Catch()
	panic("via interface")
}

func catchN(n int) {
	fmt.Println("catchN", n, recover())
}

type Embed struct{ R }

func main() {
	func() {
		defer (*V).Catch(&V{"method expression on a pointer"})
		panic("mexpr")
	}()
	func() {
		defer V.Catch(V{"method expression"})
		panic("mexpr")
	}()
	func() {
		f := catchN
		defer f(1)
		panic("func value with an argument")
	}()
	func() {
		var c Catcher = &Embed{R{"promoted"}}
		defer c.Catch()
		panic("promoted method")
	}()
	run(&R{"ptr"})
	run(V{"val"})
	run(&V{"ptr-to-val"})
	func() {
		r := &R{"method value"}
		f := r.Catch
		defer f()
		panic("mv")
	}()
	func() {
		defer (&R{"direct"}).Catch()
		panic("direct")
	}()
	func() {
		defer V{"direct val"}.Catch()
		panic("direct val")
	}()
}
