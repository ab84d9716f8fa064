// Unbounded recursion on a goroutine hits the 1 GB stack limit.
package main

import "fmt"

func down(n int) int {
	var a [4]int
	a[n%4] = n
	return down(n+1) + a[n%4]
}

func main() {
	done := make(chan int)
	go func() { done <- down(0) }()
	fmt.Println(<-done)
}
