// Assigning to an entry of a nil map panics; reading, deleting and ranging do not.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	delete(m, "x")
	for range m {
	}
	v, ok := m["y"]
	fmt.Println(v, ok)
	m["x"] = 1
	fmt.Println("unreachable")
}
