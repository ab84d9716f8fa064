// time.Sleep parks only the sleeping goroutine; shorter sleeps wake first.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, ms := range []int{50, 10, 30, 20, 40} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(ms)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)
}
