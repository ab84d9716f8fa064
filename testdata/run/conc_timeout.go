// A timeout with select: a slow worker loses against a timer goroutine.
package main

import (
	"fmt"
	"time"
)

func after(d time.Duration) <-chan bool {
	c := make(chan bool, 1)
	go func() {
		time.Sleep(d)
		c <- true
	}()
	return c
}

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-after(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan string, 1)
	fast <- "quick result"
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-after(time.Second):
		fmt.Println("timeout")
	}
}
