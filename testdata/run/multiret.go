// Multiple results: tuples, named results, blank, passing f(g()), swaps.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func named() (x int, s string) {
	x = 5
	s = "five"
	return x * 2, s + "!"
}

func add(a, b int) int { return a + b }

func pair() (int, int) { return 3, 4 }

func lookup(k int) (string, bool) {
	if k == 1 {
		return "one", true
	}
	return "", false
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax([]int{3, -1, 8, 2})
	fmt.Println(lo, hi)
	fmt.Println(named())
	fmt.Println(add(pair()))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	if v, ok := lookup(1); ok {
		fmt.Println("found", v)
	}
	if _, ok := lookup(2); !ok {
		fmt.Println("missing")
	}
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
}
