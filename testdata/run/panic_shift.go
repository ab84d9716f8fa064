// Shifting by a negative signed amount panics at run time.
package main

import "fmt"

func shl(x, n int) int {
	return x << n
}

func main() {
	fmt.Println(shl(1, 10), shl(1, 70), shl(-1, 63))
	fmt.Println(shl(1, -1))
}
