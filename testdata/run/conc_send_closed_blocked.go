// A sender blocked on a channel that another goroutine closes panics.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(ch)
	}()
	fmt.Println("sending")
	ch <- 1
}
