// As deep as go1.19 allows: 8,380,000 frames of a function with a 32-byte
// local array, on a goroutine (gc stops at 8,382,812 such frames: its stack
// may double only up to 512 MiB under the 1 GB limit).
package main

import "fmt"

func rec(n int) int {
	var a [4]int64
	a[0] = int64(n)
	if n == 0 {
		return 0
	}
	return rec(n-1) + int(a[0]) - n + 1
}

func main() {
	done := make(chan int)
	go func() { done <- rec(8380000) }()
	fmt.Println(<-done)
}
