// Closures as generators and iterators: fibonacci, primes, a counter
// factory, a filter/map pipeline, and memoisation.
package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes() func() int {
	var found []int
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func counter(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int { cur += step; return cur - step }
	reset = func() { cur = start }
	return
}

func take(gen func() int, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, gen())
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	fmt.Println(take(fib(), 15))
	fmt.Println(take(primes(), 20))
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	nums := take(fib(), 20)
	even := filter(nums, func(x int) bool { return x%2 == 0 })
	sq := mapInts(even, func(x int) int { return x * x })
	fmt.Println(even, sq)

	calls := 0
	var slowSquare func(int) int = func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)

	var fibm func(int) int
	fibm = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fibm(n-1) + fibm(n-2)
	})
	fmt.Println(fibm(80))

	adders := make([]func(int) int, 0)
	for i := 1; i <= 3; i++ {
		adders = append(adders, func(x int) int { return x + i })
	}
	for _, f := range adders {
		fmt.Print(f(100), " ")
	}
	fmt.Println()
}
