// Every goroutine blocked: Go's deadlock fatal error, exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println(<-ch)
	fmt.Println("waiting forever")
	<-ch
}
