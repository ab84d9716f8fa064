// Arrays: value semantics on assignment and calls, multi-dimensional arrays, comparison.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(a *[4]int, v int) {
	for i := 0; i < len(a); i++ {
		a[i] = v
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := double(a)
	fmt.Println(a, b, a == b, a == [4]int{1, 2, 3, 4})
	c := a
	c[0] = 99
	fmt.Println(a[0], c[0])
	fill(&c, 7)
	fmt.Println(c, len(c))
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	d := [...]string{"x", "y", "z"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	var bs [4]bool
	bs[2] = true
	fmt.Println(bs)
}
