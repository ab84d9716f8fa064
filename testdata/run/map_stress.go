// A randomized check of map semantics against a slice-based reference,
// including inserts and deletes during iteration while the map grows.
package main

import "fmt"

var seed uint32 = 7

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type K struct {
	a int32
	s string
}

func main() {
	const N = 3000
	m := map[int]int{}
	ref := make([]int, N) // 0: absent, else value
	errors := 0
	for step := 0; step < 200000; step++ {
		k := rnd(N)
		switch rnd(4) {
		case 0, 1:
			v := step + 1
			m[k] = v
			ref[k] = v
		case 2:
			delete(m, k)
			ref[k] = 0
		case 3:
			v, ok := m[k]
			if ok != (ref[k] != 0) || v != ref[k] {
				errors++
			}
		}
		if step%20000 == 0 {
			// iterate while mutating
			present := map[int]bool{}
			count := 0
			for i, v := range ref {
				if v != 0 {
					present[i] = true
					count++
				}
			}
			if count != len(m) {
				errors++
			}
			seen := map[int]int{}
			deleted := map[int]bool{}  // deleted and not added back
			touched := map[int]bool{}  // deleted at some point of the loop
			for k, v := range m {
				seen[k]++
				if k < N && v != ref[k] {
					errors++
				}
				if deleted[k] {
					errors++ // deleted before being reached
				}
				for j := 0; j < 3; j++ {
					nk := rnd(2 * N)
					if rnd(2) == 0 {
						m[nk] = -1
						deleted[nk] = false
						if nk < N {
							ref[nk] = -1
						}
					} else {
						delete(m, nk)
						deleted[nk] = true
						touched[nk] = true
						if nk < N {
							ref[nk] = 0
						}
					}
				}
			}
			for k := 0; k < 2*N; k++ {
				if seen[k] > 1 {
					errors++
				}
				if k < N && present[k] && !touched[k] && seen[k] != 1 {
					errors++
				}
			}
			for k := N; k < 2*N; k++ {
				delete(m, k)
			}
			fmt.Println("step", step, "errors", errors)
		}
	}
	// struct keys, string keys, shrinking back to empty
	sk := map[K]int{}
	for i := 0; i < 5000; i++ {
		sk[K{int32(i % 100), fmt.Sprint(i / 100)}] += i
	}
	sum := 0
	for k, v := range sk {
		sum += v - int(k.a)
	}
	for k := range sk {
		delete(sk, k)
	}
	fmt.Println(len(sk), sum, errors)
}
