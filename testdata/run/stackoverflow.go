// Unbounded recursion: gc grows the goroutine stack up to 1 GB, then stops the program
// with "fatal error: stack overflow" (exit status 2).
package main

import "fmt"

func down(n int) int {
	var pad [32]int
	pad[n%32] = n
	return down(n+1) + pad[(n+1)%32]
}

func main() {
	fmt.Println("start")
	fmt.Println(down(0))
}
