// An unbuffered send completes only when the receiver takes the value.
package main

import "fmt"

func main() {
	ch := make(chan int)
	log := make(chan string, 10)
	go func() {
		log <- "receiver ready"
		v := <-ch
		log <- fmt.Sprint("received ", v)
		ch <- v + 1
	}()
	ch <- 41
	log <- "send done"
	fmt.Println(<-ch)
	close(log)
	n := 0
	for range log {
		n++
	}
	fmt.Println(n, "log entries")
}
