// An unrecovered panic in a goroutine runs that goroutine's deferred calls,
// not main's, and ends the program.
package main

import (
	"fmt"
	"time"
)

func worker() {
	defer fmt.Println("worker deferred")
	var m map[string]int
	_ = m
	panic(fmt.Errorf("worker failed: %d", 3))
}

func main() {
	defer fmt.Println("main deferred, never")
	go worker()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
