// A goroutine that computes forever in Go code (calls, no runtime calls)
// must not starve the others: main's Sleep ends and the program exits, as
// under gc's preemption.  gofront stops it at a function entry.
package main

import (
	"fmt"
	"time"
)

func work(n int) int {
	if n < 2 {
		return n
	}
	return work(n-1) + work(n-2)
}

func main() {
	results := make(chan int, 1)
	for i := 0; i < 2; i++ {
		go func() {
			for {
				work(22)
			}
		}()
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		results <- work(10)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
	fmt.Println("result", <-results)
}
