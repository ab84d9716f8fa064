// Maps that do not escape keep their header and first bucket on the stack
// (as gc does for hints up to 8): counted with runtime.MemStats.Mallocs.
// (No range loops here: gc's mapiterinit allocates for pointer-free
// buckets, gofront's does not.)  Inlining off, as gofront never inlines.
// go build: -gcflags=-l
package main

import (
	"fmt"
	"runtime"
)

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func small(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	s := 0
	for i := 0; i < n; i++ {
		s += m[i]
	}
	return s + len(m)
}

func lit() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	return m["a"] + m["c"] + len(m)
}

func hinted(n int) int {
	m := make(map[int]bool, n)
	for i := 0; i < n; i++ {
		m[i] = true
	}
	return len(m)
}

func main() {
	small(1)
	lit()
	base := mallocs()
	t := 0
	for i := 0; i < 100; i++ {
		t += small(8) + lit() + hinted(4)
	}
	fmt.Println("small maps:", t, mallocs()-base)
	base = mallocs()
	t = 0
	for i := 0; i < 100; i++ {
		t += small(9)
	}
	n := mallocs() - base
	fmt.Println("grown past one bucket:", t, n >= 100 && n < 150)
	base = mallocs()
	t = 0
	for i := 0; i < 10; i++ {
		t += hinted(100)
	}
	n = mallocs() - base
	fmt.Println("big hint:", t, n >= 10 && n < 100)
}
