// stack_check.go: the Go twin of stack_check.c: deep recursion on main and
// on goroutines that park while deep in their stacks.
package main

import "fmt"

func rec(n int64) int64 {
	var a [4]int64
	a[n%4] = n
	if n == 0 {
		return 0
	}
	return rec(n-1) + a[n%4] - n + 1
}

// dive recurses n frames, then meets the other goroutines at the bottom.
func dive(n int64, in, out chan int64) int64 {
	var a [8]int64
	a[n%8] = n
	if n == 0 {
		v := <-in
		out <- v + 1
		return v
	}
	return dive(n-1, in, out) + a[n%8] - n
}

func main() {
	fmt.Println("main", rec(1000000))
	done := make(chan int64)
	go func() { done <- rec(1000000) }()
	fmt.Println("goroutine", <-done)

	// a ring of 50 goroutines, each 20,000 frames deep when it passes the token on
	first := make(chan int64)
	in := first
	res := make(chan int64)
	for i := 0; i < 50; i++ {
		out := make(chan int64)
		go func(in, out chan int64, d int64) { res <- dive(d, in, out) }(in, out, int64(20000+i))
		in = out
	}
	first <- 0
	last := <-in
	sum := int64(0)
	for i := 0; i < 50; i++ {
		sum += <-res
	}
	fmt.Println("ring", last, sum)
}
