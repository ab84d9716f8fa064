// A runtime error in a goroutine.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	done := make(chan int)
	go func(i int) {
		done <- s[i]
	}(5)
	fmt.Println(<-done)
}
