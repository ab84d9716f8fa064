// The sieve of Eratosthenes on a slice of bools, and prime counting.
// gofront: -O2
package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const n = 2000000
	c := sieve(n)
	count := 0
	last := 0
	var first []int
	for i := 2; i <= n; i++ {
		if !c[i] {
			count++
			last = i
			if len(first) < 15 {
				first = append(first, i)
			}
		}
	}
	fmt.Println(first)
	fmt.Println(count, last)
}
