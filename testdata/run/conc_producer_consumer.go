// Several producers, one consumer, and a done signal per producer.
package main

import "fmt"

func producer(id int, n int, out chan<- int, done chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*1000 + i
	}
	done <- id
}

func main() {
	out := make(chan int, 10)
	done := make(chan int)
	for id := 1; id <= 4; id++ {
		go producer(id, 250, out, done)
	}
	finished, count, sum := 0, 0, 0
	for finished < 4 {
		select {
		case v := <-out:
			count++
			sum += v
		case <-done:
			finished++
		}
	}
	for len(out) > 0 {
		sum += <-out
		count++
	}
	fmt.Println(count, sum)
}
