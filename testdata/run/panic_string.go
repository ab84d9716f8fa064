// Indexing a string out of range panics like a slice.
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	fmt.Println(at(s, 0), at(s, 2))
	fmt.Println(at(s, 3))
}
