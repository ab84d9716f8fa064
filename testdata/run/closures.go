// Closures: counters, shared captured variables, Go 1.19 loop variables (one per loop).
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), compose(add5, double)(10), compose(double, add5)(10))
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		j := i
		gs = append(gs, func() int { return j * 10 })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	x := 1
	set := func(v int) { x = v }
	get := func() int { return x }
	set(42)
	fmt.Println(x, get())
	sum := 0
	func() {
		for i := 1; i <= 10; i++ {
			sum += i
		}
	}()
	fmt.Println(sum)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}
