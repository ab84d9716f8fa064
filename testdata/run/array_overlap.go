// Array assignments through pointers copy as values even when the two arrays
// overlap (slice-to-array-pointer conversions of one slice), and a nil
// pointer on either side panics.
package main

import "fmt"

type grid [8]int

func shift(s []int) {
	*(*[6]int)(s[2:8]) = *(*[6]int)(s[0:6])
}

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	shift(a)
	fmt.Println(a)

	var g grid
	for i := range g {
		g[i] = i * i
	}
	p, q := &g, &g
	*p = *q
	fmt.Println(g)

	b := make([]byte, 10)
	for i := range b {
		b[i] = byte('a' + i)
	}
	*(*[5]byte)(b[0:5]) = *(*[5]byte)(b[3:8])
	fmt.Println(string(b))

	defer func() { fmt.Println("recovered:", recover()) }()
	var np *grid
	*p = *np
	fmt.Println("not reached")
}
