// 1,000,000-deep recursion on a goroutine (its stack starts small and grows).
package main

import "fmt"

func depth(n int) int {
	var pad [4]int
	pad[n%4] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[n%4] - n
}

func main() {
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	fmt.Println(<-done)
	fmt.Println(depth(1000000))
}
