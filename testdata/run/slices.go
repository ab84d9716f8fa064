// Slices: append growth and capacity, sharing of backing arrays, copy, 3-index slicing.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 100
	fmt.Println(s[2])
	u := s[2:5:6]
	fmt.Println(len(u), cap(u))
	u = append(u, 1)
	u = append(u, 2)
	u[0] = -5
	fmt.Println(s[2], s[5], u)
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(s[1:], s)
	fmt.Println(n, s[:6])
	b := make([]byte, 5)
	n = copy(b, "hey")
	fmt.Println(n, b, string(b[:n]))
	m := make([]int, 2, 10)
	fmt.Println(m, len(m), cap(m))
	m2 := append(m, 5)
	m3 := append(m, 6)
	fmt.Println(m2, m3)
	var strs []string
	strs = append(strs, "a", "b")
	strs = append(strs, strs...)
	fmt.Println(strs, len(strs))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	fmt.Println(s[len(s)-1], s[:0], s[20:])
	var grid [][]int
	for i := 0; i < 3; i++ {
		grid = append(grid, make([]int, i+1))
	}
	fmt.Println(grid)
	large := make([]int, 0, 1000)
	for i := 0; i < 1500; i++ {
		large = append(large, i)
	}
	fmt.Println(len(large), cap(large) >= 1500)
}
