// Closures inside closures share the variables of every enclosing function.
package main

import "fmt"

func outer() (func() int, func() int) {
	n := 0
	mk := func(step int) func() int {
		return func() int {
			n += step
			return n
		}
	}
	return mk(1), mk(10)
}

func memo(f func(int) int) func(int) int {
	cache := make([]int, 100)
	done := make([]bool, 100)
	return func(x int) int {
		if !done[x] {
			cache[x] = f(x)
			done[x] = true
		}
		return cache[x]
	}
}

func main() {
	inc1, inc10 := outer()
	fmt.Println(inc1(), inc10(), inc1(), inc10())
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	total := 0
	apply := func(fs ...func(int) int) {
		for _, f := range fs {
			total = f(total)
		}
	}
	apply(func(v int) int { return v + 5 }, func(v int) int { return v * 3 })
	fmt.Println(total)
	counters := [3]func() int{}
	for i := range counters {
		c := i * 100
		counters[i] = func() int { c++; return c }
	}
	fmt.Println(counters[0](), counters[2](), counters[0]())
}
