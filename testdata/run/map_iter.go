// Range over maps while they change: Go's guarantees, printed in an
// order-independent way.
package main

import (
	"fmt"
	"sort"
)

func keys(m map[int]int) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

func main() {
	// every entry present for the whole loop is seen exactly once, even
	// while the map grows several times
	for _, n := range []int{1, 5, 8, 9, 50, 1000} {
		m := make(map[int]int)
		for i := 0; i < n; i++ {
			m[i] = i
		}
		seen := make(map[int]int)
		added := 0
		for k := range m {
			seen[k]++
			if k < n {
				for j := 0; j < 3; j++ {
					m[n+added] = -1
					added++
				}
			}
		}
		bad := 0
		for i := 0; i < n; i++ {
			if seen[i] != 1 {
				bad++
			}
		}
		for k, c := range seen {
			if c != 1 {
				bad++
			}
			if k >= n && m[k] != -1 {
				bad++
			}
		}
		fmt.Println(n, "grow: missing or repeated", bad, "len", len(m), len(m) == n+3*n)
	}

	// deleting entries not yet reached: they are never produced
	for _, n := range []int{2, 10, 100, 5000} {
		m := make(map[int]bool)
		for i := 0; i < n; i++ {
			m[i] = true
		}
		count := 0
		first := -1
		for k := range m {
			count++
			if first < 0 {
				first = k
				for j := 0; j < n; j++ {
					if j != k {
						delete(m, j)
					}
				}
			}
		}
		fmt.Println(n, "delete others: visited", count, "left", len(m), m[first])
	}

	// deleting the current entry is fine; so is deleting while growing
	m := make(map[int]int)
	for i := 0; i < 2000; i++ {
		m[i] = i * i
	}
	visits := 0
	for k, v := range m {
		if v != k*k {
			fmt.Println("wrong value", k, v)
		}
		delete(m, k)
		visits++
	}
	fmt.Println("delete self:", visits, len(m))

	// values updated during the loop are seen updated
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	total := 0
	for k := range m2 {
		for k2 := range m2 {
			if k2 != k {
				m2[k2] += 100
			}
		}
	}
	for _, v := range m2 {
		total += v
	}
	fmt.Println("updates:", total, m2)

	// a map built, emptied, reused
	r := make(map[int]int)
	for round := 0; round < 3; round++ {
		for i := 0; i < 300; i++ {
			r[i+round] = i
		}
		for i := 0; i < 300; i++ {
			delete(r, i+round)
		}
		fmt.Println("round", round, len(r), keys(r))
	}
	for i := 0; i < 20; i++ {
		r[i*i] = i
	}
	fmt.Println(keys(r))

	// range over nil and empty maps
	var nm map[string]int
	for k, v := range nm {
		fmt.Println("nil map entry?", k, v)
	}
	for range map[int]int{} {
		fmt.Println("empty map entry?")
	}
	// range with only the value, with blank key, and assigning to existing vars
	var k string
	var v int
	sum := 0
	for k, v = range map[string]int{"x": 1, "yy": 2, "zzz": 3} {
		sum += len(k) * v
	}
	fmt.Println("sum", sum)
	// break and continue
	cnt := 0
	for _, v := range map[int]int{1: 1, 2: 2, 3: 3, 4: 4} {
		if v%2 == 0 {
			continue
		}
		cnt++
	}
	fmt.Println("odd", cnt)
	found := false
	for k := range map[int]bool{7: true, 8: true, 9: true} {
		if k == 8 {
			found = true
			break
		}
	}
	fmt.Println("found", found)
}
