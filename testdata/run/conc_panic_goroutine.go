// A panic in any goroutine ends the program with Go's message.
package main

import "fmt"

func work(n int, done chan bool) {
	if n == 3 {
		panic(fmt.Sprintf("worker %d failed", n))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go work(i, done)
		<-done
	}
	fmt.Println("three workers done")
	go work(3, done)
	<-done
	fmt.Println("unreachable")
}
