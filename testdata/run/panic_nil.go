// Dereferencing a nil pointer panics; exit status 2.
package main

import "fmt"

type T struct {
	x int
}

func read(p *T) int {
	return p.x
}

func main() {
	t := &T{1}
	fmt.Println(read(t))
	t = nil
	fmt.Println(read(t))
}
