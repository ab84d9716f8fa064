// Slicing beyond the capacity panics with the bound and the capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[:5]))
	n := 7
	fmt.Println(s[1:n])
}
